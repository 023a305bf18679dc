"""What the SPA reads from the server instead of keeping copies of its settings and rules."""

from __future__ import annotations

from pydantic import BaseModel, Field


class ClientSettings(BaseModel):
    working_group_min: int = Field(description="The fewest members a working group should have.")
    working_group_max: int = Field(description="The most members a working group may have.")
    min_answers: int = Field(
        description="Anonymous results are withheld below this many answers (live, evaluations)."
    )
    day_moments: list[list[int]] = Field(
        description="The moments one training day may hold: one (a half day) or two in a row."
    )
    moment_combinations: list[list[list[int]]] = Field(
        description="Every way to hold the three moments: the moments of each day, in order."
    )
    max_attachment_bytes: int = Field(description="The largest follow-up evidence file.")
    max_document_bytes: int = Field(description="The largest document to check.")
