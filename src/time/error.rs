//! Parse errors: what failed and at which byte of the input.

use core::fmt;

use super::clock::InvalidTimeError;
use super::date::InvalidDateError;

/// The private representation shared by the parse errors.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Failure {
    pub(crate) offset: usize,
    pub(crate) reason: Reason,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Reason {
    /// Nothing but spaces.
    Empty,
    /// No expression of the kind starts here.
    NotRecognized,
    /// An expression was read but text follows it.
    Trailing,
    /// The fields were read but do not make a date.
    InvalidDate(InvalidDateError),
    /// The fields were read but do not make a time of day.
    InvalidTime(InvalidTimeError),
    /// A relative expression and no reference moment.
    NeedsReference,
    /// A range where one value was asked for.
    NotSingle,
    /// A number too large for the value.
    Overflow,
    /// A time zone abbreviation that names several zones ("CST").
    AmbiguousZone,
    /// A lunar date outside the years the calendar conversion covers, or
    /// a leap month the year does not have.
    InvalidLunarDate,
}

impl Failure {
    pub(crate) const fn new(offset: usize, reason: Reason) -> Failure {
        Failure { offset, reason }
    }

    fn write(&self, f: &mut fmt::Formatter<'_>, what: &str) -> fmt::Result {
        let at = self.offset;
        match &self.reason {
            Reason::Empty => write!(f, "no {what}: the input is empty"),
            Reason::NotRecognized => write!(f, "no {what} at byte {at}"),
            Reason::Trailing => write!(f, "unexpected text at byte {at} after the {what}"),
            Reason::InvalidDate(e) => write!(f, "{e} (at byte {at})"),
            Reason::InvalidTime(e) => write!(f, "{e} (at byte {at})"),
            Reason::NeedsReference => write!(
                f,
                "the {what} at byte {at} is relative: a reference date is needed to resolve it"
            ),
            Reason::NotSingle => write!(f, "a range at byte {at}, not a single {what}"),
            Reason::Overflow => write!(f, "number too large at byte {at}"),
            Reason::AmbiguousZone => write!(
                f,
                "the time zone in the {what} at byte {at} is ambiguous (CST, IST and BST each name several zones): write the UTC offset"
            ),
            Reason::InvalidLunarDate => write!(f, "no such lunar date (at byte {at})"),
        }
    }
}

macro_rules! parse_error {
    ($(#[$doc:meta])* $name:ident, $what:literal, $offset_example:literal, $relative_example:literal) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq)]
        pub struct $name(pub(crate) Failure);

        impl $name {
            /// The byte offset in the input where the problem was found.
            ///
            #[doc = $offset_example]
            pub fn offset(&self) -> usize {
                self.0.offset
            }

            /// True when the input is relative ("hôm qua") and no
            /// reference moment was given.
            ///
            #[doc = $relative_example]
            pub fn needs_reference(&self) -> bool {
                self.0.reason == Reason::NeedsReference
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.write(f, $what)
            }
        }

        impl std::error::Error for $name {
            fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
                match &self.0.reason {
                    Reason::InvalidDate(e) => Some(e),
                    Reason::InvalidTime(e) => Some(e),
                    _ => None,
                }
            }
        }
    };
}

parse_error!(
    /// A date could not be parsed: says what failed and at which byte.
    ///
    /// ```
    /// let err = vietnorm::time::parse_date("32/13").unwrap_err();
    /// assert_eq!(err.to_string(), "no date at byte 0");
    /// let err = vietnorm::time::parse_date("hôm qua").unwrap_err();
    /// assert!(err.to_string().contains("a reference date is needed"));
    /// ```
    ParseDateError,
    "date",
    "```\nlet err = vietnorm::time::parse_date(\"29/10 xyz\").unwrap_err();\nassert_eq!(err.offset(), 6);\n```",
    "```\nassert!(vietnorm::time::parse_date(\"hôm qua\").unwrap_err().needs_reference());\n```"
);

parse_error!(
    /// A time of day could not be parsed: says what failed and at which byte.
    ///
    /// ```
    /// let err = vietnorm::time::parse_time("25h").unwrap_err();
    /// assert_eq!(err.to_string(), "invalid time: hour 25 is not between 0 and 24 (at byte 0)");
    /// ```
    ParseTimeError,
    "time",
    "```\nlet err = vietnorm::time::parse_time(\"14h30 xyz\").unwrap_err();\nassert_eq!(err.offset(), 6);\n```",
    "```\nlet p = vietnorm::time::Parser::new();\nassert!(p.parse_time(\"bây giờ\").unwrap_err().needs_reference());\n```"
);

parse_error!(
    /// A duration could not be parsed: says what failed and at which byte.
    ///
    /// ```
    /// let err = vietnorm::time::parse_duration("ba con mèo").unwrap_err();
    /// assert_eq!(err.to_string(), "no duration at byte 0");
    /// ```
    ParseDurationError,
    "duration",
    "```\nlet err = vietnorm::time::parse_duration(\"3 ngày xyz\").unwrap_err();\nassert_eq!(err.offset(), 8);\n```",
    "```\nassert!(!vietnorm::time::parse_duration(\"3 ngày\").is_err());\n```"
);

parse_error!(
    /// A date-time could not be parsed: says what failed and at which byte.
    ///
    /// ```
    /// let err = vietnorm::time::parse_datetime("14h tháng 10").unwrap_err();
    /// assert_eq!(err.to_string(), "no date-time at byte 0");
    /// ```
    ParseDateTimeError,
    "date-time",
    "```\nlet err = vietnorm::time::parse_datetime(\"14h ngày 5/6 xyz\").unwrap_err();\nassert_eq!(err.offset(), 14);\n```",
    "```\nassert!(vietnorm::time::parse_datetime(\"8h hôm qua\").unwrap_err().needs_reference());\n```"
);
