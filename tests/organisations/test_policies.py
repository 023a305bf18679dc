"""The organisation's rules, as a table: no database, no HTTP."""

from __future__ import annotations

import pytest

from backend.organisations.policies import POLICY, OrganisationAction, allowed, subject
from tests.support.principals import principal

A = OrganisationAction
MANAGING = [A.UPDATE, A.INVITE_MEMBER, A.REMOVE_MEMBER]


class TestRules:
    def test_only_admins_register_organisations(self):
        assert POLICY.may(principal("admin"), A.CREATE)
        for role in ("auditor", "trainer", "lead", "member"):
            assert not POLICY.may(principal(role, organisation_id=1), A.CREATE), role

    def test_admins_and_the_organisations_lead_manage_it(self):
        assert allowed(principal("admin"), 1) == MANAGING
        assert allowed(principal("lead", organisation_id=1), 1) == MANAGING

    @pytest.mark.parametrize("role", ["auditor", "trainer", "member"])
    def test_staff_who_see_it_and_plain_members_may_not(self, role):
        assert allowed(principal(role, organisation_id=1), 1) == []

    def test_a_lead_manages_only_their_own_organisation(self):
        lead_elsewhere = principal("lead", organisation_id=2)
        assert not POLICY.may(lead_elsewhere, A.UPDATE, subject(1))
        assert allowed(lead_elsewhere, 1) == []

    def test_registering_is_listed_by_users_me_not_on_an_organisation(self):
        assert POLICY.allowed_globally(principal("admin")) == [A.CREATE]
        assert A.CREATE not in allowed(principal("admin"), 1)
