#!/usr/bin/env bash
# Runs every check: types, lint, formatting, unit and component tests, the production build and
# the Playwright suite in Chromium. Ends with one line totalling them all: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
out=$(mktemp -d)
passed=0
failed=0

count() { # label, passed, failed
  passed=$((passed + $2))
  failed=$((failed + $3))
  echo "== $1: $2 passed, $3 failed"
}
check() { # label, command...: a check that counts as one
  local label=$1
  shift
  echo "== $label"
  if "$@"; then count "$label" 1 0; else count "$label" 0 1; fi
}
from_json() { # label, file, node expression giving "passed failed"
  if [ -s "$2" ]; then
    read -r p f < <(node -e "const r=require('$2'); console.log($3)")
    count "$1" "$p" "$f"
  else
    count "$1 (no report: the runner did not finish)" 0 1
  fi
}

check "typecheck" npm run --silent typecheck
check "lint" npx eslint . --max-warnings=0
check "formatting" npx prettier --check . --log-level warn

echo "== unit and component tests"
npx vitest run --reporter=default --reporter=json --outputFile.json="$out/vitest.json"
from_json "unit and component tests" "$out/vitest.json" '`${r.numPassedTests} ${r.numFailedTests + (r.numFailedTestSuites || 0)}`'

# The static export also writes .next, so it goes first and the server build after it.
check "static export" npm run --silent build:static
check "production build" npm run --silent build
if [ -f .next/BUILD_ID ] && [ -f out/index.html ] && bash scripts/ensure-chromium.sh; then
  echo "== browser tests (Playwright, Chromium)"
  PLAYWRIGHT_JSON_OUTPUT_FILE="$out/playwright.json" npx playwright test
  from_json "browser tests" "$out/playwright.json" '`${r.stats.expected + r.stats.flaky} ${r.stats.unexpected + (r.errors?.length || 0)}`'
else
  count "browser tests (not run: no build or no browser)" 0 1
fi

rm -rf "$out"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
