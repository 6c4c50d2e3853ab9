"""Precision and recall of corpus extraction on the labelled sentences.

A figure counts as right when number, category, party and claimant all match a labelled one;
a control claim when actor, place, status, extent and claimant all match (places match when
they resolve to the same gazetteer record, the same governorate at admin-1 level, or the same
normalised name). Baseline, side by side: every number in the sentence as a `killed` figure of
no party, attributed to the outlet; and one `holds`/`full` claim per party-place pair.

Scores are printed overall, per language (a row's optional `language`, "en" when absent;
French rows are read as French articles) and per set (a row's optional `set`: rows written
after the patterns, to be scored before any tuning, say so there).

Run: .venv/bin/python benchmarks/bench_corpus_quality.py [--show-errors] [--data FILE.jsonl]
"""

from __future__ import annotations

import json
import os
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

os.environ.setdefault("SITREP_DATA_DIR", str(ROOT.parent / "shared" / "geodata"))

import geo  # noqa: E402
from corpus import extract  # noqa: E402
from corpus.aliases import parties  # noqa: E402
from corpus.dates import parse_iso_date  # noqa: E402
from corpus.numbers import find_counts  # noqa: E402
from corpus.reading import article_from_fields  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "corpus_labelled.jsonl"
#: the set of a row with no ``set`` field: the first 110 sentences, written while the rules
#: were written and tuned
PROJECT_SET = "project (written with the rules)"


def norm(name: str | None) -> str:
    if not name:
        return ""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"\b(?:al|el|ar|as|ad|ash|the)[-\s]", "", s)
    return re.sub(r"[^a-z]", "", s)


class PlaceMatcher:
    def __init__(self, gaz: geo.Gazetteer) -> None:
        self.gaz = gaz
        self.cache: dict[str, object] = {}

    def ref(self, name: str):  # type: ignore[no-untyped-def]
        if name not in self.cache:
            hits = self.gaz.lookup(name, country="SY", limit=1)
            self.cache[name] = hits[0] if hits else None
        return self.cache[name]

    def same(self, gold: str, claim) -> bool:  # type: ignore[no-untyped-def]
        if norm(gold) and norm(gold) in (
            norm(claim.place),
            norm(getattr(claim.place_ref, "name", "")),
        ):
            return True
        g = self.ref(gold)
        p = claim.place_ref or (self.ref(claim.place) if claim.place else None)
        if g is None or p is None:
            return False
        if g.gazetteer_id == p.gazetteer_id:
            return True
        admin = "admin1" in (g.precision, p.precision)
        return admin and g.admin1_pcode is not None and g.admin1_pcode == p.admin1_pcode


def score(tp: int, n_pred: int, n_gold: int) -> tuple[float, float]:
    return (tp / n_pred if n_pred else 1.0), (tp / n_gold if n_gold else 1.0)


def match(golds: list, preds: list, same) -> int:  # type: ignore[no-untyped-def]
    used: set[int] = set()
    tp = 0
    for g in golds:
        for k, p in enumerate(preds):
            if k not in used and same(g, p):
                used.add(k)
                tp += 1
                break
    return tp


def main() -> None:
    show = "--show-errors" in sys.argv
    data = Path(sys.argv[sys.argv.index("--data") + 1]) if "--data" in sys.argv else DATA
    gaz = geo.Gazetteer.default()
    pm = PlaceMatcher(gaz)
    rows = [
        json.loads(line) for line in data.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    c: Counter[str] = Counter()
    by_lang: dict[str, Counter[str]] = {}
    for row in rows:
        lang = row.get("language", "en")
        art = article_from_fields(
            path=row["id"],
            title="",
            text=row["text"],
            published=parse_iso_date(row["published"]),
            published_source="json",
            outlet=row.get("outlet"),
            language=lang,
        )
        assert art is not None
        ex = extract(art, gaz)
        gold_f = row["figures"]
        pred_f = list(ex.figures)

        def same_f(g, p) -> bool:  # type: ignore[no-untyped-def]
            return (g["number"], g["category"], g["party"], g["claimant"]) == (
                p.number,
                p.category,
                p.party,
                p.claimant,
            )

        tp = match(gold_f, pred_f, same_f)
        groups = [
            by_lang.setdefault(lang, Counter()),
            by_lang.setdefault(f"set {row.get('set', PROJECT_SET)}", Counter()),
        ]
        for counter in (c, *groups):
            counter["rows"] += 1
            counter["f_tp"] += tp
            counter["f_pred"] += len(pred_f)
            counter["f_gold"] += len(gold_f)
        gold_c = row["control_claims"]
        pred_c = list(ex.control_claims)

        def same_c(g, p) -> bool:  # type: ignore[no-untyped-def]
            return (g["actor"], g["status"], g["extent"], g["claimant"]) == (
                p.actor,
                p.status,
                p.extent,
                p.claimant,
            ) and pm.same(g["place"], p)

        tpc = match(gold_c, pred_c, same_c)
        for counter in (c, *groups):
            counter["c_tp"] += tpc
            counter["c_pred"] += len(pred_c)
            counter["c_gold"] += len(gold_c)
        # baseline: every count a killed figure of no party, by the outlet
        base_f = [
            {"number": n.number, "category": "killed", "party": None, "claimant": row.get("outlet")}
            for n in find_counts(row["text"], language=lang)
        ]
        bf_tp = match(gold_f, base_f, lambda g, p: g == p)
        for counter in (c, *groups):
            counter["bf_tp"] += bf_tp
            counter["bf_pred"] += len(base_f)
        outlet = row.get("outlet")
        hits = list(parties().find(row["text"]))
        base_c = []
        for h in hits:
            for m in ex.places:
                if m.place is not None and not m.metonymy:
                    base_c.append((h.canonical, m))
        bc_tp = match(
            gold_c,
            base_c,
            lambda g, p, outlet=outlet: (
                g["actor"] == p[0]
                and g["status"] == "holds"
                and g["extent"] == "full"
                and g["claimant"] == outlet
                and norm(g["place"]) == norm(p[1].place.name)
            ),
        )
        for counter in (c, *groups):
            counter["bc_tp"] += bc_tp
            counter["bc_pred"] += len(base_c)
        if show and (tp < max(len(gold_f), len(pred_f)) or tpc < max(len(gold_c), len(pred_c))):
            print(f"--- {row['id']}: {row['text']}")
            if tp < max(len(gold_f), len(pred_f)):
                print(
                    "  gold F:",
                    [(g["number"], g["category"], g["party"], g["claimant"]) for g in gold_f],
                )
                print("  pred F:", [(p.number, p.category, p.party, p.claimant) for p in pred_f])
            if tpc < max(len(gold_c), len(pred_c)):
                print(
                    "  gold C:",
                    [
                        (g["actor"], g["place"], g["status"], g["extent"], g["claimant"])
                        for g in gold_c
                    ],
                )
                print(
                    "  pred C:",
                    [(p.actor, p.place, p.status, p.extent, p.claimant) for p in pred_c],
                )
    print(f"labelled sentences: {len(rows)}  figures: {c['f_gold']}  control claims: {c['c_gold']}")
    print(f"{'':22}{'sitrep P':>10}{'sitrep R':>10}{'baseline P':>12}{'baseline R':>12}   target")
    for label, counts in (("", c), *((f"{k} ", v) for k, v in sorted(by_lang.items()))):
        if label:
            print(f"{label.strip()}: {counts['rows']} sentences, {counts['f_gold']} figures, "
                  f"{counts['c_gold']} control claims")  # fmt: skip
        fp, fr = score(counts["f_tp"], counts["f_pred"], counts["f_gold"])
        cp, cr = score(counts["c_tp"], counts["c_pred"], counts["c_gold"])
        bfp, bfr = score(counts["bf_tp"], counts["bf_pred"], counts["f_gold"])
        bcp, bcr = score(counts["bc_tp"], counts["bc_pred"], counts["c_gold"])
        fig, ctl = f"{label}figures", f"{label}control claims"
        if label:
            fig, ctl = "  figures", "  control claims"
        print(f"{fig:22}{fp:10.2f}{fr:10.2f}{bfp:12.2f}{bfr:12.2f}   >= 0.90")
        print(f"{ctl:22}{cp:10.2f}{cr:10.2f}{bcp:12.2f}{bcr:12.2f}   >= 0.90")


if __name__ == "__main__":
    main()
