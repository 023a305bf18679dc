"""A reviewed document as DOCX: Word comments that cover exactly the flagged text, in the original
DOCX (formatting kept) or in a DOCX rebuilt from the text of any other format."""

from __future__ import annotations

import io
import logging
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Flowable, SimpleDocTemplate
from reportlab.platypus import Paragraph as PdfParagraph

from backend.documents.docx_export import ReviewComment, reviewed_docx
from backend.documents.extraction import ExtractedDocument, extract
from tests.documents.samples import EMOJI, docx_sample


@pytest.fixture(autouse=True)
def _quiet_pypdf() -> Iterator[None]:
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    yield
    logger.setLevel(level)


# --- Reading the result back ------------------------------------------------------------------


@dataclass
class Anchored:
    """What a comment covers in the body: its text (paragraphs joined by a blank line, as the
    extraction joins blocks) and its runs."""

    text: str
    runs: list[Any]


def anchored(data: bytes) -> dict[int, Anchored]:
    """Each comment's range, read from the body's XML in document order: the text of the runs
    between its `w:commentRangeStart` and `w:commentRangeEnd`."""
    body = Document(io.BytesIO(data)).element.body
    ranges: dict[int, Anchored] = {}
    open_ids: set[int] = set()
    new_paragraph: set[int] = set()  # ranges that have gone into a new paragraph
    for element in body.iter():
        tag = element.tag
        if tag == qn("w:commentRangeStart"):
            comment_id = int(element.get(qn("w:id")))
            ranges[comment_id] = Anchored("", [])
            open_ids.add(comment_id)
        elif tag == qn("w:commentRangeEnd"):
            open_ids.discard(int(element.get(qn("w:id"))))
        elif tag == qn("w:p"):
            new_paragraph |= open_ids
        elif tag == qn("w:r") and element.getparent().tag != qn("w:del"):
            piece = "".join(
                (child.text or "")
                if child.tag == qn("w:t")
                else "\t"
                if child.tag == qn("w:tab")
                else "\n"
                if child.tag == qn("w:br")
                else ""
                for child in element
            )
            if not piece:
                continue
            for comment_id in open_ids:
                found = ranges[comment_id]
                if comment_id in new_paragraph and found.text:
                    found.text += "\n\n"  # paragraphs with no text make no block
                new_paragraph.discard(comment_id)
                found.text += piece
                found.runs.append(element)
    assert not open_ids, "every range is closed"
    return ranges


def comments_of(data: bytes) -> dict[int, tuple[str, str, str | None]]:
    document = Document(io.BytesIO(data))
    return {c.comment_id: (c.text, c.author, c.initials) for c in document.comments}


def references(data: bytes) -> set[int]:
    body = Document(io.BytesIO(data)).element.body
    return {int(e.get(qn("w:id"))) for e in body.iter(qn("w:commentReference"))}


def formatting(run: Any) -> tuple[bool | None, bool | None, float | None, str | None]:
    proxy = Run(run, None)  # type: ignore[arg-type]  # only its properties are read
    color = proxy.font.color.rgb if proxy.font.color.type is not None else None
    size = proxy.font.size.pt if proxy.font.size is not None else None
    return proxy.bold, proxy.italic, size, str(color) if color is not None else None


def style_name(paragraph: Paragraph) -> str | None:
    style = paragraph.style  # typed optional; a paragraph of a saved document always has one
    assert style is not None
    name: str | None = style.name  # python-docx leaves `name` unannotated
    return name


def only_comment(data: bytes) -> tuple[Anchored, tuple[str, str, str | None]]:
    ranges, comments = anchored(data), comments_of(data)
    assert len(ranges) == len(comments) == 1
    ((comment_id, found),) = ranges.items()
    return found, comments[comment_id]


def comment_on(extracted: ExtractedDocument, word: str, text: str = "Kommentar") -> ReviewComment:
    start = extracted.text.index(word)
    return ReviewComment(start, start + len(word), text, "Tränare Åsa", "TÅ")


def export(data: bytes, comments: list[ReviewComment]) -> tuple[ExtractedDocument, bytes]:
    extracted = extract(data)
    result = reviewed_docx(data, extracted.format, extracted.text, extracted.blocks, comments)
    return extracted, result


def saved(document: Any) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# --- A DOCX original ---------------------------------------------------------------------------


def png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), (120, 40, 90)).save(buffer, format="PNG")
    return buffer.getvalue()


def formatted_docx() -> bytes:
    """p:0 heading; p:1 runs: plain, bold, italic, bold 14 pt red, italic; a picture (p:2); a
    table whose cell r0 c1 has Swedish letters and an emoji before its flagged word; p:3."""
    document = Document()
    document.add_heading("Rekrytering på Åkeriet", level=1)
    paragraph = document.add_paragraph()
    paragraph.add_run("Vi söker ")
    paragraph.add_run(f"en driven {EMOJI} ").bold = True
    paragraph.add_run("medarbeta").italic = True
    special = paragraph.add_run("re som är en riktig karl och ")
    special.bold = True
    special.font.size = Pt(14)
    special.font.color.rgb = RGBColor(0xC0, 0x10, 0x20)
    paragraph.add_run("tar för sig.").italic = True
    document.add_picture(io.BytesIO(png()))
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Roll"
    cell_run = table.cell(0, 1).paragraphs[0].add_run(f"Åsa Sámi {EMOJI} ordförande")
    cell_run.bold = True
    table.cell(1, 0).text = "Ålder"
    table.cell(1, 1).text = "Ung och hungrig"
    document.add_paragraph("Vi välkomnar alla sökande.")
    return saved(document)


def test_a_word_in_the_middle_of_a_run_is_covered_exactly_and_keeps_its_formatting() -> None:
    data = formatted_docx()
    comment = comment_on(extract(data), "karl", "Ordet är könskodat.\nFörslag: person")
    _, result = export(data, [comment])

    found, (body, author, initials) = only_comment(result)
    assert found.text == "karl"
    assert (body, author, initials) == ("Ordet är könskodat.\nFörslag: person", "Tränare Åsa", "TÅ")
    assert [formatting(run) for run in found.runs] == [(True, None, 14.0, "C01020")]
    paragraph = Document(io.BytesIO(result)).paragraphs[1]
    assert [run.text for run in paragraph.runs if run.text] == [
        "Vi söker ",
        f"en driven {EMOJI} ",
        "medarbeta",
        "re som är en riktig ",
        "karl",
        " och ",
        "tar för sig.",
    ]
    split = [run for run in paragraph.runs if run.text in ("re som är en riktig ", "karl", " och ")]
    assert all(formatting(run._r) == (True, None, 14.0, "C01020") for run in split)


def test_a_word_over_two_differently_formatted_runs() -> None:
    data = formatted_docx()
    extracted = extract(data)
    _, result = export(data, [comment_on(extracted, "medarbetare")])

    found, _ = only_comment(result)
    assert found.text == "medarbetare"
    assert [formatting(run) for run in found.runs] == [
        (None, True, None, None),
        (True, None, 14.0, "C01020"),
    ]


def test_after_an_emoji_and_in_a_table_cell() -> None:
    data = formatted_docx()
    extracted = extract(data)
    comments = [comment_on(extracted, "ordförande", "Cell"), comment_on(extracted, "driven")]
    _, result = export(data, comments)

    ranges, texts = anchored(result), comments_of(result)
    assert sorted(found.text for found in ranges.values()) == ["driven", "ordförande"]
    by_text = {texts[i][0]: found for i, found in ranges.items()}
    assert [formatting(run) for run in by_text["Cell"].runs] == [(True, None, None, None)]
    cell = Document(io.BytesIO(result)).tables[0].cell(0, 1).paragraphs[0]
    assert [run.text for run in cell.runs if run.text] == [f"Åsa Sámi {EMOJI} ", "ordförande"]
    assert references(result) == set(ranges)


def test_a_passage_over_paragraphs_and_into_a_table_is_one_comment() -> None:
    data = formatted_docx()
    extracted = extract(data)
    start = extracted.text.index("riktig")
    end = extracted.text.index("Roll") + len("Roll")
    within = extracted.text.index("Ung")
    comments = [
        ReviewComment(start, end, "Över stycken", "T", "T"),
        ReviewComment(within, extracted.text.index("hungrig") + 7, "Två ord", "T", "T"),
    ]
    _, result = export(data, comments)

    ranges = anchored(result)
    assert sorted(found.text for found in ranges.values()) == sorted(
        [extracted.text[start:end], "Ung och hungrig"]
    )


def test_overlapping_and_nested_comments() -> None:
    data = formatted_docx()
    extracted = extract(data)
    sentence = extracted.text.index("en riktig karl")
    comments = [
        ReviewComment(sentence, sentence + len("en riktig karl"), "Hela", "A", "A"),
        comment_on(extracted, "riktig", "Mitten"),
        comment_on(extracted, "karl", "Slutet"),
        comment_on(extracted, "karl", "Samma ord igen"),
    ]
    _, result = export(data, comments)

    texts = comments_of(result)
    found = {texts[i][0]: ranges.text for i, ranges in anchored(result).items()}
    assert found == {
        "Hela": "en riktig karl",
        "Mitten": "riktig",
        "Slutet": "karl",
        "Samma ord igen": "karl",
    }


def test_the_rest_of_the_document_is_as_it_was() -> None:
    data = formatted_docx()
    extracted = extract(data)
    _, result = export(data, [comment_on(extracted, "karl"), comment_on(extracted, "hungrig")])

    again = extract(result)
    assert again.text == extracted.text
    assert [(b.kind, b.anchor) for b in again.blocks] == [
        (b.kind, b.anchor) for b in extracted.blocks
    ]
    before, after = Document(io.BytesIO(data)), Document(io.BytesIO(result))
    assert [style_name(p) for p in after.paragraphs] == [style_name(p) for p in before.paragraphs]
    assert len(after.inline_shapes) == len(before.inline_shapes) == 1
    assert len(after.tables) == 1
    assert [c.text for c in after.tables[0]._cells] == [c.text for c in before.tables[0]._cells]


def test_the_rich_sample_docx_hyperlinks_insertions_and_content_controls() -> None:
    data = docx_sample()
    extracted = extract(data)
    words = ["driven", "alla", "mer här", "innehållskontroll", "Inre", "tabb", "Andra raden"]
    _, result = export(data, [comment_on(extracted, word, word) for word in words])

    texts = comments_of(result)
    assert {texts[i][0]: found.text for i, found in anchored(result).items()} == {
        word: word for word in words
    }
    assert extract(result).text == extracted.text


@pytest.mark.parametrize("sample", [formatted_docx, docx_sample])
def test_many_random_passages_at_once_each_cover_exactly_their_text(sample: Any) -> None:
    data = sample()
    extracted = extract(data)
    rng = random.Random(7)
    spans = []
    for _ in range(60):
        start = rng.randrange(len(extracted.text))
        spans.append((start, min(len(extracted.text), start + rng.randrange(1, 40))))
    comments = [ReviewComment(s, e, str(i), "A", "A") for i, (s, e) in enumerate(spans)]
    _, result = export(data, comments)

    def expected(start: int, end: int) -> str:
        parts = [
            extracted.text[max(start, b.start) : min(end, b.end)]
            for b in extracted.blocks
            if b.start < end and start < b.end
        ]
        return "\n\n".join(parts)

    texts = comments_of(result)
    # A whitespace-only paragraph inside a range makes no block: drop it from what is covered.
    found = {
        int(texts[i][0]): re.sub(r"\n\n\s+(?=\n\n)", "", f.text)
        for i, f in anchored(result).items()
    }
    assert set(found) == set(range(len(spans)))
    for i, (start, end) in enumerate(spans):
        covered = expected(start, end)
        assert found[i] == (covered or found[i]), (start, end)
        assert covered or len(found[i]) == 1  # only a blank line: one character next to it
    assert extract(result).text == extracted.text


def test_comments_already_in_the_document_stay() -> None:
    document = Document()
    paragraph = document.add_paragraph("Ett stycke med en gammal kommentar.")
    document.add_comment(paragraph.runs, text="Gammal", author="Någon", initials="N")
    data = saved(document)
    extracted = extract(data)
    _, result = export(data, [comment_on(extracted, "stycke", "Ny")])

    texts = comments_of(result)
    assert sorted(text for text, _author, _initials in texts.values()) == ["Gammal", "Ny"]
    found = {texts[i][0]: f.text for i, f in anchored(result).items()}
    assert found == {"Gammal": "Ett stycke med en gammal kommentar.", "Ny": "stycke"}


def test_empty_and_out_of_range_comments_still_show() -> None:
    data = formatted_docx()
    extracted = extract(data)
    caret = extracted.text.index("karl")
    gap = extracted.text.index("\n\n")
    comments = [
        ReviewComment(caret, caret, "Markör", "A", "A"),
        ReviewComment(gap, gap + 2, "Mellanrum", "A", "A"),
        ReviewComment(len(extracted.text) - 4, len(extracted.text) + 50, "Utanför", "A", "A"),
        ReviewComment(-10, 2, "Före", "A", "A"),
        ReviewComment(caret + 4, caret, "Baklänges", "A", "A"),
    ]
    _, result = export(data, comments)

    texts = comments_of(result)
    found = {texts[i][0]: f.text for i, f in anchored(result).items()}
    assert found == {
        "Markör": "k",
        "Mellanrum": "t",  # the character before the gap: the heading's last
        "Utanför": "nde.",
        "Före": "Re",
        "Baklänges": "karl",
    }


def test_text_xml_cannot_hold_is_replaced_not_fatal() -> None:
    data = formatted_docx()
    comment = ReviewComment(0, 3, "Fel\x00tecken\x1b", "Na\x07me", "\x01")
    _, result = export(data, [comment])
    _, (body, author, initials) = only_comment(result)
    assert body == "Fel\ufffdtecken\ufffd"
    assert author == "Na\ufffdme"
    assert initials == "\ufffd"

    source = "Ett tecken \uffff XML inte tar och ordet".encode()
    extracted = extract(source)
    assert "\uffff" in extracted.text
    _, result = export(source, [comment_on(extracted, "ordet")])
    found, _ = only_comment(result)
    assert found.text == "ordet"
    assert (
        Document(io.BytesIO(result)).paragraphs[0].text
        == "Ett tecken \ufffd XML inte tar och ordet"
    )


def test_blocks_that_do_not_match_the_file_rebuild_it_from_the_text() -> None:
    data = formatted_docx()
    other = extract(saved_with("Ett helt annat dokument", "med killar i"))
    result = reviewed_docx(data, "docx", other.text, other.blocks, [comment_on(other, "killar")])

    found, _ = only_comment(result)
    assert found.text == "killar"
    assert extract(result).text == other.text


def test_blocks_as_a_version_stores_them() -> None:
    data = formatted_docx()
    extracted = extract(data)
    stored = [
        {"kind": b.kind, "start": b.start, "end": b.end, "page": b.page, "anchor": b.anchor}
        for b in extracted.blocks
    ]
    result = reviewed_docx(data, "docx", extracted.text, stored, [comment_on(extracted, "karl")])
    found, _ = only_comment(result)
    assert found.text == "karl"
    assert len(Document(io.BytesIO(result)).inline_shapes) == 1  # the original, not a rebuild


def saved_with(*paragraphs: str) -> bytes:
    document = Document()
    for text in paragraphs:
        document.add_paragraph(text)
    return saved(document)


# --- Other formats: a DOCX rebuilt from the text ----------------------------------------------


MARKDOWN = f"""# Policy för Åkeriet

Vi söker en {EMOJI} driven kille
som vill jobba hårt.

- Punkt med handikappad i sig
- Andra punkten

Sista stycket.
"""


def test_markdown_becomes_styled_paragraphs_with_the_comments() -> None:
    data = MARKDOWN.encode()
    extracted = extract(data)
    assert extracted.format == "text"
    span_start = extracted.text.index("kille")
    comments = [
        comment_on(extracted, "kille", "Ett"),
        comment_on(extracted, "handikappad", "Två"),
        ReviewComment(span_start, extracted.text.index("hårt") + 4, "Radbrytning", "A", "A"),
        comment_on(extracted, "Sista stycket", "Tre"),
    ]
    _, result = export(data, comments)

    texts = comments_of(result)
    found = {texts[i][0]: f.text for i, f in anchored(result).items()}
    assert found == {
        "Ett": "kille",
        "Två": "handikappad",
        "Radbrytning": "kille\nsom vill jobba hårt",
        "Tre": "Sista stycket",
    }
    document = Document(io.BytesIO(result))
    assert [(style_name(p), p.text) for p in document.paragraphs] == [
        ("Heading 1", "Policy för Åkeriet"),
        ("Normal", f"Vi söker en {EMOJI} driven kille\nsom vill jobba hårt."),
        ("List Bullet", "Punkt med handikappad i sig"),
        ("List Bullet", "Andra punkten"),
        ("Normal", "Sista stycket."),
    ]
    assert extract(result).text == extracted.text
    assert {text: author for text, author, _initials in texts.values()} == {
        "Ett": "Tränare Åsa",
        "Två": "Tränare Åsa",
        "Radbrytning": "A",
        "Tre": "Tränare Åsa",
    }


def test_html_table_cells_become_paragraphs() -> None:
    html = (
        "<html><body><h1>Rubrik</h1><h2>Underrubrik</h2><p>Ett stycke.</p>"
        "<table><tr><td>Cell med ordet</td><td>Åldersgräns</td></tr></table></body></html>"
    )
    extracted = extract(html.encode())
    assert extracted.format == "html"
    _, result = export(html.encode(), [comment_on(extracted, "Åldersgräns")])

    found, _ = only_comment(result)
    assert found.text == "Åldersgräns"
    styles = [(style_name(p), p.text) for p in Document(io.BytesIO(result)).paragraphs]
    assert styles == [
        ("Heading 1", "Rubrik"),
        ("Heading 2", "Underrubrik"),
        ("Normal", "Ett stycke."),
        ("Normal", "Cell med ordet"),
        ("Normal", "Åldersgräns"),
    ]


def pdf_with(*paragraphs: str) -> bytes:
    styles = getSampleStyleSheet()
    buffer = io.BytesIO()
    story: list[Flowable] = [PdfParagraph("Jämställdhetsplan", styles["Heading1"])]
    story += [PdfParagraph(text, styles["BodyText"]) for text in paragraphs]
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def test_a_pdf_becomes_a_docx_of_its_text_with_the_comments() -> None:
    data = pdf_with(
        "Vi söker en ung och hungrig säljare till vårt kontor i Malmö.",
        "Alla anställda ska känna sig välkomna, oavsett ålder.",
    )
    extracted = extract(data)
    assert extracted.format == "pdf"
    start = extracted.text.index("hungrig")
    end = extracted.text.index("ålder") + len("ålder")
    comments = [
        comment_on(extracted, "ung och hungrig", "Ålderskodat"),
        ReviewComment(start, end, "Över stycken", "A", "A"),
    ]
    _, result = export(data, comments)

    texts = comments_of(result)
    found = {texts[i][0]: f.text for i, f in anchored(result).items()}
    assert found == {"Ålderskodat": "ung och hungrig", "Över stycken": extracted.text[start:end]}
    assert style_name(Document(io.BytesIO(result)).paragraphs[0]) == "Heading 1"
    assert extract(result).text == extracted.text


def test_an_odt_is_rebuilt_too() -> None:
    from tests.documents.samples import odt_sample

    data = odt_sample()
    extracted = extract(data)
    _, result = export(data, [comment_on(extracted, "Underpunkt"), comment_on(extracted, "Åsa")])
    assert sorted(f.text for f in anchored(result).values()) == ["Underpunkt", "Åsa"]
    assert extract(result).text == extracted.text


def test_runs_of_the_new_paragraphs_keep_soft_breaks_and_tabs() -> None:
    data = b"Rad ett\tmed tabb\nrad tv\xc3\xa5 med ordet\n"
    extracted = extract(data)
    _, result = export(data, [comment_on(extracted, "tabb\nrad")])
    found, _ = only_comment(result)
    assert found.text == "tabb\nrad"
    assert isinstance(Document(io.BytesIO(result)).paragraphs[0], Paragraph)
