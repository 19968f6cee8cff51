#!/usr/bin/env python3
"""Prints gold passages from the corpus: scripts/show_passages.py [--heldout | --test | --blind | --blind2 | --blind3 | --blind4 | --blind5 | --blind6 | --blind7] [FIRST LAST]."""
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
corpus = os.environ.get("VIETNORM_CORPUS", os.path.join(here, "../../shared/corpus/articles.jsonl"))
arts = {}
for l in open(corpus, encoding="utf-8"):
    d = json.loads(l)
    arts[d["id"]] = d["text"].encode("utf-8")
tables = {"--heldout": "heldout_passages.tsv", "--test": "test_passages.tsv", "--blind": "blind_passages.tsv", "--blind2": "blind2_passages.tsv", "--blind3": "blind3_passages.tsv", "--blind4": "blind4_passages.tsv", "--blind5": "blind5_passages.tsv", "--blind6": "blind6_passages.tsv", "--blind7": "blind7_passages.tsv"}
table = next((t for flag, t in tables.items() if flag in sys.argv), "passages.tsv")
args = [a for a in sys.argv[1:] if a not in tables]
rows = [l.rstrip("\n").split("\t") for l in open(os.environ.get("VIETNORM_PASSAGES", os.path.join(here, "../tests/data/extract_gold", table)), encoding="utf-8") if not l.startswith("#")]
lo, hi = (int(args[0]), int(args[1])) if len(args) > 1 else (0, len(rows) - 1)
for key, aid, s, e in rows:
    if lo <= int(key[1:]) <= hi:
        print(f"=== {key} {aid}\n{arts[aid][int(s):int(e)].decode('utf-8')}\n")
