#!/usr/bin/env bash
# Run every benchmark script and print its figures (`make bench`). Nothing here asserts a time:
# the scripts print measurements and ratios against a baseline run side by side.
set -u
cd "$(dirname "$0")/.."
status=0
for script in benchmarks/bench_*.py; do
  echo "=== $script"
  .venv/bin/python "$script" || { echo "!!! $script failed"; status=1; }
done
exit $status
