"""The action plan is the first document reviewed: each submission of the plan becomes a version
of the certification's plan document, checked like any upload, with the decisions on findings
that are still there carried forward from the last submission."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.action_plans.content import PlanContent
from backend.core.config import Settings
from backend.core.policy import Subject
from backend.core.principal import Principal
from backend.documents import uploads
from backend.models import Document
from backend.models.enums import DocumentKind

TITLE = "Handlingsplan"


def _figure(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    number = f"{value:g}".replace(".", ",")
    return f"{number} {unit}".strip()


def _day(value: date | None) -> str:
    return value.isoformat() if value else "–"


def plan_as_markdown(content: PlanContent) -> str:
    """The plan's words as a Markdown document: vision, goals with their figures, activities."""
    lines = [f"# {TITLE}", "", "## Vision", "", content.vision.strip() or "–", "", "## Mål", ""]
    for number, goal in enumerate(content.goals, start=1):
        lines += [
            f"### Mål {number}: {goal.title or '–'}",
            "",
            f"- Indikator: {goal.indicator or '–'}",
            f"- Utgångsvärde: {_figure(goal.baseline, goal.unit)}",
            f"- Målvärde: {_figure(goal.target, goal.unit)}",
            f"- Klart senast: {_day(goal.deadline)}",
            f"- Ansvarig: {goal.responsible or '–'}",
            "",
        ]
    lines += ["## Aktiviteter", ""]
    for number, activity in enumerate(content.activities, start=1):
        lines += [
            f"### Aktivitet {number}",
            "",
            activity.description.strip() or "–",
            "",
            f"- Ansvarig: {activity.responsible or '–'}",
            f"- Tid: {_day(activity.start_date)} – {_day(activity.due_date)}",
            "",
        ]
    return "\n".join(lines).rstrip() + "\n"


async def review_submitted_plan(
    db: AsyncSession,
    settings: Settings,
    principal: Principal,
    subject: Subject,
    certification_id: int,
    content: PlanContent,
    plan_version: int,
    now: datetime,
) -> None:
    """The trainer hears of the submission itself (plan_submitted), not of this document too."""
    data = plan_as_markdown(content).encode("utf-8")
    file_name = f"handlingsplan-version-{plan_version}.md"
    document = await db.scalar(
        select(Document)
        .where(
            Document.certification_id == certification_id,
            Document.kind == DocumentKind.PLAN,
            Document.title == TITLE,
        )
        .with_for_update()
    )
    if document is None:
        await uploads.create_document(
            db,
            settings,
            principal,
            subject,
            certification_id,
            title=TITLE,
            kind=DocumentKind.PLAN,
            file_name=file_name,
            data=data,
            now=now,
            notify=False,
        )
    else:
        await uploads.add_version(
            db,
            settings,
            principal,
            subject,
            document,
            file_name=file_name,
            data=data,
            now=now,
            notify=False,
        )
