#!/usr/bin/env python3
"""Writes the committed seed corpus Fuzz/Corpus/<target>/ from the real fixtures, the bundled
Data/production.csv and a slice of generated JODI data (scripts/bench/gen_jodi.py, deterministic).

    python3 Fuzz/make-seeds.py        # from the repository root; rewrites Fuzz/Corpus/

Seeds stay small (each under the fuzzers' 64 KB -max_len, the whole corpus well under 2 MB) so that
libFuzzer spends its time mutating, not re-reading. Standard library only.
"""
import csv
import io
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "Tests", "OilStatImportTests", "Fixtures")
CORPUS = os.path.join(ROOT, "Fuzz", "Corpus")
MAX_SEED = 64 * 1024


def fixture(name):
    with open(os.path.join(FIXTURES, name), "rb") as f:
        return f.read()


def write(target, name, data):
    assert len(data) <= MAX_SEED, f"{target}/{name} is {len(data)} bytes, over {MAX_SEED}"
    folder = os.path.join(CORPUS, target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def generated_jodi():
    """The rows of the small generated JODI file (2025, 128 countries)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "small.csv")
        subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "bench", "gen_jodi.py"),
                        "--size", "small", "-o", path], check=True, stdout=subprocess.DEVNULL)
        with open(path, newline="") as f:
            rows = list(csv.reader(f))
    return rows[0], rows[1:]


def csv_bytes(rows, line_end="\n", quote_all=False, bom=False):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=line_end, quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    writer.writerows(rows)
    return (b"\xef\xbb\xbf" if bom else b"") + out.getvalue().encode()


def jodi_seeds(header, rows):
    write("jodi", "openbb_sample.csv", fixture("jodi_openbb_sample.csv"))
    write("jodi", "generated_first_300.csv", csv_bytes([header] + rows[:300]))
    crude = [r for r in rows if r[2:5] == ["CRUDEOIL", "INDPROD", "KBD"]]
    # Three months of every country's crude production: what the share task keeps.
    write("jodi", "generated_crude_kbd.csv", csv_bytes([header] + [r for r in crude if r[1] <= "2025-03"]))
    missing = [r for r in rows if r[5] in ("", "x")][:120]
    write("jodi", "generated_missing.csv", csv_bytes([header] + missing))
    # The same records quoted, with CRLF and a byte-order mark; columns reordered without ASSESSMENT_CODE.
    write("jodi", "generated_quoted_crlf_bom.csv", csv_bytes([header] + rows[300:360], "\r\n", True, True))
    order = [5, 3, 0, 4, 1, 2]
    write("jodi", "generated_reordered.csv", csv_bytes([[r[i] for i in order] for r in [header] + crude[:80]]))


def long_csv_seeds():
    # The real file's bytes, split in two at a line end (no field of it spans lines).
    with open(os.path.join(ROOT, "Data", "production.csv"), "rb") as f:
        lines = f.read().splitlines(keepends=True)
    header, body = lines[0], lines[1:]
    half = len(body) // 2
    write("long-csv", "production_first_half.csv", header + b"".join(body[:half]))
    write("long-csv", "production_second_half.csv", header + b"".join(body[half:]))
    write("long-csv", "units_and_missing.csv", (
        "month,producer,source,value,unit\n"
        "2024-01,SA,fuzz,9000,kb/d\n"
        "2024-02,Saudi Arabia,fuzz,9.1,mb/d\n"
        "2024-03,KSA,fuzz,279000,kbbl\n"
        "2024-04,SAU,fuzz,41000,kt\n"
        "2024-05,SA,fuzz,x,kb/d\n"
        "2024-06,SA,fuzz,-,b/d\n"
        "2024-07,SA,fuzz,..,kb/d\n"
        "2024-08,SA,fuzz,,kb/d\n"
        "2024-09,SA,fuzz,\"9,050\",kb/d\n").encode())
    write("long-csv", "products_and_notes.csv", (
        "producer,month,value,unit,source,product,note\r\n"
        "US,2024-01,13300,kb/d,fuzz,crude+condensate,\"a note, with a comma\"\r\n"
        "US,2024-01,6900,kb/d,fuzz,NGL,\"\"\"quoted\"\" note\"\r\n"
        "US,2024-01,21900,kb/d,fuzz,TOTLIQ,\"two\nlines\"\r\n"
        "NO,2024-01,1800,kb/d,fuzz,crude,\r\n").encode())


def eia_seeds(crude):
    write("eia-api", "angola_1973.json", fixture("eia_api_angola_1973.json"))
    write("eia-api", "synthetic.json", fixture("eia_api_synthetic.json"))
    write("eia-bulk", "synthetic.txt", fixture("eia_bulk_synthetic.txt"))
    # Bulk lines in the documented format, values from the generated JODI file (alpha-2 used as a region id).
    series = {}
    for r in crude:
        series.setdefault(r[0], []).append([r[1].replace("-", ""), r[5]])
    lines = []
    for index, (area, pairs) in enumerate(sorted(series.items())[:40]):
        data = ",".join(f'["{p}",{v}]' if index % 2 and v not in ("", "x") else f'["{p}","{v}"]' for p, v in pairs)
        lines.append(f'{{"series_id":"INTL.57-1-{area}X-TBPD.M","name":"generated","f":"M","data":[{data}]}}')
    write("eia-bulk", "generated.txt", ("\n".join(lines) + "\n").encode())


def ei_seeds(crude):
    write("ei", "narrow_comma.csv", fixture("ei_narrow_comma.csv"))
    write("ei", "narrow_semicolon.csv", fixture("ei_narrow_semicolon.csv"))
    header = "Country,Year,ISO3166_alpha3,ISO3166_numeric,Region,SubRegion,OPEC,EU,OECD,CIS,Var,Value"
    lines = [header]
    for index, r in enumerate(crude[:150]):
        value = r[5] if index % 7 else ("^" if index % 2 else "n/a")
        lines.append(f"{r[0]},{2000 + index % 25},{r[0]}X,{index},Region,Sub,0,0,1,0,oilprod_kbd,{value}")
    write("ei", "generated.csv", ("\n".join(lines) + "\n").encode())


def main():
    if os.path.isdir(CORPUS):
        shutil.rmtree(CORPUS)
    header, rows = generated_jodi()
    crude = [r for r in rows if r[2:5] == ["CRUDEOIL", "INDPROD", "KBD"]]
    jodi_seeds(header, rows)
    long_csv_seeds()
    eia_seeds(crude)
    ei_seeds(crude)
    total = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(CORPUS) for f in fs)
    print(f"wrote {CORPUS}: {total} bytes")


if __name__ == "__main__":
    main()
