"""The review of an organisation's documents: upload, findings, the trainer's decisions, new
versions that carry them forward, comparison, settings, tenancy and query counts."""

from __future__ import annotations

import io

import docx
from sqlalchemy import select

from backend.models import AcceptedTerm, Notification
from tests.factories import bearer_for

# Reading a version: the caller's session and account (one), the version with its document, the
# certification's trainers, the findings, the comments, and the two counts (by status and ground,
# and resolved by this version).
COUNT = 7
LIST_COUNT = 6

POLICY = (
    "Likabehandlingsplan\n\n"
    "Vi söker en brandman till räddningstjänsten. Handikapptoaletten finns på plan två.\n\n"
    "Kontakta ordningsmännen vid entrén om du behöver hjälp."
)


def _docx(*paragraphs: str) -> bytes:
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


async def _headers(db, settings, clock, user):
    return await bearer_for(db, settings, user, clock.now())


async def _paste(client, cycle, headers, text=POLICY, title="Likabehandlingsplan"):
    response = await client.post(
        f"/api/v1/certifications/{cycle.certification_id}/documents/pasted",
        json={"title": title, "kind": "policy", "text": text},
        headers=headers,
    )
    assert response.status_code == 201, response.text
    return response.json()


async def _upload_version(client, document_id, headers, data, name="plan-v2.docx"):
    return await client.post(
        f"/api/v1/documents/{document_id}/versions",
        files={"file": (name, data, DOCX_TYPE)},
        headers=headers,
    )


class TestUpload:
    async def test_a_docx_is_checked_on_upload_and_the_trainer_is_told(
        self, client, cycle, db, settings, clock
    ):
        lead = await _headers(db, settings, clock, cycle.lead_a)
        response = await client.post(
            f"/api/v1/certifications/{cycle.certification_id}/documents",
            data={"title": "Platsannons", "kind": "job_ad"},
            files={"file": ("annons.docx", _docx("Vi söker en brandman."), DOCX_TYPE)},
            headers=lead,
        )
        assert response.status_code == 201, response.text
        version = response.json()
        assert version["format"] == "docx"
        assert version["file_name"] == "annons.docx"
        assert version["status"] == "awaiting_review"
        [finding] = version["findings"]
        assert version["text"][finding["start"] : finding["end"]] == "brandman"
        assert finding["status"] == "open"
        assert finding["suggestions"]
        assert version["settings"]["non_binary"] is False
        kinds = list(
            await db.scalars(
                select(Notification.kind).where(Notification.user_id == cycle.trainer.id)
            )
        )
        assert "document_uploaded" in kinds

    async def test_the_list_counts_findings_by_ground(self, client, cycle, db, settings, clock):
        lead = await _headers(db, settings, clock, cycle.lead_a)
        await _paste(client, cycle, lead)
        listing = (
            await client.get(
                f"/api/v1/certifications/{cycle.certification_id}/documents", headers=lead
            )
        ).json()
        [item] = listing["items"]
        assert item["counts"]["by_status"] == {"open": 3, "accepted": 0, "dismissed": 0}
        assert item["counts"]["by_ground"]["sex"]["open"] == 2
        assert item["counts"]["by_ground"]["disability"]["open"] == 1
        assert "upload" in listing["allowed_actions"]
        assert listing["totals"]["by_status"]["open"] == 3


class TestDecisions:
    async def test_accept_dismiss_with_reason_and_keep_the_term(
        self, client, cycle, db, settings, clock
    ):
        lead = await _headers(db, settings, clock, cycle.lead_a)
        trainer = await _headers(db, settings, clock, cycle.trainer)
        version = await _paste(client, cycle, lead)
        by_text = {f["text"]: f for f in version["findings"]}
        accept = await client.post(
            f"/api/v1/document-findings/{by_text['brandman']['id']}/decision",
            json={"decision": "accept", "suggestion": "brandperson", "note": "Byt ord."},
            headers=trainer,
        )
        assert accept.status_code == 200, accept.text
        assert accept.json()["status"] == "accepted"
        assert accept.json()["chosen_suggestion"] == "brandperson"
        without_reason = await client.post(
            f"/api/v1/document-findings/{by_text['ordningsmännen']['id']}/decision",
            json={"decision": "dismiss"},
            headers=trainer,
        )
        assert without_reason.status_code == 400
        assert without_reason.json()["error"] == "dismissal_reason_required"
        dismiss = await client.post(
            f"/api/v1/document-findings/{by_text['ordningsmännen']['id']}/decision",
            json={"decision": "dismiss", "note": "Titeln i ordningslagen.", "accept_term": True},
            headers=trainer,
        )
        assert dismiss.status_code == 200
        # The flagged word is kept, not the compound's last part ("man" would silence every
        # word ending in -man); an inflected form of a rule's own word keeps its lemma.
        terms = list(await db.scalars(select(AcceptedTerm.term)))
        assert terms == ["ordningsmännen"]
        assert dismiss.json()["kept_term"] == "ordningsmännen"
        read = (await client.get(f"/api/v1/document-versions/{version['id']}", headers=lead)).json()
        assert read["status"] == "in_review"
        assert read["counts"]["by_status"] == {"open": 1, "accepted": 1, "dismissed": 1}

    async def test_only_the_assigned_trainer_decides(self, client, cycle, db, settings, clock):
        lead = await _headers(db, settings, clock, cycle.lead_a)
        version = await _paste(client, cycle, lead)
        finding_id = version["findings"][0]["id"]
        body = {"decision": "accept"}
        expected = {
            cycle.lead_a: 403,
            cycle.member_a: 403,
            cycle.auditor: 403,
            cycle.admin: 403,
            cycle.other_trainer: 404,
            cycle.lead_b: 404,
            cycle.trainer: 200,
        }
        for user, status in expected.items():
            headers = await _headers(db, settings, clock, user)
            response = await client.post(
                f"/api/v1/document-findings/{finding_id}/decision", json=body, headers=headers
            )
            assert response.status_code == status, (user.email, response.text)

    async def test_the_review_finishes_only_when_every_finding_is_decided(
        self, client, cycle, db, settings, clock
    ):
        lead = await _headers(db, settings, clock, cycle.lead_a)
        trainer = await _headers(db, settings, clock, cycle.trainer)
        version = await _paste(client, cycle, lead)
        url = f"/api/v1/document-versions/{version['id']}/finish"
        early = await client.post(url, json={}, headers=trainer)
        assert early.status_code == 409
        assert early.json()["error"] == "document_findings_open"
        assert early.json()["detail"]["open"] == 3
        for finding in version["findings"]:
            await client.post(
                f"/api/v1/document-findings/{finding['id']}/decision",
                json={"decision": "accept"},
                headers=trainer,
            )
        done = await client.post(url, json={"summary": "Bra arbete."}, headers=trainer)
        assert done.status_code == 200, done.text
        assert done.json()["status"] == "reviewed"
        assert "reopen_review" in done.json()["allowed_actions"]
        late = await client.post(
            f"/api/v1/document-findings/{version['findings'][0]['id']}/decision",
            json={"decision": "reopen"},
            headers=trainer,
        )
        assert late.status_code == 409
        assert late.json()["error"] == "document_review_closed"
        told = list(
            await db.scalars(
                select(Notification.user_id).where(Notification.kind == "document_reviewed")
            )
        )
        assert cycle.lead_a.id in told


class TestNewVersion:
    async def test_decisions_are_carried_and_gone_findings_resolved(
        self, client, cycle, db, settings, clock
    ):
        lead = await _headers(db, settings, clock, cycle.lead_a)
        trainer = await _headers(db, settings, clock, cycle.trainer)
        first = (
            await client.post(
                f"/api/v1/certifications/{cycle.certification_id}/documents",
                data={"title": "Plan", "kind": "plan"},
                files={
                    "file": (
                        "plan.docx",
                        _docx("Vi söker en brandman.", "Handikapptoaletten är stängd."),
                        DOCX_TYPE,
                    )
                },
                headers=lead,
            )
        ).json()
        by_text = {f["text"]: f for f in first["findings"]}
        await client.post(
            f"/api/v1/document-findings/{by_text['Handikapptoaletten']['id']}/decision",
            json={"decision": "dismiss", "note": "Skylten byts i vår."},
            headers=trainer,
        )
        await client.post(
            f"/api/v1/document-versions/{first['id']}/comments",
            json={"start": 0, "end": 21, "body": "Vems behov utgår texten från?"},
            headers=trainer,
        )
        # The brandman is gone; the toilet stays, with a new paragraph before it.
        second = await _upload_version(
            client,
            first["document_id"],
            lead,
            _docx("Vi söker en brandperson.", "Ny mening.", "Handikapptoaletten är stängd."),
        )
        assert second.status_code == 201, second.text
        version = second.json()
        assert version["number"] == 2
        [remaining] = version["findings"]
        assert remaining["text"] == "Handikapptoaletten"
        assert remaining["status"] == "dismissed"
        assert remaining["carried"] is True
        assert version["counts"]["resolved"] == 1
        document = (
            await client.get(f"/api/v1/documents/{first['document_id']}", headers=lead)
        ).json()
        assert [v["status"] for v in document["versions"]] == ["superseded", "awaiting_review"]
        comparison = (
            await client.get(
                f"/api/v1/documents/{first['document_id']}/compare",
                params={"from_version": 1, "to_version": 2},
                headers=lead,
            )
        ).json()
        assert [f["text"] for f in comparison["resolved"]] == ["brandman"]
        assert [f["text"] for f in comparison["remaining"]] == ["Handikapptoaletten"]
        assert comparison["new"] == []
        # The first version's passage ("Vi söker en brandman.") is no longer there.
        assert version["comments"] == []

    async def test_an_accepted_term_is_not_flagged_in_the_next_version(
        self, client, cycle, db, settings, clock
    ):
        lead = await _headers(db, settings, clock, cycle.lead_a)
        response = await client.post(
            f"/api/v1/organisations/{cycle.org_a.id}/accepted-terms",
            json={"term": "brandman", "reason": "Titeln i kollektivavtalet."},
            headers=lead,
        )
        assert response.status_code == 201, response.text
        version = await _paste(client, cycle, lead, text="Vi söker en brandman.")
        assert version["findings"] == []
        assert version["settings"]["accepted_terms"] == [
            {"term": "brandman", "reason": "Titeln i kollektivavtalet."}
        ]


class TestTenancy:
    async def test_another_organisations_documents_do_not_exist(
        self, client, cycle, db, settings, clock
    ):
        lead = await _headers(db, settings, clock, cycle.lead_a)
        version = await _paste(client, cycle, lead)
        other = await _headers(db, settings, clock, cycle.lead_b)
        for url in (
            f"/api/v1/certifications/{cycle.certification_id}/documents",
            f"/api/v1/documents/{version['document_id']}",
            f"/api/v1/document-versions/{version['id']}",
            f"/api/v1/organisations/{cycle.org_a.id}/language-settings",
        ):
            assert (await client.get(url, headers=other)).status_code == 404, url


class TestQueryCounts:
    async def test_reading_a_version_costs_the_same_with_3_or_30_findings(
        self, client, cycle, db, settings, clock, queries
    ):
        lead = await _headers(db, settings, clock, cycle.lead_a)
        few = await _paste(client, cycle, lead)
        many = await _paste(client, cycle, lead, text=POLICY * 10, title="Lång")
        assert len(many["findings"]) == 30
        counts = []
        for version in (few, many):
            queries.statements.clear()
            queries.active = True
            response = await client.get(f"/api/v1/document-versions/{version['id']}", headers=lead)
            queries.active = False
            assert response.status_code == 200
            counts.append(queries.count)
        assert counts == [COUNT, COUNT]

    async def test_the_list_costs_the_same_with_one_or_five_documents(
        self, client, cycle, db, settings, clock, queries
    ):
        lead = await _headers(db, settings, clock, cycle.lead_a)
        url = f"/api/v1/certifications/{cycle.certification_id}/documents"
        counts = []
        for documents in (1, 5):
            while len((await client.get(url, headers=lead)).json()["items"]) < documents:
                await _paste(client, cycle, lead)
            queries.statements.clear()
            queries.active = True
            assert (await client.get(url, headers=lead)).status_code == 200
            queries.active = False
            counts.append(queries.count)
        # The session and account, the certification and its trainers, the documents with their
        # current versions, and the two counts.
        assert counts == [LIST_COUNT, LIST_COUNT]


class TestDownloads:
    async def test_the_reviewed_docx_has_the_review_as_comments_at_the_right_text(
        self, client, cycle, db, settings, clock
    ):
        from tests.documents.test_docx_export import anchored, comments_of

        lead = await _headers(db, settings, clock, cycle.lead_a)
        trainer = await _headers(db, settings, clock, cycle.trainer)
        original = _docx("Vi söker en brandman.", "Handikapptoaletten är stängd.")
        version = (
            await client.post(
                f"/api/v1/certifications/{cycle.certification_id}/documents",
                data={"title": "Annons", "kind": "job_ad"},
                files={"file": ("annons.docx", original, DOCX_TYPE)},
                headers=lead,
            )
        ).json()
        first = version["findings"][0]
        await client.post(
            f"/api/v1/document-findings/{first['id']}/decision",
            json={"decision": "accept", "suggestion": "brandperson"},
            headers=trainer,
        )
        await client.post(
            f"/api/v1/document-versions/{version['id']}/comments",
            json={"start": 0, "end": 2, "body": "Vilka är vi?"},
            headers=trainer,
        )
        response = await client.get(
            f"/api/v1/document-versions/{version['id']}/reviewed.docx", headers=lead
        )
        assert response.status_code == 200
        assert "annons%20%28granskad%29.docx" in response.headers["content-disposition"]
        ranges, texts = anchored(response.content), comments_of(response.content)
        by_anchor = {found.text: texts[comment_id][0] for comment_id, found in ranges.items()}
        assert set(by_anchor) == {"brandman", "Handikapptoaletten", "Vi"}
        assert "Godkänd" in by_anchor["brandman"]
        assert "brandperson" in by_anchor["brandman"]
        assert by_anchor["Vi"] == "Vilka är vi?"
        original_download = await client.get(
            f"/api/v1/document-versions/{version['id']}/original", headers=lead
        )
        assert original_download.content == original

    async def test_the_review_report_in_swedish_and_english(
        self, client, cycle, db, settings, clock
    ):
        import pypdf

        lead = await _headers(db, settings, clock, cycle.lead_a)
        version = await _paste(client, cycle, lead)
        for url, locale, word in (
            (f"/api/v1/document-versions/{version['id']}/report.pdf", "sv", "Likabehandlingsplan"),
            (
                f"/api/v1/certifications/{cycle.certification_id}/documents/report.pdf",
                "en",
                "brandman",
            ),
        ):
            response = await client.get(url, params={"locale": locale}, headers=lead)
            assert response.status_code == 200, response.text
            assert response.headers["content-type"] == "application/pdf"
            reader = pypdf.PdfReader(io.BytesIO(response.content))
            text = "".join(page.extract_text() for page in reader.pages)
            assert "Alfa kommun" in text
            assert word in text


class TestSummary:
    async def test_where_each_certifications_document_review_stands(
        self, client, cycle, db, settings, clock, queries
    ):
        from backend.documents.summary import summaries

        lead = await _headers(db, settings, clock, cycle.lead_a)
        trainer = await _headers(db, settings, clock, cycle.trainer)
        reviewed = await _paste(client, cycle, lead, text="Vi söker en brandman.")
        await _paste(client, cycle, lead)
        await client.post(
            f"/api/v1/document-findings/{reviewed['findings'][0]['id']}/decision",
            json={"decision": "dismiss", "note": "Citat ur avtalet."},
            headers=trainer,
        )
        await client.post(
            f"/api/v1/document-versions/{reviewed['id']}/finish", json={}, headers=trainer
        )
        queries.active = True
        summary = await summaries(db, [cycle.certification_id, 999_999])
        queries.active = False
        assert queries.count == 3
        assert summary[cycle.certification_id].model_dump() == {
            "documents": 2,
            "reviewed": 1,
            "findings_open": 3,
            "findings_accepted": 0,
            "findings_dismissed": 1,
            "findings_resolved": 0,
        }
        assert summary[999_999].documents == 0


class TestBadUploads:
    """Every refusal is a 4xx with its code, and nothing is stored."""

    async def _upload(self, client, cycle, headers, data: bytes, name="fil.docx"):
        return await client.post(
            f"/api/v1/certifications/{cycle.certification_id}/documents",
            data={"title": "Fil", "kind": "other"},
            files={"file": (name, data, "application/octet-stream")},
            headers=headers,
        )

    async def test_each_bad_file_answers_its_code_and_stores_nothing(
        self, client, cycle, db, settings, clock
    ):
        from backend.models import Document
        from tests.documents import samples

        lead = await _headers(db, settings, clock, cycle.lead_a)
        png = b"\x89PNG\r\n\x1a\n" + bytes(200)
        cases = {
            "unsupported_document_type": (415, png),
            "document_archive_refused": (400, samples.docx_bomb(256 * 1024 * 1024)),
            "pdf_encrypted": (400, samples.encrypted_pdf("hemligt")),
            "pdf_has_no_text": (400, samples.image_only_pdf()),
            "document_unreadable": (400, samples.docx_sample()[:2000]),
            "document_empty": (400, b"   \n\n  "),
        }
        for code, (status, data) in cases.items():
            response = await self._upload(client, cycle, lead, data)
            assert response.status_code == status, (code, response.text)
            assert response.json()["error"] == code
        assert list(await db.scalars(select(Document.id))) == []

    async def test_more_than_20_mb_is_413(self, client, cycle, db, settings, clock):
        lead = await _headers(db, settings, clock, cycle.lead_a)
        response = await self._upload(client, cycle, lead, b"a" * (20 * 1024 * 1024 + 1))
        assert response.status_code == 413
        assert response.json()["error"] == "document_too_large"

    async def test_the_file_name_is_kept_for_display_only(self, client, cycle, db, settings, clock):
        lead = await _headers(db, settings, clock, cycle.lead_a)
        response = await self._upload(
            client, cycle, lead, b"Vi s\xc3\xb6ker en brandman.", name="../../etc/passwd.docx"
        )
        # A text file named .docx is text: the bytes decide, the name is only shown.
        assert response.status_code == 201, response.text
        assert response.json()["format"] == "text"
        assert response.json()["file_name"] == "../../etc/passwd.docx"
        download = await client.get(
            f"/api/v1/document-versions/{response.json()['id']}/original", headers=lead
        )
        assert download.headers["content-disposition"] == (
            "attachment; filename*=UTF-8''..%2F..%2Fetc%2Fpasswd.docx"
        )
        assert download.headers["content-type"] == "text/plain; charset=utf-8"

    async def test_a_300_page_pdf_is_read_and_checked(self, client, cycle, db, settings, clock):
        from tests.documents import samples

        lead = await _headers(db, settings, clock, cycle.lead_a)
        response = await self._upload(
            client, cycle, lead, samples.pdf_sample(pages=300), name="rapport.pdf"
        )
        assert response.status_code == 201, response.text
        version = response.json()
        assert version["format"] == "pdf"
        assert max(block["page"] for block in version["blocks"]) == 300


class TestLanguageSettings:
    async def test_non_binary_and_rule_groups_change_what_the_next_check_finds(
        self, client, cycle, db, settings, clock
    ):
        lead = await _headers(db, settings, clock, cycle.lead_a)
        text = "Den sökande ska bifoga intyg om han eller hon har utländsk utbildning. En brandman."
        before = await _paste(client, cycle, lead, text=text, title="Före")
        assert [f["text"] for f in before["findings"]] == ["brandman"]
        response = await client.put(
            f"/api/v1/organisations/{cycle.org_a.id}/language-settings",
            json={"non_binary": True, "disabled_groups": ["sex"]},
            headers=lead,
        )
        assert response.status_code == 200, response.text
        assert response.json()["non_binary"] is True
        after = await _paste(client, cycle, lead, text=text, title="Efter")
        assert [f["text"] for f in after["findings"]] == ["han eller hon"]
        assert after["settings"]["non_binary"] is True
        assert after["settings"]["disabled_groups"] == ["sex"]

    async def test_an_unknown_group_is_400_and_a_member_may_not_change_settings(
        self, client, cycle, db, settings, clock
    ):
        lead = await _headers(db, settings, clock, cycle.lead_a)
        url = f"/api/v1/organisations/{cycle.org_a.id}/language-settings"
        unknown = await client.put(
            url, json={"non_binary": False, "disabled_groups": ["weather"]}, headers=lead
        )
        assert unknown.status_code == 400
        assert unknown.json()["error"] == "unknown_rule_group"
        member = await _headers(db, settings, clock, cycle.member_a)
        refused = await client.put(
            url, json={"non_binary": True, "disabled_groups": []}, headers=member
        )
        assert refused.status_code == 403


class TestThePlanIsTheFirstDocument:
    async def test_each_submission_is_a_version_of_the_plan_document(
        self, client, cycle, db, settings, clock
    ):
        from tests.helpers import full_plan, save_plan

        lead = await _headers(db, settings, clock, cycle.lead_a)
        trainer = await _headers(db, settings, clock, cycle.trainer)
        base = f"/api/v1/certifications/{cycle.certification_id}"
        plan = full_plan() | {"vision": "Varje brandman ska känna sig välkommen."}
        assert (await save_plan(client, cycle.certification_id, lead, 0, plan)).status_code == 200
        assert (
            await client.post(f"{base}/plan/submit", json={"version": 1}, headers=lead)
        ).status_code == 200
        [document] = (await client.get(f"{base}/documents", headers=lead)).json()["items"]
        assert (document["title"], document["kind"]) == ("Handlingsplan", "plan")
        first = (
            await client.get(
                f"/api/v1/document-versions/{document['current_version_id']}", headers=trainer
            )
        ).json()
        assert first["text"].startswith("Handlingsplan\n\nVision\n\nVarje brandman")
        [finding] = first["findings"]
        assert finding["text"] == "brandman"
        assert finding["suggestions"] == ["brandperson"]
        await client.post(
            f"/api/v1/document-findings/{finding['id']}/decision",
            json={"decision": "dismiss", "note": "Yrkestiteln i avtalet."},
            headers=trainer,
        )
        # Changes requested, a new goal added, submitted again: the dismissal still stands.
        await client.post(
            f"{base}/plan/request-changes",
            json={"version": 1, "comment": "Lägg till ett mål."},
            headers=trainer,
        )
        plan["goals"].append(dict(plan["goals"][0], id="g3", title="Fler sökande"))
        assert (await save_plan(client, cycle.certification_id, lead, 1, plan)).status_code == 200
        assert (
            await client.post(f"{base}/plan/submit", json={"version": 2}, headers=lead)
        ).status_code == 200
        [document] = (await client.get(f"{base}/documents", headers=lead)).json()["items"]
        assert document["current_version"] == 2
        second = (
            await client.get(
                f"/api/v1/document-versions/{document['current_version_id']}", headers=trainer
            )
        ).json()
        assert [(f["text"], f["status"], f["carried"]) for f in second["findings"]] == [
            ("brandman", "dismissed", True)
        ]
        kinds = list(
            await db.scalars(
                select(Notification.kind).where(Notification.user_id == cycle.trainer.id)
            )
        )
        assert "document_uploaded" not in kinds
