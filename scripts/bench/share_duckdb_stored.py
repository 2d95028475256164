#!/usr/bin/env python3
"""Share task, DuckDB over its own database file: the same SQL as share_duckdb.py, reading the table `jodi` that
load_duckdb.py made (CREATE TABLE jodi AS FROM read_csv(FILE); OBS_VALUE is VARCHAR there because of "x").
The peer of `oilstat share --all-months` over the stored database.  usage: share_duckdb_stored.py DB.duckdb OUTPUT.csv"""
import sys

import duckdb

from share_duckdb import share_sql

db, dst = sys.argv[1], sys.argv[2]
duckdb.connect(db, read_only=True).execute(share_sql("jodi", dst))
