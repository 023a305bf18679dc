"""The errors a route can answer are read from the code it runs."""

from __future__ import annotations

from backend.certifications import repository, service
from backend.certifications.errors import CertificationExists, NotATrainer
from backend.core.errors import Forbidden, InvalidTransition, NotFound
from backend.core.raised_errors import raised_by


class TestRaisedBy:
    def test_a_function_that_raises_one_error_itself(self):
        assert raised_by(repository.get_visible) == {NotFound}

    def test_errors_of_the_functions_it_calls_and_of_module_level_objects_methods(self):
        # cancel asks the policy (403) and moves through the workflow's table (409).
        assert raised_by(service.cancel) == {Forbidden, InvalidTransition}

    def test_errors_a_service_builds_with_a_detail(self):
        found = raised_by(service.open_certification)
        assert {Forbidden, NotFound, CertificationExists, NotATrainer} <= found

    def test_what_is_not_ours_raises_none_of_ours(self):
        assert raised_by(len) == frozenset()
