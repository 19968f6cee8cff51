//! Legacy Vietnamese encodings: decoders, encoders, detection and repair.
//!
//! Archives from before Unicode are in TCVN3 (ABC, the .VnTime fonts),
//! VNI-Windows, VISCII, VPS, VIQR or Windows-1258; much of it reaches us as
//! UTF-8 text that was decoded with the wrong code page ("Hµ Néi" for
//! "Hà Nội"). This module turns all of it into NFC Unicode:
//!
//! - [`decode`] / [`encode`]: bytes in a named [`Encoding`] ↔ text, with the
//!   tables generated from reference data (`tests/data/legacy/`).
//! - [`Decoder`]: the same with options, such as restoring the capitals that
//!   TCVN3 cannot write ([`Tcvn3Case`]).
//! - [`detect`] / [`decode_auto`]: which encoding some bytes are most likely
//!   in, judged by how Vietnamese each candidate decoding reads.
//! - [`repair`]: gives back the intended text of UTF-8 text that contains
//!   legacy bytes read as Windows-1252 or Latin-1, whole or in stray words,
//!   and leaves text that was already right alone.
//!
//! ```
//! use vietnorm::legacy::{self, Encoding};
//!
//! // TCVN3 bytes for "Hà Nội".
//! assert_eq!(legacy::decode(b"H\xB5 N\xE9i", Encoding::Tcvn3), "Hà Nội");
//! // The same bytes after a wrong trip through Windows-1252.
//! assert_eq!(legacy::repair("Thủ đô Hµ Néi"), "Thủ đô Hà Nội");
//! ```

mod decode;
mod detect;
mod encode;
mod letters;
mod repair;
mod syllable;
#[rustfmt::skip]
mod tables;

use std::fmt;
use std::str::FromStr;

pub use decode::{Decoder, Tcvn3Case, decode};
pub use detect::{Detection, decode_auto, detect};
pub use encode::{EncodeError, encode};
pub use repair::repair;

/// A character encoding of Vietnamese text.
///
/// `Display` and `FromStr` use the names of the command line (`tcvn3`,
/// `vni`, `viscii`, `vps`, `viqr`, `cp1258`, `utf-8`); `FromStr` also
/// accepts common aliases (`abc`, `vn3`, `vni-windows`, `windows-1258`,
/// `utf8`), in any case.
///
/// ```
/// use vietnorm::legacy::Encoding;
///
/// let e: Encoding = "VNI-Windows".parse().unwrap();
/// assert_eq!(e, Encoding::Vni);
/// assert_eq!(e.to_string(), "vni");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Encoding {
    /// Unicode as UTF-8.
    #[cfg_attr(feature = "serde", serde(rename = "utf-8"))]
    Utf8,
    /// TCVN 5712:1993 VN3 ("TCVN3", "ABC", .VnTime fonts), accepting the
    /// VN1 extras (capitals with tones, combining tones).
    Tcvn3,
    /// VNI-Windows: letters of one or two bytes.
    Vni,
    /// VISCII 1.1 (RFC 1456).
    Viscii,
    /// VPS.
    Vps,
    /// VIQR (RFC 1456): ASCII mnemonics such as `Vie^.t`.
    Viqr,
    /// Windows-1258: letters with tones are base + combining tone byte.
    Cp1258,
}

impl Encoding {
    /// Every encoding, UTF-8 first.
    ///
    /// ```
    /// assert_eq!(vietnorm::legacy::Encoding::ALL.len(), 7);
    /// ```
    pub const ALL: [Encoding; 7] = [
        Encoding::Utf8,
        Encoding::Tcvn3,
        Encoding::Vni,
        Encoding::Viscii,
        Encoding::Vps,
        Encoding::Viqr,
        Encoding::Cp1258,
    ];

    /// The command-line name: `tcvn3`, `vni`, `viscii`, `vps`, `viqr`,
    /// `cp1258` or `utf-8`.
    ///
    /// ```
    /// assert_eq!(vietnorm::legacy::Encoding::Cp1258.name(), "cp1258");
    /// ```
    pub const fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Tcvn3 => "tcvn3",
            Encoding::Vni => "vni",
            Encoding::Viscii => "viscii",
            Encoding::Vps => "vps",
            Encoding::Viqr => "viqr",
            Encoding::Cp1258 => "cp1258",
        }
    }
}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The error of parsing an [`Encoding`] name.
///
/// ```
/// let err = "koi8-r".parse::<vietnorm::legacy::Encoding>().unwrap_err();
/// assert_eq!(err.to_string(), "unknown encoding `koi8-r` (expected tcvn3, vni, viscii, vps, viqr, cp1258 or utf-8)");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseEncodingError {
    name: String,
}

impl fmt::Display for ParseEncodingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown encoding `{}` (expected tcvn3, vni, viscii, vps, viqr, cp1258 or utf-8)",
            self.name
        )
    }
}

impl std::error::Error for ParseEncodingError {}

impl FromStr for Encoding {
    type Err = ParseEncodingError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let lower = s.trim().to_ascii_lowercase();
        Ok(match lower.as_str() {
            "utf-8" | "utf8" | "unicode" => Encoding::Utf8,
            "tcvn3" | "tcvn" | "abc" | "vn3" | "tcvn5712" | "tcvn-5712" | "vntime" => {
                Encoding::Tcvn3
            }
            "vni" | "vni-windows" | "vni-win" | "vniwin" => Encoding::Vni,
            "viscii" => Encoding::Viscii,
            "vps" => Encoding::Vps,
            "viqr" => Encoding::Viqr,
            "cp1258" | "windows-1258" | "win1258" | "cp-1258" => Encoding::Cp1258,
            _ => return Err(ParseEncodingError { name: s.to_owned() }),
        })
    }
}
