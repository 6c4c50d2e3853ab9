"""Make a folium map render inside ``st_folium`` with no request leaving the machine.

``st_folium`` does not use the map's HTML header: it collects every element's
``default_js`` / ``default_css`` URLs (folium points them at CDNs) and the component
loads them in its iframe. :func:`localize` replaces those URLs on the map's elements
with ``data:`` URLs of the Leaflet files shipped in ``xstatic-leaflet`` (the CSS with its
images inlined too). Assets Leaflet maps from ``layers`` do not need (jQuery, Bootstrap,
Font Awesome, awesome-markers) are dropped; anything else unknown is dropped and listed.
"""

from __future__ import annotations

import base64
import functools
import logging
import re
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

#: Folium's default assets that ``layers`` maps do not use (no awesome-markers icons,
#: no Bootstrap widgets): safe to leave out.
_UNNEEDED = ("jquery", "bootstrap", "awesome", "glyphicons", "fontawesome", "font-awesome")


def _leaflet_dir() -> Path:
    import xstatic.pkg.leaflet as xl

    return Path(xl.BASE_DIR)


def _data_url(mime: str, data: bytes) -> str:
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


@functools.cache
def leaflet_js_url() -> str:
    """Return Leaflet's JavaScript as a ``data:`` URL (read once per process)."""
    return _data_url("text/javascript", (_leaflet_dir() / "leaflet.js").read_bytes())


@functools.cache
def leaflet_css_url() -> str:
    """Return Leaflet's CSS, its images inlined, as a ``data:`` URL."""
    base = _leaflet_dir()
    css = (base / "leaflet.css").read_text(encoding="utf-8")

    def inline(match: re.Match[str]) -> str:
        rel = match.group(1).strip("'\"")
        img = base / rel
        if not img.is_file():
            return match.group(0)
        return f"url({_data_url('image/png', img.read_bytes())})"

    css = re.sub(r"url\(([^)]+\.png)\)", inline, css)
    return _data_url("text/css", css.encode("utf-8"))


def _replacement(name: str, url: str, kind: str) -> str | None:
    """Local data URL for an asset, or None to drop it."""
    if url.startswith("data:"):
        return url
    tail = url.rsplit("/", 1)[-1].lower()
    if tail in {"leaflet.js", "leaflet-src.js"}:
        return leaflet_js_url()
    if tail == "leaflet.css":
        return leaflet_css_url()
    low = f"{name} {url}".lower()
    if not any(word in low for word in _UNNEEDED):
        logger.warning(
            "dropping %s asset %s (%s): no local copy, the map stays offline", kind, name, url
        )
    return None


def _walk(element: Any) -> Any:
    yield element
    for child in getattr(element, "_children", {}).values():
        yield from _walk(child)


def localize(fmap: Any) -> list[str]:
    """Point every asset of ``fmap`` (a folium Map) at local ``data:`` URLs, in place.

    Parameters
    ----------
    fmap
        The map, before it is handed to ``st_folium``.

    Returns
    -------
    list of str
        URLs that were dropped (never fetched).
    """
    dropped: list[str] = []
    for element in _walk(fmap):
        for attr, kind in (("default_js", "js"), ("default_css", "css")):
            assets = getattr(element, attr, None)
            if not assets:
                continue
            kept = []
            for name, url in assets:
                new = _replacement(name, url, kind)
                if new is None:
                    dropped.append(url)
                else:
                    kept.append((name, new))
            setattr(element, attr, kept)
    return dropped
