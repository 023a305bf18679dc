"""A reviewed document as DOCX: the review's comments as Word comments on the passages they are
about.

`reviewed_docx(original, format, text, blocks, comments)` takes a document version as
`backend.documents.extraction` read it (its `text` and `blocks`) and comments whose `start`/`end`
are code point offsets into that text, and returns a DOCX.

- A DOCX original is kept as it is (styles, tables, images, its own comments) and the comments
  are added to it. A comment's block is found by its anchor (`docx_paragraphs`), the block's text
  is aligned with the paragraph's text (`docx_paragraph_text`: the block's text is that with
  characters only removed), and the runs are split where the comment starts and ends, each half
  keeping the run's properties (`w:rPr`) and attributes, so that the comment covers exactly the
  passage. Splitting moves no text: the document's text is the same before and after.
- Any other format (ODT, PDF, HTML, text), and a DOCX whose blocks do not match the file (read
  by another version of the extraction, say), becomes a new DOCX of the extracted text: one
  paragraph per block (a heading that opens the document as "Heading 1", other headings as
  "Heading 2", list items as "List Bullet", everything else, table cells too, as plain
  paragraphs) with the comments placed the same way on the new paragraphs. Without blocks the
  text is one paragraph; with no text at all there is nothing to anchor on: no comments.

Where a comment goes:

- Its range is clipped to the text (and put the right way round); a range with nothing of a
  block in it (a caret, or only the blank line between blocks) anchors on one character next to
  its start, so that every comment shows in Word.
- A passage inside one paragraph is anchored from the run holding its first character to the
  run holding its last (split at both ends).
- A passage over several blocks is one Word comment anchored across paragraphs:
  `w:commentRangeStart` before its first character in the first block's paragraph and
  `w:commentRangeEnd` after its last character in the last block's paragraph, as Word itself
  marks a comment over several paragraphs (or table cells). Everything between, in document
  order, is in the range.

Comment texts, authors and initials are written as given, less the characters XML cannot hold.
"""

from __future__ import annotations

import bisect
import copy
import io
import re
import zipfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import docx
from docx.document import Document
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.text.run import Run
from lxml import etree

from backend.documents.extraction import docx_paragraph_text, docx_paragraphs


@dataclass(frozen=True)
class ReviewComment:
    """A comment on the passage [start, end) of the version's text (code point offsets)."""

    start: int
    end: int
    text: str
    author: str
    initials: str


class BlockLike(Protocol):
    """What this module reads of a `backend.documents.extraction.Block` (or a stored one)."""

    @property
    def kind(self) -> str: ...

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def page(self) -> int | None: ...

    @property
    def anchor(self) -> str: ...


def reviewed_docx(
    original: bytes,
    format: str,
    text: str,
    blocks: Sequence[BlockLike | Mapping[str, Any]],
    comments: Sequence[ReviewComment],
) -> bytes:
    """The document as DOCX with `comments` as Word comments (see the module's docstring).

    `blocks` are the extraction's blocks, or as a version stores them (dicts with `kind`,
    `start`, `end`, `page` and `anchor`)."""
    safe_text = _xml_safe(text)  # same length: offsets stay
    readable = (_as_block(block) for block in blocks)
    placed = sorted((b for b in readable if 0 <= b.start < b.end <= len(text)), key=_block_start)
    if format == "docx":
        try:
            return _annotated_original(original, safe_text, placed, comments)
        except _Unplaceable:
            pass  # the blocks are not this file's: the text is still right, rebuild from it
    return _rebuilt(safe_text, placed, comments)


def _as_block(block: BlockLike | Mapping[str, Any]) -> BlockLike:
    if isinstance(block, Mapping):
        page = block.get("page")
        return _Block(
            start=int(block["start"]),
            end=int(block["end"]),
            kind=str(block.get("kind", "paragraph")),
            page=int(page) if page is not None else None,
            anchor=str(block.get("anchor", "")),
        )
    return block


def _block_start(block: BlockLike) -> int:
    return block.start


class _Unplaceable(Exception):
    """The file cannot take the comments where the blocks say (or cannot be opened)."""


_OPEN_ERRORS = (
    PackageNotFoundError,
    zipfile.BadZipFile,
    etree.LxmlError,
    KeyError,
    ValueError,
)


def _annotated_original(
    original: bytes, text: str, blocks: Sequence[BlockLike], comments: Sequence[ReviewComment]
) -> bytes:
    try:
        document = docx.Document(io.BytesIO(original))
        body = document.element.body
    except _OPEN_ERRORS as exc:
        raise _Unplaceable() from exc
    if body is None:
        raise _Unplaceable()
    by_anchor: dict[str, Any] = {}
    for anchor, paragraph, _in_table in docx_paragraphs(body):
        by_anchor.setdefault(anchor, paragraph)

    def paragraph_of(block: BlockLike) -> Any:
        paragraph = by_anchor.get(block.anchor)
        if paragraph is None:
            raise _Unplaceable()
        return paragraph

    _place_all(document, text, blocks, comments, paragraph_of)
    return _saved(document)


def _rebuilt(text: str, blocks: Sequence[BlockLike], comments: Sequence[ReviewComment]) -> bytes:
    document = docx.Document()
    if not blocks and text.strip():
        blocks = [_Block(0, len(text))]
    paragraphs: dict[int, Any] = {}
    for index, block in enumerate(blocks):
        paragraph = document.add_paragraph(style=_rebuilt_style(block.kind, first=index == 0))
        paragraph.add_run(text[block.start : block.end])
        paragraphs[id(block)] = paragraph._p
    if blocks:
        _place_all(document, text, blocks, comments, lambda block: paragraphs[id(block)])
    return _saved(document)


@dataclass(frozen=True)
class _Block:
    start: int
    end: int
    kind: str = "paragraph"
    page: int | None = None
    anchor: str = ""


def _rebuilt_style(kind: str, *, first: bool) -> str | None:
    if kind == "heading":
        return "Heading 1" if first else "Heading 2"
    if kind == "list_item":
        return "List Bullet"
    return None


def _saved(document: Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# --- Placing comments -------------------------------------------------------------------------


def _place_all(
    document: Document,
    text: str,
    blocks: Sequence[BlockLike],
    comments: Sequence[ReviewComment],
    paragraph_of: Callable[[BlockLike], Any],
) -> None:
    alignments: dict[int, list[int]] = {}

    def raw_index(block_index: int, offset: int) -> tuple[Any, int]:
        """The paragraph of the block, and where the block's character `offset` is in it."""
        block = blocks[block_index]
        paragraph = paragraph_of(block)
        if block_index not in alignments:
            raw = "".join(run_text for _run, run_text in _text_runs(paragraph))
            if raw != docx_paragraph_text(paragraph):
                raise _Unplaceable()  # the walk here no longer reads runs as the extraction does
            alignment = _align(text[block.start : block.end], raw)
            if alignment is None:
                raise _Unplaceable()
            alignments[block_index] = alignment
        return paragraph, alignments[block_index][offset]

    starts = [block.start for block in blocks]
    ends = [block.end for block in blocks]
    for comment in comments:
        first, first_offset, last, last_offset = _span(text, blocks, starts, ends, comment)
        # The end first: splitting there leaves the start's run (the left half) where it was.
        paragraph, end = raw_index(last, last_offset - 1)
        last_run = _run_ending_after(paragraph, end)
        paragraph, start = raw_index(first, first_offset)
        found = _locate(paragraph, start)
        if found is None or last_run is None:
            raise _Unplaceable()  # cannot happen: the alignment points at characters of runs
        first_run, offset, _length = found
        if offset > 0:
            right = _split_run(first_run, offset)
            if first_run is last_run:
                last_run = right  # the passage was inside one run: it is the right half now
            first_run = right
        document.add_comment(
            [Run(first_run, document), Run(last_run, document)],
            text=_xml_safe(comment.text),
            author=_xml_safe(comment.author),
            initials=_xml_safe(comment.initials),
        )


def _span(
    text: str,
    blocks: Sequence[BlockLike],
    starts: list[int],
    ends: list[int],
    comment: ReviewComment,
) -> tuple[int, int, int, int]:
    """The comment's passage as (first block, offset in it, last block, end offset in it), both
    blocks' parts non-empty."""
    start = min(max(comment.start, 0), len(text))
    end = min(max(comment.end, 0), len(text))
    start, end = min(start, end), max(start, end)
    first = bisect.bisect_right(ends, start)  # the first block ending after the start
    last = bisect.bisect_left(starts, end) - 1  # the last block starting before the end
    if start < end and first <= last:
        first_block, last_block = blocks[first], blocks[last]
        return (
            first,
            max(start, first_block.start) - first_block.start,
            last,
            min(end, last_block.end) - last_block.start,
        )
    # A caret, or only the blank line between blocks: one character, the one after a caret in a
    # block, the one before it at a block's end, else the next block's first (or the last one).
    if first < len(blocks) and blocks[first].start <= start:
        index, offset = first, start - blocks[first].start
    elif first > 0 and start == blocks[first - 1].end:
        index, offset = first - 1, blocks[first - 1].end - blocks[first - 1].start - 1
    elif first < len(blocks):
        index, offset = first, 0
    else:
        index, offset = len(blocks) - 1, blocks[-1].end - blocks[-1].start - 1
    return index, offset, index, offset + 1


# --- Runs -------------------------------------------------------------------------------------

_W_R, _W_T, _W_RPR = qn("w:r"), qn("w:t"), qn("w:rPr")
# What `docx_paragraph_text` reads, and what it does not open: kept in step with the extraction
# by comparing the two texts before anything is placed.
_RUN_CHARACTERS = {
    qn("w:tab"): "\t",
    qn("w:ptab"): "\t",
    qn("w:br"): "\n",
    qn("w:cr"): "\n",
    qn("w:noBreakHyphen"): "-",
}
_NOT_TEXT = frozenset(
    {
        qn("w:pPr"),
        qn("w:del"),
        qn("w:moveFrom"),
        "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent",
    }
)
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _text_runs(element: Any) -> Iterator[tuple[Any, str]]:
    """The paragraph's runs that hold text as the extraction reads it, in order, with their
    text (runs in hyperlinks, insertions, fields and inline content controls too)."""
    for child in element:
        tag = child.tag
        if tag == _W_R:
            yield child, _run_text(child)
        elif isinstance(tag, str) and tag not in _NOT_TEXT:
            yield from _text_runs(child)


def _piece_text(item: Any) -> str:
    if item.tag == _W_T:
        return str(item.text or "")
    if isinstance(item.tag, str):
        return _RUN_CHARACTERS.get(item.tag, "")
    return ""


def _run_text(run: Any) -> str:
    return "".join(_piece_text(item) for item in run)


def _locate(paragraph: Any, index: int) -> tuple[Any, int, int] | None:
    """The run holding the paragraph's character `index`, the character's offset in it and the
    run's length."""
    position = 0
    for run, run_text in _text_runs(paragraph):
        if position <= index < position + len(run_text):
            return run, index - position, len(run_text)
        position += len(run_text)
    return None


def _run_ending_after(paragraph: Any, index: int) -> Any:
    """A run that ends with the paragraph's character `index`, split when need be."""
    found = _locate(paragraph, index)
    if found is None:
        return None
    run, offset, length = found
    if offset + 1 < length:
        _split_run(run, offset + 1)
    return run


def _split_run(run: Any, at: int) -> Any:
    """Split `run` before its character `at` (0 < at < its length): `run` keeps the text before,
    a copy of it (same properties and attributes) placed just after it gets the rest."""
    right = copy.deepcopy(run)
    for child in list(right):
        if child.tag != _W_RPR:
            right.remove(child)
    position = 0
    moved: list[Any] = []
    for child in list(run):
        if child.tag == _W_RPR:
            continue
        length = len(_piece_text(child))
        if position >= at:
            moved.append(child)
        elif position + length > at:  # only a w:t is longer than one character
            cut = at - position
            tail = copy.deepcopy(child)
            tail.text = child.text[cut:]
            child.text = child.text[:cut]
            child.set(_XML_SPACE, "preserve")
            tail.set(_XML_SPACE, "preserve")
            moved.append(tail)
        position += length
    for child in moved:
        right.append(child)  # moves it out of `run`
    run.addnext(right)
    return right


# --- Text -------------------------------------------------------------------------------------

_BREAKS = frozenset("\n\r\v\f\x85\u2028\u2029")


def _align(block_text: str, raw: str) -> list[int] | None:
    """For each character of the block, its index in the paragraph's raw text; None when the
    block is not the raw text with characters removed (and line breaks made "\\n")."""
    positions: list[int] = []
    index = 0
    for char in block_text:
        while index < len(raw) and not (
            raw[index] == char or (char in _BREAKS and raw[index] in _BREAKS)
        ):
            index += 1
        if index == len(raw):
            return None
        positions.append(index)
        index += 1
    return positions


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_safe(text: str) -> str:
    """The text with each character XML cannot hold replaced by U+FFFD (same length)."""
    return _NOT_XML.sub("\ufffd", text)
