#!/usr/bin/python3
"""Run `bitext batch` over a large manifest on a Dask cluster.

The manifest (JSON lines, or CSV with a source,target[,name] header) is split into partitions; each partition is
piped through the installed `bitext batch -` on a Dask worker, one process per partition, and the result lines come
back in manifest order. Rows hold paths on a disk every worker sees, or the texts themselves
({"name": ..., "source_text": ..., "target_text": ...}) when the documents live in a table rather than on a disk.

    bitext_on_dask.py MANIFEST -o results.jsonl [--scheduler tcp://host:8786] [--workers 2]
                      [--partition-size 256] [--root DIR] [--bitext "bitext"] [--summary summary.json]
    bitext_on_dask.py --pair DIR [DIR...] -o results.jsonl [--pairs pairs.jsonl] [--source-lang en] ...

With --pair there is no manifest: the archive's folders are paired first (`bitext pair`, one process on a worker, with
one shared candidate index over the whole archive), and the pairs it finds are then aligned in partitions as a manifest's
rows would be. --pairs keeps everything `bitext pair` said (pairs, related documents, documents without a partner).

Without --scheduler a LocalCluster (worker processes on 127.0.0.1) is started. A partition whose process fails or
whose worker dies is run again (Dask retries it; bitext is deterministic, so a rerun gives the same lines).
Needs Dask's distributed scheduler (Debian: apt-get install python3-distributed) and `bitext` on every worker.
"""

import argparse
import csv
import json
import os
import shlex
import shutil
import subprocess
import sys
import uuid
from collections import Counter

# Exit codes of `bitext batch` that still mean "one line per row was written": 0 clean, 1 findings, 2 failed rows.
BATCH_EXIT_CODES = (0, 1, 2)


def read_manifest(path, root=None):
    """Rows of a JSON-lines or CSV manifest as dicts. Relative paths are made absolute against the manifest's folder
    (workers run elsewhere), unless a root is given: then they stay relative and bitext resolves them under the root."""
    folder = os.path.dirname(os.path.abspath(path))
    with open(path, encoding="utf-8-sig") as f:
        text = f.read()
    if path.endswith(".jsonl") or text.lstrip().startswith("{"):
        rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    else:
        rows = [{k.strip().lower(): (v or "").strip() for k, v in r.items() if k} for r in csv.DictReader(text.splitlines())]
    for row in rows:
        for side in ("source", "target"):
            if root is None and isinstance(row.get(side), str) and not os.path.isabs(row[side]):
                row[side] = os.path.join(folder, row[side])
        if not row.get("name") and isinstance(row.get("source"), str):
            row["name"] = os.path.splitext(os.path.basename(row["source"]))[0]
    return rows


def pair_on_worker(paths, command, source_lang="en"):
    """Runs on a worker: `bitext pair PATHS...`; returns every JSON line it wrote, as dicts (pairs, related, unpaired)."""
    target_lang = "en" if source_lang == "es" else "es"
    args = shlex.split(command) + ["pair", *paths, "--source-lang", source_lang, "--target-lang", target_lang]
    done = subprocess.run(args, capture_output=True, text=True, env=dict(os.environ, CI="1"))
    if done.returncode != 0:
        raise RuntimeError(f"bitext pair exited {done.returncode}: {done.stderr.strip()[:500]}")
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


def pair(client, paths, command="bitext", source_lang="en", retries=3):
    """Pairs the archive under PATHS (absolute paths every worker sees) on one worker: (manifest rows of the pairs
    found, everything `bitext pair` said)."""
    paths = [os.path.abspath(p) for p in paths]
    lines = client.submit(pair_on_worker, paths, command, source_lang, key=f"bitext-pair-{uuid.uuid4().hex}",
                          retries=retries, pure=False).result()
    rows = [{"name": line["name"], "source": line["source"], "target": line["target"]}
            for line in lines if line.get("kind") == "pair"]
    return rows, lines


def partitions(rows, size):
    """(first row's index, the partition's JSON lines) for consecutive slices of the manifest."""
    for start in range(0, len(rows), size):
        yield start, [json.dumps(r, ensure_ascii=False) for r in rows[start:start + size]]


def run_partition(lines, command, root=None):
    """Runs on a worker: pipes the JSON lines through `bitext batch -` and returns one result line per input line.
    Anything else (a crash, a signal, a short output) raises, so that Dask runs the partition again."""
    args = shlex.split(command) + ["batch", "-", "--parallel", "1", "--fail-on", "none"]
    if root is not None:
        args += ["--root", root]
    env = dict(os.environ, DOTNET_CLI_TELEMETRY_OPTOUT="1", DOTNET_NOLOGO="1", CI="1")
    done = subprocess.run(args, input="\n".join(lines) + "\n", capture_output=True, text=True, encoding="utf-8", env=env)
    results = done.stdout.splitlines()
    if done.returncode not in BATCH_EXIT_CODES or len(results) != len(lines):
        raise RuntimeError(f"bitext batch exited {done.returncode} with {len(results)} of {len(lines)} lines: {done.stderr[-500:]}")
    return results


def run(client, rows, command="bitext", partition_size=256, root=None, retries=3, on_partition=None):
    """Yields one result dict per row, in manifest order, as the partitions finish ("index" is the manifest row).
    on_partition(k, total) is called after partition k is gathered (tests use it to break a worker mid-run)."""
    _ship_this_module_by_value()
    chunks = list(partitions(rows, partition_size))
    run_id = uuid.uuid4().hex[:8]
    futures = [client.submit(run_partition, lines, command, root, key=f"bitext-{run_id}-{k}", retries=retries, pure=False)
               for k, (_, lines) in enumerate(chunks)]
    for k, ((start, _), future) in enumerate(zip(chunks, futures)):
        for offset, line in enumerate(future.result()):
            result = json.loads(line)
            result["index"] = start + offset
            yield result
        future.release()
        if on_partition is not None:
            on_partition(k, len(chunks))


def _ship_this_module_by_value():
    # Workers need run_partition but not this file: send its code along with each task.
    module = sys.modules.get(run_partition.__module__)
    if module is not None and module.__name__ != "__main__":
        import cloudpickle
        cloudpickle.register_pickle_by_value(module)


class Summary:
    """Pairs, failures and error findings by section, added up as results stream past."""

    def __init__(self):
        self.pairs = self.failed = self.pairs_with_errors = 0
        self.errors_by_section = Counter()

    def add(self, result):
        self.pairs += 1
        if result.get("status") != "ok":
            self.failed += 1
            return
        self.pairs_with_errors += result["findingCounts"]["error"] > 0
        for section, counts in result.get("findingCountsBySection", {}).items():
            if counts["error"]:
                self.errors_by_section[section] += counts["error"]

    def as_dict(self):
        return {"pairs": self.pairs, "failed": self.failed, "pairsWithErrorFindings": self.pairs_with_errors,
                "errorFindingsBySection": dict(sorted(self.errors_by_section.items()))}


def connect(scheduler=None, workers=2):
    """A client of the given scheduler, or of a LocalCluster of worker processes on 127.0.0.1."""
    from dask.distributed import Client, LocalCluster
    if scheduler:
        return Client(scheduler)
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None)
    return Client(cluster)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("manifest", nargs="+", help="JSON lines or CSV (source,target[,name]); rows may carry source_text/target_text; with --pair, the archive's folders")
    parser.add_argument("--pair", action="store_true", help="MANIFEST is an archive (folders, files) to pair first with `bitext pair`")
    parser.add_argument("--pairs", help="with --pair: write everything `bitext pair` found here (JSON lines)")
    parser.add_argument("--source-lang", default="en", help="with --pair: the language of the originals (en or es)")
    parser.add_argument("-o", "--output", required=True, help="result JSON lines, in manifest order")
    parser.add_argument("--scheduler", help="address of a running scheduler (tcp://host:8786); default: a LocalCluster")
    parser.add_argument("--workers", type=int, default=2, help="LocalCluster: worker processes (one bitext at a time each)")
    parser.add_argument("--partition-size", type=int, default=256,
                        help="rows per bitext process (each process pays ~0.3 s CPU start-up plus JIT warm-up)")
    parser.add_argument("--root", help="paths are relative to DIR and must resolve inside it (passed to bitext --root)")
    parser.add_argument("--bitext", default="bitext", help='command that runs bitext on the workers, e.g. "dotnet /opt/bitext/bitext.dll"')
    parser.add_argument("--summary", help="also write the summary JSON here (it always goes to standard error)")
    args = parser.parse_args(argv)

    if args.root is not None:
        args.root = os.path.abspath(args.root)  # the workers' current folder is not ours
    if not args.pair and len(args.manifest) != 1:
        parser.error("one MANIFEST (several paths only with --pair)")
    program = (shlex.split(args.bitext) or [""])[0]
    if args.scheduler is None and shutil.which(program) is None:
        # The LocalCluster's workers run here: without the tool every partition would fail, after a Dask traceback.
        print(f"bitext_on_dask: '{program}' is not on PATH: install the tool (README, 'The bitext command') or pass "
              f'--bitext "dotnet /path/to/bitext.dll"', file=sys.stderr)
        return 2
    summary = Summary()
    try:
        client = connect(args.scheduler, args.workers)
    except ImportError:
        print("bitext_on_dask: Dask's distributed scheduler is not installed (Debian: apt-get install python3-distributed)", file=sys.stderr)
        return 2
    tmp = f"{args.output}.{uuid.uuid4().hex[:8]}.tmp"
    try:
        return finish(args, client, summary, tmp)
    except (RuntimeError, OSError) as e:
        # A worker that cannot run bitext, or a manifest that cannot be read: one line, no traceback.
        print(f"bitext_on_dask: {str(e).splitlines()[0] if str(e) else type(e).__name__}", file=sys.stderr)
        return 2
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
        client.close()
        if args.scheduler is None:
            client.cluster.close()


def finish(args, client, summary, tmp):
    """Pairs (with --pair) or reads the manifest, runs it, writes the results and the summary; returns the exit code."""
    if args.pair:
        rows, lines = pair(client, args.manifest, args.bitext, args.source_lang)
        unpaired = sum(1 for line in lines if line.get("kind") == "unpaired")
        print(f"bitext_on_dask: {len(rows)} pairs found, {unpaired} documents without a partner", file=sys.stderr)
        if args.pairs:
            with open(args.pairs, "w", encoding="utf-8") as f:
                f.writelines(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
    else:
        rows = read_manifest(args.manifest[0], args.root)
    with open(tmp, "w", encoding="utf-8") as out:
        for result in run(client, rows, args.bitext, args.partition_size, args.root):
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
            summary.add(result)
    os.replace(tmp, args.output)
    text = json.dumps(summary.as_dict(), indent=2)
    print(text, file=sys.stderr)
    if args.summary:
        with open(args.summary, "w", encoding="utf-8") as f:
            f.write(text + "\n")
    return 2 if summary.failed else 0


if __name__ == "__main__":
    sys.exit(main())
