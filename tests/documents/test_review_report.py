"""The review report PDF: cover, per document counts, findings by ground, comments and settings,
in Swedish and English, read back with pypdf."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from backend.documents.review_report import (
    Locale,
    ReportComment,
    ReportDocument,
    ReportFinding,
    review_report_pdf,
)
from backend.language.grounds import ALL

ORGANISATION = "Sámi Searvi & Åkeriet <AB>"
SETTINGS = {
    "non_binary": True,
    "disabled_groups": ["age"],
    "accepted_terms": [
        {"term": "ordförande", "reason": "Titeln står så i föreningens stadgar."},
    ],
    "rules": 412,
}


def policy() -> ReportDocument:
    return ReportDocument(
        title="Jämställdhetspolicy för Ŋuorra-Áillohaš",
        kind="policy",
        version_number=2,
        file_name="policy_v2.docx",
        status="reviewed",
        reviewed_on=date(2026, 12, 3),
        summary="Policyn är välskriven.\nTvå formuleringar bör ses över.",
        settings=SETTINGS,
        findings=[
            ReportFinding(
                ground="sex",
                severity="avoid",
                text="brandmän",
                context="Våra brandmän arbetar i skift.",
                status="accepted",
                note="Byt i nästa upplaga.",
                chosen_suggestion="brandpersonal",
                explanation={"sv": "Ordet utgår från män.", "en": "The word assumes men."},
                suggestions=["brandpersonal", "brandsoldater"],
            ),
            ReportFinding(
                ground="ethnicity",
                severity="consider",
                text="invandrare",
                context="Vi välkomnar invandrare <och> andra.",
                status="dismissed",
                note="Citat ur en lag.",
                explanation="Säg hellre vad som menas.",
                suggestions=["personer som har invandrat"],
            ),
            ReportFinding(
                ground="family_forms",
                severity="consider",
                text="mamma och pappa",
                context="Ta med mamma och pappa på familjedagen.",
                status="open",
                suggestions=["vårdnadshavare"],
            ),
        ],
        comments=[
            ReportComment(
                quote="Vi söker en ung och hungrig säljare",
                body="Ålderskodat: skriv om hela meningen.",
                author="Åsa Tränare",
            )
        ],
    )


def job_ad() -> ReportDocument:
    return ReportDocument(
        title="Platsannons: säljare",
        kind="job_ad",
        version_number=1,
        file_name="annons.pdf",
        status="in_review",
        reviewed_on=None,
        summary="",
        settings={"non_binary": False, "disabled_groups": [], "accepted_terms": []},
        findings=[],
        comments=[],
    )


def text_of(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def report(locale: Locale, documents: list[ReportDocument]) -> bytes:
    return review_report_pdf(
        locale=locale,
        title="Granskning 2026",
        organisation=ORGANISATION,
        generated_on=date(2026, 12, 4),
        documents=documents,
    )


def test_swedish_report_of_two_documents() -> None:
    data = report("sv", [policy(), job_ad()])
    assert data.startswith(b"%PDF")
    text = text_of(data)

    for expected in [
        ORGANISATION,
        "Granskning 2026",
        "4 december 2026",
        "Jämställdhetspolicy för Ŋuorra-Áillohaš",
        "Platsannons: säljare",
        "policy_v2.docx",
        "3 december 2026",
        "Inte färdiggranskad",
        "Granskas",
        "Policyn är välskriven.",
        "brandmän",
        "Våra brandmän arbetar i skift.",
        "Vi välkomnar invandrare <och> andra.",
        "Godkänd",
        "Avfärdad",
        "Öppen",
        "Byt i nästa upplaga.",
        "brandpersonal",
        "Ordet utgår från män.",
        "Ålderskodat: skriv om hela meningen.",
        "Vi söker en ung och hungrig säljare",
        "Åsa Tränare",
        "ordförande",
        "Titeln står så i föreningens stadgar.",
        ALL["age"]["sv"],  # the disabled ground, by name
        ALL["sex"]["sv"],
        ALL["family_forms"]["sv"],
        "Granskningen hittade inga formuleringar att se över.",
        "Inga kommentarer.",
    ]:
        assert expected in text, expected
    assert "The word assumes men." not in text


def test_english_report_of_two_documents() -> None:
    text = text_of(report("en", [policy(), job_ad()]))

    for expected in [
        ORGANISATION,
        "4 December 2026",
        "Jämställdhetspolicy för Ŋuorra-Áillohaš",
        "Accepted",
        "Dismissed",
        "Open",
        "The word assumes men.",
        "Ålderskodat: skriv om hela meningen.",
        "ordförande",
        "Titeln står så i föreningens stadgar.",
        ALL["age"]["en"],
        ALL["ethnicity"]["en"],
        "Findings by ground and decision",
        "Settings in force",
        "Review not finished",
    ]:
        assert expected in text, expected
    assert "Godkänd" not in text


def test_counts_by_ground_and_status() -> None:
    findings = [
        ReportFinding("sex", "avoid", f"ord{i}", "", status)
        for i, status in enumerate(["open", "open", "accepted", "dismissed", "accepted"])
    ] + [ReportFinding("age", "consider", "ung", "", "accepted")]
    document = ReportDocument(
        "Räkna", "form", 1, "f.txt", "reviewed", date(2026, 1, 2), "", {}, findings, []
    )
    reader = PdfReader(io.BytesIO(report("en", [document])))
    page = " ".join((reader.pages[1].extract_text() or "").split())
    # Ground, open, accepted, dismissed, total: one row each, then the totals.
    assert "Sex 2 2 1 5" in page
    assert "Age 0 1 0 1" in page
    assert "Total 2 3 1 6" in page
    assert page.index("Sex 2 2 1 5") < page.index("Age 0 1 0 1")  # the law's order


def test_a_report_with_300_findings_runs_over_many_pages() -> None:
    grounds = list(ALL)
    findings = [
        ReportFinding(
            ground=grounds[i % len(grounds)],
            severity="avoid" if i % 2 else "consider",
            text=f"fynd{i}",
            context=f"En lång mening med fynd{i} i sig, " + "och mer text runt omkring " * 8,
            status=("open", "accepted", "dismissed")[i % 3],
            note="Anteckning " * 30 if i % 7 == 0 else None,
            suggestions=["ett", "två", "tre"],
            explanation="Förklaring. " * 10,
        )
        for i in range(300)
    ]
    document = ReportDocument(
        title="Stor rapport",
        kind="other",
        version_number=7,
        file_name="stor.odt",
        status="reviewed",
        reviewed_on=date(2026, 5, 1),
        summary="x" * 3000,  # one word longer than a line: it is split, not lost off the page
        settings=SETTINGS,
        findings=findings,
        comments=[ReportComment("citat " * 100, "kommentar " * 200, "T") for _ in range(5)],
    )
    data = report("sv", [document])
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) > 10
    text = text_of(data)
    assert "fynd0" in text and "fynd299" in text
    assert "Stor rapport" in [item.title for item in reader.outline]  # type: ignore[union-attr]  # pypdf types outline as nested lists


@pytest.mark.parametrize("locale", ["sv", "en"])
def test_no_documents_and_unknown_codes_still_render(locale: Locale) -> None:
    assert text_of(report(locale, [])).count(ORGANISATION) >= 1
    odd = ReportDocument(
        title="Udda\x00 <b>värden</b> \U0001f642",
        kind="brochure",
        version_number=1,
        file_name="a\tb\nc.txt",
        status="archived",
        reviewed_on=None,
        summary="\ud800",
        settings={"accepted_terms": [{"term": "", "reason": "tom"}, "fel"], "rules": True},
        findings=[ReportFinding("new_ground", "severe", "x", "y", "pending", suggestions=[""])],
        comments=[ReportComment("", "", "")],
    )
    text = text_of(report(locale, [odd]))
    for expected in ["<b>värden</b>", "brochure", "archived", "new_ground", "severe", "pending"]:
        assert expected in text, expected
