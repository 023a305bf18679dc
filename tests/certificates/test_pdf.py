"""The certificate PDF prints every organisation name a Swedish organisation can have, in full and
inside the page: the letters of the national minority languages and of the other languages people
here write, and names up to the 200 characters the API allows."""

from __future__ import annotations

import datetime as dt
import io
import struct
import unicodedata
from dataclasses import dataclass
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    ContentStream,
    DictionaryObject,
    NumberObject,
    StreamObject,
)
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from backend.certificates.pdf import render_certificate
from backend.certificates.schemas import CertificateRead

LONG_NAME = (
    "Stiftelsen för jämlikhet, inkludering och likabehandling inom vård, skola och omsorg "
    "i Övertorneå, Pajala, Kiruna, Gällivare, Haparanda och Jokkmokk med omnejd samt "
    "Tornedalens folkhögskola, Matarengi"
)
assert len(LONG_NAME) == 200

NAMES = {
    # Northern Sami: Č Đ Ŋ Š Ŧ Ž are outside Latin-1.
    "northern_sami": "Sámiid Riikkasearvi – Čohkkiras Ŋuorat Đuođaid Ŧeahkkáriid Ášši",
    # Meänkieli and Finnish (Sweden's Finnish-speaking minorities).
    "meankieli": "Svenska Tornedalingars Riksförbund – Tornionlaaksolaiset, Meänmaan yhistys",
    "finnish": "Ruotsinsuomalaisten keskusliitto – Šakkikerho Žužu ry",
    "polish": "Stowarzyszenie Polaków w Szwecji „Łączność” – Związek Źródło Żółć",
    "arabic": "جمعية المرأة العربية في السويد",
    "persian": "انجمن زنان ایرانی در گوتنبرگ",
    # Yiddish, a national minority language, in Hebrew script.
    "yiddish": "ייִדישער קולטור־פֿאַרבאַנד אין שוועדן",
    # 70 characters: the length that ran off both edges.
    "seventy": "Kommunalförbundet Norrbottens Räddningstjänst och Miljöförvaltning Syd",
    "two_hundred": LONG_NAME,
    # One long word has no space to break at.
    "one_word": "Å" * 40 + "W" * 160,
}
assert len(NAMES["seventy"]) == 70


def _certificate(name: str) -> CertificateRead:
    return CertificateRead(
        id=1,
        number="JAM-ABCD-EFGH",
        certification_id=1,
        organisation_id=1,
        organisation_name=name,
        scope=name,
        issued_on=dt.date(2026, 3, 2),
        valid_until=dt.date(2029, 3, 2),
        issued_by_name=name,
        plan_version=1,
        status="valid",
        verify_url="http://jamlik.test/verify/JAM-ABCD-EFGH",
        window_opens_on=dt.date(2028, 9, 2),
        allowed_actions=[],
    )


@dataclass
class Run:
    """One string the page shows: where it starts and ends, at which size, and with which font."""

    x0: float
    x1: float
    y: float
    size: float
    font: DictionaryObject
    codes: bytes


def _widths(font: DictionaryObject) -> tuple[int, list[float]] | None:
    if "/Widths" not in font:
        return None
    first_char, widths = font["/FirstChar"], font["/Widths"]
    assert isinstance(first_char, NumberObject) and isinstance(widths, ArrayObject)
    return int(first_char), [float(w) for w in widths]


def _string_width(font: DictionaryObject, codes: bytes, size: float) -> float:
    widths = _widths(font)
    if widths is None:  # one of the 14 standard fonts: its metrics are built into every reader
        name = str(font["/BaseFont"]).lstrip("/")
        width: float = pdfmetrics.stringWidth(codes.decode("cp1252"), name, size)
        return width
    first, table = widths
    return sum(table[code - first] for code in codes) * size / 1000


def _codes(operand: Any) -> bytes:
    return bytes(operand.original_bytes)  # the string's bytes, whatever pypdf took it for


def text_runs(pdf: bytes) -> list[Run]:
    """Every shown string with its extent, read from the content stream and the fonts' widths."""
    reader = PdfReader(io.BytesIO(pdf))
    (page,) = reader.pages
    resources = page["/Resources"]
    assert isinstance(resources, DictionaryObject)
    fonts = resources["/Font"]
    assert isinstance(fonts, DictionaryObject)
    runs: list[Run] = []
    ctm = (0.0, 0.0)
    stack: list[tuple[float, float]] = []
    font: DictionaryObject | None = None
    size = leading = 0.0
    line = [0.0, 0.0]
    x = 0.0
    for operands, operator in ContentStream(page.get_contents(), reader).operations:
        op = operator.decode()
        if op == "q":
            stack.append(ctm)
        elif op == "Q":
            ctm = stack.pop()
        elif op == "cm":
            a, b, c, d, e, f = (float(v) for v in operands)
            assert (a, b, c, d) == (1, 0, 0, 1), "only translations are expected"
            ctm = (ctm[0] + e, ctm[1] + f)
        elif op == "BT":
            line = [0.0, 0.0]
            x = 0.0
        elif op == "Tf":
            chosen = fonts[operands[0]].get_object()
            assert isinstance(chosen, DictionaryObject)
            font = chosen
            size = float(operands[1])
        elif op == "TL":
            leading = float(operands[0])
        elif op == "Tm":
            a, b, c, d, e, f = (float(v) for v in operands)
            assert (a, b, c, d) == (1, 0, 0, 1), "no scaled or rotated text is expected"
            line = [e, f]
            x = e
        elif op == "Td":
            line = [line[0] + float(operands[0]), line[1] + float(operands[1])]
            x = line[0]
        elif op == "T*":
            line = [line[0], line[1] - leading]
            x = line[0]
        elif op in {"Tj", "TJ", "'"}:
            if op == "'":
                line = [line[0], line[1] - leading]
                x = line[0]
            assert font is not None
            parts = operands[0] if op == "TJ" else [operands[0]]
            start = x
            codes = b""
            for part in parts:
                if isinstance(part, int | float) or hasattr(part, "as_numeric"):
                    x -= float(part) / 1000 * size
                else:
                    shown = _codes(part)
                    codes += shown
                    x += _string_width(font, shown, size)
            runs.append(Run(start + ctm[0], x + ctm[0], line[1] + ctm[1], size, font, codes))
    return runs


def _boxes_overlap(a: Run, b: Run) -> bool:
    tolerance = 0.01
    across = a.x0 < b.x1 - tolerance and b.x0 < a.x1 - tolerance
    a_low, a_high = a.y - 0.25 * a.size, a.y + 0.8 * a.size
    b_low, b_high = b.y - 0.25 * b.size, b.y + 0.8 * b.size
    return across and a_low < b_high - tolerance and b_low < a_high - tolerance


def _glyph_ids(font_file: bytes) -> dict[int, int]:
    """Code → glyph id from the embedded subset's cmap (format 6, as ReportLab writes it)."""
    (tables,) = struct.unpack_from(">H", font_file, 4)
    for index in range(tables):
        tag, _checksum, offset, _length = struct.unpack_from(">4sIII", font_file, 12 + 16 * index)
        if tag == b"cmap":
            break
    else:
        raise AssertionError("the embedded font has no cmap")
    (subtables,) = struct.unpack_from(">H", font_file, offset + 2)
    assert subtables == 1
    _platform, _encoding, sub = struct.unpack_from(">HHI", font_file, offset + 4)
    fmt, _size, _language, first, count = struct.unpack_from(">HHHHH", font_file, offset + sub)
    assert fmt == 6
    ids = struct.unpack_from(f">{count}H", font_file, offset + sub + 10)
    return {first + i: glyph for i, glyph in enumerate(ids)}


def _notdef_codes(font: DictionaryObject, codes: bytes) -> set[int]:
    """Codes the embedded font draws with glyph 0, the empty box of a missing letter."""
    descriptor = font["/FontDescriptor"].get_object()
    assert isinstance(descriptor, DictionaryObject)
    font_file = descriptor["/FontFile2"].get_object()
    assert isinstance(font_file, StreamObject)
    glyphs = _glyph_ids(font_file.get_data())
    return {code for code in codes if glyphs.get(code, 0) == 0}


def _squeezed(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


class TestNamesInEveryScript:
    """Defect: a 70-character organisation name ran off both edges of the page, and Sami, Finnish,
    Polish and other letters outside Latin-1 printed as black boxes (Helvetica, not embedded)."""

    @pytest.mark.parametrize("lang", ["sv", "en"])
    @pytest.mark.parametrize("key", list(NAMES))
    def test_name_is_printed_whole_inside_the_frame(self, key: str, lang: str) -> None:
        name = NAMES[key]
        pdf = render_certificate(_certificate(name), lang)  # type: ignore[arg-type]

        text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
        # The name, the scope and the approver all carry it: each line of it is in the text.
        assert _squeezed(text).count(_squeezed(name)) >= 3, text

        runs = text_runs(pdf)
        assert runs
        width, height = landscape(A4)
        frame = 12 * mm
        for run in runs:
            assert frame < run.x0 and run.x1 < width - frame, (key, run.x0, run.x1, run.codes)
            assert frame < run.y - 0.25 * run.size and run.y + run.size < height - frame, key
        for i, a in enumerate(runs):
            for b in runs[i + 1 :]:
                assert not _boxes_overlap(a, b), (key, a, b)
        for run in runs:
            # Every font is embedded and has a glyph for every letter it is asked to draw.
            descriptor = run.font.get("/FontDescriptor")
            assert descriptor is not None, f"{run.font['/BaseFont']} is not embedded"
            assert "/FontFile2" in descriptor.get_object(), run.font["/BaseFont"]
            assert not _notdef_codes(run.font, run.codes), (key, run.codes)
