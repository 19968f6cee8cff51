#!/usr/bin/env python3
"""Draws the passages of the extraction gold set at random from the corpus.

The repository never holds article text: a passage is named by the article
id and a byte range of its `text` field (UTF-8), and the gold file holds the
entities a reader found in it. This script is how the ranges were drawn, so
that anyone can redraw them (same seed, same corpus) and check nothing was
picked to pass.

Rule: choose an article uniformly at random; split its text into lines; choose
a non-empty line at random; when the line is longer than MAX bytes (several
subsets joined paragraphs with spaces), choose a random sentence start in it
and take whole sentences up to MAX bytes. Passages shorter than MIN bytes are
redrawn, so are duplicates.

Usage: scripts/sample_passages.py CORPUS N SEED > passages.tsv
"""
import json
import random
import re
import sys

MIN, MAX = 120, 700
SENT = re.compile(r"(?<=[.!?…])\s+(?=[\"“(A-ZÀ-Ỹ0-9Đ])")


def lines_with_offsets(text):
    b = text.encode("utf-8")
    pos = 0
    for raw in b.split(b"\n"):
        yield pos, raw
        pos += len(raw) + 1


def passage(rng, text):
    lines = [(o, l) for o, l in lines_with_offsets(text) if len(l.strip()) >= MIN]
    if not lines:
        return None
    off, line = rng.choice(lines)
    if len(line) <= MAX:
        s = line.decode("utf-8")
        lead = len(s) - len(s.lstrip())
        trail = len(s.rstrip())
        start = off + len(s[:lead].encode())
        end = off + len(s[:trail].encode())
        return start, end
    s = line.decode("utf-8")
    starts = [0] + [m.end() for m in SENT.finditer(s)]
    first = rng.randrange(len(starts))
    a = starts[first]
    b = a
    for nxt in starts[first + 1 :] + [len(s)]:
        if len(s[a:nxt].encode()) > MAX and b > a:
            break
        b = nxt
    piece = s[a:b].rstrip()
    if len(piece.encode()) > MAX:
        # One sentence longer than MAX: cut at the last space before MAX.
        cut = piece.encode()[:MAX].decode("utf-8", "ignore")
        piece = cut[: cut.rfind(" ")] if " " in cut else cut
    start = off + len(s[:a].encode())
    return start, start + len(piece.encode())


def main():
    corpus, n, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    arts = [json.loads(l) for l in open(corpus, encoding="utf-8")]
    rng = random.Random(seed)
    seen = set()
    out = []
    while len(out) < n:
        a = rng.choice(arts)
        p = passage(rng, a["text"] or "")
        if p is None or p[1] - p[0] < MIN or (a["id"], p) in seen:
            continue
        seen.add((a["id"], p))
        out.append((a["id"], p[0], p[1]))
    print("# article id\tstart byte\tend byte (of the article's text, UTF-8)")
    for i, (aid, s, e) in enumerate(out):
        print(f"p{i:03}\t{aid}\t{s}\t{e}")


if __name__ == "__main__":
    main()
