"""Anonymity does not erase a speaker the sentence describes. Our own sentences.

"Speaking on condition of anonymity" used to make every such speaker an "anonymous source",
even when the sentence says who they are ("the head of the local council told Reuters"). The
body or office the sentence names stays the claimant; a bare "a source" or "an official"
stays anonymous.
"""

from __future__ import annotations

import pytest
from one_article import extract_text


def _claimants(text: str) -> list[str]:
    return [f.claimant for f in extract_text(text, outlet="Wire").figures]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Nine people were killed, the head of the local council told Reuters, speaking on "
         "condition of anonymity.", "local council"),
        ("Five fighters were killed, a source said, speaking on condition of anonymity.",
         "anonymous source"),
        ("Three people were killed, a local official said on condition of anonymity.",
         "anonymous official"),
        ("Two civilians died, an official told AFP on condition of anonymity because he was not "
         "authorised to speak.", "anonymous official"),
    ],
)  # fmt: skip
def test_anonymous_speakers(text: str, want: str) -> None:
    assert _claimants(text) == [want]
