#!/usr/bin/env python3
"""Share task, DuckDB over its own database file: the same SQL as share_duckdb.py, reading the table `jodi` that
load_duckdb.py made (CREATE TABLE jodi AS FROM read_csv(FILE); OBS_VALUE is VARCHAR there because of "x").
The peer of `oilstat share --all-months` over the stored database.  usage: share_duckdb_stored.py DB.duckdb OUTPUT.csv"""
import sys

import duckdb

db, dst = sys.argv[1], sys.argv[2]
q = lambda s: "'" + s.replace("'", "''") + "'"

SQL = f"""
COPY (
  WITH d AS (
    SELECT REF_AREA AS country, TIME_PERIOD AS month, TRY_CAST(OBS_VALUE AS DOUBLE) AS v,
           CAST(substr(TIME_PERIOD, 1, 4) AS INTEGER) * 12 + CAST(substr(TIME_PERIOD, 6, 2) AS INTEGER) AS mi
    FROM jodi
    WHERE ENERGY_PRODUCT = 'CRUDEOIL' AND FLOW_BREAKDOWN = 'INDPROD' AND UNIT_MEASURE = 'KBD'
  ), w AS (
    SELECT country, month, v, mi,
           sum(v) OVER (PARTITION BY month) AS total,
           lag(v)  OVER (PARTITION BY country ORDER BY mi) AS lag_v,
           lag(mi) OVER (PARTITION BY country ORDER BY mi) AS lag_mi
    FROM d WHERE v IS NOT NULL
  ), r AS (
    SELECT country, month, v,
           CASE WHEN total <> 0 THEN v / total * 100 END AS share,
           CASE WHEN lag_mi = mi - 1 THEN v - lag_v END AS chg,
           CASE WHEN lag_mi = mi - 1 AND lag_v <> 0 THEN (v - lag_v) / lag_v * 100 END AS chg_pct
    FROM w
  )
  SELECT country, month,
         printf('%.4f', v) AS kbd,
         CASE WHEN share   IS NOT NULL THEN printf('%.4f', share)   END AS share_pct,
         CASE WHEN chg     IS NOT NULL THEN printf('%.4f', chg)     END AS mom_change_kbd,
         CASE WHEN chg_pct IS NOT NULL THEN printf('%.4f', chg_pct) END AS mom_change_pct
  FROM r
  ORDER BY month, v DESC, country
) TO {q(dst)} (HEADER, DELIMITER ',')
"""
duckdb.connect(db, read_only=True).execute(SQL)
