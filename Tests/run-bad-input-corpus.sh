#!/usr/bin/env bash
# Runs every case of the bad-input corpus (Tests/TestSupport/Fixtures/bad-input/*/) through
# the built binary and checks: exit code 1, standard error exactly as in the case's
# expected-stderr.txt, and no output folder afterwards.
#   Tests/run-bad-input-corpus.sh [path/to/resilience]     default .build/debug/resilience
set -euo pipefail
cd "$(dirname "$0")/.."
binary="$(cd "$(dirname "${1:-.build/debug/resilience}")" && pwd)/$(basename "${1:-.build/debug/resilience}")"
[ -x "$binary" ] || { echo "no binary at $binary; run swift build first"; exit 2; }
passed=0 failed=0
for case in Tests/TestSupport/Fixtures/bad-input/*/; do
    name=$(basename "$case")
    work=$(mktemp -d)
    cp -r "$case". "$work/"
    mapfile -t arguments < "$work/args"
    set +e
    (cd "$work" && "$binary" "${arguments[@]}" > stdout.txt 2> stderr.txt)
    status=$?
    set -e
    problems=""
    [ "$status" -eq 1 ] || problems+=" exit code $status (expected 1);"
    cmp -s "$work/stderr.txt" "$work/expected-stderr.txt" || problems+=" message differs: $(head -c 300 "$work/stderr.txt");"
    [ ! -e "$work/out" ] || problems+=" an output folder exists;"
    [ -z "$(find "$work" -maxdepth 1 -name '.out.tmp-*' -print -quit)" ] || problems+=" a temporary folder is left;"
    if [ -z "$problems" ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL $name:$problems"; fi
    rm -rf "$work"
done
echo "bad-input corpus: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
