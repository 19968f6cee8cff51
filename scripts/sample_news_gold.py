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

With `--exclude FILE` (a gold file or a list of ids), ids already drawn are
removed from each subset before sampling: how the held-out set was drawn.
`--exclude` may be given more than once (the test set excludes both the
gold and the held-out set).

Usage: scripts/sample_news_gold.py CORPUS [PER_SUBSET] [SEED] [--show] [--exclude FILE]... > ids.txt
"""
import json
import random
import sys

PER_SUBSET = 20
SEED = 20261203
HEAD, TAIL = 360, 700


def main():
    argv = sys.argv[1:]
    exclude = set()
    while "--exclude" in argv:
        i = argv.index("--exclude")
        with open(argv[i + 1], encoding="utf-8") as f:
            exclude |= {l.split("\t")[0].strip() for l in f if l.strip() and not l.startswith("#")}
        del argv[i : i + 2]
    args = [a for a in argv if not a.startswith("--")]
    show = "--show" in argv
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
        ids = sorted(i for i in groups[subset] if i not in exclude)
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
