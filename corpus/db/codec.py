"""Records <-> JSON-native values, exactly (the ``data`` column of every record table).

:func:`encode` turns a frozen dataclass (and what it holds: dates, tuples, nested records)
into dicts, lists, strings and numbers; :func:`decode` rebuilds the same object from the type
hints of the dataclass, so ``decode(type(x), encode(x)) == x`` for every record.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import types
import typing
from typing import Any, TypeVar

__all__ = ["decode", "encode"]

T = TypeVar("T")


_SCALARS = (str, int, float, bool, type(None))


@functools.cache
def _field_names(cls: Any) -> tuple[str, ...] | None:
    if not dataclasses.is_dataclass(cls):
        return None
    return tuple(f.name for f in dataclasses.fields(cls))


def encode(value: Any) -> Any:
    """Return ``value`` as JSON-native data (dates as ISO strings, tuples as lists)."""
    if isinstance(value, _SCALARS):
        return value
    names = _field_names(type(value))  # type: ignore[arg-type]
    if names is not None:
        return {name: encode(getattr(value, name)) for name in names}
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [encode(v) for v in value]
    return value


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def decode(tp: type[T] | Any, value: Any) -> T:
    """Rebuild a value of type ``tp`` from :func:`encode`'s output.

    Parameters
    ----------
    tp
        The type to build: a dataclass, ``datetime.date``, ``tuple[X, ...]``, ``X | None``.
    value
        JSON-native data.

    Returns
    -------
    The rebuilt value; fields missing from ``value`` take their defaults.
    """
    if value is None:
        return None  # type: ignore[return-value]
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return decode(args[0], value) if len(args) == 1 else value
    if origin is tuple:
        (item, *_rest) = typing.get_args(tp)
        return tuple(decode(item, v) for v in value)  # type: ignore[return-value]
    if origin is list:
        (item,) = typing.get_args(tp)
        return [decode(item, v) for v in value]  # type: ignore[return-value]
    if tp is dt.date:
        if isinstance(value, dt.date):
            return value  # type: ignore[return-value]
        return dt.date.fromisoformat(value)  # type: ignore[return-value]
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        kwargs = {
            f.name: decode(hints[f.name], value[f.name])
            for f in dataclasses.fields(tp)
            if f.name in value
        }
        return tp(**kwargs)  # type: ignore[return-value]
    return value
