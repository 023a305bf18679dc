"""A document's text, in blocks that remember where in the file they came from.

`extract(data)` sniffs the bytes (`filetypes.sniff`) and returns an `ExtractedDocument`: its `text`
is the blocks' texts joined with a blank line ("\\n\\n"), and each block's `start`/`end` are code
point offsets into it (`text[block.start:block.end] == block.text`). A block's text has no
control character but line feed and tab, no surrogate, no leading or trailing whitespace and no
blank line (a soft line break in the source is a single "\\n"); blocks with no text are dropped.

Kinds: `heading`, `list_item`, `table_cell` (every block inside a table cell, whatever its style),
otherwise `paragraph`.

Anchors, where a block sits in its source (indexes from 0 unless said otherwise):

- DOCX: the body's paragraphs and tables in document order, content controls (`w:sdt`) and custom
  XML opened as if their content stood in their place. `p:N` is the body's N-th paragraph (every
  `w:p` counts, empty ones too, so N is stable); `t:T:r:R:c:C:p:P` is paragraph P of cell C (the
  C-th `w:tc` of its row, so a merged cell counts once) of row R of the body's T-th table, and a
  table inside a cell continues the path (`t:0:r:1:c:0:t:0:r:0:c:2:p:0`). `docx_paragraphs` is
  that walk, for the writer that anchors comments: it finds a block's paragraph by its anchor.
  A paragraph's text is its runs' text (`docx_paragraph_text`): `w:t`, tabs, breaks as "\\n";
  deleted text, text boxes and field codes are not text. The block's text is that with characters
  only removed (control characters, whitespace at the ends and around line breaks), so offsets
  into the block map onto the runs by aligning the two. Headers, footers, footnotes and comments
  are not read.
  Heading: the paragraph style's (or a style it is based on) name or id starts with
  "Heading"/"Rubrik" or is "Title"/"Titel", or an outline level 0-8 on the paragraph or its style.
  List item: numbering (`w:numPr` with a numId other than 0) on the paragraph or its style, or a
  style whose name or id starts with "List" ("List Paragraph", "Liststycke", "List Bullet").
- ODT: the same walk and scheme over `office:text`: `text:p` and `text:h` count as paragraphs
  (`p:N`), lists and sections are opened in place, `t:T:r:R:c:C:p:P` for tables (header rows and
  row groups opened, covered cells counted). `text:h` is a heading, a paragraph in a list a list
  item. Notes, annotations, frames and tables of contents are not text.
- PDF: `page:N:I`, the I-th paragraph of page N (pages from 1; `page` holds N too). pypdf gives
  the text with each chunk's position; lines are one paragraph while the step down to the next
  line is at most about a line's height (1.45 × the font size, or 1.15 × the page's most common
  line step when that is larger) and the font size stays the same. A paragraph of at most three
  lines in a font at least 1.2 × the page's most used size is a heading. An encrypted PDF is read
  when the empty password opens it, otherwise refused.
- HTML: `line:L:col:C`, where the block's text starts in the source (from 1). Headings are
  h1-h6, list items li, table cells td/th; p, div and the other block elements make paragraphs,
  br a line break; script, style, template, noscript, title, svg, math and iframe are skipped.
- Text: `line:L`, the block's first line (from 1; lines end at LF, CR LF, CR, vertical tab, form
  feed, NEL and the Unicode line and paragraph separators). Blank lines
  separate paragraphs; Markdown's `#` and underlined headings are headings (without their marks),
  lines starting with `-`, `*`, `+`, `•` or `1.`/`1)` are list items (without their marks), and
  thematic breaks (`---`) are dropped.

No input makes `extract` raise anything but the errors of `backend.documents.errors`.
"""

from __future__ import annotations

import io
import itertools
import logging
import math
import re
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any, Literal
from xml.parsers import expat
from xml.sax import SAXException

import docx
import pypdf
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree
from odf import opendocument
from odf.element import Node
from odf.namespaces import DR3DNS, DRAWNS, FORMNS, OFFICENS, SVGNS, TABLENS, TEXTNS
from pypdf import PasswordType
from pypdf.errors import DependencyError, PyPdfError

from backend.core.errors import AppError
from backend.documents.errors import (
    DocumentEmpty,
    DocumentUnreadable,
    PdfEncrypted,
    PdfHasNoText,
)
from backend.documents.filetypes import DocumentFormat, decode_text, sniff

log = logging.getLogger(__name__)

BlockKind = Literal["heading", "paragraph", "list_item", "table_cell"]


@dataclass(frozen=True, slots=True)
class Block:
    kind: BlockKind
    text: str
    start: int
    end: int
    page: int | None
    anchor: str


@dataclass(frozen=True, slots=True)
class ExtractedDocument:
    format: DocumentFormat
    text: str
    blocks: tuple[Block, ...]


@dataclass(slots=True)
class _Raw:
    """A block before its text is cleaned and placed."""

    kind: BlockKind
    text: str
    anchor: str
    page: int | None = None


def extract(data: bytes) -> ExtractedDocument:
    """The document's text in blocks. Raises only the errors of `backend.documents.errors`."""
    try:
        document_format = sniff(data)
        raws = _EXTRACTORS[document_format](data)
        return _assemble(document_format, raws)
    except AppError:
        raise
    except Exception as exc:  # a library's failure not caught where it happens: still a 400
        log.warning("unexpected failure reading a document", exc_info=exc)
        raise DocumentUnreadable() from exc


# --- Blocks, text and offsets -----------------------------------------------------------------

_LINE_BREAKS = re.compile(r"\r\n?|[\v\f\x85\u2028\u2029]")
_UNWANTED = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_AROUND_BREAK = re.compile(r"[ \t]*\n\s*")


def _clean(text: str) -> str:
    text = _LINE_BREAKS.sub("\n", text)
    text = _UNWANTED.sub("", text)
    return _AROUND_BREAK.sub("\n", text).strip()


def _assemble(document_format: DocumentFormat, raws: list[_Raw]) -> ExtractedDocument:
    blocks: list[Block] = []
    texts: list[str] = []
    offset = 0
    for raw in raws:
        text = _clean(raw.text)
        if not text:
            continue
        if blocks:
            offset += 2  # the "\n\n" between blocks
        blocks.append(Block(raw.kind, text, offset, offset + len(text), raw.page, raw.anchor))
        texts.append(text)
        offset += len(text)
    if not blocks:
        raise PdfHasNoText() if document_format == "pdf" else DocumentEmpty()
    return ExtractedDocument(document_format, "\n\n".join(texts), tuple(blocks))


# --- DOCX -------------------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_ALTERNATE = "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"
W_P, W_TBL, W_TR, W_TC = f"{_W}p", f"{_W}tbl", f"{_W}tr", f"{_W}tc"
_W_SDT, _W_SDT_CONTENT, _W_CUSTOM_XML = f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"
_W_R, _W_T = f"{_W}r", f"{_W}t"
_RUN_CHARACTERS = {
    f"{_W}tab": "\t",
    f"{_W}ptab": "\t",
    f"{_W}br": "\n",
    f"{_W}cr": "\n",
    f"{_W}noBreakHyphen": "-",
}
# Inside a paragraph: its properties, deleted or moved-away text, and alternatives (drawings).
_W_NOT_TEXT = frozenset({f"{_W}pPr", f"{_W}del", f"{_W}moveFrom", _MC_ALTERNATE})
_W_PPR, _W_PSTYLE, _W_VAL = f"{_W}pPr", f"{_W}pStyle", f"{_W}val"
_W_OUTLINE, _W_NUMPR, _W_NUMID = f"{_W}outlineLvl", f"{_W}numPr", f"{_W}numId"
_W_STYLE, _W_STYLE_ID, _W_TYPE, _W_NAME = f"{_W}style", f"{_W}styleId", f"{_W}type", f"{_W}name"
_W_BASED_ON, _W_DEFAULT = f"{_W}basedOn", f"{_W}default"

_HEADING_STYLE = re.compile(r"(?:heading|rubrik)|(?:title|titel)$", re.IGNORECASE)
_LIST_STYLE = re.compile(r"list", re.IGNORECASE)
_MAX_STYLE_DEPTH = 20

_DOCX_ERRORS = (
    PackageNotFoundError,
    etree.LxmlError,
    LookupError,  # KeyError too
    ValueError,
    TypeError,
    AttributeError,
    IndexError,
    NotImplementedError,
    RuntimeError,
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    OSError,
)


def _docx_blocks(data: bytes) -> list[_Raw]:
    try:
        document = docx.Document(io.BytesIO(data))
        body = document.element.body
        styles = _DocxStyles(document.styles.element)
    except _DOCX_ERRORS as exc:
        raise DocumentUnreadable() from exc
    if body is None:
        raise DocumentUnreadable()
    raws: list[_Raw] = []
    for anchor, paragraph, in_table in docx_paragraphs(body):
        kind: BlockKind = "table_cell" if in_table else styles.kind(paragraph)
        raws.append(_Raw(kind, docx_paragraph_text(paragraph), anchor))
    return raws


def docx_paragraphs(body: Any) -> Iterator[tuple[str, Any, bool]]:
    """Every paragraph of a DOCX body (`w:body`, an lxml element) in document order, with its
    anchor and whether it is inside a table."""
    yield from _docx_container(body, "", in_table=False)


def _docx_container(
    container: Any, prefix: str, *, in_table: bool
) -> Iterator[tuple[str, Any, bool]]:
    paragraphs = tables = 0
    for child in _docx_children(container):
        if child.tag == W_P:
            yield f"{prefix}p:{paragraphs}", child, in_table
            paragraphs += 1
        elif child.tag == W_TBL:
            yield from _docx_table(child, f"{prefix}t:{tables}:")
            tables += 1


def _docx_table(table: Any, prefix: str) -> Iterator[tuple[str, Any, bool]]:
    rows = (child for child in _docx_children(table) if child.tag == W_TR)
    for r, row in enumerate(rows):
        cells = (child for child in _docx_children(row) if child.tag == W_TC)
        for c, cell in enumerate(cells):
            yield from _docx_container(cell, f"{prefix}r:{r}:c:{c}:", in_table=True)


def _docx_children(element: Any) -> Iterator[Any]:
    """The element's children, with content controls and custom XML opened in place."""
    for child in element:
        if child.tag == _W_SDT:
            content = child.find(_W_SDT_CONTENT)
            if content is not None:
                yield from _docx_children(content)
        elif child.tag == _W_CUSTOM_XML:
            yield from _docx_children(child)
        else:
            yield child


def docx_paragraph_text(paragraph: Any) -> str:
    """A DOCX paragraph's (`w:p`) text as its runs show it, before cleaning."""
    parts: list[str] = []
    _docx_inline(paragraph, parts)
    return "".join(parts)


def _docx_inline(element: Any, parts: list[str]) -> None:
    for child in element:
        tag = child.tag
        if tag == _W_R:
            for item in child:
                if item.tag == _W_T:
                    parts.append(item.text or "")
                elif isinstance(item.tag, str) and item.tag in _RUN_CHARACTERS:
                    parts.append(_RUN_CHARACTERS[item.tag])
        elif isinstance(tag, str) and tag not in _W_NOT_TEXT:
            _docx_inline(child, parts)  # hyperlinks, insertions, fields, inline content controls


@dataclass(frozen=True, slots=True)
class _StyleFacts:
    heading: bool
    listed: bool


class _DocxStyles:
    """Paragraph styles, for what a paragraph's style says about its kind."""

    def __init__(self, styles: Any) -> None:
        self._styles: dict[str, Any] = {}
        self._default: str | None = None
        self._facts: dict[str | None, _StyleFacts] = {}
        for style in styles.iterfind(_W_STYLE):
            style_id = style.get(_W_STYLE_ID)
            if style.get(_W_TYPE) != "paragraph" or style_id is None:
                continue
            self._styles.setdefault(style_id, style)
            if style.get(_W_DEFAULT) in ("1", "true", "on") and self._default is None:
                self._default = style_id

    def kind(self, paragraph: Any) -> BlockKind:
        properties = paragraph.find(_W_PPR)
        style_id = None
        outline = numbered = None
        if properties is not None:
            style = properties.find(_W_PSTYLE)
            style_id = style.get(_W_VAL) if style is not None else None
            outline = _outline_level(properties)
            numbered = _numbered(properties)
        facts = self._style_facts(style_id or self._default)
        if (outline is not None and 0 <= outline < 9) or (outline is None and facts.heading):
            return "heading"
        if numbered or (numbered is None and facts.listed):
            return "list_item"
        return "paragraph"

    def _style_facts(self, style_id: str | None) -> _StyleFacts:
        if style_id not in self._facts:
            heading = listed = False
            outline = numbered = None
            seen: set[str] = set()
            current = style_id
            while current is not None and current not in seen and len(seen) < _MAX_STYLE_DEPTH:
                seen.add(current)
                style = self._styles.get(current)
                if style is None:
                    break
                names = [current]
                name = style.find(_W_NAME)
                if name is not None and name.get(_W_VAL):
                    names.append(name.get(_W_VAL))
                heading = heading or any(_HEADING_STYLE.match(n) for n in names)
                listed = listed or any(_LIST_STYLE.match(n) for n in names)
                properties = style.find(_W_PPR)
                if properties is not None:
                    outline = outline if outline is not None else _outline_level(properties)
                    numbered = numbered if numbered is not None else _numbered(properties)
                based_on = style.find(_W_BASED_ON)
                current = based_on.get(_W_VAL) if based_on is not None else None
            self._facts[style_id] = _StyleFacts(
                heading=heading or (outline is not None and 0 <= outline < 9),
                listed=listed or bool(numbered),
            )
        return self._facts[style_id]


def _outline_level(properties: Any) -> int | None:
    level = properties.find(_W_OUTLINE)
    if level is None:
        return None
    try:
        return int(level.get(_W_VAL, ""))
    except ValueError:
        return None


def _numbered(properties: Any) -> bool | None:
    """Whether numbering properties number the paragraph, None when there are none."""
    numbering = properties.find(_W_NUMPR)
    if numbering is None:
        return None
    number_id = numbering.find(_W_NUMID)
    return number_id is None or number_id.get(_W_VAL) != "0"


# --- ODT --------------------------------------------------------------------------------------

_TEXT_P, _TEXT_H = (TEXTNS, "p"), (TEXTNS, "h")
_TEXT_LIST = (TEXTNS, "list")
_TEXT_OPENED = frozenset({(TEXTNS, "list-item"), (TEXTNS, "list-header"), (TEXTNS, "section")})
_TABLE = (TABLENS, "table")
_TABLE_ROW_GROUPS = frozenset(
    {(TABLENS, "table-header-rows"), (TABLENS, "table-rows"), (TABLENS, "table-row-group")}
)
_TABLE_ROW = (TABLENS, "table-row")
_TABLE_CELLS = frozenset({(TABLENS, "table-cell"), (TABLENS, "covered-table-cell")})
_TEXT_S, _TEXT_TAB, _TEXT_LINE_BREAK = (TEXTNS, "s"), (TEXTNS, "tab"), (TEXTNS, "line-break")
_ODT_NOT_TEXT = frozenset(
    {
        (OFFICENS, "annotation"),
        (OFFICENS, "annotation-end"),
        (TEXTNS, "note"),
        (TEXTNS, "ruby-text"),
        (TEXTNS, "tracked-changes"),
    }
)
_ODT_NOT_TEXT_NAMESPACES = frozenset({DRAWNS, SVGNS, DR3DNS, FORMNS})
_ODT_SPACES = re.compile(r"[ \t\r\n]+")
_MAX_SPACES = 100  # text:s c="…": a count, not a way to make a gigabyte of spaces

_ODF_MANIFEST = "META-INF/manifest.xml"
_ODF_XML_PARTS = frozenset({"content.xml", "styles.xml", "meta.xml", "settings.xml"})

_ODT_ERRORS = (
    SAXException,
    LookupError,  # KeyError too; an XML declaration naming an unknown encoding
    ValueError,
    TypeError,
    AttributeError,
    IndexError,
    NotImplementedError,
    RuntimeError,  # RecursionError too: a document nested deeper than Python's stack
    UnicodeError,
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    OSError,
)


def _odt_blocks(data: bytes) -> list[_Raw]:
    raws: list[_Raw] = []
    try:
        _check_odf_xml(data)
        document = opendocument.load(io.BytesIO(data))
        body = _odt_office_text(document)
        if body is None:
            raise DocumentUnreadable()
        _odt_container(body, "", raws, in_table=False)
    except _ODT_ERRORS as exc:
        raise DocumentUnreadable() from exc
    return raws


def _check_odf_xml(data: bytes) -> None:
    """Refuse a package whose XML is not well-formed. odfpy reads what it can of a part it cannot
    parse, prints the part (the document's text) and carries on as if it were whole."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        if "content.xml" not in names or _ODF_MANIFEST not in names:
            raise DocumentUnreadable()
        for name in names:
            if name == _ODF_MANIFEST or name.rsplit("/", 1)[-1] in _ODF_XML_PARTS:
                _check_well_formed(archive.read(name))


def _check_well_formed(xml: bytes) -> None:
    xml.decode("utf-8")  # as odfpy reads it
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.EntityDeclHandler = _refuse_entities
    try:
        parser.Parse(xml, True)
    except expat.ExpatError as exc:
        raise DocumentUnreadable() from exc


def _refuse_entities(*_args: object) -> None:
    raise DocumentUnreadable()  # odfpy's parser (defusedxml) refuses them too


def _odt_office_text(document: Any) -> Any:
    for child in _odt_elements(document.topnode):
        if child.qname == (OFFICENS, "body"):
            for grandchild in _odt_elements(child):
                if grandchild.qname == (OFFICENS, "text"):
                    return grandchild
    return None


def _odt_elements(element: Any) -> Iterator[Any]:
    return (child for child in element.childNodes if child.nodeType == Node.ELEMENT_NODE)


def _odt_container(container: Any, prefix: str, raws: list[_Raw], *, in_table: bool) -> None:
    counters = {"p": 0, "t": 0}

    def walk(element: Any, in_list: bool) -> None:
        for child in _odt_elements(element):
            name = child.qname
            if name in (_TEXT_P, _TEXT_H):
                kind: BlockKind = (
                    "table_cell"
                    if in_table
                    else "heading"
                    if name == _TEXT_H
                    else "list_item"
                    if in_list
                    else "paragraph"
                )
                raws.append(_Raw(kind, _odt_text(child), f"{prefix}p:{counters['p']}"))
                counters["p"] += 1
            elif name == _TEXT_LIST:
                walk(child, in_list=True)
            elif name in _TEXT_OPENED:
                walk(child, in_list)
            elif name == _TABLE:
                _odt_table(child, f"{prefix}t:{counters['t']}:", raws)
                counters["t"] += 1

    walk(container, in_list=False)


def _odt_table(table: Any, prefix: str, raws: list[_Raw]) -> None:
    def rows(element: Any) -> Iterator[Any]:
        for child in _odt_elements(element):
            if child.qname == _TABLE_ROW:
                yield child
            elif child.qname in _TABLE_ROW_GROUPS:
                yield from rows(child)

    for r, row in enumerate(rows(table)):
        cells = (child for child in _odt_elements(row) if child.qname in _TABLE_CELLS)
        for c, cell in enumerate(cells):
            _odt_container(cell, f"{prefix}r:{r}:c:{c}:", raws, in_table=True)


def _odt_text(paragraph: Any) -> str:
    parts: list[str] = []
    _odt_inline(paragraph, parts)
    return "".join(parts)


def _odt_inline(element: Any, parts: list[str]) -> None:
    for child in element.childNodes:
        if child.nodeType == Node.TEXT_NODE:
            text = _ODT_SPACES.sub(" ", child.data)
            if text.startswith(" ") and parts and parts[-1].endswith(" "):
                text = text[1:]
            parts.append(text)
        elif child.nodeType == Node.ELEMENT_NODE:
            name = child.qname
            if name == _TEXT_S:
                parts.append(" " * _space_count(child.getAttrNS(TEXTNS, "c")))
            elif name == _TEXT_TAB:
                parts.append("\t")
            elif name == _TEXT_LINE_BREAK:
                parts.append("\n")
            elif name not in _ODT_NOT_TEXT and name[0] not in _ODT_NOT_TEXT_NAMESPACES:
                _odt_inline(child, parts)  # spans, links, fields, bookmarks


def _space_count(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), _MAX_SPACES))
    except ValueError:
        return 1


# --- PDF --------------------------------------------------------------------------------------

_PDF_ERRORS = (
    PyPdfError,
    KeyError,
    ValueError,
    TypeError,
    AttributeError,
    IndexError,
    NotImplementedError,
    RuntimeError,  # RecursionError too
    ArithmeticError,
    UnicodeError,
    AssertionError,
    zlib.error,
    EOFError,
    OSError,
)
_SOFT_BREAK_IN_FONT_SIZES = 1.45
_SOFT_BREAK_IN_LINE_STEPS = 1.15
_HEADING_SIZE_RATIO = 1.2
_HEADING_MAX_LINES = 3


@dataclass(slots=True)
class _Line:
    text: str = ""
    y: float | None = None
    size: float | None = None


@dataclass(slots=True)
class _Paragraph:
    lines: list[_Line] = field(default_factory=list)


def _pdf_blocks(data: bytes) -> list[_Raw]:
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            _decrypt(reader)
        pages = list(reader.pages)
    except _PDF_ERRORS as exc:
        raise DocumentUnreadable() from exc
    if not pages:
        raise DocumentUnreadable()
    raws: list[_Raw] = []
    for number, page in enumerate(pages, start=1):
        try:
            lines = _pdf_lines(page)
        except _PDF_ERRORS as exc:
            raise DocumentUnreadable() from exc
        for index, (kind, text) in enumerate(_pdf_paragraphs(lines)):
            raws.append(_Raw(kind, text, f"page:{number}:{index}", number))
    return raws


def _decrypt(reader: pypdf.PdfReader) -> None:
    try:
        opened = reader.decrypt("")
    except (PyPdfError, DependencyError, NotImplementedError) as exc:
        raise PdfEncrypted() from exc
    if opened == PasswordType.NOT_DECRYPTED:
        raise PdfEncrypted()


def _pdf_lines(page: Any) -> list[_Line]:
    lines: list[_Line] = [_Line()]

    def visit(text: str, cm: Any, tm: Any, _font: Any, font_size: Any) -> None:
        if not text:
            return
        y, size = _position(cm, tm, font_size)
        for index, part in enumerate(text.split("\n")):
            if index:
                lines.append(_Line())
            line = lines[-1]
            if line.y is None and part.strip():
                line.y, line.size = y, size
            line.text += part

    output = page.extract_text(visitor_text=visit)
    if not any(line.text.strip() for line in lines) and output and output.strip():
        return [_Line(text) for text in output.split("\n")]  # no positions: blank lines split
    return lines


def _position(cm: Any, tm: Any, font_size: Any) -> tuple[float | None, float | None]:
    """The baseline's height on the page and the font's height in points, when they make sense."""
    try:
        a, b, c, d, _e, f = (float(v) for v in cm)
        _ta, _tb, tc, td, te, tf = (float(v) for v in tm)
        size = float(font_size)
    except (TypeError, ValueError):
        return None, None
    y = te * b + tf * d + f
    scale = math.hypot(tc * a + td * c, tc * b + td * d)
    height = size * scale
    if not (math.isfinite(y) and math.isfinite(height)) or height <= 0:
        return None, None
    return y, height


def _pdf_paragraphs(lines: list[_Line]) -> Iterator[tuple[BlockKind, str]]:
    steps = Counter(
        round(above.y - below.y, 1)
        for above, below in itertools.pairwise(lines)
        if above.y is not None and below.y is not None and above.y - below.y > 0
    )
    typical = min(steps, key=lambda step: (-steps[step], step)) if steps else None
    sizes: Counter[float] = Counter()
    for line in lines:
        if line.size is not None:
            sizes[round(line.size, 1)] += len(line.text)
    body_size = sizes.most_common(1)[0][0] if sizes else None

    paragraphs: list[_Paragraph] = []
    current = _Paragraph()
    for line in lines:
        if not line.text.strip():
            if current.lines:
                paragraphs.append(current)
                current = _Paragraph()
            continue
        if current.lines and _paragraph_break(current.lines[-1], line, typical):
            paragraphs.append(current)
            current = _Paragraph()
        current.lines.append(line)
    if current.lines:
        paragraphs.append(current)

    for paragraph in paragraphs:
        size = paragraph.lines[0].size
        heading = (
            size is not None
            and body_size is not None
            and size >= _HEADING_SIZE_RATIO * body_size
            and len(paragraph.lines) <= _HEADING_MAX_LINES
        )
        kind: BlockKind = "heading" if heading else "paragraph"
        yield kind, "\n".join(line.text for line in paragraph.lines)


def _paragraph_break(above: _Line, below: _Line, typical: float | None) -> bool:
    if above.y is None or below.y is None or above.size is None or below.size is None:
        return False
    larger = max(above.size, below.size)
    if abs(above.size - below.size) > max(0.5, 0.05 * larger):
        return True
    step = above.y - below.y
    if abs(step) < 0.3 * larger:
        return False  # the same line, continued
    if step < 0:
        return True  # up the page: another column or box
    limit = _SOFT_BREAK_IN_FONT_SIZES * larger
    if typical is not None:
        limit = max(limit, _SOFT_BREAK_IN_LINE_STEPS * typical)
    return step > limit


# --- HTML -------------------------------------------------------------------------------------

_HTML_SKIPPED = frozenset(
    {"script", "style", "template", "noscript", "title", "svg", "math", "iframe"}
)
_HTML_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_HTML_CELLS = frozenset({"td", "th"})
_HTML_STRUCTURE = _HTML_HEADINGS | _HTML_CELLS | {"li", "ul", "ol", "table", "tr"}
_HTML_BLOCKS = _HTML_STRUCTURE | {
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "head",
    "header",
    "hgroup",
    "hr",
    "html",
    "legend",
    "main",
    "nav",
    "option",
    "p",
    "pre",
    "section",
    "summary",
    "tbody",
    "tfoot",
    "thead",
}
_HTML_SPACES = re.compile(r"[ \t\n\r\f]+")


class _HtmlBlocks(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.raws: list[_Raw] = []
        self._skipping: list[str] = []
        self._open: list[str] = []  # headings, lists, items, tables, rows, cells
        self._pre = 0
        self._parts: list[str] = []
        self._kind: BlockKind | None = None
        self._anchor = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skipping or tag in _HTML_SKIPPED:
            if tag in _HTML_SKIPPED:
                self._skipping.append(tag)
            return
        if tag == "br":
            self._parts.append("\n")
            return
        if tag in _HTML_BLOCKS:
            self._flush()
        if tag == "pre":
            self._pre += 1
        if tag in _HTML_STRUCTURE:
            self._close_implied(tag)
            self._open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._skipping:
            if tag in self._skipping:
                while self._skipping.pop() != tag:
                    pass
            return
        if tag in _HTML_BLOCKS:
            self._flush()
        if tag == "pre" and self._pre:
            self._pre -= 1
        if tag in self._open:
            while self._open.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if self._skipping:
            return
        text = data if self._pre else _HTML_SPACES.sub(" ", data)
        if self._kind is None:
            if not text.strip():
                return
            self._kind = self._current_kind()
            self._anchor = self._where(data)
        if text.startswith(" ") and self._parts and self._parts[-1].endswith((" ", "\n")):
            text = text[1:]
        self._parts.append(text)

    def close(self) -> None:
        super().close()
        self._flush()

    def _close_implied(self, tag: str) -> None:
        """An item, a cell or a heading ends where the next one (or a new row) starts."""
        implied = {
            "li": {"li"},
            "td": _HTML_CELLS,
            "th": _HTML_CELLS,
            "tr": _HTML_CELLS | {"tr"},
        }.get(tag, _HTML_HEADINGS if tag in _HTML_HEADINGS else set())
        while self._open and self._open[-1] in implied:
            self._open.pop()

    def _current_kind(self) -> BlockKind:
        if any(tag in _HTML_CELLS for tag in self._open):
            return "table_cell"
        if any(tag in _HTML_HEADINGS for tag in self._open):
            return "heading"
        if "li" in self._open:
            return "list_item"
        return "paragraph"

    def _where(self, data: str) -> str:
        line, column = self.getpos()
        leading = data[: len(data) - len(data.lstrip())]
        breaks = leading.count("\n")
        if breaks:
            column = len(leading) - leading.rfind("\n") - 1
        else:
            column += len(leading)
        return f"line:{line + breaks}:col:{column + 1}"

    def _flush(self) -> None:
        if self._kind is not None:
            self.raws.append(_Raw(self._kind, "".join(self._parts), self._anchor))
        self._parts = []
        self._kind = None


def _html_blocks(data: bytes) -> list[_Raw]:
    text = _decoded(data)
    parser = _HtmlBlocks()
    parser.feed(text)
    parser.close()
    return parser.raws


# --- Plain text and Markdown ------------------------------------------------------------------

_ATX_HEADING = re.compile(r" {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*")
_SETEXT_UNDERLINE = re.compile(r" {0,3}(?:=+|-+)[ \t]*")
_THEMATIC_BREAK = re.compile(r" {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*")
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*+•]|\d{1,9}[.)])[ \t]+(.*)")


def _text_blocks(data: bytes) -> list[_Raw]:
    text = _LINE_BREAKS.sub("\n", _decoded(data))
    raws: list[_Raw] = []
    current: _Raw | None = None
    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.strip()
        if (
            current is not None
            and current.kind == "paragraph"
            and _SETEXT_UNDERLINE.fullmatch(line)
        ):
            current.kind = "heading"
            raws.append(current)
            current = None
            continue
        if not stripped or _THEMATIC_BREAK.fullmatch(line):
            if current is not None:
                raws.append(current)
                current = None
            continue
        anchor = f"line:{number}"
        heading = _ATX_HEADING.fullmatch(line)
        item = None if heading else _LIST_ITEM.match(line)
        if heading or item:
            if current is not None:
                raws.append(current)
                current = None
            if heading:
                raws.append(_Raw("heading", heading.group(1) or "", anchor))
            elif item:
                current = _Raw("list_item", item.group(1), anchor)
        elif current is not None:
            current.text += "\n" + stripped
        else:
            current = _Raw("paragraph", stripped, anchor)
    if current is not None:
        raws.append(current)
    return raws


def _decoded(data: bytes) -> str:
    text = decode_text(data)
    if text is None:  # sniff said text: cannot happen
        raise DocumentUnreadable()
    return text


_EXTRACTORS: dict[DocumentFormat, Callable[[bytes], list[_Raw]]] = {
    "docx": _docx_blocks,
    "odt": _odt_blocks,
    "pdf": _pdf_blocks,
    "html": _html_blocks,
    "text": _text_blocks,
}
