"""Repository paths for tests/layers (the same as tests/conftest.py's)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
SAMPLES = ROOT / "corpus" / "samples"
