#!/usr/bin/env python3
"""Writes <id>.en.txt, <id>.es.txt and <id>.gold.jsonl from raw/<id>.json.

raw/<id>.json: {"en": stored excerpt (JSON string as the search tool returned it), "es": ...,
 "en_start"/"en_end"/"es_start"/"es_end": cut markers (the excerpt runs from the first occurrence of *_start to the end
 of the first occurrence of *_end after it), "en_units"/"es_units": the opening words of each unit in order (a unit runs
 to the next unit's opening, whitespace collapsed), "beads": ["1-1", "1-0", ...] in order}.
Usage: python3 raw/build.py <id> [--show]
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def collapse(t):
    return re.sub(r"\s+", " ", t).strip()


def cut(text, start, end):
    i = text.index(start)
    j = text.index(end, i) + len(end)
    return text[i:j]


def units(text, openings):
    c = collapse(text)
    pos, starts = 0, []
    for o in openings:
        k = c.find(o, pos)
        if k < 0:
            raise SystemExit(f"unit opening not found after {pos}: {o!r}\n{c[pos:pos+200]!r}")
        if starts and c[pos - 0:k].strip() == "" and k == starts[-1]:
            raise SystemExit(f"empty unit before {o!r}")
        starts.append(k)
        pos = k + len(o)
    if starts and starts[0] != 0:
        raise SystemExit(f"text before first unit: {c[:starts[0]]!r}")
    starts.append(len(c))
    return [c[starts[i]:starts[i + 1]].strip() for i in range(len(openings))]


def main():
    doc = sys.argv[1]
    spec = json.load(open(os.path.join(HERE, doc + ".json"), encoding="utf-8"))
    texts = {s: cut(spec[s], spec[s + "_start"], spec[s + "_end"]) for s in ("en", "es")}
    for s in ("en", "es"):
        with open(os.path.join(OUT, f"{doc}.{s}.txt"), "w", encoding="utf-8") as f:
            f.write(texts[s].rstrip("\n") + "\n")
    if "--show" in sys.argv or "beads" not in spec:
        for s in ("en", "es"):
            print(f"----- {s}\n{texts[s]}\n")
        if "beads" not in spec:
            return
    u = {s: units(texts[s], spec[s + "_units"]) for s in ("en", "es")}
    pos = {"en": 0, "es": 0}
    lines = []
    for b in spec["beads"]:
        ne, ns = (int(x) for x in b.split("-"))
        bead = {"en": u["en"][pos["en"]:pos["en"] + ne], "es": u["es"][pos["es"]:pos["es"] + ns]}
        if len(bead["en"]) != ne or len(bead["es"]) != ns:
            raise SystemExit(f"bead spec runs past the units at {b} (en {pos['en']}/{len(u['en'])}, es {pos['es']}/{len(u['es'])})")
        pos["en"] += ne
        pos["es"] += ns
        lines.append(json.dumps(bead, ensure_ascii=False))
    if pos["en"] != len(u["en"]) or pos["es"] != len(u["es"]):
        raise SystemExit(f"bead spec leaves units: en {pos['en']}/{len(u['en'])}, es {pos['es']}/{len(u['es'])}")
    with open(os.path.join(OUT, f"{doc}.gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    for l in lines:
        b = json.loads(l)
        print(f"{len(b['en'])}-{len(b['es'])}  EN {b['en']}\n      ES {b['es']}")


if __name__ == "__main__":
    main()
