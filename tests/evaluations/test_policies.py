"""Who reads evaluation results, as a table: no database, no HTTP."""

from __future__ import annotations

import pytest

from backend.evaluations.policies import POLICY, EvaluationAction
from tests.support.principals import principal


@pytest.mark.parametrize("role", ["admin", "auditor", "trainer"])
def test_staff_read_the_results(role):
    assert POLICY.allowed_globally(principal(role)) == [EvaluationAction.VIEW]


@pytest.mark.parametrize("role", ["lead", "member"])
def test_the_working_group_does_not(role):
    assert POLICY.allowed_globally(principal(role, organisation_id=1)) == []


def test_it_is_about_no_one_certification():
    assert POLICY.global_actions == {EvaluationAction.VIEW}
