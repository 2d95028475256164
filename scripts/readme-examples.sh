#!/usr/bin/env bash
# Prints the README's "What it answers" section: each example command with its real output on the bundled data.
# Usage: scripts/readme-examples.sh > /tmp/examples.md   (then paste it over the section in README.md)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product oilstat >/dev/null
bin="$(swift build --show-bin-path)/oilstat"
export OILSTAT_DATABASE="$(mktemp -d)/readme.sqlite"
run() {
    local shown=""
    for arg in "$@"; do [[ "$arg" == *" "* ]] && shown+=" \"$arg\"" || shown+=" $arg"; done
    echo "\$ oilstat${shown}"
    "$bin" "$@" --format table
}

cat <<'TXT'
## What it answers, with the bundled data

Every example below is real output of the command shown, on the bundled data (`swift run oilstat ...`
or `.build/debug/oilstat ...` after `swift build`; regenerate with `scripts/readme-examples.sh`). On a terminal
reports print as aligned tables; piped, they print CSV. `--format table|csv|tsv|json|markdown` and
`--output PATH` work on every report.

### Market shares in a month: `oilstat share`

The seed question: in October 2018 Saudi Arabia, Russia and the United States each pumped about 11 mb/d.
What share of the three did each hold?

```
TXT
run share --month 2018-10 --source "news report"
cat <<'TXT'
```

Within a group, with membership as of the month (`--group opec|opec+|non-opec|big3`, or `--producers SA,RU,US`), and the top N:

```
TXT
run share --month 2019-12 --group opec --top 3 --source "Reuters survey"
cat <<'TXT'
```

Every share states its base (`--of`): `listed`, the producers with figures (above: no world figure, so that is
the default and the notes say so); `source-total`, the source's own published total for the group (its `OPEC`
row); `world`, the source's `WORL` figure, or another source's with `--world-source S`. Without `--of` the base is
`world` when that figure exists for the month, else `listed`. `--producers OPEC,non-OPEC --of world` gives OPEC's
share of world supply (non-OPEC = world − OPEC, derived and said so); a published total below the sum of its parts
is reported in the notes. Figures stored in kt or kbbl are converted (JODI's CONVBBL factor when given, else
7.33 bbl/t, named in the notes), and `--unit kt|kbbl|mbd` shows them in that unit.

```
TXT
run share --month 2018-10 --group opec --of source-total --source "OPEC MOMR secondary sources" --top 3
cat <<'TXT'
```

### What changed: `oilstat compare` and `oilstat changes`

```
TXT
run compare 2019-12 2020-01 --source "Reuters survey"
cat <<'TXT'
```

A producer missing in one month shows `..` and no change; it is never compared with zero:

```
TXT
run changes --producer KSA --from 2019-05 --to 2020-01 --source "Reuters survey"
cat <<'TXT'
```

### Agreement conformity: `oilstat conformity`

Conformity % = actual cut / required cut x 100, per participant and for each side; exempt participants are
listed, not counted. It reproduces the published Reuters figures: Saudi Arabia 112 % and OPEC-11 112 % in
November 2017, Saudi Arabia 259 % and OPEC-11 158 % in December 2019.

```
TXT
run conformity --agreement opec-2016-12 --month 2017-11
cat <<'TXT'
```

### MOMR-style tables, averages, concentration, rankings

```
TXT
run table --group opec --month 2019-12 --source "Reuters survey"
echo
run concentration --month 2019-12 --group opec --source "Reuters survey"
echo
run rank --month 2020-01 --compare-to 2019-12 --group opec --source "Reuters survey"
echo
run averages --producer SA --by quarter --from 2019-07 --to 2019-12 --source "Reuters survey"
cat <<'TXT'
```

`--unit kbd|mbd|bd|kbbl|kt` converts (kbbl by the days of the month, leap years included; tonnes with
JODI's CONVBBL factor when the data carries one, else 7.33 bbl/t).

### What is loaded: `producers`, `groups`, `agreements`, `sources`, `imports`

```
TXT
run agreements
echo
run sources
cat <<'TXT'
```

TXT
