"""Corpus cost in CPU instructions per article, counted by valgrind (immune to machine load).

Seconds on this shared VM drift by up to 2x within an hour; instruction counts do not. Each
measurement runs a child Python under ``valgrind --tool=callgrind`` twice: once streaming
WARM + N synthetic articles (benchmarks/gen_corpus.py, JSON Lines) and once WARM only. The
difference divided by N is the cost of one article, without the interpreter start, the imports,
the gazetteer load and the warm-up. Baseline, side by side: reading only (no extraction).

With ``--against REV`` the same counts are made on a git worktree of REV too, and the ratio
REV / now is printed: the A/B for a speed change, on the same articles and the same Python.

Run: .venv/bin/python benchmarks/bench_corpus_instructions.py [N] [--warm W] [--against REV]
(N 200 and W 50 take about two minutes per tree; needs valgrind, Debian package valgrind)
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from gen_corpus import write  # noqa: E402

_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def _child(root: str, mode: str, path: str, n: int) -> None:
    """Inside valgrind: stream the first ``n`` articles of ``path`` through the tree ``root``."""
    sys.path.insert(0, root)
    import itertools

    import geo
    from corpus import extract_paths, read_articles

    if mode == "extract":
        gaz = geo.Gazetteer.default()
        stream = extract_paths([Path(path)], gaz)
    else:
        stream = read_articles([Path(path)])
    for _ in itertools.islice(stream, n):
        pass


def _count(root: Path, mode: str, path: Path, n: int) -> int:
    """Instructions of one child run (interpreter start to exit)."""
    with tempfile.TemporaryDirectory() as tmp:
        cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/cg.out",
               sys.executable, __file__, "--child", str(root), mode, str(path), str(n)]  # fmt: skip
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    found = _COLLECTED.search(done.stderr)
    if done.returncode != 0 or found is None:
        sys.exit(f"valgrind run failed ({' '.join(cmd[4:])}):\n{done.stderr[-2000:]}")
    return int(found.group(1))


def _per_article(root: Path, mode: str, path: Path, n: int, warm: int) -> float:
    return (_count(root, mode, path, warm + n) - _count(root, mode, path, warm)) / n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", nargs="?", type=int, default=200, help="articles counted (200)")
    ap.add_argument("--warm", type=int, default=50, help="warm-up articles, not counted (50)")
    ap.add_argument("--against", metavar="REV", help="also count a git revision, side by side")
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed: apt-get install valgrind")
    os.environ.setdefault("SITREP_DATA_DIR", str(ROOT.parent / "shared" / "geodata"))
    with tempfile.TemporaryDirectory() as tmp:
        articles = write(args.warm + args.n, Path(tmp), "jsonl")
        trees = [("now", ROOT)]
        if args.against:
            other = Path(tmp) / "against"
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q",
                            str(other), args.against], check=True)  # fmt: skip
            trees.append((args.against, other))
        try:
            print(f"instructions per article (callgrind), {args.n} synthetic articles after "
                  f"{args.warm} warm-up ones", flush=True)  # fmt: skip
            print(f"{'tree':>12}{'baseline: read only':>22}{'read + extract':>17}")
            costs = {}
            for label, root in trees:
                # once without valgrind: builds the tree's on-disk gazetteer index if missing
                subprocess.run([sys.executable, __file__, "--child", str(root), "extract",
                                str(articles), "1"], check=True)  # fmt: skip
                read = _per_article(root, "read", articles, args.n, args.warm)
                full = _per_article(root, "extract", articles, args.n, args.warm)
                costs[label] = full
                print(f"{label:>12}{read / 1e6:20.2f} M{full / 1e6:15.2f} M", flush=True)
            if args.against:
                ratio = costs[args.against] / costs["now"]
                print(f"{args.against} / now: x{ratio:.3f} (above 1: now is cheaper)")
        finally:
            if args.against:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force",
                                str(Path(tmp) / "against")], check=False)  # fmt: skip


if __name__ == "__main__":
    if len(sys.argv) == 6 and sys.argv[1] == "--child":
        _child(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]))
    else:
        main()
