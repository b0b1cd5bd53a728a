#!/usr/bin/env python3
"""Checks the genre set's gold files (see README.md).

For every document of split.tsv: every unit of <id>.gold.jsonl occurs in its .txt after whitespace collapse, the units of
each side cover the file in order with nothing but whitespace between them, every bead has at least one unit; every
document with a .gold.jsonl is listed in split.tsv and every id of READY has its files. Prints bead counts per document
and split; exits 1 on any error.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
WS = re.compile(r"\s+")


def collapse(text):
    return WS.sub(" ", text).strip()


def main():
    errors = []
    split = {}
    with open(os.path.join(HERE, "split.tsv"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) != 3 or fields[1] not in ("dev", "test"):
                errors.append(f"split.tsv:{n}: expected <id>\\t<dev|test>\\t<genre>: {line!r}")
                continue
            if fields[0] in split:
                errors.append(f"split.tsv:{n}: {fields[0]} listed twice")
            split[fields[0]] = (fields[1], fields[2])
    ready = []
    with open(os.path.join(HERE, "READY"), encoding="utf-8") as f:
        ready = [l.strip() for l in f if l.strip()]
    golds = sorted(fn[: -len(".gold.jsonl")] for fn in os.listdir(HERE) if fn.endswith(".gold.jsonl"))
    for doc in golds:
        if doc not in split:
            errors.append(f"{doc}: has a gold file but is not in split.tsv")
    for doc in ready:
        if doc not in split:
            errors.append(f"READY: {doc} is not in split.tsv")
    if len(set(ready)) != len(ready):
        errors.append("READY: an id is listed twice")

    totals = collections.Counter()
    rows = []
    for doc in sorted(split):
        paths = {s: os.path.join(HERE, f"{doc}.{s}.txt") for s in ("en", "es")}
        gold_path = os.path.join(HERE, f"{doc}.gold.jsonl")
        missing = [p for p in list(paths.values()) + [gold_path] if not os.path.exists(p)]
        if missing:
            errors.append(f"{doc}: missing {', '.join(os.path.basename(p) for p in missing)}")
            continue
        beads = []
        with open(gold_path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    bead = json.loads(line)
                except json.JSONDecodeError as e:
                    errors.append(f"{doc}.gold.jsonl:{n}: {e}")
                    continue
                if set(bead) != {"en", "es"} or not all(isinstance(bead[s], list) for s in ("en", "es")):
                    errors.append(f"{doc}.gold.jsonl:{n}: a bead is {{\"en\": [...], \"es\": [...]}}")
                    continue
                if not bead["en"] and not bead["es"]:
                    errors.append(f"{doc}.gold.jsonl:{n}: empty bead")
                beads.append(bead)
        for side in ("en", "es"):
            with open(paths[side], encoding="utf-8") as f:
                text = collapse(f.read())
            pos = 0
            for b, bead in enumerate(beads, 1):
                for unit in bead[side]:
                    u = collapse(unit)
                    if u != unit:
                        errors.append(f"{doc} bead {b} {side}: unit not whitespace-collapsed: {unit!r}")
                    if not u:
                        errors.append(f"{doc} bead {b} {side}: empty unit")
                        continue
                    at = text.find(u, pos)
                    if at < 0:
                        where = "anywhere" if u not in text else "after the previous unit"
                        errors.append(f"{doc} bead {b} {side}: unit not found {where}: {u[:80]!r}")
                        continue
                    gap = text[pos:at]
                    if gap.strip():
                        errors.append(f"{doc} bead {b} {side}: text not covered before unit: {gap.strip()[:80]!r}")
                    pos = at + len(u)
            rest = text[pos:]
            if rest.strip():
                errors.append(f"{doc} {side}: text not covered at the end: {rest.strip()[:80]!r}")
        kinds = collections.Counter(f"{len(b['en'])}-{len(b['es'])}" for b in beads)
        part, genre = split[doc]
        totals[part] += len(beads)
        rows.append((doc, part, genre, len(beads), sum(len(b["en"]) for b in beads), sum(len(b["es"]) for b in beads),
                     ", ".join(f"{k}×{v}" for k, v in kinds.most_common()), doc in ready))

    for doc, part, genre, n, en, es, kinds, is_ready in rows:
        print(f"{doc:40} {part:4} {n:3} beads  en {en:3}  es {es:3}  {kinds}{'' if is_ready else '  (not READY)'}")
    all_beads = sum(totals.values())
    print(f"dev: {totals['dev']} beads, test: {totals['test']} beads; all: {all_beads} beads in {len(rows)} documents")
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
