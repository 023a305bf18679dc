"""Dependencies shared by every domain: settings from the app (so tests can swap them)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from backend.core.config import Settings


def get_app_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


SettingsDep = Annotated[Settings, Depends(get_app_settings)]


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"
