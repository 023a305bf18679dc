"""Documents' types from their bytes, and their text in blocks with offsets, kinds and anchors."""

from __future__ import annotations

import io
import logging
import random
import re
import zipfile
from collections.abc import Iterator

import pytest
from docx import Document

from backend.core.errors import AppError
from backend.documents.errors import (
    DocumentArchiveRefused,
    DocumentEmpty,
    DocumentTooLarge,
    DocumentUnreadable,
    PdfEncrypted,
    PdfHasNoText,
    UnsupportedDocumentType,
)
from backend.documents.extraction import (
    ExtractedDocument,
    docx_paragraph_text,
    docx_paragraphs,
    extract,
)
from backend.documents.filetypes import MAX_FILE_BYTES, sniff
from tests.documents import samples
from tests.documents.samples import EMOJI

MODULE_ERRORS = (
    UnsupportedDocumentType,
    DocumentTooLarge,
    DocumentArchiveRefused,
    DocumentUnreadable,
    PdfEncrypted,
    PdfHasNoText,
    DocumentEmpty,
)
_NOT_IN_BLOCKS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


@pytest.fixture(autouse=True)
def _quiet_pypdf() -> Iterator[None]:
    # pypdf logs every oddity of a damaged file it recovers from.
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    yield
    logger.setLevel(level)


def assert_consistent(document: ExtractedDocument) -> None:
    """The promises every extracted document keeps."""
    assert document.blocks
    assert document.text == "\n\n".join(block.text for block in document.blocks)
    for block in document.blocks:
        assert document.text[block.start : block.end] == block.text
        assert block.text == block.text.strip()
        assert "\n\n" not in block.text
        assert not _NOT_IN_BLOCKS.search(block.text)
    anchors = [block.anchor for block in document.blocks]
    assert len(anchors) == len(set(anchors))


def summary(document: ExtractedDocument) -> list[tuple[str, str, str]]:
    return [(block.kind, block.anchor, block.text) for block in document.blocks]


def zip_member_replaced(data: bytes, name: str, content: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        entries = {entry.filename: archive.read(entry) for entry in archive.infolist()}
    entries[name] = content
    return samples.zipped(entries)


class TestErrorCodes:
    @pytest.mark.parametrize(
        ("error", "status", "code"),
        [
            (UnsupportedDocumentType, 415, "unsupported_document_type"),
            (DocumentTooLarge, 413, "document_too_large"),
            (DocumentArchiveRefused, 400, "document_archive_refused"),
            (DocumentUnreadable, 400, "document_unreadable"),
            (PdfEncrypted, 400, "pdf_encrypted"),
            (PdfHasNoText, 400, "pdf_has_no_text"),
            (DocumentEmpty, 400, "document_empty"),
        ],
    )
    def test_each_error_has_its_status_code_and_message(self, error, status, code):
        assert issubclass(error, AppError)
        assert (error.status_code, error.code) == (status, code)
        assert error().detail == error.message


class TestSniff:
    def test_docx(self):
        assert sniff(samples.docx_sample()) == "docx"

    def test_odt(self):
        assert sniff(samples.odt_sample()) == "odt"

    def test_pdf(self):
        assert sniff(samples.pdf_sample(pages=1)) == "pdf"

    def test_html_with_a_doctype_after_a_bom_and_a_comment(self):
        data = "\ufeff\n<!-- sparad -->\n<!DOCTYPE html><html><body>Hej</body></html>".encode()
        assert sniff(data) == "html"

    def test_html_fragment_with_paragraph_tags(self):
        assert sniff(b"<h1>Rubrik</h1>\n<p>Text</p>") == "html"

    def test_markdown_is_text(self):
        assert sniff("# Rubrik\n\n- punkt\n\nText: 3 < 5 för små tal.".encode()) == "text"

    def test_spreadsheet_archive_is_unsupported(self):
        xlsx = samples.zipped({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<w/>"})
        with pytest.raises(UnsupportedDocumentType):
            sniff(xlsx)

    def test_opendocument_spreadsheet_is_unsupported(self):
        ods = samples.zipped(
            {"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b"<x/>"},
            stored=True,
        )
        with pytest.raises(UnsupportedDocumentType):
            sniff(ods)

    def test_plain_zip_is_unsupported(self):
        with pytest.raises(UnsupportedDocumentType):
            sniff(samples.zipped({"policy.txt": b"Hej"}))

    def test_macro_enabled_word_document_is_unsupported(self):
        docm = zip_member_replaced(samples.docx_sample(), "word/vbaProject.bin", b"\x00" * 10)
        with pytest.raises(UnsupportedDocumentType):
            sniff(docm)

    def test_binary_data_is_unsupported(self):
        data = random.Random(7).randbytes(4096)
        with pytest.raises(UnsupportedDocumentType):
            sniff(data)

    def test_image_is_unsupported(self):
        with pytest.raises(UnsupportedDocumentType):
            sniff(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01")

    def test_rtf_is_unsupported(self):
        with pytest.raises(UnsupportedDocumentType):
            sniff(b"{\\rtf1\\ansi Hej}")

    def test_xml_that_is_not_html_is_unsupported(self):
        with pytest.raises(UnsupportedDocumentType):
            sniff(b'<?xml version="1.0"?><office:document><text:p>Hej</text:p></office:document>')

    def test_truncated_archive_is_unreadable(self):
        data = samples.docx_sample()
        with pytest.raises(DocumentUnreadable):
            sniff(data[: len(data) // 2])

    def test_too_large(self):
        with pytest.raises(DocumentTooLarge):
            sniff(b"a" * (MAX_FILE_BYTES + 1))

    def test_extract_checks_the_size_too(self):
        with pytest.raises(DocumentTooLarge):
            extract(b"%PDF-" + b" " * MAX_FILE_BYTES)


class TestArchiveChecks:
    def test_zip_bomb_over_the_total_uncompressed_size(self):
        bomb = samples.docx_bomb(256 * 1024 * 1024)
        assert len(bomb) < 1024 * 1024
        with pytest.raises(DocumentArchiveRefused):
            extract(bomb)

    def test_entry_with_a_compression_ratio_over_100(self):
        bomb = samples.docx_bomb(5 * 1024 * 1024)
        with pytest.raises(DocumentArchiveRefused):
            extract(bomb)

    def test_highly_compressible_small_entry_is_fine(self):
        # A megabyte or less may compress as well as it likes.
        spaces = b" " * (1024 * 1024)
        data = zip_member_replaced(samples.docx_sample(), "word/media/blank.bin", spaces)
        assert extract(data).format == "docx"

    def test_too_many_entries(self):
        entries = {f"word/media/{number}.xml": b"" for number in range(10_001)}
        entries.update({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<d/>"})
        with pytest.raises(DocumentArchiveRefused):
            extract(samples.zipped(entries, stored=True))

    def test_encrypted_entry(self):
        data = samples.with_encrypted_entry(samples.docx_sample(), "word/document.xml")
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            assert archive.getinfo("word/document.xml").flag_bits & 0x1
        with pytest.raises(DocumentArchiveRefused):
            extract(data)

    @pytest.mark.parametrize(
        "name", ["../../etc/passwd", "/etc/passwd", "word/../../x.xml", "C:/x", "..\\x"]
    )
    def test_entry_outside_the_archive(self, name):
        data = zip_member_replaced(samples.docx_sample(), name, b"x")
        with pytest.raises(DocumentArchiveRefused):
            extract(data)


class TestDocx:
    def test_blocks_kinds_and_anchors(self):
        document = extract(samples.docx_sample())
        assert document.format == "docx"
        assert summary(document) == [
            ("heading", "p:0", "Jämställdhetspolicy för Åkeriet"),
            (
                "paragraph",
                "p:1",
                f"Vi söker en driven medarbetare {EMOJI} till vårt team.\nAndra raden\tmed tabb.",
            ),
            ("list_item", "p:2", "Första punkten"),
            ("list_item", "p:3", "Numrerad punkt"),
            ("table_cell", "t:0:r:0:c:0:p:0", "Namn"),
            ("table_cell", "t:0:r:0:c:1:p:0", "Roll"),
            ("table_cell", "t:0:r:1:c:0:p:0", "Anna Öberg"),
            ("table_cell", "t:0:r:1:c:1:p:0", "Chef"),
            ("table_cell", "t:0:r:1:c:1:p:1", "Ansvarar för rekrytering"),
            ("heading", "p:5", "Svensk rubrik"),
            ("heading", "p:6", "Rubrik genom dispositionsnivå"),
            ("paragraph", "p:7", "Text i en innehållskontroll"),
            ("paragraph", "p:8", "Hej alla, läs mer här"),
            ("table_cell", "t:1:r:0:c:0:p:0", "Yttre cell"),
            ("table_cell", "t:1:r:0:c:0:t:0:r:0:c:1:p:0", "Inre cell"),
        ]
        assert all(block.page is None for block in document.blocks)
        assert_consistent(document)

    def test_offsets_count_code_points(self):
        document = extract(samples.docx_sample())
        heading, paragraph, after = document.blocks[:3]
        assert (heading.start, heading.end) == (0, len("Jämställdhetspolicy för Åkeriet"))
        assert paragraph.start == heading.end + 2
        assert document.text.index(EMOJI) == paragraph.start + paragraph.text.index(EMOJI)
        # The emoji is one code point (two UTF-16 units): offsets are Python string offsets.
        assert paragraph.end - paragraph.start == len(paragraph.text)
        assert len(paragraph.text.encode("utf-16-le")) // 2 == len(paragraph.text) + 1
        assert after.start == paragraph.end + 2

    def test_anchor_leads_the_writer_back_to_the_paragraph(self):
        data = samples.docx_sample()
        document = extract(data)
        body = Document(io.BytesIO(data)).element.body
        paragraphs = {anchor: p for anchor, p, _in_table in docx_paragraphs(body)}
        for block in document.blocks:
            assert docx_paragraph_text(paragraphs[block.anchor]).strip() == block.text

    def test_heading_style_named_in_swedish_word(self):
        # Swedish Word keeps the built-in name ("heading 1") and gives the id "Rubrik1".
        document = Document()
        paragraph = document.add_paragraph("Om oss", style="Heading 1")
        style = document.styles["Heading 1"].element
        style.set(style.tag.replace("style", "styleId"), "Rubrik1")
        properties = paragraph._p.pPr
        assert properties is not None and properties.pStyle is not None
        properties.pStyle.val = "Rubrik1"
        buffer = io.BytesIO()
        document.save(buffer)
        assert summary(extract(buffer.getvalue())) == [("heading", "p:0", "Om oss")]

    def test_list_paragraph_style(self):
        document = Document()
        document.add_paragraph("Punkt", style="List Paragraph")
        buffer = io.BytesIO()
        document.save(buffer)
        assert summary(extract(buffer.getvalue())) == [("list_item", "p:0", "Punkt")]

    def test_empty_document(self):
        with pytest.raises(DocumentEmpty):
            extract(samples.docx_with("", "  ", "\t"))

    def test_archive_without_valid_xml(self):
        data = zip_member_replaced(samples.docx_sample(), "word/document.xml", b"<w:document><w:bo")
        with pytest.raises(DocumentUnreadable):
            extract(data)

    def test_archive_without_the_document_part_it_names(self):
        data = samples.zipped({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<d/>"})
        with pytest.raises(DocumentUnreadable):
            extract(data)

    def test_truncated(self):
        data = samples.docx_sample()
        with pytest.raises(DocumentUnreadable):
            extract(data[:-200])


class TestOdt:
    def test_blocks_kinds_and_anchors(self):
        document = extract(samples.odt_sample())
        assert document.format == "odt"
        assert summary(document) == [
            ("heading", "p:0", "Rubrik på svenska"),
            ("paragraph", "p:1", f"Första raden {EMOJI}\nAndra   raden\tslut"),
            ("list_item", "p:2", "Punkt ett"),
            ("list_item", "p:3", "Underpunkt"),
            ("table_cell", "t:0:r:0:c:0:p:0", "Namn"),
            ("table_cell", "t:0:r:0:c:1:p:0", "Roll"),
            ("table_cell", "t:0:r:1:c:0:p:0", "Åsa"),
            ("table_cell", "t:0:r:1:c:1:p:0", "Chef"),
            ("paragraph", "p:4", "Text i ett avsnitt"),
        ]
        assert_consistent(document)

    def test_notes_and_comments_are_not_text(self):
        text = extract(samples.odt_sample()).text
        assert "Fotnotstext" not in text
        assert "En kommentar" not in text

    def test_content_that_is_not_well_formed_xml(self, capsys):
        data = samples.odt_sample()
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            content = archive.read("content.xml")
        entries = {"mimetype": b"application/vnd.oasis.opendocument.text"}
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries |= {e.filename: archive.read(e) for e in archive.infolist()}
        entries["content.xml"] = content[: len(content) // 2]
        with pytest.raises(DocumentUnreadable):
            extract(samples.zipped(entries, stored=True))
        assert capsys.readouterr().out == ""  # odfpy would print the document's text

    def test_without_content(self):
        data = samples.zipped(
            {"mimetype": b"application/vnd.oasis.opendocument.text", "styles.xml": b"<s/>"},
            stored=True,
        )
        with pytest.raises(DocumentUnreadable):
            extract(data)


class TestPdf:
    def test_paragraphs_and_pages(self):
        document = extract(samples.pdf_sample(pages=2, paragraphs=2))
        assert document.format == "pdf"
        kinds_and_anchors = [(b.kind, b.anchor, b.page) for b in document.blocks]
        assert kinds_and_anchors == [
            ("heading", "page:1:0", 1),
            ("paragraph", "page:1:1", 1),
            ("paragraph", "page:1:2", 1),
            ("heading", "page:2:0", 2),
            ("paragraph", "page:2:1", 2),
            ("paragraph", "page:2:2", 2),
        ]
        first = document.blocks[1].text
        assert first.startswith("Stycke 1 på sida 1: vi välkomnar alla sökande.")
        assert first.count("Stycke 1 på sida 1") == 3
        assert "\n" in first  # the paragraph's lines, kept as soft breaks
        assert_consistent(document)

    def test_three_hundred_pages(self):
        document = extract(samples.pdf_sample(pages=300, paragraphs=3))
        assert len(document.blocks) == 300 * 4
        assert [b.page for b in document.blocks] == [p for p in range(1, 301) for _ in range(4)]
        last = document.blocks[-1]
        assert (last.anchor, last.kind) == ("page:300:3", "paragraph")
        assert last.text.startswith("Stycke 3 på sida 300:")
        assert document.blocks[-4].text == "Sida 300"
        assert_consistent(document)

    def test_encrypted_with_a_user_password(self):
        with pytest.raises(PdfEncrypted):
            extract(samples.encrypted_pdf("hemligt"))

    def test_encrypted_with_an_empty_user_password_is_read(self):
        document = extract(samples.encrypted_pdf(""))
        assert document.blocks[0].text == "Sida 1"

    def test_image_only(self):
        with pytest.raises(PdfHasNoText):
            extract(samples.image_only_pdf())

    @pytest.mark.parametrize("keep", [0.25, 0.5, 0.9])
    def test_truncated(self, keep):
        data = samples.pdf_sample(pages=2)
        with pytest.raises(DocumentUnreadable):
            extract(data[: int(len(data) * keep)])

    def test_random_bytes_behind_a_pdf_header(self):
        data = b"%PDF-1.7\n" + random.Random(3).randbytes(5000)
        with pytest.raises(DocumentUnreadable):
            extract(data)


HTML_PAGE = f"""<!DOCTYPE html>
<html lang="sv"><head><title>Jobbannons</title>
<style>p {{ color: red; }}</style>
<script>var text = "<p>killar</p>";</script></head>
<body>
<h1>Vi söker  en
  säljare {EMOJI}</h1>
<p>Du är <b>driven</b> &amp; social.<br>Ny rad.</p>
<ul><li>Körkort<li>Svenska <ul><li>Tal</li></ul></ul>
<table><tr><th>Lön<td>Enligt avtal</table>
<div>Lös text<p>Inne</p>efter</div>
<noscript>Aktivera JavaScript</noscript>
</body></html>"""


class TestHtml:
    def test_blocks_kinds_and_anchors(self):
        document = extract(HTML_PAGE.encode())
        assert document.format == "html"
        assert summary(document) == [
            ("heading", "line:6:col:5", f"Vi söker en säljare {EMOJI}"),
            ("paragraph", "line:8:col:4", "Du är driven & social.\nNy rad."),
            ("list_item", "line:9:col:9", "Körkort"),
            ("list_item", "line:9:col:20", "Svenska"),
            ("list_item", "line:9:col:36", "Tal"),
            ("table_cell", "line:10:col:16", "Lön"),
            ("table_cell", "line:10:col:23", "Enligt avtal"),
            ("paragraph", "line:11:col:6", "Lös text"),
            ("paragraph", "line:11:col:17", "Inne"),
            ("paragraph", "line:11:col:25", "efter"),
        ]
        assert_consistent(document)

    def test_script_style_and_title_are_skipped(self):
        text = extract(HTML_PAGE.encode()).text
        for skipped in ("killar", "color", "Jobbannons", "JavaScript"):
            assert skipped not in text

    def test_only_script(self):
        with pytest.raises(DocumentEmpty):
            extract(b"<html><body><script>alert(1)</script></body></html>")


class TestText:
    def test_markdown_blocks(self):
        source = (
            "# Rubrik #\n"
            "Text rad ett\n"
            "rad två\n"
            "\n"
            "- punkt ett\n"
            "  fortsätter\n"
            "* punkt två\n"
            "1. numrerad\n"
            "\n"
            "Understruken\n"
            "===========\n"
            "\n"
            "---\n"
            "#hashtagg är ingen rubrik\n"
        )
        document = extract(source.encode())
        assert document.format == "text"
        assert summary(document) == [
            ("heading", "line:1", "Rubrik"),
            ("paragraph", "line:2", "Text rad ett\nrad två"),
            ("list_item", "line:5", "punkt ett\nfortsätter"),
            ("list_item", "line:7", "punkt två"),
            ("list_item", "line:8", "numrerad"),
            ("heading", "line:10", "Understruken"),
            ("paragraph", "line:14", "#hashtagg är ingen rubrik"),
        ]
        assert_consistent(document)

    def test_cp1252_with_windows_line_ends(self):
        source = "Hej Åsa – välkommen!\r\nAndra raden.\r\n\r\nNytt stycke för alla."
        document = extract(source.encode("cp1252"))
        assert summary(document) == [
            ("paragraph", "line:1", "Hej Åsa – välkommen!\nAndra raden."),
            ("paragraph", "line:4", "Nytt stycke för alla."),
        ]

    def test_utf8_with_bom(self):
        document = extract(f"\ufeffRubriken är här {EMOJI}\n\nText".encode())
        assert document.blocks[0].text == f"Rubriken är här {EMOJI}"
        assert document.blocks[1].start == len(f"Rubriken är här {EMOJI}") + 2

    def test_utf16_with_bom(self):
        document = extract(f"Hej Åsa {EMOJI}\n\nrad två".encode("utf-16"))
        assert [b.text for b in document.blocks] == [f"Hej Åsa {EMOJI}", "rad två"]

    def test_stray_control_characters_are_removed(self):
        # A few in a hundred characters are tolerated (an old editor's end-of-file mark).
        line = "Vi välkomnar sökande oavsett bakgrund, ålder och funktionsvariation."
        document = extract(f"{line}\x7f\n\n{line}\n\n{line}\x1a".encode())
        assert [b.text for b in document.blocks] == [line, line, line]
        assert_consistent(document)

    def test_binary_data_disguised_as_text(self):
        with pytest.raises(UnsupportedDocumentType):
            extract(("Hej\x01\x02\x03\x04" * 50).encode())

    def test_whitespace_only(self):
        with pytest.raises(DocumentEmpty):
            extract(b" \r\n\t\n  ")

    def test_empty_file(self):
        with pytest.raises(DocumentEmpty):
            extract(b"")


class TestMalformedInput:
    """Damaged files end in one of the module's errors, never in anything else."""

    def _mutations(self, rng: random.Random, data: bytes, count: int) -> list[bytes]:
        mutated = []
        for _ in range(count):
            copy = bytearray(data)
            how = rng.randrange(4)
            at = rng.randrange(len(copy))
            if how == 0:
                del copy[at:]
            elif how == 1:
                for _ in range(rng.randint(1, 12)):
                    copy[rng.randrange(len(copy))] = rng.randrange(256)
            elif how == 2:
                copy[at:at] = rng.choice([b"<w:p>", b"</w:tbl>", b"<text:p>", b"<<", b"obj", b"\0"])
            else:
                del copy[at : at + rng.randint(1, 300)]
            mutated.append(bytes(copy))
        return mutated

    def _damaged_member(self, rng: random.Random, data: bytes, name: str, count: int):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            content = archive.read(name)
        return [
            zip_member_replaced(data, name, damaged)
            for damaged in self._mutations(rng, content, count)
        ]

    def test_mutations_of_valid_documents(self, caplog):
        rng = random.Random(20261203)
        docx = samples.docx_sample()
        odt = samples.odt_sample()
        pdf = samples.pdf_sample(pages=1, compress=False)
        cases = [
            *self._mutations(rng, docx, 60),
            *self._mutations(rng, samples.repacked_stored(docx), 60),
            *self._damaged_member(rng, docx, "word/document.xml", 60),
            *self._mutations(rng, odt, 40),
            *self._damaged_member(rng, odt, "content.xml", 60),
            *self._mutations(rng, pdf, 120),
        ]
        outcomes = {"read": 0, "refused": 0}
        with caplog.at_level(logging.WARNING, logger="backend.documents.extraction"):
            for data in cases:
                try:
                    document = extract(data)
                except MODULE_ERRORS:
                    outcomes["refused"] += 1
                else:
                    assert_consistent(document)
                    outcomes["read"] += 1
        assert outcomes["read"] > 0
        assert outcomes["refused"] > 0
        # Every failure was caught where it happened, not by extract's last resort.
        assert not [r for r in caplog.records if r.name == "backend.documents.extraction"]
