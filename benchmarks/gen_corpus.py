"""Synthetic corpus generator: N wire-style articles about the conflict, in our own words.

Each article has 6-10 sentences drawn from templates (casualty tolls with parts, attributed
statements, control claims, dated events) with random places, parties, numbers, dates and
outlets, so extraction does real work on every article.

Usage:
    .venv/bin/python benchmarks/gen_corpus.py N OUT [--format txt|jsonl] [--seed 1]
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

TOWNS = ["Al-Hasakah", "Qamishli", "Raqqa", "Deir ez-Zor", "Manbij", "Tal Tamr", "Ain Issa",
         "Kobani", "Hajin", "Al-Bukamal", "Tabqa", "Shaddadi", "Amuda", "Derik",
         "Markada"]  # fmt: skip
PROVINCES = ["Al-Hasakah", "Raqqa", "Aleppo", "Deir ez-Zor", "Idlib", "Homs"]
ARMED = ["IS fighters", "SDF fighters", "Kurdish soldiers", "government forces", "jihadists",
         "Turkish-backed factions", "Syrian army troops"]  # fmt: skip
ACTORS = ["The SDF", "The Syrian army", "Turkish forces", "The US-led coalition", "IS militants",
          "Russian forces"]  # fmt: skip
CLAIMS = ["according to the Syrian Observatory for Human Rights", "the SDF said",
          "the OSDH reported", "a senior Kurdish official said on condition of anonymity",
          "State Department spokesman Ned Price said", "according to the UN",
          "the Syrian Military Prosecutor's office said",
          "state news agency SANA said"]  # fmt: skip
OUTLETS = ["AFP", "Reuters", "ANI/Sputnik", "AP", "Xinhua"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WORDS = ["two", "three", "five", "seven", "nine", "a dozen", "dozens of", "hundreds of"]
QUALS = ["", "about ", "at least ", "more than ", "some "]


def _sentence(r: random.Random, pub: date) -> str:
    town = r.choice(TOWNS)
    wd = r.choice(WEEKDAYS)
    kind = r.randrange(9)
    if kind == 0:
        a, b, c = r.randint(20, 90), r.randint(5, 40), r.randint(1, 9)
        return (f"The clashes since {(pub - timedelta(days=r.randint(2, 9))):%B} "
                f"{r.randint(1, 28)} have left {a + b + c} dead, including {a} jihadists, {b} "
                f"Kurdish soldiers and {c} civilians, {r.choice(CLAIMS)}.")  # fmt: skip
    if kind == 1:
        return (f"On {wd}, {r.choice(QUALS)}{r.randint(2, 400)} {r.choice(ARMED)} were killed "
                f"near {town}, {r.choice(CLAIMS)}.")  # fmt: skip
    if kind == 2:
        return (f"{r.choice(ACTORS)} regained full control of {town} on {wd}, "
                f"{r.choice(CLAIMS)}.")  # fmt: skip
    if kind == 3:
        ps = r.sample(PROVINCES, 3)
        return (f"{r.choice(ACTORS)} controls parts of the provinces of {ps[0]}, {ps[1]} and "
                f"{ps[2]}.")  # fmt: skip
    if kind == 4:
        return (f"{r.choice(WORDS).capitalize()} civilians fled their homes in {town} since "
                f"{wd}, {r.choice(CLAIMS)}.")  # fmt: skip
    if kind == 5:
        return (f"In mid-{(pub - timedelta(days=20)):%B}, {r.choice(QUALS)}{r.randint(10, 300)} "
                f"prisoners escaped from a prison controlled by the SDF in {town}.")  # fmt: skip
    if kind == 6:
        return (f"The SDF said {r.randint(2, 60)} employees of the prison were released and "
                f"{r.randint(10, 1200)} militants surrendered on {wd}.")  # fmt: skip
    if kind == 7:
        return (f"An air strike on {town} killed {r.randint(2, 30)} people on {wd}, "
                f"{r.choice(CLAIMS)}.")  # fmt: skip
    return (f"Residents of {town} described a tense night, with sporadic gunfire and "
            f"checkpoints along the main road to {r.choice(TOWNS)}.")  # fmt: skip


def articles(n: int, seed: int = 1) -> Iterator[dict[str, str]]:
    """Yield ``n`` synthetic articles as dicts (title, text, published, outlet)."""
    r = random.Random(seed)
    for k in range(n):
        pub = date(2021, 1, 1) + timedelta(days=r.randrange(730))
        body = " ".join(_sentence(r, pub) for _ in range(r.randint(6, 10)))
        paras = body.replace(". ", ".\n\n", 2)
        outlet = r.choice(OUTLETS)
        yield {
            "title": f"Report {k}: fighting near {r.choice(TOWNS)}",
            "text": f"{paras} ({outlet})",
            "published": pub.isoformat(),
            "outlet": outlet.split("/")[0],
        }


def write(n: int, out: Path, fmt: str = "txt", seed: int = 1) -> Path:
    """Write ``n`` articles under ``out`` (one .txt each, or one .jsonl); return the path."""
    out.mkdir(parents=True, exist_ok=True)
    if fmt == "jsonl":
        path = out / f"synthetic_{n}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for a in articles(n, seed):
                fh.write(json.dumps(a, ensure_ascii=False) + "\n")
        return path
    folder = out / f"synthetic_{n}"
    folder.mkdir(exist_ok=True)
    for k, a in enumerate(articles(n, seed)):
        (folder / f"{k:06d}.txt").write_text(
            f" date {a['published']} {a['title']}\n\n{a['text']}\n", encoding="utf-8"
        )
    return folder


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("n", type=int)
    p.add_argument("out", type=Path)
    p.add_argument("--format", choices=["txt", "jsonl"], default="txt")
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args()
    print(write(args.n, args.out, args.format, args.seed))


if __name__ == "__main__":
    main()
