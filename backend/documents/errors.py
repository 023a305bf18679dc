from __future__ import annotations

from backend.core.errors import AppError


class UnsupportedDocumentType(AppError):
    status_code = 415
    code = "unsupported_document_type"
    message = "The file is not a document we can read: send DOCX, ODT, PDF, HTML or plain text."


class DocumentTooLarge(AppError):
    status_code = 413
    code = "document_too_large"
    message = "The document is larger than 20 MB."


class DocumentArchiveRefused(AppError):
    code = "document_archive_refused"
    message = (
        "The document's archive is encrypted, unpacks to too much data, "
        "or holds too many or unsafe entries."
    )


class DocumentUnreadable(AppError):
    code = "document_unreadable"
    message = "The document is damaged and cannot be read."


class PdfEncrypted(AppError):
    code = "pdf_encrypted"
    message = "The PDF is password-protected. Send a copy without a password."


class PdfHasNoText(AppError):
    code = "pdf_has_no_text"
    message = (
        "The PDF holds no text, only images (a scanned page, for example). "
        "Send the original document or a PDF with text."
    )


class DocumentEmpty(AppError):
    code = "document_empty"
    message = "The document holds no text."
