#!/usr/bin/env bash
# bitext against hunalign, side by side in one run, on the seed pair (002 English -> 000 Spanish) repeated
# x1, x10, x100 and x1000. bitext gets the raw report files (`bitext align --format json`: it also loads, sections and
# splits); hunalign gets the pair already split and tokenized (one sentence a line, from `bitext sentences`) and an
# empty dictionary. Prints one table: wall time and peak RSS of each (GNU time), their ratio, the x1000/x100 ratio
# (linearity) and the cold start of the tool on the seed pair. Writes only below a temporary folder, never into the
# repository.
#
# Settings (environment):
#   BITEXT=/path/to/bitext     the tool to measure; default: pack this repository's tool into the temporary folder and
#                              install it there (`dotnet tool install --tool-path`), as a user would get it
#   HUNALIGN=/path/to/hunalign a hunalign binary; or
#   HUNALIGN_SRC=DIR           hunalign's source (a checkout, an unpacked hunalign-1.1.tgz, or a bare git directory),
#                              built into the temporary folder the way its README says (cd src/hunalign && make);
#                              without either, `hunalign` on PATH, else the hunalign columns are skipped
#   HUNALIGN_ARGS              hunalign's switches (default none: its own defaults, UTF-8 input; "-realign" adds a
#                              second pass with the dictionary it learned from the first, about twice the time)
#   SIZES="1 10 100 1000"      the copies of the pair to measure
#   RUNS=3                     runs of each cell up to x100, the median reported (x1000 runs once)
#   HUNALIGN_MAX=100           the largest size given to hunalign (it grows faster than linearly)
#   COLD_RUNS=10               runs of the cold-start measurement
#   BATCH_PAIRS=100            pairs (the seed pair repeated) of the `bitext batch` run with --parallel 1 and
#                              --parallel $(nproc), for the in-process scaling (0 skips it)
#   KEEP=1                     keep the temporary folder (its path is printed)
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SIZES=${SIZES:-"1 10 100 1000"}
RUNS=${RUNS:-3}
HUNALIGN_MAX=${HUNALIGN_MAX:-100}
HUNALIGN_ARGS=${HUNALIGN_ARGS-}
COLD_RUNS=${COLD_RUNS:-10}
BATCH_PAIRS=${BATCH_PAIRS:-100}
ENGLISH="$REPO/seeds/002_cdbada1f67068dd0.txt"
SPANISH="$REPO/seeds/000_a12f891843fbc0bc.txt"
TIME=/usr/bin/time

# shellcheck source=benchmarks/common.sh
source "$REPO/benchmarks/common.sh"
make_work_folder bitext-bench

say() { echo "bench: $*" >&2; }
fail() { say "$*"; exit 2; }

[[ -x $TIME ]] || fail "$TIME (GNU time) is needed for wall time and peak RSS: apt-get install time"
[[ -f $ENGLISH && -f $SPANISH ]] || fail "seed pair not found under $REPO/seeds"

# --- bitext -----------------------------------------------------------------------------------------------------------
if [[ -z "${BITEXT:-}" ]]; then
  say "packing and installing the tool into $WORK (set BITEXT=/path/to/bitext to measure another build)"
  pack_and_install_tool
fi
[[ -x "$BITEXT" ]] || BITEXT=$(command -v "$BITEXT" || true)
[[ -n "$BITEXT" && -x "$BITEXT" ]] || fail "bitext not found (BITEXT=${BITEXT:-})"

# --- hunalign ---------------------------------------------------------------------------------------------------------
hunalign_note=""
if [[ -z "${HUNALIGN:-}" && -n "${HUNALIGN_SRC:-}" ]]; then
  say "building hunalign from $HUNALIGN_SRC in $WORK/hunalign"
  mkdir -p "$WORK/hunalign"
  if [[ -f "$HUNALIGN_SRC/src/hunalign/Makefile" ]]; then
    cp -r "$HUNALIGN_SRC/src" "$WORK/hunalign/"
  elif git --git-dir="$HUNALIGN_SRC" rev-parse --verify -q HEAD >/dev/null 2>&1; then
    # Only src/: a snapshot may lack the large dictionaries under data/.
    git --git-dir="$HUNALIGN_SRC" archive HEAD src 2>/dev/null | tar -x -C "$WORK/hunalign" || true
    [[ -f "$WORK/hunalign/src/hunalign/Makefile" ]] || fail "no src/hunalign/Makefile in the git repository $HUNALIGN_SRC"
  else
    fail "HUNALIGN_SRC=$HUNALIGN_SRC holds neither src/hunalign/Makefile nor a git repository"
  fi
  make -C "$WORK/hunalign/src/hunalign" -j"$(nproc)" >"$WORK/hunalign-make.log" 2>&1 \
    || { tail -20 "$WORK/hunalign-make.log" >&2; fail "hunalign did not build"; }
  HUNALIGN="$WORK/hunalign/src/hunalign/hunalign"
fi
if [[ -z "${HUNALIGN:-}" ]]; then
  HUNALIGN=$(command -v hunalign || true)
fi
if [[ -n "$HUNALIGN" && ! -x "$HUNALIGN" ]]; then
  fail "HUNALIGN=$HUNALIGN is not an executable"
fi
if [[ -z "$HUNALIGN" ]]; then
  hunalign_note="hunalign: not found, its columns are skipped (set HUNALIGN=/path/to/hunalign or HUNALIGN_SRC=/path/to/its/source)"
  say "$hunalign_note"
fi

# --- inputs -----------------------------------------------------------------------------------------------------------

# One sentence a line, tokens separated by spaces (punctuation split off, except inside numbers such as 15.5 or 1,000).
sentences() { # FILE OUT
  "$BITEXT" sentences "$1" --format json | jq -r '.sentences[] | select(.heading | not) | .text' \
    | sed -E 's/([^[:alnum:][:space:]])/ \1 /g; s/([0-9]) ([.,]) ([0-9])/\1\2\3/g; s/[[:space:]]+/ /g; s/^ //; s/ $//' >"$2"
}

if [[ -n "$HUNALIGN" ]]; then
  command -v jq >/dev/null || fail "jq is needed to split the pair for hunalign: apt-get install jq"
  sentences "$ENGLISH" "$WORK/en.sen"
  sentences "$SPANISH" "$WORK/es.sen"
  : >"$WORK/null.dic"
fi
for n in $SIZES; do
  repeat_file "$ENGLISH" "$n" "$WORK/en.x$n.txt"
  repeat_file "$SPANISH" "$n" "$WORK/es.x$n.txt"
  if [[ -n "$HUNALIGN" ]]; then
    repeat_file "$WORK/en.sen" "$n" "$WORK/en.x$n.sen"
    repeat_file "$WORK/es.sen" "$n" "$WORK/es.x$n.sen"
    sed -i '/^$/d' "$WORK/en.x$n.sen" "$WORK/es.x$n.sen"
  fi
done

# --- measuring --------------------------------------------------------------------------------------------------------
# Runs a command RUNS times (stdout to a file, checked non-empty) and prints "median_seconds median_peak_rss_kb".
measure() { # RUNS OUT COMMAND...
  local runs=$1 out=$2 r
  shift 2
  : >"$WORK/times"
  for ((r = 0; r < runs; r++)); do
    if ! $TIME -f '%e %M' -o "$WORK/time" "$@" >"$out" 2>"$WORK/stderr"; then
      say "failed: $* ($(head -c 300 "$WORK/stderr"))"
      echo "failed failed"
      return
    fi
    [[ -s $out ]] || { say "no output: $*"; echo "failed failed"; return; }
    tail -1 "$WORK/time" >>"$WORK/times"
  done
  local wall rss
  wall=$(cut -d' ' -f1 "$WORK/times" | sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}')
  rss=$(cut -d' ' -f2 "$WORK/times" | sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}')
  echo "$wall $rss"
}

mb() { [[ $1 == failed || $1 == - ]] && echo "$1" || awk -v k="$1" 'BEGIN {printf "%.0f MB", k / 1024}'; }
secs() { [[ $1 == failed || $1 == - ]] && echo "$1" || awk -v s="$1" 'BEGIN {printf "%.2f s", s}'; }
ratio() { # BITEXT_SECONDS HUNALIGN_SECONDS
  awk -v b="$1" -v h="$2" 'BEGIN {
    if (b !~ /^[0-9.]+$/ || h !~ /^[0-9.]+$/) { print "-"; exit }
    if (b == 0) b = 0.005; if (h == 0) h = 0.005
    if (h >= b) printf "bitext %.1f× faster", h / b; else printf "hunalign %.1f× faster", b / h }'
}

cd "$WORK" # hunalign writes translate.txt into the current folder
declare -A bitext_wall
echo
echo "bitext: $BITEXT ($("$BITEXT" --version 2>/dev/null | head -1))"
echo "hunalign: ${HUNALIGN:-absent}${HUNALIGN:+ ${HUNALIGN_ARGS:-(default settings)}, empty dictionary, pre-split tokenized input}"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg); median of $RUNS runs (x1000: 1)"
echo
echo "| input | sentences en / es | bitext align --format json | hunalign | ratio |"
echo "|---|---|---|---|---|"
for n in $SIZES; do
  runs=$RUNS
  ((n < 1000)) || runs=1
  read -r bw br < <(measure "$runs" "$WORK/out.json" "$BITEXT" align "$WORK/en.x$n.txt" "$WORK/es.x$n.txt" --format json)
  bitext_wall[$n]=$bw
  hw=- hr=-
  sentence_counts=-
  if [[ -n "$HUNALIGN" ]]; then
    sentence_counts="$(wc -l <"$WORK/en.x$n.sen") / $(wc -l <"$WORK/es.x$n.sen")"
    if ((n <= HUNALIGN_MAX)); then
      # shellcheck disable=SC2086 # HUNALIGN_ARGS is a list of switches
      read -r hw hr < <(measure "$runs" "$WORK/out.ladder" "$HUNALIGN" $HUNALIGN_ARGS "$WORK/null.dic" "$WORK/en.x$n.sen" "$WORK/es.x$n.sen")
    else
      hw="skipped (HUNALIGN_MAX=$HUNALIGN_MAX)"
    fi
  fi
  if [[ $hw == skipped* || $hw == - ]]; then hunalign_cell=$hw; else hunalign_cell="$(secs "$hw") / $(mb "$hr")"; fi
  echo "| seed pair ×$n | $sentence_counts | $(secs "$bw") / $(mb "$br") | $hunalign_cell | $(ratio "$bw" "$hw") |"
done
echo
if [[ -n "${bitext_wall[100]:-}" && -n "${bitext_wall[1000]:-}" ]]; then
  awk -v a="${bitext_wall[100]}" -v b="${bitext_wall[1000]}" 'BEGIN {
    if (a ~ /^[0-9.]+$/ && b ~ /^[0-9.]+$/ && a > 0) printf "linearity: bitext ×1000 / ×100 = %.1f (linear is 10; goal ≤ 11)\n", b / a }'
fi

# Cold start: a new process for each run, the seed pair, JSON to a file.
: >"$WORK/cold"
for ((r = 0; r < COLD_RUNS; r++)); do
  $TIME -f '%e %M' -o "$WORK/time" "$BITEXT" align "$ENGLISH" "$SPANISH" --format json >"$WORK/out.json" 2>/dev/null || true
  tail -1 "$WORK/time" >>"$WORK/cold"
done
sort -g "$WORK/cold" | awk -v runs="$COLD_RUNS" '{w[NR]=$1; m[NR]=$2} END {
  printf "cold start: bitext align seed pair --format json, %d runs: min %.2f s, median %.2f s, peak RSS %.0f MB (goal ≤ 0.15 s)\n",
    runs, w[1], w[int((NR+1)/2)], m[int((NR+1)/2)] / 1024 }'

# Batch: the seed pair BATCH_PAIRS times in one process, one worker against one per core.
if ((BATCH_PAIRS > 0)); then
  cores=$(nproc)
  { echo "source,target"; for ((k = 0; k < BATCH_PAIRS; k++)); do echo "$ENGLISH,$SPANISH"; done; } >"$WORK/batch.csv"
  read -r w1 r1 < <(measure 1 "$WORK/batch1.jsonl" "$BITEXT" batch "$WORK/batch.csv" --parallel 1 --fail-on none)
  read -r wn rn < <(measure 1 "$WORK/batchn.jsonl" "$BITEXT" batch "$WORK/batch.csv" --parallel "$cores" --fail-on none)
  awk -v p="$BATCH_PAIRS" -v c="$cores" -v a="$w1" -v b="$wn" -v ra="$r1" -v rb="$rn" 'BEGIN {
    if (a !~ /^[0-9.]+$/ || b !~ /^[0-9.]+$/ || b == 0) { print "batch: failed"; exit }
    printf "batch: %d pairs, --parallel 1 %.2f s (%.1f pairs/s, %.0f MB), --parallel %d %.2f s (%.1f pairs/s, %.0f MB): %.2f× (goal ≥ 1.8× on 2 cores)\n",
      p, a, p / a, ra / 1024, c, b, p / b, rb / 1024, a / b }'
fi
[[ -z "$hunalign_note" ]] || echo "$hunalign_note"
