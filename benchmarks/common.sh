# Helpers shared by the benchmark scripts (bench.sh, compare-tools.sh, aot-smoke.sh); sourced, never run. The caller
# defines say and fail (its own message prefix) and REPO before using them.

# make_work_folder NAME: a new temporary folder in WORK, removed on exit unless KEEP=1 (then its path is printed).
make_work_folder() {
  WORK=$(mktemp -d "${TMPDIR:-/tmp}/$1.XXXXXX")
  if [[ "${KEEP:-0}" == 1 ]]; then
    echo "temporary folder: $WORK" >&2
  else
    trap 'rm -rf "$WORK"' EXIT
  fi
}

# repeat_file FILE N OUT: the file N times, copies separated by a blank line (as the BenchmarkDotNet AlignmentBenchmarks
# and the output snapshot test make the ×N pairs).
repeat_file() {
  local k
  : >"$3"
  for ((k = 0; k < $2; k++)); do
    ((k == 0)) || printf '\n\n' >>"$3"
    cat "$1" >>"$3"
  done
}

# pack_and_install_tool: packs this repository's tool (every package `dotnet pack` writes) into $WORK/packages and
# installs it into $WORK/tool as a user would get it (`dotnet tool install --tool-path`); sets BITEXT to it.
pack_and_install_tool() {
  local package version
  dotnet pack "$REPO/src/Alignment.Cli" -c Release --artifacts-path "$WORK/artifacts" -o "$WORK/packages" \
    -p:ContinuousIntegrationBuild=true >"$WORK/pack.log" 2>&1 || { tail -40 "$WORK/pack.log" >&2; fail "dotnet pack failed"; }
  package=$(ls "$WORK"/packages/Bitext.Alignment.Cli.*.nupkg | grep -v -e '\.snupkg$' -e '\.any\.' -e '\.linux-' | head -1)
  version=$(basename "$package" .nupkg); version=${version#Bitext.Alignment.Cli.}
  dotnet tool install Bitext.Alignment.Cli --version "$version" --tool-path "$WORK/tool" --add-source "$WORK/packages" \
    >"$WORK/install.log" 2>&1 || { cat "$WORK/install.log" >&2; fail "dotnet tool install failed"; }
  BITEXT="$WORK/tool/bitext"
}
