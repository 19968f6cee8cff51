#!/usr/bin/env python3
"""Draws the articles of the news gold set (datelines and bylines) at random.

The repository never holds article text: the gold names each article by its
corpus id and holds only the fields a reader finds in its head and tail.
This script is how the ids were drawn, so that anyone can redraw them (same
seed, same corpus) and check that nothing was picked to pass.

Rule: group the articles of `articles.jsonl` by subset (the id prefix before
the first `-`), sort each group by id, and draw PER_SUBSET ids from each with
`random.Random(SEED).sample`, subsets in sorted order (a subset with fewer
articles gives all of them). Output: one id per line, subset order, then id
order.

With `--show`, prints each drawn article's head and tail for annotation
(to the terminal only; never commit that output).

Usage: scripts/sample_news_gold.py CORPUS [PER_SUBSET] [SEED] [--show] > ids.txt
"""
import json
import random
import sys

PER_SUBSET = 20
SEED = 20261203
HEAD, TAIL = 360, 700


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show = "--show" in sys.argv
    corpus = args[0]
    per = int(args[1]) if len(args) > 1 else PER_SUBSET
    seed = int(args[2]) if len(args) > 2 else SEED
    groups = {}
    texts = {}
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            groups.setdefault(rec["id"].split("-")[0], []).append(rec["id"])
            if show:
                texts[rec["id"]] = rec["text"]
    rng = random.Random(seed)
    for subset in sorted(groups):
        ids = sorted(groups[subset])
        picked = sorted(rng.sample(ids, min(per, len(ids))))
        for i in picked:
            if not show:
                print(i)
                continue
            t = texts[i]
            print("=" * 20, i, len(t.encode()))
            print("HEAD:", t[:HEAD].replace("\n", "⏎"))
            print("TAIL:", t[-TAIL:].replace("\n", "⏎"))


if __name__ == "__main__":
    main()
