"""Settings from the environment (prefix ``JAMLIK_``) and ``.env``."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

# The placeholder is public (it is in this file): it may sign tokens only on a developer's machine.
DEFAULT_SECRET = "change-me-development-only-secret-key-000000"  # noqa: S105 - see above
PROJECT_ROOT = Path(__file__).resolve().parents[2]
# A moved clock writes times from the future into a database that outlives the server (sessions,
# reminders sent "exactly once", follow-ups submitted next year): only the test server, which
# starts from a fresh database every time, moves its clock.
TEST_CLOCK_REFUSED = (
    "JAMLIK_TEST_CLOCK is not a setting of this server: a moved clock would leave times from the "
    "future in its database. For a server whose clock can be moved (POST /api/v1/testing/clock), "
    "on a fresh database with the demo data, run `make run-clock`."
)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="JAMLIK_", env_file=".env", extra="ignore")

    environment: Literal["development", "test", "production"] = "development"
    database_url: str = f"sqlite+aiosqlite:///{PROJECT_ROOT / 'var' / 'jamlik.db'}"
    secret_key: str = DEFAULT_SECRET
    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = 1
    demo: bool = True
    # Where people reach the SPA; links in mail and QR codes point here.
    public_url: str | None = None
    frontend_dist: Path = PROJECT_ROOT / "frontend" / "dist"

    access_token_minutes: int = 15
    session_idle_hours: int = 12
    session_max_days: int = 7
    invitation_days: int = 7
    password_reset_minutes: int = 60
    # Failed logins within the window before further attempts answer 429.
    login_max_failures_per_account: int = 10
    login_max_failures_per_client: int = 30
    login_failure_window_seconds: int = 900
    # Comments a person may write per window (a token bucket kept in the database, so the limit
    # holds across workers): a burst of this many, then one per window / limit seconds.
    comment_rate_limit: int = Field(default=20, ge=1, le=10_000)
    comment_rate_window_seconds: int = Field(default=60, ge=1, le=86_400)
    jwt_issuer: str = "jamlik"
    jwt_audience: str = "jamlik-api"

    smtp_host: str | None = None
    smtp_port: int = 25
    smtp_username: str | None = None
    smtp_password: str | None = None
    smtp_starttls: bool = False
    smtp_from: str = "Jämlik <no-reply@jamlik.se>"
    outbox_poll_seconds: float = 5.0

    # Recommended days between training days, for reflection; closer days get a warning.
    reflection_gap_days: int = 14
    # The re-certification window opens this many months before a certificate expires.
    recert_window_months: int = 6
    expiry_warning_days: int = 60
    # How often the scheduler looks for reminders that are due (it also runs at start-up).
    reminder_interval_seconds: float = 300.0
    working_group_min: int = 3
    # Live exercises and evaluations: results stay withheld below this many answers (never < 3).
    live_min_answers: int = Field(default=5, ge=3)
    # How long the anonymous evaluation link stays open after the trainer opens it.
    evaluation_link_days: int = Field(default=7, ge=1, le=60)
    # A live stream ends after this long and the browser reconnects (proxies cut longer ones).
    live_stream_max_seconds: float = Field(default=1800.0, gt=0)
    working_group_max: int = 8
    cookie_secure: bool | None = Field(
        default=None, description="Secure cookies; defaults to on outside development"
    )

    # Refused: the movable clock is the test server's (tests/support), never this package's.
    test_clock: bool = False

    @model_validator(mode="after")
    def _refuse_default_secret(self) -> Settings:
        if self.environment == "production" and (
            self.secret_key == DEFAULT_SECRET or len(self.secret_key) < 32
        ):
            raise ValueError(
                "JAMLIK_SECRET_KEY must be set to a random value of at least 32 characters "
                "outside development"
            )
        if self.test_clock:
            raise ValueError(TEST_CLOCK_REFUSED)
        return self

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def secure_cookies(self) -> bool:
        if self.cookie_secure is not None:
            return self.cookie_secure
        return self.base_url.startswith("https://")

    @property
    def base_url(self) -> str:
        return (self.public_url or f"http://{self.host}:{self.port}").rstrip("/")


@lru_cache
def get_settings() -> Settings:
    return Settings()
