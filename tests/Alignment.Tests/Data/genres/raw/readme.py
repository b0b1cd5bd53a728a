#!/usr/bin/env python3
"""Adds the table row and the source section (raw/<id>.md) of each id given to ../README.md, in id order, and updates the totals line."""
import collections, json, os, re, subprocess, sys
RAW = os.path.dirname(os.path.abspath(__file__))
HERE = os.path.dirname(RAW)
path = os.path.join(HERE, "README.md")
text = open(path, encoding="utf-8").read()
head, rest = text.split("\n## Documents\n", 1)
lines = rest.split("\n")
# table: lines starting with '| ' after the header and separator
t0 = next(i for i, l in enumerate(lines) if l.startswith("| id |"))
t1 = t0 + 2
while lines[t1].startswith("| "):
    t1 += 1
rows = {l.split(" | ")[0][2:]: l for l in lines[t0 + 2:t1]}
for doc in sys.argv[1:]:
    rows[doc] = subprocess.run([sys.executable, os.path.join(RAW, "rows.py"), doc], capture_output=True, text=True, check=True).stdout.strip()
table = lines[t0:t0 + 2] + [rows[k] for k in sorted(rows)]
after = "\n".join(lines[t1:])
# totals line
split = {l.split("\t")[0]: l.split("\t")[1] for l in open(os.path.join(HERE, "split.tsv"), encoding="utf-8") if l.strip()}
counts = collections.Counter()
for doc in rows:
    counts[split[doc]] += sum(1 for l in open(os.path.join(HERE, doc + ".gold.jsonl"), encoding="utf-8") if l.strip())
total = counts["dev"] + counts["test"]
totals = (f"Totals: dev: {counts['dev']} beads ({round(100 * counts['dev'] / total)}%), test: {counts['test']} beads "
          f"({round(100 * counts['test'] / total)}%); all: {total} beads in {len(rows)} documents.")
after = re.sub(r"Totals: dev: .*? documents\.", totals, after, count=1)
# sections
pre, *secs = re.split(r"\n(?=### )", after)
secmap = {s.split("\n", 1)[0][4:].strip(): s.rstrip("\n") for s in secs}
for doc in sys.argv[1:]:
    secmap[doc] = open(os.path.join(RAW, doc + ".md"), encoding="utf-8").read().strip()
out = head + "\n## Documents\n" + "\n".join(lines[:t0]) + "\n" + "\n".join(table) + "\n" + pre.rstrip("\n") + "\n\n" + "\n\n".join(secmap[k] for k in sorted(secmap)) + "\n\n"
open(path, "w", encoding="utf-8").write(out)
print(totals)
