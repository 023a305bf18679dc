"""What an evidence file is, decided from its bytes. The type a browser declares is a guess from
the file name (or empty); it only has to agree with the bytes, and what is kept and served is the
type the bytes show."""

from __future__ import annotations

import io
import re
import zipfile
import zlib

PDF = "application/pdf"
PNG = "image/png"
JPEG = "image/jpeg"
TEXT = "text/plain"
CSV = "text/csv"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
KEPT_TYPES = frozenset({PDF, PNG, JPEG, TEXT, CSV, DOCX, XLSX, ODT, ODS})

# Declared types that say nothing: the bytes decide alone.
UNKNOWN = frozenset({"", "application/octet-stream", "binary/octet-stream", "application/unknown"})
# What each declared type can stand for, in the types `sniff` tells apart (text is text/plain:
# whether it holds comma-separated values, the declaration or the file name says). Besides the
# registered names, what browsers and systems declare for the kept types.
_STANDS_FOR: dict[str, frozenset[str]] = {
    **{kept: frozenset({kept}) for kept in KEPT_TYPES - {CSV}},
    CSV: frozenset({TEXT}),
    "image/jpg": frozenset({JPEG}),
    "image/pjpeg": frozenset({JPEG}),
    "application/x-pdf": frozenset({PDF}),
    "application/csv": frozenset({TEXT}),
    "text/x-csv": frozenset({TEXT}),
    "text/comma-separated-values": frozenset({TEXT}),
    # Windows, where Excel is installed, declares a .csv file as an Excel sheet.
    "application/vnd.ms-excel": frozenset({TEXT, XLSX}),
    # Office and OpenDocument files are zip archives, and some systems say only that.
    "application/zip": frozenset({DOCX, XLSX, ODT, ODS}),
    "application/x-zip-compressed": frozenset({DOCX, XLSX, ODT, ODS}),
}
_CSV_DECLARATIONS = frozenset(
    {
        CSV,
        "application/csv",
        "text/x-csv",
        "text/comma-separated-values",
        "application/vnd.ms-excel",
    }
)

# Text that a browser would run or render as a page: markup that loads or runs something, or any
# tag with an event handler. Plain text, including "< 5" or "a<b", does not match.
_MARKUP = re.compile(
    r"<(?:!doctype|!--|\?xml|/?(?:html|head|body|script|iframe|frame|frameset|object|embed"
    r"|applet|svg|math|meta|link|style|base|form|img|template)\b)"
    r"|<[a-z][^<>]{0,200}?\son[a-z]+\s*=",
    re.IGNORECASE,
)
_MIMETYPE_MAX_BYTES = 100


def declared_type(header: str | None) -> str:
    """The media type of a Content-Type header, without its parameters, in lower case."""
    return (header or "").split(";", 1)[0].strip().lower()


def stands_for(declared: str) -> frozenset[str] | None:
    """The types (as `sniff` names them) a declared type can stand for: None when it says
    nothing, empty when it names a type that is not kept."""
    if declared in UNKNOWN:
        return None
    return _STANDS_FOR.get(declared, frozenset())


def sniff(data: bytes) -> str | None:
    """The kept type the bytes are, or None. Text comes back as text/plain."""
    if data.startswith(b"%PDF-"):
        return PDF
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data.startswith(b"PK\x03\x04"):
        return _office_document(data)
    if _is_plain_text(data):
        return TEXT
    return None


def _office_document(data: bytes) -> str | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:  # OpenDocument names its type in its first entry
                if archive.getinfo("mimetype").file_size > _MIMETYPE_MAX_BYTES:
                    return None
                mimetype = archive.read("mimetype").decode("ascii", "replace").strip()
                return mimetype if mimetype in {ODT, ODS} else None
            if "[Content_Types].xml" not in names:
                return None
            # Macros run code when the document is opened: not evidence we keep.
            if any(name.lower().endswith("vbaproject.bin") for name in names):
                return None
            if "word/document.xml" in names:
                return DOCX
            if "xl/workbook.xml" in names:
                return XLSX
            return None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError):
        return None
    except (KeyError, RuntimeError, NotImplementedError, ValueError):
        return None  # a damaged, encrypted or oddly compressed archive


def _is_plain_text(data: bytes) -> bool:
    if not data:
        return False
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return False
    if any((ord(ch) < 32 and ch not in "\t\n\r\f") or ord(ch) == 0x7F for ch in text):
        return False
    return _MARKUP.search(text) is None


def kept_text_type(declared: str, filename: str) -> str:
    """text/csv when the declaration or the file name says so, otherwise text/plain."""
    if declared in _CSV_DECLARATIONS or filename.lower().endswith(".csv"):
        return CSV
    return TEXT
