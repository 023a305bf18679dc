"""The certificate as a PDF (A4 landscape), in Swedish or English, with a QR code that opens the
public verification page. The QR code is drawn as vector squares: no image library needed.

Every name prints: the text is set in DejaVu Sans, embedded (subset) in the PDF, which has the
letters of Latin script in all its European forms (Sami, Meänkieli, Finnish, Romani, Polish, …),
Greek, Cyrillic, Hebrew and Arabic. Right-to-left text is put in visual order and Arabic letters
take their joined forms before drawing, since a PDF shows glyphs in the order given. Long names
wrap and shrink so that nothing leaves the frame."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

import segno
from arabic_reshaper import ArabicReshaper
from bidi import get_display
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from backend.certificates.schemas import CertificateRead

Lang = Literal["sv", "en"]
INK = HexColor("#1f2a44")
ACCENT = HexColor("#6b2d5c")

MONTHS = {
    "sv": [
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}
TEXT: dict[str, dict[str, str]] = {
    "sv": {
        "title": "Jämlikhetscertifikat",
        "intro": "Härmed intygas att",
        "body": "har genomgått Jämliks certifiering för jämlikhet och inkludering: "
        "utbildning i tre moment, en handlingsplan med mätbara mål och uppföljning.",
        "scope": "Omfattning",
        "number": "Certifikatnummer",
        "issued": "Utfärdat",
        "valid": "Giltigt till och med",
        "by": "Godkänt av",
        "verify": "Kontrollera certifikatet",
    },
    "en": {
        "title": "Equality Certificate",
        "intro": "This is to certify that",
        "body": "has completed the Jämlik certification for equality and inclusion: training in "
        "three moments, an action plan with measurable goals, and follow-up.",
        "scope": "Scope",
        "number": "Certificate number",
        "issued": "Issued",
        "valid": "Valid until",
        "by": "Approved by",
        "verify": "Verify this certificate",
    },
}


def _date(day: dt.date, lang: Lang) -> str:
    return f"{day.day} {MONTHS[lang][day.month - 1]} {day.year}"


def _qr(canvas: Canvas, url: str, x: float, y: float, size: float) -> None:
    matrix = segno.make(url, error="m", micro=False).matrix
    cell = size / len(matrix)
    canvas.setFillColor(INK)
    for row_index, row in enumerate(matrix):
        for col_index, dark in enumerate(row):
            if dark:
                canvas.rect(
                    x + col_index * cell,
                    y + size - (row_index + 1) * cell,
                    cell,
                    cell,
                    stroke=0,
                    fill=1,
                )


FONT_DIR = Path(__file__).resolve().parent / "fonts"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"

WIDTH, HEIGHT = landscape(A4)
NAME_WIDTH = WIDTH - 60 * mm
BODY_WIDTH = WIDTH - 90 * mm
QR_SIZE = 38 * mm
QR_X = WIDTH - 30 * mm - QR_SIZE
QR_Y = 30 * mm
LABEL_X = 30 * mm
# The facts start here, and go no lower than the top of the verification text under the QR code.
FACTS_TOP = 58 * mm
FACTS_LOWEST = QR_Y + 2 * mm
# The sizes a name may take, largest first (26 pt down to 9 pt, by half points), and the lines it
# may take before it shrinks; at the smallest size it takes as many lines as it needs.
NAME_SIZES = [size / 2 for size in range(52, 17, -1)]
NAME_LINES = 3

# Lam-alef is the one ligature Arabic writing requires; word ligatures (ﷲ) are not in the font,
# and vowel marks are part of a name.
_RESHAPER = ArabicReshaper(configuration={"delete_harakat": False, "ARABIC LIGATURE ALLAH": False})
_RIGHT_TO_LEFT = {"R", "AL", "AN", "RLE", "RLO", "RLI"}


@cache
def _register_fonts() -> None:
    for name in (REGULAR, BOLD):
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / f"{name}.ttf")))


def _clean(text: str) -> str:
    """One line of composed characters: a stored CR/LF or run of spaces becomes one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def _drawable(ch: str, glyphs: dict[int, int]) -> str:
    if ord(ch) in glyphs:
        return ch
    # A joined Arabic form the font lacks: the plain letter is legible where a box is not.
    plain = unicodedata.normalize("NFKC", ch)
    if plain != ch and all(ord(c) in glyphs for c in plain):
        return plain[::-1] if unicodedata.bidirectional(ch) == "AL" else plain
    return ch


def _visual(text: str, font: str) -> str:
    """The characters as they are drawn, left to right: right-to-left runs reversed (Unicode
    bidirectional algorithm) and Arabic letters in their joined forms."""
    if any(unicodedata.bidirectional(ch) in _RIGHT_TO_LEFT for ch in text):
        text = get_display(_RESHAPER.reshape(text))
    glyphs = pdfmetrics.getFont(font).face.charToGlyph
    # Format characters (direction marks, joiners) have done their work and have no glyph.
    return "".join(_drawable(ch, glyphs) for ch in text if unicodedata.category(ch) != "Cf")


def _width(text: str, font: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(_visual(text, font), font, size))


def _prefix_that_fits(word: str, font: str, size: float, width: float) -> int:
    cut = 1
    while cut < len(word) and _width(word[: cut + 1], font, size) <= width:
        cut += 1
    while 1 < cut < len(word) and unicodedata.combining(word[cut]):
        cut -= 1  # a mark stays with its letter
    return cut


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines no wider than `width`, broken between words, and inside a word only when the word
    alone is wider than a line. Lines are in logical order, top to bottom."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        attempt = f"{line} {word}" if line else word
        if _width(attempt, font, size) <= width:
            line = attempt
            continue
        if line:
            lines.append(line)
        while _width(word, font, size) > width:
            cut = _prefix_that_fits(word, font, size, width)
            lines.append(word[:cut])
            word = word[cut:]
        line = word
    return [*lines, line] if line else lines


@dataclass(frozen=True)
class Block:
    """Text set in one font and size, as lines; `leading` is the distance between baselines."""

    font: str
    size: float
    lines: list[str]
    leading: float

    @property
    def drop(self) -> float:
        """From the first baseline to the last."""
        return (len(self.lines) - 1) * self.leading


def _block(text: str, font: str, size: float, width: float, leading: float | None = None) -> Block:
    return Block(font, size, _wrap(_clean(text), font, size, width), leading or size * 1.2)


def _fit(text: str, font: str, width: float, sizes: Iterable[float], max_lines: int) -> Block:
    """The largest of `sizes` at which the text takes at most `max_lines` lines; at the smallest,
    as many lines as it needs."""
    block = None
    for size in sizes:
        block = _block(text, font, size, width)
        if len(block.lines) <= max_lines:
            return block
    assert block is not None
    return block


def _sizes(largest: float, smallest: float) -> list[float]:
    return [largest - step / 2 for step in range(int((largest - smallest) * 2) + 1)]


def _draw_centred(canvas: Canvas, block: Block, y: float) -> float:
    """Draws the block centred from baseline `y` down; returns the last baseline."""
    canvas.setFont(block.font, block.size)
    for line in block.lines:
        canvas.drawCentredString(WIDTH / 2, y, _visual(line, block.font))
        y -= block.leading
    return y + block.leading


def _draw_left(canvas: Canvas, block: Block, x: float, y: float) -> float:
    canvas.setFont(block.font, block.size)
    for line in block.lines:
        canvas.drawString(x, y, _visual(line, block.font))
        y -= block.leading
    return y + block.leading


def _middle(
    name: str, body: Block, scope: Block | None, lowest: float
) -> tuple[Block, float, float, float]:
    """The name as large as it can be in at most three lines with the body and the scope still
    above `lowest`; returns the name block and the first baselines of name, body and scope."""
    chosen: tuple[Block, float, float, float] | None = None
    for size in NAME_SIZES:
        block = _block(name, BOLD, size, NAME_WIDTH)
        name_y = HEIGHT - 71 * mm - 0.73 * size  # the tops of the capitals stay put
        body_y = name_y - block.drop - 10 * mm - 0.75 * body.size
        scope_y = body_y - body.drop - 8.5 * mm
        bottom = (scope_y - scope.drop - 0.25 * scope.size) if scope else body_y - body.drop
        chosen = (block, name_y, body_y, scope_y)
        if bottom >= lowest and len(block.lines) <= NAME_LINES:
            return chosen
    # Only a name of very wide letters gets here: smallest size, more lines.
    assert chosen is not None
    return chosen


def render_certificate(certificate: CertificateRead, lang: Lang) -> bytes:
    _register_fonts()
    t = TEXT[lang]
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(WIDTH, HEIGHT))
    canvas.setTitle(f"{t['title']} {certificate.number}")
    canvas.setAuthor("Jämlik")
    canvas.setSubject(_clean(certificate.organisation_name))

    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(3)
    canvas.rect(12 * mm, 12 * mm, WIDTH - 24 * mm, HEIGHT - 24 * mm)

    canvas.setFillColor(ACCENT)
    _draw_centred(canvas, _block(t["title"], BOLD, 34, NAME_WIDTH), HEIGHT - 45 * mm)
    canvas.setFillColor(INK)
    _draw_centred(canvas, _block(t["intro"], REGULAR, 14, NAME_WIDTH), HEIGHT - 62 * mm)

    # The facts first: how far down the middle may reach depends on how much room they take.
    facts = [
        (t["number"], certificate.number),
        (t["issued"], _date(certificate.issued_on, lang)),
        (t["valid"], _date(certificate.valid_until, lang)),
    ]
    if certificate.issued_by_name:
        facts.append((t["by"], certificate.issued_by_name))
    labels = [_block(f"{label}:", REGULAR, 11, NAME_WIDTH) for label, _ in facts]
    value_x = LABEL_X + max(_width(block.lines[0], REGULAR, 11) for block in labels) + 6 * mm
    value_width = QR_X - 8 * mm - value_x
    values = [_fit(value, BOLD, value_width, _sizes(11, 8), 1) for _, value in facts]
    step = 7 * mm
    facts_drop = sum(value.drop for value in values) + step * (len(values) - 1)
    y = max(FACTS_TOP, FACTS_LOWEST + facts_drop)
    facts_top = y
    for label, value in zip(labels, values, strict=True):
        _draw_left(canvas, label, LABEL_X, y)
        y = _draw_left(canvas, value, value_x, y) - step

    body = _block(t["body"], REGULAR, 12.5, BODY_WIDTH, leading=6.5 * mm)
    scope = (
        _fit(f"{t['scope']}: {certificate.scope}", REGULAR, BODY_WIDTH, _sizes(11.5, 9), 2)
        if _clean(certificate.scope)
        else None
    )
    name, name_y, body_y, scope_y = _middle(
        certificate.organisation_name, body, scope, facts_top + 11 + 6 * mm
    )
    _draw_centred(canvas, name, name_y)
    _draw_centred(canvas, body, body_y)
    if scope is not None:
        _draw_centred(canvas, scope, scope_y)

    _qr(canvas, certificate.verify_url, QR_X, QR_Y, QR_SIZE)
    right = WIDTH - 30 * mm
    verify_width = right - LABEL_X  # below the facts, which end above FACTS_LOWEST
    for text, y in ((t["verify"], 25 * mm), (certificate.verify_url, 20 * mm)):
        block = _fit(text, REGULAR, verify_width, _sizes(8.5, 6), 1)
        canvas.setFont(block.font, block.size)
        canvas.drawRightString(right, y, _visual(block.lines[0], block.font))
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
