#!/usr/bin/env python3
"""Draw a random probe of the news parser's readings on the corpus, to read
by eye (issue 10's corpus probe; DESIGN.md, "Corpus probe").

    cargo run --release --example article_report -- --dump parts.tsv
    scripts/probe_news.py pos  SEED N parts.tsv CORPUS > probe.txt  # articles with a byline
    scripts/probe_news.py neg  SEED N parts.tsv CORPUS > probe.txt  # articles without one
    scripts/probe_news.py dneg SEED N parts.tsv CORPUS > probe.txt  # articles without a dateline

Stratified by subset (id prefix): N is split evenly, a subset with fewer
articles gives all it has and the rest goes to the others; the ids of each
subset are drawn with `random.Random(SEED).sample` over the sorted ids.
For `pos` the byline's fields are printed and its span is marked `[[…]]`
in the last 600 characters before it; for `neg` the last 700 characters
are printed (Báo Mới 2017: before the appended lead, marked `‖‖`); for
`dneg` the first 400. Seeds used: 1203 (before the probe's rules) and
20261215 (after). The output quotes the corpus: keep it out of the
repository.
"""
import json
import random
import sys


def main():
    mode, seed, n, dump, corpus = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
    parts = {}
    for line in open(dump, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        parts[f[0]] = (f[1], json.loads(f[2]) if f[2] else None)
    texts = {}
    for line in open(corpus, encoding="utf-8"):
        r = json.loads(line)
        texts[r["id"]] = r["text"]
    subsets = {}
    for i in sorted(parts):
        dateline, byline = parts[i]
        keep = {"pos": byline is not None, "neg": byline is None, "dneg": not dateline}[mode]
        if keep:
            subsets.setdefault(i.split("-")[0], []).append(i)
    alloc = {s: 0 for s in subsets}
    left = n
    while left > 0:
        open_ = [s for s in sorted(subsets) if alloc[s] < len(subsets[s])]
        if not open_:
            break
        for s in open_:
            if left == 0:
                break
            alloc[s] += 1
            left -= 1
    rng = random.Random(seed)
    picked = [i for s in sorted(subsets) for i in rng.sample(subsets[s], alloc[s])]
    print("# alloc", alloc, file=sys.stderr)
    for k, i in enumerate(picked, 1):
        t = texts[i].rstrip()
        print(f"=== {k} {i}")
        if mode == "dneg":
            print(t[:400].replace("\n", "⏎"))
            continue
        byline = parts[i][1]
        if byline:
            fields = {x: v for x, v in byline.items() if x not in ("start", "end", "text")}
            raw = t.encode()
            bs = len(raw[: byline["start"]].decode("utf-8", "ignore"))
            be = len(raw[: byline["end"]].decode("utf-8", "ignore"))
            print("FOUND", json.dumps(fields, ensure_ascii=False))
            out = t[max(0, bs - 600) : bs] + "[[" + t[bs:be] + "]]" + t[be : be + 250]
        else:
            cut = t.rfind("\n\n\n") if i.startswith("bm17") else -1
            out = t[max(0, cut - 700) : cut] + "‖‖" + t[cut : cut + 200] if cut > 0 else t[-700:]
        print(out.replace("\n", "⏎"))


if __name__ == "__main__":
    main()
