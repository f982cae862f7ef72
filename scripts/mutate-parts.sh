#!/usr/bin/env bash
# npm run mutate:parts: the same mutation run as npm run mutate, in parts that each finish and keep
# their report (mutation/incremental-<part>.json, committed), so a session that ends mid-way keeps
# the parts done and a rerun retests only what changed. Then npm run mutate:report merges them.
# A part name as argument runs that part only.
set -euo pipefail
cd "$(dirname "$0")/.."

run_part() {
  local name="$1" globs="$2"
  echo "== part ${name}: ${globs}"
  MUTATE_PART="$name" npx stryker run --mutate "$globs"
}

parts=(
  "engine|src/engine/*.ts"
  "catalog|src/engine/catalog/**/*.ts"
  "template|src/template/**/*.ts"
  "portable|src/engine/portable/**/*.ts"
  "hosts|src/functions/**/*.ts,src/taskpane/excelHost.ts,src/taskpane/excelTemplate.ts,src/taskpane/excelErrors.ts"
)
for entry in "${parts[@]}"; do
  IFS="|" read -r name globs <<<"$entry"
  if [[ $# -eq 0 || " $* " == *" $name "* ]]; then run_part "$name" "$globs" || echo "== part ${name} failed"; fi
done
