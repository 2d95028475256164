#!/usr/bin/env python3
"""Two OilStat builds side by side: the same jobs, one run, round-robin, median of rounds.

Used for "no regression" checks (issue 9: the redesign within 5 % of the build before it on every job):

    scripts/bench/versus.py --old /path/to/old/oilstat --new .build/release/oilstat [--rounds 5] [--sizes small,large]

Jobs (each a whole process under /usr/bin/time -v, page cache warmed before each round):
  share   share --all-months --jodi FILE --format csv --output OUT   (output checked against the peers' sha256)
  import  import FILE --database DB (fresh database each run)          (stored figures and their sum compared)
  query   share --month M --database DB (each build's own database)    (standard output compared byte for byte)
Prints a table of medians and the new/old ratio per job; exits 1 when an output differs.

With --instructions, each job runs once per build under valgrind's callgrind instead, and the table gives the
instructions executed (the same count for the same binary and input whatever else the machine does: the fair
comparison on a loaded machine; I/O waits such as fsync are not counted).
"""
import argparse
import os
import sqlite3
import statistics
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run as bench  # noqa: E402  (run.py: the peer benchmark; its job runner, generator and checks)


def stored(database):
    with sqlite3.connect(database) as connection:
        return connection.execute("SELECT count(*), round(sum(value), 3) FROM production_figure").fetchone()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--old", required=True)
    parser.add_argument("--new", required=True)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--sizes", default="small,large")
    parser.add_argument("--instructions", action="store_true", help="count instructions with callgrind")
    args = parser.parse_args()
    builds = {"old": os.path.abspath(args.old), "new": os.path.abspath(args.new)}
    scratch = os.path.join(bench.DATA, "versus")
    os.makedirs(scratch, exist_ok=True)
    jobs = []
    for size in args.sizes.split(","):
        src = bench.generate(size)
        month = "2024-01" if size == "large" else "2025-01"
        for name, binary in builds.items():
            out = os.path.join(scratch, "share_%s_%s.csv" % (size, name))
            jobs.append(dict(job="share", tool=name, size=size, out=out,
                             cmd=[binary, "share", "--all-months", "--jodi", src, "--format", "csv", "--output", out]))
            db = os.path.join(scratch, "import_%s_%s.sqlite" % (size, name))
            jobs.append(dict(job="import", tool=name, size=size, remove=[db], db=db,
                             cmd=[binary, "import", src, "--database", db]))
            query_db = os.path.join(scratch, "query_%s_%s.sqlite" % (size, name))
            for p in (query_db, query_db + "-wal", query_db + "-shm", query_db + "-journal"):
                if os.path.exists(p):
                    os.remove(p)
            subprocess.run([binary, "import", src, "--database", query_db], check=True, stdout=subprocess.DEVNULL)
            jobs.append(dict(job="query", tool=name, size=size,
                             cmd=[binary, "share", "--month", month, "--source", "JODI", "--database", query_db]))
    if args.instructions:
        return count_instructions(jobs, args.sizes.split(","))
    records = []
    for round_index in range(args.rounds):
        for size in args.sizes.split(","):
            subprocess.run(["cat", bench.generate(size)], stdout=subprocess.DEVNULL, check=True)
        shift = (round_index * 3) % len(jobs)
        for job in jobs[shift:] + jobs[:shift]:
            record = bench.run(job, scratch)
            records.append(record)
        bench.log("round %d of %d done (load %.2f)" % (round_index + 1, args.rounds, os.getloadavg()[0]))

    failures = []
    for size in args.sizes.split(","):
        old_db = os.path.join(scratch, "import_%s_old.sqlite" % size)
        new_db = os.path.join(scratch, "import_%s_new.sqlite" % size)
        if stored(old_db) != stored(new_db):
            failures.append("import %s: old stored %s, new stored %s" % (size, stored(old_db), stored(new_db)))
        outputs = {}
        for job in jobs:
            if job["job"] == "query" and job["size"] == size:
                outputs[job["tool"]] = subprocess.run(job["cmd"], capture_output=True, check=True).stdout
        if outputs["old"] != outputs["new"]:
            failures.append("query %s: the two builds print different tables" % size)

    print("| job | size | old median s | new median s | new / old | old min..max | new min..max |")
    print("|---|---|---|---|---|---|---|")
    for size in args.sizes.split(","):
        for job in ("share", "import", "query"):
            walls = {name: [r["wall_s"] for r in records if (r["job"], r["size"], r["tool"]) == (job, size, name)]
                     for name in builds}
            old, new = statistics.median(walls["old"]), statistics.median(walls["new"])
            print("| %s | %s | %.3f | %.3f | %.3f | %.2f..%.2f | %.2f..%.2f |" % (
                job, size, old, new, new / old, min(walls["old"]), max(walls["old"]),
                min(walls["new"]), max(walls["new"])))
    print("\nidentical output: %s" % ("yes" if not failures else "NO"))
    for failure in failures:
        print("  " + failure)
    print("load average during the run: %.2f" % os.getloadavg()[0])
    return 1 if failures else 0


def count_instructions(jobs, sizes):
    counts = {}
    for job in jobs:
        for path in job.get("remove", []):
            for p in (path, path + "-wal", path + "-shm", path + "-journal"):
                if os.path.exists(p):
                    os.remove(p)
        done = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"] + job["cmd"],
                              capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit("FAILED %s:\n%s" % (" ".join(job["cmd"]), done.stderr[-2000:]))
        collected = [line for line in done.stderr.splitlines() if "Collected :" in line]
        counts[(job["job"], job["size"], job["tool"])] = int(collected[-1].split(":")[-1].strip())
        bench.log("%s %s %s: %d instructions" % (job["job"], job["size"], job["tool"], counts[(job["job"], job["size"], job["tool"])]))
    print("| job | size | old instructions | new instructions | new / old |")
    print("|---|---|---|---|---|")
    for size in sizes:
        for job in ("share", "import", "query"):
            old, new = counts[(job, size, "old")], counts[(job, size, "new")]
            print("| %s | %s | %s | %s | %.4f |" % (job, size, format(old, ","), format(new, ","), new / old))
    return 0


if __name__ == "__main__":
    sys.exit(main())
