"""The house rules of the README "Architecture" section, checked on the code itself.

Arrows point one way: dashboard -> layers -> (corpus, geo); corpus -> geo. ``geo`` imports none of
the others; ``streamlit`` only under dashboard/; ``folium`` only under layers/ and dashboard/.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("geo", "corpus", "layers", "dashboard")

# package -> top-level names it must never import
FORBIDDEN = {
    "geo": {"corpus", "layers", "dashboard", "streamlit", "folium", "streamlit_folium"},
    "corpus": {"layers", "dashboard", "streamlit", "folium", "streamlit_folium"},
    "layers": {"dashboard", "streamlit", "streamlit_folium"},
    "dashboard": set(),
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("package", PACKAGES)
def test_imports_point_one_way(package: str) -> None:
    offenders = []
    for path in sorted((ROOT / package).rglob("*.py")):
        bad = _imports(path) & FORBIDDEN[package]
        if bad:
            offenders.append(f"{path.relative_to(ROOT)} imports {sorted(bad)}")
    assert not offenders, "layering broken:\n" + "\n".join(offenders)


def test_the_forbidden_check_would_catch_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("import os\nfrom layers.render import build_map\nimport streamlit as st\n")
    assert _imports(bad) & FORBIDDEN["corpus"] == {"layers", "streamlit"}


def test_importing_the_packages_reads_no_data_and_loads_no_ui() -> None:
    """No I/O at import time: importing geo, corpus and layers opens none of our data files
    (boundaries, gazetteer, alias tables, samples) and does not pull in streamlit."""
    code = (
        "import sys, builtins\n"
        "opened = []\n"
        "real_open = builtins.open\n"
        "def spy(f, *a, **k):\n"
        "    opened.append(str(f)); return real_open(f, *a, **k)\n"
        "builtins.open = spy\n"
        "import geo, corpus, layers\n"
        "builtins.open = real_open\n"
        f"root = {str(ROOT)!r}; shared = {str(ROOT.parent / 'shared')!r}\n"
        "ours = [f for f in opened if (f.startswith(root) and '/.venv/' not in f)"
        " or f.startswith(shared)]\n"
        "data = [f for f in ours if not f.endswith('.py')]\n"
        "assert not data, data\n"
        "assert 'streamlit' not in sys.modules\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"
