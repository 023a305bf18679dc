"""Access tokens: only a valid, unexpired, correctly signed token of a live session gets in."""

from __future__ import annotations

import base64
import json
from datetime import timedelta
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from jose import jwt

from tests.conftest import TEST_SECRET
from tests.factories import login

ME = "/api/v1/users/me"


def _claims(token: str) -> dict[str, Any]:
    claims: dict[str, Any] = jwt.get_unverified_claims(token)
    return claims


def _b64(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


class TestValidToken:
    async def test_valid_bearer_token_reads_me(self, client, world):
        headers = await login(client, world.admin)
        response = await client.get(ME, headers=headers)
        assert response.status_code == 200
        assert response.json()["email"] == world.admin.email

    async def test_missing_token_is_401(self, client):
        response = await client.get(ME)
        assert response.status_code == 401
        assert response.json()["error"] == "not_authenticated"


class TestRevocation:
    async def test_logout_ends_the_token_at_once(self, client, world):
        headers = await login(client, world.admin)
        assert (await client.post("/api/v1/auth/logout", headers=headers)).status_code == 204
        response = await client.get(ME, headers=headers)
        assert response.status_code == 401
        assert response.json()["error"] == "session_revoked"

    async def test_deactivation_ends_the_token(self, client, world):
        victim = await login(client, world.trainer)
        admin = await login(client, world.admin)
        r = await client.patch(
            f"/api/v1/users/{world.trainer.id}", json={"is_active": False}, headers=admin
        )
        assert r.status_code == 200, r.text
        assert (await client.get(ME, headers=victim)).status_code == 401

    async def test_role_change_ends_the_token(self, client, world):
        victim = await login(client, world.trainer)
        admin = await login(client, world.admin)
        r = await client.patch(
            f"/api/v1/users/{world.trainer.id}", json={"role": "auditor"}, headers=admin
        )
        assert r.status_code == 200
        assert (await client.get(ME, headers=victim)).status_code == 401

    async def test_password_change_ends_every_session(self, client, world):
        first = await login(client, world.trainer)
        second = await login(client, world.trainer)
        r = await client.post(
            "/api/v1/users/me/password",
            json={
                "current_password": "correct-horse-battery",
                "new_password": "a-new-long-password",
            },
            headers=first,
        )
        assert r.status_code == 204
        assert (await client.get(ME, headers=first)).status_code == 401
        assert (await client.get(ME, headers=second)).status_code == 401


class TestRejectedTokens:
    async def _expect_invalid(self, client, token: str) -> None:
        response = await client.get(ME, headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 401, response.text
        assert response.json()["error"] in {"token_invalid", "session_revoked"}

    async def test_tampered_payload(self, client, world):
        token = (await login(client, world.member_a))["Authorization"].split()[1]
        header, _payload, signature = token.split(".")
        claims = _claims(token)
        claims["sub"] = str(world.admin.id)
        await self._expect_invalid(client, f"{header}.{_b64(claims)}.{signature}")

    async def test_tampered_signature(self, client, world):
        token = (await login(client, world.admin))["Authorization"].split()[1]
        flipped = token[:-2] + ("A" if token[-2] != "A" else "B") + token[-1]
        await self._expect_invalid(client, flipped)

    async def test_expired(self, client, world, clock):
        headers = await login(client, world.admin)
        clock.advance(timedelta(minutes=16))
        response = await client.get(ME, headers=headers)
        assert response.status_code == 401
        assert response.json()["error"] == "token_invalid"

    async def test_alg_none(self, client, world):
        token = (await login(client, world.admin))["Authorization"].split()[1]
        unsigned = f"{_b64({'alg': 'none', 'typ': 'JWT'})}.{token.split('.')[1]}."
        await self._expect_invalid(client, unsigned)

    async def test_wrong_audience(self, client, world):
        token = (await login(client, world.admin))["Authorization"].split()[1]
        claims = _claims(token) | {"aud": "another-service"}
        await self._expect_invalid(client, jwt.encode(claims, TEST_SECRET, algorithm="HS256"))

    async def test_wrong_issuer(self, client, world):
        token = (await login(client, world.admin))["Authorization"].split()[1]
        claims = _claims(token) | {"iss": "someone-else"}
        await self._expect_invalid(client, jwt.encode(claims, TEST_SECRET, algorithm="HS256"))

    async def test_wrong_token_type(self, client, world):
        token = (await login(client, world.admin))["Authorization"].split()[1]
        claims = _claims(token) | {"typ": "refresh"}
        await self._expect_invalid(client, jwt.encode(claims, TEST_SECRET, algorithm="HS256"))

    async def test_rs256_token_is_refused(self, client, world):
        """HS/RS confusion, one way: an asymmetric token signed by an attacker's own key."""
        token = (await login(client, world.admin))["Authorization"].split()[1]
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        await self._expect_invalid(
            client, jwt.encode(_claims(token), pem.decode(), algorithm="RS256")
        )

    async def test_hs256_signed_with_a_public_key_is_refused(self, client, world):
        """HS/RS confusion, the other way: HMAC keyed with a public key the attacker knows."""
        token = (await login(client, world.admin))["Authorization"].split()[1]
        public_pem = (
            rsa.generate_private_key(public_exponent=65537, key_size=2048)
            .public_key()
            .public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            )
        )
        header = _b64({"alg": "HS256", "typ": "JWT"})
        payload = _b64(_claims(token))
        import hashlib
        import hmac

        signature = (
            base64.urlsafe_b64encode(
                hmac.new(public_pem, f"{header}.{payload}".encode(), hashlib.sha256).digest()
            )
            .rstrip(b"=")
            .decode()
        )
        await self._expect_invalid(client, f"{header}.{payload}.{signature}")

    async def test_garbage_and_wrong_scheme(self, client):
        for value in [
            "Bearer not.a.jwt",
            "Bearer ",
            "Basic YWxhZGRpbjpvcGVuc2VzYW1l",
            "Bearer " + "a" * 5000,
        ]:
            response = await client.get(ME, headers={"Authorization": value})
            assert response.status_code == 401, value
