#!/usr/bin/env bash
# Two installed builds of bitext side by side, runs interleaved (A, B, A, B...) so that a busy machine slows both alike:
# cold start of `bitext --version` and of `bitext align` on the seed pair (002 English -> 000 Spanish, --format json),
# and the pair repeated 100 times (copies separated by a blank line, as bench.sh makes them). Prints min / median / max
# wall time and the median peak RSS of each (GNU time), and whether both wrote the same JSON. Writes only below a
# temporary folder.
#
#   benchmarks/compare-tools.sh A B      e.g. the Native AOT tool against the ReadyToRun one:
#     dotnet pack src/Alignment.Cli -c Release -o /tmp/aot && dotnet tool install Bitext.Alignment.Cli --prerelease \
#       --tool-path /tmp/aot/tool --add-source /tmp/aot                      (and the same with -p:ToolNativeAot=false)
#     benchmarks/compare-tools.sh /tmp/aot/tool/bitext /tmp/r2r/tool/bitext
#
# Settings (environment): RUNS=10 (cold starts of each), X100_RUNS=3 (×100 runs of each), KEEP=1.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
[[ $# == 2 && -x $1 && -x $2 ]] || { echo "usage: $0 BITEXT_A BITEXT_B (two executables)" >&2; exit 2; }
A=$1 B=$2 RUNS=${RUNS:-10} X100_RUNS=${X100_RUNS:-3}
ENGLISH="$REPO/seeds/002_cdbada1f67068dd0.txt"
SPANISH="$REPO/seeds/000_a12f891843fbc0bc.txt"
# shellcheck source=benchmarks/common.sh
source "$REPO/benchmarks/common.sh"
make_work_folder bitext-compare
repeat_file "$ENGLISH" 100 "$WORK/en.x100.txt"
repeat_file "$SPANISH" 100 "$WORK/es.x100.txt"

run() { # SIDE WHAT COMMAND...
  local side=$1 what=$2
  shift 2
  /usr/bin/time -f "$side $what %e %M" -a -o "$WORK/times" "$@" >"$WORK/$side.$what.out"
}
for ((r = 0; r < RUNS; r++)); do
  for side in A B; do
    tool=$A; [[ $side == B ]] && tool=$B
    run "$side" version "$tool" --version
    run "$side" seed "$tool" align "$ENGLISH" "$SPANISH" --format json
  done
done
for ((r = 0; r < X100_RUNS; r++)); do
  for side in A B; do
    tool=$A; [[ $side == B ]] && tool=$B
    run "$side" x100 "$tool" align "$WORK/en.x100.txt" "$WORK/es.x100.txt" --format json
  done
done

echo "A: $A ($("$A" --version))"
echo "B: $B ($("$B" --version))"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for what in version seed x100; do
  for side in A B; do
    grep "^$side $what " "$WORK/times" | awk '{print $3, $4}' | sort -g >"$WORK/sorted"
    awk -v label="$side $what" '{t[NR] = $1} END {
      printf "%-10s %2d runs: min %.2f s, median %.2f s, max %.2f s", label, NR, t[1], t[int((NR + 1) / 2)], t[NR] }' "$WORK/sorted"
    cut -d' ' -f2 "$WORK/sorted" | sort -g | awk '{m[NR] = $1} END { printf ", median peak RSS %.0f MB\n", m[int((NR + 1) / 2)] / 1024 }'
  done
  [[ $what == version ]] && continue
  cmp -s "$WORK/A.$what.out" "$WORK/B.$what.out" && echo "           $what: same JSON from both" || echo "           $what: the JSON DIFFERS"
done
