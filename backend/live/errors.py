from __future__ import annotations

from backend.core.errors import AppError, Conflict, MessageDetail


class TooFewAnswersDetail(MessageDetail):
    min_answers: int


class QuestionNotOpen(Conflict):
    code = "question_not_open"
    message = "This question is not taking answers."


class AlreadyAnswered(Conflict):
    code = "already_answered"
    message = "This device has already answered."


class QuestionAnswered(Conflict):
    code = "question_answered"
    message = "Someone has answered this question; it can no longer be changed or removed."


class RoomClosed(Conflict):
    code = "room_closed"
    message = "The live session has ended."


class AnswerInvalid(AppError):
    status_code = 422
    code = "answer_invalid"
    message = "The answer does not fit the question."


class OptionsInvalid(AppError):
    status_code = 422
    code = "options_invalid"
    message = "Choice questions need 2–10 options; a scale takes its two end labels; others none."


class EvaluationClosed(AppError):
    status_code = 410
    code = "evaluation_closed"
    message = "The evaluation is not open."


class TooFewAnswers(Conflict):
    code = "too_few_answers"
    message = "Results are withheld until enough people have answered."
    detail_model = TooFewAnswersDetail

    def __init__(self, min_answers: int) -> None:
        super().__init__({"message": self.message, "min_answers": min_answers})


class MomentNotOfDay(AppError):
    status_code = 422
    code = "moment_not_of_day"
    message = "An exercise of this room belongs to one of the day's moments."


class NotAggregatable(AppError):
    status_code = 422
    code = "not_aggregatable"
    message = "Only aggregated results of moment 2 and 3 exercises can be attached; not free text."
