"""The certificate as a PDF (A4 landscape), in Swedish or English, with a QR code that opens the
public verification page. The QR code is drawn as vector squares: no image library needed."""

from __future__ import annotations

import datetime as dt
import io
from typing import Literal

import segno
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
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


def _wrap(canvas: Canvas, text: str, width: float, font: str, size: float) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split():
        attempt = f"{line} {word}".strip()
        if canvas.stringWidth(attempt, font, size) <= width:
            line = attempt
        else:
            lines.append(line)
            line = word
    return [*lines, line] if line else lines


def render_certificate(certificate: CertificateRead, lang: Lang) -> bytes:
    t = TEXT[lang]
    buffer = io.BytesIO()
    width, height = landscape(A4)
    canvas = Canvas(buffer, pagesize=(width, height))
    canvas.setTitle(f"{t['title']} {certificate.number}")
    canvas.setAuthor("Jämlik")
    canvas.setSubject(certificate.organisation_name)

    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(3)
    canvas.rect(12 * mm, 12 * mm, width - 24 * mm, height - 24 * mm)

    canvas.setFillColor(ACCENT)
    canvas.setFont("Helvetica-Bold", 34)
    canvas.drawCentredString(width / 2, height - 45 * mm, t["title"])
    canvas.setFillColor(INK)
    canvas.setFont("Helvetica", 14)
    canvas.drawCentredString(width / 2, height - 62 * mm, t["intro"])
    canvas.setFont("Helvetica-Bold", 26)
    canvas.drawCentredString(width / 2, height - 78 * mm, certificate.organisation_name)
    canvas.setFont("Helvetica", 12.5)
    y = height - 92 * mm
    for line in _wrap(canvas, t["body"], width - 90 * mm, "Helvetica", 12.5):
        canvas.drawCentredString(width / 2, y, line)
        y -= 6.5 * mm
    if certificate.scope:
        canvas.setFont("Helvetica-Oblique", 11.5)
        canvas.drawCentredString(width / 2, y - 2 * mm, f"{t['scope']}: {certificate.scope}")

    facts = [
        (t["number"], certificate.number),
        (t["issued"], _date(certificate.issued_on, lang)),
        (t["valid"], _date(certificate.valid_until, lang)),
    ]
    if certificate.issued_by_name:
        facts.append((t["by"], certificate.issued_by_name))
    y = 58 * mm
    for label, value in facts:
        canvas.setFont("Helvetica", 11)
        canvas.drawString(30 * mm, y, f"{label}:")
        canvas.setFont("Helvetica-Bold", 11)
        canvas.drawString(75 * mm, y, value)
        y -= 7 * mm

    qr_size = 38 * mm
    _qr(canvas, certificate.verify_url, width - 30 * mm - qr_size, 30 * mm, qr_size)
    canvas.setFont("Helvetica", 8.5)
    canvas.drawRightString(width - 30 * mm, 25 * mm, t["verify"])
    canvas.drawRightString(width - 30 * mm, 20 * mm, certificate.verify_url)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
