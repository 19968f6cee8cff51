#!/usr/bin/env python3
"""Draws the passages of the measures gold set at random from the corpus.

Like scripts/sample_passages.py, the repository never holds article text: a
passage is an article id and a byte range of its `text` (UTF-8). This set
is for units of measure and rates, so a passage must contain a digit
followed (glued or after one space) by a unit-like token: the pattern below
is deliberately broad (it also catches "5 m" in "5 mẫu xe" or "3 độ tuổi"),
so that the gold also holds text where a unit-looking word is not a unit.

Rule: list every match of UNITISH in every article; choose a match uniformly
at random; take the sentence that holds it (sentence ends: . ! ? … and line
breaks), then add following sentences while the passage stays within MAX
bytes; passages shorter than MIN bytes take the previous sentence too.
Duplicates and overlaps with an already drawn passage of the same article
are redrawn.

Usage: scripts/sample_measure_passages.py CORPUS N SEED > measure_passages.tsv
"""
import json
import random
import re
import sys

MIN, MAX = 80, 420
UNITS = (
    r"kg|km/h|km2|km²|km|m2|m²|m3|m³|ha|hécta|héc-ta|tấn|tạ|yến|lít|mét|độ|cm|mm|"
    r"MW|kW|kWh|GW|W|GB|MB|TB|Mbps|Gbps|hải lý|sào|mẫu|inch|mg|ml|g|l|m|°C|°|"
    r"đồng/|đ/|USD/|%/|cc|mã lực|Hz|MHz|GHz|V|kV|mAh"
)
UNITISH = re.compile(r"\d\s?(?:" + UNITS + r")(?![A-Za-zÀ-ỹ0-9])")
SENT_END = re.compile(r"(?<=[.!?…])\s+|\n")


def sentences(text):
    """(start, end) character ranges of the sentences of `text`."""
    out, pos = [], 0
    for m in SENT_END.finditer(text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out


def nbytes(s):
    return len(s.encode("utf-8"))


def passage(text, at):
    sents = sentences(text)
    k = next((i for i, (a, b) in enumerate(sents) if a <= at < b), None)
    if k is None:
        return None
    a, b = sents[k]
    j = k
    while j + 1 < len(sents) and nbytes(text[a : sents[j + 1][1]]) <= MAX:
        j += 1
        b = sents[j][1]
    if nbytes(text[a:b]) < MIN and k > 0:
        a = sents[k - 1][0]
    piece = text[a:b].strip()
    if not (MIN <= nbytes(piece) <= MAX * 2):
        return None
    a = a + (len(text[a:b]) - len(text[a:b].lstrip()))
    start = nbytes(text[:a])
    return start, start + nbytes(piece)


def main():
    corpus, n, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    matches = []
    for line in open(corpus, encoding="utf-8"):
        d = json.loads(line)
        text = d["text"] or ""
        for m in UNITISH.finditer(text):
            matches.append((d["id"], m.start()))
    texts = {}
    for line in open(corpus, encoding="utf-8"):
        d = json.loads(line)
        texts[d["id"]] = d["text"] or ""
    rng = random.Random(seed)
    taken = {}
    out = []
    while len(out) < n:
        aid, at = rng.choice(matches)
        p = passage(texts[aid], at)
        if p is None:
            continue
        if any(p[0] < e and s < p[1] for s, e in taken.get(aid, [])):
            continue
        taken.setdefault(aid, []).append(p)
        out.append((aid, p[0], p[1]))
    print("# article id\tstart byte\tend byte (of the article's text, UTF-8)")
    for i, (aid, s, e) in enumerate(out):
        print(f"m{i:03}\t{aid}\t{s}\t{e}")


if __name__ == "__main__":
    main()
