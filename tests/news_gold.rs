//! The news gold (`tests/data/news_gold/gold.tsv`, `heldout.tsv`,
//! `test.tsv`, `blind.tsv`): its shape always, and,
//! when the corpus is beside the checkout (`../shared/corpus`), the parser's
//! dateline and byline precision and recall per subset against it. Without
//! the corpus the scoring test prints a note and passes: the repository
//! holds no article text.

#[path = "support/news_gold.rs"]
mod news_gold;

use std::collections::{BTreeMap, BTreeSet};

const GOLD: &str = include_str!("data/news_gold/gold.tsv");
const HELDOUT: &str = include_str!("data/news_gold/heldout.tsv");
const TEST: &str = include_str!("data/news_gold/test.tsv");
const BLIND: &str = include_str!("data/news_gold/blind.tsv");
const BLIND2: &str = include_str!("data/news_gold/blind2.tsv");
const BLIND3: &str = include_str!("data/news_gold/blind3.tsv");
const BLIND4: &str = include_str!("data/news_gold/blind4.tsv");
const BLIND5: &str = include_str!("data/news_gold/blind5.tsv");
const BLIND6: &str = include_str!("data/news_gold/blind6.tsv");
const BLIND7: &str = include_str!("data/news_gold/blind7.tsv");
const BLIND8: &str = include_str!("data/news_gold/blind8.tsv");
const BLIND9: &str = include_str!("data/news_gold/blind9.tsv");
const BLIND10: &str = include_str!("data/news_gold/blind10.tsv");
const BLIND11: &str = include_str!("data/news_gold/blind11.tsv");
const BLIND12: &str = include_str!("data/news_gold/blind12.tsv");
const BLIND13: &str = include_str!("data/news_gold/blind13.tsv");
const BLIND14: &str = include_str!("data/news_gold/blind14.tsv");
const BLIND15: &str = include_str!("data/news_gold/blind15.tsv");
const BLIND16: &str = include_str!("data/news_gold/blind16.tsv");
const BLIND17: &str = include_str!("data/news_gold/blind17.tsv");
const BLIND18: &str = include_str!("data/news_gold/blind18.tsv");
const BLIND19: &str = include_str!("data/news_gold/blind19.tsv");
const BLIND20: &str = include_str!("data/news_gold/blind20.tsv");
const BLIND21: &str = include_str!("data/news_gold/blind21.tsv");
const BLIND22: &str = include_str!("data/news_gold/blind22.tsv");
const BLIND23: &str = include_str!("data/news_gold/blind23.tsv");
const BLIND24: &str = include_str!("data/news_gold/blind24.tsv");
const BLIND25: &str = include_str!("data/news_gold/blind25.tsv");
const BLIND26: &str = include_str!("data/news_gold/blind26.tsv");
const BLIND27: &str = include_str!("data/news_gold/blind27.tsv");
const BLIND28: &str = include_str!("data/news_gold/blind28.tsv");
const BLIND29: &str = include_str!("data/news_gold/blind29.tsv");
const BLIND30: &str = include_str!("data/news_gold/blind30.tsv");
const BLIND31: &str = include_str!("data/news_gold/blind31.tsv");
const BLIND32: &str = include_str!("data/news_gold/blind32.tsv");
const BLIND33: &str = include_str!("data/news_gold/blind33.tsv");
const BLIND34: &str = include_str!("data/news_gold/blind34.tsv");

#[test]
fn gold_has_twenty_articles_per_subset() {
    let gold = news_gold::read_gold(GOLD);
    let mut per: BTreeMap<&str, usize> = BTreeMap::new();
    for g in &gold {
        *per.entry(g.id.split('-').next().unwrap_or("?"))
            .or_default() += 1;
    }
    assert_eq!(
        per.keys().copied().collect::<Vec<_>>(),
        ["bm13", "bm17", "bm25", "unc", "vfnd", "vmds", "vne", "vnn"]
    );
    assert!(per.values().all(|&n| n == 20), "{per:?}");
    let ids: BTreeSet<&str> = gold.iter().map(|g| g.id.as_str()).collect();
    assert_eq!(ids.len(), gold.len(), "an id is listed twice");
}

#[test]
fn heldout_has_ten_articles_per_subset_none_in_the_gold() {
    let gold = news_gold::read_gold(GOLD);
    let held = news_gold::read_gold(HELDOUT);
    let mut per: BTreeMap<&str, usize> = BTreeMap::new();
    for g in &held {
        *per.entry(g.id.split('-').next().unwrap_or("?"))
            .or_default() += 1;
        assert!(
            gold.iter().all(|x| x.id != g.id),
            "{} is in both sets",
            g.id
        );
    }
    assert_eq!(per.len(), 8);
    assert!(per.values().all(|&n| n == 10), "{per:?}");
}

/// The blind sets: 25, 20, 20 and 20 articles of each of the seven subsets
/// that have articles left (vnn has none), each id once, none in an
/// earlier set.
#[test]
fn blind_sets_are_stratified_and_disjoint_from_the_others() {
    let mut earlier: BTreeSet<String> = [GOLD, HELDOUT, TEST]
        .iter()
        .flat_map(|f| news_gold::read_gold(f))
        .map(|g| g.id)
        .collect();
    for (file, per_subset) in [
        (BLIND, 25),
        (BLIND2, 20),
        (BLIND3, 20),
        (BLIND4, 20),
        (BLIND5, 20),
    ] {
        let set = news_gold::read_gold(file);
        let mut per: BTreeMap<String, usize> = BTreeMap::new();
        for g in &set {
            *per.entry(g.id.split('-').next().unwrap_or("?").to_string())
                .or_default() += 1;
            assert!(!earlier.contains(&g.id), "{} is in an earlier set", g.id);
        }
        assert_eq!(per.len(), 7, "{per:?}");
        assert!(per.values().all(|&n| n == per_subset), "{per:?}");
        let before = earlier.len();
        earlier.extend(set.iter().map(|g| g.id.clone()));
        assert_eq!(earlier.len(), before + set.len(), "an id is listed twice");
    }
}

/// No article is in two sets: every set was drawn excluding the articles
/// of the sets before it.
#[test]
fn no_article_is_in_two_sets() {
    let mut seen = BTreeSet::new();
    for file in [
        GOLD, HELDOUT, TEST, BLIND, BLIND2, BLIND3, BLIND4, BLIND5, BLIND6, BLIND7, BLIND8, BLIND9,
        BLIND10, BLIND11, BLIND12, BLIND13, BLIND14, BLIND15, BLIND16, BLIND17, BLIND18, BLIND19,
        BLIND20, BLIND21, BLIND22, BLIND23, BLIND24, BLIND25, BLIND26, BLIND27, BLIND28, BLIND29,
        BLIND30, BLIND31, BLIND32, BLIND33, BLIND34,
    ] {
        for g in news_gold::read_gold(file) {
            assert!(seen.insert(g.id.clone()), "{} is in two sets", g.id);
        }
    }
    assert!(seen.len() > 3700, "{} articles", seen.len());
}

#[test]
fn test_set_is_stratified_and_disjoint_from_the_others() {
    let gold = news_gold::read_gold(GOLD);
    let held = news_gold::read_gold(HELDOUT);
    let test = news_gold::read_gold(TEST);
    let mut per: BTreeMap<&str, usize> = BTreeMap::new();
    let mut ids = BTreeSet::new();
    for g in &test {
        *per.entry(g.id.split('-').next().unwrap_or("?"))
            .or_default() += 1;
        assert!(ids.insert(g.id.as_str()), "{} is listed twice", g.id);
        assert!(
            gold.iter().chain(&held).all(|x| x.id != g.id),
            "{} is in the dev or held-out set",
            g.id
        );
    }
    assert_eq!(test.len(), 205);
    assert_eq!(per.len(), 8);
    // 27 per subset; vnn has 46 articles, 30 of them in the other sets.
    assert!(
        per.iter()
            .all(|(s, &n)| n == if *s == "vnn" { 16 } else { 27 }),
        "{per:?}"
    );
}

/// Percent floors for one set: dateline precision and recall, byline
/// precision and recall.
struct Floors {
    dateline: (usize, usize),
    byline: (usize, usize),
}

/// Scores the parser on one gold table against the corpus, prints the
/// table and the misses, and holds the totals to `floors`; prints a note
/// and passes when the corpus (or one of the set's articles) is absent.
fn check(name: &str, table: &str, floors: Floors) {
    let Some(path) = news_gold::corpus_path() else {
        println!("news_gold: ../shared/corpus is absent; {name} not scored.");
        return;
    };
    let gold = news_gold::read_gold(table);
    let ids: BTreeSet<&str> = gold.iter().map(|g| g.id.as_str()).collect();
    let texts = news_gold::load_texts(&path, &ids);
    if texts.len() != gold.len() {
        println!(
            "news_gold: the corpus at {} lacks {name} articles; not scored.",
            path.display()
        );
        return;
    }
    let (scores, misses) = news_gold::score(&gold, &texts);
    println!("{name}\n{}", news_gold::table(&scores));
    for m in &misses {
        println!("- {m}");
    }
    let sum = |f: fn(&news_gold::Score) -> usize| scores.values().map(f).sum::<usize>();
    let (d_gold, d_found, d_ok) = (sum(|s| s.d_gold), sum(|s| s.d_found), sum(|s| s.d_correct));
    let (b_gold, b_found, b_ok) = (sum(|s| s.b_gold), sum(|s| s.b_found), sum(|s| s.b_correct));
    let (dp, dr) = floors.dateline;
    let (bp, br) = floors.byline;
    assert!(
        d_ok * 100 >= d_found * dp,
        "{name}: dateline precision {d_ok}/{d_found}"
    );
    assert!(
        d_ok * 100 >= d_gold * dr,
        "{name}: dateline recall {d_ok}/{d_gold}"
    );
    assert!(
        b_ok * 100 >= b_found * bp,
        "{name}: byline precision {b_ok}/{b_found}"
    );
    assert!(
        b_ok * 100 >= b_gold * br,
        "{name}: byline recall {b_ok}/{b_gold}"
    );
}

/// The blind test set. Its first run gave datelines 15 of 16 found correct
/// of 16 (with the corrected row), bylines 98 of 105 found correct of 113;
/// after the second pass 16/16 of 16 and 109/109 of 113; after the third
/// 16/16 of 16 and 110/111 of 113. Floors a little below the latter, so
/// that a regression shows.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn test_set_scores_on_the_corpus() {
    let floors = Floors {
        dateline: (100, 93),
        byline: (99, 96),
    };
    check("test set", TEST, floors);
}

/// The held-out set: its first run gave datelines 6/6 of 8, bylines 34 of
/// 36 found of 40; after the third pass of issue 10, 8/8 of 8 and 38 of 39
/// found of 40. Floors a little below the latter.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn heldout_scores_on_the_corpus() {
    let floors = Floors {
        dateline: (100, 87),
        byline: (95, 92),
    };
    check("held-out set", HELDOUT, floors);
}

/// The development set: floors a little below the figures at the close of
/// issue 10 (datelines 14/14 found correct of 14, bylines 78 of 80 found
/// correct of 81).
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn scores_on_the_corpus() {
    let floors = Floors {
        dateline: (99, 90),
        byline: (96, 94),
    };
    check("development set", GOLD, floors);
}

/// The blind set of the third pass: scored twice blind (the second run:
/// datelines 14/15 of 15, bylines 103 of 107 found of 110), then its disagreements read as
/// classes (the fourth pass): 14/15 of 15 and 105 of 109 found of 110, the
/// rest noted in the file as doubtful rows or left. Floors a little below.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn blind_set_scores_on_the_corpus() {
    let floors = Floors {
        dateline: (93, 93),
        byline: (95, 94),
    };
    check("blind set", BLIND, floors);
}

/// The second blind set, drawn after the first was opened: scored once,
/// as it came (datelines 14 of 15 found of 15, bylines 76 of 83 found of
/// 86), then its disagreements read as classes (the fifth pass): datelines
/// 15/15 of 15, bylines 84 of 87 found of 86, the rest noted in the file
/// as doubtful rows or left. Floors a little below.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn second_blind_set_scores_on_the_corpus() {
    let floors = Floors {
        dateline: (99, 99),
        byline: (95, 96),
    };
    check("second blind set", BLIND2, floors);
}

/// The third blind set, drawn while the third session's rules were
/// written by engineers who never saw it: scored once at the end, as it
/// came (datelines 14 of 14 found of 14; bylines 83 of 89 found of 95:
/// 93.3% / 87.4%, against 91.0% / 85.3% for the code at the start of that
/// session); 85 of 91 found (93.4% / 89.5%) after a second corpus probe,
/// 88 of 92 found (95.7% / 92.6%) after the fourth session's probe, whose
/// brief named some of its misses.
/// Its disagreements were read after scoring; no rule came from them.
/// Floors a little below.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn third_blind_set_scores_on_the_corpus() {
    let floors = Floors {
        dateline: (99, 99),
        byline: (95, 92),
    };
    check("third blind set", BLIND3, floors);
}

/// The fourth blind set, drawn at the start of the fourth session on
/// issue 10 and scored at once with the code of that start: datelines 9 of
/// 9 found of 9; bylines 80 of 82 found of 83 (97.6% / 96.4%). Floors a
/// little below.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn fourth_blind_set_scores_on_the_corpus() {
    let floors = Floors {
        dateline: (99, 99),
        byline: (97, 96),
    };
    check("fourth blind set", BLIND4, floors);
}

/// The fifth blind set, drawn at the start of the fifth session on issue
/// 10 and scored at once with the code of that start: datelines 13 of 13
/// found of 14 (100% / 92.9%); bylines 75 of 82 found of 87 (91.5% /
/// 86.2%), the same at the end of that session; its disagreements read
/// then, a last pass of rules from them (no longer blind): 78 of 84 found
/// (92.9% / 89.7%). Floors a little below.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn fifth_blind_set_scores_on_the_corpus() {
    let floors = Floors {
        dateline: (99, 92),
        byline: (92, 89),
    };
    check("fifth blind set", BLIND5, floors);
}

/// The sixth blind set, drawn at the end of the fifth session on issue 10
/// and scored once with the code of that end: datelines 10 of 10 found of
/// 11 (100% / 90.9%); bylines 76 of 83 found of 89 (91.6% / 85.4%). Its
/// disagreements are left unread for the next session. Floors a little
/// below.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn sixth_blind_set_scores_on_the_corpus() {
    let floors = Floors {
        dateline: (99, 90),
        byline: (91, 85),
    };
    check("sixth blind set", BLIND6, floors);
}

/// The seventh blind set, drawn at the start of the sixth session on issue
/// 10 before any of its rules: datelines 10 of 10 found of 11 (100% /
/// 90.9%); bylines 85 of 88 found of 90 (96.6% / 94.4%) with the code of
/// its end (94.2% / 90.0% at its start). Its disagreements are left unread
/// for the next session. Floors a little below.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn seventh_blind_set_scores_on_the_corpus() {
    let floors = Floors {
        dateline: (99, 90),
        byline: (96, 94),
    };
    check("seventh blind set", BLIND7, floors);
}

/// The eighth blind set, drawn at the start of the seventh session on issue
/// 10 before any of its rules (131 articles; bm25 had 11 left): datelines
/// 20 of 20 found of 22 (100% / 90.9%); bylines 74 of 84 found of 87
/// (88.1% / 85.1%) with the code of that start; at its end, unseen,
/// datelines 21 of 21 found of 22 (100% / 95.5%), bylines 75 of 85 found
/// of 87 (88.2% / 86.2%). Floors a little below.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn eighth_blind_set_scores_on_the_corpus() {
    let floors = Floors {
        dateline: (99, 90),
        byline: (87, 84),
    };
    check("eighth blind set", BLIND8, floors);
}

/// The ninth blind set, drawn at the end of the seventh session (101
/// articles; bm25 had none left, vfnd one) and scored once with that
/// session's end code, its disagreements left unread: datelines 7 of 7
/// (100% / 100%), bylines 78 of 81 found of 83 (96.3% / 94.0%). Floors a
/// little below.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn ninth_blind_set_scores_on_the_corpus() {
    let floors = Floors {
        dateline: (99, 99),
        byline: (95, 93),
    };
    check("ninth blind set", BLIND9, floors);
}

/// The tenth blind set, drawn at the start of the eighth session (100
/// articles; bm25, vfnd and vnn had none left) and scored once with that
/// start's code, its disagreements unread: datelines 9 of 9 (100% /
/// 100%), bylines 77 of 81 found of 83 (95.1% / 92.8%); the same at that
/// session's end. Floors a little below.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn tenth_blind_set_scores_on_the_corpus() {
    let floors = Floors {
        dateline: (99, 99),
        byline: (94, 92),
    };
    check("tenth blind set", BLIND10, floors);
}

/// The eleventh blind set, drawn at the end of the eighth session (100
/// articles) and scored once with that session's end code, its
/// disagreements left unread: datelines 12 of 12 (100% / 100%), bylines
/// 70 of 74 found of 75 (94.6% / 93.3%). Floors a little below.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn eleventh_blind_set_scores_on_the_corpus() {
    let floors = Floors {
        dateline: (99, 99),
        byline: (93, 92),
    };
    check("eleventh blind set", BLIND11, floors);
}

/// The twelfth blind set, drawn at the start of the ninth session (100
/// articles) and scored with that session's start code before any rule of
/// the session: datelines 12 of 12 (100% / 100%), bylines 73 of 77 found of 77
/// (94.8% / 94.8%), the same at its end, unseen. Floors a little below.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn twelfth_blind_set_scores_on_the_corpus() {
    let floors = Floors {
        dateline: (99, 99),
        byline: (93, 93),
    };
    check("twelfth blind set", BLIND12, floors);
}

/// The thirteenth blind set, drawn at the start of the tenth session (100
/// articles) and scored with that session's start code before any rule of
/// the session: datelines 15 of 15 (100% / 100%), bylines 73 of 75 found of
/// 78 (97.3% / 93.6%). Floors a little below.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn thirteenth_blind_set_scores_on_the_corpus() {
    let floors = Floors {
        dateline: (99, 99),
        byline: (96, 92),
    };
    check("thirteenth blind set", BLIND13, floors);
}

/// The fourteenth blind set, drawn at the start of the eleventh session
/// (100 articles) and scored with that session's start code before any rule
/// of the session: datelines 9 of 9 (100% / 100%), bylines 80 of 83 found
/// of 85 (96.4% / 94.1%), and the same at its end, unseen. Floors a little
/// below.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn fourteenth_blind_set_scores_on_the_corpus() {
    let floors = Floors {
        dateline: (99, 99),
        byline: (95, 93),
    };
    check("fourteenth blind set", BLIND14, floors);
}

/// The fifteenth blind set, drawn at the start of the twelfth session
/// (100 articles) and scored with that session's start code before any rule
/// of the session: datelines 10 of 11 (90.9% / 90.9%), bylines 73 of 74
/// found of 76 (98.6% / 96.1%). Floors a little below.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn fifteenth_blind_set_scores_on_the_corpus() {
    let floors = Floors {
        dateline: (89, 89),
        byline: (97, 95),
    };
    check("fifteenth blind set", BLIND15, floors);
}

/// The sixteenth blind set, drawn at the start of the thirteenth session
/// (100 articles) and scored with that session's start code before any
/// rule of the session: datelines 13 of 13 found of 14 (100% / 92.9%),
/// bylines 76 of 79 found of 81 (96.2% / 93.8%). Floors a little below.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn sixteenth_blind_set_scores_on_the_corpus() {
    let floors = Floors {
        dateline: (99, 91),
        byline: (95, 92),
    };
    check("sixteenth blind set", BLIND16, floors);
}

/// The seventeenth blind set, drawn at the start of the fourteenth session
/// (100 articles) and scored with that session's start code before any
/// rule of the session: datelines 11 of 12 found of 12 (91.7% / 91.7%),
/// bylines 79 of 85 found of 86 (92.9% / 91.9%). Floors a little below.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn seventeenth_blind_set_scores_on_the_corpus() {
    let floors = Floors {
        dateline: (90, 90),
        byline: (91, 90),
    };
    check("seventeenth blind set", BLIND17, floors);
}

/// The eighteenth blind set, drawn at the start of the fifteenth session
/// (100 articles) and scored with that session's start code before any
/// rule of the session: datelines 10 of 10 found of 10 (100% / 100%),
/// bylines 78 of 78 found of 81 (100% / 96.3%). Floors a little below.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn eighteenth_blind_set_scores_on_the_corpus() {
    let floors = Floors {
        dateline: (90, 90),
        byline: (95, 93),
    };
    check("eighteenth blind set", BLIND18, floors);
}

/// The nineteenth blind set, drawn at the start of the sixteenth session
/// (100 articles) and scored with that session's start code before any
/// rule of the session: datelines 11 of 12 found of 12 (91.7% / 91.7%),
/// bylines 81 of 83 found of 83 (97.6% / 97.6%). Floors a little below.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn nineteenth_blind_set_scores_on_the_corpus() {
    let floors = Floors {
        dateline: (85, 85),
        byline: (95, 95),
    };
    check("nineteenth blind set", BLIND19, floors);
}

/// The twentieth blind set, drawn at the start of the seventeenth session
/// (100 articles) and scored with that session's start code before any
/// rule of the session: datelines 7 of 8 found of 8 (87.5% / 87.5%),
/// bylines 74 of 77 found of 79 (96.1% / 93.7%). Floors a little below.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn twentieth_blind_set_scores_on_the_corpus() {
    let floors = Floors {
        dateline: (85, 85),
        byline: (95, 92),
    };
    check("twentieth blind set", BLIND20, floors);
}

/// The twenty-first blind set, drawn at the start of the eighteenth session
/// (100 articles) and scored with that session's start code before any
/// rule of the session: datelines 11 of 11 found of 11 (100% / 100%),
/// bylines 73 of 75 found of 80 (97.3% / 91.2%). Floors a little below.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn twenty_first_blind_set_scores_on_the_corpus() {
    let floors = Floors {
        dateline: (95, 95),
        byline: (95, 89),
    };
    check("twenty-first blind set", BLIND21, floors);
}

/// The twenty-second blind set, drawn at the start of the twentieth session
/// (100 articles) and scored with that session's start code before any
/// rule of the session: datelines 13 of 13 found of 13 (100% / 100%),
/// bylines 78 of 78 found of 78 (100% / 100%); the same at that session's
/// end, still unseen, and when opened at the start of the twenty-second.
/// Floors a little below.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn twenty_second_blind_set_scores_on_the_corpus() {
    let floors = Floors {
        dateline: (95, 95),
        byline: (97, 97),
    };
    check("twenty-second blind set", BLIND22, floors);
}

/// The twenty-third blind set, drawn at the start of the twenty-first
/// session (103 articles) and scored with that session's start code before
/// any rule of the session: datelines 13 of 13 found of 13 (100% / 100%),
/// bylines 75 of 77 found of 80 (97.4% / 93.8%); the same at that
/// session's end, still unseen, and when opened at the start of the
/// twenty-second (its six disagreements stand as written: README).
/// Floors a little below.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn twenty_third_blind_set_scores_on_the_corpus() {
    let floors = Floors {
        dateline: (95, 95),
        byline: (96, 93),
    };
    check("twenty-third blind set", BLIND23, floors);
}

/// The twenty-fourth blind set, drawn at the start of the twenty-second
/// session (78 articles) and scored with that session's start code before
/// any rule of the session: datelines 13 of 13 found of 13 (100% / 100%),
/// bylines 57 of 58 found of 59 (98.3% / 96.6%). Floors a little below.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn twenty_fourth_blind_set_scores_on_the_corpus() {
    let floors = Floors {
        dateline: (95, 95),
        byline: (97, 95),
    };
    check("twenty-fourth blind set", BLIND24, floors);
}

/// The twenty-fifth blind set, drawn at the start of the twenty-third
/// session (80 articles, 16 in each of five subsets, from articles read so
/// far only in one extraction passage) and scored with that session's
/// start code before any rule of the session: datelines 10 of 10 found of
/// 10 (100% / 100%), bylines 56 of 59 found of 60 (94.9% / 93.3%), the
/// same at its end. Opened at the start of the twenty-fourth session: two
/// rows adjudicated to the written conventions (an org as written, a
/// provider's credit without "cung cấp"), 58 of 59 found of 60 (98.3% /
/// 96.7%); its two misses are one-off layouts. Floors a little below.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn twenty_fifth_blind_set_scores_on_the_corpus() {
    let floors = Floors {
        dateline: (95, 95),
        byline: (97, 95),
    };
    check("twenty-fifth blind set", BLIND25, floors);
}

/// The twenty-sixth blind set, drawn at the start of the twenty-fourth
/// session (81 articles: 26 in each of bm13, bm17 and vne and the three
/// vmds left, from articles read so far only in one extraction passage)
/// and scored with the code after the openings of that start (before any
/// probe of the session): datelines 15 of 15 found of 15 (100% / 100%),
/// bylines 63 of 65 found of 66 (96.9% / 95.5%), the same at its end.
/// Opened at the start of the twenty-fifth session: its three misses are
/// one-off layouts (news README), no row adjudicated. Floors a little
/// below.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn twenty_sixth_blind_set_scores_on_the_corpus() {
    let floors = Floors {
        dateline: (95, 95),
        byline: (95, 93),
    };
    check("twenty-sixth blind set", BLIND26, floors);
}

/// The twenty-seventh blind set, drawn at the start of the twenty-fifth
/// session (81 articles: 27 in each of bm13, bm17 and vne, from articles
/// read so far only in one extraction passage) and scored with the code
/// after the openings of that start (before any probe of the session):
/// datelines 16 of 16 found of 16 (100% / 100%), bylines 61 of 63 found of
/// 64 (96.8% / 95.3%); 62 of 64 of 64 at the end of that session. Opened
/// at the start of the twenty-sixth session: its three misses are one-off
/// layouts (news README), no row adjudicated. Floors a little below.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn twenty_seventh_blind_set_scores_on_the_corpus() {
    let floors = Floors {
        dateline: (95, 95),
        byline: (95, 93),
    };
    check("twenty-seventh blind set", BLIND27, floors);
}

/// The twenty-eighth blind set, drawn at the start of the twenty-sixth
/// session (81 articles: 27 in each of bm13, bm17 and vne, from articles
/// read so far only in one extraction passage) and scored with the code
/// after the openings of that start (before any probe of the session):
/// datelines 18 of 19 found of 19 (94.7% / 94.7%), bylines 62 of 63 found
/// of 65 (98.4% / 95.4%); the same at the end of that session. Opened at
/// the start of the twenty-seventh session: `bm13-11121472`'s `(iHay)`
/// adjudicated to name its parent Thanh Niên (the sub-brand rule), and
/// one rule from its errors (a run of lone photo credits before the
/// signature credits a gallery's captions): datelines 19 of 19 of 19,
/// bylines 63 of 63 of 65 (100% / 96.9%), not blind. Its two misses are
/// one-off layouts (news README). Floors a little below.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn twenty_eighth_blind_set_scores_on_the_corpus() {
    let floors = Floors {
        dateline: (95, 95),
        byline: (97, 95),
    };
    check("twenty-eighth blind set", BLIND28, floors);
}

/// The twenty-ninth blind set, drawn at the start of the twenty-seventh
/// session (81 articles: 27 in each of bm13, bm17 and vne, from articles
/// read so far only in one extraction passage) and scored with the code
/// after the openings of that start (before any probe of the session):
/// datelines 10 of 10 found of 10, bylines 64 of 64 found of 64 (100% /
/// 100%), and so at the end of that session. Opened at the start of the
/// twenty-eighth: no disagreement, no row adjudicated (its five doubtful
/// rows read as the library does). Floors a little below.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn twenty_ninth_blind_set_scores_on_the_corpus() {
    let floors = Floors {
        dateline: (95, 95),
        byline: (97, 96),
    };
    check("twenty-ninth blind set", BLIND29, floors);
}

/// The thirtieth blind set, drawn at the start of the twenty-eighth
/// session (54 articles: 27 in each of bm13 and bm17, the only subsets
/// with articles read so far only in one extraction passage) and scored
/// with the code after the openings of that start (before any probe of
/// the session): datelines 10 of 11 found of 11, bylines 41 of 41 found
/// of 42 (100% / 97.6%), and so at its end. Opened at the start of the
/// twenty-ninth session: `bm13-11133472`'s "Infogame – " adjudicated to
/// its parent outlet, Infonet (a section's dateline names its parent),
/// datelines 11 of 11; its one byline miss ("Bài viết được cung cấp bởi
/// CTCK Bảo Việt", a provider's disclaimer, the one such line in the
/// corpus) stays. Floors a little below.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn thirtieth_blind_set_scores_on_the_corpus() {
    let floors = Floors {
        dateline: (95, 95),
        byline: (97, 95),
    };
    check("thirtieth blind set", BLIND30, floors);
}

/// The thirty-first blind set, drawn at the start of the twenty-ninth
/// session (54 articles: 27 in each of bm13 and bm17, the only subsets
/// with articles read so far only in one extraction passage) and scored
/// with the code after the openings of that start (before any probe of
/// the session): datelines 16 of 16 found of 16, bylines 40 of 41 found
/// of 41 (97.6% / 97.6%), the same at the end of that session. Opened at
/// the start of the thirtieth: the one miss, a credit on a line "Tin"
/// alone above the name, stands (README). Floors a little below.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn thirty_first_blind_set_scores_on_the_corpus() {
    let floors = Floors {
        dateline: (95, 95),
        byline: (95, 95),
    };
    check("thirty-first blind set", BLIND31, floors);
}

/// The thirty-second blind set, drawn at the start of the thirtieth
/// session (54 articles: 27 in each of bm13 and bm17) and scored with the
/// code after the openings of that start (before any probe of the
/// session): datelines 13 of 13 found of 13, bylines 35 of 42 found of 42
/// (83.3% / 83.3%), the same at the end of that session. Opened at the
/// start of the thirty-first: five rows whose annotator respelled a
/// source to the registry were adjudicated to the README's "as written"
/// (bylines 40 of 42 found of 42, 95.2% / 95.2%); two disagreements stand
/// (README). Floors a little below.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn thirty_second_blind_set_scores_on_the_corpus() {
    let floors = Floors {
        dateline: (95, 95),
        byline: (92, 92),
    };
    check("thirty-second blind set", BLIND32, floors);
}

/// The thirty-third blind set, drawn at the start of the thirty-first
/// session (54 articles: 27 in each of bm13 and bm17) and scored with the
/// code of that start (before any opening or probe of the session):
/// datelines 18 of 18 found of 18, bylines 32 of 35 found of 37 (91.4% /
/// 86.5%), the same at the end of that session. Opened at the start of
/// the thirty-second session: one row adjudicated (a name closing a
/// gallery's caption), bylines 33 of 35 of 37 (94.3% / 89.2%); four
/// one-off layouts stand as misses (README). Floors a little below.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn thirty_third_blind_set_scores_on_the_corpus() {
    let floors = Floors {
        dateline: (95, 95),
        byline: (92, 87),
    };
    check("thirty-third blind set", BLIND33, floors);
}

/// The thirty-fourth blind set, drawn at the start of the thirty-second
/// session (54 articles: 27 in each of bm13 and bm17) and scored with the
/// code of that start (before any opening or probe of the session):
/// datelines 17 of 17 found of 17, bylines 44 of 44 found of 45 (100% /
/// 97.8%), and the same at the end of that session. Not opened. Floors a
/// little below.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn thirty_fourth_blind_set_scores_on_the_corpus() {
    let floors = Floors {
        dateline: (95, 95),
        byline: (95, 93),
    };
    check("thirty-fourth blind set", BLIND34, floors);
}

/// The scorer reads two sources joined by "và" (and) as a list, as it reads
/// commas and slashes (news52 probe): the library keeps `Nikon và Dpreview`
/// whole, as written, and the gold writes `Nikon|Dpreview`. A single name
/// holding the word is split alike on both sides, so it still equals
/// itself.
#[test]
fn sources_joined_by_va_are_a_list() {
    let text = "Hãng máy ảnh vừa công bố mẫu mới với cảm biến lớn hơn.\n\
                Máy có giá bán dự kiến khoảng 1.000 USD khi lên kệ vào tháng sau.\n\
                (Theo Nikon và Dpreview)";
    let article = vietnorm::news::parse_article(text);
    let (_, found) = news_gold::found(&article);
    let rows = "id\tlabel\toutlet\tplace\tbyline\tauthors\torg\tcredits\tnote\n\
                x-1\t-\t-\t-\tyes\t-\tNikon|Dpreview\t-\tnote\n\
                x-2\t-\t-\t-\tyes\t-\tNikon và Dpreview\t-\tnote\n";
    let gold = news_gold::read_gold(rows);
    assert_eq!(found, gold[0].byline);
    assert_eq!(found, gold[1].byline);
    let single = vietnorm::news::parse_article(
        "Tạp chí vừa ra số mới với nhiều bài về thời trang mùa thu.\nTheo Mốt và cuộc sống",
    );
    let (_, found) = news_gold::found(&single);
    let rows = "id\tlabel\toutlet\tplace\tbyline\tauthors\torg\tcredits\tnote\n\
                x-3\t-\t-\t-\tyes\t-\tMốt và cuộc sống\t-\tnote\n";
    assert_eq!(found, news_gold::read_gold(rows)[0].byline);
}
