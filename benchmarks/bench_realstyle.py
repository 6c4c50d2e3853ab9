"""Figures on the realstyle set: 16 own-words articles in the styles of real outlets.

``benchmarks/data/realstyle/texts/9NN.txt`` are short articles written in our own words in
the manner of wire copy with a dateline, Kurdish outlets, a monitor's own page, a Turkish
ministry statement, Syrian state media and a UN flash update (bullets, captions, claims
carried across paragraphs); ``gold/9NN.yaml`` annotates their casualty figures in the schema
of the real-article devset (``../shared/devset/README.md``). They were annotated before the
extractor was ever run on them, and scored blind first (see corpus/README.md).

The scorer is the devset's own (``../shared/devset/score.py``), so a figure is right when its
number, category, party group and claimant are.

Run: .venv/bin/python benchmarks/bench_realstyle.py [-v]
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data" / "realstyle"
SCORER = ROOT.parent / "shared" / "devset" / "score.py"


def main(argv: list[str]) -> int:
    """Score the realstyle set with the devset scorer; ``-v`` lists every miss."""
    if not SCORER.exists():
        print(f"the devset scorer is not at {SCORER}; run from a checkout beside ../shared")
        return 1
    cmd = [sys.executable, str(SCORER), "--gold", str(DATA / "gold")]
    cmd += ["--texts", str(DATA / "texts"), "--python", sys.executable, *argv]
    return subprocess.call(cmd, cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
