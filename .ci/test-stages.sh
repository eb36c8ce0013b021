#!/usr/bin/env bash
# `make test`: run every check, keep going after a failure (so one run shows everything
# that is wrong), then print a summary and exit non-zero if any stage failed.
# Each stage is a make target, so it can also be run alone (e.g. `make clippy-wasm`).
#
# Stages in one step run side by side: on 2 cores the release build's last link (LTO, one
# codegen unit) uses one core and the end-to-end tests about one and a half, so the browser
# tests and the second build of `make size` fill what is left. Their output is kept apart
# and printed whole, in order, once the step ends.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

MAKE=${MAKE:-make}
# step | stage name | make target
STAGES=(
  "1|tools (install what is missing)|tools"
  "2|cargo fmt --check|fmt-check"
  "3|clippy (native)|clippy"
  "4|clippy (wasm32)|clippy-wasm"
  "5|tests (native)|test-native"
  "6|release build (dist/)|dist"
  "6|tests (browser, wasm-bindgen-test)|test-browser"
  "7|end-to-end (Playwright + Chromium)|e2e"
  "7|size budget (brotli <= 240 KB)|size"
)

names=() results=() times=() cpu=()
passed=0 failed=0
logs=$(mktemp -d)
run_start=$(date +%s%3N)
trap 'rm -rf "$logs"' EXIT

now_ms() { date +%s%3N; }
human() { # milliseconds -> "4.2 s" or "3 min 07 s"
  local ms=$1
  if ((ms < 60000)); then printf '%d.%d s' $((ms / 1000)) $((ms % 1000 / 100))
  else printf '%d min %02d s' $((ms / 60000)) $((ms % 60000 / 1000)); fi
}

# Why stage $1 cannot run, if it cannot: nothing can be trusted without the tools, and e2e
# and the size budget need a fresh dist/.
why_skip() {
  if [[ $1 != tools && ${tools_result:-} != passed ]]; then echo "skipped (tools failed)"
  elif [[ ($1 == e2e || $1 == size) && ${dist_result:-} != passed ]]; then echo "skipped (dist failed)"
  fi
}

# Runs stage $1's make target. Its processor time (user + system, with every compiler and
# browser process it waited for) goes to $logs/$1.cpu: on 2 cores, the sum of all stages over
# twice the wall time says how much faster running more side by side could ever make it.
run_stage() {
  local k=$1 status TIMEFORMAT='%3U %3S'
  { time { $MAKE "${targets[$k]}" 2>&3; status=$?; }; } 3>&2 2>"$logs/$k.cpu"
  return $status
}

cpu_ms() { # index -> milliseconds of processor time, 0 if not measured
  local user=0 system=0
  [[ -s $logs/$1.cpu ]] && read -r user system <"$logs/$1.cpu"
  echo $((10#${user/./} + 10#${system/./}))
}

record() { # index result start_ms [end_ms]
  cpu[$1]=$(cpu_ms "$1")
  results[$1]=$2 times[$1]=$(human $((${4:-$(now_ms)} - $3)))
  if [[ $2 == passed ]]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
  [[ ${targets[$1]} == tools ]] && tools_result=$2
  [[ ${targets[$1]} == dist ]] && dist_result=$2
  return 0
}

steps=() targets=()
for entry in "${STAGES[@]}"; do
  IFS='|' read -r step name target <<<"$entry"
  steps+=("$step") names+=("$name") targets+=("$target") results+=("") times+=("-")
done

i=0
while ((i < ${#STAGES[@]})); do
  step=${steps[$i]} group=()
  while ((i < ${#STAGES[@]})) && [[ ${steps[$i]} == "$step" ]]; do group+=("$i"); i=$((i + 1)); done

  if ((${#group[@]} == 1)); then
    k=${group[0]} skip=$(why_skip "${targets[$k]}")
    if [[ -n $skip ]]; then
      results[$k]=$skip failed=$((failed + 1)); printf '\n==> %s: %s\n' "${names[$k]}" "$skip"; continue
    fi
    printf '\n==> %s (make %s)\n' "${names[$k]}" "${targets[$k]}"
    start=$(now_ms)
    if run_stage "$k"; then record "$k" passed "$start"; else record "$k" FAILED "$start"; fi
    continue
  fi

  declare -A pids=() starts=()
  for k in "${group[@]}"; do
    skip=$(why_skip "${targets[$k]}")
    if [[ -n $skip ]]; then results[$k]=$skip; failed=$((failed + 1)); continue; fi
    printf '\n==> %s (make %s), side by side with the rest of step %s\n' "${names[$k]}" "${targets[$k]}" "$step"
    starts[$k]=$(now_ms)
    # Each notes its own end: the one waited for second may have finished first.
    ( run_stage "$k" >"$logs/$k.log" 2>&1; status=$?; now_ms >"$logs/$k.end"; exit $status ) &
    pids[$k]=$!
  done
  for k in "${group[@]}"; do
    [[ -n ${pids[$k]:-} ]] || { printf '\n==> %s: %s\n' "${names[$k]}" "${results[$k]}"; continue; }
    if wait "${pids[$k]}"; then result=passed; else result=FAILED; fi
    record "$k" "$result" "${starts[$k]}" "$(cat "$logs/$k.end")"
    printf '\n==> %s (make %s): %s in %s\n' "${names[$k]}" "${targets[$k]}" "${results[$k]}" "${times[$k]}"
    cat "$logs/$k.log"
  done
  unset pids starts
done

printf '\n==> Summary (stages in the same step ran side by side; cpu: processor time, all cores)\n'
cpu_total=0
for k in "${!names[@]}"; do
  used=${cpu[$k]:-0} cpu_total=$((cpu_total + ${cpu[$k]:-0}))
  printf '  %s. %-38s %-24s %-14s cpu %s\n' "${steps[$k]}" "${names[$k]}" "${results[$k]}" "${times[$k]}" "$(human "$used")"
done
wall=$(($(now_ms) - run_start))
cores=$(nproc 2>/dev/null || echo 1)
printf '%d passed, %d failed, in %s; processor time %s, %d%% of %d cores\n' "$passed" "$failed" \
  "$(human "$wall")" "$(human "$cpu_total")" $((cpu_total * 100 / (wall * cores > 0 ? wall * cores : 1))) "$cores"
((failed == 0))
