"""Guards against Qt-binding bugs CaseWatch cannot live with. PySide6 6.12.0's Signal.emit()
dropped a reference to True on every call: a tray app that emits signals for days would abort
with "deallocating True or False". pyproject.toml keeps that version out; this test fails on
any version with the same bug."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Sender(QObject):
    plain = Signal()
    carrying = Signal(object)


def test_emitting_signals_keeps_reference_counts(qapp) -> None:  # type: ignore[no-untyped-def]
    sender = _Sender()
    received: list[object] = []
    sender.plain.connect(lambda: received.append(None))
    sender.carrying.connect(received.append)
    payload = object()
    before = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    for _ in range(200):
        sender.plain.emit()
        sender.carrying.emit(payload)
    after = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    assert len(received) == 400
    assert [a - b for a, b in zip(after, before, strict=True)] == [0, 0, 400 - 200]
    received.clear()
    assert sys.getrefcount(payload) == 2  # the local name and getrefcount's own argument
