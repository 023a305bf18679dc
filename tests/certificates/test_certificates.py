"""Certificates: numbers, the PDF, and public verification that tells nothing private."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from backend.certificates.numbers import new_number, normalise
from backend.models import Certificate
from backend.models.enums import CertificateStatus
from tests.factories import bearer_for


class TestNumbers:
    def test_format_and_check_character(self):
        for _ in range(200):
            number = new_number()
            assert normalise(number) == number
            assert normalise(number.lower().replace("-", "")) == number
            wrong = number[:-1] + ("2" if number[-1] != "2" else "3")
            assert normalise(wrong) is None

    @pytest.mark.parametrize(
        "text", ["", "JAM", "JAM-0000-0000", "XYZ-ABCD-EFGH", "JAM-ABCD-EFG", "%00"]
    )
    def test_garbage(self, text):
        assert normalise(text) is None


class TestVerification:
    async def test_valid_certificate(self, client, certified):
        number = certified["certificate"]["number"]
        r = await client.get(f"/api/v1/public/certificates/{number}")
        assert r.status_code == 200
        assert r.json() == {
            "number": number,
            "organisation_name": "Alfa kommun",
            "status": "valid",
            "issued_on": "2026-03-02",
            "valid_until": "2029-03-02",
        }
        assert (
            await client.get(f"/api/v1/public/certificates/{number.lower()}")
        ).status_code == 200

    async def test_unknown_and_malformed_numbers(self, client, certified):
        assert (await client.get(f"/api/v1/public/certificates/{new_number()}")).status_code == 404
        r = await client.get("/api/v1/public/certificates/not-a-number")
        assert r.status_code == 404
        assert r.json()["error"] == "not_found"

    async def test_status_follows_suspension_and_time(self, client, certified, db, clock):
        number = certified["certificate"]["number"]
        certificate = await db.scalar(select(Certificate).where(Certificate.number == number))
        certificate.status = CertificateStatus.SUSPENDED
        await db.commit()
        assert (await client.get(f"/api/v1/public/certificates/{number}")).json()[
            "status"
        ] == "suspended"
        certificate.status = CertificateStatus.VALID
        await db.commit()
        clock.set(dt.datetime(2029, 3, 3, 12, tzinfo=dt.UTC))
        assert (await client.get(f"/api/v1/public/certificates/{number}")).json()[
            "status"
        ] == "expired"


class TestAllowedActions:
    """What the certificate's read model offers, as backend/certificates/policies.py decides."""

    async def test_auditors_and_admins_may_suspend_or_withdraw_a_valid_one(
        self, client, cycle, certified, db, settings, clock
    ):
        url = f"/api/v1/certificates/{certified['certificate']['id']}"
        auditor = await bearer_for(db, settings, cycle.auditor, clock.now())
        r = await client.get(url, headers=auditor)
        assert r.json()["allowed_actions"] == ["certificate:suspend", "certificate:withdraw"]
        r = await client.post(f"{url}/suspend", json={"reason": "Utreds"}, headers=auditor)
        assert r.json()["allowed_actions"] == ["certificate:restore", "certificate:withdraw"]
        assert (await client.get(url, headers=certified["lead"])).json()["allowed_actions"] == []
        assert certified["certificate"]["allowed_actions"] == []  # the approving trainer's view

    async def test_an_expired_one_offers_nothing_and_refuses_with_from_expired(
        self, client, cycle, certified, db, settings, clock
    ):
        clock.set(dt.datetime(2029, 3, 3, 12, tzinfo=dt.UTC))
        url = f"/api/v1/certificates/{certified['certificate']['id']}"
        admin = await bearer_for(db, settings, cycle.admin, clock.now())
        assert (await client.get(url, headers=admin)).json()["allowed_actions"] == []
        r = await client.post(f"{url}/withdraw", json={"reason": "Slut"}, headers=admin)
        assert r.status_code == 409
        assert r.json()["detail"] == {
            "message": "This certificate cannot change that way now.",
            "from": "expired",
            "to": "withdrawn",
        }


class TestPdf:
    @pytest.mark.parametrize(
        ("lang", "expected"),
        [
            (
                "sv",
                [
                    "Jämlikhetscertifikat",
                    "Alfa kommun",
                    "2 mars 2026",
                    "2 mars 2029",
                    "Hela förvaltningen",
                ],
            ),
            (
                "en",
                [
                    "Equality Certificate",
                    "Alfa kommun",
                    "2 March 2026",
                    "2 March 2029",
                    "Valid until",
                ],
            ),
        ],
    )
    async def test_pdf_holds_number_organisation_and_dates(self, client, certified, lang, expected):
        certificate = certified["certificate"]
        r = await client.get(
            f"/api/v1/certificates/{certificate['id']}/pdf?lang={lang}", headers=certified["lead"]
        )
        assert r.status_code == 200
        assert r.headers["content-type"] == "application/pdf"
        assert certificate["number"] in r.headers["content-disposition"]
        text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(r.content)).pages)
        assert certificate["number"] in text
        assert certificate["verify_url"] in text
        for fragment in expected:
            assert fragment in text, fragment

    async def test_other_organisations_get_404(self, client, certified, cycle, db, settings, clock):
        other = await bearer_for(db, settings, cycle.lead_b, clock.now())
        certificate_id = certified["certificate"]["id"]
        assert (
            await client.get(f"/api/v1/certificates/{certificate_id}/pdf", headers=other)
        ).status_code == 404
        r = await client.get(
            f"/api/v1/certifications/{cycle.certification_id}/certificate", headers=other
        )
        assert r.status_code == 404

    async def test_certificate_of_the_certification(self, client, certified, cycle):
        r = await client.get(
            f"/api/v1/certifications/{cycle.certification_id}/certificate",
            headers=certified["lead"],
        )
        assert r.json()["number"] == certified["certificate"]["number"]
