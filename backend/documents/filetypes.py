"""What a document is, decided from its bytes alone: a file name or a declared type is a guess and
is never asked.

- A zip archive is DOCX when it holds `word/document.xml` and `[Content_Types].xml` (and no macros),
  ODT when its first entry `mimetype` says `application/vnd.oasis.opendocument.text`; any other
  archive (a spreadsheet, a presentation, a plain zip) is refused. Before anything in an archive is
  read, its directory is checked against zip bombs and unsafe entries (`check_archive`).
- `%PDF-` at the start is PDF.
- Anything else must be text: UTF-8 (with or without a BOM), UTF-16 with a BOM, or, when it is not
  UTF-8 and holds no NUL byte, Windows-1252 (the encoding of Swedish text files saved by older
  Windows programs). Text that is binary data in disguise (NUL, or more than about one control
  character in a hundred) is refused, and so are RTF and XML other than XHTML.
- Text is HTML when, after whitespace, comments and an XML declaration, it starts with
  `<!doctype html` or `<html`, or when it holds a `<body>` or `<p>` tag; otherwise it is plain text
  (Markdown is plain text).
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from typing import Literal

from backend.documents.errors import (
    DocumentArchiveRefused,
    DocumentTooLarge,
    DocumentUnreadable,
    UnsupportedDocumentType,
)

DocumentFormat = Literal["docx", "odt", "pdf", "html", "text"]

MAX_FILE_BYTES = 20 * 1024 * 1024

# Zip bombs and unsafe archives, judged from the archive's directory before anything is unpacked.
# Python's zipfile never unpacks more than an entry's declared size (a lie ends in a CRC error), so
# the declared sizes bound what reading the archive can cost.
MAX_ARCHIVE_ENTRIES = 10_000
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_COMPRESSION_RATIO = 100
RATIO_CHECKED_FROM_BYTES = 1024 * 1024

ODT_MIMETYPE = "application/vnd.oasis.opendocument.text"
_MIMETYPE_MAX_BYTES = 100

_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError)
# What zipfile raises besides for damaged, oddly compressed or encrypted archives.
_ZIP_OTHER_ERRORS = (KeyError, RuntimeError, NotImplementedError, ValueError)

_FLAG_ENCRYPTED = 0x1

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# Control characters that plain text does not hold (tab, line feed, vertical tab, form feed and
# carriage return are text); a few stray ones are tolerated and removed later.
_BINARY_CONTROLS = dict.fromkeys([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])

_PROLOG = re.compile(r"(?:\s+|<!--.*?-->|<\?xml[^>]*>)*", re.DOTALL)
_HTML_START = re.compile(r"<(?:!doctype\s+html|html)\b", re.IGNORECASE)
_HTML_TAG = re.compile(r"<(?:body|p)(?:\s[^<>]*)?/?>", re.IGNORECASE)


def sniff(data: bytes) -> DocumentFormat:
    """The document's format, from its bytes. Raises `DocumentTooLarge`, `UnsupportedDocumentType`,
    `DocumentArchiveRefused` (an unsafe archive) or `DocumentUnreadable` (a damaged archive)."""
    if len(data) > MAX_FILE_BYTES:
        raise DocumentTooLarge()
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return _archive_format(data)
    text = decode_text(data)
    if text is None:
        raise UnsupportedDocumentType()
    return _text_format(text)


def decode_text(data: bytes) -> str | None:
    """The bytes as text (see the module's docstring), or None when they are not text. A BOM is
    not part of the text; line ends are left as they are."""
    if data.startswith(_UTF16_BOMS):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            if b"\x00" in data:
                return None
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:  # bytes Windows-1252 leaves undefined: not its text
                return None
    if "\x00" in text:
        return None
    controls = len(text) - len(text.translate(_BINARY_CONTROLS))
    if controls > 1 + len(text) // 100:
        return None
    return text


def _text_format(text: str) -> DocumentFormat:
    start = _PROLOG.match(text)
    head = text[start.end() if start else 0 :]
    if head.startswith("{\\rtf"):
        raise UnsupportedDocumentType()
    if _HTML_START.match(head) or _HTML_TAG.search(text):
        return "html"
    if text.lstrip().startswith("<?xml"):
        raise UnsupportedDocumentType()  # XML that is not XHTML: a flat ODT, SVG, data
    return "text"


def _archive_format(data: bytes) -> DocumentFormat:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            check_archive(archive)
            return _office_format(archive)
    except (*_ZIP_ERRORS, *_ZIP_OTHER_ERRORS) as exc:
        raise DocumentUnreadable() from exc


def check_archive(archive: zipfile.ZipFile) -> None:
    """Refuse (`DocumentArchiveRefused`) an archive that unpacks to too much, holds too many
    entries, encrypted entries, or entries whose names leave the archive (absolute, `..`)."""
    entries = archive.infolist()
    if len(entries) > MAX_ARCHIVE_ENTRIES:
        raise DocumentArchiveRefused()
    total = 0
    for entry in entries:
        if entry.flag_bits & _FLAG_ENCRYPTED:
            raise DocumentArchiveRefused()
        if _unsafe_name(entry.filename):
            raise DocumentArchiveRefused()
        total += entry.file_size
        if total > MAX_UNCOMPRESSED_BYTES:
            raise DocumentArchiveRefused()
        if (
            entry.file_size > RATIO_CHECKED_FROM_BYTES
            and entry.file_size > MAX_COMPRESSION_RATIO * max(entry.compress_size, 1)
        ):
            raise DocumentArchiveRefused()


def _unsafe_name(name: str) -> bool:
    normal = name.replace("\\", "/")
    if normal.startswith("/") or re.match(r"[A-Za-z]:", normal):
        return True
    return ".." in normal.split("/")


def _office_format(archive: zipfile.ZipFile) -> DocumentFormat:
    names = set(archive.namelist())
    if "word/document.xml" in names and "[Content_Types].xml" in names:
        # A macro-enabled document (.docm) is not a document we take in.
        if any(name.lower().endswith("vbaproject.bin") for name in names):
            raise UnsupportedDocumentType()
        return "docx"
    entries = archive.infolist()
    if entries and entries[0].filename == "mimetype":
        first = entries[0]
        if first.file_size <= _MIMETYPE_MAX_BYTES:
            mimetype = archive.read(first).decode("ascii", "replace").strip()
            if mimetype == ODT_MIMETYPE:
                return "odt"
    raise UnsupportedDocumentType()
