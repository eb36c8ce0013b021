#!/usr/bin/env bash
# `make test`: run every check in order, keep going after a failure (so one run shows
# everything that is wrong), then print a summary and exit non-zero if any stage failed.
# Each stage is a make target, so it can also be run alone (e.g. `make clippy-wasm`).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

MAKE=${MAKE:-make}
# stage name | make target(s)
STAGES=(
  "tools (install what is missing)|tools"
  "cargo fmt --check|fmt-check"
  "clippy (native)|clippy"
  "clippy (wasm32)|clippy-wasm"
  "tests (native)|test-native"
  "tests (browser, wasm-bindgen-test)|test-browser"
  "release build (dist/)|dist"
  "end-to-end (Playwright + Chromium)|e2e"
  "size budget (brotli <= 240 KB)|size"
)

names=() results=() times=()
passed=0 failed=0

now_ms() { date +%s%3N; }
human() { # milliseconds -> "4.2 s" or "3 min 07 s"
  local ms=$1
  if ((ms < 60000)); then printf '%d.%d s' $((ms / 1000)) $((ms % 1000 / 100))
  else printf '%d min %02d s' $((ms / 60000)) $((ms % 60000 / 1000)); fi
}

for entry in "${STAGES[@]}"; do
  name=${entry%%|*} target=${entry#*|}
  names+=("$name")
  # Nothing can be trusted without the tools; e2e and the size budget need a fresh dist/.
  skip=""
  if [[ $target != tools && ${results[0]:-} != passed ]]; then skip="skipped (tools failed)"
  elif [[ ($target == e2e || $target == size) && ${dist_result:-} != passed ]]; then skip="skipped (dist failed)"
  fi
  if [[ -n $skip ]]; then
    results+=("$skip") times+=("-"); failed=$((failed + 1))
    printf '\n==> %s: %s\n' "$name" "$skip"
    continue
  fi

  printf '\n==> %s (make %s)\n' "$name" "$target"
  start=$(now_ms)
  if $MAKE "$target"; then result=passed; passed=$((passed + 1))
  else result=FAILED; failed=$((failed + 1)); fi
  results+=("$result") times+=("$(human $(($(now_ms) - start)))")
  [[ $target == dist ]] && dist_result=$result
done

printf '\n==> Summary\n'
for i in "${!names[@]}"; do
  printf '  %-38s %-24s %s\n' "${names[$i]}" "${results[$i]}" "${times[$i]}"
done
printf '%d passed, %d failed\n' "$passed" "$failed"
((failed == 0))
