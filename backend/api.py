"""Every domain router, under /api/v1."""

from __future__ import annotations

from fastapi import APIRouter

from backend.action_plans.endpoints import router as action_plans_router
from backend.audit.endpoints import router as audit_router
from backend.auth.endpoints import router as auth_router
from backend.calendar.endpoints import router as calendar_router
from backend.certificates.endpoints import router as certificates_router
from backend.certifications.endpoints import router as certifications_router
from backend.client_settings.endpoints import router as client_settings_router
from backend.documents.download_endpoints import router as document_downloads_router
from backend.documents.endpoints import router as documents_router
from backend.documents.settings_endpoints import router as language_settings_router
from backend.evaluations.endpoints import router as evaluations_router
from backend.follow_ups.endpoints import router as follow_ups_router
from backend.language_check.endpoints import router as language_router
from backend.live.bank_endpoints import router as question_bank_router
from backend.live.endpoints import router as live_router
from backend.live.public_endpoints import router as participate_router
from backend.live.workshop_endpoints import router as workshop_inputs_router
from backend.mail.endpoints import router as mail_router
from backend.notifications.endpoints import router as notifications_router
from backend.organisations.endpoints import router as organisations_router
from backend.recertification.endpoints import router as recertification_router
from backend.training.endpoints import router as training_router
from backend.users.endpoints import router as users_router

API_PREFIX = "/api/v1"

api_router = APIRouter(prefix=API_PREFIX)
api_router.include_router(auth_router)
api_router.include_router(client_settings_router)
api_router.include_router(users_router)
api_router.include_router(organisations_router)
api_router.include_router(certifications_router)
api_router.include_router(training_router)
api_router.include_router(action_plans_router)
api_router.include_router(certificates_router)
api_router.include_router(follow_ups_router)
api_router.include_router(recertification_router)
api_router.include_router(notifications_router)
api_router.include_router(calendar_router)
api_router.include_router(question_bank_router)
api_router.include_router(live_router)
api_router.include_router(participate_router)
api_router.include_router(workshop_inputs_router)
api_router.include_router(evaluations_router)
api_router.include_router(audit_router)
api_router.include_router(mail_router)
api_router.include_router(language_router)
api_router.include_router(documents_router)
api_router.include_router(document_downloads_router)
api_router.include_router(language_settings_router)
