#!/usr/bin/python3
"""Pairs per second: `bitext batch --parallel 1/2` against the Dask job with 1 and 2 workers, on the same pairs.

    /usr/bin/python3 examples/dask/measure_throughput.py [--pairs 96] [--partition-size 16] [--bitext "dotnet .../bitext.dll"]

The pairs are the 2021 seed pair (English original, Spanish translation) repeated. Prints a Markdown table, plus the
start-up costs: one `bitext batch -` process with a single pair, and starting a LocalCluster.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bitext_on_dask  # noqa: E402


def timed(action):
    start = time.perf_counter()
    value = action()
    return time.perf_counter() - start, value


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pairs", type=int, default=96)
    parser.add_argument("--partition-size", type=int, default=16)
    parser.add_argument("--bitext", default=f"dotnet {os.path.join(REPO, 'src/Alignment.Cli/bin/Release/net10.0/bitext.dll')}")
    args = parser.parse_args()
    seeds = os.path.join(REPO, "seeds")
    rows = [{"name": f"p{i}", "source": os.path.join(seeds, "002_cdbada1f67068dd0.txt"),
             "target": os.path.join(seeds, "000_a12f891843fbc0bc.txt")} for i in range(args.pairs)]
    folder = tempfile.mkdtemp(prefix="bitext-measure-")
    manifest = os.path.join(folder, "m.jsonl")
    with open(manifest, "w") as f:
        f.writelines(json.dumps(r) + "\n" for r in rows)
    env = dict(os.environ, CI="1")
    table = []

    one = os.path.join(folder, "one.jsonl")
    with open(one, "w") as f:
        f.write(json.dumps(rows[0]) + "\n")
    startup, _ = timed(lambda: subprocess.run(args.bitext.split() + ["batch", one, "--parallel", "1"], capture_output=True, env=env))

    for parallel in (1, 2):
        seconds, done = timed(lambda: subprocess.run(args.bitext.split() + ["batch", manifest, "--parallel", str(parallel)],
                                                     capture_output=True, text=True, env=env))
        assert len(done.stdout.splitlines()) == args.pairs, done.stderr
        table.append((f"bitext batch --parallel {parallel}", seconds, None))

    for workers in (1, 2):
        cluster_start, client = timed(lambda: bitext_on_dask.connect(workers=workers))
        cluster = client.cluster
        try:
            seconds, results = timed(lambda: list(bitext_on_dask.run(client, rows, args.bitext, args.partition_size)))
            assert len(results) == args.pairs and all(r["status"] == "ok" for r in results)
            table.append((f"Dask, {workers} worker{'s' if workers > 1 else ''} (partitions of {args.partition_size})", seconds, cluster_start))
        finally:
            client.close()
            cluster.close()

    print(f"| run ({args.pairs} pairs) | wall s | pairs/s | cluster start s |")
    print("|---|---|---|---|")
    for name, seconds, cluster in table:
        print(f"| {name} | {seconds:.1f} | {args.pairs / seconds:.1f} | {'' if cluster is None else f'{cluster:.1f}'} |")
    print(f"\none `bitext batch` process with one pair (process start-up + JIT + one pair): {startup:.2f} s")
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
