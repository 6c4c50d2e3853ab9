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
from collections.abc import Callable
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


_INLINE_SCRIPT = re.compile(r"^\s*<script>(?P<code>.*)</script>\s*$", re.DOTALL | re.IGNORECASE)


@functools.lru_cache(maxsize=16)
def data_script_url(code: str) -> str:
    """Return a script's code as a ``data:`` URL (memoised: the same few scripts each run)."""
    return _data_url("text/javascript", code.encode("utf-8"))


#: Gives the URL a script's code is served at by the application (None: not served).
ScriptUrl = Callable[[str], "str | None"]


def _hoist_header_scripts(fmap: Any, script_url: ScriptUrl | None = None) -> list[tuple[str, str]]:
    """Move inline ``<script>`` blocks of the map's header into script URLs.

    ``st_folium`` inserts the header with ``innerHTML``, which never runs scripts, so a
    map that inlines Leaflet in its header (as ``layers.build_map`` does, for a
    self-contained ``map.html``) would have no Leaflet inside Streamlit. The scripts are
    taken out of the header and handed over as script URLs instead, in their order:
    ``script_url(code)`` when it gives one, else ``data:`` URLs.
    """
    header = fmap.get_root().header
    hoisted: list[tuple[str, str]] = []
    for name, child in list(header._children.items()):
        try:
            html = child.render()
        except Exception:  # an element that cannot render alone stays where it is
            logger.debug("header element %s does not render alone; left in place", name)
            continue
        match = _INLINE_SCRIPT.match(html or "")
        if match is None:
            continue
        code = match.group("code")
        url = script_url(code) if script_url is not None else None
        hoisted.append((str(name), url or data_script_url(code)))
        del header._children[name]
    return hoisted


def localize(fmap: Any, *, script_url: ScriptUrl | None = None) -> list[str]:
    """Make every script and stylesheet of ``fmap`` (a folium Map) local, in place.

    Inline header scripts become script URLs loaded first (Leaflet before anything that
    uses it); CDN URLs of any element are replaced by the Leaflet files of
    ``xstatic-leaflet`` or dropped.

    Parameters
    ----------
    fmap
        The map, before it is handed to ``st_folium``.
    script_url
        ``script_url(code)``: the URL the application serves a script's code at, or None;
        a ``data:`` URL stands in for a script it does not serve. A served script is not
        part of the component's arguments, which are sent again on every rerun.

    Returns
    -------
    list of str
        URLs that were dropped (never fetched).
    """
    hoisted = _hoist_header_scripts(fmap, script_url)
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
    if hoisted:
        fmap.default_js = hoisted + [a for a in (fmap.default_js or []) if a not in hoisted]
    return dropped
