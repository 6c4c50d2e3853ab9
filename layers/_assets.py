"""Front-end assets inlined into map.html, read on first use (never at import time).

Leaflet comes from the ``xstatic-leaflet`` package, Sitrep's runtime from ``layers/assets``.
"""

from __future__ import annotations

import base64
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

__all__ = ["leaflet_css", "leaflet_js", "leaflet_version", "script_safe", "sitrep_css", "sitrep_js"]


def _leaflet_dir() -> Path:
    import xstatic.pkg.leaflet as xl

    return Path(xl.BASE_DIR)


def leaflet_version() -> str:
    """Version of the Leaflet build that is inlined (from xstatic-leaflet)."""
    import xstatic.pkg.leaflet as xl

    return str(xl.VERSION)


def script_safe(js: str) -> str:
    """Make JavaScript safe to place inside ``<script>``: no ``</script`` or ``<!--`` can end it."""
    return js.replace("</", "<\\/").replace("<!--", "<\\!--")


@lru_cache(maxsize=1)
def leaflet_js() -> str:
    """Minified Leaflet, ready to inline."""
    return script_safe((_leaflet_dir() / "leaflet.js").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def leaflet_css() -> str:
    """Leaflet's stylesheet with its images inlined as data: URIs (no file or network fetch)."""
    folder = _leaflet_dir()
    css = (folder / "leaflet.css").read_text(encoding="utf-8")

    def inline(m: re.Match[str]) -> str:
        path = folder / m.group(1)
        if not path.is_file():
            return m.group(0)
        data = base64.b64encode(path.read_bytes()).decode("ascii")
        return f"url(data:image/png;base64,{data})"

    return re.sub(r"url\((images/[A-Za-z0-9_.-]+\.png)\)", inline, css).replace("</", "<\\/")


@lru_cache(maxsize=1)
def sitrep_js() -> str:
    """Sitrep's map runtime (shapes, safe popups, time control)."""
    text = resources.files("layers").joinpath("assets/sitrep.js").read_text(encoding="utf-8")
    return script_safe(text)


@lru_cache(maxsize=1)
def sitrep_css() -> str:
    """Sitrep's map stylesheet."""
    return resources.files("layers").joinpath("assets/sitrep.css").read_text(encoding="utf-8")
