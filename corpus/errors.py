"""Exceptions raised by :mod:`corpus`.

Reading never raises for a bad input file (it records a :class:`~corpus.records.ReadProblem`
and goes on); these are for programming errors and unusable configuration, such as an alias
table a user edited into a shape the reader cannot use.
"""

from __future__ import annotations

__all__ = ["AliasTableError", "CorpusError"]


class CorpusError(Exception):
    """Base class for every error raised by :mod:`corpus`."""


class AliasTableError(CorpusError, ValueError):
    """An alias table (``parties.csv``, ``claimants.csv`` or a user's own) cannot be used."""
