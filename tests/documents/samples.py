"""Sample documents built in code (no binary fixtures): DOCX with python-docx, ODT with odfpy, PDF
with reportlab and pypdf, and zip archives of every kind of wrong."""

from __future__ import annotations

import io
import zipfile
from typing import Any

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from odf import office, table, text
from odf.opendocument import OpenDocumentText
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate

EMOJI = "\U0001f642"  # outside the BMP: one code point, two UTF-16 units


def docx_sample() -> bytes:
    """Body: p:0 heading, p:1 paragraph with a soft break, p:2 bulleted, p:3 numbered, p:4 empty,
    table t:0 (2 × 2, cell r1 c1 has two paragraphs), p:5 style "Rubrik 1", p:6 outline level,
    p:7 in a content control, p:8 tracked changes and a hyperlink, table t:1 with a nested table."""
    document = Document()
    document.add_heading("Jämställdhetspolicy för Åkeriet", level=1)  # p:0
    paragraph = document.add_paragraph(f"Vi söker en driven medarbetare {EMOJI} till vårt team.")
    paragraph.add_run().add_break()
    paragraph.add_run("Andra raden\tmed tabb.")  # p:1
    document.add_paragraph("Första punkten", style="List Bullet")  # p:2
    numbered = document.add_paragraph("Numrerad punkt")  # p:3
    numbered._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')
    )
    document.add_paragraph("   ")  # p:4, whitespace only: dropped, still counted
    grid = document.add_table(rows=2, cols=2)  # t:0
    grid.cell(0, 0).text = "Namn"
    grid.cell(0, 1).text = "Roll"
    grid.cell(1, 0).text = "Anna Öberg"
    grid.cell(1, 1).text = "Chef"
    grid.cell(1, 1).add_paragraph("Ansvarar för rekrytering")
    document.styles.add_style("Rubrik 1", WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph("Svensk rubrik", style="Rubrik 1")  # p:5
    outlined = document.add_paragraph("Rubrik genom dispositionsnivå")  # p:6
    outlined._p.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="1"/>'))
    body = document.element.body
    control = parse_xml(
        f"<w:sdt {nsdecls('w')}><w:sdtPr/><w:sdtContent>"
        "<w:p><w:r><w:t>Text i en innehållskontroll</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>"
    )
    body.insert(body.index(body.sectPr), control)  # p:7
    changed = parse_xml(
        f"<w:p {nsdecls('w', 'r')}>"
        "<w:r><w:t xml:space='preserve'>Hej </w:t></w:r>"
        "<w:del w:id='1' w:author='A'><w:r><w:delText>killar</w:delText></w:r></w:del>"
        "<w:ins w:id='2' w:author='A'><w:r><w:t>alla</w:t></w:r></w:ins>"
        "<w:r><w:t xml:space='preserve'>, läs </w:t></w:r>"
        "<w:hyperlink r:id='rId99'><w:r><w:t>mer här</w:t></w:r></w:hyperlink>"
        "</w:p>"
    )
    body.insert(body.index(body.sectPr), changed)  # p:8
    outer = document.add_table(rows=1, cols=1)  # t:1
    outer.cell(0, 0).text = "Yttre cell"
    inner = outer.cell(0, 0).add_table(rows=1, cols=2)
    inner.cell(0, 1).text = "Inre cell"
    return _saved(document)


def docx_with(*paragraphs: str) -> bytes:
    document = Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    return _saved(document)


def _saved(document: Any) -> bytes:
    # python-docx's Document class is not importable as a type (docx.document is private API).
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def odt_sample() -> bytes:
    """office:text: p:0 heading, p:1 paragraph (line break, spaces, tab, a note, an annotation),
    p:2 and p:3 list items (p:3 in a nested list), table t:0 2 × 2, p:4 in a section."""
    document = OpenDocumentText()
    body = document.text
    body.addElement(text.H(outlinelevel=1, text="Rubrik på svenska"))
    paragraph = text.P(text=f"Första raden {EMOJI}")
    paragraph.addElement(text.LineBreak())
    paragraph.addText("Andra")
    paragraph.addElement(text.S(c=3))
    paragraph.addText("raden")
    paragraph.addElement(text.Tab())
    paragraph.addText("slut")
    note = text.Note(noteclass="footnote")
    note.addElement(text.NoteCitation(text="1"))
    body_of_note = text.NoteBody()
    body_of_note.addElement(text.P(text="Fotnotstext"))
    note.addElement(body_of_note)
    paragraph.addElement(note)
    annotation = office.Annotation()
    annotation.addElement(text.P(text="En kommentar"))
    paragraph.addElement(annotation)
    body.addElement(paragraph)
    items = text.List()
    item = text.ListItem()
    item.addElement(text.P(text="Punkt ett"))
    nested = text.List()
    nested_item = text.ListItem()
    nested_item.addElement(text.P(text="Underpunkt"))
    nested.addElement(nested_item)
    item.addElement(nested)
    items.addElement(item)
    body.addElement(items)
    grid = table.Table(name="Tabell1")
    grid.addElement(table.TableColumn(numbercolumnsrepeated=2))
    for row_texts in (("Namn", "Roll"), ("Åsa", "Chef")):
        row = table.TableRow()
        for cell_text in row_texts:
            cell = table.TableCell()
            cell.addElement(text.P(text=cell_text))
            row.addElement(cell)
        grid.addElement(row)
    body.addElement(grid)
    section = text.Section(name="Avsnitt1")
    section.addElement(text.P(text="Text i ett avsnitt"))
    body.addElement(section)
    buffer = io.BytesIO()
    document.write(buffer)
    return buffer.getvalue()


def pdf_sample(pages: int = 2, paragraphs: int = 3, *, compress: bool = True) -> bytes:
    """Each page: a heading "Sida N" and `paragraphs` paragraphs of two lines (reportlab's
    built-in fonts have Swedish letters, not emoji)."""
    styles = getSampleStyleSheet()
    buffer = io.BytesIO()
    template = SimpleDocTemplate(buffer, pagesize=A4, pageCompression=1 if compress else 0)
    story: list[Flowable] = []
    for page in range(1, pages + 1):
        story.append(Paragraph(f"Sida {page}", styles["Heading2"]))
        for number in range(1, paragraphs + 1):
            sentence = f"Stycke {number} på sida {page}: vi välkomnar alla sökande. "
            story.append(Paragraph(sentence * 3, styles["BodyText"]))
        if page < pages:
            story.append(PageBreak())
    template.build(story)
    return buffer.getvalue()


def image_only_pdf() -> bytes:
    """A page with shapes and no text, as a scan would look to a text extractor."""
    buffer = io.BytesIO()
    drawing = canvas.Canvas(buffer, pagesize=A4)
    drawing.rect(50, 500, 300, 200, fill=1)
    drawing.circle(300, 300, 80, fill=0)
    drawing.showPage()
    drawing.rect(100, 100, 50, 50)
    drawing.showPage()
    drawing.save()
    return buffer.getvalue()


def encrypted_pdf(user_password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_sample(pages=1))))
    writer.encrypt(user_password=user_password, owner_password="ägare", algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def zipped(entries: dict[str, bytes], *, stored: bool = False) -> bytes:
    buffer = io.BytesIO()
    method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def repacked_stored(data: bytes) -> bytes:
    """The same archive without compression, so that damage lands in the XML itself."""
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as target,
    ):
        for entry in source.infolist():
            target.writestr(entry.filename, source.read(entry), zipfile.ZIP_STORED)
    return buffer.getvalue()


def docx_bomb(inflated_bytes: int) -> bytes:
    """A DOCX whose word/document.xml unpacks to `inflated_bytes` of spaces, written in chunks so
    that neither the test nor the archive ever holds them in memory."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as entry:
            chunk = b" " * (1024 * 1024)
            for _ in range(inflated_bytes // len(chunk)):
                entry.write(chunk)
    return buffer.getvalue()


def with_encrypted_entry(data: bytes, name: str) -> bytes:
    """The archive with `name` flagged as encrypted in the central directory (zipfile cannot
    write encrypted entries, and the flag is all that matters before anything is read)."""
    patched = bytearray(data)
    at = patched.find(b"PK\x01\x02")
    while at != -1:
        name_length = int.from_bytes(patched[at + 28 : at + 30], "little")
        if patched[at + 46 : at + 46 + name_length] == name.encode():
            patched[at + 8] |= 0x1
        at = patched.find(b"PK\x01\x02", at + 4)
    return bytes(patched)
