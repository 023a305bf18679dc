"""Payloads of the live rooms, the participant page, the bank and the evaluation results."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import BaseModel, Field, StringConstraints, model_validator

from backend.core.schemas import Multiline, MultipleLines, Schema, SingleLine
from backend.live.policies import QuestionAction, RoomAction
from backend.models.enums import QuestionKind, QuestionPurpose, QuestionState, RoomStatus

# A prompt is written in a text area and may break lines; an option is one line.
Prompt = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500), MultipleLines
]
OptionText = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120), SingleLine
]
Options = Annotated[list[OptionText], Field(max_length=10)]
# Random, made by the participant's device; only a hash of it (with the question) is stored.
DeviceToken = Annotated[str, StringConstraints(min_length=32, max_length=128, pattern=r"^[\w\-]+$")]
Moment = Annotated[int, Field(ge=1, le=3)]


# --- the bank ---------------------------------------------------------------------------------


class QuestionTemplateCreate(Schema):
    purpose: QuestionPurpose
    moment: Moment | None = None
    kind: QuestionKind
    prompt: Prompt
    options: Options = Field(default_factory=list)

    @model_validator(mode="after")
    def _moment_fits_purpose(self) -> QuestionTemplateCreate:
        # Exercises belong to a moment; the evaluation is the same for every day.
        if (self.purpose is QuestionPurpose.EXERCISE) != (self.moment is not None):
            raise ValueError("an exercise needs its moment (1–3); an evaluation question none")
        return self


class QuestionTemplateUpdate(Schema):
    prompt: Prompt | None = None
    options: Options | None = None
    position: Annotated[int, Field(ge=0, le=1000)] | None = None


class QuestionTemplateRead(BaseModel):
    id: int
    purpose: QuestionPurpose
    moment: int | None
    position: int
    kind: QuestionKind
    prompt: str
    options: list[str]


# --- rooms (trainer side) ---------------------------------------------------------------------


class LabelCount(BaseModel):
    label: str
    count: int


class WordCount(BaseModel):
    word: str
    count: int


class TextAnswer(BaseModel):
    id: str
    text: str
    hidden: bool


class QuestionResults(BaseModel):
    """Aggregates only; present once a question has at least `min_answers` answers."""

    distribution: list[LabelCount] = []
    mean: float | None = None
    words: list[WordCount] = []
    texts: list[TextAnswer] = []


class LiveQuestionRead(BaseModel):
    id: int
    purpose: QuestionPurpose
    moment: int | None
    position: int
    kind: QuestionKind
    prompt: str
    options: list[str]
    state: QuestionState
    show_results: bool
    version: int
    answer_count: int
    skip_count: int
    results: QuestionResults | None
    # What the caller may do to the question now; opening one also takes the room's
    # `live-room:open_question` (backend/live/policies.py decides both).
    allowed_actions: list[QuestionAction]


class EvaluationLink(BaseModel):
    code: str
    url: str
    open: bool
    closes_at: dt.datetime | None


class LiveRoomRead(BaseModel):
    id: int
    training_day_id: int
    certification_id: int
    organisation_name: str
    date: dt.date
    moments: list[int]
    join_code: str
    join_url: str
    status: RoomStatus
    current_question_id: int | None
    min_answers: int
    evaluation: EvaluationLink
    questions: list[LiveQuestionRead]
    # What the caller may do to the room now (backend/live/policies.py decides).
    allowed_actions: list[RoomAction]


class LiveQuestionCreate(Schema):
    kind: QuestionKind
    prompt: Prompt
    options: Options = Field(default_factory=list)
    purpose: QuestionPurpose = QuestionPurpose.EXERCISE
    # Which of the day's moments an exercise belongs to (default: the day's first).
    moment: Moment | None = None


class LiveQuestionUpdate(Schema):
    version: int = Field(ge=1)
    prompt: Prompt | None = None
    options: Options | None = None
    position: Annotated[int, Field(ge=0, le=1000)] | None = None


class ShowResults(Schema):
    show: bool


class ShowQuestion(Schema):
    question_id: int = Field(ge=1, le=2_147_483_647)


class AnswerVisibility(Schema):
    hidden: bool


class EvaluationToggle(Schema):
    open: bool


# --- taking part ------------------------------------------------------------------------------


class ParticipantQuestion(BaseModel):
    id: int
    kind: QuestionKind
    prompt: str
    options: list[str]
    state: QuestionState


class ParticipantEvaluation(BaseModel):
    code: str


class ParticipantRoom(BaseModel):
    join_code: str
    title: str
    date: dt.date
    status: RoomStatus
    question: ParticipantQuestion | None
    evaluation: ParticipantEvaluation | None


class AnswerFields(Schema):
    skipped: bool = False
    choice: Annotated[int, Field(ge=0, le=9)] | None = None
    choices: Annotated[list[Annotated[int, Field(ge=0, le=9)]], Field(max_length=10)] | None = None
    value: Annotated[int, Field(ge=1, le=5)] | None = None
    text: Annotated[Multiline, Field(max_length=1000)] | None = None


class AnswerCreate(AnswerFields):
    question_id: int = Field(ge=1, le=2_147_483_647)
    device_token: DeviceToken


class AnswerRecorded(BaseModel):
    status: str = "recorded"


class EvaluationAnswer(AnswerFields):
    question_id: int = Field(ge=1, le=2_147_483_647)


class EvaluationSubmission(Schema):
    device_token: DeviceToken
    answers: Annotated[list[EvaluationAnswer], Field(min_length=1, max_length=50)]


class EvaluationRecorded(BaseModel):
    recorded: int


class EvaluationQuestion(BaseModel):
    id: int
    kind: QuestionKind
    prompt: str
    options: list[str]


class EvaluationForm(BaseModel):
    title: str
    date: dt.date
    closes_at: dt.datetime | None
    questions: list[EvaluationQuestion]


# --- results across days, and workshop input --------------------------------------------------


class EvaluationQuestionResult(BaseModel):
    # Stable across requests: the bank question's id, or the prompt for questions of one day.
    key: str
    prompt: str
    kind: QuestionKind
    days: int
    answer_count: int
    skip_count: int
    withheld: bool
    mean: float | None
    distribution: list[LabelCount]
    texts: list[str]


class EvaluationResults(BaseModel):
    min_answers: int
    days: int
    day_dates: list[dt.date]
    questions: list[EvaluationQuestionResult]


class ExerciseCandidate(BaseModel):
    """An exercise of the certification that could go to a workshop."""

    question_id: int
    prompt: str
    kind: QuestionKind
    moment: int
    date: dt.date
    answer_count: int
    min_answers: int  # the threshold it must reach
    attachable: bool  # enough answers for the threshold
    attached: bool  # already attached to this workshop


class WorkshopInputCreate(Schema):
    question_id: int = Field(ge=1, le=2_147_483_647)


class WorkshopInputRead(BaseModel):
    id: int
    working_session_id: int
    question_id: int | None
    prompt: str
    kind: QuestionKind
    moment: int
    date: dt.date
    answer_count: int
    results: QuestionResults
    attached_at: dt.datetime
