"""Every domain router, under /api/v1."""

from __future__ import annotations

from fastapi import APIRouter

from backend.audit.endpoints import router as audit_router
from backend.auth.endpoints import router as auth_router
from backend.organisations.endpoints import router as organisations_router
from backend.users.endpoints import router as users_router

API_PREFIX = "/api/v1"

api_router = APIRouter(prefix=API_PREFIX)
api_router.include_router(auth_router)
api_router.include_router(users_router)
api_router.include_router(organisations_router)
api_router.include_router(audit_router)
