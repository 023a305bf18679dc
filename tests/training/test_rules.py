"""The planning rules as pure functions: no database, no HTTP."""

from __future__ import annotations

import datetime as dt
from itertools import permutations

import pytest

from backend.models.enums import CertificationStatus
from backend.training.errors import MomentAlreadyPlanned, MomentsOutOfOrder, SameDate
from backend.training.rules import (
    COMBINATIONS,
    MOMENTS,
    TRAINING_OPEN,
    PlannedDay,
    check_day,
    moment_plans,
)

DAY = dt.date(2026, 3, 2)
GAP = 14


def _day(moments: tuple[int, ...], days_later: int = 0, day_id: int | None = None) -> PlannedDay:
    return PlannedDay(day_id, DAY + dt.timedelta(days=days_later), moments[0], moments[-1])


def _holds(plan: tuple[tuple[int, ...], ...]) -> bool:
    """Whether planning these days one after the other, three weeks apart, breaks no rule."""
    planned: list[PlannedDay] = []
    try:
        for index, moments in enumerate(plan):
            day = _day(moments, 21 * index)
            check_day(planned, day, recommended_gap_days=GAP)
            planned.append(day)
    except (MomentAlreadyPlanned, MomentsOutOfOrder, SameDate):
        return False
    return set().union(*(d.moments for d in planned)) == set(MOMENTS)


class TestCombinations:
    def test_half_days_and_full_days_of_two_moments_in_a_row(self):
        assert COMBINATIONS == ((1,), (2,), (3,), (1, 2), (2, 3))

    def test_three_ways_to_hold_the_moments(self):
        assert moment_plans() == [((1,), (2,), (3,)), ((1,), (2, 3)), ((1, 2), (3,))]

    def test_every_way_passes_the_rules(self):
        assert all(_holds(plan) for plan in moment_plans())

    def test_no_other_order_of_days_does(self):
        for size in (2, 3):
            for plan in permutations(COMBINATIONS, size):
                assert _holds(plan) is (plan in moment_plans()), plan


class TestCheckDay:
    def test_a_moment_is_held_once(self):
        with pytest.raises(MomentAlreadyPlanned) as raised:
            check_day([_day((1, 2))], _day((2, 3), 30), recommended_gap_days=GAP)
        detail = raised.value.detail
        assert isinstance(detail, dict)
        assert detail["moments"] == [2]

    def test_one_day_per_date(self):
        with pytest.raises(SameDate):
            check_day([_day((1,))], _day((2,)), recommended_gap_days=GAP)

    def test_the_moments_come_in_order(self):
        with pytest.raises(MomentsOutOfOrder):
            check_day([_day((2,), 30)], _day((1,), 60), recommended_gap_days=GAP)

    def test_days_too_close_are_a_warning_nearest_first(self):
        existing = [_day((1,)), _day((3,), 20)]
        warnings = check_day(existing, _day((2,), 10), recommended_gap_days=GAP)
        assert [(w.days, w.other_date) for w in warnings] == [
            (10, DAY),
            (10, DAY + dt.timedelta(days=20)),
        ]
        assert all(w.recommended == GAP and w.code == "reflection_gap_short" for w in warnings)

    def test_a_rescheduled_day_is_matched_by_id_not_counted_twice(self):
        existing = [_day((1,), 0, day_id=7), _day((2,), 30, day_id=8)]
        moved = _day((1,), 5, day_id=7)
        assert check_day(existing, moved, recommended_gap_days=GAP) == []


def test_only_a_cancelled_certification_takes_no_training():
    assert set(CertificationStatus) - TRAINING_OPEN == {CertificationStatus.CANCELLED}
