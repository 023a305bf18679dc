from __future__ import annotations

import pytest
from pydantic import ValidationError

from backend.core.config import DEFAULT_SECRET, Settings


def test_default_secret_refused_in_production():
    with pytest.raises(ValidationError, match="JAMLIK_SECRET_KEY"):
        Settings(environment="production", secret_key=DEFAULT_SECRET)


def test_short_secret_refused_in_production():
    with pytest.raises(ValidationError):
        Settings(environment="production", secret_key="short")


def test_production_with_a_real_secret():
    settings = Settings(
        environment="production", secret_key="s" * 48, public_url="https://jamlik.se/"
    )
    assert settings.base_url == "https://jamlik.se"
    assert settings.secure_cookies


def test_environment_variables(monkeypatch):
    monkeypatch.setenv("JAMLIK_PORT", "9123")
    monkeypatch.setenv("JAMLIK_DEMO", "0")
    settings = Settings()
    assert settings.port == 9123
    assert settings.demo is False
    assert settings.base_url == "http://127.0.0.1:9123"


def test_production_password_hashes_are_argon2id_with_real_cost():
    from backend.core import security

    stored = security.production_hasher().hash("ett-losenord-123")
    assert stored.startswith("$argon2id$")
    assert "m=65536,t=3,p=4" in stored
    assert security.verify_password("ett-losenord-123", stored)
    assert not security.verify_password("fel-losenord-123", stored)


def test_the_live_threshold_is_never_below_three():
    assert Settings(environment="test").live_min_answers == 5
    assert Settings(environment="test", live_min_answers=3).live_min_answers == 3
    with pytest.raises(ValidationError):
        Settings(environment="test", live_min_answers=2)
