"""Time behind a small interface, so tests can fix "now"."""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(timezone.utc)


class FixedClock:
    def __init__(self, when: datetime | date | str):
        if isinstance(when, str):
            when = datetime.fromisoformat(when)
        if not isinstance(when, datetime):
            when = datetime(when.year, when.month, when.day, tzinfo=timezone.utc)
        self.when = when

    def now(self) -> datetime:
        return self.when
