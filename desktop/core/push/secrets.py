"""Where channel secrets live: the system keychain where there is one (Windows Credential
Manager, macOS Keychain, through the `keyring` package), else a file in the data folder that
only the user can read. Never in the database, so never in exports, backups of the database,
logs or dispute packs.

`CASEWATCH_SECRET_STORE=file` forces the file: for the headless watcher on a box (a NAS, a
scheduled task with nobody logged in) where the keychain cannot be opened.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any, Protocol

from desktop.core.errors import UserError

log = logging.getLogger(__name__)

SERVICE = "CaseWatch"
FILE_NAME = "secrets.json"
ENV_STORE = "CASEWATCH_SECRET_STORE"


class SecretStore(Protocol):
    kind: str

    def get(self, ref: str) -> dict[str, str]: ...

    def put(self, ref: str, values: dict[str, str]) -> None: ...

    def delete(self, ref: str) -> None: ...


class FileSecrets:
    """A JSON file readable by its owner only (0600 on macOS and Linux; on Windows the data
    folder under %LOCALAPPDATA% is the user's own)."""

    kind = "file"

    def __init__(self, path: Path):
        self.path = path

    def _read(self) -> dict[str, dict[str, str]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            raise UserError("secrets_unreadable", path=str(self.path), detail=str(exc)) from exc
        return data if isinstance(data, dict) else {}

    def _write(self, data: dict[str, dict[str, str]]) -> None:
        # Written aside and renamed: a crash never leaves half a file of secrets.
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".secrets-", suffix=".tmp")
        try:
            if os.name != "nt":
                os.fchmod(fd, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except OSError as exc:
            Path(tmp).unlink(missing_ok=True)
            raise UserError(
                "secrets_unwritable", path=str(self.path), detail=exc.strerror or str(exc)
            ) from exc

    def get(self, ref: str) -> dict[str, str]:
        found = self._read().get(ref)
        if found is None:
            raise UserError("secret_missing")
        return found

    def put(self, ref: str, values: dict[str, str]) -> None:
        data = self._read()
        data[ref] = values
        self._write(data)

    def delete(self, ref: str) -> None:
        data = self._read()
        if data.pop(ref, None) is not None:
            self._write(data)


class KeyringSecrets:
    kind = "keyring"

    def __init__(self, backend: Any):
        self._backend = backend

    def get(self, ref: str) -> dict[str, str]:
        try:
            text = self._backend.get_password(SERVICE, ref)
        except Exception as exc:  # any backend's failure: locked, denied, no session bus
            raise UserError("keychain_unavailable", detail=str(exc)) from exc
        if text is None:
            raise UserError("secret_missing")
        return dict(json.loads(text))

    def put(self, ref: str, values: dict[str, str]) -> None:
        try:
            self._backend.set_password(SERVICE, ref, json.dumps(values))
        except Exception as exc:
            raise UserError("keychain_unavailable", detail=str(exc)) from exc

    def delete(self, ref: str) -> None:
        try:
            self._backend.delete_password(SERVICE, ref)
        except Exception as exc:  # already gone, or the keychain is locked: say it in the log
            log.warning("could not delete secret %s from the keychain: %s", ref, type(exc).__name__)


def system_keyring() -> Any | None:
    """The keyring backend when the system has a real one (not keyring's fail or null
    backends); None where keyring is not installed (Linux builds) or finds nothing."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration is not CaseWatch's to fix
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return None
    return backend


def choose(data_root: Path) -> SecretStore:
    """The store for new secrets."""
    if os.environ.get(ENV_STORE, "").lower() != "file":
        backend = system_keyring()
        if backend is not None:
            return KeyringSecrets(backend)
    return FileSecrets(data_root / FILE_NAME)


def open_store(kind: str, data_root: Path) -> SecretStore:
    """The store a channel's secrets were put in."""
    if kind == "keyring":
        backend = system_keyring()
        if backend is None:
            raise UserError("keychain_unavailable", detail="")
        return KeyringSecrets(backend)
    return FileSecrets(data_root / FILE_NAME)
