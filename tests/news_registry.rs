//! The outlet registry file (`src/news/outlets.tsv`) and the Rust table
//! generated from it (`src/news/outlets_table.rs`).
//!
//! `generated_table_is_up_to_date` renders the table from the TSV and diffs
//! it with the checked-in file; run it with `VIETNORM_REGENERATE=1` to
//! rewrite the file after editing the TSV:
//!
//! ```text
//! VIETNORM_REGENERATE=1 cargo test --test news_registry
//! ```

use std::collections::BTreeSet;
use std::path::PathBuf;

const KINDS: &[(&str, &str)] = &[
    ("newspaper", "Newspaper"),
    ("agency", "Agency"),
    ("portal", "Portal"),
    ("tv", "Tv"),
    ("radio", "Radio"),
    ("magazine", "Magazine"),
];

struct Row {
    line: usize,
    name: String,
    parent: Option<String>,
    kind: &'static str,
    domains: Vec<String>,
    aliases: Vec<String>,
    source: String,
}

fn path(file: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("src/news")
        .join(file)
}

/// The data rows, checked: six fields, a known kind, no empty name.
fn rows(text: &str) -> Result<Vec<Row>, String> {
    let mut out = Vec::new();
    let mut header = false;
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !header {
            header = true;
            if line != "name\tparent\tkind\tdomains\taliases\tsource" {
                return Err(format!("outlets.tsv:{n}: unexpected header {line:?}"));
            }
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        let [name, parent, kind, domains, aliases, source] = f.as_slice() else {
            return Err(format!("outlets.tsv:{n}: {} fields, expected 6", f.len()));
        };
        let Some(&(_, variant)) = KINDS.iter().find(|(k, _)| k == kind) else {
            return Err(format!("outlets.tsv:{n}: unknown kind {kind:?}"));
        };
        if name.trim().is_empty() || name.trim() != *name {
            return Err(format!("outlets.tsv:{n}: empty or padded name {name:?}"));
        }
        if source.trim().is_empty() {
            return Err(format!("outlets.tsv:{n}: {name} gives no source"));
        }
        let list = |s: &str| -> Vec<String> {
            s.split('|')
                .map(str::trim)
                .filter(|x| !x.is_empty())
                .map(str::to_owned)
                .collect()
        };
        out.push(Row {
            line: n,
            name: (*name).to_owned(),
            parent: (!parent.is_empty()).then(|| (*parent).to_owned()),
            kind: variant,
            domains: list(domains),
            aliases: list(aliases),
            source: (*source).to_owned(),
        });
    }
    Ok(out)
}

fn quoted(items: &[String]) -> String {
    let inner: Vec<String> = items.iter().map(|s| format!("{s:?}")).collect();
    format!("&[{}]", inner.join(", "))
}

/// The Rust source of the table.
fn render(rows: &[Row]) -> String {
    let mut out = String::from(
        "// Generated from src/news/outlets.tsv by tests/news_registry.rs: do not edit.\n\
         // Regenerate with `VIETNORM_REGENERATE=1 cargo test --test news_registry`.\n\n\
         /// Every outlet the library knows, one row each, from `outlets.tsv`:\n\
         /// canonical name, parent (for a sub-brand), kind, domains, aliases.\n\
         ///\n\
         /// ```\n\
         /// use vietnorm::news::{OUTLETS, OutletKind};\n\
         /// assert!(OUTLETS.len() >= 300);\n\
         /// assert!(OUTLETS.iter().any(|o| o.name == \"VTV1\" && o.parent == Some(\"VTV\")));\n\
         /// assert!(OUTLETS.iter().any(|o| o.kind == OutletKind::Agency));\n\
         /// ```\n\
         #[rustfmt::skip]\n\
         pub static OUTLETS: &[Outlet] = &[\n",
    );
    for r in rows {
        let parent = match &r.parent {
            Some(p) => format!("Some({p:?})"),
            None => "None".to_owned(),
        };
        out.push_str(&format!(
            "    o({:?}, {parent}, OutletKind::{}, {}, {}),\n",
            r.name,
            r.kind,
            quoted(&r.domains),
            quoted(&r.aliases)
        ));
    }
    out.push_str("];\n");
    out
}

#[test]
fn registry_rows_are_well_formed() {
    let text = std::fs::read_to_string(path("outlets.tsv")).expect("outlets.tsv is readable");
    let rows = rows(&text).unwrap_or_else(|e| panic!("{e}"));
    assert!(rows.len() >= 300, "{} outlets", rows.len());
    let names: BTreeSet<&str> = rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names.len(), rows.len(), "a name is listed twice");
    for r in &rows {
        if let Some(p) = &r.parent {
            let parent = rows.iter().find(|x| &x.name == p);
            assert!(
                parent.is_some_and(|x| x.parent.is_none()),
                "outlets.tsv:{}: parent {p:?} of {} is not a publication of the registry",
                r.line,
                r.name
            );
        }
        for d in &r.domains {
            assert!(
                d.contains('.') && !d.contains(' ') && !d.starts_with("www."),
                "outlets.tsv:{}: {d:?} is not a bare domain",
                r.line
            );
        }
        assert!(!r.source.is_empty());
    }
}

#[test]
fn generated_table_is_up_to_date() {
    let text = std::fs::read_to_string(path("outlets.tsv")).expect("outlets.tsv is readable");
    let rows = rows(&text).unwrap_or_else(|e| panic!("{e}"));
    let rendered = render(&rows);
    let target = path("outlets_table.rs");
    if std::env::var_os("VIETNORM_REGENERATE").is_some() {
        std::fs::write(&target, &rendered).expect("outlets_table.rs is writable");
        return;
    }
    let current = std::fs::read_to_string(&target).unwrap_or_default();
    assert!(
        current == rendered,
        "src/news/outlets_table.rs is out of date with outlets.tsv: \
         run `VIETNORM_REGENERATE=1 cargo test --test news_registry`"
    );
}

#[test]
fn every_row_is_found_by_its_labels() {
    use vietnorm::news::{OUTLETS, find_brand, find_outlet};
    for o in OUTLETS {
        for label in o.labels() {
            assert_eq!(find_brand(label).map(|b| b.name), Some(o.name), "{label}");
            let publication = o.parent.unwrap_or(o.name);
            assert_eq!(
                find_outlet(label).map(|b| b.name),
                Some(publication),
                "{label}"
            );
        }
    }
}
