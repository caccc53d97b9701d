"""Channel secrets in the system keychain (through keyring, here with a backend of the test's
own) or in a file only the user can read; never in the database."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend

from desktop.core.bootstrap import Core
from desktop.core.errors import UserError
from desktop.core.push import secrets
from desktop.core.push.channels import ChannelKind, ChannelSpec


class MemoryKeyring(KeyringBackend):
    """A keychain in memory, as Windows' Credential Manager or macOS's Keychain would be."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        del self.items[(service, username)]


@pytest.fixture
def keychain(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    monkeypatch.delenv(secrets.ENV_STORE, raising=False)
    yield backend
    keyring.set_keyring(previous)


def test_secrets_go_to_the_keychain_where_there_is_one(core: Core, keychain: MemoryKeyring) -> None:
    url = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693axxx6-7aoc-4bc4-97a0-0ec2sifa"
    channel, _ = core.channels.add(ChannelSpec(ChannelKind.WECOM, url=url))
    assert channel.secret_store == "keyring"
    assert list(keychain.items) == [("CaseWatch", channel.secret_ref)]
    assert url in next(iter(keychain.items.values()))
    assert not (core.paths.root / secrets.FILE_NAME).exists()
    assert core.channels.target(channel).url == url
    core.channels.remove(channel)
    assert keychain.items == {}


def test_the_file_can_be_forced_for_a_headless_box(
    core: Core, keychain: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(secrets.ENV_STORE, "file")
    assert isinstance(secrets.choose(core.paths.root), secrets.FileSecrets)


def test_without_a_keychain_secrets_go_to_a_private_file(core: Core) -> None:
    store = secrets.choose(core.paths.root)  # the tests force the file (tests/conftest.py)
    store.put("channel-x", {"url": "https://example.com/hook?key=secret"})
    path = core.paths.root / secrets.FILE_NAME
    assert path.stat().st_mode & 0o777 == 0o600
    assert store.get("channel-x") == {"url": "https://example.com/hook?key=secret"}
    store.delete("channel-x")
    with pytest.raises(UserError) as caught:
        store.get("channel-x")
    assert caught.value.code == "secret_missing"


def test_a_damaged_secrets_file_is_said(core: Core) -> None:
    path = core.paths.root / secrets.FILE_NAME
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(UserError) as caught:
        secrets.FileSecrets(path).get("x")
    assert caught.value.code == "secrets_unreadable"
