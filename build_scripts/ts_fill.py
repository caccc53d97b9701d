"""Translation upkeep for maintainers.

    python build_scripts/ts_fill.py en              English: translation = source, plurals filled
    python build_scripts/ts_fill.py zh_CN map.json  apply {"Context": {"source": "译文"}}
    python build_scripts/ts_fill.py missing zh_CN   list what is still unfinished

Qt Linguist can do the same by hand; this keeps big batches reviewable as one JSON file.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def ts_path(lang: str) -> Path:
    return ROOT / "i18n" / f"casewatch_{lang}.ts"


def load(lang: str) -> ET.ElementTree:
    return ET.parse(ts_path(lang))


def save(tree: ET.ElementTree, lang: str, path: Path | None = None) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    (path or ts_path(lang)).write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def messages(tree: ET.ElementTree):  # type: ignore[no-untyped-def]
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def set_translation(message: ET.Element, forms: list[str]) -> None:
    translation = message.find("translation")
    assert translation is not None
    for child in list(translation):
        translation.remove(child)
    if message.get("numerus") == "yes":
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = forms[0]
    translation.attrib.pop("type", None)


#: English plurals that take more than dropping "(s)": (one, many).
_EN_PLURALS = {
    "All %n evidence file(s) are there and unchanged ({size} read).": (
        "The %n evidence file is there and unchanged ({size} read).",
        "All %n evidence files are there and unchanged ({size} read).",
    ),
    "%n file(s) in the evidence folder belong to no case (an interrupted copy, or trash "
    "emptied minutes ago): left as they are; emptying the trash later removes them.": (
        "%n file in the evidence folder belongs to no case (an interrupted copy, or trash "
        "emptied minutes ago): left as it is; emptying the trash later removes it.",
        "%n files in the evidence folder belong to no case (an interrupted copy, or trash "
        "emptied minutes ago): left as they are; emptying the trash later removes them.",
    ),
    "The %n file(s) in the trash are deleted for good. This cannot be undone.": (
        "The %n file in the trash is deleted for good. This cannot be undone.",
        "The %n files in the trash are deleted for good. This cannot be undone.",
    ),
    "%n of the cases have no outbound tracking number.": (
        "%n of the cases has no outbound tracking number.",
        "%n of the cases have no outbound tracking number.",
    ),
    "%n were marked before.": ("%n was marked before.", "%n were marked before."),
    "%n are finished and were left alone.": (
        "%n is finished and was left alone.",
        "%n are finished and were left alone.",
    ),
    "%n case(s) need you": ("%n case needs you", "%n cases need you"),
    "%n after-sales case(s) need you": (
        "%n after-sales case needs you",
        "%n after-sales cases need you",
    ),
    "%n push(es) dropped: their cases were handled meanwhile.": (
        "%n push dropped: its case was handled meanwhile.",
        "%n pushes dropped: their cases were handled meanwhile.",
    ),
}


def fill_en(path: Path | None = None) -> int:
    """English translations: the source itself, and both plural forms of every text with a
    count (%n). PySide6's lupdate marks no Python call as plural, so this does; a later
    lupdate keeps the mark. `path`: another copy of the English file than i18n/'s."""
    tree = ET.parse(path) if path is not None else load("en")
    for _, message in messages(tree):
        source = message.findtext("source") or ""
        if "%n" in source:
            message.set("numerus", "yes")
            one, many = _EN_PLURALS.get(
                source, (source.replace("(s)", ""), source.replace("(s)", "s"))
            )
            set_translation(message, [one, many])
        else:
            set_translation(message, [source])
    save(tree, "en", path)
    return 0


def apply(lang: str, mapping_file: Path) -> int:
    mapping = json.loads(mapping_file.read_text(encoding="utf-8"))
    tree = load(lang)
    for context, message in messages(tree):
        source = message.findtext("source") or ""
        found = mapping.get(context, {}).get(source)
        if found:
            set_translation(message, [found])
    save(tree, lang)
    return missing(lang)


def missing(lang: str) -> int:
    left = [
        (context, message.findtext("source"))
        for context, message in messages(load(lang))
        if message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    for context, source in left:
        print(json.dumps([context, source], ensure_ascii=False))
    return 1 if left else 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["en"]:
        return fill_en()
    if argv[:1] == ["missing"] and len(argv) == 2:
        return missing(argv[1])
    if len(argv) == 2:
        return apply(argv[0], Path(argv[1]))
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
