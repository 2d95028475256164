#!/usr/bin/env bash
# Regenerates the shell completions (docs/completions/) and the man page (docs/oilstat.1) from the command
# definitions, so they always match `oilstat --help`. Run it after changing a command; CLIConventionTests fail
# when the committed completions differ from what the binary generates.
#
#   scripts/generate-docs.sh               # uses .build
#   SCRATCH=.build-docs scripts/generate-docs.sh
#
# Completions come from swift-argument-parser's `--generate-completion-script`; the man page from its
# `generate-manual` plugin (swift-argument-parser 1.8.2), dated with the last commit that touched the commands
# so the file changes only when they do.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d /opt/swift/usr/bin ] && export PATH="/opt/swift/usr/bin:$PATH"
scratch="${SCRATCH:-.build}"

swift build --scratch-path "$scratch" --product oilstat
bin="$(swift build --scratch-path "$scratch" --show-bin-path)/oilstat"

mkdir -p docs/completions
"$bin" --generate-completion-script bash >docs/completions/oilstat.bash
"$bin" --generate-completion-script zsh >docs/completions/_oilstat
"$bin" --generate-completion-script fish >docs/completions/oilstat.fish
echo "wrote docs/completions/oilstat.bash, docs/completions/_oilstat, docs/completions/oilstat.fish" >&2

date="$(git log -1 --format=%cs -- Sources/oilstat 2>/dev/null || true)"
[ -n "$date" ] || date="$(date +%Y-%m-%d)"
swift package --scratch-path "$scratch" plugin generate-manual --configuration debug --date "$date" \
    --authors "OilStat contributors" >&2
manual="$(find "$scratch/plugins" -path '*GenerateManual*' -name oilstat.1 -newer Package.swift | head -n 1)"
[ -n "$manual" ] || manual="$(find "$scratch/plugins" -path '*GenerateManual*' -name oilstat.1 | head -n 1)"
[ -n "$manual" ] || { echo "generate-manual wrote no oilstat.1" >&2; exit 1; }
cp "$manual" docs/oilstat.1
echo "wrote docs/oilstat.1 (from $manual)" >&2
