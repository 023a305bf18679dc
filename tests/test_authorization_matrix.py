"""Every route × every kind of caller. A route missing from MATRIX fails the suite, so a new
endpoint cannot ship without deciding who may call it. docs/permissions.md is the prose of this.

The scene: organisation A has a certification with `trainer` assigned, a training day in the past,
a workshop, a saved plan (version 1) and, for the certificate routes, a certificate. `lead` and
`member` belong to A; `other_org` is the lead of organisation B; `other_trainer` is a trainer who
is not assigned to A's certification.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from sqlalchemy import select

from backend.models import FollowUp
from tests.factories import PASSWORD, bearer_for
from tests.helpers import full_plan, issue_certificate_directly, save_plan

CALLERS = [
    "anonymous",
    "admin",
    "trainer",
    "auditor",
    "lead",
    "member",
    "other_org",
    "other_trainer",
]
TOKEN = "t" * 43


def _row(
    anonymous: int,
    admin: int,
    trainer: int,
    auditor: int,
    lead: int,
    member: int,
    other_org: int,
    other_trainer: int | None = None,
) -> dict[str, int]:
    values = [
        anonymous,
        admin,
        trainer,
        auditor,
        lead,
        member,
        other_org,
        trainer if other_trainer is None else other_trainer,
    ]
    return dict(zip(CALLERS, values, strict=True))


def _everyone(status: int) -> dict[str, int]:
    return dict.fromkeys(CALLERS, status)


def _logged_in(status: int) -> dict[str, int]:
    return _everyone(status) | {"anonymous": 401}


ADMIN_ONLY = _row(401, 200, 403, 403, 403, 403, 403)
STAFF_ONLY = _row(401, 200, 200, 200, 403, 403, 403)
ORG_READ = _row(401, 200, 200, 200, 200, 200, 404)
ORG_MANAGE = _row(401, 200, 403, 403, 200, 403, 404)
# Certification of organisation A: an unassigned trainer cannot see it at all.
CERT_READ = _row(401, 200, 200, 200, 200, 200, 404, 404)
CERT_ADMIN = _row(401, 200, 403, 403, 403, 403, 404, 404)
CERT_TRAINING = _row(401, 200, 200, 403, 403, 403, 404, 404)
PLAN_EDIT = _row(401, 200, 403, 403, 200, 200, 404, 404)
PLAN_SUBMIT = _row(401, 403, 403, 403, 200, 200, 404, 404)
PLAN_REVIEW = _row(401, 403, 200, 403, 403, 403, 404, 404)
PLAN_COMMENT = _row(401, 201, 201, 403, 201, 201, 404, 404)
GROUP_WRITES = _row(401, 403, 403, 403, 200, 200, 404, 404)
AUDIT_LIST = _row(401, 200, 403, 200, 403, 403, 403, 403)
AUDIT_WRITE = _row(401, 200, 403, 200, 403, 403, 404, 404)

# Documents: the working group uploads, the assigned trainer reviews, the rest read.
DOC_UPLOAD = _row(401, 403, 403, 403, 201, 201, 404, 404)
DOC_REVIEW = _row(401, 403, 200, 403, 403, 403, 404, 404)
# An organisation's language settings: its lead and the trainers of its certifications.
LANGUAGE_READ = _row(401, 200, 200, 200, 200, 200, 404, 404)
LANGUAGE_MANAGE = _row(401, 403, 200, 403, 200, 403, 404, 404)

C = "/api/v1/certifications/{certification_id}"
R = "/api/v1/live/rooms/{room_id}"
Q = "/api/v1/live/questions/{question_id}"
MATRIX: dict[tuple[str, str], dict[str, int]] = {
    ("GET", "/healthz"): _everyone(200),
    ("GET", "/readyz"): _everyone(200),
    ("GET", "/api/v1/settings"): _everyone(200),  # the SPA's settings: nothing secret
    ("POST", "/api/v1/auth/login"): _everyone(200),
    ("POST", "/api/v1/auth/refresh"): _everyone(401),  # cookie only; see tests/auth/test_login.py
    ("POST", "/api/v1/auth/logout"): _logged_in(204),
    ("POST", "/api/v1/auth/password-reset"): _everyone(202),
    ("POST", "/api/v1/auth/password-reset/confirm"): _everyone(404),
    ("GET", "/api/v1/auth/invitations/{token}"): _everyone(404),
    ("POST", "/api/v1/auth/invitations/accept"): _everyone(404),
    ("GET", "/api/v1/users/me"): _logged_in(200),
    ("PATCH", "/api/v1/users/me"): _logged_in(200),
    ("POST", "/api/v1/users/me/password"): _logged_in(204),
    ("GET", "/api/v1/users"): ADMIN_ONLY,
    ("POST", "/api/v1/users"): ADMIN_ONLY | {"admin": 201},
    ("GET", "/api/v1/users/{user_id}"): ADMIN_ONLY,
    ("PATCH", "/api/v1/users/{user_id}"): ADMIN_ONLY,
    ("GET", "/api/v1/organisations"): _logged_in(200),
    ("POST", "/api/v1/organisations"): ADMIN_ONLY | {"admin": 201},
    ("GET", "/api/v1/organisations/{organisation_id}"): ORG_READ,
    ("PATCH", "/api/v1/organisations/{organisation_id}"): ORG_MANAGE,
    ("GET", "/api/v1/organisations/{organisation_id}/members"): ORG_READ,
    ("POST", "/api/v1/organisations/{organisation_id}/invitations"): ORG_MANAGE
    | {"admin": 201, "lead": 201},
    ("DELETE", "/api/v1/organisations/{organisation_id}/members/{user_id}"): ORG_MANAGE
    | {"admin": 204, "lead": 204},
    ("GET", "/api/v1/audit-events"): ADMIN_ONLY,
    ("GET", "/api/v1/outbox-messages"): ADMIN_ONLY,
    ("POST", "/api/v1/outbox-messages/{message_id}/retry"): ADMIN_ONLY,
    ("POST", "/api/v1/language/check"): _logged_in(200),
    # Documents and their review.
    ("GET", f"{C}/documents"): CERT_READ,
    ("POST", f"{C}/documents"): DOC_UPLOAD,
    ("POST", f"{C}/documents/pasted"): DOC_UPLOAD,
    ("GET", "/api/v1/documents/{document_id}"): CERT_READ,
    ("POST", "/api/v1/documents/{document_id}/versions"): DOC_UPLOAD,
    ("GET", "/api/v1/documents/{document_id}/compare"): CERT_READ,
    ("GET", "/api/v1/document-versions/{version_id}"): CERT_READ,
    ("GET", "/api/v1/document-versions/{version_id}/original"): CERT_READ,
    ("GET", "/api/v1/document-versions/{version_id}/reviewed.docx"): CERT_READ,
    ("GET", "/api/v1/document-versions/{version_id}/report.pdf"): CERT_READ,
    ("GET", f"{C}/documents/report.pdf"): CERT_READ,
    ("POST", "/api/v1/document-findings/{finding_id}/decision"): DOC_REVIEW,
    ("POST", "/api/v1/document-versions/{version_id}/comments"): DOC_REVIEW | {"trainer": 201},
    # The scene's version has an open finding, so the one caller allowed is told so (409).
    ("POST", "/api/v1/document-versions/{version_id}/finish"): DOC_REVIEW | {"trainer": 409},
    # And its review is not finished, so there is nothing to reopen (409).
    ("POST", "/api/v1/document-versions/{version_id}/reopen"): DOC_REVIEW | {"trainer": 409},
    ("GET", "/api/v1/organisations/{organisation_id}/language-settings"): LANGUAGE_READ,
    ("PUT", "/api/v1/organisations/{organisation_id}/language-settings"): LANGUAGE_MANAGE,
    ("POST", "/api/v1/organisations/{organisation_id}/accepted-terms"): LANGUAGE_MANAGE
    | {"trainer": 201, "lead": 201},
    ("DELETE", "/api/v1/accepted-terms/{term_id}"): LANGUAGE_MANAGE | {"trainer": 204, "lead": 204},
    # The certification cycle.
    ("GET", "/api/v1/certifications"): _logged_in(200),
    ("POST", "/api/v1/certifications"): ADMIN_ONLY | {"admin": 201},
    ("GET", C): CERT_READ,
    ("PATCH", C): CERT_ADMIN,
    ("POST", f"{C}/cancel"): CERT_ADMIN,
    ("GET", f"{C}/events"): CERT_READ,
    ("GET", f"{C}/training-days"): CERT_READ,
    ("POST", f"{C}/training-days"): CERT_TRAINING | {"admin": 201, "trainer": 201},
    ("PATCH", "/api/v1/training-days/{day_id}"): CERT_TRAINING,
    ("POST", "/api/v1/training-days/{day_id}/held"): CERT_TRAINING,
    ("POST", "/api/v1/training-days/{day_id}/cancel"): CERT_TRAINING,
    ("GET", f"{C}/agenda"): CERT_READ,
    ("PUT", f"{C}/agenda/{{moment}}"): CERT_TRAINING,
    ("GET", "/api/v1/agenda-templates"): STAFF_ONLY,
    ("PUT", "/api/v1/agenda-templates/{moment}"): ADMIN_ONLY,
    ("GET", f"{C}/sessions"): CERT_READ,
    ("POST", f"{C}/sessions"): CERT_TRAINING | {"admin": 201, "trainer": 201},
    ("PATCH", "/api/v1/sessions/{session_id}"): CERT_TRAINING,
    ("DELETE", "/api/v1/sessions/{session_id}"): CERT_TRAINING | {"admin": 204, "trainer": 204},
    ("GET", f"{C}/plan"): CERT_READ,
    ("PUT", f"{C}/plan"): PLAN_EDIT,
    ("POST", f"{C}/plan/submit"): PLAN_SUBMIT,
    ("POST", f"{C}/plan/request-changes"): PLAN_REVIEW,
    # The scene's plan lacks held moments, so the one caller allowed gets the reasons (409).
    ("POST", f"{C}/plan/approve"): PLAN_REVIEW | {"trainer": 409},
    ("GET", f"{C}/plan/versions"): CERT_READ,
    ("GET", f"{C}/plan/versions/{{version}}"): CERT_READ,
    ("GET", f"{C}/plan/diff"): CERT_READ,
    ("GET", f"{C}/plan/comments"): CERT_READ,
    ("POST", f"{C}/plan/comments"): PLAN_COMMENT,
    ("GET", f"{C}/certificate"): CERT_READ,
    ("GET", "/api/v1/certificates/{certificate_id}/pdf"): CERT_READ,
    ("GET", "/api/v1/public/certificates/{number}"): _everyone(200),
    ("GET", "/api/v1/follow-ups"): _logged_in(200),
    ("GET", f"{C}/follow-ups"): CERT_READ,
    ("GET", "/api/v1/follow-ups/{follow_up_id}"): CERT_READ,
    ("PUT", "/api/v1/follow-ups/{follow_up_id}/report"): GROUP_WRITES,
    ("POST", "/api/v1/follow-ups/{follow_up_id}/submit"): GROUP_WRITES,
    ("POST", "/api/v1/follow-ups/{follow_up_id}/review"): PLAN_REVIEW,
    ("POST", "/api/v1/follow-ups/{follow_up_id}/attachments"): GROUP_WRITES
    | {"lead": 201, "member": 201},
    ("GET", "/api/v1/follow-up-attachments/{attachment_id}"): CERT_READ,
    ("DELETE", "/api/v1/follow-up-attachments/{attachment_id}"): GROUP_WRITES
    | {"lead": 204, "member": 204},
    ("GET", "/api/v1/recertification/certificates"): AUDIT_LIST,
    ("GET", "/api/v1/certificates/{certificate_id}"): CERT_READ,
    ("POST", "/api/v1/certificates/{certificate_id}/suspend"): AUDIT_WRITE,
    ("POST", "/api/v1/certificates/{certificate_id}/restore"): AUDIT_WRITE,
    ("POST", "/api/v1/certificates/{certificate_id}/withdraw"): AUDIT_WRITE,
    ("GET", "/api/v1/certificates/{certificate_id}/reviews"): CERT_READ,
    ("POST", "/api/v1/certificates/{certificate_id}/reviews"): AUDIT_WRITE
    | {"admin": 201, "auditor": 201},
    ("GET", "/api/v1/reviews/{review_id}"): CERT_READ,
    ("PATCH", "/api/v1/reviews/{review_id}"): AUDIT_WRITE,
    ("POST", "/api/v1/reviews/{review_id}/decide"): AUDIT_WRITE,
    ("GET", "/api/v1/notifications"): _logged_in(200),
    ("GET", "/api/v1/notifications/unread-count"): _logged_in(200),
    # The scene's notification is the member's: to anyone else it does not exist.
    ("POST", "/api/v1/notifications/{notification_id}/read"): _logged_in(404) | {"member": 204},
    ("POST", "/api/v1/notifications/read-all"): _logged_in(204),
    ("GET", "/api/v1/users/me/calendar-feed"): _logged_in(404),  # nobody has one yet
    ("POST", "/api/v1/users/me/calendar-feed"): _logged_in(200),
    ("DELETE", "/api/v1/users/me/calendar-feed"): _logged_in(204),
    ("GET", "/api/v1/calendar/{token}.ics"): _everyone(200),  # the secret address is the key
    ("GET", "/api/v1/calendar/events"): _logged_in(200),
    ("GET", "/api/v1/calendar/events/{kind}/{event_id}.ics"): CERT_READ,
    # Live exercises and evaluations. Participants need no account: the code is the key.
    ("GET", "/api/v1/question-templates"): _row(401, 200, 200, 403, 403, 403, 403),
    ("POST", "/api/v1/question-templates"): ADMIN_ONLY | {"admin": 201},
    ("PATCH", "/api/v1/question-templates/{template_id}"): ADMIN_ONLY,
    ("DELETE", "/api/v1/question-templates/{template_id}"): ADMIN_ONLY | {"admin": 204},
    ("GET", "/api/v1/training-days/{day_id}/live-room"): CERT_TRAINING,
    ("POST", "/api/v1/training-days/{day_id}/live-room"): CERT_TRAINING
    | {"admin": 201, "trainer": 201},
    ("GET", f"{R}"): CERT_TRAINING,
    ("GET", f"{R}/events"): CERT_TRAINING,
    ("GET", f"{R}/qr.svg"): CERT_TRAINING,
    ("POST", f"{R}/questions"): CERT_TRAINING | {"admin": 201, "trainer": 201},
    ("POST", f"{R}/show"): CERT_TRAINING,
    ("POST", f"{R}/evaluation"): CERT_TRAINING,
    ("POST", f"{R}/close"): CERT_TRAINING,
    ("POST", f"{R}/reopen"): CERT_TRAINING,
    ("PATCH", f"{Q}"): CERT_TRAINING,
    ("DELETE", f"{Q}"): CERT_TRAINING | {"admin": 204, "trainer": 204},
    ("POST", f"{Q}/open"): CERT_TRAINING,
    ("POST", f"{Q}/close"): CERT_TRAINING,
    ("POST", f"{Q}/results-visibility"): CERT_TRAINING,
    ("POST", f"{Q}/texts/{{text_id}}/visibility"): CERT_TRAINING,
    ("GET", "/api/v1/participate/{join_code}"): _everyone(200),
    ("GET", "/api/v1/participate/{join_code}/events"): _everyone(200),
    ("POST", "/api/v1/participate/{join_code}/answers"): _everyone(201),
    ("GET", "/api/v1/evaluations/{evaluation_code}"): _everyone(200),
    ("POST", "/api/v1/evaluations/{evaluation_code}/answers"): _everyone(201),
    ("GET", "/api/v1/evaluation-results"): STAFF_ONLY,
    ("GET", "/api/v1/evaluation-results.csv"): STAFF_ONLY,
    ("GET", "/api/v1/working-sessions/{session_id}/exercise-results"): CERT_READ,
    ("GET", "/api/v1/working-sessions/{session_id}/exercise-candidates"): CERT_TRAINING,
    ("POST", "/api/v1/working-sessions/{session_id}/exercise-results"): CERT_TRAINING
    | {"admin": 201, "trainer": 201},
    ("DELETE", "/api/v1/exercise-results/{result_id}"): CERT_TRAINING
    | {"admin": 204, "trainer": 204},
}


class Scene:
    def __init__(self, cycle: Any) -> None:
        self.cycle = cycle
        self.values: dict[str, Any] = {
            "kind": "training-day",
            "organisation_id": cycle.org_a.id,
            "certification_id": cycle.certification_id,
            "token": TOKEN,
            "moment": 2,
            "version": 1,
            "template_id": 1,
        }


async def _build_scene(client, cycle, db, settings, clock) -> Scene:
    scene = Scene(cycle)
    trainer = await bearer_for(db, settings, cycle.trainer, clock.now())
    lead = await bearer_for(db, settings, cycle.lead_a, clock.now())
    base = f"/api/v1/certifications/{cycle.certification_id}"
    day = await client.post(
        f"{base}/training-days", json={"date": "2026-02-01", "moments": [1]}, headers=trainer
    )
    scene.values["day_id"] = day.json()["day"]["id"]
    session = await client.post(
        f"{base}/sessions", json={"kind": "workshop", "date": "2026-04-01"}, headers=trainer
    )
    scene.values["session_id"] = session.json()["id"]
    assert (
        await save_plan(client, cycle.certification_id, lead, 0, full_plan())
    ).status_code == 200
    return scene


async def _submit_plan(client, scene, db, settings, clock) -> None:
    lead = await bearer_for(db, settings, scene.cycle.lead_a, clock.now())
    url = f"/api/v1/certifications/{scene.cycle.certification_id}/plan/submit"
    assert (await client.post(url, json={"version": 1}, headers=lead)).status_code == 200


async def _issue_certificate(client, scene, db, settings, clock) -> None:
    certificate = await issue_certificate_directly(db, scene.cycle, clock.now())
    scene.values["certificate_id"] = certificate.id
    scene.values["number"] = certificate.number
    follow_up = await db.scalar(
        select(FollowUp).where(FollowUp.certificate_id == certificate.id).order_by(FollowUp.due_on)
    )
    scene.values["follow_up_id"] = follow_up.id


async def _submitted_follow_up(client, scene, db, settings, clock) -> None:
    await _issue_certificate(client, scene, db, settings, clock)
    lead = await bearer_for(db, settings, scene.cycle.lead_a, clock.now())
    url = f"/api/v1/follow-ups/{scene.values['follow_up_id']}/submit"
    assert (await client.post(url, json={"version": 0}, headers=lead)).status_code == 200
    scene.values["follow_up_version"] = 1


async def _attachment(client, scene, db, settings, clock) -> None:
    await _issue_certificate(client, scene, db, settings, clock)
    lead = await bearer_for(db, settings, scene.cycle.lead_a, clock.now())
    url = f"/api/v1/follow-ups/{scene.values['follow_up_id']}/attachments"
    r = await client.post(url, files={"file": ("a.txt", b"evidence", "text/plain")}, headers=lead)
    assert r.status_code == 201
    scene.values["attachment_id"] = r.json()["id"]


async def _suspended(client, scene, db, settings, clock) -> None:
    await _issue_certificate(client, scene, db, settings, clock)
    auditor = await bearer_for(db, settings, scene.cycle.auditor, clock.now())
    url = f"/api/v1/certificates/{scene.values['certificate_id']}/suspend"
    assert (await client.post(url, json={"reason": "Utreds"}, headers=auditor)).status_code == 200


async def _window_open(client, scene, db, settings, clock) -> None:
    """A certificate 33 months old: its re-certification window is open."""
    import datetime as dt

    await _issue_certificate(client, scene, db, settings, clock)
    clock.advance(dt.timedelta(days=33 * 30))


async def _review(client, scene, db, settings, clock) -> None:
    await _window_open(client, scene, db, settings, clock)
    auditor = await bearer_for(db, settings, scene.cycle.auditor, clock.now())
    url = f"/api/v1/certificates/{scene.values['certificate_id']}/reviews"
    r = await client.post(url, json={"scheduled_on": "2029-01-15"}, headers=auditor)
    assert r.status_code == 201, r.text
    scene.values["review_id"] = r.json()["id"]


async def _members_notification(client, scene, db, settings, clock) -> None:
    from backend.models import Notification

    notification = Notification(
        user_id=scene.cycle.member_a.id,
        kind="plan_approved",
        data={},
        link="/",
        dedupe_key="matrix",
        created_at=clock.now(),
    )
    db.add(notification)
    await db.commit()
    scene.values["notification_id"] = notification.id


async def _members_feed(client, scene, db, settings, clock) -> None:
    member = await bearer_for(db, settings, scene.cycle.member_a, clock.now())
    r = await client.post("/api/v1/users/me/calendar-feed", headers=member)
    scene.values["token"] = r.json()["url"].rsplit("/", 1)[1].removesuffix(".ics")


async def _live_room(client, scene, db, settings, clock) -> None:
    """The day's room, its scale question open, a free-text answer and the evaluation open."""
    from tests.helpers import answer, question_of

    trainer = await bearer_for(db, settings, scene.cycle.trainer, clock.now())
    url = f"/api/v1/training-days/{scene.values['day_id']}/live-room"
    room = (await client.post(url, headers=trainer)).json()
    texts = question_of(room, "open_text")
    await client.post(f"/api/v1/live/questions/{texts['id']}/open", headers=trainer)
    assert (await answer(client, room, texts["id"], 1, text="Bra")).status_code == 201
    scale = question_of(room, "scale")
    await client.post(f"/api/v1/live/questions/{scale['id']}/open", headers=trainer)
    r = await client.post(
        f"/api/v1/live/rooms/{room['id']}/evaluation", json={"open": True}, headers=trainer
    )
    room = r.json()
    scene.values.update(
        room_id=room["id"],
        join_code=room["join_code"],
        evaluation_code=room["evaluation"]["code"],
        question_id=scale["id"],
        pending_question_id=question_of(room, "word_cloud")["id"],
        evaluation_question_id=question_of(room, "scale", purpose="evaluation")["id"],
    )
    scene.values["text_question_id"] = texts["id"]


async def _pending_question(client, scene, db, settings, clock) -> None:
    await _live_room(client, scene, db, settings, clock)
    scene.values["question_id"] = scene.values["pending_question_id"]


async def _free_text(client, scene, db, settings, clock) -> None:
    """The room's free-text question and the one answer it has."""
    await _live_room(client, scene, db, settings, clock)
    scene.values["question_id"] = scene.values["text_question_id"]
    from backend.models import LiveTextSet

    # Below the threshold the API shows no text, so its id is read where it is kept.
    (entry,) = await db.scalar(
        select(LiveTextSet.entries).where(LiveTextSet.question_id == scene.values["question_id"])
    )
    scene.values["text_id"] = entry["id"]


async def _moment_two_results(client, scene, db, settings, clock) -> None:
    """A moment 2 day whose scale exercise has enough answers to go to the workshop."""
    from tests.helpers import answer_all, open_live_room, question_of

    trainer = await bearer_for(db, settings, scene.cycle.trainer, clock.now())
    room = await open_live_room(
        client, scene.cycle.certification_id, trainer, date="2026-02-20", moments=[2]
    )
    scale = question_of(room, "scale")
    await client.post(f"/api/v1/live/questions/{scale['id']}/open", headers=trainer)
    await answer_all(client, room, scale["id"], [{"value": 4}] * 5)
    scene.values["m2_question_id"] = scale["id"]


async def _attached_results(client, scene, db, settings, clock) -> None:
    await _moment_two_results(client, scene, db, settings, clock)
    trainer = await bearer_for(db, settings, scene.cycle.trainer, clock.now())
    r = await client.post(
        f"/api/v1/working-sessions/{scene.values['session_id']}/exercise-results",
        json={"question_id": scene.values["m2_question_id"]},
        headers=trainer,
    )
    assert r.status_code == 201, r.text
    scene.values["result_id"] = r.json()["id"]


async def _failed_mail(client, scene, db, settings, clock) -> None:
    from backend.mail.outbox import enqueue

    message = enqueue(db, to="borta@example.se", subject="Hej", body="Text", now=clock.now())
    message.attempts = 1
    message.failed_at = clock.now()
    message.last_error = "Recipient refused: 550 5.1.1 No such user"
    await db.commit()
    scene.values["message_id"] = message.id


async def _document(client, scene, db, settings, clock) -> None:
    lead = await bearer_for(db, settings, scene.cycle.lead_a, clock.now())
    r = await client.post(
        f"/api/v1/certifications/{scene.cycle.certification_id}/documents/pasted",
        json={"title": "Policy", "kind": "policy", "text": "Vi söker en brandman."},
        headers=lead,
    )
    assert r.status_code == 201, r.text
    scene.values["document_id"] = r.json()["document_id"]
    scene.values["version_id"] = r.json()["id"]
    scene.values["finding_id"] = r.json()["findings"][0]["id"]


async def _accepted_term(client, scene, db, settings, clock) -> None:
    lead = await bearer_for(db, settings, scene.cycle.lead_a, clock.now())
    r = await client.post(
        f"/api/v1/organisations/{scene.cycle.org_a.id}/accepted-terms",
        json={"term": "brandman", "reason": "Kollektivavtalets titel."},
        headers=lead,
    )
    assert r.status_code == 201, r.text
    scene.values["term_id"] = r.json()["id"]


Prepare = Callable[..., Awaitable[None]]
PREPARE: dict[tuple[str, str], Prepare] = {
    ("POST", f"{C}/plan/request-changes"): _submit_plan,
    ("POST", f"{C}/plan/approve"): _submit_plan,
    ("GET", f"{C}/certificate"): _issue_certificate,
    ("GET", "/api/v1/certificates/{certificate_id}/pdf"): _issue_certificate,
    ("GET", "/api/v1/public/certificates/{number}"): _issue_certificate,
    ("GET", f"{C}/follow-ups"): _issue_certificate,
    ("GET", "/api/v1/follow-ups/{follow_up_id}"): _issue_certificate,
    ("PUT", "/api/v1/follow-ups/{follow_up_id}/report"): _issue_certificate,
    ("POST", "/api/v1/follow-ups/{follow_up_id}/submit"): _issue_certificate,
    ("POST", "/api/v1/follow-ups/{follow_up_id}/review"): _submitted_follow_up,
    ("POST", "/api/v1/follow-ups/{follow_up_id}/attachments"): _issue_certificate,
    ("GET", "/api/v1/follow-up-attachments/{attachment_id}"): _attachment,
    ("DELETE", "/api/v1/follow-up-attachments/{attachment_id}"): _attachment,
    ("GET", "/api/v1/certificates/{certificate_id}"): _issue_certificate,
    ("POST", "/api/v1/certificates/{certificate_id}/suspend"): _issue_certificate,
    ("POST", "/api/v1/certificates/{certificate_id}/restore"): _suspended,
    ("POST", "/api/v1/certificates/{certificate_id}/withdraw"): _issue_certificate,
    ("GET", "/api/v1/certificates/{certificate_id}/reviews"): _review,
    ("POST", "/api/v1/certificates/{certificate_id}/reviews"): _window_open,
    ("GET", "/api/v1/reviews/{review_id}"): _review,
    ("PATCH", "/api/v1/reviews/{review_id}"): _review,
    ("POST", "/api/v1/reviews/{review_id}/decide"): _review,
    ("POST", "/api/v1/notifications/{notification_id}/read"): _members_notification,
    ("GET", "/api/v1/calendar/{token}.ics"): _members_feed,
    ("GET", "/api/v1/training-days/{day_id}/live-room"): _live_room,
    **{
        (method, path): _live_room
        for method, path in MATRIX
        if path.startswith(("/api/v1/live/", "/api/v1/participate/", "/api/v1/evaluations/"))
    },
    ("PATCH", Q): _pending_question,
    ("POST", f"{Q}/texts/{{text_id}}/visibility"): _free_text,
    ("DELETE", Q): _pending_question,
    ("POST", "/api/v1/working-sessions/{session_id}/exercise-results"): _moment_two_results,
    ("DELETE", "/api/v1/exercise-results/{result_id}"): _attached_results,
    ("POST", "/api/v1/outbox-messages/{message_id}/retry"): _failed_mail,
    **{
        (method, path): _document
        for method, path in MATRIX
        if path.startswith(("/api/v1/documents/", "/api/v1/document-"))
    },
    ("DELETE", "/api/v1/accepted-terms/{term_id}"): _accepted_term,
}


def _request_for(method: str, path: str, scene: Scene) -> dict[str, Any]:
    """Path values and a valid body, so that only authorization decides the answer."""
    world = scene.cycle
    user_id = world.member_a.id if "members" in path else world.trainer.id
    url = path.format(user_id=user_id, event_id=scene.values.get("day_id"), **scene.values)
    bodies: dict[tuple[str, str], dict[str, Any]] = {
        ("POST", "/api/v1/auth/login"): {
            "data": {"username": world.admin.email, "password": PASSWORD}
        },
        ("POST", "/api/v1/auth/password-reset"): {"json": {"email": world.admin.email}},
        ("POST", "/api/v1/auth/password-reset/confirm"): {
            "json": {"token": TOKEN, "new_password": "x" * 12}
        },
        ("POST", "/api/v1/auth/invitations/accept"): {
            "json": {"token": TOKEN, "full_name": "X", "password": "x" * 12}
        },
        ("PATCH", "/api/v1/users/me"): {"json": {"full_name": "Nytt Namn"}},
        ("POST", "/api/v1/language/check"): {"json": {"text": "Vi söker en brandman."}},
        ("POST", f"{C}/documents"): {
            "data": {"title": "Annons", "kind": "job_ad"},
            "files": {"file": ("annons.txt", "Vi söker en brandman.".encode(), "text/plain")},
        },
        ("POST", f"{C}/documents/pasted"): {
            "json": {"title": "Policy", "kind": "policy", "text": "Alla är välkomna."}
        },
        ("POST", "/api/v1/documents/{document_id}/versions"): {
            "files": {"file": ("v2.txt", "Vi söker en brandperson.".encode(), "text/plain")}
        },
        ("GET", "/api/v1/documents/{document_id}/compare"): {
            "params": {"from_version": "1", "to_version": "1"}
        },
        ("POST", "/api/v1/document-findings/{finding_id}/decision"): {
            "json": {"decision": "accept"}
        },
        ("POST", "/api/v1/document-versions/{version_id}/comments"): {
            "json": {"start": 0, "end": 2, "body": "Vem är vi?"}
        },
        ("POST", "/api/v1/document-versions/{version_id}/finish"): {"json": {}},
        ("PUT", "/api/v1/organisations/{organisation_id}/language-settings"): {
            "json": {"non_binary": True, "disabled_groups": ["age"]}
        },
        ("POST", "/api/v1/organisations/{organisation_id}/accepted-terms"): {
            "json": {"term": "ordningsman", "reason": "Titeln i ordningslagen."}
        },
        ("POST", "/api/v1/users/me/password"): {
            "json": {"current_password": PASSWORD, "new_password": "another-password-1"}
        },
        ("POST", "/api/v1/users"): {
            "json": {"email": "ny@example.se", "full_name": "Ny", "role": "trainer"}
        },
        ("PATCH", "/api/v1/users/{user_id}"): {"json": {"full_name": "Omdöpt"}},
        ("POST", "/api/v1/organisations"): {
            "json": {
                "name": "Ny org",
                "org_number": "556036-0793",
                "sector": "private",
                "contact_name": "K",
                "contact_email": "k@example.se",
            }
        },
        ("PATCH", "/api/v1/organisations/{organisation_id}"): {
            "json": {"version": 1, "name": "Omdöpt"}
        },
        ("POST", "/api/v1/organisations/{organisation_id}/invitations"): {
            "json": {"email": "inbjuden@example.se", "full_name": "Inbjuden"}
        },
        ("POST", "/api/v1/certifications"): {
            "json": {"organisation_id": world.org_b.id, "trainer_ids": [world.trainer.id]}
        },
        ("PATCH", C): {"json": {"version": 1, "group_size": 30}},
        ("POST", f"{C}/cancel"): {"json": {"reason": "Avbruten"}},
        ("POST", f"{C}/training-days"): {"json": {"date": "2026-02-20", "moments": [2]}},
        ("PATCH", "/api/v1/training-days/{day_id}"): {"json": {"version": 1, "notes": "Sal 3"}},
        ("POST", "/api/v1/training-days/{day_id}/held"): {"json": {"participant_count": 12}},
        ("POST", "/api/v1/training-days/{day_id}/cancel"): {"json": {"reason": "Sjuk"}},
        ("PUT", f"{C}/agenda/{{moment}}"): {
            "json": [{"kind": "lecture", "title": "Makt", "duration_minutes": 30}]
        },
        ("PUT", "/api/v1/agenda-templates/{moment}"): {
            "json": [{"kind": "lecture", "title": "Makt", "duration_minutes": 30}]
        },
        ("POST", f"{C}/sessions"): {"json": {"kind": "supervision", "date": "2026-05-01"}},
        ("PATCH", "/api/v1/sessions/{session_id}"): {"json": {"version": 1, "notes": "Anteckning"}},
        ("PUT", f"{C}/plan"): {"json": {"base_version": 1, "content": full_plan()}},
        ("POST", f"{C}/plan/submit"): {"json": {"version": 1}},
        ("POST", f"{C}/plan/request-changes"): {
            "json": {"version": 1, "comment": "Förtydliga mål 2"}
        },
        ("POST", f"{C}/plan/approve"): {"json": {"version": 1}},
        ("GET", f"{C}/plan/diff"): {"params": {"from": "0", "to": "1"}},
        ("POST", f"{C}/plan/comments"): {
            "json": {"target": "goal", "target_id": "g1", "body": "Bra!"}
        },
        ("PUT", "/api/v1/follow-ups/{follow_up_id}/report"): {
            "json": {"version": 0, "report": {"summary": "Lägesrapport"}}
        },
        ("POST", "/api/v1/follow-ups/{follow_up_id}/submit"): {"json": {"version": 0}},
        ("POST", "/api/v1/follow-ups/{follow_up_id}/review"): {
            "json": {"version": 1, "outcome": "accepted"}
        },
        ("POST", "/api/v1/certificates/{certificate_id}/suspend"): {"json": {"reason": "Utreds"}},
        ("POST", "/api/v1/certificates/{certificate_id}/restore"): {"json": {"reason": "Klart"}},
        ("POST", "/api/v1/certificates/{certificate_id}/withdraw"): {"json": {"reason": "Slut"}},
        ("POST", "/api/v1/certificates/{certificate_id}/reviews"): {
            "json": {"scheduled_on": "2029-01-15", "auditor_id": world.auditor.id}
        },
        ("PATCH", "/api/v1/reviews/{review_id}"): {"json": {"version": 1, "notes": "Flyttad"}},
        ("POST", "/api/v1/reviews/{review_id}/decide"): {
            "json": {"version": 1, "outcome": "not_renewed"}
        },
        ("POST", "/api/v1/follow-ups/{follow_up_id}/attachments"): {
            "files": {"file": ("bevis.pdf", b"%PDF-1.4", "application/pdf")}
        },
        ("POST", "/api/v1/question-templates"): {
            "json": {"purpose": "exercise", "moment": 2, "kind": "scale", "prompt": "Hur?"}
        },
        ("PATCH", "/api/v1/question-templates/{template_id}"): {"json": {"prompt": "Ny fråga"}},
        ("POST", f"{R}/questions"): {"json": {"kind": "word_cloud", "prompt": "Ett ord om dagen?"}},
        ("POST", f"{R}/show"): {"json": {"question_id": scene.values.get("question_id")}},
        ("POST", f"{R}/evaluation"): {"json": {"open": False}},
        ("PATCH", Q): {"json": {"version": 1, "prompt": "Ändrad"}},
        ("POST", f"{Q}/results-visibility"): {"json": {"show": False}},
        ("POST", f"{Q}/texts/{{text_id}}/visibility"): {"json": {"hidden": True}},
        ("POST", "/api/v1/participate/{join_code}/answers"): {
            "json": {
                "question_id": scene.values.get("question_id"),
                "device_token": "d" * 40,
                "value": 3,
            }
        },
        ("POST", "/api/v1/evaluations/{evaluation_code}/answers"): {
            "json": {
                "device_token": "d" * 40,
                "answers": [
                    {"question_id": scene.values.get("evaluation_question_id"), "value": 5}
                ],
            }
        },
        ("POST", "/api/v1/working-sessions/{session_id}/exercise-results"): {
            "json": {"question_id": scene.values.get("m2_question_id")}
        },
    }
    return {"method": method, "url": url, **bodies.get((method, path), {})}


def _schema_routes(app: Any) -> set[tuple[str, str]]:
    return {
        (method.upper(), path)
        for path, operations in app.openapi()["paths"].items()
        for method in operations
    }


def test_every_route_has_a_row(app):
    routes = _schema_routes(app)
    missing = routes - MATRIX.keys()
    stale = MATRIX.keys() - routes
    assert not missing, f"routes without an authorization row: {sorted(missing)}"
    assert not stale, f"rows for routes that no longer exist: {sorted(stale)}"


@pytest.mark.parametrize("caller", CALLERS)
@pytest.mark.parametrize(("method", "path"), sorted(MATRIX))
async def test_route_answers_each_caller_as_documented(
    client, cycle, db, settings, clock, method, path, caller
):
    scene = await _build_scene(client, cycle, db, settings, clock)
    if prepare := PREPARE.get((method, path)):
        await prepare(client, scene, db, settings, clock)
    users = {
        "admin": cycle.admin,
        "trainer": cycle.trainer,
        "auditor": cycle.auditor,
        "lead": cycle.lead_a,
        "member": cycle.member_a,
        "other_org": cycle.lead_b,
        "other_trainer": cycle.other_trainer,
    }
    headers = (
        {} if caller == "anonymous" else await bearer_for(db, settings, users[caller], clock.now())
    )
    response = await client.request(headers=headers, **_request_for(method, path, scene))
    expected = MATRIX[(method, path)][caller]
    assert response.status_code == expected, f"{method} {path} as {caller}: {response.text[:300]}"
