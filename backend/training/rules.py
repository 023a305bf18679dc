"""The rules for planning training days, as pure functions over the days already planned.

Three moments, each held once and in order, on half days or combined as a full day (1+2 or 2+3);
never two days on one date; a warning, not a refusal, when days come closer than the recommended
time for reflection.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

from backend.models.enums import CertificationStatus
from backend.training.errors import MomentAlreadyPlanned, MomentsOutOfOrder, SameDate

MOMENTS: tuple[int, ...] = (1, 2, 3)
# Half days, or a full day of two consecutive moments; never all three in one day.
COMBINATIONS: tuple[tuple[int, ...], ...] = ((1,), (2,), (3,), (1, 2), (2, 3))
# A certified cycle still holds training (targeted efforts, extra days); a cancelled one none.
TRAINING_OPEN: frozenset[CertificationStatus] = frozenset(CertificationStatus) - {
    CertificationStatus.CANCELLED
}

Plan = tuple[tuple[int, ...], ...]


def moment_plans() -> list[Plan]:
    """Every way to hold the moments: days of `COMBINATIONS` that take each moment once, in order
    (three half days, or a full day and a half day)."""

    def from_moment(first: int) -> list[Plan]:
        if first > MOMENTS[-1]:
            return [()]
        return [
            (day, *rest)
            for day in COMBINATIONS
            if day[0] == first
            for rest in from_moment(day[-1] + 1)
        ]

    return from_moment(MOMENTS[0])


@dataclass(frozen=True)
class PlannedDay:
    id: int | None
    date: dt.date
    first_moment: int
    last_moment: int

    @property
    def moments(self) -> set[int]:
        return set(range(self.first_moment, self.last_moment + 1))


@dataclass(frozen=True)
class GapWarning:
    days: int
    recommended: int
    other_date: dt.date
    code: Literal["reflection_gap_short"] = "reflection_gap_short"


def check_day(
    existing: Iterable[PlannedDay], new: PlannedDay, *, recommended_gap_days: int
) -> list[GapWarning]:
    """Raise for a day that breaks a rule; return the warnings for one that merely bends one.

    ``existing`` are the certification's days that are not cancelled, ``new`` included or not
    (a rescheduled day is matched by id and replaced).
    """
    others = [day for day in existing if new.id is None or day.id != new.id]
    taken = set().union(*(day.moments for day in others)) & new.moments
    if taken:
        raise MomentAlreadyPlanned(
            {"message": MomentAlreadyPlanned.message, "moments": sorted(taken)}
        )
    if any(day.date == new.date for day in others):
        raise SameDate()
    ordered = sorted([*others, new], key=lambda day: day.date)
    for earlier, later in pairwise(ordered):
        if earlier.last_moment >= later.first_moment:
            raise MomentsOutOfOrder()
    warnings = []
    for day in others:
        gap = abs((day.date - new.date).days)
        if gap < recommended_gap_days:
            warnings.append(
                GapWarning(days=gap, recommended=recommended_gap_days, other_date=day.date)
            )
    return sorted(warnings, key=lambda w: w.days)
