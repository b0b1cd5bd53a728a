#!/usr/bin/env bash
# Compares the library at BASE (a git revision, default HEAD) with the working tree, in one process, their calls
# interleaved (benchmarks/Alignment.Benchmarks PairedBuilds): the way to see a change of a few percent on a machine whose
# speed drifts. Builds both into a temporary folder; writes nothing into the repository.
#
#   benchmarks/paired.sh [BASE] [CALLS] [COPIES] [one-thread]
#   benchmarks/paired.sh 15315d5 1000            # the seed pair, 1,000 calls of each build
#   benchmarks/paired.sh 15315d5 80 10            # the pair ×10
#   benchmarks/paired.sh HEAD 400 1 one-thread    # as a batch worker aligns it
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BASE=${1:-HEAD}
CALLS=${2:-600}
COPIES=${3:-1}
THREADS=${4:-}

say() { echo "paired: $*" >&2; }
fail() { say "$*"; exit 2; }

# shellcheck source=benchmarks/common.sh
source "$REPO/benchmarks/common.sh"
make_work_folder bitext-paired

git -C "$REPO" rev-parse --verify -q "$BASE^{commit}" >/dev/null || fail "$BASE is not a revision of $REPO"
git -C "$REPO" worktree add -q --detach "$WORK/base" "$BASE"
trap 'git -C "$REPO" worktree remove --force "$WORK/base" 2>/dev/null || true; [[ "${KEEP:-0}" == 1 ]] || rm -rf "$WORK"' EXIT

build() { # build SOURCE_ROOT OUT
  dotnet build "$1/src/Alignment" -c Release -o "$2" -p:CopyLocalLockFileAssemblies=true \
    --artifacts-path "$WORK/artifacts-$(basename "$2")" >"$WORK/build-$(basename "$2").log" 2>&1 \
    || { tail -20 "$WORK/build-$(basename "$2").log" >&2; fail "build of $1 failed"; }
}

say "building $BASE and the working tree into $WORK"
build "$WORK/base" "$WORK/a"
build "$REPO" "$WORK/b"
dotnet run -c Release --project "$REPO/benchmarks/Alignment.Benchmarks" -- paired "$WORK/a" "$WORK/b" "$CALLS" "$COPIES" "$THREADS"
