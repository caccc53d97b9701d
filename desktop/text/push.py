"""Push channels in words: their kinds, what they get, and why a delivery failed, with what to
do about it. For Settings → 提醒渠道, the due panel and `casewatch channel` / `watch`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.push.channels import ChannelKind, Wants

translate = QCoreApplication.translate


def kind_label(kind: ChannelKind) -> str:
    return {
        ChannelKind.WECOM: translate("Push", "WeCom group robot"),
        ChannelKind.DINGTALK: translate("Push", "DingTalk group robot"),
        ChannelKind.FEISHU: translate("Push", "Feishu group robot"),
        ChannelKind.EMAIL: translate("Push", "Email"),
    }[kind]


def wants_label(wants: Wants) -> str:
    return {
        Wants.ALL: translate("Push", "Every reminder and the daily briefing"),
        Wants.URGENT: translate("Push", "Only the last reminder, overdue and the daily briefing"),
        Wants.BRIEFING: translate("Push", "Only the daily briefing"),
    }[wants]


def error_text(code: str, detail: str = "") -> str:
    """Why a push did not go, and what to do, in the user's language. `detail` is the
    service's or the system's own words."""
    texts = {
        "rejected_key": translate(
            "Push",
            "The service refused the robot's address: the key in it is wrong, or the robot was "
            "removed from the group. Copy the webhook address from the group's robot settings "
            "again.",
        ),
        "robot_disabled": translate(
            "Push", "The robot is switched off or no longer in the group: check the group's robots."
        ),
        "bad_signature": translate(
            "Push",
            "The signature does not match: the signing secret (加签 / 签名校验) is not the "
            "robot's. Copy it from the robot's security settings again.",
        ),
        "clock_skew": translate(
            "Push",
            "The service refused the signature's time: this computer's clock is off by more than "
            "an hour. Set the clock right.",
        ),
        "keyword_missing": translate(
            "Push",
            "The robot only takes messages with its keywords: add the keyword 售后 in the robot's "
            "security settings, or use signing instead.",
        ),
        "ip_not_allowed": translate(
            "Push",
            "The robot only takes messages from listed IP addresses: add this network's public "
            "address in the robot's security settings, or use signing instead.",
        ),
        "rate_limited": translate(
            "Push", "The service says too many messages at once: CaseWatch waits and sends again."
        ),
        "too_long": translate("Push", "The message was too long for the service."),
        "service_error": translate("Push", "The service refused the message: {detail}"),
        "http_error": translate(
            "Push", "The service is not answering properly ({detail}): CaseWatch tries again."
        ),
        "bad_answer": translate(
            "Push",
            "The address answered, but not like the service ({detail}): check the webhook address.",
        ),
        "no_network": translate(
            "Push",
            "No connection to the service ({detail}): the pushes wait and go when the network "
            "is back.",
        ),
        "refused": translate(
            "Push",
            "The server refused the connection: check the address and port. The pushes wait.",
        ),
        "timeout": translate("Push", "The service did not answer in time: CaseWatch tries again."),
        "tls_untrusted": translate(
            "Push",
            "The server's certificate is not trusted by this computer ({detail}): check the "
            "address (a proxy in between?).",
        ),
        "tls_failed": translate("Push", "The secure connection failed ({detail})."),
        "auth_failed": translate(
            "Push",
            "The mail server refused the login: use the mailbox's authorisation code (授权码), "
            "not its password, and check that SMTP is switched on in the mailbox's settings. "
            "({detail})",
        ),
        "sender_refused": translate("Push", "The mail server refused the sender address: {detail}"),
        "recipients_refused": translate("Push", "The mail server refused the recipients: {detail}"),
        "smtp_error": translate("Push", "The mail server refused the message: {detail}"),
        "starttls_unsupported": translate(
            "Push",
            "The mail server offers no STARTTLS on this port: use SSL (port 465) instead.",
        ),
        "secret_unavailable": translate(
            "Push",
            "The channel's key or password cannot be read from the system's keychain ({detail}): "
            "unlock the keychain, or enter the channel again.",
        ),
    }
    template = texts.get(code)
    if template is None:
        return translate("Push", "Delivery failed ({code}): {detail}").format(
            code=code, detail=detail
        )
    return template.format(detail=detail)
