#!/usr/bin/env bash
# npm run mutate:parts: the same mutation run as npm run mutate, in parts that each finish and keep
# their report (reports/mutation/mutation-<part>.json), so a session that ends mid-way keeps the
# parts done. Then npm run mutate:report merges them. A part name as argument runs that part only.
set -euo pipefail
cd "$(dirname "$0")/.."

run_part() {
  local name="$1" related="$2" globs="$3"
  echo "== part ${name}: ${globs} (related tests only: ${related})"
  MUTATE_PART="$name" MUTATE_RELATED="$related" npx stryker run --mutate "$globs"
}

parts=(
  "engine|1|src/engine/*.ts"
  "catalog|1|src/engine/catalog/**/*.ts"
  "template|1|src/template/**/*.ts"
  "portable|1|src/engine/portable/**/*.ts"
  "hosts|0|src/functions/**/*.ts,src/taskpane/excelHost.ts,src/taskpane/excelTemplate.ts,src/taskpane/excelErrors.ts"
)
for entry in "${parts[@]}"; do
  IFS="|" read -r name related globs <<<"$entry"
  if [[ $# -eq 0 || " $* " == *" $name "* ]]; then run_part "$name" "$related" "$globs"; fi
done
