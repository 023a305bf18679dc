"""A review report as a PDF, in Swedish or English: for one document or all of a certification's.

The cover names the report, the organisation and the day, and lists the documents. Each document
then has its facts (kind, file, version, review status, when it was reviewed), the trainer's
summary, a table of its findings by ground and decision, the findings grouped by ground (the
flagged text in bold, the sentence around it, the decision with the trainer's note and chosen
wording, the suggestions and why), the trainer's comments on passages, and the settings the
check ran with: why something was not flagged (more than two genders or not, the terms the
organisation keeps and why, the grounds turned off).

The text is set in DejaVu Sans (the fonts the certificates ship), embedded, so Swedish, Sami,
Finnish and other European letters print; long texts wrap (a word longer than a line is split).
User texts are escaped, never read as markup. Every page has a footer with the organisation,
the report's title and the page number, and each document is a bookmark in the PDF's outline.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any, Literal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from backend.certificates.pdf import BOLD, FONT_DIR, MONTHS, REGULAR
from backend.language.grounds import ALL

Locale = Literal["sv", "en"]


@dataclass(frozen=True)
class ReportFinding:
    ground: str
    severity: str  # "avoid" or "consider"
    text: str
    context: str  # the sentence (or so) around the text
    status: str  # "open", "accepted" or "dismissed"
    note: str | None = None
    chosen_suggestion: str | None = None
    explanation: str | Mapping[str, str] | None = None  # a text, or one per locale
    suggestions: Sequence[str] = ()


@dataclass(frozen=True)
class ReportComment:
    quote: str
    body: str
    author: str


@dataclass(frozen=True)
class ReportDocument:
    title: str
    kind: str
    version_number: int
    file_name: str
    status: str  # the version's review status
    reviewed_on: date | None
    summary: str
    # As the version recorded them: non_binary, accepted_terms [{term, reason}], disabled_groups.
    settings: Mapping[str, Any]
    findings: Sequence[ReportFinding] = ()
    comments: Sequence[ReportComment] = field(default_factory=tuple)


TEXT: dict[str, dict[str, str]] = {
    "sv": {
        "report": "Granskningsrapport: inkluderande språk",
        "organisation": "Organisation",
        "generated": "Skapad",
        "documents": "Dokument",
        "document": "Dokument",
        "kind": "Typ",
        "file": "Fil",
        "version": "Version",
        "status": "Status",
        "reviewed_on": "Granskad den",
        "not_reviewed": "Inte färdiggranskad",
        "findings_short": "Fynd",
        "open_short": "Öppna",
        "summary": "Utbildarens sammanfattning",
        "no_summary": "Ingen sammanfattning.",
        "counts": "Fynd per grund och beslut",
        "ground": "Grund",
        "total": "Totalt",
        "findings": "Fynd",
        "no_findings": "Granskningen hittade inga formuleringar att se över.",
        "context": "Sammanhang",
        "decision": "Beslut",
        "note": "Anteckning",
        "chosen": "Vald formulering",
        "suggestions": "Förslag",
        "why": "Varför",
        "comments": "Utbildarens kommentarer",
        "no_comments": "Inga kommentarer.",
        "settings": "Inställningar vid granskningen",
        "settings_intro": "Granskningen gjordes med organisationens inställningar nedan. "
        "Det som de undantar flaggades inte.",
        "non_binary": "Fler än två kön",
        "non_binary_on": "Ja: uttryck som ”han eller hon” flaggas, eftersom organisationen "
        "skriver för fler än två kön.",
        "non_binary_off": "Nej: uttryck som ”han eller hon” flaggas inte.",
        "accepted_terms": "Termer som organisationen behåller",
        "no_accepted_terms": "Inga: alla termer i regelbiblioteket granskades.",
        "disabled_groups": "Avstängda grunder och kategorier",
        "no_disabled_groups": "Inga: alla grunder och kategorier granskades.",
        "rules": "Regler i biblioteket",
        "page": "Sida",
        "quote": "”{}”",
    },
    "en": {
        "report": "Review report: inclusive language",
        "organisation": "Organisation",
        "generated": "Generated",
        "documents": "Documents",
        "document": "Document",
        "kind": "Kind",
        "file": "File",
        "version": "Version",
        "status": "Status",
        "reviewed_on": "Reviewed on",
        "not_reviewed": "Review not finished",
        "findings_short": "Findings",
        "open_short": "Open",
        "summary": "The trainer's summary",
        "no_summary": "No summary.",
        "counts": "Findings by ground and decision",
        "ground": "Ground",
        "total": "Total",
        "findings": "Findings",
        "no_findings": "The review found no wording to reconsider.",
        "context": "Context",
        "decision": "Decision",
        "note": "Note",
        "chosen": "Chosen wording",
        "suggestions": "Suggestions",
        "why": "Why",
        "comments": "The trainer's comments",
        "no_comments": "No comments.",
        "settings": "Settings in force",
        "settings_intro": "The review ran with the organisation's settings below. "
        "What they exempt was not flagged.",
        "non_binary": "More than two genders",
        "non_binary_on": "Yes: phrases such as “he or she” are flagged, since the organisation "
        "writes for more than two genders.",
        "non_binary_off": "No: phrases such as “he or she” are not flagged.",
        "accepted_terms": "Terms the organisation keeps",
        "no_accepted_terms": "None: every term of the rule library was reviewed.",
        "disabled_groups": "Grounds and categories turned off",
        "no_disabled_groups": "None: every ground and category was reviewed.",
        "rules": "Rules in the library",
        "page": "Page",
        "quote": "“{}”",
    },
}

FINDING_STATUSES = ("open", "accepted", "dismissed")
FINDING_STATUS: dict[str, dict[str, str]] = {
    "sv": {"open": "Öppen", "accepted": "Godkänd", "dismissed": "Avfärdad"},
    "en": {"open": "Open", "accepted": "Accepted", "dismissed": "Dismissed"},
}
# Column heads of the counts table: the statuses in the plural.
FINDING_STATUS_PLURAL: dict[str, dict[str, str]] = {
    "sv": {"open": "Öppna", "accepted": "Godkända", "dismissed": "Avfärdade"},
    "en": {"open": "Open", "accepted": "Accepted", "dismissed": "Dismissed"},
}
SEVERITY: dict[str, dict[str, str]] = {
    "sv": {"avoid": "Undvik", "consider": "Överväg"},
    "en": {"avoid": "Avoid", "consider": "Consider"},
}
REVIEW_STATUS: dict[str, dict[str, str]] = {
    "sv": {
        "awaiting_review": "Väntar på granskning",
        "in_review": "Granskas",
        "reviewed": "Granskad",
        "superseded": "Ersatt av en nyare version",
    },
    "en": {
        "awaiting_review": "Awaiting review",
        "in_review": "In review",
        "reviewed": "Reviewed",
        "superseded": "Superseded by a newer version",
    },
}
KIND: dict[str, dict[str, str]] = {
    "sv": {
        "policy": "Policy",
        "job_ad": "Platsannons",
        "form": "Formulär",
        "web_text": "Webbtext",
        "plan": "Plan",
        "other": "Annat",
    },
    "en": {
        "policy": "Policy",
        "job_ad": "Job ad",
        "form": "Form",
        "web_text": "Web text",
        "plan": "Plan",
        "other": "Other",
    },
}

INK = colors.HexColor("#1f2a44")
ACCENT = colors.HexColor("#6b2d5c")
MUTED = colors.HexColor("#5b6475")
RULE = colors.HexColor("#c9cdd6")
HEAD_FILL = colors.HexColor("#eef0f4")
STATUS_COLOUR = {"open": "#9a5b00", "accepted": "#1e6b34", "dismissed": "#5b6475"}
SEVERITY_COLOUR = {"avoid": "#a3202e", "consider": "#9a5b00"}

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
FOOTER_Y = 10 * mm


def review_report_pdf(
    *,
    locale: Locale,
    title: str,
    organisation: str,
    generated_on: date,
    documents: Sequence[ReportDocument],
) -> bytes:
    """The review report of `documents` (see the module's docstring)."""
    _register_fonts()
    styles = _styles()
    buffer = io.BytesIO()
    template = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=_plain(title),
        author=_plain(organisation),
        subject=TEXT[locale]["report"],
        creator="Jämlik",
        lang=locale,
    )
    template.afterFlowable = _bookmarking(template)
    footer = _Footer(locale, f"{_plain(organisation)} · {_plain(title)}")
    story = _cover(locale, styles, title, organisation, generated_on, documents)
    for document in documents:
        story.append(PageBreak())
        story += _document(locale, styles, document)
    template.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


# --- Fonts, styles, pages ---------------------------------------------------------------------


@cache
def _register_fonts() -> None:
    for name in (REGULAR, BOLD):
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / f"{name}.ttf")))
    # DejaVu Sans has no italic here: <i> sets the upright face rather than failing.
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
    )


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "body", fontName=REGULAR, fontSize=9.5, leading=13, textColor=INK, spaceAfter=3
    )

    def style(name: str, **changes: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    return {
        "body": base,
        "cover_title": style(
            "cover_title", fontName=BOLD, fontSize=24, leading=30, textColor=ACCENT, spaceAfter=10
        ),
        "cover_line": style("cover_line", fontSize=13, leading=18, spaceAfter=4),
        "doc_title": style(
            "doc_title", fontName=BOLD, fontSize=17, leading=22, textColor=ACCENT, spaceAfter=8
        ),
        # A heading stays on the page of what follows it.
        "h2": style(
            "h2",
            fontName=BOLD,
            fontSize=12.5,
            leading=17,
            spaceBefore=10,
            spaceAfter=5,
            keepWithNext=1,
        ),
        "h3": style(
            "h3",
            fontName=BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=8,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "cell": style("cell", fontSize=8.5, leading=11, spaceAfter=0),
        "cell_head": style("cell_head", fontName=BOLD, fontSize=8.5, leading=11, spaceAfter=0),
        "number": style("number", fontSize=8.5, leading=11, spaceAfter=0, alignment=2),
        "number_head": style(
            "number_head", fontName=BOLD, fontSize=8.5, leading=11, spaceAfter=0, alignment=2
        ),
        "finding": style("finding", fontSize=10.5, leading=14, spaceBefore=4, spaceAfter=2),
        "detail": style("detail", leftIndent=4 * mm, spaceAfter=1.5),
        "quote": style(
            "quote", leftIndent=4 * mm, textColor=MUTED, borderPadding=(0, 0, 0, 2 * mm)
        ),
        "muted": style("muted", textColor=MUTED),
    }


def _bookmarking(template: Any) -> Any:
    """reportlab's hook after each flowable: each document's title becomes a bookmark in the
    PDF's outline."""

    def after_flowable(flowable: Flowable) -> None:
        if isinstance(flowable, Paragraph) and flowable.style.name == "doc_title":
            key = f"document-{template.page}-{id(flowable)}"
            template.canv.bookmarkPage(key)
            template.canv.addOutlineEntry(flowable.getPlainText(), key, level=0)

    return after_flowable


class _Footer:
    def __init__(self, locale: Locale, label: str) -> None:
        self._page = TEXT[locale]["page"]
        self._label = label

    def __call__(self, canvas: Canvas, _document: Any) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(MUTED)
        number = f"{self._page} {canvas.getPageNumber()}"
        room = PAGE_WIDTH - 2 * MARGIN - pdfmetrics.stringWidth(number, REGULAR, 7.5) - 6 * mm
        canvas.drawString(MARGIN, FOOTER_Y, _fitted(self._label, room, 7.5))
        canvas.drawRightString(PAGE_WIDTH - MARGIN, FOOTER_Y, number)
        canvas.restoreState()


def _fitted(text: str, width: float, size: float) -> str:
    if pdfmetrics.stringWidth(text, REGULAR, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", REGULAR, size) > width:
        text = text[:-1]
    return text + "…"


# --- Text -------------------------------------------------------------------------------------

_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def _plain(text: str | None) -> str:
    """A user's text as one line of printable, composed characters."""
    return " ".join(unicodedata.normalize("NFC", _UNPRINTABLE.sub("", text or "")).split())


def _markup(text: str | None) -> str:
    """A user's text for a Paragraph: escaped, its line breaks kept."""
    cleaned = unicodedata.normalize("NFC", _UNPRINTABLE.sub("", text or ""))
    lines = [" ".join(line.split()) for line in cleaned.replace("\r\n", "\n").split("\n")]
    return "<br/>".join(escape(line) for line in lines if line)


def _date(day: date, locale: Locale) -> str:
    return f"{day.day} {MONTHS[locale][day.month - 1]} {day.year}"


def _label(table: dict[str, dict[str, str]], locale: Locale, value: str) -> str:
    return table[locale].get(value, value)


def _ground(code: str, locale: Locale) -> str:
    return ALL.get(code, {}).get(locale, code)


def _coloured(text: str, colour: str | None) -> str:
    return f'<font color="{colour}">{text}</font>' if colour else text


# --- The cover --------------------------------------------------------------------------------


def _cover(
    locale: Locale,
    styles: dict[str, ParagraphStyle],
    title: str,
    organisation: str,
    generated_on: date,
    documents: Sequence[ReportDocument],
) -> list[Flowable]:
    t = TEXT[locale]
    story: list[Flowable] = [
        Spacer(1, 30 * mm),
        Paragraph(escape(t["report"]), styles["muted"]),
        Paragraph(_markup(title), styles["cover_title"]),
        Paragraph(
            f"{escape(t['organisation'])}: <b>{_markup(organisation)}</b>", styles["cover_line"]
        ),
        Paragraph(f"{escape(t['generated'])}: {_date(generated_on, locale)}", styles["cover_line"]),
        Spacer(1, 12 * mm),
    ]
    if not documents:
        return story
    story.append(Paragraph(escape(t["documents"]), styles["h2"]))
    rows: list[list[Any]] = [
        [
            Paragraph(escape(t["document"]), styles["cell_head"]),
            Paragraph(escape(t["version"]), styles["number_head"]),
            Paragraph(escape(t["status"]), styles["cell_head"]),
            Paragraph(escape(t["findings_short"]), styles["number_head"]),
            Paragraph(escape(t["open_short"]), styles["number_head"]),
        ]
    ]
    for document in documents:
        rows.append(
            [
                Paragraph(
                    f"<b>{_markup(document.title)}</b><br/>"
                    f"{escape(_label(KIND, locale, document.kind))}",
                    styles["cell"],
                ),
                Paragraph(str(document.version_number), styles["number"]),
                Paragraph(escape(_label(REVIEW_STATUS, locale, document.status)), styles["cell"]),
                Paragraph(str(len(document.findings)), styles["number"]),
                Paragraph(
                    str(sum(1 for f in document.findings if f.status == "open")),
                    styles["number"],
                ),
            ]
        )
    width = PAGE_WIDTH - 2 * MARGIN
    story.append(_table(rows, [width - 100 * mm, 18 * mm, 46 * mm, 18 * mm, 18 * mm]))
    return story


def _table(rows: list[list[Any]], widths: list[float], *, total_row: bool = False) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if total_row:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.6, INK))
    table.setStyle(TableStyle(commands))
    return table


# --- A document -------------------------------------------------------------------------------


def _document(
    locale: Locale, styles: dict[str, ParagraphStyle], document: ReportDocument
) -> list[Flowable]:
    t = TEXT[locale]
    reviewed = _date(document.reviewed_on, locale) if document.reviewed_on else t["not_reviewed"]
    facts = [
        (t["kind"], escape(_label(KIND, locale, document.kind))),
        (t["file"], _markup(document.file_name)),
        (t["version"], str(document.version_number)),
        (t["status"], escape(_label(REVIEW_STATUS, locale, document.status))),
        (t["reviewed_on"], escape(reviewed)),
    ]
    story: list[Flowable] = [Paragraph(_markup(document.title) or "–", styles["doc_title"])]
    fact_table = Table(
        [
            [Paragraph(escape(label), styles["cell_head"]), Paragraph(value, styles["cell"])]
            for label, value in facts
        ],
        colWidths=[32 * mm, PAGE_WIDTH - 2 * MARGIN - 32 * mm],
        hAlign="LEFT",
    )
    fact_table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
            ]
        )
    )
    story.append(fact_table)

    story.append(Paragraph(escape(t["summary"]), styles["h2"]))
    summary = _markup(document.summary)
    story.append(
        Paragraph(summary or escape(t["no_summary"]), styles["body" if summary else "muted"])
    )

    story += _counts(locale, styles, document.findings)
    story += _findings(locale, styles, document.findings)
    story += _comments(locale, styles, document.comments)
    story += _settings(locale, styles, document.settings)
    return story


def _grounds_in_order(findings: Sequence[ReportFinding]) -> list[str]:
    present = {finding.ground for finding in findings}
    known = [code for code in ALL if code in present]
    return known + sorted(present - set(ALL))


def _counts(
    locale: Locale, styles: dict[str, ParagraphStyle], findings: Sequence[ReportFinding]
) -> list[Flowable]:
    t = TEXT[locale]
    story: list[Flowable] = [Paragraph(escape(t["counts"]), styles["h2"])]
    if not findings:
        story.append(Paragraph(escape(t["no_findings"]), styles["muted"]))
        return story
    counts = Counter((finding.ground, finding.status) for finding in findings)
    statuses = list(FINDING_STATUSES) + sorted(
        {finding.status for finding in findings} - set(FINDING_STATUSES)
    )
    head = [Paragraph(escape(t["ground"]), styles["cell_head"])] + [
        Paragraph(escape(_label(FINDING_STATUS_PLURAL, locale, status)), styles["number_head"])
        for status in statuses
    ]
    head.append(Paragraph(escape(t["total"]), styles["number_head"]))
    rows: list[list[Any]] = [head]
    for ground in _grounds_in_order(findings):
        row: list[Any] = [Paragraph(escape(_ground(ground, locale)), styles["cell"])]
        row += [Paragraph(str(counts[ground, status]), styles["number"]) for status in statuses]
        total = sum(counts[ground, status] for status in statuses)
        row.append(Paragraph(str(total), styles["number"]))
        rows.append(row)
    totals: list[Any] = [Paragraph(escape(t["total"]), styles["cell_head"])]
    totals += [
        Paragraph(str(sum(1 for f in findings if f.status == status)), styles["number_head"])
        for status in statuses
    ]
    totals.append(Paragraph(str(len(findings)), styles["number_head"]))
    rows.append(totals)
    number_width = 22 * mm
    width = PAGE_WIDTH - 2 * MARGIN - number_width * (len(statuses) + 1)
    story.append(_table(rows, [width] + [number_width] * (len(statuses) + 1), total_row=True))
    return story


def _findings(
    locale: Locale, styles: dict[str, ParagraphStyle], findings: Sequence[ReportFinding]
) -> list[Flowable]:
    if not findings:
        return []
    t = TEXT[locale]
    story: list[Flowable] = []
    # Headings go into their first finding's KeepTogether: keepWithNext skips containers.
    headings: list[Flowable] = [Paragraph(escape(t["findings"]), styles["h2"])]
    for ground in _grounds_in_order(findings):
        group = [finding for finding in findings if finding.ground == ground]
        headings.append(
            Paragraph(f"{escape(_ground(ground, locale))} ({len(group)})", styles["h3"])
        )
        for finding in group:
            story.append(KeepTogether(headings + _finding(locale, styles, finding)))
            headings = []
    return story


def _finding(
    locale: Locale, styles: dict[str, ParagraphStyle], finding: ReportFinding
) -> list[Flowable]:
    t = TEXT[locale]
    severity = _coloured(
        escape(_label(SEVERITY, locale, finding.severity)), SEVERITY_COLOUR.get(finding.severity)
    )
    parts: list[Flowable] = [
        HRFlowable(width="100%", thickness=0.3, color=RULE, spaceBefore=2, spaceAfter=2),
        Paragraph(f"<b>{_markup(finding.text) or '–'}</b>  ·  {severity}", styles["finding"]),
    ]

    def detail(label: str, value: str) -> None:
        if value:
            parts.append(Paragraph(f"<b>{escape(label)}:</b> {value}", styles["detail"]))

    detail(t["context"], _context(finding.context, finding.text))
    decision = _coloured(
        f"<b>{escape(_label(FINDING_STATUS, locale, finding.status))}</b>",
        STATUS_COLOUR.get(finding.status),
    )
    parts.append(Paragraph(f"<b>{escape(t['decision'])}:</b> {decision}", styles["detail"]))
    detail(t["chosen"], _markup(finding.chosen_suggestion))
    detail(t["note"], _markup(finding.note))
    suggestions = [_markup(s) for s in finding.suggestions if _plain(s)]
    detail(t["suggestions"], " · ".join(suggestions))
    detail(t["why"], _markup(_explanation(finding.explanation, locale)))
    return parts


def _context(context: str, text: str) -> str:
    """The context with the flagged text in bold (its first occurrence, if it is there)."""
    context, text = _plain(context), _plain(text)
    at = context.find(text) if text else -1
    if at < 0:
        return escape(context)
    before, after = context[:at], context[at + len(text) :]
    return f"{escape(before)}<b>{escape(text)}</b>{escape(after)}"


def _explanation(explanation: str | Mapping[str, str] | None, locale: Locale) -> str:
    if explanation is None or isinstance(explanation, str):
        return explanation or ""
    return explanation.get(locale) or next(iter(explanation.values()), "")


def _comments(
    locale: Locale, styles: dict[str, ParagraphStyle], comments: Sequence[ReportComment]
) -> list[Flowable]:
    t = TEXT[locale]
    story: list[Flowable] = [Paragraph(escape(t["comments"]), styles["h2"])]
    if not comments:
        story.append(Paragraph(escape(t["no_comments"]), styles["muted"]))
        return story
    heading: list[Flowable] = story[:]
    story = []
    for comment in comments:
        parts: list[Flowable] = [
            *heading,
            HRFlowable(width="100%", thickness=0.3, color=RULE, spaceBefore=2, spaceAfter=2),
        ]
        heading = []
        quote = _markup(comment.quote)
        if quote:
            parts.append(Paragraph(t["quote"].format(quote), styles["quote"]))
        parts.append(Paragraph(_markup(comment.body) or "–", styles["body"]))
        author = _markup(comment.author)
        if author:
            parts.append(Paragraph(f"– {author}", styles["muted"]))
        story.append(KeepTogether(parts))
    return story


def _settings(
    locale: Locale, styles: dict[str, ParagraphStyle], settings: Mapping[str, Any]
) -> list[Flowable]:
    t = TEXT[locale]
    story: list[Flowable] = [
        Paragraph(escape(t["settings"]), styles["h2"]),
        Paragraph(escape(t["settings_intro"]), styles["muted"]),
        Paragraph(escape(t["non_binary"]), styles["h3"]),
        Paragraph(
            escape(t["non_binary_on" if settings.get("non_binary") else "non_binary_off"]),
            styles["body"],
        ),
        Paragraph(escape(t["accepted_terms"]), styles["h3"]),
    ]
    terms = [
        term
        for term in settings.get("accepted_terms") or []
        if isinstance(term, Mapping) and _plain(str(term.get("term") or ""))
    ]
    if not terms:
        story.append(Paragraph(escape(t["no_accepted_terms"]), styles["muted"]))
    for term in terms:
        reason = _markup(str(term.get("reason") or ""))
        line = f"<b>{_markup(str(term['term']))}</b>" + (f": {reason}" if reason else "")
        story.append(Paragraph(line, styles["detail"]))
    story.append(Paragraph(escape(t["disabled_groups"]), styles["h3"]))
    disabled = [str(code) for code in settings.get("disabled_groups") or []]
    if disabled:
        names = ", ".join(escape(_ground(code, locale)) for code in disabled)
        story.append(Paragraph(names, styles["body"]))
    else:
        story.append(Paragraph(escape(t["no_disabled_groups"]), styles["muted"]))
    rules = settings.get("rules")
    if isinstance(rules, int) and not isinstance(rules, bool):
        story.append(Paragraph(f"{escape(t['rules'])}: {rules}", styles["muted"]))
    return story
