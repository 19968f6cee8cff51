//! The legacy-encoding tables of `src/legacy/tables.rs` are generated from
//! the reference TSVs in `tests/data/legacy/` (transcribed verbatim from the
//! project's reference tables, whose README states the sources and checks).
//!
//! `generated_tables_are_up_to_date` regenerates the Rust source and diffs it
//! with the checked-in file; run it with `VIETNORM_REGENERATE=1` to rewrite
//! the file after changing a TSV or this generator:
//!
//! ```text
//! VIETNORM_REGENERATE=1 cargo test --test legacy_tables
//! ```
//!
//! The other tests check every row of every table against the public
//! decoder and encoder.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use vietnorm::legacy::{self, Encoding};

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/legacy")
}

/// The rows of a TSV file, header skipped, split on tabs.
fn rows(name: &str) -> Vec<Vec<String>> {
    let path = data_dir().join(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    text.lines()
        .skip(1)
        .filter(|l| !l.is_empty())
        .map(|l| l.split('\t').map(str::to_owned).collect())
        .collect()
}

fn hex_bytes(field: &str) -> Vec<u8> {
    field
        .split_whitespace()
        .map(|h| u8::from_str_radix(h, 16).unwrap_or_else(|e| panic!("bad hex {h:?}: {e}")))
        .collect()
}

/// `U+1EA0` → 'Ạ'.
fn code_point(field: &str) -> char {
    let hex = field
        .strip_prefix("U+")
        .unwrap_or_else(|| panic!("bad code point {field:?}"));
    let n =
        u32::from_str_radix(hex, 16).unwrap_or_else(|e| panic!("bad code point {field:?}: {e}"));
    char::from_u32(n).unwrap_or_else(|| panic!("not a char {field:?}"))
}

/// A `cp1252_view` cell: one literal character or `<U+XXXX>`.
fn view_char(field: &str) -> char {
    if let Some(inner) = field.strip_prefix('<').and_then(|r| r.strip_suffix('>')) {
        return code_point(inner);
    }
    let mut chars = field.chars();
    let c = chars.next().unwrap_or_else(|| panic!("empty view cell"));
    assert!(
        chars.next().is_none(),
        "view cell {field:?} is not one char"
    );
    c
}

/// A single-byte table: byte → char.
fn single_byte_rows(name: &str) -> Vec<(u8, char)> {
    rows(name)
        .iter()
        .map(|r| {
            let bytes = hex_bytes(&r[0]);
            assert_eq!(bytes.len(), 1, "{name}: {r:?}");
            (bytes[0], code_point(&r[2]))
        })
        .collect()
}

/// Windows-1252 as WHATWG defines it (the five undefined bytes map to the
/// C1 control of the same number): the `cp1252_view` column of the VISCII
/// table, which lists every byte 0x80–0xFF.
fn cp1252() -> [char; 256] {
    let mut table = ascii_identity();
    let mut seen = BTreeSet::new();
    for r in rows("viscii.tsv") {
        let b = hex_bytes(&r[0])[0];
        if b >= 0x80 {
            table[usize::from(b)] = view_char(&r[3]);
            seen.insert(b);
        }
    }
    assert_eq!(seen.len(), 128, "viscii.tsv must list every high byte");
    table
}

fn ascii_identity() -> [char; 256] {
    let mut table = ['\u{FFFD}'; 256];
    for b in 0u8..0x80 {
        table[usize::from(b)] = char::from(b);
    }
    table
}

/// byte → char for one single-byte encoding; `fallback` fills high bytes the
/// table does not list.
fn decode_table(listed: &[(u8, char)], fallback: impl Fn(u8) -> char) -> [char; 256] {
    let mut table = ascii_identity();
    for b in 0x80u8..=0xFF {
        table[usize::from(b)] = fallback(b);
    }
    for &(b, c) in listed {
        table[usize::from(b)] = c;
    }
    table
}

/// char → byte for every byte that does not decode to itself (ASCII
/// identity is handled by the encoder), table rows first so that a
/// fallback never shadows a listed letter.
fn inverse(
    listed: &[(u8, char)],
    table: &[char; 256],
    skip: &BTreeSet<u8>,
) -> Vec<(char, Vec<u8>)> {
    let mut out: BTreeMap<char, Vec<u8>> = BTreeMap::new();
    for &(b, c) in listed {
        out.entry(c).or_insert_with(|| vec![b]);
    }
    for b in 0u8..=0xFF {
        let c = table[usize::from(b)];
        if u32::from(c) == u32::from(b) && b < 0x80 || skip.contains(&b) {
            continue;
        }
        out.entry(c).or_insert_with(|| vec![b]);
    }
    out.into_iter().collect()
}

fn char_literal(c: char) -> String {
    match c {
        '\'' => "'\\''".to_owned(),
        '\\' => "'\\\\'".to_owned(),
        c if c.is_ascii_graphic() || c == ' ' => format!("'{c}'"),
        c if !c.is_ascii()
            && !c.is_control()
            && !c.is_whitespace()
            && !('\u{0300}'..='\u{036F}').contains(&c)
            && c != '\u{00AD}' =>
        {
            format!("'{c}'")
        }
        c => format!("'\\u{{{:04X}}}'", u32::from(c)),
    }
}

fn str_literal(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn bytes_literal(bytes: &[u8]) -> String {
    let inner: Vec<String> = bytes.iter().map(|b| format!("0x{b:02X}")).collect();
    format!("&[{}]", inner.join(", "))
}

fn emit_byte_table(out: &mut String, name: &str, doc: &str, table: &[char; 256]) {
    writeln!(out, "/// {doc}").unwrap();
    writeln!(out, "pub(crate) static {name}: [char; 256] = [").unwrap();
    for (row, chunk) in table.chunks(8).enumerate() {
        let cells: Vec<String> = chunk.iter().map(|&c| char_literal(c)).collect();
        writeln!(out, "    /* {:02X} */ {},", row * 8, cells.join(", ")).unwrap();
    }
    writeln!(out, "];\n").unwrap();
}

fn emit_encode_table(out: &mut String, name: &str, doc: &str, entries: &[(char, Vec<u8>)]) {
    writeln!(out, "/// {doc}").unwrap();
    writeln!(out, "pub(crate) static {name}: &[(char, &[u8])] = &[").unwrap();
    for (c, bytes) in entries {
        writeln!(out, "    ({}, {}),", char_literal(*c), bytes_literal(bytes)).unwrap();
    }
    writeln!(out, "];\n").unwrap();
}

/// The whole of `src/legacy/tables.rs`.
fn generate() -> String {
    let cp1252 = cp1252();
    let none = BTreeSet::new();

    let viscii_rows = single_byte_rows("viscii.tsv");
    let viscii = decode_table(&viscii_rows, |b| cp1252[usize::from(b)]);
    let vps_rows = single_byte_rows("vps.tsv");
    let vps = decode_table(&vps_rows, |b| cp1252[usize::from(b)]);

    // TCVN3 = VN3 plus the VN1 extras in the slots VN3 leaves free. Where
    // both list a byte they must agree (the README says they do).
    let vn3_rows = single_byte_rows("tcvn3.tsv");
    let vn1_rows = single_byte_rows("tcvn5712-1_vn1.tsv");
    let vn1: BTreeMap<u8, char> = vn1_rows.iter().copied().collect();
    for (b, c) in &vn3_rows {
        assert_eq!(vn1.get(b), Some(c), "VN3 and VN1 disagree on {b:02X}");
    }
    let mut tcvn3_rows = vn3_rows.clone();
    let vn3_bytes: BTreeSet<u8> = vn3_rows.iter().map(|r| r.0).collect();
    tcvn3_rows.extend(vn1_rows.iter().filter(|r| !vn3_bytes.contains(&r.0)));
    let tcvn3 = decode_table(&tcvn3_rows, |b| cp1252[usize::from(b)]);

    // Windows-1258: bytes the code page leaves undefined become the C1
    // control of the same number, as WHATWG does.
    let cp1258_rows = single_byte_rows("windows-1258.tsv");
    let cp1258 = decode_table(&cp1258_rows, char::from);

    // VNI-Windows: single bytes, and base + mark pairs.
    let mut vni_singles = Vec::new();
    let mut vni_pairs = Vec::new();
    for r in rows("vni-windows.tsv") {
        let bytes = hex_bytes(&r[0]);
        let c = code_point(&r[2]);
        match bytes.as_slice() {
            [b] => vni_singles.push((*b, c)),
            [b, m] => vni_pairs.push(((*b, *m), c)),
            _ => panic!("vni-windows.tsv: bad row {r:?}"),
        }
    }
    vni_pairs.sort();
    let vni_marks: BTreeSet<u8> = vni_pairs.iter().map(|((_, m), _)| *m).collect();
    let vni_single_bytes: BTreeSet<u8> = vni_singles.iter().map(|r| r.0).collect();
    assert!(
        vni_marks.is_disjoint(&vni_single_bytes),
        "a VNI mark byte is also a letter"
    );
    let vni = decode_table(&vni_singles, |b| cp1252[usize::from(b)]);

    let mut viqr: Vec<(String, char)> = rows("viqr.tsv")
        .iter()
        .map(|r| (r[0].clone(), code_point(&r[2])))
        .collect();
    viqr.sort();

    let mut cp1258_letters: Vec<(char, Vec<u8>)> = rows("windows-1258-vietnamese.tsv")
        .iter()
        .map(|r| (code_point(&r[2]), hex_bytes(&r[0])))
        .collect();
    cp1258_letters.sort();

    // Encoders.
    let viscii_enc = inverse(&viscii_rows, &viscii, &none);
    let vps_enc = inverse(&vps_rows, &vps, &none);
    let tcvn3_enc = inverse(&tcvn3_rows, &tcvn3, &none);
    // VNI: listed singles and pairs first, then the Windows-1252 fallbacks
    // (never a lone mark byte).
    let mut vni_enc: BTreeMap<char, Vec<u8>> = BTreeMap::new();
    for (b, c) in &vni_singles {
        vni_enc.entry(*c).or_insert_with(|| vec![*b]);
    }
    for ((b, m), c) in &vni_pairs {
        vni_enc.entry(*c).or_insert_with(|| vec![*b, *m]);
    }
    for (c, bytes) in inverse(&vni_singles, &vni, &vni_marks) {
        vni_enc.entry(c).or_insert(bytes);
    }
    // Windows-1258: the code page's own byte where it has one (precomposed
    // À Á È É Í Ó Ù Ú and lowercase, as Windows writes them), else base
    // letter + combining tone byte.
    let mut cp1258_enc: BTreeMap<char, Vec<u8>> = inverse(&cp1258_rows, &cp1258, &none)
        .into_iter()
        .filter(|(c, _)| !('\u{80}'..='\u{9F}').contains(c))
        .collect();
    for (c, bytes) in &cp1258_letters {
        cp1258_enc.entry(*c).or_insert_with(|| bytes.clone());
    }
    let mut viqr_enc: BTreeMap<char, String> = BTreeMap::new();
    for (seq, c) in &viqr {
        viqr_enc.entry(*c).or_insert_with(|| seq.clone());
    }

    let mut out = String::new();
    out.push_str(
        "// @generated by tests/legacy_tables.rs from tests/data/legacy/*.tsv: do not edit.\n\
         // Regenerate with `VIETNORM_REGENERATE=1 cargo test --test legacy_tables`.\n\
         //! Byte ↔ character tables of the legacy Vietnamese encodings.\n\
         //!\n\
         //! Decode tables map every byte; bytes below 0x80 are ASCII unless the\n\
         //! encoding uses them as letters. Encode tables are sorted by character\n\
         //! for binary search and list only what is not plain ASCII.\n\n",
    );
    emit_byte_table(
        &mut out,
        "CP1252",
        "Windows-1252 (WHATWG): how legacy bytes look when misread.",
        &cp1252,
    );
    emit_byte_table(
        &mut out,
        "VISCII",
        "VISCII 1.1 (RFC 1456); six capitals live in C0.",
        &viscii,
    );
    emit_byte_table(
        &mut out,
        "VPS",
        "VPS; fourteen capitals live in C0, unlisted high bytes are Windows-1252.",
        &vps,
    );
    emit_byte_table(
        &mut out,
        "TCVN3",
        "TCVN 5712:1993 VN3 (ABC, .VnTime) with the VN1 extras in the slots VN3 leaves free; B0–B4 are combining tones.",
        &tcvn3,
    );
    emit_byte_table(
        &mut out,
        "CP1258",
        "Windows-1258; its undefined bytes are the C1 control of the same number.",
        &cp1258,
    );
    emit_byte_table(
        &mut out,
        "VNI_SINGLE",
        "VNI-Windows single bytes; unlisted high bytes (lone marks included) are Windows-1252.",
        &vni,
    );

    writeln!(
        out,
        "/// VNI-Windows two-byte letters: (base byte, mark byte, letter), sorted."
    )
    .unwrap();
    writeln!(out, "pub(crate) static VNI_PAIRS: &[(u8, u8, char)] = &[").unwrap();
    for ((b, m), c) in &vni_pairs {
        writeln!(out, "    (0x{b:02X}, 0x{m:02X}, {}),", char_literal(*c)).unwrap();
    }
    writeln!(out, "];\n").unwrap();

    writeln!(
        out,
        "/// VIQR (RFC 1456) mnemonics: (sequence, letter), sorted by sequence."
    )
    .unwrap();
    writeln!(out, "pub(crate) static VIQR: &[(&str, char)] = &[").unwrap();
    for (seq, c) in &viqr {
        writeln!(out, "    ({}, {}),", str_literal(seq), char_literal(*c)).unwrap();
    }
    writeln!(out, "];\n").unwrap();

    emit_encode_table(&mut out, "VISCII_ENCODE", "VISCII encoder.", &viscii_enc);
    emit_encode_table(&mut out, "VPS_ENCODE", "VPS encoder.", &vps_enc);
    emit_encode_table(
        &mut out,
        "TCVN3_ENCODE",
        "TCVN3 encoder (capitals with tones take their VN1 byte).",
        &tcvn3_enc,
    );
    emit_encode_table(
        &mut out,
        "VNI_ENCODE",
        "VNI-Windows encoder (lone mark bytes are never written).",
        &vni_enc.into_iter().collect::<Vec<_>>(),
    );
    emit_encode_table(
        &mut out,
        "CP1258_ENCODE",
        "Windows-1258 encoder: precomposed byte where the code page has one, else base + tone byte.",
        &cp1258_enc.into_iter().collect::<Vec<_>>(),
    );

    writeln!(out, "/// VIQR encoder: letter → mnemonic.").unwrap();
    writeln!(out, "pub(crate) static VIQR_ENCODE: &[(char, &str)] = &[").unwrap();
    for (c, seq) in &viqr_enc {
        writeln!(out, "    ({}, {}),", char_literal(*c), str_literal(seq)).unwrap();
    }
    writeln!(out, "];").unwrap();
    out
}

#[test]
fn generated_tables_are_up_to_date() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/legacy/tables.rs");
    let fresh = generate();
    if std::env::var_os("VIETNORM_REGENERATE").is_some() {
        std::fs::write(&path, &fresh).unwrap();
        // rustfmt would reflow the file; keep it exactly as generated.
        return;
    }
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    if current != fresh {
        let line = current
            .lines()
            .zip(fresh.lines())
            .position(|(a, b)| a != b)
            .map_or(current.lines().count().min(fresh.lines().count()), |n| n);
        panic!(
            "src/legacy/tables.rs is stale (first difference at line {}); \
             run `VIETNORM_REGENERATE=1 cargo test --test legacy_tables`",
            line + 1
        );
    }
}

/// Every row of every single-byte table decodes to its character and
/// encodes back to its byte.
#[test]
fn every_single_byte_row_round_trips() {
    let files = [
        ("viscii.tsv", Encoding::Viscii),
        ("vps.tsv", Encoding::Vps),
        ("tcvn3.tsv", Encoding::Tcvn3),
        ("tcvn5712-1_vn1.tsv", Encoding::Tcvn3),
        ("windows-1258.tsv", Encoding::Cp1258),
    ];
    let mut checked = 0;
    for (file, encoding) in files {
        for (b, c) in single_byte_rows(file) {
            let byte = [b];
            let decoded = legacy::decode(&byte, encoding);
            assert_eq!(decoded, c.to_string(), "{file}: byte {b:02X}");
            if !('\u{0300}'..='\u{036F}').contains(&c) {
                let encoded = legacy::encode(&c.to_string(), encoding).unwrap();
                assert_eq!(
                    legacy::decode(&encoded, encoding),
                    c.to_string(),
                    "{file}: {c}"
                );
                if file != "windows-1258.tsv" {
                    assert_eq!(encoded, vec![b], "{file}: {c}");
                }
            }
            checked += 1;
        }
    }
    assert_eq!(checked, 134 + 134 + 75 + 140 + 119);
}

#[test]
fn every_vni_row_round_trips() {
    let all = rows("vni-windows.tsv");
    assert_eq!(all.len(), 134);
    for r in all {
        let bytes = hex_bytes(&r[0]);
        let c = code_point(&r[2]);
        assert_eq!(
            legacy::decode(&bytes, Encoding::Vni),
            c.to_string(),
            "{r:?}"
        );
        assert_eq!(
            legacy::encode(&c.to_string(), Encoding::Vni).unwrap(),
            bytes,
            "{r:?}"
        );
    }
}

#[test]
fn every_windows_1258_letter_decodes_both_ways() {
    let all = rows("windows-1258-vietnamese.tsv");
    assert_eq!(all.len(), 134);
    for r in all {
        let c = code_point(&r[2]).to_string();
        assert_eq!(
            legacy::decode(&hex_bytes(&r[0]), Encoding::Cp1258),
            c,
            "{r:?}"
        );
        if !r[3].is_empty() {
            assert_eq!(
                legacy::decode(&hex_bytes(&r[3]), Encoding::Cp1258),
                c,
                "{r:?}"
            );
        }
        let encoded = legacy::encode(&c, Encoding::Cp1258).unwrap();
        assert_eq!(legacy::decode(&encoded, Encoding::Cp1258), c, "{r:?}");
    }
}

#[test]
fn every_viqr_row_round_trips() {
    let all = rows("viqr.tsv");
    assert_eq!(all.len(), 135);
    for r in all {
        let c = code_point(&r[2]).to_string();
        assert_eq!(legacy::decode(r[0].as_bytes(), Encoding::Viqr), c, "{r:?}");
        let encoded = legacy::encode(&c, Encoding::Viqr).unwrap();
        assert_eq!(legacy::decode(&encoded, Encoding::Viqr), c, "{r:?}");
    }
}

/// The `cp1252_view` column of each table is what the mis-decoded text
/// looks like; `repair` must give the character back for whole words.
#[test]
fn cp1252_views_are_windows_1252() {
    let cp = cp1252();
    for file in ["viscii.tsv", "vps.tsv", "tcvn3.tsv", "vni-windows.tsv"] {
        for r in rows(file) {
            let view: String = hex_bytes(&r[0])
                .iter()
                .map(|&b| cp[usize::from(b)])
                .collect();
            let expected: String = if r[3].starts_with('<') {
                r[3].split_inclusive('>')
                    .flat_map(|part| {
                        let (plain, tag) = part.split_once('<').unwrap_or((part, ""));
                        let mut s = plain.to_owned();
                        if let Some(inner) = tag.strip_suffix('>') {
                            s.push(code_point(inner));
                        }
                        s.chars().collect::<Vec<_>>()
                    })
                    .collect()
            } else {
                r[3].clone()
            };
            assert_eq!(view, expected, "{file}: {r:?}");
        }
    }
}
