from __future__ import annotations

from fastapi import APIRouter, status
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.auth.permissions import CurrentPrincipal
from backend.certificates import service as certificates
from backend.certificates.schemas import CertificateRead
from backend.certifications import repository as certification_repo
from backend.certifications.repository import CertificationAccess
from backend.core.clock import Clock, ClockDep
from backend.core.config import Settings
from backend.core.dates import local_date
from backend.core.db import SessionDep
from backend.core.deps import SettingsDep
from backend.core.errors import NotFound
from backend.core.pagination import Page, PageDep, paginate_rows
from backend.core.principal import Principal
from backend.core.schemas import ObjectId
from backend.evaluations.policies import POLICY as EVALUATIONS
from backend.evaluations.policies import EvaluationAction
from backend.evaluations.results import ResultFilter, evaluation_results
from backend.live.schemas import EvaluationResults
from backend.models import Certificate, RecertReview, User
from backend.recertification import policies, service
from backend.recertification.policies import POLICY, RecertificationAction
from backend.recertification.schemas import (
    Decision,
    DecisionResult,
    Effort,
    RecertItem,
    ReviewCreate,
    ReviewRead,
    ReviewSummary,
    ReviewUpdate,
    Window,
)

router = APIRouter(tags=["re-certification"])


async def _certificate(
    db: AsyncSession, principal: Principal, certificate_id: int
) -> tuple[Certificate, CertificationAccess]:
    certificate = await db.get(Certificate, certificate_id)
    if certificate is None:
        raise NotFound()
    return certificate, await certification_repo.get_visible(
        db, principal, certificate.certification_id
    )


async def _review(
    db: AsyncSession, principal: Principal, review_id: int
) -> tuple[RecertReview, Certificate, CertificationAccess]:
    review = await db.get(RecertReview, review_id)
    if review is None:
        raise NotFound()
    certificate, access = await _certificate(db, principal, review.certificate_id)
    return review, certificate, access


async def _read(
    db: AsyncSession,
    settings: Settings,
    clock: Clock,
    review: RecertReview,
    access: CertificationAccess,
) -> ReviewRead:
    auditor_name = None
    if review.auditor_id is not None:
        auditor_name = await db.scalar(select(User.full_name).where(User.id == review.auditor_id))
    return ReviewRead(
        id=review.id,
        certificate_id=review.certificate_id,
        certification_id=review.certification_id,
        organisation_name=access.organisation_name,
        scheduled_on=review.scheduled_on,
        auditor_id=review.auditor_id,
        auditor_name=auditor_name,
        notes=review.notes,
        outcome=review.outcome,
        efforts=[Effort.model_validate(e) for e in review.efforts],
        decided_at=review.decided_at,
        next_certification_id=review.next_certification_id,
        version=review.version,
        allowed_actions=policies.allowed(access.principal, access.subject, review),
        basis=await service.basis(
            db,
            review.certification_id,
            local_date(clock.now()),
            await _evaluations(db, settings, review, access),
        ),
    )


async def _evaluations(
    db: AsyncSession, settings: Settings, review: RecertReview, access: CertificationAccess
) -> EvaluationResults | None:
    """The cycle's evaluation results, for staff: the working group reads its review without them
    (evaluations of the training are for trainers, admins and auditors)."""
    if not EVALUATIONS.may(access.principal, EvaluationAction.VIEW, access.subject):
        return None
    wanted = ResultFilter(certification_id=review.certification_id)
    return await evaluation_results(db, access.principal, wanted, settings.live_min_answers)


def _certificate_read(
    principal: Principal, certificate: Certificate, settings: Settings, clock: ClockDep, cycle: int
) -> CertificateRead:
    return certificates.read_model(
        certificate, None, settings, clock.now(), cycle, principal=principal
    )


@router.get("/recertification/certificates", response_model=Page[RecertItem])
async def list_recertification(
    principal: CurrentPrincipal,
    db: SessionDep,
    params: PageDep,
    settings: SettingsDep,
    clock: ClockDep,
    window: Window = "open",
) -> Page[RecertItem]:
    """Certificates whose re-certification window is open, that expire soon, or all current ones
    (auditors, admins)."""
    POLICY.require(principal, RecertificationAction.VIEW)
    today = local_date(clock.now())
    rows, total = await paginate_rows(db, service.recert_list(settings, window, today), params)
    reviews = await service.latest_reviews(db, [c.id for c, _n, _cycle in rows])
    items = []
    for certificate, name, cycle in rows:
        found = reviews.get(certificate.id)
        items.append(
            RecertItem(
                certificate=_certificate_read(principal, certificate, settings, clock, cycle),
                organisation_id=certificate.organisation_id,
                organisation_name=name,
                window_opens_on=certificates.window_opens_on(certificate.valid_until, settings),
                review=ReviewSummary(
                    id=found[0].id,
                    scheduled_on=found[0].scheduled_on,
                    auditor_name=found[1],
                    outcome=found[0].outcome,
                )
                if found
                else None,
                allowed_actions=policies.book_actions(
                    principal,
                    window_open=service.window_open(certificate, today, settings),
                    undecided=found is not None and found[0].outcome is None,
                ),
            )
        )
    return Page[RecertItem](items=items, total=total, page=params.page, page_size=params.page_size)


@router.get("/certificates/{certificate_id}/reviews", response_model=list[ReviewRead])
async def list_reviews(
    certificate_id: ObjectId,
    principal: CurrentPrincipal,
    db: SessionDep,
    settings: SettingsDep,
    clock: ClockDep,
) -> list[ReviewRead]:
    """The certificate's re-certification reviews, oldest first."""
    _certificate_row, access = await _certificate(db, principal, certificate_id)
    reviews = await db.scalars(
        select(RecertReview)
        .where(RecertReview.certificate_id == certificate_id)
        .order_by(RecertReview.id)
    )
    return [await _read(db, settings, clock, r, access) for r in reviews]


@router.post(
    "/certificates/{certificate_id}/reviews",
    response_model=ReviewRead,
    status_code=status.HTTP_201_CREATED,
)
async def schedule_review(
    certificate_id: ObjectId,
    body: ReviewCreate,
    principal: CurrentPrincipal,
    db: SessionDep,
    settings: SettingsDep,
    clock: ClockDep,
) -> ReviewRead:
    """Schedule a re-certification review once the window is open (auditors, admins)."""
    certificate, access = await _certificate(db, principal, certificate_id)
    review = await service.schedule(db, settings, principal, access, certificate, body, clock.now())
    return await _read(db, settings, clock, review, access)


@router.get("/reviews/{review_id}", response_model=ReviewRead)
async def read_review(
    review_id: ObjectId,
    principal: CurrentPrincipal,
    db: SessionDep,
    settings: SettingsDep,
    clock: ClockDep,
) -> ReviewRead:
    """A review with what should decide it: goal progress across the follow-ups."""
    review, _certificate_row, access = await _review(db, principal, review_id)
    return await _read(db, settings, clock, review, access)


@router.patch("/reviews/{review_id}", response_model=ReviewRead)
async def update_review(
    review_id: ObjectId,
    body: ReviewUpdate,
    principal: CurrentPrincipal,
    db: SessionDep,
    settings: SettingsDep,
    clock: ClockDep,
) -> ReviewRead:
    """Move the review, change its auditor or notes; send the version you read."""
    review, certificate, access = await _review(db, principal, review_id)
    current = (await _read(db, settings, clock, review, access)).model_dump(mode="json")
    await service.update(
        db, principal, access, review, certificate.organisation_id, body, current, clock.now()
    )
    return await _read(db, settings, clock, review, access)


@router.post("/reviews/{review_id}/decide", response_model=DecisionResult)
async def decide_review(
    review_id: ObjectId,
    body: Decision,
    principal: CurrentPrincipal,
    db: SessionDep,
    settings: SettingsDep,
    clock: ClockDep,
) -> DecisionResult:
    """Record the outcome: renewed (with or without targeted efforts) starts the next cycle and
    issues its certificate; not renewed lets the certificate expire."""
    review, certificate, access = await _review(db, principal, review_id)
    current = (await _read(db, settings, clock, review, access)).model_dump(mode="json")
    new_certificate = await service.decide(
        db,
        settings,
        principal,
        access,
        review,
        certificate,
        version=body.version,
        outcome=body.outcome,
        notes=body.notes,
        efforts=body.efforts,
        current=current,
        now=clock.now(),
    )
    return DecisionResult(
        review=await _read(db, settings, clock, review, access),
        certificate=_certificate_read(
            principal, new_certificate, settings, clock, access.certification.cycle + 1
        )
        if new_certificate
        else None,
        next_certification_id=review.next_certification_id,
    )
