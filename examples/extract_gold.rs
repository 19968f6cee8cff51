//! Scores `extract` on the extraction gold set: precision and recall per
//! kind, value accuracy, and (with `--errors`) every difference to read.
//!
//! ```text
//! cargo run --release --example extract_gold
//! cargo run --release --example extract_gold -- --errors
//! cargo run --release --example extract_gold -- --heldout   # the held-out set
//! cargo run --release --example extract_gold -- --final     # the final test set
//! cargo run --release --example extract_gold -- --blind     # the blind set (session 2)
//! cargo run --release --example extract_gold -- --blind2    # the second blind set
//! cargo run --release --example extract_gold -- --blind3    # the third blind set
//! cargo run --release --example extract_gold -- --blind4    # the fourth blind set
//! cargo run --release --example extract_gold -- --blind5    # the fifth blind set
//! cargo run --release --example extract_gold -- --blind6    # the sixth blind set
//! cargo run --release --example extract_gold -- --blind7    # the seventh blind set
//! cargo run --release --example extract_gold -- --blind8    # the eighth blind set
//! cargo run --release --example extract_gold -- --blind9    # the ninth blind set
//! cargo run --release --example extract_gold -- --blind10   # the tenth blind set
//! cargo run --release --example extract_gold -- --blind11   # the eleventh blind set
//! cargo run --release --example extract_gold -- --blind12   # the twelfth blind set
//! cargo run --release --example extract_gold -- --blind13   # the thirteenth blind set
//! cargo run --release --example extract_gold -- --blind14   # the fourteenth blind set
//! cargo run --release --example extract_gold -- --blind15   # the fifteenth blind set
//! cargo run --release --example extract_gold -- --blind16   # the sixteenth blind set
//! cargo run --release --example extract_gold -- --blind17   # the seventeenth blind set
//! cargo run --release --example extract_gold -- --blind18   # the eighteenth blind set
//! cargo run --release --example extract_gold -- --blind19   # the nineteenth blind set
//! cargo run --release --example extract_gold -- --blind20   # the twentieth blind set
//! cargo run --release --example extract_gold -- --blind21   # the twenty-first blind set
//! cargo run --release --example extract_gold -- --blind22   # the twenty-second blind set
//! cargo run --release --example extract_gold -- --blind23   # the twenty-third blind set
//! cargo run --release --example extract_gold -- --blind24   # the twenty-fourth blind set
//! cargo run --release --example extract_gold -- --blind25   # the twenty-fifth blind set
//! cargo run --release --example extract_gold -- --blind26   # the twenty-sixth blind set
//! cargo run --release --example extract_gold -- --blind27   # the twenty-seventh blind set
//! cargo run --release --example extract_gold -- --blind28   # the twenty-eighth blind set
//! cargo run --release --example extract_gold -- --blind29   # the twenty-ninth blind set
//! cargo run --release --example extract_gold -- --blind30   # the thirtieth blind set
//! cargo run --release --example extract_gold -- --blind31   # the thirty-first blind set
//! cargo run --release --example extract_gold -- --blind32   # the thirty-second blind set
//! cargo run --release --example extract_gold -- --blind33   # the thirty-third blind set
//! cargo run --release --example extract_gold -- --blind34   # the thirty-fourth blind set
//! cargo run --release --example extract_gold -- --blind35   # the thirty-fifth blind set
//! cargo run --release --example extract_gold -- --measures  # measures and rates
//! ```
//!
//! `--errors` lists every disagreement, except for a set not yet opened
//! (the thirty-fifth blind set, kept unseen to judge later rules; `SETS`
//! in `tests/support/gold.rs` lists the sets, their flags and which are
//! opened), whose disagreements need `--show-unopened` too.
//!
//! The passages are byte ranges of corpus articles (`VIETNORM_CORPUS`, else
//! `../shared/corpus/articles.jsonl` beside the checkout); without the
//! corpus the report says so and exits successfully.

#[path = "../tests/support/gold.rs"]
mod gold;

use vietnorm::extract::Extractor;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let errors = args.iter().any(|a| a == "--errors");
    let set = gold::Set::from_args(&args);
    let Some(corpus) = gold::corpus_path() else {
        println!("extract_gold: no corpus found (set VIETNORM_CORPUS); nothing to score.");
        return;
    };
    let result = gold::passages(&corpus, set).and_then(|p| gold::gold(&p, set).map(|g| (p, g)));
    let (passages, gold_rows) = match result {
        Ok(x) => x,
        Err(e) => {
            eprintln!("extract_gold: {e}");
            std::process::exit(1);
        }
    };
    let (counts, misses) = gold::score_set(&Extractor::new(), &passages, &gold_rows, set);
    let (relative, relative_misses) =
        gold::score_relative(&Extractor::new(), &passages, &gold_rows);
    let unopened = !set.opened() && !args.iter().any(|a| a == "--show-unopened");
    if errors && unopened {
        println!("(disagreements not shown: the set is not opened; --show-unopened shows them)\n");
    } else if errors {
        for m in misses.iter().chain(&relative_misses) {
            println!(
                "{}\t{}\t{}\t{:?}\t{}\t{}\t{}",
                m.passage, m.what, m.kind, m.text, m.value, m.other, m.context
            );
        }
        println!();
    }
    println!(
        "{} passages, {} gold entities ({} relative, scored apart against the reference {}-{:02}-{:02})\n",
        passages.len(),
        gold_rows.len(),
        gold_rows.iter().filter(|g| g.kind == "relative").count(),
        gold::REFERENCE.0,
        gold::REFERENCE.1,
        gold::REFERENCE.2
    );
    println!("| kind | gold | found | correct | precision | recall | value right |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for (kind, c) in &counts {
        print_row(kind, c, c.tp);
    }
    // Relative dates need the article's date: they are scored apart, with a
    // fixed reference, and are in none of the lines above (so "all" stays
    // comparable with every earlier figure).
    if set != gold::Set::Measures {
        print_row(
            "relative (fixed reference)",
            &relative.counts,
            relative.valued,
        );
    }
}

/// One line of the table: gold, found, correct, precision, recall, and the
/// right values among the `valued` matches.
fn print_row(label: &str, c: &gold::Counts, valued: usize) {
    println!(
        "| {label} | {} | {} | {} | {:.1}% | {:.1}% | {}/{valued} |",
        c.tp + c.fn_,
        c.tp + c.fp,
        c.tp,
        100.0 * c.precision(),
        100.0 * c.recall(),
        c.value_ok,
    );
}
