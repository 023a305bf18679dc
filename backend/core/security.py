"""Passwords, tokens and keyed hashes. The only module that imports jose or pwdlib (ADR 0002)."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from jose import JWTError, jwt
from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher

from backend.core.config import Settings

ALGORITHM = "HS256"
ACCESS_TOKEN_TYPE = "access"  # noqa: S105 - a claim value, not a secret


def production_hasher() -> PasswordHash:
    """argon2id with pwdlib's defaults (64 MiB, 3 passes, 4 lanes)."""
    return PasswordHash((Argon2Hasher(),))


_password_hash = production_hasher()
# Verified against when the account does not exist, so timing does not reveal which emails exist.
_DUMMY_HASH = _password_hash.hash("not-a-real-password-but-a-timing-equaliser")


def use_cheap_password_hashing() -> None:
    """Argon2 with minimal cost, for test suites that log in hundreds of times.

    Stored hashes carry their own parameters, so hashes made either way verify either way.
    """
    global _password_hash, _DUMMY_HASH
    _password_hash = PasswordHash((Argon2Hasher(time_cost=1, memory_cost=1024, parallelism=1),))
    _DUMMY_HASH = _password_hash.hash("not-a-real-password-but-a-timing-equaliser")


def hash_password(password: str) -> str:
    return _password_hash.hash(password)


def verify_password(password: str, password_hash: str | None) -> bool:
    if password_hash is None:
        _password_hash.verify(password, _DUMMY_HASH)
        return False
    try:
        return _password_hash.verify(password, password_hash)
    except Exception:  # a corrupt stored hash is a failed login, not a crash
        return False


def new_random_token() -> str:
    """URL-safe, 256 bits."""
    return secrets.token_urlsafe(32)


def sha256_hex(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def keyed_hash(settings: Settings, value: str) -> str:
    """HMAC so that stored keys (throttling, CSRF) cannot be reversed without the secret."""
    return hmac.new(settings.secret_key.encode(), value.encode(), hashlib.sha256).hexdigest()


def csrf_token_for(settings: Settings, session_id: str) -> str:
    return keyed_hash(settings, f"csrf:{session_id}")


def csrf_token_matches(settings: Settings, session_id: str, presented: str | None) -> bool:
    if not presented:
        return False
    return hmac.compare_digest(csrf_token_for(settings, session_id), presented)


@dataclass(frozen=True)
class AccessClaims:
    user_id: int
    session_id: str


def create_access_token(
    settings: Settings, *, user_id: int, session_id: str, now: datetime
) -> tuple[str, int]:
    lifetime = timedelta(minutes=settings.access_token_minutes)
    claims: dict[str, Any] = {
        "sub": str(user_id),
        "sid": session_id,
        "typ": ACCESS_TOKEN_TYPE,
        "iss": settings.jwt_issuer,
        "aud": settings.jwt_audience,
        "iat": int(now.timestamp()),
        "nbf": int(now.timestamp()),
        "exp": int((now + lifetime).timestamp()),
        "jti": secrets.token_urlsafe(12),
    }
    token = jwt.encode(claims, settings.secret_key, algorithm=ALGORITHM)
    return token, int(lifetime.total_seconds())


def decode_access_token(settings: Settings, token: str, *, now: datetime) -> AccessClaims | None:
    """The claims of a valid access token, or None for anything else.

    The algorithm list is pinned: with it open, a token signed "none" or with the HMAC secret
    posing as an RSA key could pass. Expiry is checked against the injected clock.
    """
    if len(token) > 4096:
        return None
    try:
        header = jwt.get_unverified_header(token)
        if header.get("alg") != ALGORITHM:
            return None
        claims = jwt.decode(
            token,
            settings.secret_key,
            algorithms=[ALGORITHM],
            audience=settings.jwt_audience,
            issuer=settings.jwt_issuer,
            options={"verify_exp": False, "verify_nbf": False, "verify_iat": False},
        )
    except (JWTError, ValueError, TypeError, KeyError):
        return None
    try:
        exp = int(claims["exp"])
        nbf = int(claims.get("nbf", 0))
        if claims.get("typ") != ACCESS_TOKEN_TYPE:
            return None
        stamp = now.timestamp()
        if stamp >= exp or stamp + 30 < nbf:  # 30 s of leeway for clock skew between workers
            return None
        return AccessClaims(user_id=int(claims["sub"]), session_id=str(claims["sid"]))
    except (KeyError, ValueError, TypeError):
        return None
