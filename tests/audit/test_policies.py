"""The audit log's one rule, as a table: no database, no HTTP."""

from __future__ import annotations

import pytest

from backend.audit.policies import POLICY, AuditLogAction
from tests.support.principals import principal


def test_admins_read_the_audit_log():
    assert POLICY.allowed_globally(principal("admin")) == [AuditLogAction.READ]


@pytest.mark.parametrize("role", ["auditor", "trainer", "lead", "member"])
def test_no_one_else_does(role):
    assert not POLICY.may(principal(role, organisation_id=1), AuditLogAction.READ)
