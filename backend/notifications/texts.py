"""The mail text of each notification kind, in Swedish and English. The SPA has its own copy of
the short in-app texts (src/i18n); mail needs whole sentences and a link."""

from __future__ import annotations

from typing import Any

from backend.models.enums import Locale

SUBJECTS: dict[str, dict[Locale, str]] = {
    "plan_submitted": {
        Locale.SV: "Handlingsplan inskickad: {organisation_name}",
        Locale.EN: "Action plan submitted: {organisation_name}",
    },
    "plan_changes_requested": {
        Locale.SV: "Utbildaren ber om ändringar i handlingsplanen",
        Locale.EN: "The trainer asks for changes to the action plan",
    },
    "plan_approved": {
        Locale.SV: "Handlingsplanen är godkänd – certifikat {number}",
        Locale.EN: "Action plan approved – certificate {number}",
    },
    "follow_up_due": {
        Locale.SV: "Uppföljningen ska lämnas in om {days} dagar",
        Locale.EN: "The follow-up is due in {days} days",
    },
    "follow_up_overdue": {
        Locale.SV: "Uppföljningen är försenad: {organisation_name}",
        Locale.EN: "The follow-up is overdue: {organisation_name}",
    },
    "follow_up_submitted": {
        Locale.SV: "Uppföljning inskickad: {organisation_name}",
        Locale.EN: "Follow-up submitted: {organisation_name}",
    },
    "follow_up_reviewed": {
        Locale.SV: "Utbildaren har granskat er uppföljning",
        Locale.EN: "The trainer has reviewed your follow-up",
    },
    "recert_window_opened": {
        Locale.SV: "Dags för omcertifiering: {organisation_name}",
        Locale.EN: "Re-certification is due: {organisation_name}",
    },
    "review_scheduled": {
        Locale.SV: "Omcertifieringsgranskning bokad {scheduled_on}",
        Locale.EN: "Re-certification review scheduled on {scheduled_on}",
    },
    "certificate_suspended": {
        Locale.SV: "Certifikatet är tillfälligt indraget",
        Locale.EN: "The certificate is suspended",
    },
    "certificate_withdrawn": {
        Locale.SV: "Certifikatet är återkallat",
        Locale.EN: "The certificate is withdrawn",
    },
    "document_uploaded": {
        Locale.SV: "Dokument att granska: {title} ({organisation_name})",
        Locale.EN: "Document to review: {title} ({organisation_name})",
    },
    "document_reviewed": {
        Locale.SV: "Utbildaren har granskat {title}",
        Locale.EN: "The trainer has reviewed {title}",
    },
    "certificate_expiring": {
        Locale.SV: "Certifikatet går ut {valid_until}",
        Locale.EN: "The certificate expires on {valid_until}",
    },
}

BODY = {
    Locale.SV: "Hej {full_name}!\n\n{subject}.\n\nLäs mer i Jämlik:\n{link}\n\n"
    "Du får det här meddelandet eftersom du har aviseringar via e-post påslagna. "
    "Du kan stänga av dem under Min profil.\n\nJämlik",
    Locale.EN: "Hello {full_name},\n\n{subject}.\n\nRead more in Jämlik:\n{link}\n\n"
    "You get this message because mail notifications are on. "
    "You can turn them off under My profile.\n\nJämlik",
}


class _Blank(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return ""


def mail_for(
    kind: str, locale: Locale, data: dict[str, Any], *, full_name: str, link: str
) -> tuple[str, str]:
    subject = SUBJECTS[kind][locale].format_map(_Blank(data))
    body = BODY[locale].format(full_name=full_name, subject=subject, link=link)
    return subject, body
