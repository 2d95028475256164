#!/usr/bin/env python3
"""Vintage benchmark (issue 10, item 2): the durable import with vintages kept, a revised re-import, and the
--as-of and revisions queries on the database it leaves, whole process, median of rounds, side by side.

Jobs (each round runs every job once, order rotated; /usr/bin/time -v for wall time and peak RSS):
  import main        the baseline binary (--main, e.g. main's release build) importing large.csv into a new database
  import vintage     this branch's oilstat importing large.csv with --vintage 2025-11-17 into a new database
  import duckdb      DuckDB 1.5.5 -> SQLite (load_duckdb_to_sqlite.py, bench-data/venv-duck15)
  reimport revised   this branch: a copy of the vintage database, then the revised copy (gen_revised.py: 1 % of
                     the values changed) with --vintage 2025-12-15; the copy is made outside the timing
  as-of              oilstat share --month 2024-01 --source JODI --as-of 2025-12-01 on the re-imported database
  revisions          oilstat revisions --producer SA --month 2024-01 --source JODI on the same database
It also reports the database growth of the re-import and the figure_revision rows it added.

Reads bench-data/large.csv (symlink to the shared, read-only data); writes only under bench-data-vintage/.
usage: scripts/bench/vintages.py --oilstat PATH --main PATH [--rounds 3]"""
import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
DATA = os.path.join(REPO, "bench-data")
OUT = os.path.join(REPO, "bench-data-vintage")


def timed(cmd, env=None):
    timefile = os.path.join(OUT, "time.txt")
    p = subprocess.run(["/usr/bin/time", "-v", "-o", timefile] + cmd, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, text=True, env=dict(os.environ, **(env or {})))
    if p.returncode != 0:
        raise SystemExit("FAILED %s:\n%s" % (" ".join(cmd), p.stderr[-3000:]))
    wall = rss = None
    for line in open(timefile):
        if "Elapsed (wall clock)" in line:
            total = 0.0
            for part in line.rsplit(" ", 1)[1].strip().split(":"):
                total = total * 60 + float(part)
            wall = total
        if "Maximum resident set size" in line:
            rss = int(line.rsplit(" ", 1)[1]) / 1000
    return wall, rss, p.stdout


def remove(path):
    for p in (path, path + "-wal", path + "-shm", path + "-journal"):
        if os.path.exists(p):
            os.remove(p)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--oilstat", required=True)
    parser.add_argument("--main", required=True, help="the baseline oilstat (main's release build)")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    os.makedirs(OUT, exist_ok=True)
    large = os.path.join(DATA, "large.csv")
    revised = os.path.join(OUT, "revised.csv")
    if not os.path.exists(revised):
        subprocess.run([sys.executable, os.path.join(HERE, "gen_revised.py"), large, revised], check=True)
    py15 = os.path.join(DATA, "venv-duck15", "bin", "python")
    db = {name: os.path.join(OUT, name + ".sqlite") for name in ("main", "vintage", "duckdb", "revised")}
    base = os.path.join(OUT, "base.sqlite")
    jobs = {
        "import main": lambda: (remove(db["main"]), timed([args.main, "import", large, "--database", db["main"]])),
        "import vintage": lambda: (remove(db["vintage"]), timed(
            [args.oilstat, "import", large, "--vintage", "2025-11-17", "--database", db["vintage"]])),
        "import duckdb": lambda: (remove(db["duckdb"]), timed(
            [py15, os.path.join(HERE, "load_duckdb_to_sqlite.py"), large, db["duckdb"]])),
    }
    results = {name: [] for name in list(jobs) + ["reimport revised", "as-of", "revisions"]}
    names = list(jobs)
    for round in range(args.rounds):
        for name in names[round % len(names):] + names[:round % len(names)]:
            _, (wall, rss, _) = jobs[name]()
            results[name].append((wall, rss))
            print("round %d %-16s %.2f s %.0f MB" % (round + 1, name, wall, rss), file=sys.stderr, flush=True)
        # The re-import starts from a copy of the database the vintage import made (copied outside the timing).
        remove(base)
        shutil.copy(db["vintage"], base)
        remove(db["revised"])
        shutil.copy(base, db["revised"])
        before = os.path.getsize(db["revised"])
        wall, rss, out = timed(
            [args.oilstat, "import", revised, "--vintage", "2025-12-15", "--database", db["revised"]])
        results["reimport revised"].append((wall, rss))
        after = os.path.getsize(db["revised"])
        summary = out.strip().splitlines()[-1]
        print("round %d reimport revised %.2f s %.0f MB; %s; database %d -> %d bytes (+%.2f %%)" % (
            round + 1, wall, rss, summary, before, after, (after - before) * 100 / before), file=sys.stderr)
        for name, cmd in (("as-of", ["share", "--month", "2024-01", "--source", "JODI", "--as-of", "2025-12-01"]),
                          ("revisions", ["revisions", "--producer", "SA", "--month", "2024-01", "--source", "JODI"])):
            for _ in range(3):
                wall, rss, _ = timed([args.oilstat] + cmd + ["--database", db["revised"], "--format", "csv"])
                results[name].append((wall, rss))
    con = sqlite3.connect(db["revised"])
    revisions = con.execute("SELECT COUNT(*) FROM figure_revision").fetchone()[0]
    figures = con.execute("SELECT COUNT(*) FROM production_figure").fetchone()[0]
    con.close()
    print("\n%-18s %10s %10s %10s" % ("job", "median s", "min s", "peak MB"))
    med = {}
    for name, runs in results.items():
        walls = [w for w, _ in runs]
        med[name] = statistics.median(walls)
        print("%-18s %10.3f %10.3f %10.0f" % (name, med[name], min(walls), max(r for _, r in runs)))
    print("\nfigures %d, figure_revision rows %d after the re-import" % (figures, revisions))
    print("vintage import / main import = %.3f (target <= 1.10)" % (med["import vintage"] / med["import main"]))
    print("DuckDB->SQLite / vintage import = %.2f (target >= 1.5)" % (med["import duckdb"] / med["import vintage"]))
    print("re-import / first import = %.2f (target <= 1.0)" % (med["reimport revised"] / med["import vintage"]))
    print("as-of %.0f ms, revisions %.0f ms (target < 50 ms)" % (med["as-of"] * 1000, med["revisions"] * 1000))


if __name__ == "__main__":
    main()
