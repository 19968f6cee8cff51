//! `extract` against the gold passages (`tests/data/extract_gold`): the
//! precision and recall of every kind may not fall below what was last
//! measured. The passages are byte ranges of corpus articles, so the test
//! reads the corpus (`VIETNORM_CORPUS`, else `../shared/corpus` beside the
//! checkout) and says so and passes when there is none: the repository
//! holds no article text.

#[path = "support/gold.rs"]
mod gold;

use vietnorm::extract::Extractor;

/// Floors per set: (kind, precision, recall), in percent, a little under
/// the figures measured when they were set (see CHANGELOG).
const DEV_FLOORS: &[(&str, f64, f64)] = &[
    ("all", 96.5, 96.0),
    ("date", 97.0, 96.0),
    ("datetime", 99.0, 99.0),
    ("duration", 95.0, 98.0),
    ("number", 96.0, 97.0),
];
const HELD_OUT_FLOORS: &[(&str, f64, f64)] = &[
    ("all", 97.5, 96.5),
    ("date", 97.0, 97.0),
    ("datetime", 99.0, 99.0),
    ("number", 96.0, 95.0),
    ("ordinal", 99.0, 94.0),
];
/// The final set was scored once as it came (84.9% / 85.3%, before the
/// rules its misses suggested); these floors hold what came after.
const FINAL_FLOORS: &[(&str, f64, f64)] = &[
    ("all", 96.5, 93.5),
    ("date", 96.5, 94.5),
    ("number", 96.5, 93.0),
    ("percent", 99.0, 99.0),
];
/// The blind set: scored twice blind (90.7% / 88.7%, then 91.9% / 89.8%
/// after the accuracy pass), then opened for the rules its misses
/// suggested.
const BLIND_FLOORS: &[(&str, f64, f64)] = &[("all", 94.0, 93.0)];
/// The second blind set: scored once, as it came (92.9% / 91.6%), then
/// opened in the third session on issue 8 (98.2% / 97.4% after).
const BLIND2_FLOORS: &[(&str, f64, f64)] = &[
    ("all", 97.5, 96.5),
    ("date", 97.0, 95.5),
    ("datetime", 99.0, 99.0),
    ("duration", 99.0, 99.0),
    ("number", 96.5, 96.5),
];
/// The third blind set: drawn in the third session on issue 8 and scored
/// once, at its end, as it came (91.8% / 94.6%; the code at the start of
/// that session scored 88.7% / 90.7% on it); 93.9% / 95.8% after the
/// fourth session's corpus probes (whose brief named some of its misses).
const BLIND3_FLOORS: &[(&str, f64, f64)] = &[("all", 93.5, 95.5), ("money", 99.0, 92.0)];
/// The fourth blind set: drawn at the start of the fourth session on
/// issue 8 and scored at once with the code of that start (91.0% / 94.5%),
/// then at its end (92.2% / 94.9%), by rules whose writers never saw it;
/// 94.1% / 94.9% after one rule from its errors (a caption's photo number).
const BLIND4_FLOORS: &[(&str, f64, f64)] = &[("all", 92.0, 94.5), ("date", 96.0, 98.0)];
/// The fifth blind set, scored at once with the code at the start of the
/// fifth session: 90.9% / 90.6% (241 of 265 found, of 266); 91.3% /
/// 91.0% once the scorer stopped placing a word's row inside a longer
/// word ("ba" in "ban"); 93.6% / 92.9% at the end of that session (247
/// of 264 found), after the rules of five probes whose writers never saw
/// it. Its errors were read then; after the rules written from them (no
/// longer blind): 96.2% / 94.7%. Floors a little below.
const BLIND5_FLOORS: &[(&str, f64, f64)] = &[("all", 95.5, 94.0), ("number", 94.0, 94.0)];
/// The sixth blind set, drawn at the end of the fifth session and scored
/// once with that end's code: 95.8% / 93.1% (228 of 238 found, of 245);
/// its errors are left unread for the next session. Floors a little below.
const BLIND6_FLOORS: &[(&str, f64, f64)] = &[("all", 95.0, 92.5)];
/// The seventh blind set, drawn at the start of the sixth session and
/// scored with its start code (94.0% / 89.9%) and its end code (94.1% /
/// 90.7%, 206 of 219 found, of 227); its errors are left unread for the
/// next session. Floors a little below.
const BLIND7_FLOORS: &[(&str, f64, f64)] = &[("all", 93.5, 89.5)];

/// The eighth blind set, drawn at the start of the seventh session before
/// any of its rules and read by two annotators who saw no output: 96.3% /
/// 94.0% with the code of that start. Floors a little below.
const BLIND8_FLOORS: &[(&str, f64, f64)] = &[("all", 95.5, 93.5)];

/// The ninth blind set, drawn at the end of the seventh session and read
/// by two annotators who saw no output: 94.8% / 90.1% with the code of
/// that end, its errors left unread. Floors a little below.
const BLIND9_FLOORS: &[(&str, f64, f64)] = &[("all", 94.0, 89.5)];

/// The tenth blind set, drawn at the start of the eighth session and read
/// by two annotators who saw no output: 92.4% / 90.0% with the code of
/// that start, 92.1% / 90.9% at its end, unseen. Floors a little below.
const BLIND10_FLOORS: &[(&str, f64, f64)] = &[("all", 91.5, 89.0)];

/// The eleventh blind set, drawn at the end of the eighth session and
/// read by two annotators who saw no output: 95.2% / 94.3% with the code
/// of that end, its errors left unread. Floors a little below.
const BLIND11_FLOORS: &[(&str, f64, f64)] = &[("all", 94.5, 93.5)];

/// The twelfth blind set, drawn at the start of the ninth session and read
/// by two annotators who saw no output: 96.7% / 94.9% with the code of
/// that start and the same at its end, unseen. Floors a little below.
const BLIND12_FLOORS: &[(&str, f64, f64)] = &[("all", 96.0, 94.0)];

/// The thirteenth blind set, drawn at the start of the tenth session and
/// read by two annotators who saw no output: 94.6% / 92.9% with the code of
/// that start, before any rule of the session, 94.6% / 93.8% at its end,
/// unseen; opened after that. Floors a little below the start.
const BLIND13_FLOORS: &[(&str, f64, f64)] = &[("all", 93.5, 92.0)];

/// The fourteenth blind set, drawn at the start of the eleventh session and
/// read by two annotators who saw no output: 97.6% / 95.0% with the code of
/// that start, before any rule of the session, and the same at its end,
/// unseen. Floors a little below.
const BLIND14_FLOORS: &[(&str, f64, f64)] = &[("all", 96.5, 94.0)];

/// The fifteenth blind set, drawn at the start of the twelfth session and
/// read by two annotators who saw no output: 96.2% / 94.2% with the code of
/// that start, before any rule of the session. Floors a little below.
const BLIND15_FLOORS: &[(&str, f64, f64)] = &[("all", 95.0, 93.0)];

/// The sixteenth blind set, drawn at the start of the thirteenth session
/// and read by two annotators who saw no output: 96.9% / 93.6% with the
/// code of that start, before any rule of the session. Floors a little
/// below.
const BLIND16_FLOORS: &[(&str, f64, f64)] = &[("all", 95.5, 92.5)];

/// The seventeenth blind set, drawn at the start of the fourteenth session
/// and read by two annotators who saw no output: 97.4% / 95.2% with the
/// code of that start, before any rule of the session. Floors a little
/// below.
const BLIND17_FLOORS: &[(&str, f64, f64)] = &[("all", 96.0, 94.0)];

/// The eighteenth blind set, drawn at the start of the fifteenth session
/// and read by two annotators who saw no output: 93.6% / 93.2% with the
/// code of that start, before any rule of the session. Floors a little
/// below.
const BLIND18_FLOORS: &[(&str, f64, f64)] = &[("all", 92.5, 92.0)];

/// The nineteenth blind set, drawn at the start of the sixteenth session
/// and read by two annotators who saw no output: 92.5% / 94.6% with the
/// code of that start, before any rule of the session. Floors a little
/// below.
const BLIND19_FLOORS: &[(&str, f64, f64)] = &[("all", 91.5, 93.5)];

/// The twentieth blind set, drawn at the start of the seventeenth session
/// and read by two annotators who saw no output: 95.4% / 93.8% with the
/// code of that start, before any rule of the session. Floors a little
/// below.
const BLIND20_FLOORS: &[(&str, f64, f64)] = &[("all", 94.5, 93.0)];

/// The twenty-first blind set, drawn at the start of the eighteenth
/// session and read by two annotators who saw no output: 94.7% / 89.6% with
/// the code of that start, before any rule of the session. Floors a little
/// below.
const BLIND21_FLOORS: &[(&str, f64, f64)] = &[("all", 93.5, 88.5)];

/// The twenty-second blind set, drawn at the start of the nineteenth
/// session and read by two annotators who saw no output: 97.6% / 94.6% with
/// the code of that start (rel8, tidy1 and speed10 merged), before any rule
/// of the session; 98.0% / 95.0% at that session's end, still unseen.
/// Floors a little below.
const BLIND22_FLOORS: &[(&str, f64, f64)] = &[("all", 96.5, 93.5)];

/// The twenty-third blind set, drawn at the start of the twentieth session
/// and read by two annotators who saw no output: 94.6% / 93.0% with the
/// code of that start, before any rule of the session, and the same, kind
/// by kind, at that session's end, still unseen. Opened at the start of
/// the twenty-first session: l000, l074 and l154 adjudicated, the scorer
/// taught that `0.5 year` = `6 month`, and money per a number of units
/// ("810.000đ/3 tháng") read from its errors, not blind: 97.5% / 95.9%;
/// with the gen26 probe merged ("tàu 788", a ship's number), 98.3% /
/// 96.3%. Floors a little below.
const BLIND23_FLOORS: &[(&str, f64, f64)] = &[("all", 97.0, 95.0)];

/// The twenty-fourth blind set, drawn at the start of the twenty-first
/// session and read by two annotators who saw no output: 93.9% / 95.7%
/// with the code of that start, before any rule of the session, and at
/// its end, still unseen, the same. Opened at the start of the
/// twenty-second session (i071, i092 and two i150 rows adjudicated)
/// with three rules from its errors, not blind: 96.2% / 97.6%. Floors a little below.
const BLIND24_FLOORS: &[(&str, f64, f64)] = &[("all", 95.5, 97.0)];

/// The twenty-fifth blind set, drawn at the start of the twenty-second
/// session and read by two annotators who saw no output: 96.5% / 95.0%
/// with the code of that start (1441ca0), before any rule of the session,
/// and the same with the twenty-fourth set's rules merged, still unseen.
/// Opened at the start of the twenty-third session (aa013 and aa025
/// adjudicated) with eight rules from its errors, not blind: 99.2% /
/// 98.1%. Floors a little below.
const BLIND25_FLOORS: &[(&str, f64, f64)] = &[("all", 98.5, 97.5)];

/// The twenty-sixth blind set, drawn at the start of the twenty-third
/// session from articles read so far only for their dateline and byline
/// (the pool of never-read articles is spent) and read by two annotators
/// who saw no output: 98.4% / 95.1% with the code of that start (d117bda),
/// before any rule of the session, and the same at the end of that
/// session. Opened at the start of the twenty-fourth session with five
/// rules from its errors, not blind: 99.6% / 95.9%; 99.6% / 96.3% with
/// ab143 adjudicated to the num27 probe's ages in decades. Floors a
/// little below.
const BLIND26_FLOORS: &[(&str, f64, f64)] = &[("all", 99.0, 95.0)];
/// The twenty-seventh blind set, drawn at the start of the twenty-fourth
/// session from articles read so far only for their dateline and byline
/// (and not among the twenty-sixth set's) and read by two annotators who
/// saw no output: 96.9% / 96.0% with the code after the twenty-sixth
/// set's opening rules (a00f33a), before any probe of the session, and
/// the same at the end of that session. Opened at the start of the
/// twenty-fifth session (ac104 and ac114 given rows by written
/// conventions) with one rule from its errors ("đường sắt 1 ray", a
/// monorail, names a kind), not blind: 98.2% / 96.0%; 98.2% / 96.5% with
/// a second ("cả tiếng đồng hồ", about an hour). Floors a little below.
const BLIND27_FLOORS: &[(&str, f64, f64)] = &[("all", 97.5, 95.5)];
/// The twenty-eighth blind set, drawn at the start of the twenty-fifth
/// session from articles read so far only for their dateline and byline
/// (and not among the twenty-sixth and twenty-seventh sets') and read by
/// two annotators who saw no output: 93.2% / 95.0% with the code after the
/// twenty-seventh set's opening (the commit that adds this set), before
/// any probe of the session, and the same at the end of that session.
/// Opened at the start of the twenty-sixth session (ad053's zone and
/// ad113's "gần gấp ba" rewritten to written conventions) with five rules
/// from its errors ("ngày rằm tháng Giêng", "chưa tròn 18", a lost
/// superscript before "nhà", vague bounds of an interval, a world ranking
/// after "lên"), not blind: 96.1% / 97.3%; 96.1% / 97.7% with a sixth
/// ("phân nửa", half). Floors a little below.
const BLIND28_FLOORS: &[(&str, f64, f64)] = &[("all", 95.5, 97.0)];
/// The twenty-ninth blind set, drawn at the start of the twenty-sixth
/// session from articles read so far only for their dateline and byline
/// (and not among the earlier sets') and read by two annotators who saw
/// no output: 98.8% / 97.9% with the code after the twenty-eighth set's
/// opening (the commit that adds this set), before any probe of the
/// session, and the same at the end of that session. Opened at the start
/// of the twenty-seventh session: ae029 ("gấp đôi", double) and ae086
/// ("dăm bữa nửa tháng", a saying) rewritten to no entity (with the
/// eleventh set's u130): 98.8% / 98.5%; then one rule, "năm đó", "cùng
/// năm" after a year the paragraph writes read as that year (ae145),
/// 98.8% / 98.8%, not blind; 99.1% / 99.1% with the gen39 probe's
/// "khoảng độ". Floors a little below.
const BLIND29_FLOORS: &[(&str, f64, f64)] = &[("all", 98.0, 97.5)];
/// The thirtieth blind set, drawn at the start of the twenty-seventh
/// session from articles read so far only for their dateline and byline
/// (and not among the earlier sets') and read by two annotators who saw
/// no output: 97.8% / 96.5% with the code after the twenty-ninth set's
/// opening (the commit that adds this set), before any probe of the
/// session, and so at its end; opened at the start of the twenty-eighth
/// session: 99.6% / 97.8% after three rules (a festival's year, "nhất
/// bảng", the "0 0" counters before a quote) and af156 adjudicated.
/// Floors a little below.
const BLIND30_FLOORS: &[(&str, f64, f64)] = &[("all", 99.0, 97.0)];
/// The thirty-first blind set, drawn at the start of the twenty-eighth
/// session from articles read so far only for their dateline and byline
/// (and not among the earlier sets') and read by two annotators who saw
/// no output: 96.9% / 95.8% with the code after the thirtieth set's
/// opening (the commit that adds this set), before any probe of the
/// session, and so at its end; opened at the start of the twenty-ninth
/// session: 98.1% / 96.6% after four rules (an hour after a word that asks
/// how long, a language test's score, "từ đủ … trở lên", "hộ gia đình" its
/// own per) and ag059 adjudicated. Floors a little below.
const BLIND31_FLOORS: &[(&str, f64, f64)] = &[("all", 97.5, 96.0)];
/// The thirty-second blind set, drawn at the start of the twenty-ninth
/// session from articles read so far only for their dateline and byline
/// (and not among the earlier sets') and read by two annotators who saw
/// no output: 96.9% / 96.9% with the code after the thirty-first set's
/// opening (the commit that adds this set), before any probe of the
/// session, and so at its end; opened at the start of the thirtieth
/// session: 98.1% / 98.1% after two rows adjudicated (ah034's occurrences,
/// ah055's per of one unit) and one rule ("trên mức" / "dưới mức" as a
/// bound). Floors a little below.
const BLIND32_FLOORS: &[(&str, f64, f64)] = &[("all", 97.5, 97.5)];
/// The thirty-third blind set, drawn at the start of the thirtieth
/// session from articles read so far only for their dateline and byline
/// (and not among the earlier sets') and read by two annotators who saw
/// no output: 98.3% / 97.1% with the code after the thirty-second set's
/// opening (the commit that adds this set), before any probe of the
/// session, and 98.3% / 97.5% at its end; opened at the start of the
/// thirty-first session: 99.2% / 98.3% after two rules (stacked bounds, a
/// place's zone) and the scorer's reading of an hour with no minute
/// (ai095). Floors a little below.
const BLIND33_FLOORS: &[(&str, f64, f64)] = &[("all", 98.5, 97.5)];
/// The thirty-fourth blind set, drawn at the start of the thirty-first
/// session from articles read so far only for their dateline and byline
/// (and not among the earlier sets') and read by two annotators who saw
/// no output: 98.6% / 96.3% with the code of that start (the commit that adds
/// this set), before the thirty-third set's opening, and the same at the
/// end of that session, after its rules and probes; opened at the start of
/// the thirty-second session: 99.7% / 99.0% after four rules (a team's bare
/// place, body measurements, a beauty contest's year, "một nửa" in quotes)
/// and one row added (aj025, ties over two legs). Floors a little below.
const BLIND34_FLOORS: &[(&str, f64, f64)] = &[("all", 99.0, 98.0)];
/// The thirty-fifth blind set, drawn at the start of the thirty-second
/// session from articles read so far only for their dateline and byline
/// (and not among the earlier sets') and read by two annotators who saw
/// no output: 97.8% / 94.6% with the code of that start (the commit that
/// adds this set), before the thirty-fourth set's opening, and the same at
/// the end of that session, after its openings and six probes' rules.
/// Floors a little below.
const BLIND35_FLOORS: &[(&str, f64, f64)] = &[("all", 96.5, 93.5)];
/// The measures set scores only measures and rates (issue 11: at least 95%).
const MEASURE_FLOORS: &[(&str, f64, f64)] = &[("all", 99.0, 98.5), ("measure", 99.0, 98.5)];

fn check(set: gold::Set, floors: &[(&str, f64, f64)]) {
    let Some(corpus) = gold::corpus_path() else {
        eprintln!("extract_gold: no corpus (set VIETNORM_CORPUS); not scored");
        return;
    };
    if !corpus.exists() {
        eprintln!("extract_gold: {} not found; not scored", corpus.display());
        return;
    }
    let passages = gold::passages(&corpus, set).unwrap();
    let rows = gold::gold(&passages, set).unwrap();
    assert!(
        passages.len() >= 150,
        "{set:?}: {} passages",
        passages.len()
    );
    let (counts, _) = gold::score_set(&Extractor::new(), &passages, &rows, set);
    for &(kind, p, r) in floors {
        let c = counts.get(kind).copied().unwrap_or_default();
        let (precision, recall) = (100.0 * c.precision(), 100.0 * c.recall());
        eprintln!("{set:?} {kind}: precision {precision:.1}%, recall {recall:.1}%");
        assert!(
            precision >= p,
            "{set:?} {kind}: precision {precision:.1}% < {p}%"
        );
        assert!(recall >= r, "{set:?} {kind}: recall {recall:.1}% < {r}%");
    }
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn development_set_keeps_its_scores() {
    check(gold::Set::Dev, DEV_FLOORS);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn held_out_set_keeps_its_scores() {
    check(gold::Set::HeldOut, HELD_OUT_FLOORS);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn final_set_keeps_its_scores() {
    check(gold::Set::Final, FINAL_FLOORS);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn measures_set_keeps_its_scores() {
    check(gold::Set::Measures, MEASURE_FLOORS);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn blind_set_keeps_its_scores() {
    check(gold::Set::Blind, BLIND_FLOORS);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn second_blind_set_keeps_its_scores() {
    check(gold::Set::Blind2, BLIND2_FLOORS);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn third_blind_set_keeps_its_scores() {
    check(gold::Set::Blind3, BLIND3_FLOORS);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn fourth_blind_set_keeps_its_scores() {
    check(gold::Set::Blind4, BLIND4_FLOORS);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn fifth_blind_set_keeps_its_scores() {
    check(gold::Set::Blind5, BLIND5_FLOORS);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn sixth_blind_set_keeps_its_scores() {
    check(gold::Set::Blind6, BLIND6_FLOORS);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn seventh_blind_set_keeps_its_scores() {
    check(gold::Set::Blind7, BLIND7_FLOORS);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn eighth_blind_set_keeps_its_scores() {
    check(gold::Set::Blind8, BLIND8_FLOORS);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn ninth_blind_set_keeps_its_scores() {
    check(gold::Set::Blind9, BLIND9_FLOORS);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn tenth_blind_set_keeps_its_scores() {
    check(gold::Set::Blind10, BLIND10_FLOORS);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn eleventh_blind_set_keeps_its_scores() {
    check(gold::Set::Blind11, BLIND11_FLOORS);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn twelfth_blind_set_keeps_its_scores() {
    check(gold::Set::Blind12, BLIND12_FLOORS);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn thirteenth_blind_set_keeps_its_scores() {
    check(gold::Set::Blind13, BLIND13_FLOORS);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn fourteenth_blind_set_keeps_its_scores() {
    check(gold::Set::Blind14, BLIND14_FLOORS);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn fifteenth_blind_set_keeps_its_scores() {
    check(gold::Set::Blind15, BLIND15_FLOORS);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn sixteenth_blind_set_keeps_its_scores() {
    check(gold::Set::Blind16, BLIND16_FLOORS);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn seventeenth_blind_set_keeps_its_scores() {
    check(gold::Set::Blind17, BLIND17_FLOORS);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn eighteenth_blind_set_keeps_its_scores() {
    check(gold::Set::Blind18, BLIND18_FLOORS);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn nineteenth_blind_set_keeps_its_scores() {
    check(gold::Set::Blind19, BLIND19_FLOORS);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn twentieth_blind_set_keeps_its_scores() {
    check(gold::Set::Blind20, BLIND20_FLOORS);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn twenty_first_blind_set_keeps_its_scores() {
    check(gold::Set::Blind21, BLIND21_FLOORS);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn twenty_second_blind_set_keeps_its_scores() {
    check(gold::Set::Blind22, BLIND22_FLOORS);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn twenty_third_blind_set_keeps_its_scores() {
    check(gold::Set::Blind23, BLIND23_FLOORS);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn twenty_fourth_blind_set_keeps_its_scores() {
    check(gold::Set::Blind24, BLIND24_FLOORS);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn twenty_fifth_blind_set_keeps_its_scores() {
    check(gold::Set::Blind25, BLIND25_FLOORS);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn twenty_sixth_blind_set_keeps_its_scores() {
    check(gold::Set::Blind26, BLIND26_FLOORS);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn twenty_seventh_blind_set_keeps_its_scores() {
    check(gold::Set::Blind27, BLIND27_FLOORS);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn twenty_eighth_blind_set_keeps_its_scores() {
    check(gold::Set::Blind28, BLIND28_FLOORS);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn twenty_ninth_blind_set_keeps_its_scores() {
    check(gold::Set::Blind29, BLIND29_FLOORS);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn thirtieth_blind_set_keeps_its_scores() {
    check(gold::Set::Blind30, BLIND30_FLOORS);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn thirty_first_blind_set_keeps_its_scores() {
    check(gold::Set::Blind31, BLIND31_FLOORS);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn thirty_second_blind_set_keeps_its_scores() {
    check(gold::Set::Blind32, BLIND32_FLOORS);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn thirty_third_blind_set_keeps_its_scores() {
    check(gold::Set::Blind33, BLIND33_FLOORS);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn thirty_fourth_blind_set_keeps_its_scores() {
    check(gold::Set::Blind34, BLIND34_FLOORS);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn thirty_fifth_blind_set_keeps_its_scores() {
    check(gold::Set::Blind35, BLIND35_FLOORS);
}

/// Relative dates, scored apart against a fixed reference (rel1; see
/// `gold::score_relative`), pooled over every opened set (not the
/// twenty-fifth blind one) but the measures set (which marks only measures): at
/// the start, with the library as it was, 83.7% / 78.2% (190 of 227
/// found, of 243 rows; 180 of 188 values right where the gold gives one).
/// After the rel2 probe's rules ("năm qua", "còn … nữa", "năm trước đó"):
/// 86.3% / 80.7% (196 of 227 found). After the rel3 probe (part words and
/// written dates with a relative year in the span, gold rows in the settled
/// notation, counts read as durations not scored): 91.9% / 85.2%; with the
/// thirteenth session's other probes merged, 93.2% / 85.2% (207 of 222
/// found). The fifteenth blind set, opened, joined the pool then: 92.2% /
/// 84.9% (213 of 231 found, of 251 rows; values 195 of 201). The
/// sixteenth blind set, opened, joined it at the start of the fourteenth
/// session: 91.7% / 84.0% (221 of 241 found, of 263 rows; values 201 of
/// 208). After the rel4 probe ("cách đây 2 năm", a part word before a
/// relative week, "năm vừa rồi"): 92.2% / 85.6% (225 of 244 found; values
/// 202 of 209); with the date13 probe merged, 92.6% / 85.5% (224 of 242
/// found, of 262 rows; values 201 of 208). The seventeenth blind set,
/// opened, joined it at the start of the fifteenth session: 93.0% / 85.1%
/// (240 of 258 found, of 282 rows; values 215 of 222). The eighteenth,
/// opened, joined it at the start of the sixteenth session: 93.4% / 85.3%
/// (256 of 274 found, of 300 rows; values 229 of 236). After the rel5
/// probe ("từ đầu năm đến nay", "thứ 5 này" after a noun, vague counts
/// before a week, "hôm thứ Hai vừa qua"; c142 and z026 adjudicated, one
/// row added): 95.2% / 86.4% (260 of 273 found, of 301 rows; values 229
/// of 237). The nineteenth, opened, joined it at the start of the
/// seventeenth session: 95.1% / 86.7% (273 of 287 found, of 315 rows;
/// values 241 of 249). After the rel6 probe ("thế kỷ trước", "hôm thứ
/// Năm" before the reference, values checked against a reference on
/// every weekday; q128 and c015 adjudicated): 95.2% / 87.3% (275 of
/// 289 found, of 315 rows; values 245 of 251). After the rel7 probe ("năm
/// này qua năm khác", "năm tiếp tục", "một số năm trước", "vài ba năm
/// nữa", "năm rồi", "cúp C1 năm nay"): 96.5% / 87.6% (276 of 286 found;
/// values 246 of 252). After the rel8 probe (a count before an event is
/// how long before it: u045, f005): 97.2% / 87.6% (276 of 284 found;
/// values 246 of 252). The twentieth, opened, joined it at the start of
/// the eighteenth session: 96.7% / 86.7% (293 of 303 found, of 338
/// rows; values 261 of 267), without rel8's rules; with them (merged in
/// the nineteenth session): 97.3% / 86.7% (293 of 301 found; values 261
/// of 267). The twenty-first, opened, joined it at the start of the
/// nineteenth session: 97.1% / 85.4% (305 of 314 found, of 357 rows;
/// values 272 of 278). The twenty-second, opened, joined it at the start
/// of the twentieth session: 97.3% / 84.2% (319 of 328 found, of 379
/// rows; values 285 of 291; most of its misses are `?` rows, "đầu năm",
/// "cuối ngày", "23 giờ cùng ngày", which the library does not report).
/// The twenty-third blind set, opened, joined it at the start of the
/// twenty-first session: 97.1% / 83.4% (331 of 341 found, of 397 rows;
/// values 297 of 303; its misses are `?` rows too). The twenty-fourth
/// blind set, opened, joined it at the start of the twenty-second
/// session: 96.5% / 82.7% (335 of 347 found, of 405 rows; values 300 of
/// 306; "năm sau … năm trước" read as relative where a comparison is
/// generic, "tối hôm trước" anchored to a "sáng nay" after it, and `?`
/// rows, missed). The twenty-fifth blind set, opened, joined it at the
/// start of the twenty-third session: 96.6% / 81.9% (343 of 355 found,
/// of 419 rows; values 306 of 312; six of its fourteen rows are `?` rows,
/// "mùa này", "mùa giải tới", "Sáng cùng ngày", which the library does
/// not report). The twenty-sixth blind set, opened, joined it at the
/// start of the twenty-fourth session: 96.0% / 80.9% (356 of 371 found,
/// of 440 rows; values 318 of 324; six of its eight misses are `?` rows,
/// "mùa tới", "Mùa trước", "Sáng cùng ngày", and its one false date is
/// "2 tuần trước và …", a duration by the dur1 convention). The
/// twenty-seventh blind set, opened, joined it at the start of the
/// twenty-fifth session: 96.4% / 80.5% (371 of 385 found, of 461 rows;
/// values 329 of 335, with the gen34 probe's "sáng qua" rule; five of its
/// six misses are `?` rows, "mùa này", "mùa trước", "năm học tới", and
/// "giải ba năm trước", the third prize last year, is read "three years
/// ago"). The twenty-eighth blind set, opened, joined it at the start of
/// the twenty-sixth session: 95.8% / 80.1% (383 of 400 found, of 478
/// rows; values 340 of 346; four of its five misses are `?` rows, "mùa
/// này", "Sáng hôm sau", "cùng năm trước", the fifth "12h hôm nay
/// (30/4/)" with a stray slash; its false dates are "đêm thứ hai" (the
/// second night), "năm trước" inside that `?` row and "12h hôm nay"
/// short of its gloss). The twenty-ninth blind set, opened, joined it at
/// the start of the twenty-seventh session: 95.6% / 79.9% (393 of 411
/// found, of 492 rows; values 348 of 354; its four misses are `?` rows,
/// "mùa này" twice, "mùa sau", "Mùa hè vừa qua", and its false relative
/// was "năm này" after a year the passage names, read `year+0`, which its
/// reader anchored to that year); 95.9% / 79.9% (393 of 410 found) once
/// "năm này" after a written year reads that year. The thirtieth blind
/// set, opened, joined it at the start of the twenty-eighth session:
/// 96.0% / 79.2% (403 of 420 found, of 509 rows; values 358 of 364; of
/// its seven misses five are `?` rows, "mùa này" and four "… cùng ngày"
/// with no anchor in the passage, and two are weekdays with a clock
/// opening a fixture line, "Thứ bảy 16h", read as an ordinal and a
/// time). The thirty-first blind set, opened, joined it at the start of
/// the twenty-ninth session: 96.3% / 78.3% (411 of 427 found, of 525
/// rows; values 366 of 372; its eight misses are all `?` rows, "mùa
/// này" three times, "mùa trước" twice, "mùa giải vừa qua", and two
/// clocks "… cùng ngày" with no anchor in the passage). The thirty-second
/// blind set, opened, joined it at the start of the thirtieth session:
/// 96.3% / 77.5% (421 of 437 found, of 543 rows; values 375 of 381; of its
/// eight misses seven are `?` rows, "mùa này" three times, "mùa trước",
/// "vài ngày tới" and two "… cùng ngày" with no anchor in the passage,
/// and one is a typo, "hôm nya" for "hôm nay"). The thirty-third blind
/// set, opened, joined it at the start of the thirty-first session: 96.4%
/// / 77.0% (433 of 449 found, of 562 rows; values 386 of 392; its seven
/// misses are all `?` rows: "năm mới" twice, "đầu tuần mới", "đầu năm học
/// mới", "từ đầu năm trở lại đây" and two "cùng ngày" with no anchor in the
/// passage). The thirty-fourth blind set, opened, joined it at the start
/// of the thirty-second session: 96.5% / 76.7% (444 of 460 found, of 579
/// rows; values 397 of 403; of its six misses five are `?` rows, seasons
/// "mùa này", "mùa trước", "mùa Hè này", "mùa giải tới" and a clock "…
/// cùng ngày" with no anchor in the passage, and one a typo, "nằm vừa qua"
/// for "năm vừa qua"). Floors a little below.
const RELATIVE_FLOORS: (f64, f64) = (95.0, 76.0);

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow in a debug build: runs in release, see .ci/run"
)]
fn relative_dates_keep_their_scores() {
    let Some(corpus) = gold::corpus_path() else {
        eprintln!("extract_gold: no corpus (set VIETNORM_CORPUS); not scored");
        return;
    };
    if !corpus.exists() {
        eprintln!("extract_gold: {} not found; not scored", corpus.display());
        return;
    }
    // Every opened set but the measures set, which marks only measures.
    let sets = gold::SETS
        .iter()
        .map(|row| row.0)
        .filter(|&set| set.opened() && set != gold::Set::Measures);
    let mut pooled = gold::RelativeScore::default();
    for set in sets {
        let passages = gold::passages(&corpus, set).unwrap();
        let rows = gold::gold(&passages, set).unwrap();
        let (s, _) = gold::score_relative(&Extractor::new(), &passages, &rows);
        pooled.counts.tp += s.counts.tp;
        pooled.counts.fp += s.counts.fp;
        pooled.counts.fn_ += s.counts.fn_;
        pooled.counts.value_ok += s.counts.value_ok;
        pooled.valued += s.valued;
    }
    let c = pooled.counts;
    let (precision, recall) = (100.0 * c.precision(), 100.0 * c.recall());
    eprintln!(
        "relative: precision {precision:.1}%, recall {recall:.1}% ({} of {} found, of {}; values {}/{})",
        c.tp,
        c.tp + c.fp,
        c.tp + c.fn_,
        c.value_ok,
        pooled.valued
    );
    let (p, r) = RELATIVE_FLOORS;
    assert!(precision >= p, "relative: precision {precision:.1}% < {p}%");
    assert!(recall >= r, "relative: recall {recall:.1}% < {r}%");
}

/// The rel1 notation of what the extractor finds with the fixed reference
/// (sentences of our own; no corpus needed): each form has one value,
/// whatever the reference.
#[test]
fn relative_values_are_written_in_the_rel1_notation() {
    let cases = [
        ("Hôm qua trời mưa.", "Hôm qua", "day-1"),
        ("Sáng nay trời mưa.", "Sáng nay", "day+0 morning"),
        ("Lúc 22h30 tối nay có mưa.", "22h30 tối nay", "day+0 T22:30"),
        ("Ba ngày trước anh ấy đến.", "Ba ngày trước", "day-3"),
        ("Tuần trước họ họp.", "Tuần trước", "week-1"),
        (
            "Họ họp thứ Hai tuần trước.",
            "thứ Hai tuần trước",
            "week-1 wd1",
        ),
        ("Họ họp thứ Hai tới.", "thứ Hai tới", "week+1 wd1"),
        ("Họ họp thứ Sáu tới.", "thứ Sáu tới", "wd5 next"),
        ("Họ họp vào thứ Sáu.", "thứ Sáu", "wd5"),
        (
            "Cuối tuần qua trời mưa.",
            "Cuối tuần qua",
            "week-1 wd6..week-1 wd7",
        ),
        ("Tháng trước giá tăng.", "Tháng trước", "month-1"),
        (
            "Hồi tháng 11 năm ngoái giá tăng.",
            "tháng 11 năm ngoái",
            "year-1 m11",
        ),
        ("Quý trước giá tăng.", "Quý trước", "quarter-1"),
        (
            "Trong quý 3 năm nay giá tăng.",
            "quý 3 năm nay",
            "year+0 q3",
        ),
        ("Năm ngoái giá tăng.", "Năm ngoái", "year-1"),
        ("Năm nay giá tăng.", "Năm nay", "year+0"),
        (
            "Ngày 4 tháng 6 năm nay trời mưa.",
            "Ngày 4 tháng 6 năm nay",
            "year+0 m6 d4",
        ),
    ];
    for (text, span, value) in cases {
        let found = gold::found_relative(&Extractor::new(), text);
        let got: Vec<(&str, &str)> = found
            .iter()
            .map(|f| (&text[f.start..f.end], f.value.as_str()))
            .collect();
        assert_eq!(got, [(span, value)], "{text}");
    }
    // Found without a reference: no relative date.
    assert!(gold::found_relative(&Extractor::new(), "Ngày 29/10/2025 trời mưa.").is_empty());
}

/// The relative dates found in `text` with the fixed reference, as (span,
/// value in the rel1 notation).
fn found(text: &str) -> Vec<(String, String)> {
    gold::found_relative(&Extractor::new(), text)
        .iter()
        .map(|f| (text[f.start..f.end].to_string(), f.value.clone()))
        .collect()
}

/// Asserts that `text` holds exactly one relative date, `span` valued `value`.
fn one(text: &str, span: &str, value: &str) {
    assert_eq!(
        found(text),
        [(span.to_string(), value.to_string())],
        "{text}"
    );
}

/// The rel2 probe's rules on relative dates, on sentences of our own: what
/// each finds with a reference, and what it leaves alone.
#[test]
fn relative_dates_of_the_rel2_probe() {
    // "năm qua", "tháng qua", "tuần qua" (and "vừa qua"): the last unit.
    one("Trong năm qua giá tăng.", "năm qua", "year-1");
    one("Năm vừa qua, giá tăng.", "Năm vừa qua", "year-1");
    one("Tuần qua, giá vàng giảm.", "Tuần qua", "week-1");
    one("Giá tăng trong tuần vừa qua.", "tuần vừa qua", "week-1");
    one("Doanh số trong tháng qua tăng.", "tháng qua", "month-1");
    one("Họ họp thứ Sáu tuần qua.", "thứ Sáu tuần qua", "week-1 wd5");
    one(
        "Hồi tháng 5 năm qua giá tăng.",
        "tháng 5 năm qua",
        "year-1 m5",
    );
    one("Hai ngày nữa là thi.", "Hai ngày nữa", "day+2");
    one(
        "Tháng trước khi gặp ông, bà nói vậy.",
        "Tháng trước",
        "month-1",
    );
    // A count, an ordinal or a part word before the unit, or "qua" as a
    // verb: no last unit.
    for text in [
        "Trong 30 năm qua giá tăng.",
        "Những năm qua giá tăng.",
        "Hàng chục năm qua giá tăng.",
        "Giá tăng suốt bao nhiêu năm qua.",
        "Vài tuần qua giá tăng.",
        "Giá tăng lên từng tháng qua.",
        "Anh ghi bàn thứ năm qua 11 trận.",
        // (A part word before a year or a month is read with it since
        // rel3: "Cuối năm vừa qua", see below; a week since rel4.)
        "Một năm qua đi thật nhanh.",
        // "còn" (left) or "thêm" (more) before a count with "nữa": how
        // long, a duration, not the day it ends.
        "Chỉ còn 2 ngày nữa là thi.",
        "Chỉ còn chưa đầy một tuần nữa là thi.",
        "Hợp đồng được gia hạn thêm 6 tháng nữa.",
        // "năm trước đó" (the year before that): before another time of
        // the text.
        "Lãi tăng 7% so với năm trước đó.",
        "Giá cao hơn tuần trước đó.",
    ] {
        assert!(found(text).is_empty(), "{text}: {:?}", found(text));
    }
}

/// The rel3 probe's rules, on sentences of our own: a part word before a
/// relative year or month, and a written date before "năm nay", are in the
/// span; a clock before a relative day is one date-time.
#[test]
fn relative_dates_of_the_rel3_probe() {
    one("Đầu năm nay giá tăng.", "Đầu năm nay", "year+0");
    one("Giá giảm từ cuối năm ngoái.", "cuối năm ngoái", "year-1");
    one("Họ họp hồi đầu tháng này.", "đầu tháng này", "month+0");
    one(
        "Giá tăng từ cuối tháng trước.",
        "cuối tháng trước",
        "month-1",
    );
    one("Cuối năm vừa qua giá tăng.", "Cuối năm vừa qua", "year-1");
    one(
        "Hàng bán từ ngày 3/6 năm nay.",
        "ngày 3/6 năm nay",
        "year+0 m6 d3",
    );
    one(
        "Họ cưới hôm 14/2 năm ngoái.",
        "hôm 14/2 năm ngoái",
        "year-1 m2 d14",
    );
    one(
        "Lúc 9h30 hôm nay, đội lên đường.",
        "9h30 hôm nay",
        "day+0 T09:30",
    );
    // The part word of a count of months, a half or a first time goes
    // with the word before it: the year alone.
    one("Trong 4 tháng đầu năm nay giá tăng.", "năm nay", "year+0");
    one("Nửa đầu năm nay giá tăng.", "năm nay", "year+0");
    // A season before a relative year: the year alone.
    one("Anh đến vào mùa hè năm nay.", "năm nay", "year+0");
}

/// The rel4 probe's rules, on sentences of our own: "cách đây" before a
/// count of days, weeks, months or years is a date with a reference, as
/// "2 năm trước" is (without one the count stays a duration); a part word
/// before a relative week is in the week's span; "vừa rồi" after a unit
/// is the last unit; "trong vòng" names no round before a counted date.
#[test]
fn relative_dates_of_the_rel4_probe() {
    one(
        "Cách đây hai năm, anh mở quán.",
        "Cách đây hai năm",
        "year-2",
    );
    one(
        "Vụ việc xảy ra cách đây 3 ngày.",
        "cách đây 3 ngày",
        "day-3",
    );
    one("Cách đây 1 tuần, chị đi khám.", "Cách đây 1 tuần", "day-7");
    one(
        "Họ gặp nhau cách đây khoảng 2 tháng.",
        "cách đây khoảng 2 tháng",
        "month-2",
    );
    // A distance, a vague count, an hour: no date.
    for text in [
        "Nhà cách đây 3 km.",
        "Anh đến cách đây không lâu.",
        "Mưa cách đây vài giờ.",
        "Tàu rời bến cách đây 2 tiếng.",
    ] {
        assert!(found(text).is_empty(), "{text}: {:?}", found(text));
    }
    // A part word before a relative week: the week, the part in the span.
    one("Giữa tuần qua giá tăng.", "Giữa tuần qua", "week-1");
    one("Hồi đầu tuần trước, anh đến.", "đầu tuần trước", "week-1");
    one("Đầu tuần này giá vàng tăng.", "Đầu tuần này", "week+0");
    one("Giữa tuần tới sẽ họp.", "Giữa tuần tới", "week+1");
    // With the word before it (a day, a session): the week alone; a
    // week's end is the weekend.
    one("Những ngày đầu tuần này trời mưa.", "tuần này", "week+0");
    one(
        "Cuối tuần này họ nghỉ.",
        "Cuối tuần này",
        "week+0 wd6..week+0 wd7",
    );
    // "vừa rồi" after a unit word nothing counts: the last unit, as
    // "vừa qua"; a count before it is how long.
    one("Năm vừa rồi lãi tăng.", "Năm vừa rồi", "year-1");
    one("Giá tăng trong tuần vừa rồi.", "tuần vừa rồi", "week-1");
    one(
        "Tai nạn xảy ra đầu năm vừa rồi.",
        "đầu năm vừa rồi",
        "year-1",
    );
    one(
        "Họ nghỉ cuối tuần vừa rồi.",
        "cuối tuần vừa rồi",
        "week-1 wd6..week-1 wd7",
    );
    assert!(found("Mấy năm vừa rồi giá tăng.").is_empty());
    // "trong vòng" before a count with its direction word: within the
    // next years, no round ("vòng 15").
    one(
        "Nợ công tăng trong vòng 15 năm tới.",
        "15 năm tới",
        "year+1..year+15",
    );
    assert!(found("Đội thắng ở vòng 2 tới nay.").is_empty());
    let durations: Vec<_> = Extractor::new()
        .extract("Cách đây khoảng 2 tháng, anh đến.")
        .iter()
        .map(|e| e.text)
        .collect();
    assert_eq!(durations, ["khoảng 2 tháng"]);
}

/// The rel5 probe's rules on relative dates, on sentences of our own.
#[test]
fn relative_dates_of_the_rel5_probe() {
    // "từ đầu năm đến nay": this year up to now, one span from "từ",
    // valued as "đầu năm nay" is (the year).
    one(
        "Tính từ đầu năm đến nay, giá tăng 5%.",
        "từ đầu năm đến nay",
        "year+0",
    );
    one(
        "Từ đầu năm tới giờ, mưa nhiều.",
        "Từ đầu năm tới giờ",
        "year+0",
    );
    one(
        "Kể từ đầu tháng cho đến nay, giá giảm.",
        "từ đầu tháng cho đến nay",
        "month+0",
    );
    one(
        "Từ đầu tuần đến bây giờ, trời nắng.",
        "Từ đầu tuần đến bây giờ",
        "week+0",
    );
    // A written year keeps the date; no word for now, nothing relative.
    for text in [
        "Từ đầu năm 2013 đến nay, giá tăng.",
        "Từ đầu năm, giá tăng.",
        "Từ đầu năm đến cuối tháng 5/2013, giá tăng.",
    ] {
        assert!(found(text).is_empty(), "{text}: {:?}", found(text));
    }
    // A weekday in digits with no cue before it counts the noun before
    // it: an ordinal, whatever "này", "vừa qua", "tới" follow.
    for text in [
        "Tại kỳ họp thứ 5 này, đại biểu phát biểu.",
        "Ca nhiễm thứ 4 vừa qua đã khỏi.",
        "Mẫu xe thế hệ thứ 6 tới sẽ ra mắt.",
    ] {
        assert!(found(text).is_empty(), "{text}: {:?}", found(text));
    }
    let ordinals: Vec<_> = Extractor::new()
        .extract("Tại kỳ họp thứ 5 này, đại biểu phát biểu.")
        .iter()
        .map(|e| format!("{}={}", e.text, e.kind()))
        .collect();
    assert_eq!(ordinals, ["thứ 5=ordinal"]);
    // With a cue the weekday stays.
    one(
        "Hôm thứ 4 vừa qua, mưa to.",
        "Hôm thứ 4 vừa qua",
        "wd3 last",
    );
    one("Họ sẽ về vào thứ 7 tới.", "thứ 7 tới", "wd6 next");
    // A vague count before a week, a quarter or "hôm": no one week,
    // quarter or day, as before a month or a year.
    for text in [
        "Hợp đồng sẽ ký trong vài tuần tới.",
        "Vài tuần trước, anh đến.",
        "Lợi nhuận có thể giảm trong những quý tới.",
        "Mấy hôm nay trời mưa; mấy bữa nay cụ mệt.",
    ] {
        assert!(found(text).is_empty(), "{text}: {:?}", found(text));
    }
    // A number or a noun before stays: a label, a bank.
    one("Ở chặng 2 tuần này, đội thắng.", "tuần này", "week+0");
    one(
        "Giá đô la ở các ngân hàng hôm nay tăng.",
        "hôm nay",
        "day+0",
    );
    // "hôm" before a weekday with its direction or week is in the span, as
    // before a bare weekday; "vừa rồi" after a weekday is "vừa qua".
    one(
        "Giá tăng hôm thứ Sáu tuần trước.",
        "hôm thứ Sáu tuần trước",
        "week-1 wd5",
    );
    // `wd6 last` since the rel6 probe checks every weekday (was `week-1
    // wd6`, the value on a Wednesday and a Saturday).
    one(
        "Trận đấu hôm thứ Bảy vừa rồi rất hay.",
        "hôm thứ Bảy vừa rồi",
        "wd6 last",
    );
    one(
        "Lễ diễn ra vào Chủ nhật vừa rồi.",
        "Chủ nhật vừa rồi",
        "week-1 wd7",
    );
}

/// The rel6 probe, on sentences of our own: a value holds against a
/// reference on every weekday ("thứ Bảy vừa qua" is in the same week on a
/// Sunday), "hôm" before a bare weekday is the last such day before the
/// reference, and "thế kỷ trước", "thế kỷ này" are a century.
#[test]
fn relative_dates_of_the_rel6_probe() {
    // The last Saturday: the week before on Monday to Saturday, the day
    // before on a Sunday, so `wd6 last`; the last Sunday is always in the
    // week before, `week-1 wd7` (the first fitting value of the table).
    one(
        "Trận đấu thứ Bảy vừa qua rất hay.",
        "thứ Bảy vừa qua",
        "wd6 last",
    );
    one(
        "Lễ diễn ra Chủ nhật vừa qua.",
        "Chủ nhật vừa qua",
        "week-1 wd7",
    );
    one(
        "Ông họp thứ Bảy tuần trước.",
        "thứ Bảy tuần trước",
        "week-1 wd6",
    );
    one("Ông họp thứ Hai tới.", "thứ Hai tới", "week+1 wd1");
    // "hôm" before a bare weekday: before the reference, a week back on
    // that weekday itself, so `last` at every reference.
    one(
        "Cô sinh con hôm thứ Bảy tại nhà.",
        "hôm thứ Bảy",
        "wd6 last",
    );
    one("Hôm thứ Tư, bộ cho biết.", "Hôm thứ Tư", "wd3 last");
    // A century named by its relative word, the decade before it read
    // as it was (found without a reference, so not relative).
    one(
        "Đền bị san ủi vào những năm 90 thế kỷ trước.",
        "thế kỷ trước",
        "century-1",
    );
    one(
        "Từ thế kỷ trước, phố đã có chợ.",
        "thế kỷ trước",
        "century-1",
    );
    one(
        "Băng sẽ tan vào cuối thế kỷ này.",
        "cuối thế kỷ này",
        "century+0",
    );
    // Many centuries, centuries-old, a count, an era, "before that": no
    // one century.
    for text in [
        "Nhiều thế kỷ trước đây đảo là thương cảng.",
        "Những bí ẩn hàng thế kỷ này đã có lời giải.",
        "Hai thế kỷ trước, nơi đây là rừng.",
        "Vào thế kỷ trước Công nguyên, thành được xây.",
        "Năm 1800, và một thế kỷ trước đó, đảo vắng.",
    ] {
        assert!(
            found(text).iter().all(|(span, _)| !span.contains("thế kỷ")),
            "{text}: {:?}",
            found(text)
        );
    }
}

/// gen42 probe: a label's number ("tốp 20", "top 10", "Đợt 1", "tập 2")
/// counts no years, so the "năm nay" after it is this year; "trong 20
/// năm nay" stays twenty years up to now.
#[test]
fn relative_dates_of_the_gen42_probe() {
    one("Tốp 20 năm nay có một đêm ra mắt.", "năm nay", "year+0");
    one(
        "Anh có tên trong top 10 Năm nay, lần đầu.",
        "Năm nay",
        "year+0",
    );
    one("Đợt 1 năm nay, trung đoàn nhận quân.", "năm nay", "year+0");
    one("Ở tập 2 năm ngoái, anh thắng.", "năm ngoái", "year-1");
    for how_long in [
        "Giá tăng trong 20 năm nay.",
        "Trong vòng 30 năm nay, giá tăng.",
    ] {
        let relative = found(how_long);
        assert!(relative.is_empty(), "{how_long}: {relative:?}");
    }
}

#[test]
fn relative_dates_of_the_rel7_probe() {
    // One unit after another: no year, month or week.
    for text in [
        "Sâu bệnh hoành hành năm này qua năm khác.",
        "Anh chờ tháng này sang tháng khác, tuần này qua tuần khác.",
        "Dân làng giữ nghề từ đời này qua đời khác.",
    ] {
        assert!(found(text).is_empty(), "{text}: {:?}", found(text));
    }
    // The unit alone still is one.
    one("Năm này, mùa màng tốt.", "Năm này", "year+0");
    one("Tháng này qua nhanh quá.", "Tháng này", "month+0");
    // "tiếp tục" (to go on) after a unit: no next year.
    for text in [
        "Đến cuối năm tiếp tục xử lý nợ.",
        "Năm 2013 là năm tiếp tục khó khăn.",
    ] {
        assert!(found(text).is_empty(), "{text}: {:?}", found(text));
    }
    one("Năm tiếp theo, lãi tăng.", "Năm tiếp theo", "year+1");
    // "một số năm trước" (some years before), "vài ba năm nữa" (a few
    // years on): vague, no one year.
    for text in [
        "Tỷ lệ tăng so với một số năm trước.",
        "Sau vài ba năm nữa kinh tế sẽ khá hơn.",
    ] {
        assert!(found(text).is_empty(), "{text}: {:?}", found(text));
    }
    one("Ba năm nữa kinh tế sẽ khá hơn.", "Ba năm nữa", "year+3");
    // Digits glued to a code's capitals name the code, no count.
    one("Đội thắng trận đầu ở cúp C1 năm nay.", "năm nay", "year+0");
    one("Không ai trong đội hình U19 năm nay.", "năm nay", "year+0");
    one(
        "Số DN lọt vào bảng V1000 năm trước tăng.",
        "năm trước",
        "year-1",
    );
    assert!(
        found("Lãi tăng suốt 10 năm qua.").is_empty(),
        "{:?}",
        found("Lãi tăng suốt 10 năm qua.")
    );
    one("Số liệu năm trước cao hơn.", "năm trước", "year-1");
    // A bare "rồi" after the unit: the last one (southern "năm rồi").
    one("Năm rồi, mía rớt giá.", "Năm rồi", "year-1");
    one(
        "Máy bay được bàn giao hồi tháng rồi.",
        "tháng rồi",
        "month-1",
    );
    one("Thế nhưng, tuần rồi cô về nước.", "tuần rồi", "week-1");
    // After a count, a quantity or a rate, "rồi" is "already" or "then".
    for text in [
        "Anh đã đợi em 4 năm rồi.",
        "Bao nhiêu năm rồi nó không về.",
        "Ăn ở vài tháng rồi mới cưới.",
        "Con nghe mắng cả năm rồi.",
        "Chuyện xảy ra cách đây gần tuần rồi.",
        "Lãi suất 11%/năm rồi xuống 10%/năm.",
        "Hai tháng đầu năm rồi giảm mạnh.",
    ] {
        assert!(
            found(text).iter().all(|(span, _)| !span.contains("rồi")),
            "{text}: {:?}",
            found(text)
        );
    }
}

#[test]
fn relative_dates_of_the_rel8_probe() {
    // A count after a name counts units: the name does not make it a
    // label ("Bắc Kinh 3", "HAGL 20").
    one(
        "Hai vợ chồng chuyển tới Bắc Kinh 3 năm trước.",
        "3 năm trước",
        "year-3",
    );
    one(
        "Lứa cầu thủ của HAGL 20 năm trước được nhắc lại.",
        "20 năm trước",
        "year-20",
    );
    one(
        "Nhiệt độ Hà Nội 10 ngày tới sẽ giảm.",
        "10 ngày tới",
        "day+1..day+10",
    );
    // A bound before the count is the date's: in its span.
    one(
        "Ông đến đây hơn 40 năm trước.",
        "hơn 40 năm trước",
        "year-40",
    );
    one(
        "Họ sẽ đầu tư cho ít nhất 3 năm tiếp theo.",
        "ít nhất 3 năm tiếp theo",
        "year+1..year+3",
    );
    one(
        "Thuế được giảm không quá 4 năm tiếp theo.",
        "không quá 4 năm tiếp theo",
        "year+1..year+4",
    );
    // A count before an event is how long before it: no date.
    for text in [
        "Đội tập trên sân một ngày trước trận đấu.",
        "Ông được bổ nhiệm hai ngày trước vòng cuối.",
        "Hơn một tháng trước kỳ tuyển sinh, các trường đã công bố.",
        "Tin được đưa ra chỉ 2 ngày trước bầu cử.",
        "Suốt 1 tuần trước Tết, nhà nào cũng bận.",
    ] {
        assert!(found(text).is_empty(), "{text}: {:?}", found(text));
    }
    one(
        "Đội tập trên sân này một ngày trước.",
        "một ngày trước",
        "day-1",
    );
    // A range of counts with its direction word.
    one(
        "Chuyện xảy ra 2-3 năm trước.",
        "2-3 năm trước",
        "year-3..year-2",
    );
    one(
        "Mưa kéo dài trong 2 – 3 ngày tới.",
        "2 – 3 ngày tới",
        "day+1..day+3",
    );
    one(
        "Dự án khởi công sau 1 - 2 tháng nữa.",
        "1 - 2 tháng nữa",
        "month+1..month+2",
    );
    one(
        "Họ sẽ có mặt sau khoảng 2-3 tuần nữa.",
        "khoảng 2-3 tuần nữa",
        "day+14..day+21",
    );
    one(
        "Giá giảm mạnh trong 2-3 năm vừa qua.",
        "2-3 năm vừa qua",
        "year-3..year-1",
    );
    // Before "nữa" without "sau" or "trong", a range is how much longer;
    // "thêm … nữa" as for one count; a score runs down.
    for text in [
        "Số tiền đủ cho ông sống 7-8 năm nữa.",
        "Muốn nhiều hơn, phải chờ thêm 2 - 3 năm nữa.",
    ] {
        assert!(found(text).is_empty(), "{text}: {:?}", found(text));
    }
    let text = "Đội thắng 3-1 năm trước.";
    assert!(
        found(text).iter().all(|(span, _)| !span.contains("3-1")),
        "{text}: {:?}",
        found(text)
    );
}

/// The gen34 probe's rule on relative dates, on sentences of our own:
/// "sáng" after a word that makes it light ("tỏa", "thắp") or pure
/// ("trong"), before "qua" (through), is no yesterday morning.
#[test]
fn relative_dates_of_the_gen34_probe() {
    for text in [
        "Cô đã tỏa sáng qua ba phần thi.",
        "Tinh thần ấy được thắp sáng qua từng việc làm.",
        "Bài hát kể một tình yêu trong sáng qua những lá thư.",
    ] {
        assert!(found(text).is_empty(), "{text}: {:?}", found(text));
    }
    // Yesterday morning stays, "trong sáng" before a date too.
    one("Sáng qua, anh ra khỏi nhà.", "Sáng qua", "day-1 morning");
    one(
        "Giá giảm so với phiên sáng qua.",
        "sáng qua",
        "day-1 morning",
    );
    one(
        "Cũng trong sáng nay, đoàn đến xã.",
        "sáng nay",
        "day+0 morning",
    );
}

/// The gen36 probe's rules on relative dates, on sentences of our own:
/// a range of counts with a spaced dash after "trong vòng" is the next
/// units up to the higher count, as "2 – 3 ngày tới" is; a bare "nghìn
/// năm" after "từ" is how long, no date of "năm trước" or "năm nay"; a
/// bare day and month after a bound is no date; "tiếp" before a word is
/// no "next"; "bao nhiêu năm nay" is no year.
#[test]
fn relative_dates_of_the_gen36_probe() {
    one(
        "Nợ xấu sẽ được xử lý trong vòng 3 - 4 năm tới.",
        "3 - 4 năm tới",
        "year+1..year+4",
    );
    one(
        "Sinh viên có việc làm trong vòng 1 – 2 năm tới.",
        "1 – 2 năm tới",
        "year+1..year+2",
    );
    one(
        "Dự án xong trong vòng 2 - 3 tháng nữa.",
        "2 - 3 tháng nữa",
        "month+2..month+3",
    );
    for text in [
        "Nghi thức tang lễ có từ nghìn năm trước.",
        "Ngôi đền có từ trăm năm nay.",
    ] {
        assert!(
            found(text).iter().all(|(span, _)| !span.starts_with("năm")),
            "{text}: {:?}",
            found(text)
        );
    }
    // A bare day and month after a bound is a fraction with a reference
    // too, no date.
    let text = "Hộ nghèo là hộ không đảm bảo ít nhất 2/6 nhu cầu cơ bản.";
    assert!(found(text).is_empty(), "{text}: {:?}", found(text));
    assert!(
        Extractor::new()
            .reference(vietnorm::time::Reference::new(2020, 6, 17).expect("a valid day"))
            .extract(text)
            .is_empty(),
        "{text}"
    );
    // "tiếp" before another word is a verb or "after that", no next unit;
    // before "theo" or punctuation it is "next".
    for text in [
        "Sau 2 tháng tiếp nhận, gần 50% nhân viên nghỉ việc.",
        "Chi phí vài triệu đồng cho một ngày tiếp sữa ngoại.",
        "Khoảng ba tháng tiếp đó, họ ít gặp nhau.",
        "Năm 2013 là năm tiếp tục khó khăn.",
    ] {
        assert!(found(text).is_empty(), "{text}: {:?}", found(text));
    }
    one(
        "Giá sẽ tăng trong 3 tháng tiếp theo.",
        "3 tháng tiếp theo",
        "month+1..month+3",
    );
    // "bao nhiêu năm nay" (for so many years now): a vague count, no year.
    for text in [
        "Bao nhiêu năm nay chúng ta đã nói về điều đó.",
        "Tôi sống ở đây bao nhiêu năm nay mà chưa thấy.",
        "Bao nhiêu năm sau khi giải nghệ, anh vẫn khỏe.",
    ] {
        assert!(found(text).is_empty(), "{text}: {:?}", found(text));
    }
    one("Năm nay chúng ta đã nói.", "Năm nay", "year+0");
}

/// With a reference, a count the label rules refuse as a date stays the
/// duration it is without one (rel8 probe): "chuyến thăm 4 ngày tới Nhật
/// Bản" is a four-day visit, no date and no bare number.
#[test]
fn a_count_refused_as_a_date_stays_a_duration() {
    let reference = vietnorm::time::Reference::new(2020, 6, 17).unwrap();
    let with = Extractor::new().reference(reference);
    for (text, span) in [
        ("Ông có chuyến thăm 4 ngày tới Nhật Bản.", "4 ngày"),
        ("Đoàn có chuyến công du 3 ngày tới Pháp.", "3 ngày"),
    ] {
        let plain: Vec<(&str, vietnorm::extract::Kind)> = Extractor::new()
            .extract(text)
            .iter()
            .map(|e| (e.text, e.kind()))
            .collect();
        let dated: Vec<(&str, vietnorm::extract::Kind)> = with
            .extract(text)
            .iter()
            .map(|e| (e.text, e.kind()))
            .collect();
        assert_eq!(dated, plain, "{text}");
        assert!(
            dated
                .iter()
                .any(|&(t, k)| t == span && k == vietnorm::extract::Kind::Duration),
            "{text}: {dated:?}"
        );
    }
}
