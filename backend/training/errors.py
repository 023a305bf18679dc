from __future__ import annotations

from backend.core.errors import Conflict, MessageDetail


class MomentsTakenDetail(MessageDetail):
    moments: list[int]


class MomentAlreadyPlanned(Conflict):
    code = "moment_already_planned"
    message = "A moment is held once per certification; this one already has a day."
    detail_model = MomentsTakenDetail


class MomentsOutOfOrder(Conflict):
    code = "moments_out_of_order"
    message = "The moments must come in order: 1 before 2 before 3."


class SameDate(Conflict):
    code = "training_day_same_date"
    message = "There is already a training day on that date."


class DayInFuture(Conflict):
    code = "training_day_in_future"
    message = "A training day can be marked as held on or after its date."


class TooManyWorkshops(Conflict):
    code = "too_many_workshops"
    message = "A certification has one or two workshops with the working group."
