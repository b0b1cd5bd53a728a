#!/usr/bin/env python3
"""Prints the README table row of each id given (bead counts from its gold file, genre and split from split.tsv)."""
import collections, json, os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
split = {l.split("\t")[0]: l.rstrip("\n").split("\t") for l in open(os.path.join(HERE, "split.tsv"), encoding="utf-8") if l.strip()}
for doc in sys.argv[1:]:
    beads = [json.loads(l) for l in open(os.path.join(HERE, doc + ".gold.jsonl"), encoding="utf-8") if l.strip()]
    kinds = collections.Counter(f"{len(b['en'])}-{len(b['es'])}" for b in beads)
    print(f"| {doc} | {split[doc][2]} | {split[doc][1]} | {len(beads)} | {sum(len(b['en']) for b in beads)} | {sum(len(b['es']) for b in beads)} | {', '.join(f'{k}×{v}' for k, v in kinds.most_common())} |")
