"""Translations: complete in zh_CN and en, placeholders intact, and the .ts files up to date
with every translatable string in the code."""

from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "build_scripts"))
import build_assets  # noqa: E402

LANGS = {"zh_CN": 1, "en": 2}  # plural forms per language
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n")


def messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [(c.findtext("name") or "", m) for c in root.iter("context") for m in c.iter("message")]


def translations(message: ET.Element) -> list[str]:
    node = message.find("translation")
    assert node is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in node.iter("numerusform")]
    return [node.text or ""]


@pytest.mark.parametrize("lang", LANGS)
def test_every_string_is_translated(lang: str) -> None:
    unfinished = []
    for context, message in messages(build_assets.TS_DIR / f"casewatch_{lang}.ts"):
        source = message.findtext("source")
        node = message.find("translation")
        forms = translations(message)
        if node.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            unfinished.append((context, source))
        elif message.get("numerus") == "yes":
            assert len(forms) == LANGS[lang], (context, source)
    assert unfinished == []


def test_english_counts_read_as_english() -> None:
    """Every text with a count has a singular and a plural in English ("1 file", "3 files"),
    never "file(s)"."""
    from PySide6.QtCore import QTranslator

    counted = [
        (context, message)
        for context, message in messages(build_assets.TS_DIR / "casewatch_en.ts")
        if "%n" in (message.findtext("source") or "")
    ]
    assert len(counted) >= 10
    translator = QTranslator()
    assert translator.load(str(ROOT / "desktop/gui/translations/casewatch_en.qm"))
    for context, message in counted:
        source = message.findtext("source") or ""
        assert message.get("numerus") == "yes", source
        one, many = translations(message)
        assert "(s)" not in one + many, source
        assert translator.translate(context, source, None, 1) == one, source
        assert translator.translate(context, source, None, 3) == many, source


@pytest.mark.parametrize("lang", LANGS)
def test_placeholders_survive_translation(lang: str) -> None:
    for context, message in messages(build_assets.TS_DIR / f"casewatch_{lang}.ts"):
        source = message.findtext("source") or ""
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for form in translations(message):
            assert sorted(set(PLACEHOLDER.findall(form))) == wanted, (context, source, form)


def test_ts_files_hold_every_string_in_the_code(tmp_path: Path) -> None:
    """lupdate over today's code finds nothing the committed .ts files lack (or no longer need)."""
    copies = []
    for lang in LANGS:
        copy = tmp_path / f"casewatch_{lang}.ts"
        shutil.copy(build_assets.TS_DIR / copy.name, copy)
        copies.append(copy)
    committed = {p: p.stat().st_mtime_ns for p in build_assets.TS_DIR.glob("*.ts")}
    build_assets.update_ts(copies)
    assert {p: p.stat().st_mtime_ns for p in committed} == committed  # only the copies change
    for copy in copies:
        before = {(c, m.findtext("source")) for c, m in messages(build_assets.TS_DIR / copy.name)}
        after = {(c, m.findtext("source")) for c, m in messages(copy)}
        assert after == before, f"run build_scripts/build_assets.py --update ({copy.name})"


def test_lupdate_misses_no_counted_text() -> None:
    """PySide6's lupdate silently skips a %n text whose count is not a plain name (for example
    `card.total`): every literal counted text in the code must be in the .ts files."""
    call = re.compile(r'translate\(\s*"(\w+)",\s*"((?:[^"\\]|\\.)*%n(?:[^"\\]|\\.)*)"')
    known = {(c, m.findtext("source")) for c, m in messages(build_assets.TS_DIR / "casewatch_en.ts")}
    missed = [
        (str(path.relative_to(ROOT)), context, text)
        for path in sorted((ROOT / "desktop").rglob("*.py"))
        for context, text in call.findall(path.read_text(encoding="utf-8"))
        if (context, text) not in known
    ]
    assert missed == []


def test_export_labels_are_import_aliases_of_the_generic_source() -> None:
    """A label-style export maps back when the generic source is chosen, in either language."""
    from PySide6.QtCore import QCoreApplication

    from desktop.core.importing.sources import load_sources, normalise
    from desktop.gui import i18n
    from desktop.gui.imports_text import export_labels

    app = QCoreApplication.instance() or QCoreApplication([])
    generic = load_sources()["generic"]
    aliases = {a for names in generic.fields.values() for a in names}
    importable = {"stage"} | {k for k in export_labels() if not k.endswith(("_action", "_source"))
                              and k not in ("merchant_deadline_at", "buyer_deadline_at")}  # fmt: skip
    try:
        for lang in i18n.SHIPPED:
            i18n.install(lang)
            labels = export_labels()
            missing = [labels[k] for k in importable if normalise(labels[k]) not in aliases]
            assert missing == [], lang
    finally:
        i18n.install("en")
    assert app is not None
