"""User errors and field problems as translated sentences naming what is wrong and where."""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.core.errors import FieldProblem, UserError
from desktop.gui import labels

translate = QCoreApplication.translate


def field_name(field: str) -> str:
    names = {
        "platform": translate("Field", "Platform"),
        "after_sale_id": translate("Field", "After-sales id"),
        "order_id": translate("Field", "Order id"),
        "case_type": translate("Field", "Type"),
        "amount": translate("Field", "Amount"),
        "reason": translate("Field", "Reason"),
        "buyer": translate("Field", "Buyer"),
        "product": translate("Field", "Product"),
        "applied_at": translate("Field", "Applied at"),
        "platform_deadline": translate("Field", "Platform deadline"),
        "occurred_at": translate("Field", "When"),
        "courier": translate("Field", "Courier"),
        "tracking_no": translate("Field", "Tracking number"),
        "due_at": translate("Field", "New deadline"),
        "outcome": translate("Field", "What the platform did"),
        "text": translate("Field", "Note"),
        "kind": translate("Field", "Event"),
        "event": translate("Field", "Event"),
        "lead_minutes": translate("Field", "Reminder times"),
        "duration": translate("Field", "Duration"),
        "rule": translate("Field", "Rule"),
        "language": translate("Field", "Language"),
        "title": translate("Field", "Title"),
        "steps": translate("Field", "Steps"),
        "scripts": translate("Field", "Reply scripts"),
        "scenario": translate("Field", "Scenario"),
        "evidence": translate("Field", "Evidence"),
        "name": translate("Field", "Name"),
        "url": translate("Field", "Webhook address"),
        "secret": translate("Field", "Signing secret"),
        "smtp": translate("Field", "Mail server"),
        "user": translate("Field", "Login"),
        "password": translate("Field", "Authorisation code"),
        "sender": translate("Field", "From"),
        "recipients": translate("Field", "To"),
        "work_end": translate("Field", "Working hours"),
        "repeat_minutes": translate("Field", "Overdue cases come back every"),
        "stale_hours": translate("Field", "Data counts as stale after"),
    }
    return names.get(field, field)


def _params(params: Mapping[str, Any]) -> dict[str, Any]:
    shown: dict[str, Any] = {}
    for key, value in params.items():
        if isinstance(value, Enum):
            shown[key] = labels.label(value)
        elif hasattr(value, "astimezone"):
            shown[key] = labels.local_time(value)
        else:
            shown[key] = value
    return shown


def problem_text(problem: FieldProblem) -> str:
    """What is wrong with one field, without the field's name (shown next to the field)."""
    p = _params(problem.params)
    texts = {
        "required": translate("Problem", "Required."),
        "excel_mangled_id": translate(
            "Problem",
            "“{value}” was turned into a number by Excel and its last digits are lost. Copy the "
            "id from the platform again (format the Excel column as Text first).",
        ),
        "too_long": translate("Problem", "At most {max} characters."),
        "bad_id_chars": translate(
            "Problem", "“{value}” has characters an id cannot have (spaces or punctuation)."
        ),
        "in_future": translate("Problem", "Lies in the future."),
        "unknown_value": translate("Problem", "“{value}” is not one of the choices."),
        "invalid_amount": translate(
            "Problem", "“{value}” is not an amount in yuan (for example 88 or 88.50)."
        ),
        "deadline_before_applied": translate("Problem", "Must be later than the request."),
        "duplicate_case": translate(
            "Problem", "This after-sales id is already in CaseWatch for this platform."
        ),
        "not_for_case_type": translate(
            "Problem", "“{kind}” does not apply to a “{case_type}” case."
        ),
        "not_in_this_stage": translate(
            "Problem", "“{kind}” cannot be recorded while the case is “{stage}”."
        ),
        "not_recordable": translate("Problem", "“{kind}” cannot be recorded by hand."),
        "before_applied": translate("Problem", "Is earlier than the buyer's request."),
        "before_case_applied": translate(
            "Problem", "Is earlier than the buyer's request of case {case}."
        ),
        "before_last_event": translate(
            "Problem",
            "Is earlier than “{kind}” of {time}: later events cannot be dated before it. "
            "Withdraw that event first if it was wrong.",
        ),
        "no_extension_rule": translate(
            "Problem",
            "CaseWatch knows no receipt extension for {platform}: enter the platform's new "
            "deadline instead.",
        ),
        "extension_used_up": translate(
            "Problem", "The receipt extension has already been used for this return."
        ),
        "extension_not_yet_available": translate(
            "Problem", "The receipt extension can be used from {available_at}."
        ),
        "cannot_revoke": translate(
            "Problem", "The buyer's request and corrections of details cannot be withdrawn."
        ),
        "already_revoked": translate("Problem", "This event has already been withdrawn."),
        "too_many": translate("Problem", "At most {max} reminder times."),
        "out_of_range": translate("Problem", "Must be more than zero and at most {max_days} days."),
        "unknown_rule": translate("Problem", "There is no rule “{rule_id}”."),
        "unknown": translate("Problem", "“{value}” is not one of the choices."),
        "empty_step": translate("Problem", "A step has no text."),
        "duplicate_step": translate("Problem", "Two steps are the same."),
        "unknown_placeholder": translate(
            "Problem", "{name} is not a placeholder CaseWatch can fill. These are: {known}"
        ),
        "unpaired_brace": translate(
            "Problem", "A {{ has no matching }} (placeholders look like {{order_id}})."
        ),
        "invalid": translate("Problem", "{where}: {detail}"),
        "choose_one": translate("Problem", "Tick at least one."),
        "minutes_range": translate("Problem", "From {min} to {max} minutes."),
        "not_a_time": translate(
            "Problem", "“{value}” is not a time: type it as 2026-12-04 15:10."
        ),
        "hours_range": translate("Problem", "From {min} to {max} hours."),
        "end_before_start": translate("Problem", "The end must be later than the start ({start})."),
        "bad_name": translate("Problem", "At most {max} characters, without line breaks or tabs."),
        "name_taken": translate("Problem", "There is a channel named “{name}” already."),
        "not_http_url": translate(
            "Problem",
            "“{value}” is not a web address: copy the robot's whole webhook address, starting "
            "with https://",
        ),
        "missing_part": translate(
            "Problem",
            "The address lacks its “{part}” part: copy the robot's whole webhook address.",
        ),
        "needs_https": translate("Problem", "The service's address starts with https://"),
        "dingtalk_secret_format": translate(
            "Problem",
            "DingTalk's signing secret starts with SEC: copy it from the robot's security "
            "settings (加签).",
        ),
        "no_secret_here": translate(
            "Problem", "WeCom robots have no signing secret: the key is in the address."
        ),
        "not_host_port": translate(
            "Problem", "“{value}” is not a mail server with its port, like smtp.qq.com:465."
        ),
        "user_and_password": translate(
            "Problem",
            "The login and the authorisation code (授权码) go together: give both, or neither.",
        ),
        "login_required": translate(
            "Problem",
            "{host} only sends mail after a login: give the mailbox address and its "
            "authorisation code (授权码).",
        ),
        "not_address": translate("Problem", "“{value}” is not an email address."),
        "too_many_addresses": translate("Problem", "At most {max} addresses."),
    }
    template = texts.get(problem.code)
    if template is None:
        return problem.code
    if problem.code == "invalid":
        p["where"] = data_file_where(p.get("where", ""))
        p["detail"] = data_file_text(p.get("code", ""), p.get("params", {}), p.get("detail", ""))
    return template.format(**p)


def data_file_where(where: str) -> str:
    """Where in a playbook file: its keys ("steps #2 id") as written in it, or the file as a
    whole."""
    whole = {
        "TOML": translate("DataFile", "the file's TOML syntax"),
        "file": translate("DataFile", "the file"),
    }
    return whole.get(where, where)


def data_file_text(code: str, params: Mapping[str, Any], english: str) -> str:
    """What is wrong in a playbook file (desktop/core/playbooks/loader.MESSAGES), in the
    user's language; the English text for a code this table lacks."""
    texts = {
        "toml": translate("DataFile", "not valid TOML: {detail}"),
        "unreadable": translate("DataFile", "cannot be read: {detail}"),
        "used_twice": translate("DataFile", "“{id}” is used twice"),
        "unknown_field": translate("DataFile", "unknown field"),
        "bad_id": translate("DataFile", "must be lower-case letters, digits, _ or -"),
        "whole_number_from_1": translate("DataFile", "must be a whole number from 1"),
        "whole_number": translate("DataFile", "must be a whole number"),
        "no_steps": translate("DataFile", "a scenario needs at least one step"),
        "steps_share_id": translate("DataFile", "two steps share an id"),
        "scripts_share_id": translate("DataFile", "two scripts share an id"),
        "list_of_texts": translate("DataFile", "must be a list of texts"),
        "cites_seed": translate("DataFile", "a shipped scenario cites its seed"),
        "list_of_tables": translate("DataFile", "must be a list of [[{key}]] tables"),
        "texts_by_language": translate(
            "DataFile", "must be a table of texts by language (zh_CN = …, en = …)"
        ),
        "unknown_language": translate("DataFile", "unknown language {languages}"),
        "texts_are_strings": translate("DataFile", "texts must be strings"),
        "shipped_needs_both": translate("DataFile", "a shipped text needs zh_CN and en"),
        "empty": translate("DataFile", "must not be empty"),
        "table": translate("DataFile", "must be a table"),
        "no_kinds": translate("DataFile", "must list evidence kinds"),
        "unknown_kind": translate("DataFile", "unknown kind {kinds}; known: {known}"),
        "braces": translate("DataFile", "braces do not pair: {detail}"),
        "unknown_placeholder": translate("DataFile", "unknown placeholder {name}; known: {known}"),
        "true_false": translate("DataFile", "must be true or false"),
        "list": translate("DataFile", "must be a list"),
        "one_of": translate("DataFile", "one of: {known}"),
        "list_of_words": translate("DataFile", "must be a list of words"),
    }
    template = texts.get(code)
    if template is None:
        return english
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return english


def problem_line(problem: FieldProblem) -> str:
    return translate("Problem", "{field}: {problem}").format(
        field=field_name(problem.field), problem=problem_text(problem)
    )


def error_text(error: UserError) -> str:
    p = _params(error.params)
    texts = {
        "invalid_input": translate("Error", "Please correct the marked fields."),
        "database_unreadable": translate(
            "Error",
            "The database {path} cannot be read ({detail}). A copy may be in the "
            "backups folder next to it.",
        ),
        "database_too_new": translate(
            "Error",
            "The database {path} was written by a newer version of CaseWatch (schema "
            "{revision}). Install the newer version, or start with another data folder "
            "(--data-dir).",
        ),
        "data_dir_unusable": translate("Error", "The data folder {path} cannot be used: {detail}"),
        "rules_broken": translate("Error", "The rule file {file} is broken at {where}: {detail}"),
        "disk_full": translate(
            "Error",
            "The disk is full: nothing was saved. Free some space on the drive of {path} and "
            "try again.",
        ),
        "database_busy": translate(
            "Error",
            "The database is busy with another program (an import or a backup?): nothing was "
            "saved. Try again in a moment.",
        ),
        "database_readonly": translate(
            "Error",
            "The database {path} cannot be written (read-only file or folder): nothing was saved.",
        ),
        "disk_io": translate(
            "Error",
            "The disk reported an error while saving to {path}: nothing was saved. Check the "
            "drive, then try again.",
        ),
        "file_not_found": translate("Error", "There is no file {path}."),
        "file_unreadable": translate("Error", "{path} cannot be read: {detail}"),
        "file_unwritable": translate("Error", "{path} cannot be written: {detail}"),
        "file_empty": translate("Error", "{path} is empty."),
        "not_a_file": translate("Error", "{path} is a folder, not a file."),
        "case_unknown": translate(
            "Error", "There is no case with the after-sales id {after_sale_id}."
        ),
        "case_ambiguous": translate(
            "Error",
            "The after-sales id {after_sale_id} is on several platforms ({platforms}): say which "
            "with --platform.",
        ),
        "evidence_missing": translate("Error", "{path}: the file is gone (moved or deleted?)."),
        "evidence_unreadable": translate("Error", "{path} cannot be read: {detail}"),
        "evidence_copy_failed": translate(
            "Error", "{path} could not be copied into CaseWatch's data folder: {detail}"
        ),
        "evidence_not_image": translate(
            "Error",
            "{path} is named like a photo but is not one (its content is something else). "
            "Nothing was kept.",
        ),
        "evidence_unsupported": translate(
            "Error",
            "{path}: CaseWatch keeps photos (JPG, PNG, GIF, WebP, BMP, HEIC, AVIF), videos "
            "(MP4, MOV, 3GP, AVI, MKV, WebM) and PDFs.",
        ),
        "evidence_damaged": translate(
            "Error",
            "{path} is damaged: the picture is cut short (an interrupted copy or transfer?). "
            "Copy it from the phone again.",
        ),
        "evidence_changed": translate(
            "Error", "{path} changed while it was being copied: nothing was kept. Try again."
        ),
        "evidence_lost": translate(
            "Error",
            "The stored copy of {name} is missing from the data folder: check the evidence files "
            "(Tools → Check evidence files).",
        ),
        "evidence_altered": translate(
            "Error",
            "The stored copy of {name} no longer matches its fingerprint (SHA-256): it was "
            "changed outside CaseWatch. Nothing was packed.",
        ),
        "nothing_to_pack": translate("Error", "This case has no evidence to pack."),
        "attachment_not_found": translate(
            "Error", "That evidence file is not on the case any more."
        ),
        "scenario_not_found": translate(
            "Error", "The playbook library has no scenario “{scenario}” (any more)."
        ),
        "import_stale": translate(
            "Error",
            "{path}: some of these cases were added elsewhere while you checked the file. "
            "Nothing was imported: check the rows again, then import.",
        ),
        "binary_file": translate(
            "Error",
            "{path} is not a table: it holds binary data. Choose the .xlsx or .csv the "
            "platform's back-end downloaded.",
        ),
        "unknown_encoding": translate(
            "Error",
            "{path}: the text is neither UTF-8, GB18030/GBK nor UTF-16. Save it again from "
            "Excel or WPS as “CSV UTF-8” and import that file.",
        ),
        "csv_broken": translate(
            "Error",
            "{path}: line {line} cannot be read as a table row (a quotation mark that is never "
            "closed?). Open the file in Excel or WPS, save it again as CSV and import that file.",
        ),
        "text_undecodable": translate(
            "Error",
            "{path}: near line {line} the text is not {encoding} like the rest of the file. "
            "Save it again from Excel or WPS as “CSV UTF-8” and import that file.",
        ),
        "unsupported_format": translate(
            "Error",
            "{path}: CaseWatch reads .xlsx, .xls, .csv and .txt exports.",
        ),
        "xlsx_unreadable": translate(
            "Error",
            "{path} is not a spreadsheet CaseWatch can read (damaged, or not Excel): {detail}",
        ),
        "unknown_source": translate(
            "Error",
            "{path}: the columns ({headers}…) are not from an export CaseWatch knows. Choose the "
            "platform (--platform, or in the import window) and match the columns.",
        ),
        "unknown_source_key": translate("Error", "There is no import source “{source}”."),
        "missing_columns": translate(
            "Error",
            "{path}: no column for {fields}. Match the columns in the import window, or check "
            "that the file is the platform's after-sales export.",
        ),
        "no_rows": translate("Error", "{path} has column names but no cases."),
        "nothing_to_undo": translate("Error", "There is no import to undo."),
        "undo_blocked": translate(
            "Error",
            "The last import cannot be undone: {count} of the cases it created were worked on "
            "since ({cases}). Undoing would lose that work.",
        ),
        "case_not_found": translate("Error", "Case {case_id} no longer exists."),
        "channel_unknown": translate(
            "Error", "There is no push channel named “{name}”. The channels: {known}"
        ),
        "keychain_unavailable": translate(
            "Error",
            "The system's keychain cannot be used ({detail}). On a machine without one, set "
            "CASEWATCH_SECRET_STORE=file to keep channel secrets in a file only you can read.",
        ),
        "secret_missing": translate(
            "Error",
            "The channel's key or password is no longer in the keychain or the secrets file: "
            "remove the channel and add it again.",
        ),
        "secrets_unreadable": translate(
            "Error", "The channel secrets file {path} cannot be read: {detail}"
        ),
        "secrets_unwritable": translate(
            "Error", "The channel secrets file {path} cannot be written: {detail}"
        ),
        "event_not_found": translate("Error", "Event {event_id} no longer exists."),
    }
    template = texts.get(error.code, error.code)
    text = template.format(**p)
    if error.problems:
        text += "\n" + "\n".join(problem_line(problem) for problem in error.problems)
    return text
