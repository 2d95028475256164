#!/usr/bin/env python3
"""Writes a revised copy of a JODI CSV: every 100th row with a number (1 % of the values) is revised by +1 %,
the other rows are copied byte for byte. It models the next monthly release of the JODI World Database, which
re-issues the whole history with some values revised (for the vintage benchmark, scripts/bench/vintages.py).
usage: gen_revised.py INPUT.csv OUTPUT.csv"""
import sys

src, out = sys.argv[1], sys.argv[2]
changed = 0
numbers = 0
with open(src, "rb") as f, open(out, "wb") as g:
    g.write(f.readline())
    for line in f:
        fields = line.rstrip(b"\n").split(b",")
        try:
            value = float(fields[5])
        except ValueError:
            g.write(line)
            continue
        numbers += 1
        if numbers % 100 == 0:
            fields[5] = b"%.4f" % (value * 1.01 + 0.5)
            g.write(b",".join(fields) + b"\n")
            changed += 1
        else:
            g.write(line)
print("%d of %d values revised" % (changed, numbers), file=sys.stderr)
