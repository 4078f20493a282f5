#!/usr/bin/env bash
# The whole check in one command: browser, install, typecheck, lint, unit tests, test build and
# browser tests. Every step runs even when an earlier one failed (unless it needs it), so the
# summary counts all tests; its last line is "N passed, N failed" and the exit code is non-zero
# when anything failed.
set -euo pipefail
cd "$(dirname "$0")/.."

export CI=true
results=test-results
steps_log="$results/ci-steps.tsv"
summary_printed=0

# If this script stops before the summary (a bug in it, say), still end with a count line.
on_exit() {
  local code=$?
  if [[ $summary_printed == 0 ]]; then
    echo "No test summary was printed (scripts/ci.sh exit code $code); counting the run as failed."
    echo "0 passed, 1 failed"
    exit 1
  fi
}
trap on_exit EXIT

rm -rf "$results"
mkdir -p "$results"
: >"$steps_log"

# run_step NAME COMMAND...: runs the command, logs its exit code and duration, never aborts.
run_step() {
  local name=$1 start=$SECONDS code=0
  shift
  echo
  echo "==> $name: $*"
  "$@" || code=$?
  printf '%s\t%s\t%s\n' "$name" "$code" "$((SECONDS - start))" >>"$steps_log"
  return 0
}

skip_step() {
  echo
  echo "==> $1: not run ($2)"
  printf '%s\tskipped\t0\n' "$1" >>"$steps_log"
}

step_ok() { grep -q "^$1	0	" "$steps_log"; }

ensure_chromium() {
  local browser=${CHROMIUM_PATH:-/usr/bin/chromium}
  if [[ -x $browser ]]; then
    echo "Using $browser"
    return 0
  fi
  echo "$browser is missing; installing Debian's chromium."
  local sudo=()
  if [[ $(id -u) != 0 ]]; then sudo=(sudo); fi
  # Called from run_step, where `set -e` does not apply: each failure must return by itself.
  "${sudo[@]}" apt-get update || return
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends chromium || return
  [[ -x $browser ]]
}

# npm ci wipes node_modules; skip it when node_modules was installed from this very lock file.
install_dependencies() {
  local marker=node_modules/.faultline-lock.sha256 lock_sum
  lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [[ -f $marker && $(cat "$marker") == "$lock_sum" ]]; then
    echo "node_modules already matches package-lock.json; not reinstalling."
    return 0
  fi
  npm ci --no-audit --no-fund || return
  echo "$lock_sum" >"$marker"
}

run_step chromium ensure_chromium
run_step install install_dependencies

if step_ok install; then
  run_step typecheck npm run typecheck
  run_step lint npm run lint
  run_step unit npx vitest run --reporter=default --reporter=json --outputFile.json="$results/unit.json"
  run_step build npm run build:test
  if step_ok build && step_ok chromium; then
    FAULTLINE_E2E_PREBUILT=1 run_step e2e npx playwright test
  else
    skip_step e2e 'the test build or the browser is missing'
  fi
else
  for step in typecheck lint unit build e2e; do skip_step "$step" 'dependencies are not installed'; done
fi

echo
summary_code=0
if [[ -x node_modules/.bin/tsx ]]; then
  node_modules/.bin/tsx scripts/summarize-tests.ts "$results" | tee "$results/summary.txt" || summary_code=$?
fi
# Trust the summary only if it got as far as its count line; otherwise on_exit prints one.
if tail -n 1 "$results/summary.txt" 2>/dev/null | grep -Eq '^[0-9]+ passed, [0-9]+ failed(, [0-9]+ skipped)?$'; then
  summary_printed=1
fi
exit "$summary_code"
