#!/usr/bin/env python3
"""Writes the `relative` rows of the extraction gold in the rel1 notation.

    scripts/normalize_relative.py [--check]

The notation (tests/data/extract_gold/CONVENTIONS.md, "Relative dates
(rel1)") gives a relative date as its unit and signed offset from the
article's day (`day-1`, `week-1 wd1`, `year+0`, `?` when the form has no
single value). The gold sets of issue 8 were written before it, each
annotator in a notation of their own (`year 0`, `year0`, `this year`, `day 0
morning`, `week-1 weekend`, `wd6 last`, `rel`, or nothing). This script maps
those notations (PRIVATE below), and takes the value of every row whose old
value said nothing (`rel`, empty, or unclear) from READ below: values
written by reading each passage (scripts/show_passages.py), not by running
the library. The old value goes at the end of the row's note as `was: OLD`. Spans and
kinds are never changed.

Rerunnable: a row whose note already holds `was:` is left alone. `--check`
changes nothing and fails when a row is not in the notation. The fifteenth
blind set (blind15_*) was blind when this was written and is left out; its
three rows outside the notation were rewritten by hand after the set was
opened (twelfth session), each with `was:` in its note.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "../tests/data/extract_gold")

# A value in the notation: descriptions joined by "..", or "?".
UNIT = r"(?:day|week|month|quarter|year|century)[+-]\d+"
PART = r"(?:morning|noon|afternoon|evening|night|T\d\d(?::\d\d)?)"
DESC = (
    rf"(?:{UNIT}(?: wd[1-7]| m\d{{1,2}}(?: d\d{{1,2}})?| d\d{{1,2}}| q[1-4])?(?: {PART})?"
    rf"|wd[1-7](?: next| last)?(?: {PART})?)"
)
VALUE = re.compile(rf"^(?:\?|{DESC}(?:\.\.{DESC})?)$")

WEEKEND_LAST = "week-1 wd6..week-1 wd7"

# The annotators' private notations, as written (value, or note when the
# value column was left empty and the note holds it), mapped to rel1.
PRIVATE = {
    "year 0": "year+0", "year0": "year+0", "year+0": "year+0", "this year": "year+0",
    "year-1": "year-1", "year -1": "year-1", "year+1": "year+1", "year-10": "year-10",
    "year-1..year+0": "year-1",  # "trong năm qua": the year before this one, as "N năm qua" is read
    "day 0": "day+0", "day0": "day+0", "day+0": "day+0", "day 0 T22:30": "day+0 T22:30",
    "day-1": "day-1", "day -1": "day-1", "day+1": "day+1",
    "day 0 morning": "day+0 morning", "day0 morning": "day+0 morning", "day+0 morning": "day+0 morning",
    "day 0 afternoon": "day+0 afternoon", "day+0 afternoon": "day+0 afternoon",
    "day 0 evening": "day+0 evening", "day 0 night": "day+0 night", "day+0 night": "day+0 night",
    "day+0 noon": "day+0 noon", "day-1 evening": "day-1 evening", "day-1 afternoon": "day-1 afternoon",
    "day+1 afternoon": "day+1 afternoon",
    "week 0": "week+0", "week-1": "week-1", "week-1 weekend": WEEKEND_LAST,
    "month-1": "month-1", "quarter 0": "quarter+0", "quarter-1": "quarter-1",
    "century-1": "century-1",
    "wd6 last": "wd6 last", "weekday 6": "wd6 next",
    # No single value: a part of a unit, a season, a vague count, a
    # weekend with no week named.
    "year0 start": "?", "year+0 start": "?", "year0-start..day0": "?",
    "weekend": "?", "weekend last": "?", "week 0 weekend": "?", "weeks+few": "?",
    "season 0": "?", "season-1": "?", "summer 0": "?", "this summer": "?", "year+1 summer": "?",
}

# Values by reading, where the old value said nothing or the private
# notation read the form otherwise: (file, passage, text, n) -> value, n
# counting the rows of that passage and text in the file from 0.
READ = {
    ("blind10_gold_b.tsv", "t115", "cuối tuần", 0): "?",
    ("blind12_gold_a.tsv", "k065", "cuối tuần trước", 0): "week-1 wd5",  # a trading session: Friday
    ("blind12_gold_a.tsv", "k065", "cuối tuần trước", 1): "week-1 wd5",
    ("blind6_gold_b.tsv", "z133", "Cuối tuần trước", 0): WEEKEND_LAST,
    ("blind6_gold_a.tsv", "z017", "Những ngày này", 0): "?",
    ("blind14_gold_a.tsv", "g045", "Hôm thứ Năm", 0): "wd4 last",
    ("blind9_gold_b.tsv", "s110", "năm trước", 0): "?",  # the year before 2016, named in the text
    ("blind2_gold_a.tsv", "v006", "hôm nay", 0): "day+0",
    ("blind2_gold_a.tsv", "v035", "mùa hè năm nay", 0): "?",
    ("blind2_gold_a.tsv", "v038", "đầu tuần", 0): "?",
    ("blind2_gold_a.tsv", "v039", "Trung thu vừa qua", 0): "?",
    ("blind2_gold_a.tsv", "v046", "đầu năm", 0): "?",
    ("blind2_gold_a.tsv", "v060", "từ quý 2 đến hết quý 4 năm nay", 0): "year+0 m4..year+0 m12",
    ("blind2_gold_a.tsv", "v064", "năm nay", 0): "year+0",
    ("blind2_gold_a.tsv", "v064", "năm ngoái", 0): "year-1",
    ("blind2_gold_a.tsv", "v067", "Năm ngoái", 0): "year-1",
    ("blind2_gold_a.tsv", "v067", "Mùa này", 0): "?",
    ("blind2_gold_a.tsv", "v077", "đêm Chủ nhật", 0): "wd7 last night",
    ("blind2_gold_a.tsv", "v077", "mùa hè năm ngoái", 0): "?",
    ("blind2_gold_b.tsv", "v084", "năm mới", 0): "?",
    ("blind2_gold_b.tsv", "v109", "cách đây hơn 1 tuần", 0): "?",
    ("blind2_gold_b.tsv", "v113", "tuần này", 0): "week+0",
    ("blind2_gold_b.tsv", "v114", "tháng 11 năm ngoái", 0): "year-1 m11",
    ("blind2_gold_b.tsv", "v122", "mùa này", 0): "?",
    ("blind2_gold_b.tsv", "v122", "Mùa trước", 0): "?",
    ("blind2_gold_b.tsv", "v122", "năm nay", 0): "year+0",
    ("blind2_gold_b.tsv", "v131", "mùa này", 0): "?",
    ("blind2_gold_b.tsv", "v153", "Hôm nay", 0): "day+0",
    ("blind2_gold_b.tsv", "v155", "cách đây hai năm", 0): "year-2",
    ("blind3_gold_b.tsv", "w085", "năm trước", 0): "year-1",
    ("blind3_gold_b.tsv", "w085", "năm ngoái", 0): "year-1",
    ("blind3_gold_b.tsv", "w089", "tuần tới", 0): "week+1",
    ("blind3_gold_b.tsv", "w089", "thứ Sáu", 0): "wd5 next",
    ("blind3_gold_b.tsv", "w089", "Sáng nay", 0): "day+0 morning",
    ("blind3_gold_b.tsv", "w089", "đầu tháng này", 0): "?",
    ("blind3_gold_b.tsv", "w093", "tháng 11 năm ngoái", 0): "year-1 m11",
    ("blind3_gold_b.tsv", "w159", "ngày hôm nay", 0): "day+0",
    ("blind8_gold_b.tsv", "r087", "hôm qua", 0): "day-1",
    ("blind8_gold_b.tsv", "r098", "ngày mai", 0): "day+1",
    ("blind8_gold_b.tsv", "r110", "Năm ngoái", 0): "year-1",
    ("blind8_gold_b.tsv", "r113", "Năm ngoái", 0): "year-1",
    ("blind8_gold_b.tsv", "r113", "năm nay", 0): "year+0",
    ("blind8_gold_b.tsv", "r114", "cuối tuần qua", 0): WEEKEND_LAST,
    ("blind8_gold_b.tsv", "r125", "hôm nay", 0): "day+0",
    ("blind8_gold_b.tsv", "r128", "cuối tuần qua", 0): WEEKEND_LAST,
    ("blind8_gold_b.tsv", "r129", "năm nay", 0): "year+0",
    ("blind8_gold_b.tsv", "r137", "8h30 sáng mai", 0): "day+1 T08:30",
    ("blind8_gold_b.tsv", "r149", "cuối năm ngoái", 0): "?",
    ("blind8_gold_b.tsv", "r154", "năm nay", 0): "year+0",
    ("blind8_gold_b.tsv", "r154", "năm nay", 1): "year+0",
    ("blind8_gold_b.tsv", "r156", "cuối tuần qua", 0): WEEKEND_LAST,
    ("blind_gold_a.tsv", "u002", "năm nay", 0): "year+0",
    ("blind_gold_a.tsv", "u011", "chiều nay", 0): "day+0 afternoon",
    ("blind_gold_a.tsv", "u015", "sáng cùng ngày", 0): "?",
    ("blind_gold_a.tsv", "u028", "năm nay", 0): "year+0",
    ("blind_gold_a.tsv", "u070", "tuần tới", 0): "week+1",
    ("blind_gold_b.tsv", "u085", "tối qua", 0): "day-1 evening",
    ("blind_gold_b.tsv", "u088", "Cuối tuần qua", 0): WEEKEND_LAST,
    ("blind_gold_b.tsv", "u125", "năm ngoái", 0): "year-1",
    ("blind_gold_b.tsv", "u133", "Năm nay", 0): "year+0",
    ("blind_gold_b.tsv", "u137", "tuần này", 0): "week+0",
    ("blind_gold_b.tsv", "u147", "Hôm nay", 0): "day+0",
    ("blind_gold_b.tsv", "u150", "Hôm nay", 0): "day+0",
    ("blind_gold_b.tsv", "u152", "Hôm thứ Năm", 0): "wd4 last",
    ("blind_gold_b.tsv", "u156", "năm nay", 0): "year+0",
    ("blind_gold_b.tsv", "u159", "tuần này", 0): "week+0",
    ("blind4_gold_a.tsv", "x015", "cuối tuần", 0): "?",
    ("blind5_gold_b.tsv", "y092", "thứ bảy", 0): "wd6 next",
    ("gold_a.tsv", "p006", "năm ngoái", 0): "year-1",
    ("gold_a.tsv", "p044", "hôm nay", 0): "day+0",
    ("gold_a.tsv", "p060", "tháng trước", 0): "month-1",
    ("gold_a.tsv", "p099", "cuối tuần qua", 0): WEEKEND_LAST,
    ("gold_b.tsv", "p105", "ngày hôm nay", 0): "day+0",
    ("gold_b.tsv", "p113", "đầu năm vừa rồi", 0): "?",
    ("gold_b.tsv", "p122", "năm nay", 0): "year+0",
    ("gold_b.tsv", "p122", "Mùa sau", 0): "?",
    ("gold_b.tsv", "p150", "mùa này", 0): "?",
    ("gold_b.tsv", "p158", "ngày hôm qua", 0): "day-1",
    ("gold_b.tsv", "p167", "hè này", 0): "?",
    ("gold_b.tsv", "p171", "hôm nay", 0): "day+0",
    ("gold_b.tsv", "p180", "Hôm qua", 0): "day-1",
    ("gold_b.tsv", "p185", "tối qua", 0): "day-1 evening",
    ("gold_b.tsv", "p189", "năm học này", 0): "?",
    ("gold_b.tsv", "p195", "tối qua", 0): "day-1 evening",
    ("gold_b.tsv", "p195", "năm nay", 0): "year+0",
    ("gold_b.tsv", "p198", "mùa này", 0): "?",
    ("heldout_gold_a.tsv", "h006", "năm nay", 0): "year+0",
    ("heldout_gold_a.tsv", "h006", "tối nay", 0): "day+0 evening",
    ("heldout_gold_a.tsv", "h010", "năm nay", 0): "year+0",
    ("heldout_gold_a.tsv", "h019", "một tuần trước", 0): "day-7",
    ("heldout_gold_a.tsv", "h021", "Tuần trước", 0): "week-1",
    ("heldout_gold_a.tsv", "h021", "năm nay", 0): "year+0",
    ("heldout_gold_a.tsv", "h028", "hôm nay", 0): "day+0",
    ("heldout_gold_a.tsv", "h030", "hôm nay", 0): "day+0",
    ("heldout_gold_a.tsv", "h033", "quý trước", 0): "quarter-1",
    ("heldout_gold_a.tsv", "h042", "năm nay", 0): "year+0",
    ("heldout_gold_a.tsv", "h078", "hôm nay", 0): "day+0",
    ("heldout_gold_a.tsv", "h078", "tuần này", 0): "week+0",
    ("heldout_gold_a.tsv", "h078", "năm nay", 0): "year+0",
    ("heldout_gold_b.tsv", "h098", "Tối nay", 0): "day+0 evening",
    ("heldout_gold_b.tsv", "h105", "năm nay", 0): "year+0",
    ("heldout_gold_b.tsv", "h105", "hôm nay", 0): "day+0",
    ("heldout_gold_b.tsv", "h142", "năm trước", 0): "year-1",
    ("heldout_gold_b.tsv", "h145", "cách đây 500 triệu năm", 0): "year-500000000",
    ("test_gold_a.tsv", "t001", "năm nay", 0): "year+0",
    ("test_gold_a.tsv", "t001", "năm nay", 1): "year+0",
    ("test_gold_a.tsv", "t025", "hôm nay", 0): "day+0",
    ("test_gold_a.tsv", "t032", "tuần qua", 0): "week-1",
    ("test_gold_a.tsv", "t033", "hết tuần", 0): "?",
    ("test_gold_a.tsv", "t041", "tuần này", 0): "week+0",
    ("test_gold_a.tsv", "t074", "năm ngoái", 0): "year-1",
    ("test_gold_a.tsv", "t077", "ngày mai", 0): "day+1",
    ("test_gold_b.tsv", "t088", "trưa cùng ngày", 0): "?",
    ("test_gold_b.tsv", "t097", "năm nay", 0): "year+0",
    ("test_gold_b.tsv", "t098", "năm ngoái", 0): "year-1",
    ("test_gold_b.tsv", "t098", "quý này", 0): "?",  # Q4/2016, named just before
    ("test_gold_b.tsv", "t114", "năm nay", 0): "year+0",
    ("test_gold_b.tsv", "t136", "ngày hôm qua", 0): "day-1",
    ("test_gold_b.tsv", "t139", "Sáng nay", 0): "day+0 morning",
    ("test_gold_b.tsv", "t139", "hôm qua", 0): "day-1",
    ("test_gold_b.tsv", "t144", "năm trước", 0): "year-1",
    ("test_gold_b.tsv", "t144", "năm trước", 1): "year-1",
    ("test_gold_b.tsv", "t144", "năm trước", 2): "year-1",
}


def gold_files():
    for name in sorted(os.listdir(GOLD)):
        if name.startswith("blind15_"):
            continue  # blind: never opened
        if name.endswith(".tsv") and (name.startswith("gold_") or "_gold" in name):
            yield name


def main():
    check = "--check" in sys.argv
    bad, changed = [], 0
    for name in gold_files():
        path = os.path.join(GOLD, name)
        lines = open(path, encoding="utf-8").read().split("\n")
        seen = {}
        for i, line in enumerate(lines):
            f = line.split("\t")
            if line.startswith("#") or len(f) < 3 or f[1] != "relative":
                continue
            while len(f) < 5:
                f.append("")
            key = (name, f[0], f[2], seen.get((f[0], f[2]), 0))
            seen[(f[0], f[2])] = key[3] + 1
            if "was:" in f[4]:
                if not VALUE.match(f[3]):
                    bad.append(f"{name}: {line}")
                continue
            old = f[3] if f[3] else f[4]
            new = READ.get(key) or PRIVATE.get(old.strip())
            if new is None:
                bad.append(f"{name}: no value for {line!r}")
                continue
            if check:
                bad.append(f"{name}: not normalized: {line!r}")
                continue
            note = f"was: {f[3] or '(empty)'}"
            # The old note stays first: the scorer reads a note that starts
            # with "glued" (CONVENTIONS.md).
            f[3], f[4] = new, (f"{f[4]}; {note}" if f[4] else note)
            lines[i] = "\t".join(f[:5] + f[5:])
            changed += 1
        if not check:
            open(path, "w", encoding="utf-8").write("\n".join(lines))
    for b in bad:
        print(b, file=sys.stderr)
    print(f"{changed} relative rows written in the rel1 notation; {len(bad)} problems")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
