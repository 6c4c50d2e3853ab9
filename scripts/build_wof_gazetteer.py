"""Build ``geo/data/wof_sy.tsv.gz``: every Syrian locality of Who's On First, compact.

The built-in gazetteer reads this file by default, so a fresh clone knows every Syrian
village with no network. It is derived from the Who's On First records of
``whosonfirst-data/whosonfirst-data-admin-sy`` (commit 2db0f03b, 10,600 records, mostly
imported from GeoNames) kept in ``../shared/geodata/gazetteer/wof-sy-localities/``.

Licence: the GeoNames part (names, ``gn:*``) is CC BY 4.0, the Who's On First part CC0.
The header of the output says so ("Data from Who's On First"; GeoNames, CC BY 4.0).

One tab-separated line per current record (retired duplicates are dropped):
``wof_id, geonameid, name, lat, lon, gn_admin1, feature_code, population, placetype, names``
where ``names`` holds the other spellings (Latin and Arabic script, ``|``-separated).
The output is written deterministically (sorted by id, gzip without a timestamp), so a
rebuild from the same records gives the same bytes.

Run from the repository root::

    python scripts/build_wof_gazetteer.py [--src ../shared/geodata/gazetteer/wof-sy-localities]
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SRC = ROOT.parent / "shared" / "geodata" / "gazetteer" / "wof-sy-localities"
OUT = ROOT / "geo" / "data" / "wof_sy.tsv.gz"
COMMIT = "2db0f03b9f9d24bd371f318759d3e56c816c333e"

_LATIN = re.compile(r"^[\u0020-\u024f\u1e00-\u1effʿʾʻʼ‘’]+$")
_ARABIC = re.compile(r"^[\u0600-\u06ff ]+$")
#: Name languages kept besides the main names: Arabic, undetermined variants, English,
#: Kurdish, Turkish (the others are translations of the same few big towns).
_LANGS = ("ara", "und", "eng", "kur", "ckb", "kmr", "tur")


def _usable(name: object) -> bool:
    if not isinstance(name, str) or len(name) < 2 or "\t" in name or "|" in name:
        return False
    if len(name) <= 4 and name.isupper():
        return False  # IATA-style codes
    return bool(_LATIN.match(name) or _ARABIC.match(name))


def record_line(p: dict) -> str | None:
    """Return the output line of one record's properties, or None to skip it."""
    if p.get("edtf:deprecated") or p.get("wof:superseded_by"):
        return None
    lat, lon = p.get("geom:latitude"), p.get("geom:longitude")
    if lat is None or lon is None:
        return None
    name = p.get("wof:name") or p.get("gn:name")
    if not _usable(name):
        return None
    names: list[str] = []
    for n in (p.get("gn:name"), p.get("gn:asciiname")):
        names.append(n)
    for k, v in sorted(p.items()):
        if k.startswith("name:") and k[5:8] in _LANGS and isinstance(v, list):
            names.extend(v)
    seen = {name}
    alts = []
    for n in names:
        if _usable(n) and n not in seen:
            seen.add(n)
            alts.append(n)
    gn_admin = p.get("gn:admin1_code")
    code = ""
    if gn_admin:
        try:
            num = int(float(gn_admin))
        except ValueError:
            num = 0
        code = f"SY.{num:02d}" if num else ""
    gnid = p.get("gn:geonameid") or (p.get("wof:concordances") or {}).get("gn:id") or ""
    fcode = p.get("gn:feature_code") or p.get("gn:fcode") or ""
    pop = int(p.get("gn:population") or 0)
    return "\t".join(
        [
            str(p["wof:id"]),
            str(gnid),
            name,
            f"{float(lat):.5f}",
            f"{float(lon):.5f}",
            code,
            fcode,
            str(pop),
            p.get("wof:placetype", "locality"),
            "|".join(alts),
        ]
    )


def build(src: Path, out: Path) -> int:
    """Write ``out`` from the records in ``src``; return the number of places written."""
    lines = []
    for f in sorted(src.glob("*.geojson")):
        p = json.loads(f.read_bytes())["properties"]
        if p.get("wof:country", "SY") != "SY":
            continue
        line = record_line(p)
        if line is not None:
            lines.append((int(p["wof:id"]), line))
    lines.sort()
    header = (
        f"# Syrian localities from Who's On First (whosonfirst-data-admin-sy @ {COMMIT}),\n"
        "# built by scripts/build_wof_gazetteer.py. Data from Who's On First (CC0,\n"
        "# https://whosonfirst.org/); names and points imported from GeoNames\n"
        "# (https://www.geonames.org/, CC BY 4.0).\n"
        "wof_id\tgeonameid\tname\tlat\tlon\tgn_admin1\tfeature_code\tpopulation\tplacetype\tnames\n"
    )
    text = header + "".join(line + "\n" for _, line in lines)
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as gz:
        gz.write(text.encode("utf-8"))
    out.write_bytes(buf.getvalue())
    return len(lines)


def main(argv: list[str] | None = None) -> int:
    """Build the file; return the exit status (2 when the source folder is missing)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", type=Path, default=DEFAULT_SRC, help="folder of WOF records")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    if not args.src.is_dir():
        print(
            f"{args.src} is not a folder of Who's On First records; pass --src with the "
            "wof-sy-localities folder (see ../shared/geodata/gazetteer/README.md)",
            file=sys.stderr,
        )
        return 2
    n = build(args.src, args.out)
    print(f"{args.out}: {n} places, {args.out.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
