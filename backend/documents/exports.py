"""A reviewed version as the working group keeps working on it: the DOCX with the review as Word
comments, and the review report as PDF. Composes the review's rows into what `docx_export` and
`review_report` take."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.documents import repository
from backend.documents.docx_export import ReviewComment, reviewed_docx
from backend.documents.review_report import (
    ReportComment,
    ReportDocument,
    ReportFinding,
    review_report_pdf,
)
from backend.language import replacements, rules_by_id
from backend.language.grounds import ALL
from backend.models import Document, DocumentComment, DocumentFinding, DocumentVersion, User
from backend.models.enums import FindingStatus

_DECISIONS = {
    "sv": {
        FindingStatus.OPEN: "Ej beslutad",
        FindingStatus.ACCEPTED: "Godkänd",
        FindingStatus.DISMISSED: "Avfärdad",
    },
    "en": {
        FindingStatus.OPEN: "Not decided",
        FindingStatus.ACCEPTED: "Accepted",
        FindingStatus.DISMISSED: "Dismissed",
    },
}
_SUGGESTIONS = {"sv": "Förslag", "en": "Suggestions"}
_CHOSEN = {"sv": "Vald formulering", "en": "Chosen wording"}


def _finding_comment(finding: DocumentFinding, locale: str) -> str:
    rule = rules_by_id().get(finding.rule_id)
    lines = [f"{ALL.get(finding.ground, {}).get(locale, finding.ground)}: "
             f"{_DECISIONS[locale][finding.status]}"]  # fmt: skip
    if rule is not None:
        lines.append(rule.explanation[locale])
        offered = replacements(rule.suggestions, finding.text, finding.term) + rule.advice
        if offered:
            lines.append(f"{_SUGGESTIONS[locale]}: {', '.join(offered)}")
    if finding.chosen_suggestion:
        lines.append(f"{_CHOSEN[locale]}: {finding.chosen_suggestion}")
    if finding.note:
        lines.append(finding.note)
    return "\n".join(lines)


def _initials(name: str) -> str:
    return "".join(part[0] for part in name.split()[:3]).upper() or "J"


async def _names(db: AsyncSession, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = await db.execute(select(User.id, User.full_name).where(User.id.in_(ids)))
    return {row.id: row.full_name for row in rows}


async def reviewed_version_docx(db: AsyncSession, version: DocumentVersion, locale: str) -> bytes:
    findings = await repository.findings_of(db, [version.id])
    comments = await repository.comments_of(db, version.id)
    names = await _names(
        db,
        {f.decided_by_id for f in findings if f.decided_by_id}
        | {c.author_id for c in comments if c.author_id},
    )
    review = [
        ReviewComment(
            start=f.start,
            end=f.end,
            text=_finding_comment(f, locale),
            author=names.get(f.decided_by_id or 0, "Jämlik"),
            initials=_initials(names.get(f.decided_by_id or 0, "Jämlik")),
        )
        for f in findings
    ] + [
        ReviewComment(
            start=c.start,
            end=c.end,
            text=c.body,
            author=names.get(c.author_id or 0, "Jämlik"),
            initials=_initials(names.get(c.author_id or 0, "Jämlik")),
        )
        for c in comments
    ]
    review.sort(key=lambda comment: (comment.start, comment.end))
    return reviewed_docx(version.data, version.format, version.text, version.blocks, review)


def _context(text: str, start: int, end: int) -> str:
    before = text[max(0, start - 60) : start].split("\n")[-1]
    after = text[end : end + 60].split("\n")[0]
    return f"…{before}{text[start:end]}{after}…"


def _report_document(
    document: Document,
    version: DocumentVersion,
    findings: Sequence[DocumentFinding],
    comments: Sequence[DocumentComment],
    names: dict[int, str],
) -> ReportDocument:
    rules = rules_by_id()
    return ReportDocument(
        title=document.title,
        kind=document.kind.value,
        version_number=version.number,
        file_name=version.file_name,
        status=version.status.value,
        reviewed_on=version.reviewed_at.date() if version.reviewed_at else None,
        summary=version.review_summary,
        settings=version.settings,
        findings=[
            ReportFinding(
                ground=f.ground,
                severity=f.severity,
                text=f.text,
                context=_context(version.text, f.start, f.end),
                status=f.status.value,
                note=f.note or None,
                chosen_suggestion=f.chosen_suggestion,
                explanation=rules[f.rule_id].explanation if f.rule_id in rules else None,
                suggestions=(
                    replacements(rules[f.rule_id].suggestions, f.text, f.term)
                    + rules[f.rule_id].advice
                    if f.rule_id in rules
                    else ()
                ),
            )
            for f in findings
        ],
        comments=[
            ReportComment(quote=c.quote, body=c.body, author=names.get(c.author_id or 0, ""))
            for c in comments
        ],
    )


async def report_pdf(
    db: AsyncSession,
    pairs: Sequence[tuple[Document, DocumentVersion]],
    *,
    organisation: str,
    title: str,
    locale: str,
    today: date,
) -> bytes:
    """The review report of the given versions, in a fixed number of queries."""
    version_ids = [version.id for _, version in pairs]
    findings = await repository.findings_of(db, version_ids)
    comments = list(
        await db.scalars(
            select(DocumentComment)
            .where(DocumentComment.version_id.in_(version_ids))
            .order_by(DocumentComment.version_id, DocumentComment.start)
        )
    )
    names = await _names(db, {c.author_id for c in comments if c.author_id})
    documents = [
        _report_document(
            document,
            version,
            [f for f in findings if f.version_id == version.id],
            [c for c in comments if c.version_id == version.id],
            names,
        )
        for document, version in pairs
    ]
    return review_report_pdf(
        locale="en" if locale == "en" else "sv",
        title=title,
        organisation=organisation,
        generated_on=today,
        documents=documents,
    )
