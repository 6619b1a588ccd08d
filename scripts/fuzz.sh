#!/usr/bin/env bash
# Fuzzes the CSV and configuration readers with libFuzzer (and AddressSanitizer).
#   scripts/fuzz.sh [SECONDS]       default 600 (the 10-minute run); CI runs 20
# Seeds: the test fixtures. Crashes are written to .fuzz/crash-* and the run fails.
# See Sources/ResilienceFuzz/FuzzTarget.swift for what is checked.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
swift build -c release --scratch-path .build-fuzz --product resilience-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING 2>&1 | grep -vE "Cannot export local symbol|^\s*$" | tail -n 3
binary=".build-fuzz/release/resilience-fuzz"
mkdir -p .fuzz/corpus .fuzz/seeds
# Seed corpus: fixture CSVs and configurations, each prefixed with each target's selector byte.
i=0
for file in Tests/TestSupport/Fixtures/small/panel.csv Tests/TestSupport/Fixtures/edge/*/panel.csv \
            Tests/TestSupport/Fixtures/small/config.yaml Tests/TestSupport/Fixtures/edge/*/config.yaml \
            Tests/TestSupport/Fixtures/households/decompose.json; do
    for selector in 0 1 2 3 4; do
        { printf "\\x0$selector"; cat "$file"; } > ".fuzz/seeds/seed-$i-$selector"
    done
    i=$((i + 1))
done
"$binary" .fuzz/corpus .fuzz/seeds -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -artifact_prefix=.fuzz/ -print_final_stats=1 2>&1 | grep -E "^#[0-9]+ +DONE|stat::number_of_executed_units|ERROR|SUMMARY|crash-|timeout-|Done" || true
if [ -n "$(find .fuzz -maxdepth 1 \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) -print -quit)" ]; then
    echo "fuzz: FAILED; inputs in .fuzz/"
    exit 1
fi
echo "fuzz: ${seconds} s, no crash, hang or sanitizer report"
