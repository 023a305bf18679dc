"""Calendar dates: instants are UTC, but training days, due dates and expiry are Swedish dates."""

from __future__ import annotations

import calendar
import datetime as dt
from zoneinfo import ZoneInfo

STOCKHOLM = ZoneInfo("Europe/Stockholm")


def local_date(instant: dt.datetime) -> dt.date:
    """The date in Sweden at this instant."""
    return instant.astimezone(STOCKHOLM).date()


def add_months(day: dt.date, months: int) -> dt.date:
    """Calendar months, clamped to the month's end: 31 Aug + 6 months = 28 (or 29) Feb."""
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    last_day = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(day.day, last_day))
