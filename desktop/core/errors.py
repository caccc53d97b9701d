"""Two kinds of failure. A UserError is something the user can fix (bad input, a file that
cannot be read, a disk that is full); it carries a stable code and parameters, and the GUI or
CLI turns it into a translated sentence. Anything else is a bug: logged with its traceback and
shown as "something went wrong" with the log's location."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class FieldProblem:
    """One thing wrong with one field of a form or one cell of a file."""

    field: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)


class UserError(Exception):
    def __init__(self, code: str, problems: list[FieldProblem] | None = None, **params: Any):
        self.code = code
        self.params = params
        self.problems = problems or []
        super().__init__(code, params, self.problems)

    def __str__(self) -> str:  # for logs and the CLI's fallback; users see translated text
        detail = "; ".join(f"{p.field}: {p.code} {p.params or ''}".strip() for p in self.problems)
        base = f"{self.code} {self.params}" if self.params else self.code
        return f"{base} ({detail})" if detail else base


class ValidationError(UserError):
    """A form or a command had wrong values; `problems` names each field."""

    def __init__(self, problems: list[FieldProblem]):
        super().__init__("invalid_input", problems)


class Cancelled(Exception):
    """The user cancelled long work; whatever it was writing was rolled back."""


class DataFileError(Exception):
    """A shipped or user-edited data file is broken: names the file, the entry and the field.
    `message` is English, for logs; files a shop edits also give a `code` and its `params`,
    which the GUI says in the user's language."""

    def __init__(
        self,
        file: str,
        where: str,
        message: str,
        code: str = "",
        params: dict[str, str] | None = None,
    ):
        self.file, self.where, self.message = file, where, message
        self.code, self.params = code, dict(params or {})
        super().__init__(f"{file}: {where}: {message}")
