#!/usr/bin/env bash
# Time from `java -jar target/chronoscope.jar [LOG]` to its main window, titled "Chronoscope — ...",
# being mapped and viewable on an X display: the launch figure of the README.
#
# Usage: src/scripts/launch-time.sh [--runs N] [--cold | --warm | --cache DIR] [--jar JAR] [-- LOG]
#   --cold   every run gets a fresh, empty CHRONOSCOPE_CACHE (the log is ingested)
#   --warm   one untimed run fills a cache first; the timed runs reuse it (default)
#   --cache  the timed runs use DIR as it is (to compare two jars on one warm cache)
# Without DISPLAY set to a running server the script starts its own Xvfb, as `bench` is run under
# xvfb-run. Prints one line per run and the median; needs xwininfo (x11-utils).
set -euo pipefail
cd "$(dirname "$0")/../.."

runs=3
mode=warm
jar=target/chronoscope.jar
log=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --cold) mode=cold; shift ;;
    --warm) mode=warm; shift ;;
    --cache) mode=given; given_cache="$2"; shift 2 ;;
    --jar) jar="$2"; shift 2 ;;
    --) shift; log=("$@"); break ;;
    *) echo "unknown option: $1 (see the comment at the top of $0)" >&2; exit 2 ;;
  esac
done
[[ -f "$jar" ]] || { echo "no $jar: build it with mvn -q -DskipTests package" >&2; exit 1; }
command -v xwininfo >/dev/null || { echo "xwininfo is missing (apt-get install x11-utils)" >&2; exit 1; }

scratch=$(mktemp -d)
xvfb_pid=
app_pid=
cleanup() {
  [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null || true
  [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$scratch"
}
trap cleanup EXIT

if [[ -z "${DISPLAY:-}" ]] || ! xwininfo -root >/dev/null 2>&1; then
  # -displayfd: Xvfb picks a free display and writes its number once it accepts clients.
  Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$scratch/display" >/dev/null 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 300); do [[ -s "$scratch/display" ]] && break; sleep 0.1; done
  [[ -s "$scratch/display" ]] || { echo "could not start Xvfb" >&2; exit 1; }
  export DISPLAY=":$(head -1 "$scratch/display")"
fi

now_ms() { date +%s%3N; }

# Milliseconds until a viewable top-level window titled "Chronoscope — ..." exists, or -1.
launch_once() {
  local cache="$1" start id
  start=$(now_ms)
  CHRONOSCOPE_CACHE="$cache" java -jar "$jar" "${log[@]}" >"$scratch/app.out" 2>&1 &
  app_pid=$!
  local shown=-1
  while kill -0 "$app_pid" 2>/dev/null; do
    id=$(xwininfo -root -tree 2>/dev/null | grep -m1 '"Chronoscope — ' | awk '{print $1}' || true)
    if [[ -n "$id" ]] && xwininfo -id "$id" 2>/dev/null | grep -q 'Map State: IsViewable'; then
      shown=$(( $(now_ms) - start ))
      break
    fi
    (( $(now_ms) - start > 60000 )) && break
    sleep 0.01
  done
  kill "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  app_pid=
  echo "$shown"
}

warm_cache="$scratch/warm-cache"
if [[ $mode == warm ]]; then
  mkdir -p "$warm_cache"
  launch_once "$warm_cache" >/dev/null
  # The untimed run may be killed as soon as its window shows; an info run finishes the ingest.
  CHRONOSCOPE_CACHE="$warm_cache" java -jar "$jar" info "${log[@]:-sample-logs/angzarr-kernel.jsonl}" >/dev/null
fi

figures=()
for i in $(seq "$runs"); do
  case $mode in
    cold) cache=$(mktemp -d -p "$scratch") ;;
    warm) cache="$warm_cache" ;;
    given) cache="$given_cache" ;;
  esac
  ms=$(launch_once "$cache")
  if [[ "$ms" == -1 ]]; then
    echo "run $i: no window within 60 s; the app printed:" >&2
    cat "$scratch/app.out" >&2
    exit 1
  fi
  echo "run $i ($mode cache): window visible after $ms ms"
  figures+=("$ms")
done
median=$(printf '%s\n' "${figures[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
echo "launch to window ($mode cache, $runs runs): median $median ms, runs: ${figures[*]} ms"
