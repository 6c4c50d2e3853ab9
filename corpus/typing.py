"""Shared ``Literal`` aliases for ``corpus`` records."""

from __future__ import annotations

from typing import Literal

__all__ = [
    "Category",
    "ControlStatus",
    "DatePrecision",
    "EventType",
    "Extent",
]

#: What a casualty / people figure counts.
Category = Literal[
    "killed",
    "injured",
    "escaped",
    "surrendered",
    "detained",
    "released",
    "displaced",
    "missing",
    "attackers",
]

#: How exact a date is.
DatePrecision = Literal["day", "week", "month", "year"]

#: ACLED event types.
EventType = Literal[
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
]

#: How much of a place a control claim covers.
Extent = Literal["full", "partial"]

#: What a control claim says about the actor and the place.
ControlStatus = Literal["holds", "regained", "lost", "contested", "disputed"]
