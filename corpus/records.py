"""Attributed records extracted from articles.

Every record keeps its chain of custody: the article it came from (and so the
outlet and wire agencies), who made the claim inside the article (the claimant),
the date and the quote it was read from. Nothing here averages two sources.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any, TypeVar

from corpus.typing import Category, ControlStatus, DatePrecision, EventType, Extent
from geo.records import Mention, Place

__all__ = [
    "Article",
    "ControlClaim",
    "Extraction",
    "Figure",
    "Incident",
    "Mention",
    "ReadProblem",
]


_T = TypeVar("_T")


def _quick_init(cls: type[_T]) -> type[_T]:
    """Give a frozen, slotted dataclass an ``__init__`` that fills each slot directly.

    The same parameters, defaults and values as the generated one, which sets every field
    with ``object.__setattr__`` (looked up anew per field, to get past ``frozen``); setting
    a slot through its descriptor is 2-3 times faster, and an article makes dozens of
    records. Only for dataclasses without ``default_factory``, ``InitVar`` or
    ``__post_init__``.
    """
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if hasattr(cls, "__post_init__") or any(
        f.default_factory is not dataclasses.MISSING or not f.init or f.kw_only for f in fields
    ):
        raise TypeError(f"{cls.__name__}: _quick_init takes plain fields only")
    env: dict[str, object] = {}
    params, body = [], []
    for f in fields:
        env[f"_set_{f.name}"] = cls.__dict__[f.name].__set__  # the slot's member descriptor
        if f.default is dataclasses.MISSING:
            params.append(f.name)
        else:
            env[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        body.append(f"    _set_{f.name}(self, {f.name})\n")
    exec(f"def __init__(self, {', '.join(params)}):\n{''.join(body)}", env)  # noqa: S102
    init: Any = env["__init__"]
    old: Any = cls.__init__
    init.__qualname__ = old.__qualname__
    init.__annotations__ = dict(old.__annotations__)
    init.__doc__ = old.__doc__
    cls.__init__ = init  # type: ignore[method-assign]
    return cls


@_quick_init
@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from disk, never altered.

    Parameters
    ----------
    id
        Stable id: the first 16 hex digits of the sha256 of the normalised text
        (NFC, whitespace folded), so the same story read twice has one id.
    path
        The file it came from; ``file.jsonl:LINE`` for JSON Lines.
    title
        Title line ('' when the source has none).
    text
        Body text (the title excluded), exactly as read, minus footers such as
        "Any reproduction prohibited" / "Source link".
    published
        Publication date, or None when neither given nor inferable.
    published_inferred
        True when ``published`` was inferred rather than given.
    published_source
        Where the date came from: ``"header"``, ``"front-matter"``, ``"json"``,
        ``"html-meta"``, or for inferred dates the evidence, e.g.
        ``"inferred: 'on Wednesday' after 'since January 20' (6 days)"``.
    outlet
        Publishing outlet, when known ("AFP", "Sputnik", "Le Point").
    agencies
        Wire agencies credited in the text, in order (``("ANI", "Sputnik")``).
    url
        Source URL when known.
    language
        ISO 639-1 code of the text ("en", "fr").
    """

    id: str
    path: str
    title: str
    text: str
    published: dt.date | None
    published_inferred: bool
    published_source: str
    outlet: str | None
    agencies: tuple[str, ...]
    url: str | None
    language: str


@dataclass(frozen=True, slots=True)
class ReadProblem:
    """An input that could not be read (or only in part), and what to do about it.

    Parameters
    ----------
    path
        The file (``file.jsonl:LINE`` for one line of JSON Lines).
    message
        What went wrong and the fix, in words a user can act on.
    """

    path: str
    message: str


@_quick_init
@dataclass(frozen=True, slots=True)
class Figure:
    """One number an article attributes to someone.

    ``"181 dead, including 124 jihadists, 50 Kurdish soldiers and seven
    civilians"`` is four figures: one total (``part_of=None``) and three parts
    whose ``part_of`` is the index of the total in :attr:`Extraction.figures`.

    Parameters
    ----------
    number
        The number as stated (the best single value: 200 for "about 200").
    low, high
        Bounds from qualifiers: "at least 3,500" -> (3500, None); "more than a
        hundred" -> (101, None); "about 200" -> (200, 200) with ``qualifier``
        "about"; "hundreds of" -> (200, 999).
    qualifier
        The qualifier word(s) as written ("about", "at least", "more than"), or ''.
    category
        What is counted (killed, injured, escaped, ...).
    party
        Canonical party the people belong to ("IS", "SDF", "civilians",
        "prison staff"), resolved through the party alias table, or None.
    claimant
        Canonical claimant ("SOHR", "SDF", "US State Department") or the outlet
        when the article attributes it to nobody.
    claimant_surface
        The attribution as written ("according to the OSDH").
    place
        Name of the place the figure is about, as resolved, or None.
    date, date_precision
        The date the figure refers to and how exact it is.
    date_end
        End of the period for a range ("since January 20" -> published date).
    quote
        The sentence the figure was read from, verbatim.
    part_of
        Index of the total this figure is a part of, or None.
    cumulative
        True for a running total ("in total, the clashes since January 20 have left 181
        dead", "the toll rose to 373", "so far"), and for the parts of one.
    period_start, period_end
        The period a cumulative figure covers: from its start when the text gives one
        ("since January 20"), else None, to the date it was counted at. None for a figure
        that is not cumulative.
    """

    number: int
    low: int
    high: int | None
    qualifier: str
    category: Category
    party: str | None
    claimant: str
    claimant_surface: str
    place: str | None
    date: dt.date | None
    date_precision: DatePrecision | None
    date_end: dt.date | None
    quote: str
    part_of: int | None = None
    cumulative: bool = False
    period_start: dt.date | None = None
    period_end: dt.date | None = None


@_quick_init
@dataclass(frozen=True, slots=True)
class Incident:
    """One event as one article reports it (a *report*, before merging).

    Parameters
    ----------
    id
        ``<article id>-<n>``.
    article_id
        Id of the article reporting it.
    event_type, sub_event_type
        ACLED event type and sub-type ("Strategic developments" / "Non-violent
        transfer of territory", "Battles" / "Armed clash", "Strategic
        developments" / "Prison break" is recorded as sub-type "Other" with
        ``label`` "prison break").
    label
        Short human label ("prison break", "clashes", "surrender").
    place
        Where it happened, as resolved; None when not locatable.
    place_surface
        The place name as written.
    date_start, date_end, date_precision
        When it happened (a range when the text gives one).
    actors
        Canonical actors involved ("IS", "SDF", "US-led coalition").
    figures
        Indices into :attr:`Extraction.figures` of the figures about this event.
    quote
        The sentence that best describes the event, verbatim.
    """

    id: str
    article_id: str
    event_type: EventType
    sub_event_type: str
    label: str
    place: Place | None
    place_surface: str | None
    date_start: dt.date | None
    date_end: dt.date | None
    date_precision: DatePrecision | None
    actors: tuple[str, ...]
    figures: tuple[int, ...]
    quote: str


@_quick_init
@dataclass(frozen=True, slots=True)
class ControlClaim:
    """A claim that an actor controls (or lost, or disputes) a place.

    Parameters
    ----------
    actor
        Canonical actor ("SDF", "US-led coalition", "Syrian government", "IS").
    place
        Name of the place as resolved (or as written when unresolved).
    place_ref
        The resolved place, None when it could not be resolved.
    extent
        "full" or "partial" ("parts of the provinces of ...").
    status
        holds / regained / lost / contested / disputed.
    claimant
        Canonical claimant, or the outlet when unattributed.
    claimant_surface
        The attribution as written.
    date, date_precision
        When the claim applies.
    quote
        The sentence the claim was read from, verbatim.
    disputed_by
        Canonical actor disputing the claim ("Syrian government" for "Damascus
        does not recognize ..."), or None.
    """

    actor: str
    place: str
    place_ref: Place | None
    extent: Extent
    status: ControlStatus
    claimant: str
    claimant_surface: str
    date: dt.date | None
    date_precision: DatePrecision | None
    quote: str
    disputed_by: str | None = None


@_quick_init
@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything read from one article, each record keeping its chain."""

    article: Article
    places: tuple[Mention, ...] = ()
    figures: tuple[Figure, ...] = ()
    incidents: tuple[Incident, ...] = ()
    control_claims: tuple[ControlClaim, ...] = field(default=())
