"""Blind spelling benchmark: Syrian villages as reporters and conflict datasets spell them.

A seeded sample of Syrian localities of Who's On First (the shipped ``geo/data/wof_sy.tsv.gz``:
the same number from each of the 14 governorates, towns and villages only) is respelt by
general transliteration rules written down below (:data:`WORD_FORMS`, :data:`STYLES` and
:func:`respell`), never by looking at what the gazetteer knows. Each respelling is looked up
the way ``python -m geo geocode --country SY`` does (``Gazetteer.candidates(name,
country="SY", limit=1)``) and scored:

* admin-1: the answer is in the governorate of the sampled village;
* within 10 km: the answer is within 10 km of it;
* unresolved: no answer.

A village that shares its spelling with others (Syria has several Tall Abyads) is one of
its namesakes: an answer that is any namesake (same folded name) counts, since a bare name
cannot tell them apart. Respellings that are already one of the record's own names
(after folding case, diacritics and marks) are "known"; the rest are "novel", and are
reported apart: they are what transliteration-robust matching is for.

The rules: Arabic article forms (al-/el-/ash-/as-/ad-/ar-/az- assimilated or not, hyphen,
space or dropped), Tal/Tall/Tell, Ain/Ayn/Ein/'Ayn, Deir/Dayr, Jabal/Jebel, Khirbet/Khirbat,
Abu/Abou, Umm/Um/Om, Qasr/Kasr, Sheikh/Shaykh/Cheikh, ū -> u/ou/oo, ī -> i/ee, ay -> ei/ai,
aw -> ou/o, doubled consonants single, -ah/-a/-eh/-e/-é endings, q -> k/g, kh -> h, dh ->
z/d, th -> t/s, ʿ and ʾ as ', dropped, or nothing, hyphens for spaces, French forms (ch for
sh, ou for u and w, dj for j, -é). Each respelling draws one style (conflict-dataset,
English press, Levantine, French) and applies that style's rules with its probabilities.

Run: ``SITREP_DATA_DIR=../shared/geodata .venv/bin/python benchmarks/bench_geo_spellings.py``
(``--per-governorate N``, ``--variants N``, ``--seed N``, ``-v`` to list misses; ``--data FILE``
to score another hand-written CSV, e.g. ``benchmarks/data/geo_conflict_spellings.csv``, and
``--only-data`` to skip the generated sample).
"""

from __future__ import annotations

import argparse
import gzip
import math
import os
import random
import re
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("SITREP_DATA_DIR", str(ROOT.parent / "shared" / "geodata"))

WOF_FILE = ROOT / "geo" / "data" / "wof_sy.tsv.gz"
HANDWRITTEN = ROOT / "benchmarks" / "data" / "geo_handwritten_spellings.csv"

# ---------------------------------------------------------------------------- the rules
#: Arabic article tokens of the romanised source names (BGN/PCGN: assimilated, lower case).
ARTICLE_TOKENS = frozenset({"al", "as", "ash", "ad", "ar", "az", "at", "an", "ath", "adh"})
#: Word forms: a folded source word -> the forms reporters write (first = source form).
WORD_FORMS: dict[str, tuple[str, ...]] = {
    "tall": ("Tall", "Tal", "Tel", "Tell"),
    "ayn": ("Ayn", "Ain", "Ein", "'Ayn", "'Ain", "Aïn"),
    "uyun": ("Uyun", "Oyoun", "Ayoun", "Uyoun"),
    "dayr": ("Dayr", "Deir", "Dair", "Der"),
    "jabal": ("Jabal", "Jebel", "Djebel", "Jbel"),
    "khirbat": ("Khirbat", "Khirbet", "Kherbet", "Khirbit", "Khurbet"),
    "abu": ("Abu", "Abou", "Abo"),
    "umm": ("Umm", "Um", "Om", "Oum"),
    "qasr": ("Qasr", "Kasr", "Qasir"),
    "shaykh": ("Shaykh", "Sheikh", "Shaikh", "Sheik", "Cheikh", "Sheykh"),
    "kafr": ("Kafr", "Kfar", "Kafar", "Kefr"),
    "bir": ("Bir", "Beer", "Bi'r", "Bir"),
    "ras": ("Ras", "Ra's", "Rass"),
    "wadi": ("Wadi", "Wady", "Ouadi"),
    "tal": ("Tal", "Tel", "Tall"),
    "mazraat": ("Mazraat", "Mazraet", "Mazra'at", "Mazrat"),
    "qaryat": ("Qaryat", "Qariyat", "Karyat"),
    "bayt": ("Bayt", "Beit", "Bait"),
    "hayy": ("Hayy", "Hay", "Hai"),
    "bab": ("Bab",),
    "ibn": ("Ibn", "Bin", "Ben"),
    "bani": ("Bani", "Beni", "Bany"),
    "kharab": ("Kharab", "Kherab"),
    "nahr": ("Nahr", "Nahar"),
}


@dataclass(frozen=True)
class Style:
    """One way of writing: the probability of each rule firing (per word or per name)."""

    name: str
    weight: float
    article: tuple[tuple[str, float], ...]  # how an article is written, with weights
    drop_first_article: float  # "Al Bab" -> "Bab"
    word_forms: float  # use another form of :data:`WORD_FORMS`
    long_u: tuple[tuple[str, float], ...]  # ū
    long_i: tuple[tuple[str, float], ...]  # ī
    ay: tuple[tuple[str, float], ...]  # ay inside a word
    aw: tuple[tuple[str, float], ...]  # aw inside a word
    single: float  # a doubled consonant written once
    ending: tuple[tuple[str, float], ...]  # -ah
    iyah: tuple[tuple[str, float], ...]  # -iyah
    ayn: tuple[tuple[str, float], ...]  # ʿ and ʾ
    q: tuple[tuple[str, float], ...]
    kh_h: float
    dh: tuple[tuple[str, float], ...]
    th: tuple[tuple[str, float], ...]
    sh_ch: float  # French ch for sh
    j_dj: float  # French dj for j
    w_ou: float  # French ou for w before a vowel
    hyphens: float  # words of the name joined by hyphens
    glue: float  # a first word such as Kafr, Deir, Tall written together with the next


_AL = ("al", "el")
STYLES: tuple[Style, ...] = (
    # conflict-event datasets: close to GeoNames, marks dropped, "Al" capitalised
    Style(
        name="dataset",
        weight=0.35,
        article=(("Al ", 0.45), ("Al-", 0.2), ("assimilated ", 0.2), ("al-", 0.15)),
        drop_first_article=0.4,
        word_forms=0.35,
        long_u=(("u", 0.85), ("ou", 0.1), ("oo", 0.05)),
        long_i=(("i", 0.9), ("ee", 0.1)),
        ay=(("ay", 0.7), ("ei", 0.2), ("ai", 0.1)),
        aw=(("aw", 0.8), ("ou", 0.1), ("o", 0.1)),
        single=0.3,
        ending=(("ah", 0.5), ("a", 0.4), ("eh", 0.1)),
        iyah=(("iyah", 0.4), ("iya", 0.4), ("ieh", 0.1), ("iyeh", 0.1)),
        ayn=(("", 0.6), ("'", 0.4)),
        q=(("q", 0.9), ("k", 0.1)),
        kh_h=0.0,
        dh=(("dh", 0.8), ("z", 0.1), ("d", 0.1)),
        th=(("th", 0.9), ("t", 0.1)),
        sh_ch=0.0,
        j_dj=0.0,
        w_ou=0.0,
        hyphens=0.05,
        glue=0.05,
    ),
    # English press: al- prefixes, Deir/Sheikh forms, -a endings, single consonants
    Style(
        name="press",
        weight=0.35,
        article=(("al-", 0.55), ("assimilated-", 0.3), ("Al-", 0.1), ("el-", 0.05)),
        drop_first_article=0.5,
        word_forms=0.7,
        long_u=(("u", 0.6), ("ou", 0.3), ("oo", 0.1)),
        long_i=(("i", 0.8), ("ee", 0.2)),
        ay=(("ay", 0.3), ("ei", 0.5), ("ai", 0.2)),
        aw=(("aw", 0.5), ("ou", 0.3), ("o", 0.2)),
        single=0.6,
        ending=(("a", 0.6), ("ah", 0.3), ("eh", 0.1)),
        iyah=(("iya", 0.6), ("iyah", 0.2), ("ieh", 0.1), ("iyeh", 0.1)),
        ayn=(("", 0.7), ("'", 0.3)),
        q=(("q", 0.85), ("k", 0.1), ("g", 0.05)),
        kh_h=0.03,
        dh=(("dh", 0.6), ("z", 0.3), ("d", 0.1)),
        th=(("th", 0.7), ("t", 0.2), ("s", 0.1)),
        sh_ch=0.0,
        j_dj=0.0,
        w_ou=0.0,
        hyphens=0.05,
        glue=0.1,
    ),
    # Levantine / local media in English: el-, -eh endings, ee/oo
    Style(
        name="levantine",
        weight=0.15,
        article=(("el-", 0.4), ("al-", 0.3), ("assimilated-", 0.1), ("Al ", 0.2)),
        drop_first_article=0.4,
        word_forms=0.7,
        long_u=(("ou", 0.5), ("oo", 0.3), ("u", 0.2)),
        long_i=(("ee", 0.4), ("i", 0.6)),
        ay=(("ei", 0.5), ("ey", 0.3), ("ay", 0.2)),
        aw=(("aw", 0.4), ("ou", 0.4), ("o", 0.2)),
        single=0.5,
        ending=(("eh", 0.6), ("e", 0.2), ("a", 0.2)),
        iyah=(("ieh", 0.4), ("iyeh", 0.3), ("iye", 0.2), ("iya", 0.1)),
        ayn=(("", 0.6), ("'", 0.4)),
        q=(("q", 0.7), ("k", 0.2), ("g", 0.1)),
        kh_h=0.05,
        dh=(("dh", 0.3), ("z", 0.6), ("d", 0.1)),
        th=(("th", 0.4), ("t", 0.4), ("s", 0.2)),
        sh_ch=0.0,
        j_dj=0.0,
        w_ou=0.0,
        hyphens=0.1,
        glue=0.1,
    ),
    # French: ch for sh, ou for u and w, dj for j, -é endings
    Style(
        name="french",
        weight=0.15,
        article=(("el-", 0.4), ("al-", 0.3), ("assimilated-", 0.2), ("Al ", 0.1)),
        drop_first_article=0.4,
        word_forms=0.7,
        long_u=(("ou", 0.9), ("u", 0.1)),
        long_i=(("i", 1.0),),
        ay=(("ei", 0.5), ("aï", 0.2), ("ay", 0.3)),
        aw=(("aou", 0.4), ("ou", 0.4), ("o", 0.2)),
        single=0.4,
        ending=(("é", 0.5), ("a", 0.3), ("eh", 0.2)),
        iyah=(("ié", 0.4), ("iyé", 0.3), ("iya", 0.3)),
        ayn=(("", 0.8), ("'", 0.2)),
        q=(("q", 0.5), ("k", 0.5)),
        kh_h=0.05,
        dh=(("dh", 0.3), ("z", 0.6), ("d", 0.1)),
        th=(("th", 0.4), ("t", 0.4), ("s", 0.2)),
        sh_ch=0.9,
        j_dj=0.5,
        w_ou=0.6,
        hyphens=0.1,
        glue=0.05,
    ),
)

#: First words sometimes written together with the next ("Kafranbel", "Deirhafer").
GLUED_FIRST = frozenset(
    {
        "kafr",
        "dayr",
        "deir",
        "tall",
        "tal",
        "tel",
        "ayn",
        "ain",
        "abu",
        "umm",
        "bir",
        "bayt",
        "beit",
        "kfar",
    }
)
_SUN = set("tdrzsnl")  # letters an article assimilates to (with th, dh, sh, ṣ, ḍ, ṭ, ẓ)
_MARKS = "ʿʾ‘’'`´ʻʼ"


def _pick(rng: random.Random, options: tuple[tuple[str, float], ...]) -> str:
    r = rng.random() * sum(w for _, w in options)
    for value, w in options:
        r -= w
        if r <= 0:
            return value
    return options[-1][0]


def _plain(text: str) -> str:
    """Strip diacritics except the long-vowel macrons (kept for the ū/ī rules)."""
    out = []
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch) and ch != "\u0304":
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def fold(text: str) -> str:
    """Lower case, no diacritics, no ʿ/ʾ marks, words of letters only (the benchmark's key)."""
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    t = re.sub(f"[{_MARKS}]", "", t)
    return " ".join(re.sub(r"[^a-z]+", " ", t).split())


def _article(rng: random.Random, style: Style, next_word: str) -> str:
    form = _pick(rng, style.article)
    first = next_word[:1].lower()
    sun = first in _SUN or next_word[:2].lower() in ("sh", "th", "dh")
    if form.startswith("assimilated"):
        if sun:
            stem = next_word[:2].lower() if next_word[:2].lower() in ("sh", "th", "dh") else first
            return "a" + stem + form[len("assimilated") :]
        return "al" + form[len("assimilated") :]
    return form


def _respell_word(rng: random.Random, style: Style, word: str) -> str:
    """Respell one (non-article) word of a romanised name."""
    key = fold(word)
    if key in WORD_FORMS and rng.random() < style.word_forms:
        forms = WORD_FORMS[key]
        w = rng.choice(forms[1:]) if len(forms) > 1 else forms[0]
        if style.name == "french" and key == "shaykh":
            w = "Cheikh"
        return w
    w = word
    # ʿayn and hamza
    w = re.sub(f"[{_MARKS}]", lambda _: _pick(rng, style.ayn), w)
    # long vowels
    w = re.sub("[ūŪ]", lambda m: _case(m.group(), _pick(rng, style.long_u)), w)
    w = re.sub("[īĪ]", lambda m: _case(m.group(), _pick(rng, style.long_i)), w)
    w = w.replace("ā", "a").replace("Ā", "A")
    # endings
    low = w.lower()
    if low.endswith("iyah") and len(low) > 5:
        w = w[:-4] + _pick(rng, style.iyah)
    elif low.endswith("ah") and len(low) > 3:
        w = w[:-2] + _pick(rng, style.ending)
    # diphthongs inside a word
    w = re.sub(r"(?<=\w)ay(?=[^aeiouy]|$)", lambda _: _pick(rng, style.ay), w)
    w = re.sub(r"(?<=\w)aw(?=[^aeiouy]|$)", lambda _: _pick(rng, style.aw), w)
    # consonants
    w = re.sub("[qQ]", lambda m: _case(m.group(), _pick(rng, style.q)), w)
    if style.kh_h and rng.random() < style.kh_h:
        w = re.sub("[Kk]h", lambda m: m.group()[0].replace("k", "h").replace("K", "H"), w)
    w = re.sub("[Dd]h", lambda m: _case(m.group()[0], _pick(rng, style.dh)), w)
    w = re.sub("[Tt]h", lambda m: _case(m.group()[0], _pick(rng, style.th)), w)
    if rng.random() < style.single:
        w = re.sub(r"([b-df-hj-np-tv-z])\1", r"\1", w)
    if style.sh_ch and rng.random() < style.sh_ch:
        w = w.replace("sh", "ch").replace("Sh", "Ch")
    if style.j_dj and rng.random() < style.j_dj:
        w = re.sub("[Jj]", lambda m: "Dj" if m.group() == "J" else "dj", w)
    if style.w_ou and rng.random() < style.w_ou:
        w = re.sub(r"(?<![aeiou])w(?=[aeiou])", "ou", w)
        w = re.sub(r"^W(?=[aeiou])", "Ou", w)
    return w


def _case(template: str, value: str) -> str:
    return value.capitalize() if template[:1].isupper() else value


def respell(rng: random.Random, name: str) -> tuple[str, str]:
    """Return ``(style name, respelling)`` of a romanised name."""
    style = _pick_style(rng)
    words = _plain(name).replace("-", " ").split()
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if fold(w) in ARTICLE_TOKENS or w.lower() in ARTICLE_TOKENS:
            if i + 1 >= len(words):
                out.append(w)
                break
            nxt = _respell_word(rng, style, words[i + 1])
            if i == 0 and rng.random() < style.drop_first_article:
                out.append(nxt[:1].upper() + nxt[1:])
            else:
                art = _article(rng, style, fold(words[i + 1]) or nxt)
                if i == 0:
                    art = art[:1].upper() + art[1:]
                glued = art.endswith("-")
                out.append(art + nxt if glued else art.strip() + " " + nxt)
            i += 2
            continue
        out.append(_respell_word(rng, style, w))
        i += 1
    if len(out) >= 2 and fold(out[0]) in GLUED_FIRST and rng.random() < style.glue:
        out[:2] = [out[0] + out[1].lower().replace(" ", "").replace("-", "")]
    text = " ".join(out)
    if rng.random() < style.hyphens:
        text = text.replace(" ", "-")
    return style.name, " ".join(text.split())


def _pick_style(rng: random.Random) -> Style:
    r = rng.random() * sum(s.weight for s in STYLES)
    for s in STYLES:
        r -= s.weight
        if r <= 0:
            return s
    return STYLES[-1]


# ---------------------------------------------------------------------------- sampling
@dataclass(frozen=True)
class Village:
    wof_id: str
    geonameid: str
    name: str
    lat: float
    lon: float
    names: tuple[str, ...]


def read_villages() -> list[Village]:
    """Towns and villages of the shipped Who's On First file (no neighbourhoods)."""
    out = []
    with gzip.open(WOF_FILE, "rt", encoding="utf-8") as f:
        lines = [line.rstrip("\n") for line in f if not line.startswith("#")]
    for line in lines[1:]:
        wof_id, gnid, name, lat, lon, _code, fcode, _pop, ptype, names = line.split("\t")
        if ptype != "locality" or fcode == "PPLX":
            continue
        out.append(Village(wof_id, gnid, name, float(lat), float(lon), (name, *names.split("|"))))
    return out


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, a)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-governorate", type=int, default=25)
    ap.add_argument("--variants", type=int, default=2)
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument(
        "--data",
        type=Path,
        action="append",
        help="a hand-written spellings CSV to score (repeatable; default: "
        "benchmarks/data/geo_handwritten_spellings.csv)",
    )
    ap.add_argument(
        "--only-data", action="store_true", help="score only the --data files (no generated sample)"
    )
    args = ap.parse_args()

    import geo

    t0 = time.perf_counter()
    gaz = geo.Gazetteer.default()
    files = args.data or [HANDWRITTEN]
    if args.only_data:
        for path in files:
            score_handwritten(gaz, path, verbose=args.verbose)
        return
    villages = read_villages()
    pcode: dict[str, str] = {}
    for v in villages:
        place = gaz.get(f"geonames:{v.geonameid}") if v.geonameid else None
        place = place or gaz.get(f"wof:{v.wof_id}")
        if place is not None and place.admin1_pcode:
            pcode[v.wof_id] = place.admin1_pcode
    by_gov: dict[str, list[Village]] = defaultdict(list)
    for v in villages:
        if v.wof_id in pcode:
            by_gov[pcode[v.wof_id]].append(v)

    # namesakes: villages sharing a folded name (without articles)
    def bare(n: str) -> str:
        return " ".join(t for t in fold(n).split() if t not in ARTICLE_TOKENS)

    by_name: dict[str, list[Village]] = defaultdict(list)
    for v in villages:
        for n in {bare(x) for x in v.names}:
            by_name[n].append(v)

    by_id = {v.wof_id: v for v in villages}
    rng = random.Random(args.seed)
    sample: list[Village] = []
    for gov in sorted(by_gov):
        pool = sorted(by_gov[gov], key=lambda v: v.wof_id)
        sample.extend(rng.sample(pool, min(args.per_governorate, len(pool))))
    queries: list[tuple[Village, str, str]] = []
    for v in sample:
        seen: set[str] = set()
        for _ in range(args.variants * 3):
            style, text = respell(rng, v.name)
            if text not in seen:
                seen.add(text)
                queries.append((v, style, text))
            if len(seen) == args.variants:
                break

    stats: dict[str, Counter[str]] = defaultdict(Counter)
    misses: list[str] = []
    for v, style, text in queries:
        known = fold(text) in {fold(n) for n in v.names}
        ok_ids = {x.wof_id for x in by_name.get(bare(v.name), [v])} | {v.wof_id}
        ok = [by_id[i] for i in sorted(ok_ids)]
        found = gaz.candidates(text, country="SY", limit=1)
        place = found[0].place if found else None
        tier = f"tier {found[0].tier}" if found else "unresolved"
        good_pc = {pcode.get(x.wof_id) for x in ok}
        admin = place is not None and place.admin1_pcode in good_pc
        d = (
            min(km(x.lat, x.lon, place.lat, place.lon) for x in ok)
            if place is not None
            else math.inf
        )
        near = place is not None and d <= 10
        for group in ("all", "novel" if not known else "known", f"style {style}"):
            c = stats[group]
            c["n"] += 1
            c["admin1"] += admin
            c["near"] += near
            c["unresolved"] += place is None
            c["wrong"] += place is not None and not admin
            c[tier] += 1
        if not near:
            got = f"{place.name} ({place.admin1_pcode}, {d:.0f} km)" if place else "nothing"
            misses.append(f"{text!r} [{style}] for {v.name} ({pcode[v.wof_id]}) -> {got}")
    print(
        f"{len(sample)} villages ({args.per_governorate} per governorate, seed {args.seed}), "
        f"{len(queries)} respellings; gazetteer ready and scored in "
        f"{time.perf_counter() - t0:.1f} s"
    )
    for group in ("all", "novel", "known", *(f"style {s.name}" for s in STYLES)):
        c = stats[group]
        if not c["n"]:
            continue
        n = c["n"]
        print(
            f"{group:<16} n={n:4d}  admin-1 {100 * c['admin1'] / n:5.1f} %  within 10 km "
            f"{100 * c['near'] / n:5.1f} %  unresolved {100 * c['unresolved'] / n:5.1f} %  "
            f"wrong governorate {100 * c['wrong'] / n:5.1f} %  "
            f"(exact {c['tier 1']}, skeleton {c['tier 2']}, fuzzy {c['tier 3']})"
        )
    if args.verbose:
        for m in misses:
            print("  miss:", m)
    for path in files:
        score_handwritten(gaz, path, verbose=args.verbose)


def score_handwritten(gaz: object, path: Path = HANDWRITTEN, *, verbose: bool = False) -> None:
    """Score a hand-written spellings CSV (default :data:`HANDWRITTEN`).

    Columns: spelling, wof_id, wof_name, pcode, lat, lon; lines starting with # are comments.
    """
    import csv

    text = path.read_text(encoding="utf-8")
    rows = list(csv.DictReader(line for line in text.splitlines() if not line.startswith("#")))
    c: Counter[str] = Counter()
    misses = []
    for r in rows:
        found = gaz.candidates(r["spelling"], country="SY", limit=1)  # type: ignore[attr-defined]
        place = found[0].place if found else None
        d = km(float(r["lat"]), float(r["lon"]), place.lat, place.lon) if place else math.inf
        c["n"] += 1
        c["admin1"] += place is not None and place.admin1_pcode == r["pcode"]
        c["near"] += d <= 10
        c["unresolved"] += place is None
        c[f"tier {found[0].tier}" if found else "none"] += 1
        if d > 10:
            got = f"{place.name} ({place.admin1_pcode}, {d:.0f} km)" if place else "nothing"
            misses.append(f"{r['spelling']!r} for {r['wof_name']} ({r['pcode']}) -> {got}")
    n = max(c["n"], 1)
    print(
        f"{path.stem[:16]:<16} n={c['n']:4d}  admin-1 {100 * c['admin1'] / n:5.1f} %  within 10 km "
        f"{100 * c['near'] / n:5.1f} %  unresolved {100 * c['unresolved'] / n:5.1f} %  "
        f"(exact {c['tier 1']}, skeleton {c['tier 2']}, fuzzy {c['tier 3']})"
    )
    if verbose:
        for m in misses:
            print("  miss:", m)


if __name__ == "__main__":
    main()
