"""The one documented palette of Sitrep maps.

Actors (claimed-control layers) use the Okabe-Ito colour-blind-safe palette, each colour
chosen near the hue conflict maps conventionally give that actor, so readers used to those
maps are not misled:

===================  =========  ==========================================
actor                colour     convention it follows
===================  =========  ==========================================
SDF                  #E69F00    yellow/orange of SDF-held areas
Syrian government    #D55E00    red of government-held areas
US-led coalition     #0072B2    blue
IS                   #000000    black
Turkey/SNA           #009E73    green of Turkish-backed opposition areas
Russia               #CC79A7    reddish purple
(any other actor)    #56B4E9    sky blue
===================  =========  ==========================================

Event types (incident markers) use ColorBrewer *Dark2* plus a distinct shape per type, so
type never depends on colour alone. Fatalities set the marker size (area grows with the
best estimate of killed). Precision is drawn honestly: site / neighbourhood / town /
district precision is a filled marker, admin-1 or country precision a hollow, dashed
marker at the province's representative point.

Claimed control: full extent is a translucent fill of the actor colour, partial extent a
hatched fill (diagonal stripes of the actor colour); a contested area (two actors claim it
in the same window) has a thick dashed outline, a disputed claim ("Damascus does not
recognize ...") a dotted outline. All of it is *claimed*, i.e. read from articles: Sitrep
draws no assessed control.
"""

from __future__ import annotations

import math

__all__ = [
    "ACTOR_COLOURS",
    "EVENT_STYLES",
    "FALLBACK_ACTOR_COLOUR",
    "HOLLOW_PRECISIONS",
    "actor_colour",
    "event_style",
    "marker_radius",
]

ACTOR_COLOURS: dict[str, str] = {
    "SDF": "#E69F00",
    "Syrian government": "#D55E00",
    "US-led coalition": "#0072B2",
    "IS": "#000000",
    "Turkey/SNA": "#009E73",
    "Russia": "#CC79A7",
}
FALLBACK_ACTOR_COLOUR = "#56B4E9"

#: ACLED event type -> (colour, shape). Shapes are drawn on the canvas by layers/assets/sitrep.js.
EVENT_STYLES: dict[str, tuple[str, str]] = {
    "Battles": ("#D95F02", "circle"),
    "Explosions/Remote violence": ("#7570B3", "star"),
    "Violence against civilians": ("#E7298A", "triangle"),
    "Protests": ("#1B9E77", "square"),
    "Riots": ("#66A61E", "diamond"),
    "Strategic developments": ("#A6761D", "hexagon"),
}
FALLBACK_EVENT_STYLE = ("#666666", "circle")

#: Precisions drawn as hollow markers (the point stands for an area, not a site).
HOLLOW_PRECISIONS = frozenset({"admin1", "country"})

MIN_RADIUS = 5.0
MAX_RADIUS = 26.0


def actor_colour(actor: str) -> str:
    """Return the palette colour of ``actor`` (sky blue for actors outside the palette)."""
    return ACTOR_COLOURS.get(actor, FALLBACK_ACTOR_COLOUR)


def event_style(event_type: str) -> tuple[str, str]:
    """Return ``(colour, shape)`` of an ACLED event type."""
    return EVENT_STYLES.get(event_type, FALLBACK_EVENT_STYLE)


def marker_radius(killed: int | None) -> float:
    """Marker radius in pixels for a best estimate of people killed.

    Area grows linearly with the toll: ``5 + 1.6 * sqrt(killed)``, capped at 26 px
    (about 170 killed). Unknown or zero tolls get the minimum. The same formula is used in
    ``layers/assets/sitrep.js`` and in the legend.

    Parameters
    ----------
    killed
        Best estimate, or None.

    Returns
    -------
    float
    """
    if not killed or killed < 0:
        return MIN_RADIUS
    return min(MAX_RADIUS, MIN_RADIUS + 1.6 * math.sqrt(killed))
