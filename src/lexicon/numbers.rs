//! Number words and scales, as data.
//!
//! All words are lower-case ASCII; matching is ASCII case-insensitive.

/// "zero" to "nineteen".
pub(crate) static UNITS: &[(&str, u64)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
];

/// "twenty" to "ninety".
pub(crate) static TENS: &[(&str, u64)] = &[
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// The word for one hundred; it multiplies the group before it.
pub(crate) const HUNDRED: &str = "hundred";

/// The word for twelve, used as "a dozen" or "two dozen".
pub(crate) const DOZEN: &str = "dozen";

/// Scale words after spelled-out numbers ("two thousand", "one and a half million").
pub(crate) static WORD_SCALES: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
    // South Asian scales: "two lakh", "five crore".
    ("lakh", 1e5),
    ("crore", 1e7),
];

/// Scale words and abbreviations after digits ("4.5 million", "2 bln", "$3.6bn").
pub(crate) const DIGIT_SCALES: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("million", 1e6),
    ("mln", 1e6),
    ("mn", 1e6),
    ("billion", 1e9),
    ("bln", 1e9),
    ("bn", 1e9),
    ("trillion", 1e12),
    ("trln", 1e12),
    ("tn", 1e12),
    // South Asian scales: "Rs 9,116 crore", "2.5 lakh", "Rs 5.94 lakh crore".
    ("lakh crore", 1e12),
    ("lakh crores", 1e12),
    ("lakh", 1e5),
    ("lakhs", 1e5),
    ("crore", 1e7),
    ("crores", 1e7),
];

/// Scale letters only accepted glued to an amount of money ("$3m", "$2b").
pub(crate) static MONEY_ONLY_SCALES: &[(&str, f64)] = &[("m", 1e6), ("b", 1e9)];

/// Money written before the amount, with its ISO 4217 code. Longest first.
pub(crate) const CURRENCY_PREFIXES: &[(&str, &str)] = &[
    ("US$", "USD"),
    ("USD", "USD"),
    ("AUD", "AUD"),
    ("A$", "AUD"),
    ("NZ$", "NZD"),
    ("NZD", "NZD"),
    ("CAD", "CAD"),
    ("C$", "CAD"),
    ("S$", "SGD"),
    ("SGD", "SGD"),
    ("HK$", "HKD"),
    ("QAR", "QAR"),
    ("QR", "QAR"),
    ("SAR", "SAR"),
    ("AED", "AED"),
    ("PKR", "PKR"),
    ("Tk", "BDT"),
    ("BDT", "BDT"),
    ("PGK", "PGK"),
    ("CHF", "CHF"),
    ("SEK", "SEK"),
    ("NOK", "NOK"),
    ("RUB", "RUB"),
    ("CNY", "CNY"),
    ("RMB", "CNY"),
    ("RM", "MYR"),
    ("JPY", "JPY"),
    ("KRW", "KRW"),
    ("\u{20bd}", "RUB"),
    ("\u{a5}", "CNY"),
    ("\u{20a9}", "KRW"),
    ("\u{20ba}", "TRY"),
    ("EUR", "EUR"),
    ("GBP", "GBP"),
    ("KZT", "KZT"),
    ("KES", "KES"),
    ("Ksh", "KES"),
    ("KWD", "KWD"),
    ("KD", "KWD"),
    ("JOD", "JOD"),
    ("JD", "JOD"),
    ("OMR", "OMR"),
    ("Dh", "AED"),
    ("EGP", "EGP"),
    ("NGN", "NGN"),
    ("LKR", "LKR"),
    ("NPR", "NPR"),
    ("PHP", "PHP"),
    ("IDR", "IDR"),
    ("Rp", "IDR"),
    ("UAH", "UAH"),
    ("Rs.", "INR"),
    ("Rs", "INR"),
    ("INR", "INR"),
    ("\u{20b9}", "INR"),
    ("Sh", "KES"),
    ("$", "USD"),
    ("\u{20ac}", "EUR"),
    ("\u{a3}", "GBP"),
    ("\u{20b8}", "KZT"),
    ("\u{20a6}", "NGN"),
    ("\u{20b1}", "PHP"),
    ("\u{20b4}", "UAH"),
    ("\u{20be}", "GEL"),
    ("\u{20bc}", "AZN"),
    ("\u{e3f}", "THB"),
    ("\u{20ab}", "VND"),
];

/// Money written after the amount ("3 million US dollars"). Longest first.
pub(crate) const CURRENCY_SUFFIXES: &[(&str, &str)] = &[
    ("US dollars", "USD"),
    ("Australian dollars", "AUD"),
    ("dollars", "USD"),
    ("rubles", "RUB"),
    ("roubles", "RUB"),
    ("yuan", "CNY"),
    ("naira", "NGN"),
    ("rand", "ZAR"),
    ("pesos", "MXN"),
    ("rupees", "INR"),
    ("dirhams", "AED"),
    ("riyals", "SAR"),
    ("kina", "PGK"),
    ("manats", "AZN"),
    ("manat", "AZN"),
    ("drams", "AMD"),
    ("dram", "AMD"),
    ("yen", "JPY"),
    ("hryvnias", "UAH"),
    ("hryvnia", "UAH"),
    ("lari", "GEL"),
    ("soms", "KGS"),
    ("lira", "TRY"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("tenge", "KZT"),
    ("Kenyan shillings", "KES"),
    ("shillings", "KES"),
    ("dinars", "KWD"),
    ("dinar", "KWD"),
    ("dirham", "AED"),
    ("riyal", "SAR"),
    ("rials", "OMR"),
    ("ringgit", "MYR"),
    ("baht", "THB"),
    ("rupiah", "IDR"),
    ("dong", "VND"),
    ("taka", "BDT"),
    ("afghanis", "AFN"),
    ("zlotys", "PLN"),
    ("zloty", "PLN"),
    ("forints", "HUF"),
    ("kroner", "NOK"),
    ("kronor", "SEK"),
    ("krona", "SEK"),
    ("francs", "CHF"),
    ("cedis", "GHS"),
    ("birr", "ETB"),
    ("somoni", "TJS"),
    ("tugriks", "MNT"),
    ("lei", "RON"),
    ("leva", "BGN"),
];

/// The value of a unit or teen word ("seven" -> 7).
pub(crate) fn unit(word: &str) -> Option<u64> {
    lookup(UNITS, word)
}

/// The value of a tens word ("forty" -> 40).
pub(crate) fn tens(word: &str) -> Option<u64> {
    lookup(TENS, word)
}

/// The multiplier of a scale word after spelled-out numbers.
pub(crate) fn word_scale(word: &str) -> Option<f64> {
    WORD_SCALES
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(word))
        .map(|&(_, v)| v)
}

fn lookup(table: &[(&str, u64)], word: &str) -> Option<u64> {
    table
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(word))
        .map(|&(_, v)| v)
}

/// Nouns a number names an item of rather than counts: "Resolution 2254",
/// "Article 5", "phase 2", "Hospital No. 3" (after "No."), "Type 054A".
pub(crate) const DESIGNATOR_NOUNS: &[&str] = &[
    "resolution",
    "article",
    "articles",
    "chapter",
    "section",
    "paragraph",
    "clause",
    "annex",
    "appendix",
    "decree",
    "phase",
    "stage",
    "level",
    "round",
    "tier",
    "grade",
    "category",
    "type",
    "mark",
    "mk",
    "model",
    "version",
    "block",
    "batch",
    "lot",
    "pillar",
    "gate",
    "pier",
    "berth",
    "hangar",
    "platform",
    "route",
    "highway",
    "sector",
    "zone",
    "page",
    "item",
    "vol",
    "volume",
    "issue",
    "flight",
];

/// Words after a count that make it a rate within a year, not a year's total:
/// "15 drones daily". A yearly rate over a range ("an average of $2.8 billion
/// annually" from 2010 to 2014) is a record.
pub(crate) const RATE_WORDS: &[&str] = &["daily", "monthly", "weekly", "hourly"];

/// Time units under a year after "a", "per", "each", "every" in a rate: "15
/// drones per day", "12 sorties a day".
pub(crate) const RATE_UNITS: &[&str] = &["day", "week", "month", "hour", "night", "quarter"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups() {
        assert_eq!(unit("Seven"), Some(7));
        assert_eq!(unit("nineteen"), Some(19));
        assert_eq!(unit("twenty"), None);
        assert_eq!(tens("FORTY"), Some(40));
        assert_eq!(word_scale("million"), Some(1e6));
        assert_eq!(word_scale("millions"), None);
    }

    #[test]
    fn no_prefix_or_qualifier_starts_with_a_digit() {
        // The cardinal grammar skips both lists before a digit.
        let starts = CURRENCY_PREFIXES
            .iter()
            .map(|(p, _)| *p)
            .chain(crate::grammar::numbers::QUALIFIERS.iter().map(|(q, _)| *q));
        for p in starts {
            assert!(!p.starts_with(|c: char| c.is_ascii_digit()), "{p}");
        }
    }

    #[test]
    fn prefixes_longest_first() {
        // A prefix must never be shadowed by a shorter one listed before it.
        for (i, (a, _)) in CURRENCY_PREFIXES.iter().enumerate() {
            for (b, _) in &CURRENCY_PREFIXES[..i] {
                assert!(!a.starts_with(b), "{a} shadowed by {b}");
            }
        }
    }
}
