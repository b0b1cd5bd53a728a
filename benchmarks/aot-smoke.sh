#!/usr/bin/env bash
# The installed tool (on linux-x64: the Native AOT package) against the JIT build of the same sources, command by
# command. Packs this repository's tool and installs it into a temporary folder (`dotnet tool install --tool-path`, as a
# user gets it), builds the CLI (`dotnet build -c Release`, run with `dotnet bitext.dll`: what `dotnet run` runs), then
# runs every command of `bitext` on the seeds and the format fixtures with both, each in a working folder of its own
# with the same layout, and compares standard output, standard error, exit code and every output file byte for byte.
# The concordance index is built on disk by each binary and searched by both (each reads the other's index too).
# Prints one line per difference and a summary line 'N passed, N failed'; exits 1 when any command differs.
# Writes only below a temporary folder, never into the repository.
#
# Settings (environment):
#   BITEXT=/path/to/bitext   the tool to compare (default: pack and install this repository's tool)
#   KEEP=1                   keep the temporary folder (its path is printed)
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SEEDS="$REPO/seeds"
FORMATS="$REPO/tests/Alignment.Tests/Data/formats"
EN="$SEEDS/002_cdbada1f67068dd0.txt"
ES="$SEEDS/000_a12f891843fbc0bc.txt"
ES2019="$SEEDS/001_c803b386e02e5f82.txt"
ES2013="$SEEDS/003_81311d7e8b204b27.txt"
NGO="$SEEDS/004_3c32a31934e4dcfe.txt"

# shellcheck source=benchmarks/common.sh
source "$REPO/benchmarks/common.sh"
make_work_folder bitext-aot-smoke
say() { echo "aot-smoke: $*" >&2; }
fail() { say "$*"; exit 2; }

if [[ -z "${BITEXT:-}" ]]; then
  say "packing and installing the tool into $WORK"
  start=$(date +%s)
  pack_and_install_tool
  say "packed in $(($(date +%s) - start)) s: $(cd "$WORK/packages" && ls -s --block-size=K ./*.nupkg | tr '\n' ' ')"
fi
[[ -x "$BITEXT" ]] || fail "bitext not found (BITEXT=$BITEXT)"
say "building the JIT reference (dotnet build -c Release)"
dotnet build "$REPO/src/Alignment.Cli" -c Release --artifacts-path "$WORK/jit-artifacts" >"$WORK/build.log" 2>&1 \
  || { tail -40 "$WORK/build.log" >&2; fail "dotnet build failed"; }
JIT_DLL=$(find "$WORK/jit-artifacts/bin/Alignment.Cli" -name bitext.dll | head -1)
[[ -f $JIT_DLL ]] || fail "bitext.dll not found under $WORK/jit-artifacts"
say "comparing $BITEXT ($(file -b "$(readlink -f "$BITEXT")" | cut -d, -f1-2)) with dotnet $JIT_DLL"

# --- inputs shared by both sides --------------------------------------------------------------------------------------
IN="$WORK/inputs"
mkdir -p "$IN/pairs"
printf 'summit\tcumbre\nreport\tinforme\ntrafficking\ttrata\n' >"$IN/dict.tsv"
printf 'cumbre @ summit\ninforme @ report\ntrata @ trafficking\n' >"$IN/dict.hunalign"
# A dictd dictionary (.index with base-64 offsets and lengths, .dict and .dict.dz).
b64() { local v=$1 d=ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/ s=""; while :; do s="${d:v%64:1}$s"; v=$((v / 64)); ((v > 0)) || break; done; echo "$s"; }
: >"$IN/spa-eng.dict"; : >"$IN/spa-eng.index"
for entry in "cumbre|cumbre /ˈkumbɾe/\nsummit, top\n" "informe|informe\n1. report\n2. briefing\n" "trata|trata\ntrafficking (in persons)\n"; do
  offset=$(stat -c %s "$IN/spa-eng.dict")
  printf "${entry#*|}" >>"$IN/spa-eng.dict"
  printf '%s\t%s\t%s\n' "${entry%%|*}" "$(b64 "$offset")" "$(b64 $(($(stat -c %s "$IN/spa-eng.dict") - offset)))" >>"$IN/spa-eng.index"
done
mkdir -p "$IN/dz"; cp "$IN/spa-eng.index" "$IN/dz/"; gzip -c "$IN/spa-eng.dict" >"$IN/dz/spa-eng.dict.dz"
# Line-per-segment inputs for --input lines.
dotnet "$JIT_DLL" sentences "$EN" --format json | jq -r '.sentences[].text' >"$IN/en.lines"
dotnet "$JIT_DLL" sentences "$ES" --format json | jq -r '.sentences[].text' >"$IN/es.lines"
# Batch manifests and a batch directory.
{ echo "source,target,name"; echo "$EN,$ES,seed2021"; echo "$EN,$ES2019,mismatch"; echo "$FORMATS/report-en.pdf,$FORMATS/report-es.pdf,pdf"; echo "$EN,/nonexistent.txt,missing"; } >"$IN/manifest.csv"
jq -nc --arg s "$EN" --arg t "$ES" '{source: $s, target: $t, name: "json"}' >"$IN/manifest.jsonl"
jq -nc --rawfile s "$EN" --rawfile t "$ES" '{name: "inline", source_text: $s, target_text: $t}' >>"$IN/manifest.jsonl"
cp "$EN" "$IN/pairs/report.en.txt"; cp "$ES" "$IN/pairs/report.es.txt"

# --- the commands -------------------------------------------------------------------------------------------------------
# One line each: arguments as the shell splits them ($IN, $EN... expanded), run in the side's own working folder.
# Output files (-o) and the index are relative, so both sides write the same names in their own folders.
COMMANDS=(
  "--version"
  "--help"
  "align --help"
  "sections $EN"
  "sections $ES --format json"
  "sections $NGO --format json --full-paths"
  "sentences $ES2013"
  "sentences $ES2019 --format json --lang es"
  "sections $FORMATS/report-en.pdf --format json"
  "sentences $FORMATS/report-es.pdf --format json"
  "sentences $FORMATS/report-es.docx --format json"
  "sentences $FORMATS/report-en.html --format json"
  "align $EN $ES"
  "align $EN $ES --format json"
  "align $EN $ES --format json --full-paths"
  "align $EN $ES --format tmx"
  "align $EN $ES --format tmx --omissions keep"
  "align $EN $ES --format html"
  "align $EN $ES --format tsv"
  "align $EN $ES --format csv"
  "align $EN $ES --format beads"
  "align $EN $ES --format ladder"
  "align $EN $ES --format xliff"
  "align $EN $ES --format json --source-lang en --target-lang es"
  "align $EN $ES --format json -o out/align.json"
  "align $EN $ES --format json --dictionary $IN/dict.tsv"
  "align $EN $ES --format json --dictionary $IN/dict.hunalign --dictionary-format hunalign"
  "align $EN $ES --format json --dictionary $IN/spa-eng.index"
  "align $EN $ES --format json --dictionary $IN/dz/spa-eng.index --dictionary-format dictd"
  "align $IN/en.lines $IN/es.lines --input lines --format ladder"
  "align $IN/en.lines $IN/es.lines --input lines --source-lang de --target-lang fr --format tsv"
  "align $FORMATS/report-en.pdf $FORMATS/report-es.docx --format json"
  "align $FORMATS/report-en.html $FORMATS/report-es.pdf --format text"
  "align $NGO $ES2013 --format json"
  "check $EN $ES"
  "check $EN $ES --format json"
  "check $EN $ES --format json --fail-on warning"
  "check $EN $ES2019 --format json --fail-on none"
  "check $EN $ES --format json --dictionary $IN/dict.tsv -o out/check.json"
  "diff $ES2019 $ES2013"
  "diff $ES2019 $ES2013 --format json"
  "diff $ES2019 $ES2013 --format html -o out/diff.html"
  "diff $EN $EN --format json"
  "batch $IN/manifest.csv --parallel 1 --fail-on none"
  "batch $IN/manifest.csv --parallel 2 --format text --fail-on none"
  "batch $IN/manifest.jsonl --fail-on warning -o out/batch.jsonl"
  "batch $IN/pairs --source-lang en --dictionary $IN/dict.tsv"
  "batch $IN/manifest.csv --root $SEEDS --fail-on none"
  "index add $EN $ES --index idx --name seed2021"
  "index add $EN $ES2019 --index idx"
  "index add $NGO $ES2013 --index idx --name ngo"
  "index add $EN $ES --index idx --name seed2021"
  "search trafficking --index idx"
  "search trata --index idx --lang es --format json"
  "search \"forced labor\" --index idx --format json"
  "search traffick* --index idx --top 3"
  "search victims -protection --index idx --section summary"
  "search víctimas OR trata --index idx --lang es --section prosecution --format json"
  "search nothingmatchesthis --index idx"
  "search trata --index missing-index"
  "sections /nonexistent.txt"
  "align $EN"
  "align $EN $ES --format nope"
  "align $EN $ES -o $EN"
  "search '\"unbalanced' --index idx"
)
STDIN_COMMANDS=(
  "sentences - --format json|$ES"
  "align - $ES --format json|$EN"
  "batch - --fail-on none|$IN/manifest.jsonl"
)

run_side() { # SIDE(aot|jit) I ARGS [STDIN]
  local side=$1 i=$2 args=$3 stdin=${4:-/dev/null} dir="$WORK/$1"
  mkdir -p "$dir/out" "$dir/res"
  local -a argv
  eval "argv=($args)"
  local code=0
  if [[ $side == aot ]]; then
    (cd "$dir" && "$BITEXT" "${argv[@]}" <"$stdin" >"res/$i.out" 2>"res/$i.err") || code=$?
  else
    (cd "$dir" && dotnet "$JIT_DLL" "${argv[@]}" <"$stdin" >"res/$i.out" 2>"res/$i.err") || code=$?
  fi
  echo "$code" >"$dir/res/$i.code"
}

passed=0 failed=0 masked=0
# What legitimately differs between two runs: measured times (batch lines' loadMs/elapsedMs and "(N ms)", the batch summary's
# seconds) and the side's own working folder in messages that name the index folder.
normalize() {
  sed -E -e "s#$WORK/(aot|jit)/#SIDE/#g" -e 's/"(loadMs|elapsedMs)":[0-9.]+/"\1":T/g' -e 's/, [0-9.]+ s$/, T s/' -e 's/\([0-9]+ ms\)$/(T ms)/'
}
compare() { # I DESCRIPTION
  local i=$1 what=$2 bad=""
  for side in aot jit; do
    for part in out err; do normalize <"$WORK/$side/res/$i.$part" >"$WORK/$side/res/$i.$part.masked"; done
  done
  for part in out err code; do
    if ! cmp -s "$WORK/aot/res/$i.$part" "$WORK/jit/res/$i.$part"; then
      cmp -s "$WORK/aot/res/$i.$part.masked" "$WORK/jit/res/$i.$part.masked" && masked=$((masked + 1)) || bad+=" std$part"
    fi
  done
  bad=${bad/stdcode/exit code}
  for f in "$WORK"/jit/out/*; do
    [[ -e $f ]] || continue
    g="$WORK/aot/out/$(basename "$f")"
    if ! cmp -s "$f" "$g"; then
      [[ -f $g ]] && cmp -s <(normalize <"$f") <(normalize <"$g") && masked=$((masked + 1)) || bad+=" out/$(basename "$f")"
    fi
  done
  rm -f "$WORK"/aot/out/* "$WORK"/jit/out/*
  if [[ -z $bad ]]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "DIFFERS:$bad: bitext $what (exit aot $(cat "$WORK/aot/res/$i.code"), jit $(cat "$WORK/jit/res/$i.code"))"
    diff "$WORK/jit/res/$i.err.masked" "$WORK/aot/res/$i.err.masked" | head -5 | cut -c1-300 || true
    diff "$WORK/jit/res/$i.out.masked" "$WORK/aot/res/$i.out.masked" | head -5 | cut -c1-300 || true
  fi
}

i=0
for args in "${COMMANDS[@]}"; do
  i=$((i + 1))
  run_side aot "$i" "$args"
  run_side jit "$i" "$args"
  compare "$i" "${args//$REPO\//}"
done
for entry in "${STDIN_COMMANDS[@]}"; do
  i=$((i + 1))
  run_side aot "$i" "${entry%%|*}" "${entry#*|}"
  run_side jit "$i" "${entry%%|*}" "${entry#*|}"
  compare "$i" "${entry%%|*} < $(basename "${entry#*|}")"
done
# Each side reads the index the other wrote: the on-disk format is the same.
for query in "trafficking --format json" "trata --lang es --top 20 --format json"; do
  i=$((i + 1))
  run_side aot "$i" "search $query --index ../jit/idx"
  run_side jit "$i" "search $query --index ../jit/idx"
  compare "$i" "search $query --index (written by the JIT build)"
  i=$((i + 1))
  run_side aot "$i" "search $query --index ../aot/idx"
  run_side jit "$i" "search $query --index ../aot/idx"
  compare "$i" "search $query --index (written by the AOT build)"
done

echo "aot-smoke: $i commands; outputs of $masked differ only in measured times or the working folder's path (masked)"
echo "aot-smoke: $passed passed, $failed failed"
((failed == 0))
