from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from backend.models.base import Base, IdMixin, str_enum
from backend.models.enums import CertificateStatus


class Certificate(IdMixin, Base):
    """Issued when a trainer approves the plan; verifiable by its number without logging in."""

    __tablename__ = "certificates"

    # Random and check-lettered (JAM-XXXX-XXXX), so numbers can be read aloud but not enumerated.
    number: Mapped[str] = mapped_column(String(20), unique=True)
    certification_id: Mapped[int] = mapped_column(
        ForeignKey("certifications.id", ondelete="RESTRICT"), index=True
    )
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    )
    # As the organisation was named on the day of issue: a certificate does not change later.
    organisation_name: Mapped[str] = mapped_column(String(200))
    scope: Mapped[str] = mapped_column(Text, default="")
    issued_on: Mapped[dt.date] = mapped_column(Date)
    valid_until: Mapped[dt.date] = mapped_column(Date)
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    plan_version: Mapped[int] = mapped_column(Integer)
    status: Mapped[CertificateStatus] = mapped_column(
        str_enum(CertificateStatus, "certificate_status")
    )
    issued_at: Mapped[dt.datetime]
    # Why it was suspended, restored or withdrawn, and until when a suspension lasts.
    status_reason: Mapped[str | None] = mapped_column(String(500))
    suspended_until: Mapped[dt.date | None] = mapped_column(Date)
    status_changed_at: Mapped[dt.datetime | None]
