"""The cell cleaners: ids stay text, money and times are read the way exports write them."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.importing import values
from desktop.core.importing.values import CellError
from desktop.core.times import SHANGHAI


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("7311000000000000101", "7311000000000000101"),
        ("\t7311000000000000101", "7311000000000000101"),
        ('="7311000000000000101"', "7311000000000000101"),
        ("7311000000000000101.0", "7311000000000000101"),
        ("261120-000000000301", "261120-000000000301"),
        (123456.0, "123456"),
        ("-", ""),
        ("无", ""),
        (None, ""),
    ],
)
def test_identifiers(raw: object, expected: str) -> None:
    assert values.identifier(raw) == expected


@pytest.mark.parametrize("raw", ["7.30123E+18", "7.3E18", 7.311e18, 12.5, "73 11"])
def test_identifiers_excel_destroyed_or_invalid(raw: object) -> None:
    with pytest.raises(CellError):
        values.identifier(raw)


@pytest.mark.parametrize(
    ("raw", "fen"),
    [("¥59.00", 5900), ("￥1,290.00", 129000), ("35", 3500), (45.5, 4550), ("0", 0),
     ("-", None), ("", None), ("88.5元", 8850)],
)  # fmt: skip
def test_money(raw: object, fen: int | None) -> None:
    assert values.money_fen(raw) == fen


@pytest.mark.parametrize("raw", ["-5", "abc", "1e400"])
def test_bad_money(raw: str) -> None:
    with pytest.raises(CellError):
        values.money_fen(raw)


SH = datetime(2026, 11, 21, 9, 15, tzinfo=SHANGHAI)


@pytest.mark.parametrize(
    "raw",
    ["2026-11-21 09:15:00", "2026-11-21 09:15", "2026/11/21 09:15", "2026/11/21 09:15:00",
     "2026-11-21T09:15:00+08:00", "2026-11-21T01:15:00Z", datetime(2026, 11, 21, 9, 15),
     str(int(SH.timestamp())), str(int(SH.timestamp()) * 1000), 46347.385416666664],
)  # fmt: skip
def test_times_all_mean_the_same_moment(raw: object) -> None:
    assert values.moment(raw) == SH.astimezone(UTC)


def test_dates_and_empty_times() -> None:
    assert values.moment(date(2026, 11, 21)) == datetime(2026, 11, 20, 16, 0, tzinfo=UTC)
    assert values.moment("-") is None
    with pytest.raises(CellError):
        values.moment("昨天下午")


@given(st.text())
def test_text_cells_never_fail(raw: str) -> None:
    assert isinstance(values.text(raw), str)


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig", "utf-16"])
@given(
    table=st.lists(
        st.lists(st.text(alphabet='a退货,"\n\r 单号¥', max_size=8), min_size=3, max_size=3),
        min_size=1,
        max_size=6,
    ),
    block=st.integers(min_value=1, max_value=9),
    line_end=st.sampled_from(["\r\n", "\n", "\r"]),
)
def test_csv_rows_read_in_blocks_are_the_rows_written(
    tmp_path_factory: pytest.TempPathFactory,
    encoding: str,
    table: list[list[str]],
    block: int,
    line_end: str,
) -> None:
    """Blocks of any size (cutting a multi-byte character, a CRLF or a quoted line break in
    two), with Windows, Unix or old Mac line ends, give back exactly the rows csv wrote."""
    import csv
    import io

    from desktop.core.importing import reading

    buffer = io.StringIO(newline="")
    # csv quotes only the characters of its own line end: with \n alone, a cell holding a
    # lone \r would go out unquoted and be read as a line end by any reader. Excel quotes both.
    quoting = csv.QUOTE_MINIMAL if line_end == "\r\n" else csv.QUOTE_ALL
    csv.writer(buffer, lineterminator=line_end, quoting=quoting).writerows(table)
    path = tmp_path_factory.mktemp("blocks") / "t.csv"
    path.write_bytes(buffer.getvalue().encode(encoding))
    source = reading.Source(path, "text", encoding=encoding, delimiter=",")
    original = reading._READ_BLOCK
    reading._READ_BLOCK = block
    try:
        got = list(reading.rows(source))
    finally:
        reading._READ_BLOCK = original
    assert got == table
