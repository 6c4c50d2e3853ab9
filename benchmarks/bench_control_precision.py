"""Control precision on our own annotated batches (never the devset's check split, never a holdout).

The devset scorer counts control recall only. An analyst also needs the claims on the map to be
right, so this script scores the other side: of the control claims Sitrep extracts from our own
batches (``benchmarks/data/realstyle_control*`` and ``control7_blind``), the share whose actor
group and place match some gold control entry of the article, with the devset scorer's own
matching (``groups`` and ``place_match`` of ``../shared/devset/score.py``). A claim that matches
only a ``negated: true`` entry (a place the text says the actor does NOT hold) counts as wrong.
Recall is printed beside it (the scorer's, optional and negated entries left out).

Run: .venv/bin/python benchmarks/bench_control_precision.py [-v] [BATCH ...]
(``-v`` lists every claim that matches no gold entry.)
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data"
SCORER = ROOT.parent / "shared" / "devset" / "score.py"
BATCHES = ["realstyle_control", "realstyle_control3", "realstyle_control4", "realstyle_control5",
           "realstyle_control6", "control7_blind"]  # fmt: skip


def _scorer():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("devset_score", SCORER)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _line(name: str, n: int, ok: int, gn: int, gok: int) -> str:
    return (
        f"{name:22s} control precision {ok / max(n, 1):.2f} ({ok}/{n}) | "
        f"recall {gok / max(gn, 1):.2f} ({gok}/{gn})"
    )


def main(argv: list[str]) -> int:
    """Print control precision and recall per batch and in all."""
    if not SCORER.exists():
        print(f"the devset scorer is not at {SCORER}; run from a checkout beside ../shared")
        return 1
    verbose = "-v" in argv
    names = [a for a in argv if not a.startswith("-")] or BATCHES
    sc = _scorer()
    tot = [0, 0, 0, 0]  # claims, right claims, gold entries, found entries
    for name in names:
        d = DATA / name
        gold = sc.load_gold(d / "gold", d / "texts", None)
        arts = sc.extract(sorted(gold), sys.executable)
        n = ok = gn = gok = 0
        for path, g in gold.items():
            claims = (arts.get(path) or {}).get("control_claims") or []
            entries = []
            for gc in g.get("control") or []:
                key = sc.norm(gc["place"])
                names = [(q, sc.norm(q.get("canonical")), sc.norm(q.get("surface")))
                         for q in g.get("places") or []]  # fmt: skip
                gp = next((q for q, c, f in names if key in (c, f)), {})
                coords = (gp.get("lat"), gp.get("lon"), gp.get("kind"), gp.get("admin1"))
                entries.append((gc, coords))

            def hit(k: dict, gc: dict, coords: tuple) -> bool:
                return bool(sc.groups(k.get("actor")) & sc.groups(gc["actor"])) and sc.place_match(
                    gc["place"], coords, k
                )

            for k in claims:
                n += 1
                good = any(hit(k, gc, co) for gc, co in entries if not gc.get("negated"))
                ok += good
                if not good and verbose:
                    print(f"  {name}/{Path(path).name}: wrong {k.get('actor')} @ {k.get('place')} "
                          f"({k.get('status')}): {str(k.get('quote') or '')[:100]!r}")  # fmt: skip
            for gc, co in entries:
                if gc.get("optional") or gc.get("negated"):
                    continue
                gn += 1
                gok += any(hit(k, gc, co) for k in claims)
        tot = [tot[0] + n, tot[1] + ok, tot[2] + gn, tot[3] + gok]
        print(_line(name, n, ok, gn, gok))
    n, ok, gn, gok = tot
    print(_line("all", n, ok, gn, gok))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
