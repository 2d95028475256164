#!/usr/bin/env python3
"""OilStat benchmark, issue 12: `oilstat update jodi` from a local HTTP server, against its parts.

Zips the large (or small) generated JODI file once into bench-data-update/ (git-ignored; bench-data/ is only read),
serves that folder on 127.0.0.1 with Python's http.server (Last-Modified, 304 to If-Modified-Since), and times,
each as its own process under /usr/bin/time -v, round-robin with the order rotated each round:

  download     curl -o FILE URL                         (the transfer alone)
  import       oilstat import FILE.zip --database NEW   (the plain import of the same zip)
  update       oilstat update jodi --base-url URL       (fresh cache and database: download, verify, import)
  update-304   oilstat update jodi --base-url URL       (cache and database current: one conditional request)

Targets: update <= (download + import) x 1.10; update-304 < 0.100 s, process start to exit.

usage: scripts/bench/update.py [--rounds 5] [--size large] [--oilstat PATH] [--skip-build]
"""
import argparse
import functools
import http.server
import os
import shutil
import statistics
import subprocess
import sys
import threading
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import run as bench  # noqa: E402  (generate, build, run: the same harness as the other jobs)

WORK = os.path.join(bench.REPO, "bench-data-update")


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--size", default="large")
    parser.add_argument("--oilstat")
    parser.add_argument("--skip-build", action="store_true")
    args = parser.parse_args()
    os.makedirs(WORK, exist_ok=True)
    csv = bench.generate(args.size)
    served = os.path.join(WORK, "served")
    os.makedirs(served, exist_ok=True)
    archive = os.path.join(served, "world_Primary_CSV_%s.zip" % args.size)
    if not os.path.exists(archive):
        bench.log("zipping %s ..." % csv)
        with zipfile.ZipFile(archive + ".tmp", "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
            z.write(csv, "world_Primary_CSV.csv")
        os.rename(archive + ".tmp", archive)
    if args.oilstat:
        oilstat = os.path.abspath(args.oilstat)
    elif args.skip_build:
        oilstat = os.path.join(bench.REPO, ".build-bench", "release", "oilstat")
    else:
        oilstat = bench.build()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=served))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = "http://127.0.0.1:%d/%s" % (server.server_port, os.path.basename(archive))
    scratch = os.path.join(WORK, "run")
    os.makedirs(scratch, exist_ok=True)
    fresh_cache = os.path.join(scratch, "cache-fresh")
    warm_cache = os.path.join(scratch, "cache-warm")
    warm_db = os.path.join(scratch, "warm.sqlite")
    fresh_db = os.path.join(scratch, "update.sqlite")
    import_db = os.path.join(scratch, "import.sqlite")
    base_env = {"OILSTAT_DATA": os.path.join(bench.REPO, "Data"), "NO_PROXY": "*"}
    # The 304 job's state: one update done.
    for p in (warm_db, warm_db + "-wal", warm_db + "-shm"):
        if os.path.exists(p):
            os.remove(p)
    shutil.rmtree(warm_cache, ignore_errors=True)
    subprocess.run([oilstat, "update", "jodi", "--base-url", url, "--database", warm_db], check=True,
                   stdout=subprocess.DEVNULL, env=dict(os.environ, XDG_CACHE_HOME=warm_cache, **base_env))
    jobs = [
        dict(job="download", tool="curl", size=args.size, remove=[os.path.join(scratch, "dl.zip")],
             cmd=["curl", "-s", "-o", os.path.join(scratch, "dl.zip"), url]),
        dict(job="import", tool="oilstat", size=args.size, remove=[import_db], env=base_env,
             cmd=[oilstat, "import", archive, "--database", import_db]),
        dict(job="update", tool="oilstat", size=args.size, remove=[fresh_db], clear=fresh_cache,
             env=dict(base_env, XDG_CACHE_HOME=fresh_cache),
             cmd=[oilstat, "update", "jodi", "--base-url", url, "--database", fresh_db]),
        dict(job="update-304", tool="oilstat", size=args.size, env=dict(base_env, XDG_CACHE_HOME=warm_cache),
             cmd=[oilstat, "update", "jodi", "--base-url", url, "--database", warm_db]),
    ]
    records = []
    for round_index in range(args.rounds):
        subprocess.run(["cat", archive], stdout=subprocess.DEVNULL, check=True)
        shift = round_index % len(jobs)
        for job in jobs[shift:] + jobs[:shift]:
            if job.get("clear"):
                shutil.rmtree(job["clear"], ignore_errors=True)
            rec = bench.run(job, scratch)
            records.append(rec)
        bench.log("round %d of %d done (load %.2f)" % (round_index + 1, args.rounds, os.getloadavg()[0]))
    server.shutdown()
    med = {}
    lines = ["| job | size | wall median s | min..max s | peak MB |", "|---|---|---|---|---|"]
    for job in jobs:
        walls = [r["wall_s"] for r in records if r["job"] == job["job"]]
        peaks = [r["peak_mb"] for r in records if r["job"] == job["job"]]
        med[job["job"]] = statistics.median(walls)
        lines.append("| %s | %s | %.3f | %.3f..%.3f | %.0f |" % (
            job["job"], args.size, med[job["job"]], min(walls), max(walls), statistics.median(peaks)))
    budget = (med["download"] + med["import"]) * 1.10
    verdicts = [
        "update %.3f s vs (download %.3f + import %.3f) x 1.10 = %.3f s: %s" % (
            med["update"], med["download"], med["import"], budget, "met" if med["update"] <= budget else "NOT met"),
        "unchanged update (304) %.3f s (target < 0.100): %s" % (
            med["update-304"], "met" if med["update-304"] < 0.1 else "NOT met"),
    ]
    print("\n".join(lines) + "\n\n" + "\n".join("- " + v for v in verdicts))


if __name__ == "__main__":
    main()
