#!/usr/bin/env python3
"""Self-check of the European gazetteer resource: loads the TSV.gz and prints a few figures.

    python3 tools/gazetteer/check-gazetteer.py [PATH] [--name NAME ...]
"""

import argparse
import collections
import gzip
import os
import sys
import unicodedata

REPO_ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
DEFAULT_PATH = os.path.join(
    REPO_ROOT, "src", "main", "resources", "org", "w3id", "smartcitykg", "link", "gazetteer-europe.tsv.gz")
EXPECTED_COLUMNS = ["geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude",
                    "feature_code", "country_code", "admin1_code", "population"]
# Capitals and large cities, in their endonyms and in other scripts.
DEFAULT_NAMES = ["Warszawa", "Kraków", "Praha", "Wien", "București", "Bucureşti", "София", "Plovdiv",
                 "Пловдив", "Roma", "Αθήνα", "Київ", "Kyiv"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path", nargs="?", default=DEFAULT_PATH)
    ap.add_argument("--name", action="append", help="name to look up (repeatable)")
    args = ap.parse_args()

    with gzip.open(args.path, "rt", encoding="utf-8", newline="") as f:
        header = f.readline().rstrip("\n").split("\t")
        rows = [line.rstrip("\n").split("\t") for line in f]
    problems = []
    if header != EXPECTED_COLUMNS:
        problems.append(f"header {header}")
    ids = [int(r[0]) for r in rows]
    if ids != sorted(ids) or len(set(ids)) != len(ids):
        problems.append("ids not sorted/unique")
    for r in rows:
        if len(r) != len(EXPECTED_COLUMNS):
            problems.append(f"row {r[0]} has {len(r)} columns")
        elif any(unicodedata.normalize("NFC", c) != c for c in r):
            problems.append(f"row {r[0]} not NFC")
        elif not r[9].isdigit():
            problems.append(f"row {r[0]} population {r[9]!r}")
    print(f"{len(rows)} rows, {os.path.getsize(args.path)} bytes, problems: {len(problems)} {problems[:5]}")

    by_name = collections.defaultdict(list)  # name or alternate name -> rows
    for r in rows:
        for n in {r[1], r[2], *(r[3].split(",") if r[3] else [])}:
            by_name[n].append(r)
    for n in args.name or DEFAULT_NAMES:
        hits = sorted(by_name.get(n, []), key=lambda r: -int(r[9]))
        desc = "; ".join(f"{r[1]} ({r[7]}, {r[6]}, pop {r[9]}, id {r[0]})" for r in hits[:5])
        print(f"{n!r}: {len(hits)} entries: {desc}")

    names = collections.Counter(r[1] for r in rows)
    shared = {n: c for n, c in names.items() if c > 1}
    print(f"distinct names: {len(names)}; names shared by >1 place (exact `name`): {len(shared)},"
          f" covering {sum(shared.values())} places")
    ascii_names = collections.Counter(r[2].lower() for r in rows)
    print(f"shared by case-insensitive asciiname: {sum(1 for c in ascii_names.values() if c > 1)}")
    all_names = collections.Counter(n for n, rs in by_name.items() for _ in {r[0] for r in rs})
    print(f"names or alternate names (exact) shared by >1 place: {sum(1 for c in all_names.values() if c > 1)}")
    print("20 most common names:", ", ".join(f"{n} ({c})" for n, c in names.most_common(20)))
    fc = collections.Counter(r[6] for r in rows)
    print("feature codes:", dict(fc.most_common()))
    print("rows without alternate names:", sum(1 for r in rows if not r[3]),
          "; population 0:", sum(1 for r in rows if r[9] == "0"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
