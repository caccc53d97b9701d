"""From a file to rows of cells: .xlsx/.xls/.ods through calamine, .csv/.txt with the
encoding detected (UTF-8 with or without BOM, GB18030/GBK, UTF-16 "Unicode 文本") and the
delimiter sniffed. Rows are streamed, never all held at once: a 100,000-row export with 50
columns would take hundreds of MB as Python lists (calamine loads a sheet whole, though)."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.errors import UserError

SPREADSHEETS = (".xlsx", ".xlsm", ".xls", ".ods")
TEXT_TABLES = (".csv", ".txt", ".tsv")
_SNIFF_BYTES = 64 * 1024
_READ_BLOCK = 1024 * 1024


@dataclass(frozen=True)
class Source:
    """Where the rows come from, and how the file was read (shown in the wizard's summary)."""

    path: Path
    kind: str  # "xlsx" or "text"
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    #: The loaded sheet, kept so the preview and the import read the file once: calamine
    #: loads a whole sheet at a time (it cannot stream, python-calamine#42), 3 s for 100k rows.
    loaded: Any = field(default=None, compare=False, repr=False)


def open_source(path: Path) -> Source:
    """Check the file can be read as a table and find out how; raises a UserError otherwise."""
    if not path.exists():
        raise UserError("file_not_found", path=str(path))
    if not path.is_file():
        raise UserError("not_a_file", path=str(path))
    suffix = path.suffix.lower()
    if suffix in SPREADSHEETS:
        name, loaded = _first_sheet(path)
        return Source(path, "xlsx", sheet=name, loaded=loaded)
    if suffix in TEXT_TABLES:
        raw = _read_bytes(path)
        encoding = detect_encoding(raw, path)
        sample = raw[:_SNIFF_BYTES].decode(encoding, errors="ignore")
        return Source(path, "text", encoding=encoding, delimiter=sniff_delimiter(sample))
    raise UserError("unsupported_format", path=str(path), suffix=suffix or "?")


def rows(source: Source) -> Iterator[list[Any]]:
    """Every row of the table, cells as the file holds them (text, numbers, datetimes)."""
    if source.kind == "xlsx":
        yield from _spreadsheet_rows(source)
        return
    reader = csv.reader(_lines(source), delimiter=source.delimiter or ",")
    try:
        yield from reader
    except csv.Error as exc:
        raise UserError("csv_broken", path=str(source.path), line=reader.line_num) from exc
    except UnicodeDecodeError as exc:
        raise UserError(
            "text_undecodable",
            path=str(source.path),
            line=reader.line_num + 1,
            encoding=(source.encoding or "").upper(),
        ) from exc


def _lines(source: Source) -> Iterator[str]:
    """The file's lines, decoded a block at a time.

    Not a text-mode file: its many small reads each release the GIL and starve the GUI thread
    of it (gaps of up to a second while a 100,000-row CSV is checked), and not the whole file
    decoded at once either (a third of a second holding it, and three times the memory).
    """
    decoder = codecs.getincrementaldecoder(source.encoding or "utf-8")(errors="strict")
    rest = ""
    try:
        with source.path.open("rb") as handle:
            while block := handle.read(_READ_BLOCK):
                # Lines end in \n, \r\n or a lone \r (old Mac exports), as csv reads them.
                # The last line may be cut by the block: hold it back, and a line ending in
                # \r too (its \n may open the next block).
                lines = io.StringIO(rest + decoder.decode(block), newline="").readlines()
                rest = lines.pop() if lines and not lines[-1].endswith("\n") else ""
                yield from lines
    except OSError as exc:
        raise UserError(
            "file_unreadable", path=str(source.path), detail=exc.strerror or str(exc)
        ) from exc
    rest += decoder.decode(b"", final=True)
    if rest:
        yield rest


def detect_encoding(raw: bytes, path: Path) -> str:
    if not raw.strip():
        raise UserError("file_empty", path=str(path))
    if raw.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    head = raw[:_SNIFF_BYTES]
    zeros = head.count(0)
    if zeros > len(head) // 4:  # UTF-16 without a BOM: every other byte of ASCII is zero
        odd_zeros = head[1::2].count(0)
        return "utf-16-le" if odd_zeros > zeros // 2 else "utf-16-be"
    if zeros:
        raise UserError("binary_file", path=str(path))
    for encoding in ("utf-8", "gb18030"):
        try:
            raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        return encoding
    raise UserError("unknown_encoding", path=str(path))


def sniff_delimiter(sample: str) -> str:
    lines = [line for line in sample.splitlines()[:20] if line.strip()]
    if not lines:
        return ","
    try:
        return csv.Sniffer().sniff("\n".join(lines), delimiters=",\t;|").delimiter
    except csv.Error:
        counts = {d: lines[0].count(d) for d in ",\t;|"}
        return max(counts, key=lambda d: counts[d]) if max(counts.values()) else ","


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UserError("file_unreadable", path=str(path), detail=exc.strerror or str(exc)) from exc


def _first_sheet(path: Path) -> tuple[str, Any]:
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_path(str(path))
        if not book.sheet_names:
            raise UserError("file_empty", path=str(path))
        name = book.sheet_names[0]
        return name, book.get_sheet_by_name(name)
    except UserError:
        raise
    except Exception as exc:  # calamine raises its own types for broken or non-Excel files
        raise UserError("xlsx_unreadable", path=str(path), detail=str(exc)) from exc


def _spreadsheet_rows(source: Source) -> Iterator[list[Any]]:
    try:
        yield from source.loaded.iter_rows()
    except Exception as exc:
        raise UserError("xlsx_unreadable", path=str(source.path), detail=str(exc)) from exc
