//! "một" that counts one, where the scanner reads "a": one more ("thêm
//! một thẻ vàng"), the only one ("duy nhất một cậu con trai"), exactly one
//! ("đúng một điểm"), one goal ("ghi một bàn"), one casualty ("khiến
//! một người tử vong") and with just one ("chỉ với một cú ngoạm"). Settled
//! as counts in the tenth session and the num13 probe from every gold
//! set's readings (CONVENTIONS.md, "một that counts").

use super::Context;
use crate::lex::{Gap, Kind, Token};

/// Words after "một" that make it "a" or "some" in every "một" rule:
/// "một số", "một vài", "một chút", "một ít", "một mình" (alone), "một
/// trong" (one of), "một nửa", "một phần", "một lượng", "một sự", "một
/// hoặc hai", "một thời", "một khoảng", "một thứ", "một kiểu", "một
/// đôi", "một loạt". Each rule adds its own (`Context::lowercase_noun_after`).
pub(super) const A_NOT_ONE: &[&str] = &[
    "số", "vài", "chút", "ít", "mình", "trong", "nửa", "phần", "lượng", "sự", "hoặc", "hay",
    "thời", "khoảng", "thứ", "kiểu", "đôi", "loạt",
];

/// What else makes "một" "a" after "thêm", "duy nhất", "đúng", before a
/// goal or a casualty: "một cách", "một khi" (once), "một lúc", "một
/// chiều", "một mạch", "một tí", "một chốc", "một hồi", "một dạo", "một
/// lát", "một nhóm", "một bộ", "một tẹo".
const NOT_ONE: &[&str] = &[
    "cách", "khi", "lúc", "chiều", "mạch", "mực", "tí", "chốc", "hồi", "dạo", "lát", "nhóm", "bộ",
    "tẹo",
];

/// Nouns of people counted in casualty reports: "một người tử vong", "một
/// ngư dân mất tích", "một binh sĩ bị thương".
const CASUALTY_NOUNS: &[&str] = &[
    "người", "nạn", "ngư", "binh", "chiến", "cảnh", "lính", "công", "học", "trẻ", "em", "cháu",
    "phụ", "hành", "du", "thuyền", "thợ", "tài", "nhân", "cán", "sinh", "bé", "cụ",
];

/// Words of a casualty report after the counted noun: "tử vong", "thiệt
/// mạng", "chết", "bị thương", "mất tích", "tử nạn", "trọng thương".
const CASUALTY: &[&str] = &["tử", "thiệt", "chết", "thương", "mất", "trọng"];

/// Words before "một" + a casualty that make it hypothetical, a finding
/// or a search, not a count: "khi một người chết", "phát hiện một người
/// chết", "tìm kiếm một ngư dân mất tích", "cứu một người bị thương".
const NOT_CASUALTY_BEFORE: &[&str] = &[
    "khi", "nếu", "thấy", "hiện", "kiếm", "tìm", "cứu", "là", "của", "như", "với", "rằng", "giả",
    "đưa", "chở", "giúp", "cho", "từ",
];

/// Words before "đúng" that make it "rightly", not "exactly": "phản ánh
/// đúng một nền báo chí", "nhìn nhận đúng một thực tế", "hiểu đúng".
const RIGHTLY_AFTER: &[&str] = &["ánh", "nhận", "hiểu", "giá", "thấy", "nói", "mô", "tả"];

/// Verbs that count what they take, after "chỉ" (only): "chỉ giành một
/// chiến thắng", "chỉ được dùng một Việt kiều", "chỉ xuất hiện một ca sĩ",
/// "chỉ còn một suất", "chỉ chơi một trận", "chỉ đá một mùa" (num16).
/// Not "chỉ là một" (just a), "chỉ với một" (with just a), "chỉ ra một"
/// (point out), "chỉ trích" (criticize), "chỉ cần một" (all it takes is
/// a).
const ONLY_VERBS: &[&str] = &[
    "giành", "thắng", "thua", "hòa", "hoà", "ghi", "hiện", "dùng", "dụng", "còn", "tuyển", "đạt",
    "nhận", "chọn", "bán", "mua", "sinh", "đăng", "cử", "chơi", "đá",
];

/// Words that may stand between "chỉ" and its verb: "chỉ được dùng",
/// "chỉ mới giành", "chỉ kịp ghi".
const ONLY_AUX: &[&str] = &["được", "mới", "kịp", "có", "thể", "xuất", "sử"];

/// Nouns of play and of an act counted after "chỉ" (only) and any verb
/// (num23 probe): "chỉ tổ chức một trận", "chỉ tập một buổi", "chỉ đá được
/// một hiệp", "chỉ dứt điểm một cú", "chỉ tạo được một pha", "chỉ chịu một
/// thất bại", "chỉ kiếm được một chiến thắng". And "lần" (a time: gen27
/// probe): "chỉ xét nghiệm một lần", "Chỉ làm một lần như vậy", "chỉ phải
/// một lần vào lưới" say how many times, only once, as "một lần" ending
/// its clause counts; "chỉ cần một lần", "chỉ trong một lần", "chỉ vì
/// một lần" stay "a", their phrase stopped (`ONLY_PHRASE_STOP`).
const ONLY_ACT_NOUNS: &[&str] = &[
    "trận", "buổi", "hiệp", "lượt", "cú", "pha", "thất", "chiến", "lần",
];

/// Words after "một" that keep it "a" after "chỉ … được" (num23 probe):
/// "chỉ mong tìm được một cái giường" (a bed), "chỉ ngồi yên được một
/// chỗ" (stay put), "chỉ ở được một thời gian" (a while).
const ONLY_MANAGED_NOT: &[&str] = &["cái", "chỗ", "thời", "hai"];

/// Words that end the verb phrase between "chỉ" and "một" (num23 probe):
/// a copula, a preposition or a linking word makes "một" "a" ("chỉ là
/// một", "chỉ với một", "chỉ sau một", "chỉ vì một", "chỉ cần một", "chỉ
/// để mua được một", "chỉ còn chưa đầy một"), or is read by a rule of its
/// own ("thêm", "đúng", "duy nhất").
const ONLY_PHRASE_STOP: &[&str] = &[
    "là", "có", "cần", "trong", "với", "bằng", "sau", "vì", "ở", "như", "cho", "tại", "qua", "về",
    "của", "trên", "tới", "đến", "vào", "khoảng", "gần", "trước", "mỗi", "nhưng", "từ", "do",
    "hơn", "thêm", "đúng", "nhất", "và", "mà", "khi", "để", "chưa", "đầy", "cách", "bảo",
];

/// Second syllables that make "chỉ" part of another word, not "only":
/// "chỉ đạo" (direct), "chỉ trích" (criticize), "chỉ định" (appoint),
/// "chỉ huy" (command), "chỉ ra" (point out), "chỉ thị", "chỉ số", "chỉ
/// tiêu", "chỉ dẫn", "chỉ điểm", "chỉ rõ", "chỉ báo", "chỉ trỏ", "chỉ tay".
const NOT_ONLY_CHI: &[&str] = &[
    "đạo", "trích", "định", "huy", "ra", "thị", "số", "tiêu", "dẫn", "điểm", "tay", "rõ", "báo",
    "trỏ", "giới", "tiết", "mục",
];

/// Abstract nouns after "chỉ với một" that make it "a": "chỉ với một hy
/// vọng" (with only a hope), "một ước nguyện", "một mong muốn", "một
/// niềm tin", "một mục đích", "một ý nghĩ", "một suy nghĩ", "một tâm
/// nguyện", "một khát vọng", "một quyết tâm", "một tinh thần".
const WITH_A: &[&str] = &[
    "hy", "hi", "ước", "mong", "niềm", "mục", "ý", "suy", "tâm", "khát", "quyết", "tinh",
];

/// Words before "một bàn" that score or concede it: "ghi một bàn", "ghi
/// được một bàn", "gỡ lại một bàn", "thủng lưới một bàn", "thua một bàn";
/// or that give a margin of one goal (rec17 probe): "thắng cách biệt một
/// bàn", "khoảng cách một bàn", "dẫn một bàn", "thắng một bàn".
const GOAL_BEFORE: &[&str] = &[
    "ghi", "gỡ", "lại", "lưới", "thua", "nhận", "được", "biệt", "cách", "dẫn", "thắng",
];

/// Verbs of a blow or a shot before "một nhát", "một phát": "đâm một
/// nhát", "chém một nhát", "bắn một phát", "tông tiếp một phát nữa",
/// "trúng một phát đạn".
const BLOW_VERBS: &[&str] = &[
    "đâm", "chém", "bắn", "đấm", "đá", "tát", "cắn", "húc", "tông", "đập", "chọc", "trúng",
];

/// Nouns "nhát" and "phát" begin that make "một" "a": "một phát biểu" (a
/// statement), "một phát hiện" (a finding), "một phát ngôn viên", "ngày
/// một phát triển" (more and more).
const NOT_A_BLOW: &[&str] = &[
    "biểu", "triển", "hiện", "ngôn", "kiến", "thanh", "minh", "hành", "động", "sinh", "tán", "huy",
    "giác", "âm",
];

/// Verbs of losing or maiming a part of the body before "một" (gen33
/// probe): "bị cụt một chân", "mất một bên mắt", "gãy một tay", "chặt
/// mất một tay".
const LOSS_VERBS: &[&str] = &["cụt", "mất", "gãy", "mù", "liệt", "chặt", "cưa"];

/// Parts of the body a loss counts after "một": "chân", "tay", "mắt",
/// "tai", "ngón", "răng", "thận", "phổi"; after "bên" (one side's: "một
/// bên mắt"), "cánh" ("cánh tay"), "bàn" ("bàn chân"), "quả" ("quả
/// thận"), "lá" ("lá phổi"), "con" ("con mắt") the part is the next word.
const BODY_PARTS: &[&str] = &["chân", "tay", "mắt", "tai", "ngón", "răng", "thận", "phổi"];

/// Words that end the noun after "một" before "duy nhất": a verb, a
/// copula or a joining word ("một năm chỉ có duy nhất", "một lần là duy
/// nhất", "một người và duy nhất").
const NOT_NOUN: &[&str] = &[
    "chỉ", "có", "là", "và", "được", "còn", "của", "với", "thì", "mà", "đã", "sẽ", "cũng",
];

impl Context<'_> {
    /// The byte spans of "một" that count one (the module's forms), among
    /// `candidates`: the starts of every lone "một" the number scanner met
    /// and left as "a" (`Scanner::lone_one_starts`), in order.
    pub(crate) fn counted_ones(&self, candidates: &[usize]) -> Vec<(usize, usize)> {
        self.mot_spans(candidates, |k, t| self.counts_one(k, t))
    }

    /// The byte spans of the words "một" at `candidates` (byte starts, in
    /// order) for which `counts` holds, given the token's index and the
    /// token: the one walk of every "một" rule.
    pub(super) fn mot_spans(
        &self,
        candidates: &[usize],
        counts: impl Fn(usize, &Token) -> bool,
    ) -> Vec<(usize, usize)> {
        candidates
            .iter()
            .filter_map(|&start| {
                let (k, t) = self.mot_at(start)?;
                counts(k, t).then_some((t.start, t.end))
            })
            .collect()
    }

    /// True when the "một" at `k` (the token `t`) counts one.
    fn counts_one(&self, k: usize, t: &Token) -> bool {
        if self.one_or_more(k) || self.player_quota(k) {
            return true;
        }
        // "chỉ có một BS phụ trách", "chỉ được dùng một Việt kiều": only
        // one, before a noun written with a capital (mot3 probe).
        if self.only_one_capitalized(k, t) {
            return true;
        }
        if !self.lowercase_noun_after(k, NOT_ONE) || self.any_follows(k) {
            return false;
        }
        let capital = matches!(t.kind, Kind::Word { capital: true, .. });
        if capital {
            // "Một người tử vong, hai người bị thương": a casualty opening
            // a sentence counts; nothing else capitalized does.
            return self.sentence_start(k) && self.casualty_after(k);
        }
        // "một trận hòa, một thua", "một thắng, hai hòa", "4 chiến thắng,
        // một hòa và một thua": one result in a list of results, a tally
        // of matches (mot3 probe).
        if self.listed_result(k) {
            return true;
        }
        let prev = self.word_before_on_line(k);
        let prev = prev.as_deref();
        let prev2 = self
            .before_on_line(k)
            .and_then(|p| self.word_before_on_line(p));
        let prev2 = prev2.as_deref();
        let next_word = self.word_at(k + 1);
        let next_word = next_word.as_deref();
        match (prev2, prev) {
            // "Chỉ với một cú ngoạm", "chỉ với một cây gậy", "chỉ bằng một
            // nút bấm": with just one, a count (CONVENTIONS.md, num13);
            // "chỉ với một hy vọng" (only a hope) stays "a", as do "chỉ
            // bằng một nửa" and "một phần" (`A_NOT_ONE`).
            (Some("chỉ"), Some("với" | "bằng")) => {
                next_word.is_some_and(|w| !WITH_A.contains(&w))
            }
            // "chưa một lần đánh vợ", "không một lần thành công": not
            // even once, a count set against none (num27 probe).
            _ if self.not_once(k) => true,
            // "thêm một thẻ vàng", "họp thêm một buổi": one more; "thêm
            // một lần (nữa)" is "again", an adverb, and "tiến thêm một
            // bước", "thêm một nấc thang" (a step further) a figure, no
            // count (num21 probe).
            (_, Some("thêm")) => !matches!(next_word, Some("lần" | "bước" | "nấc")),
            // "duy nhất một cậu con trai": the only one.
            (Some("duy"), Some("nhất")) => true,
            // "đúng một điểm", "đúng một lần": exactly one; "đúng một
            // phần" (partly right) is kept out by `NOT_ONE`, "nhìn nhận
            // đúng một thực tế" (rightly) by the verb before.
            (p2, Some("đúng")) => p2.is_none_or(|p| !RIGHTLY_AFTER.contains(&p)),
            // "góp một bàn", "bị thủng một bàn", "kiến tạo một bàn", "góp
            // một kiến tạo", "đóng góp một đường kiến tạo": a goal or an
            // assist counted, as "ghi một bàn" is (num27 probe).
            (p2, Some(p)) if Self::adds_to_score(p2, p) && self.goal_or_assist_after(k) => true,
            // "ghi một bàn", "gỡ lại một bàn", "thủng lưới một bàn".
            (p2, Some(p)) if GOAL_BEFORE.contains(&p) && next_word == Some("bàn") => {
                p != "được" || matches!(p2, Some("ghi" | "giành"))
            }
            _ if self.only_verb_before(k) => true,
            // "chỉ tổ chức một trận", "chỉ ký được một hợp đồng": one act
            // or one thing managed, after "chỉ" and a verb (num23 probe).
            _ if self.only_one_act(k) => true,
            // "nhiều hơn Filip một trận", "kém Việt Nam một bậc", "hơn đối
            // thủ một điểm": the margin of a comparison with a team or a
            // player counts one (num21 probe).
            _ if self.comparison_margin(k) => true,
            // "cứ 3-4 học sinh thì có một em", "Cứ 90 giây là có một người":
            // the one of a ratio opened by "cứ N" (gen35 probe).
            (Some("thì" | "là"), Some("có")) => self.ratio_opened_before(k),
            // "xác định có một khách hàng trúng giải Jackpot", "lại có một
            // người trúng độc đắc": the one winner of a draw, a count, as
            // "có 2 người trúng giải" counts two (gen53 probe).
            (_, Some("có")) if self.winner_after(k) => true,
            // "bị treo giò một trận", "bị cấm chỉ đạo một trận", "cấm
            // tham dự một trận": a suspension counts the matches it bans
            // (num21 probe).
            (Some(p2), Some(p)) if next_word == Some("trận") && self.suspension(k, p2, p) => true,
            // "đâm một nhát", "đâm anh Hải một nhát", "bắn một phát":
            // one blow, one shot, a count of the act.
            _ if matches!(next_word, Some("nhát" | "phát")) => self.one_blow(k),
            // "bị cụt một chân", "mất một bên mắt": one part of the body
            // lost, a count (gen33 probe).
            (_, Some(p)) if LOSS_VERBS.contains(&p) && self.body_part_end(k).is_some() => true,
            // "một ngón tay cụt", "một chân bị gãy": the part lost named
            // first, its loss after it (gen43 probe).
            _ if self.part_lost_after(k) => true,
            // "mật độ bốn ngày một trận", "ba ngày một trận", "hai tuần
            // một trận", "4,5 ngày một trận": one match every few days or
            // weeks, a rate of play whose one counts the matches, as "7
            // ngày 4 trận" counts four (gen46 probe). A guard, so that a
            // period with no count ("mỗi tuần một trận duy nhất") goes on
            // to the rules below.
            (_, Some("ngày" | "tuần"))
                if next_word == Some("trận") && self.counted_period_before(k) =>
            {
                true
            }
            // "bà mẹ một con", "ông bố một con": a parent of one child,
            // as "mẹ hai con" is of two; "gái một con" (a young mother of
            // one child, blind17 d096), likewise (mot3 probe).
            (_, Some("mẹ" | "bố" | "gái")) => next_word == Some("con"),
            // "một mùa giải duy nhất", "một nguồn thu nhập duy nhất": the
            // only one, as "duy nhất một" before it (num16).
            _ if self.only_one_after(k) => true,
            (_, p) => self.casualty_after(k) && p.is_none_or(|p| !NOT_CASUALTY_BEFORE.contains(&p)),
        }
    }

    /// True when the lowercase "một" at `k` (the token `t`) counts only
    /// one before a capitalized word (mot3 probe): "chỉ có một BS phụ
    /// trách chuyên môn", "Chỉ có một HLV hiểu được", "mỗi đội chỉ được
    /// dùng một Việt kiều", "nếu chỉ một VFF hoạt động". The rules of
    /// "chỉ có một", "chỉ một" (`Context::only_ones`) and "chỉ" before a
    /// verb that takes a count (`ONLY_VERBS`, [`Self::only_before_verb`])
    /// want a lowercase noun after "một"; an abbreviation ("BS", "HLV",
    /// "CLB") or a noun written with a capital ("Việt kiều") is counted
    /// the same, as the tenth set's t114 reads it (CONVENTIONS.md, "một"
    /// after "chỉ" and a verb). Not after "không", "chẳng", "phải" (not
    /// only … but: "không phải chỉ một Đồi Ngô mà có cả Rừng Ngô"), nor
    /// "chỉ là một Stuttgart yếu ớt", "chỉ cần … một" (just a), which
    /// neither rule reads.
    fn only_one_capitalized(&self, k: usize, t: &Token) -> bool {
        let capital_after = self.toks.get(k + 1).is_some_and(|n| {
            n.gap == Gap::Space && matches!(n.kind, Kind::Word { capital: true, .. })
        });
        if !capital_after || matches!(t.kind, Kind::Word { capital: true, .. }) {
            return false;
        }
        let only_right_before = self
            .text
            .get(..t.start)
            .is_some_and(super::counts::only_before);
        // "chỉ dùng một HLV nào đó" (some coach) denies a count as "chỉ
        // dùng một cầu thủ nào đó" does (`Context::any_follows`).
        let verb_before = self.only_verb_before(k) && !self.any_follows(k);
        if !only_right_before && !verb_before {
            return false;
        }
        // The word before "chỉ": at most four tokens back on the line.
        let chi = self
            .back_on_line(k)
            .take(4)
            .find(|&(i, _)| self.word_at(i).is_some_and(|w| w == "chỉ"));
        chi.is_some_and(|(i, _)| {
            self.word_before_on_line(i)
                .is_none_or(|w| !matches!(w.as_ref(), "không" | "chẳng" | "phải"))
        })
    }

    /// True when the "một" at `k` and the result of a match after it
    /// ([`Self::result_after`]) are an item of a list of results, the item
    /// before or after it being another count and result, joined by a
    /// comma or "và" (mot3 probe): "Với một trận hòa, một thua Hàn Quốc"
    /// (both), "với một thắng, hai hòa", "4 chiến thắng, một hòa và một
    /// thua", "sau 7 thua và một hòa". A record of played matches, each
    /// result counted, as the gold sets read every "một" of such a list
    /// (r099, j152, d102, ad096 twice); a single result ("mới có một trận
    /// thắng", "đem về một chiến thắng") stays "a". A list whose last item
    /// is counted by a number after "một" ("một hòa và ba thất bại") was
    /// read before (`Context::leading_ones`).
    fn listed_result(&self, k: usize) -> bool {
        let Some(end) = self.result_after(k) else {
            return false;
        };
        let joiner = |i: usize| {
            self.toks.get(i).is_some_and(|t| match t.kind {
                Kind::Punct(',') => true,
                Kind::Word { .. } => t.gap == Gap::Space && self.word(t).is_some_and(|w| w == "và"),
                _ => false,
            })
        };
        // The next item: a joiner, then a count and its result.
        let next_item = joiner(end)
            && self.toks.get(end + 1).is_some_and(|t| t.gap == Gap::Space)
            && self.is_count(end + 1)
            && self.result_after(end + 1).is_some();
        // The item before: a count and its result (one to three words)
        // ending right before the joiner before "một".
        let item_before = || {
            let Some(j) = self.before_on_line(k).filter(|&j| joiner(j)) else {
                return false;
            };
            (j.saturating_sub(4)..j.saturating_sub(1))
                .any(|c| self.is_count(c) && self.result_after(c) == Some(j))
        };
        next_item || item_before()
    }

    /// The token after the result of a match that follows the count at
    /// `i`, on its line with spaces and in lowercase: "hòa", "hoà",
    /// "thua", "thắng", "thất bại", "chiến thắng", each perhaps after
    /// "trận" ("một trận hòa", "bốn trận thắng"). Not a longer word those
    /// begin: "thắng lợi", "thua lỗ", "hòa giải", "hòa bình".
    fn result_after(&self, i: usize) -> Option<usize> {
        let lower = |j: usize| {
            self.toks
                .get(j)
                .is_some_and(|t| matches!(t.kind, Kind::Word { capital: false, .. }))
                .then(|| self.spaced_word_at(j))
                .flatten()
        };
        let mut j = i + 1;
        if lower(j).is_some_and(|w| w == "trận") {
            j += 1;
        }
        let end = match lower(j)?.as_ref() {
            "hòa" | "hoà" | "thua" | "thắng" => j + 1,
            "thất" => lower(j + 1).filter(|w| w == "bại").map(|_| j + 2)?,
            "chiến" => lower(j + 1).filter(|w| w == "thắng").map(|_| j + 2)?,
            _ => return None,
        };
        let compound = lower(end).is_some_and(|w| {
            matches!(
                w.as_ref(),
                "lợi" | "lỗ" | "giải" | "bình" | "nhập" | "hợp" | "thuận" | "cuộc"
            )
        });
        (!compound).then_some(end)
    }

    /// True when the token at `i` is a count: digits, or a spelled number
    /// from one to ten ("một", "hai", "bốn").
    pub(super) fn is_count(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| matches!(t.kind, Kind::Num { .. }))
            || self.spelled_value(i).is_some()
    }

    /// True when the "một" at `k` is a quota of players a rule allows:
    /// after "được dùng", "được sử dụng", "cho phép" or "đăng ký" and
    /// before "ngoại binh" (a foreign player), "Việt kiều" (an overseas
    /// Vietnamese) or "cầu thủ": "mỗi câu lạc bộ cho phép một ngoại binh",
    /// "mỗi đội chỉ được dùng một Việt kiều", "cho phép mỗi đội đăng ký
    /// một ngoại binh", "sẽ được sử dụng một cầu thủ nhập tịch" (gen53
    /// probe; the tenth set's t114 and the thirty-first's ag113 count
    /// them). A player named ("là một ngoại binh giỏi") stays "a".
    fn player_quota(&self, k: usize) -> bool {
        let back = |n: usize| self.word_back_on_line(k, n);
        let quota_verb = match (back(2).as_deref(), back(1).as_deref()) {
            (Some("được"), Some("dùng"))
            | (Some("cho"), Some("phép"))
            | (Some("đăng"), Some("ký")) => true,
            (Some("sử"), Some("dụng")) => back(3).as_deref() == Some("được"),
            _ => false,
        };
        let word = |i: usize| self.spaced_word_at(i);
        quota_verb
            && matches!(
                (word(k + 1).as_deref(), word(k + 2).as_deref()),
                (Some("ngoại"), Some("binh"))
                    | (Some("việt"), Some("kiều"))
                    | (Some("cầu"), Some("thủ"))
            )
    }

    /// True when a winner of a draw follows the "một" at `k`: "người",
    /// "vé", "khách hàng" or "tấm vé", "may mắn" (lucky) after it or not,
    /// then "trúng" (won): "có một người trúng Jackpot", "có một vé trúng
    /// giải", "có một khách hàng may mắn trúng thưởng". "có một người đàn
    /// ông" (a man) names no win.
    fn winner_after(&self, k: usize) -> bool {
        let word = |i: usize| self.spaced_word_at(i);
        let mut i = k + 1;
        match word(i).as_deref() {
            Some("người" | "vé") => i += 1,
            Some("khách" | "tấm") if matches!(word(i + 1).as_deref(), Some("hàng" | "vé")) => {
                i += 2;
            }
            _ => return false,
        }
        if word(i).as_deref() == Some("may") && word(i + 1).as_deref() == Some("mắn") {
            i += 2;
        }
        word(i).as_deref() == Some("trúng")
    }

    /// True when the word before the "một" at `k` ("ngày", "tuần") is a
    /// period counted by a number right before it, on the line with
    /// spaces: "bốn ngày một trận", "3–4 ngày một trận", "hai tuần một
    /// trận"; "mỗi ngày một trận", "cả ngày một trận" name no period.
    fn counted_period_before(&self, k: usize) -> bool {
        let spaced = |i: usize| self.toks.get(i).is_some_and(|t| t.gap == Gap::Space);
        let Some(unit) = self.before_on_line(k) else {
            return false;
        };
        let Some(count) = self.before_on_line(unit) else {
            return false;
        };
        spaced(k)
            && spaced(unit)
            && (self
                .toks
                .get(count)
                .is_some_and(|t| matches!(t.kind, Kind::Num { .. }))
                || self.spelled_value(count).is_some_and(|v| v >= 2))
    }

    /// The token after the part of the body (`BODY_PARTS`) that follows
    /// the "một" at `k`, on its line with spaces: one word ("một chân"),
    /// or two, a word of side or shape before it ("một bên mắt", "một
    /// cánh tay", "một bàn chân", "một quả thận", "một lá phổi", "một con
    /// mắt") or "ngón" before "tay" or "chân" ("một ngón tay", a finger);
    /// `None` for "một bàn thắng" (a goal).
    fn body_part_end(&self, k: usize) -> Option<usize> {
        let part = |i: usize| {
            self.spaced_word_at(i)
                .is_some_and(|w| BODY_PARTS.contains(&w.as_ref()))
        };
        match self.spaced_word_at(k + 1).as_deref() {
            Some("bên" | "cánh" | "bàn" | "quả" | "lá" | "con") => {
                part(k + 2).then_some(k + 3)
            }
            Some("ngón")
                if matches!(self.spaced_word_at(k + 2).as_deref(), Some("tay" | "chân")) =>
            {
                Some(k + 3)
            }
            Some(_) => part(k + 1).then_some(k + 2),
            None => None,
        }
    }

    /// True when a part of the body follows the "một" at `k`
    /// ([`Self::body_part_end`]), then its loss, "bị" (suffered) or not
    /// before it (gen43 probe): "và một ngón tay cụt" (and one severed
    /// finger), "ngoài một chân bị gãy" (but for one broken leg), "một
    /// mắt bị mù"; the count of the part lost, as "bị cụt một chân"
    /// (`LOSS_VERBS` before it) is. The loss is a state: "cụt", "mất",
    /// "gãy", "mù", "liệt" ("một chân bị thương", hurt, is no loss).
    fn part_lost_after(&self, k: usize) -> bool {
        const LOST: &[&str] = &["cụt", "mất", "gãy", "mù", "liệt"];
        let Some(mut at) = self.body_part_end(k) else {
            return false;
        };
        if self.spaced_word_at(at).as_deref() == Some("bị") {
            at += 1;
        }
        self.spaced_word_at(at)
            .is_some_and(|w| LOST.contains(&w.as_ref()))
    }

    /// True when the two words `p2`, `p` before a "một" add a goal or an
    /// assist to a score or concede one: "góp", "đóng góp", "thủng" (bị
    /// thủng), "kiến tạo" (num27 probe).
    fn adds_to_score(p2: Option<&str>, p: &str) -> bool {
        matches!(p, "góp" | "thủng") || (p == "tạo" && p2 == Some("kiến"))
    }

    /// True when a goal or an assist follows the "một" at `k`, on its line
    /// with spaces: "bàn" (not "bàn tay", "bàn chân": "góp một bàn tay" is
    /// a helping hand), "kiến tạo", or "đường" or "pha" before "kiến tạo"
    /// or "chuyền" ("một đường chuyền thành bàn").
    fn goal_or_assist_after(&self, k: usize) -> bool {
        let word = |i: usize| self.spaced_word_at(i);
        match word(k + 1).as_deref() {
            Some("bàn") => !matches!(word(k + 2).as_deref(), Some("tay" | "chân")),
            Some("kiến") => word(k + 2).is_some_and(|w| w == "tạo"),
            Some("đường" | "pha") => {
                matches!(word(k + 2).as_deref(), Some("kiến" | "chuyền"))
            }
            _ => false,
        }
    }

    /// True when "một lần" at `k` is denied (num27 probe): "chưa",
    /// "không" or "chẳng" right before it, or with "từng" or "hề" between
    /// ("chưa một lần đánh vợ", "không một lần thành công", "chưa từng một
    /// lần thua"): not even once, a count set against none, as the gold
    /// sets read "một lần cũng không" and "không gặp nhau nổi một lần".
    /// "không một lần nữa" (never again) counts nothing, and "chưa một lần
    /// nào" is kept out before (`Context::any_follows`), as "không thua một
    /// bàn nào" is.
    fn not_once(&self, k: usize) -> bool {
        let spaced = |i: usize| self.toks.get(i).is_some_and(|t| t.gap == Gap::Space);
        if self.spaced_word_at(k + 1).is_none_or(|w| w != "lần")
            || self.word_at(k + 2).is_some_and(|w| w == "nữa")
        {
            return false;
        }
        let negation = |w: &str| matches!(w, "chưa" | "không" | "chẳng");
        let Some(p) = self.before_on_line(k).filter(|_| spaced(k)) else {
            return false;
        };
        match self.word_at(p).as_deref() {
            Some(w) if negation(w) => true,
            Some("từng" | "hề") => {
                spaced(p) && self.word_before_on_line(p).is_some_and(|w| negation(&w))
            }
            _ => false,
        }
    }

    /// True when "một" at `k` is the first of two counts joined by "hoặc"
    /// or "hay" (gen24 probe): "một hoặc hai phụ huynh", "Một hay hai
    /// tháng", "một hoặc 2 giọt" count one, as "hai hoặc ba năm" counts
    /// two (CONVENTIONS.md, a unit written once belongs to each number).
    /// The second is a spelled count from two to ten or digits from 2 to
    /// 99, after a space each; "một hay nhiều" (one or more) and "một hay
    /// một số" stay "a".
    fn one_or_more(&self, k: usize) -> bool {
        let spaced = |i: usize| self.toks.get(i).is_some_and(|t| t.gap == Gap::Space);
        if !spaced(k + 1)
            || !spaced(k + 2)
            || !self
                .word_at(k + 1)
                .is_some_and(|w| matches!(w.as_ref(), "hoặc" | "hay"))
        {
            return false;
        }
        match self.toks.get(k + 2).map(|t| t.kind) {
            Some(Kind::Num { value, len }) => len <= 2 && (2..=99).contains(&value),
            Some(Kind::Word { .. }) => self.spelled_value(k + 2).is_some_and(|v| v >= 2),
            _ => false,
        }
    }

    /// True when "một" at `k` is one blow or one shot: "nhát" or "phát"
    /// after it, not the first syllable of another noun ("một phát biểu",
    /// `NOT_A_BLOW`), and a verb of a blow (`BLOW_VERBS`) within the three
    /// words before, on its line with only words between ("đâm anh Hải
    /// một nhát", "tông tiếp một phát nữa").
    fn one_blow(&self, k: usize) -> bool {
        if self
            .word_at(k + 2)
            .is_some_and(|w| NOT_A_BLOW.contains(&w.as_ref()))
        {
            return false;
        }
        let mut i = k;
        for _ in 0..3 {
            let Some(p) = self.before_on_line(i) else {
                return false;
            };
            if self.toks.get(p + 1).is_some_and(|t| t.gap != Gap::Space) {
                return false;
            }
            let Some(w) = self.word_at(p) else {
                return false;
            };
            if BLOW_VERBS.contains(&w.as_ref()) {
                return true;
            }
            i = p;
        }
        false
    }

    /// True when "duy nhất" (only) follows the noun after the "một" at
    /// `k`: one to three lowercase words, then "duy nhất", on one line with
    /// spaces only ("một mùa giải duy nhất", "một nguồn thu nhập duy
    /// nhất"). A verb or a joining word between (`NOT_NOUN`: "một năm chỉ
    /// có duy nhất") ends the noun, so "duy nhất" is another clause's; an
    /// abstract noun of aim or will (`WITH_A`: "một mục tiêu duy nhất") or
    /// "một lối thoát duy nhất" is a figure, not a count.
    fn only_one_after(&self, k: usize) -> bool {
        // "một mục tiêu duy nhất", "một lối thoát duy nhất": an aim, a
        // way out, figures of singleness more than a count.
        if self
            .word_at(k + 1)
            .is_none_or(|w| WITH_A.contains(&w.as_ref()) || w == "lối")
        {
            return false;
        }
        for i in k + 2..k + 5 {
            let Some(t) = self.toks.get(i).filter(|t| t.gap == Gap::Space) else {
                return false;
            };
            if !matches!(t.kind, Kind::Word { capital: false, .. }) {
                return false;
            }
            let Some(w) = self.word(t) else {
                return false;
            };
            if w == "duy" {
                return i > k + 2
                    && self.toks.get(i + 1).is_some_and(|n| n.gap == Gap::Space)
                    && self.word_at(i + 1).is_some_and(|n| n == "nhất");
            }
            if NOT_NOUN.contains(&w.as_ref()) {
                return false;
            }
        }
        false
    }

    /// True when the "một" at `k` ends "chỉ" (only), one to three lowercase
    /// words of a verb phrase, on one line with spaces only, and either the
    /// phrase ends in "được" after a verb (managed only one: "chỉ ký được
    /// một hợp đồng", "chỉ trồng được một vụ", "chỉ tung ra được một pha")
    /// or "một" counts an act of play (`ONLY_ACT_NOUNS`: "chỉ tổ chức một
    /// trận", "chỉ được tập một buổi", "chỉ chịu một thất bại"). Not after
    /// "không chỉ", "chẳng chỉ" (not only … but: "không chỉ xây dựng một
    /// đội bóng"), nor a phrase holding a word of `ONLY_PHRASE_STOP`, nor
    /// "chỉ" of another word (`NOT_ONLY_CHI`), nor before the nouns of
    /// `ONLY_MANAGED_NOT` after "được".
    fn only_one_act(&self, k: usize) -> bool {
        let Some(next) = self.word_at(k + 1) else {
            return false;
        };
        let next = next.as_ref();
        let act = match next {
            "thất" => self.word_at(k + 2).is_some_and(|w| w == "bại"),
            "chiến" => self.word_at(k + 2).is_some_and(|w| w == "thắng"),
            _ => ONLY_ACT_NOUNS.contains(&next),
        };
        let spaced = |i: usize| self.toks.get(i).is_some_and(|t| t.gap == Gap::Space);
        let mut i = k;
        // `words`: the words of the phrase read so far, between "chỉ" and
        // "một".
        for words in 0..4 {
            let Some(p) = self.before_on_line(i) else {
                return false;
            };
            if !spaced(i) {
                return false;
            }
            let Some(t) = self.toks.get(p) else {
                return false;
            };
            let Some(w) = self.word(t) else {
                return false;
            };
            if w == "chỉ" {
                if words == 0
                    || self
                        .word_at(p + 1)
                        .is_none_or(|n| NOT_ONLY_CHI.contains(&n.as_ref()))
                    || self
                        .word_before_on_line(p)
                        .is_some_and(|b| matches!(b.as_ref(), "không" | "chẳng"))
                {
                    return false;
                }
                let managed = words >= 2
                    && self.word_before_on_line(k).is_some_and(|w| w == "được")
                    && !ONLY_MANAGED_NOT.contains(&next);
                return act || managed;
            }
            if !matches!(t.kind, Kind::Word { capital: false, .. })
                || ONLY_PHRASE_STOP.contains(&w.as_ref())
            {
                return false;
            }
            i = p;
        }
        false
    }

    /// True when the word right before the "một" at `k` is a verb that
    /// counts what it takes (`ONLY_VERBS`) and "chỉ" (only) stands before
    /// it ([`Self::only_before_verb`]): "chỉ giành một chiến thắng", "chỉ
    /// được dùng một Việt kiều", "chỉ còn một suất". The one test of
    /// [`Self::counts_one`] and [`Self::only_one_capitalized`].
    fn only_verb_before(&self, k: usize) -> bool {
        self.word_before_on_line(k)
            .is_some_and(|p| ONLY_VERBS.contains(&p.as_ref()))
            && self.only_before_verb(k)
    }

    /// True when "chỉ" (only) stands before the verb right before the
    /// "một" at `k`, with at most two auxiliaries between, on one line:
    /// "chỉ giành một", "chỉ được sử dụng một", "chỉ còn một".
    fn only_before_verb(&self, k: usize) -> bool {
        let mut i = k;
        // The verb, two auxiliaries, "chỉ": four steps back from `k`.
        for _ in 0..5 {
            let Some(p) = self.before_on_line(i) else {
                return false;
            };
            if i != k {
                let Some(w) = self.word_at(i) else {
                    return false;
                };
                if w == "chỉ" {
                    return true;
                }
                if i + 1 != k && !ONLY_AUX.contains(&w.as_ref()) {
                    return false;
                }
            }
            i = p;
        }
        false
    }

    /// True when a ratio "cứ N …" opens the clause of the "một" at `k`
    /// ("thì có một", "là có một" before it): "cứ" then a number, digits
    /// or spelled, at most twelve tokens back on the line with no
    /// punctuation but a dash between: "cứ 3-4 học sinh thì có một em bị tật khúc
    /// xạ", "cứ 3 người thì có một người", "Cứ 90 giây là có một người phụ
    /// nữ …" (one in every N, a count, as "cứ 4 trẻ em thì có 1 trẻ" is
    /// read in digits; gen35 probe). "thì có một ngày" with no "cứ" before
    /// it (there is a day) stays "a".
    fn ratio_opened_before(&self, k: usize) -> bool {
        for (i, t) in self.back_on_line(k).take(12) {
            // A dash may join a range ("cứ 3-4 học sinh"); other marks end
            // the clause.
            if matches!(t.kind, Kind::Punct(c) if !matches!(c, '-' | '–')) {
                return false;
            }
            let number_after = self.toks.get(i + 1).is_some_and(|n| {
                matches!(n.kind, Kind::Num { .. }) || self.spelled_value(i + 1).is_some()
            });
            if self.word_at(i).as_deref() == Some("cứ") && number_after {
                return true;
            }
        }
        false
    }

    /// True when the "một" at `k` is the margin of a comparison: "hơn" or
    /// "kém" (more, less), then a name (capitalized words inside the
    /// sentence, "PVF-CAND", "CLB TP HCM") or "đối thủ", "đối phương"
    /// (the opponent), then "một" and what is counted: "bàn", "trận",
    /// "người", "bậc", "tuổi", "lần", "cái" ("nhiều hơn Filip một trận",
    /// "kém Việt Nam một bậc", "ít hơn đối phương một cái thẻ vàng"), or
    /// "và" and a second name with its own count ("kém Singapore một và
    /// Thái Lan bốn lần"), or "điểm" ("hơn đối thủ một điểm"; after a
    /// name `Context::one_points` reads it too, and the spans are merged);
    /// "yếu hơn Titan một chút" (a bit) is no count.
    fn comparison_margin(&self, k: usize) -> bool {
        let next = self.word_at(k + 1);
        let spaced = |i: usize| self.toks.get(i).is_some_and(|t| t.gap == Gap::Space);
        let counted = match next.as_deref() {
            Some("bàn" | "trận" | "người" | "bậc" | "tuổi" | "lần" | "cái" | "điểm") => {
                spaced(k + 1)
            }
            Some("và") => {
                spaced(k + 1)
                    && self
                        .toks
                        .get(k + 2)
                        .is_some_and(|t| matches!(t.kind, Kind::Word { capital: true, .. }))
                    && (k + 3..k + 7).any(|i| {
                        self.toks.get(i).is_some_and(|t| {
                            t.gap != Gap::Line && matches!(t.kind, Kind::Num { .. })
                        }) || self.spelled_value(i).is_some_and(|v| v >= 2)
                    })
            }
            _ => false,
        };
        if !counted {
            return false;
        }
        let mut i = k;
        let mut named = false;
        for _ in 0..6 {
            let Some(p) = self.before_on_line(i) else {
                return false;
            };
            let Some(t) = self.toks.get(p) else {
                return false;
            };
            if t.kind == Kind::Punct('-')
                && t.gap == Gap::None
                && self.toks.get(i).is_some_and(|n| n.gap == Gap::None)
            {
                i = p;
                continue;
            }
            let Some(w) = self.word(t) else {
                return false;
            };
            if matches!(t.kind, Kind::Word { capital: true, .. }) && !self.sentence_start(p) {
                named = true;
                i = p;
                continue;
            }
            if matches!(w.as_ref(), "thủ" | "phương")
                && !named
                && self.word_before_on_line(p).is_some_and(|d| d == "đối")
            {
                named = true;
                i = p - 1;
                continue;
            }
            return named && matches!(w.as_ref(), "hơn" | "kém");
        }
        false
    }

    /// True when the two words before the "một" at `k`, `p2` and `p`,
    /// end a suspension on its line: "treo giò" (suspended), "cấm thi
    /// đấu", "cấm chỉ đạo", "treo quyền chỉ đạo", "cấm tham dự", "cấm ra
    /// sân" (banned from playing, from the bench, from attending).
    fn suspension(&self, k: usize, p2: &str, p: &str) -> bool {
        let p3 = || {
            self.before_on_line(k)
                .and_then(|i| self.before_on_line(i))
                .and_then(|i| self.word_before_on_line(i))
        };
        match (p2, p) {
            ("treo", "giò") => true,
            ("thi", "đấu") | ("tham", "dự") | ("ra", "sân") => {
                p3().is_some_and(|w| w == "cấm")
            }
            ("chỉ", "đạo") => p3().is_some_and(|w| matches!(w.as_ref(), "cấm" | "quyền")),
            _ => false,
        }
    }

    /// True when the digit "1" at `i` (its candidate ending at `j`) is
    /// written for "a" after a copula or a comparison: "đã là 1 thử
    /// nghiệm khá thành công", "chỉ là 1 ví dụ", "như 1 giấc mơ", "trở
    /// thành 1 ca sĩ", "đưa người xem đến 1 kì nghỉ" (to a holiday) read
    /// as "là một thử nghiệm", "a trial", which the conventions leave out
    /// ("đến" not after "chỉ": "mới chỉ dùng đến 1 thẻ đỏ" counts). A lowercase noun follows, not "lần" (once)
    /// or "phần" (a part); no other digit stands in its sentence within
    /// eight tokens either side ("3 tàu ngầm là 1 tàu mẹ và 2 tàu",
    /// "mỗi giải là 1 xe ô tô … trị giá 1,2 tỷ", "lần lượt là 1 và 1,7"),
    /// where the one is counted against the others (num21 probe).
    pub(super) fn is_digit_one_as_a(&self, i: usize, j: usize) -> bool {
        let Some(one) = self.toks.get(i) else {
            return false;
        };
        if self.raw(one) != "1" || one.gap != Gap::Space {
            return false;
        }
        // "đưa người xem đến 1 kì nghỉ", "tìm đến 1 bệnh viện": going to a
        // place; "mới chỉ dùng đến 1 thẻ đỏ" (only one) counts.
        let only_before = || {
            self.back_on_line(i)
                .skip(1)
                .take(3)
                .any(|(k, _)| self.word_at(k).is_some_and(|w| w == "chỉ"))
        };
        let copula = self
            .word_before_on_line(i)
            .is_some_and(|w| match w.as_ref() {
                "là" | "như" | "thành" => true,
                "đến" | "tới" => !only_before(),
                _ => false,
            });
        let noun = self.toks.get(j).is_some_and(|t| {
            t.gap == Gap::Space && matches!(t.kind, Kind::Word { capital: false, .. })
        }) && self.word_at(j).is_some_and(|w| {
            !matches!(
                w.as_ref(),
                "lần" | "phần" | "và" | "hay" | "hoặc" | "là" | "trong" | "nửa" | "trên"
            )
        });
        if !copula || !noun {
            return false;
        }
        let ends =
            |t: &Token| t.gap == Gap::Line || matches!(t.kind, Kind::Punct('.' | '!' | '?' | ';'));
        let digit = |t: &Token| matches!(t.kind, Kind::Num { .. });
        let before = self
            .back_on_line(i)
            .take(8)
            .take_while(|(_, t)| !matches!(t.kind, Kind::Punct('.' | '!' | '?' | ';')))
            .any(|(_, t)| digit(t));
        let after = self
            .toks
            .get(j..)
            .unwrap_or(&[])
            .iter()
            .take(8)
            .take_while(|t| !ends(t))
            .any(digit);
        !before && !after
    }

    /// True when "nào" (any) follows the noun after the "một" at `k`
    /// within four words of its clause: "không thua một bàn nào", "chưa
    /// ghi được một bàn thắng nào" deny any, they count nothing.
    fn any_follows(&self, k: usize) -> bool {
        (k + 2..k + 6)
            .map_while(|i| self.toks.get(i).filter(|t| t.gap != Gap::Line))
            .take_while(|t| matches!(t.kind, Kind::Word { .. }))
            .any(|t| self.word(t).is_some_and(|w| w == "nào"))
    }

    /// True when a casualty follows the "một" at `k`: a noun of people
    /// (one or two words), perhaps "đã" or "bị", then a word of death,
    /// injury or loss ("một người tử vong", "một ngư dân mất tích", "một
    /// binh sĩ bị thương", "một người đã chết").
    fn casualty_after(&self, k: usize) -> bool {
        if !self
            .word_at(k + 1)
            .is_some_and(|w| CASUALTY_NOUNS.contains(&w.as_ref()))
        {
            return false;
        }
        // The casualty word within the next three words, on one line,
        // with nothing but words between.
        for i in k + 2..k + 5 {
            let Some(t) = self.toks.get(i).filter(|t| t.gap == Gap::Space) else {
                return false;
            };
            let Some(w) = self.word(t) else {
                return false;
            };
            if CASUALTY.contains(&w.as_ref()) {
                return self.casualty_word(i, &w);
            }
        }
        false
    }

    /// True when the word `w` at `i` (from `CASUALTY`) with the next word
    /// reads as a casualty: "tử vong", "tử nạn", "thiệt mạng", "chết",
    /// "bị thương", "mất tích", "trọng thương"; "chết não" (brain-dead)
    /// and "mất việc" are not.
    fn casualty_word(&self, i: usize, w: &str) -> bool {
        let next = self.word_at(i + 1);
        let next = next.as_deref();
        match w {
            "tử" => matches!(next, Some("vong" | "nạn")),
            "thiệt" => next == Some("mạng"),
            "mất" => next == Some("tích"),
            "trọng" => next == Some("thương"),
            "thương" => self.word_before(i).is_some_and(|p| p == "bị"),
            "chết" => next != Some("não"),
            _ => false,
        }
    }
}
