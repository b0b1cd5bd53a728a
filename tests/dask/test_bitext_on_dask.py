#!/usr/bin/python3
"""Integration test of examples/dask/bitext_on_dask.py on a real Dask LocalCluster.

    /usr/bin/python3 tests/dask/test_bitext_on_dask.py

Needs Debian's python3-distributed (installed here with apt-get when missing and running as root; otherwise the test
says how and fails) and the .NET SDK (bitext is built in Release when src/Alignment.Cli/bin/Release/net10.0/bitext.dll
is missing; BITEXT="command" runs another build). It starts a scheduler and 2 worker processes on 127.0.0.1, runs a few
dozen pairs made from the seeds (a broken pair and inline rows among them) and checks the results against
`bitext batch` run directly; the second test kills a worker mid-run. The last line is "N passed, N failed, N skipped".
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import unittest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(REPO, "examples", "dask"))
BITEXT_DLL = os.path.join(REPO, "src", "Alignment.Cli", "bin", "Release", "net10.0", "bitext.dll")
SEEDS = {"en2021": "002_cdbada1f67068dd0.txt", "es2021": "000_a12f891843fbc0bc.txt", "es2019": "001_c803b386e02e5f82.txt",
         "es2013": "003_81311d7e8b204b27.txt", "en_ngo": "004_3c32a31934e4dcfe.txt"}
TIMINGS = ("elapsedMs", "loadMs")


def ensure_distributed():
    try:
        import distributed  # noqa: F401
        return None
    except ImportError:
        pass
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        return ("python3-distributed is missing: run `sudo apt-get update && sudo apt-get install -y python3-distributed` "
                "(Debian/Ubuntu), then this test again with /usr/bin/python3")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    install = ["apt-get", "install", "-y", "-q", "python3-distributed"]
    if subprocess.run(install, env=env, capture_output=True).returncode != 0:
        subprocess.run(["apt-get", "update", "-q"], env=env, capture_output=True)
        if subprocess.run(install, env=env, capture_output=True).returncode != 0:
            return "apt-get install python3-distributed failed"
    return None


def bitext_command():
    if os.environ.get("BITEXT"):
        return os.environ["BITEXT"]
    if not os.path.exists(BITEXT_DLL):
        subprocess.run(["dotnet", "build", os.path.join(REPO, "src", "Alignment.Cli"), "-c", "Release", "-v", "q"], check=True)
    return f"dotnet {BITEXT_DLL}"


def make_manifest(folder, copies=3):
    """A few dozen rows from the seeds under folder (the --root): every direction and year, a missing file,
    a non-report, inline texts, and a path that escapes the root."""
    for key, name in SEEDS.items():
        shutil.copy(os.path.join(REPO, "seeds", name), os.path.join(folder, f"{key}.txt"))
    with open(os.path.join(folder, "empty.txt"), "w"):
        pass
    pairs = [("en2021", "es2021"), ("es2021", "en2021"), ("en2021", "es2019"), ("en2021", "es2013"), ("en_ngo", "es2021"),
             ("es2019", "en2021"), ("en2021", "en_ngo")]
    rows = []
    for c in range(copies):
        rows += [{"name": f"{s}-{t}-{c}", "source": f"{s}.txt", "target": f"{t}.txt"} for s, t in pairs]
    rows.insert(3, {"name": "broken", "source": "en2021.txt", "target": "missing.txt"})
    rows.insert(9, {"name": "empty", "source": "empty.txt", "target": "es2021.txt"})
    rows.insert(12, {"name": "escape", "source": "en2021.txt", "target": "../outside.txt"})
    read = lambda key: open(os.path.join(folder, f"{key}.txt"), encoding="utf-8").read()
    rows.insert(5, {"name": "inline", "source_text": read("en2021"), "target_text": read("es2021")})
    rows.append({"name": "inline-2019", "source_text": read("en2021"), "target_text": read("es2019")})
    path = os.path.join(folder, "manifest.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    return path, rows


def without_timings(result):
    return {k: v for k, v in result.items() if k not in TIMINGS}


class BitextOnDaskTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        import bitext_on_dask
        cls.job = bitext_on_dask
        cls.command = bitext_command()
        cls.folder = tempfile.mkdtemp(prefix="bitext-dask-")
        cls.manifest, cls.rows = make_manifest(cls.folder)
        direct = subprocess.run(
            cls.command.split() + ["batch", cls.manifest, "--root", cls.folder, "--parallel", "2", "--fail-on", "none"],
            capture_output=True, text=True, env=dict(os.environ, CI="1"))
        assert direct.returncode == 2, direct.stderr  # the broken rows fail
        cls.direct = [json.loads(line) for line in direct.stdout.splitlines()]
        cls.client = cls.job.connect(workers=2)

    @classmethod
    def tearDownClass(cls):
        cls.client.close()
        cls.client.cluster.close()
        shutil.rmtree(cls.folder, ignore_errors=True)

    def run_job(self, **kwargs):
        rows = self.job.read_manifest(self.manifest, root=self.folder)
        return list(self.job.run(self.client, rows, self.command, root=self.folder, **kwargs))

    def assert_same_as_direct(self, results):
        self.assertEqual(len(self.direct), len(self.rows))
        self.assertEqual([r["index"] for r in results], list(range(len(self.rows))), "nothing lost, nothing twice, in order")
        self.assertEqual([without_timings(r) for r in results], [without_timings(r) for r in self.direct])

    def test_results_equal_a_direct_batch_run(self):
        results = self.run_job(partition_size=6)

        self.assert_same_as_direct(results)
        by_name = {r["name"]: r for r in results}
        self.assertTrue(by_name["broken"]["error"].endswith("missing.txt: file not found"))
        self.assertIn("outside the root folder", by_name["escape"]["error"])
        self.assertEqual(by_name["inline"]["status"], "ok")
        self.assertEqual(by_name["inline"]["findingCounts"], by_name["en2021-es2021-0"]["findingCounts"])
        summary = self.job.Summary()
        for r in results:
            summary.add(r)
        failed = sorted(r["name"] for r in results if r["status"] == "failed")
        self.assertEqual(failed, sorted(["broken", "empty", "escape"] + [f"en2021-en_ngo-{c}" for c in range(3)]))
        self.assertEqual(summary.failed, len(failed))
        self.assertGreater(sum(summary.errors_by_section.values()), 0)

    def test_the_sample_manifest_runs_as_shipped(self):
        sample = os.path.join(REPO, "examples", "dask", "manifest.sample.jsonl")
        rows = self.job.read_manifest(sample)
        results = list(self.job.run(self.client, rows, self.command))

        self.assertEqual([r["name"] for r in results], ["peru-2021", "inline"])
        self.assertEqual([r["status"] for r in results], ["ok", "ok"])
        self.assertGreater(results[0]["findingCounts"]["error"], 0)  # 1.5 vs 15.5 million soles
        self.assertEqual(results[1]["findingCounts"]["error"], 0)

    def test_without_bitext_on_path_it_says_so_in_one_line(self):
        out = os.path.join(self.folder, "never.jsonl")
        done = subprocess.run([sys.executable, os.path.join(REPO, "examples", "dask", "bitext_on_dask.py"), self.manifest, "-o", out,
                               "--bitext", "no-such-bitext-tool"], capture_output=True, text=True)

        self.assertEqual(done.returncode, 2, done.stderr)
        self.assertNotIn("Traceback", done.stderr)
        self.assertIn("'no-such-bitext-tool' is not on PATH", done.stderr)
        self.assertFalse(os.path.exists(out))

    def test_an_archive_is_paired_on_a_worker_then_aligned_as_bitext_batch_pair_does(self):
        archive = tempfile.mkdtemp(prefix="bitext-dask-archive-", dir=self.folder)
        seeds = os.path.join(REPO, "seeds")
        for k, name in enumerate(sorted(os.listdir(seeds))):
            shutil.copy(os.path.join(seeds, name), os.path.join(archive, f"{k * 7919 % 1000:03d}.txt"))  # names say nothing

        rows, lines = self.job.pair(self.client, [archive], self.command)
        self.assertEqual(len(rows), 1, lines)
        self.assertEqual(sorted(line["kind"] for line in lines).count("unpaired"), 3)
        results = list(self.job.run(self.client, rows, self.command, partition_size=1))

        direct = subprocess.run(self.command.split() + ["batch", "--pair", archive, "--fail-on", "none"],
                                capture_output=True, text=True, env=dict(os.environ, CI="1"))
        self.assertEqual(direct.returncode, 0, direct.stderr)
        expected = [json.loads(line) for line in direct.stdout.splitlines()]
        self.assertEqual([without_timings(r) for r in results], [without_timings(r) for r in expected])

    def test_a_worker_killed_mid_run_is_replaced_and_its_partition_rerun(self):
        killed = []

        def kill_one_worker(k, total):
            if k == 0 and not killed:
                pids = self.client.run(os.getpid)
                address, pid = sorted(pids.items())[0]
                os.kill(pid, signal.SIGKILL)
                killed.append((address, pid, total))

        # Every bitext process started leaves a line: a partition lost with the worker shows as one start too many.
        launches = os.path.join(self.folder, "launches.log")
        wrapper = os.path.join(self.folder, "bitext.sh")
        with open(wrapper, "w") as f:
            f.write(f'#!/bin/sh\necho start >> "{launches}"\nexec {self.command} "$@"\n')
        os.chmod(wrapper, 0o755)
        rows = self.job.read_manifest(self.manifest, root=self.folder)

        results = list(self.job.run(self.client, rows, wrapper, partition_size=3, root=self.folder, on_partition=kill_one_worker))

        self.assertEqual(len(killed), 1)
        partitions = killed[0][2]
        self.assertGreater(partitions, 3, "the worker died with partitions still to run")
        with open(launches) as f:
            self.assertGreater(len(f.readlines()), partitions, "the killed worker's partition ran again")
        self.assert_same_as_direct(results)


def main():
    problem = ensure_distributed()
    if problem is not None:
        print(f"test_bitext_on_dask: {problem}", file=sys.stderr)
        print("0 passed, 1 failed, 0 skipped")
        return 1
    result = unittest.TextTestRunner(verbosity=2).run(unittest.defaultTestLoader.loadTestsFromTestCase(BitextOnDaskTest))
    failed = len(result.failures) + len(result.errors) + len(result.unexpectedSuccesses)
    skipped = len(result.skipped)
    print(f"{result.testsRun - failed - skipped} passed, {failed} failed, {skipped} skipped")
    return 0 if result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main())
