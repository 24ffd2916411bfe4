//! Cardinal numbers: digits, words, scales, money and qualifiers.

use nom::error::ErrorKind;
use nom::IResult;

use super::keyword::{ascii_digits, ascii_word, at_boundary, fail, is_space, match_keyword, sp};
use crate::lexicon::numbers as lex;
use crate::lexicon::FirstBytes;

/// Longest digit run (integer or fraction part) accepted; longer runs are rejected.
const MAX_DIGITS: usize = 18;

/// At most this many words are read for a spelled-out number.
const MAX_WORDS: usize = 16;

/// A hedge written before a number ("more than 1,500").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Qualifier {
    /// "over"
    Over,
    /// "more than"
    MoreThan,
    /// "nearly"
    Nearly,
    /// "about"
    About,
    /// "almost"
    Almost,
    /// "around"
    Around,
    /// "approximately"
    Approximately,
    /// "some"
    Some,
    /// "up to"
    UpTo,
    /// "less than", "fewer than"
    LessThan,
    /// "at least"
    AtLeast,
}

pub(crate) static QUALIFIERS: &[(&str, Qualifier)] = &[
    ("more than", Qualifier::MoreThan),
    ("less than", Qualifier::LessThan),
    ("fewer than", Qualifier::LessThan),
    ("at least", Qualifier::AtLeast),
    ("up to", Qualifier::UpTo),
    ("over", Qualifier::Over),
    ("nearly", Qualifier::Nearly),
    ("about", Qualifier::About),
    ("almost", Qualifier::Almost),
    ("around", Qualifier::Around),
    ("approximately", Qualifier::Approximately),
    ("some", Qualifier::Some),
];

/// How the number itself was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum NumberForm {
    /// "1,500", "4.5 million", "$3.6bn"
    Digits,
    /// "thirty", "a hundred", "one and a half million"
    Words,
}

/// A cardinal number as read by [`cardinal`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Cardinal {
    /// The value with any scale applied ("4.5 million" -> 4_500_000.0).
    pub value: f64,
    /// A hedge written before it.
    pub qualifier: Option<Qualifier>,
    /// ISO 4217 code of a currency written before or after it.
    pub currency: Option<&'static str>,
    /// Followed by "%", "percent" or "per cent" (consumed).
    pub percent: bool,
    /// Digits or words.
    pub form: NumberForm,
}

impl Cardinal {
    /// The value as an integer, when it is a whole number that fits exactly.
    pub(crate) fn as_integer(&self) -> Option<u64> {
        let v = self.value;
        if v >= 0.0 && v.fract() == 0.0 && v < 9_007_199_254_740_992.0 {
            Some(v as u64)
        } else {
            None
        }
    }
}

/// A cardinal number: optional qualifier, optional currency, digits or words,
/// optional scale, optional currency word or percent sign.
///
/// Rejects ordinals ("8th", "first"), plural words ("dozens", "hundreds"),
/// date-like runs ("12.03.2019"), digit runs over 18 digits, and anything
/// glued to a following letter or digit.
pub(crate) fn cardinal(input: &str) -> IResult<&str, Cardinal> {
    match cardinal_opt(input) {
        Some((rest, c)) => Ok((rest, c)),
        None => fail(input, ErrorKind::Digit),
    }
}

fn cardinal_opt(input: &str) -> Option<(&str, Cardinal)> {
    let mut rest = input;
    let mut qualifier = None;
    // Qualifiers and currency prefixes start with no digit: a number written
    // in digits (most calls) skips both lists.
    let digit_first = |r: &str| r.as_bytes().first().is_some_and(u8::is_ascii_digit);
    let words: &[(&str, Qualifier)] = if digit_first(input) { &[] } else { QUALIFIERS };
    for &(word, q) in words {
        if let Some(n) = match_keyword(rest, word) {
            let (after, spaces) = sp(&rest[n..]).ok()?;
            if spaces.is_empty() {
                return None;
            }
            qualifier = Some(q);
            rest = after;
            break;
        }
    }

    let mut currency = None;
    let prefixes: &[(&str, &str)] = if digit_first(rest) {
        &[]
    } else {
        lex::CURRENCY_PREFIXES
    };
    for &(prefix, code) in prefixes {
        let n = prefix.len();
        let head = rest.as_bytes().get(..n);
        if head.is_some_and(|h| h.eq_ignore_ascii_case(prefix.as_bytes())) {
            // Equal bytes up to ASCII case: `n` is a character boundary.
            let (after, _) = sp(&rest[n..]).ok()?;
            if after.as_bytes().first().is_some_and(u8::is_ascii_digit) {
                currency = Some(code);
                rest = after;
                break;
            }
        }
    }

    let (mut value, form);
    if rest.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        let (v, after) = digits_number(rest)?;
        value = v;
        form = NumberForm::Digits;
        rest = after;
        // Scale: "4.5 million", "2 bln", "$3.6bn", and "$3m" glued to money only.
        let (after_sp, spaces) = sp(rest).ok()?;
        let scaled = match SCALE_FIRSTS.admits(after_sp.as_bytes()) {
            true => longest(after_sp, lex::DIGIT_SCALES),
            false => None,
        };
        if let Some((n, scale)) = scaled {
            value = scaled_value(value, scale);
            rest = &after_sp[n..];
        } else if currency.is_some() && spaces.is_empty() {
            if let Some((n, scale)) = longest(rest, lex::MONEY_ONLY_SCALES) {
                value = scaled_value(value, scale);
                rest = &rest[n..];
            }
        }
    } else if currency.is_none() {
        let (v, after) = word_number(rest)?;
        value = v;
        form = NumberForm::Words;
        rest = after;
    } else {
        return None;
    }

    let mut percent = false;
    if currency.is_none() {
        let (after_sp, spaces) = sp(rest).ok()?;
        if let Some(after) = after_sp.strip_prefix('%') {
            percent = true;
            rest = after;
        } else if !spaces.is_empty() && SUFFIX_FIRSTS.admits(after_sp.as_bytes()) {
            if let Some(n) =
                match_keyword(after_sp, "percent").or_else(|| match_keyword(after_sp, "per cent"))
            {
                percent = true;
                rest = &after_sp[n..];
            } else if let Some(&(word, code)) = lex::CURRENCY_SUFFIXES
                .iter()
                .find(|(w, _)| match_keyword(after_sp, w).is_some())
            {
                currency = Some(code);
                rest = &after_sp[word.len()..];
            }
        }
    }

    if !at_boundary(rest) {
        return None;
    }
    Some((
        rest,
        Cardinal {
            value,
            qualifier,
            currency,
            percent,
            form,
        },
    ))
}

/// The first bytes of the scale words after digits, and of the percent
/// and currency words: a number followed by "and" or a comma is tried
/// against neither list.
const SCALE_FIRSTS: FirstBytes = FirstBytes::of(lex::DIGIT_SCALES);
const SUFFIX_FIRSTS: FirstBytes =
    FirstBytes::of(lex::CURRENCY_SUFFIXES).or(FirstBytes::of(&[("percent", ()), ("per cent", ())]));

/// `value` times a scale of a thousand or more, a whole number when it is one
/// but for the binary fraction: "$4.1 billion" is 4100000000, not 4099999999.9999995.
fn scaled_value(value: f64, scale: f64) -> f64 {
    let v = value * scale;
    let r = v.round();
    if scale >= 1e3 && (v - r).abs() <= 1e-6 * v.abs().max(1.0) {
        r
    } else {
        v
    }
}

/// The longest entry of `table` matching at the start of `input` with a word boundary.
fn longest(input: &str, table: &[(&str, f64)]) -> Option<(usize, f64)> {
    table
        .iter()
        .filter_map(|&(w, v)| match_keyword(input, w).map(|n| (n, v)))
        .max_by_key(|&(n, _)| n)
}

/// Digits with optional "," or space thousands groups and an optional decimal part.
fn digits_number(input: &str) -> Option<(f64, &str)> {
    let (first, mut rest) = ascii_digits(input);
    if first.is_empty() || first.len() > MAX_DIGITS {
        return None;
    }
    // The digits without separators, a dot and the fraction, on the stack.
    let mut buf = [0u8; 2 * MAX_DIGITS + 1];
    buf[..first.len()].copy_from_slice(first.as_bytes());
    let mut len = first.len();
    if let Some((n, after)) = indian_groups(first, rest, &mut buf[len..]) {
        // "1,75,000": lakh-style grouping, pairs of digits then a final three.
        len += n;
        rest = after;
        if len > MAX_DIGITS {
            return None;
        }
    } else if first.len() <= 3 {
        let mut sep_is_comma: Option<bool> = None;
        while let Some(c) = rest.chars().next() {
            let comma = c == ',';
            if !(comma || is_space(c)) || sep_is_comma.is_some_and(|k| k != comma) {
                break;
            }
            // A group is exactly three digits; `ascii_digits` takes the whole
            // run, so a following digit ("30 2003") makes it longer and stops us.
            let (group, after) = ascii_digits(&rest[c.len_utf8()..]);
            if group.len() != 3 {
                break;
            }
            if len + 3 > MAX_DIGITS {
                return None;
            }
            buf[len..len + 3].copy_from_slice(group.as_bytes());
            len += 3;
            sep_is_comma = Some(comma);
            rest = after;
        }
    }
    if let Some(after_dot) = rest.strip_prefix('.') {
        let (f, after) = ascii_digits(after_dot);
        if !f.is_empty() {
            if f.len() > MAX_DIGITS {
                return None;
            }
            buf[len] = b'.';
            buf[len + 1..len + 1 + f.len()].copy_from_slice(f.as_bytes());
            len += 1 + f.len();
            rest = after;
        }
    }
    // "12.03.2019", "1,5", "1.2.3": not a plain cardinal.
    let b = rest.as_bytes();
    if matches!(b.first(), Some(b'.' | b',')) && b.get(1).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let value = std::str::from_utf8(&buf[..len]).ok()?.parse::<f64>().ok()?;
    Some((value, rest))
}

/// South Asian digit grouping after a first group of one or two digits:
/// ",75,000", ",12,34,567". Writes the digits into `buf` and returns their
/// count and the rest; `None` when the groups are not of that form.
fn indian_groups<'a>(first: &str, rest: &'a str, buf: &mut [u8]) -> Option<(usize, &'a str)> {
    if first.len() > 2 {
        return None;
    }
    let mut rest = rest;
    let mut n = 0;
    let mut pairs = 0;
    loop {
        let after_comma = rest.strip_prefix(',')?;
        let (group, after) = ascii_digits(after_comma);
        match group.len() {
            2 => {
                buf.get_mut(n..n + 2)?.copy_from_slice(group.as_bytes());
                n += 2;
                pairs += 1;
                rest = after;
            }
            3 if pairs > 0 => {
                buf.get_mut(n..n + 3)?.copy_from_slice(group.as_bytes());
                return Some((n + 3, after));
            }
            _ => return None,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Sep {
    None,
    Space,
    Hyphen,
}

/// Up to [`MAX_WORDS`] ASCII words joined by spaces or hyphens, each with the
/// separator before it and the text after it, cut as they are asked for:
/// most inputs are no number after their first word ("a", "one").
struct WordTokens<'a> {
    cut: [(Sep, &'a str, &'a str); MAX_WORDS],
    len: usize,
    rest: &'a str,
    sep: Sep,
    done: bool,
}

impl<'a> WordTokens<'a> {
    fn new(input: &'a str) -> WordTokens<'a> {
        WordTokens {
            cut: [(Sep::None, "", ""); MAX_WORDS],
            len: 0,
            rest: input,
            sep: Sep::None,
            done: false,
        }
    }

    /// Word `i`, cutting up to it.
    fn get(&mut self, i: usize) -> Option<(Sep, &'a str, &'a str)> {
        while self.len <= i && !self.done {
            self.cut_next();
        }
        self.cut[..self.len].get(i).copied()
    }

    fn cut_next(&mut self) {
        if self.len == MAX_WORDS {
            self.done = true;
            return;
        }
        let (word, after) = ascii_word(self.rest);
        if word.is_empty() || !at_boundary(after) {
            self.done = true;
            return;
        }
        self.cut[self.len] = (self.sep, word, after);
        self.len += 1;
        if let Some(r) = after.strip_prefix('-') {
            self.sep = Sep::Hyphen;
            self.rest = r;
        } else {
            match sp(after) {
                Ok((r, spaces)) if !spaces.is_empty() => {
                    self.sep = Sep::Space;
                    self.rest = r;
                }
                _ => self.done = true,
            }
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum St {
    Start,
    /// "a" before "hundred", "dozen" or a scale.
    A,
    /// A unit or teen in the current group, below a hundred.
    Small,
    /// A tens word alone: may take "-five".
    Ten,
    /// Tens and unit.
    TenUnit,
    /// "... hundred": may take tens or units.
    Hundred,
    /// "... thousand": may take a new group.
    Scale,
    /// "and" after "hundred" or a scale.
    And,
    /// "... and a half": may take a scale only.
    Half,
    /// Nothing more can follow.
    Done,
}

/// A spelled-out number: "thirty", "twenty-five", "a hundred", "one hundred and
/// twenty", "two thousand five hundred", "one and a half million", "a dozen".
fn word_number(input: &str) -> Option<(f64, &str)> {
    let mut tokens = WordTokens::new(input);
    let mut st = St::Start;
    let mut total = 0.0f64;
    let mut group: u64 = 0;
    let mut last_scale = f64::INFINITY;
    let mut best: Option<(f64, &str)> = None;
    let mut i = 0;
    while st != St::Done {
        let Some((sep, word, after)) = tokens.get(i) else {
            break;
        };
        let spaced = sep == Sep::Space;
        let group_open = matches!(st, St::Start | St::Hundred | St::Scale | St::And);
        if st == St::Start && word.eq_ignore_ascii_case("a") {
            st = St::A;
        } else if let Some(u) = lex::unit(word) {
            if st == St::Ten && (1..=9).contains(&u) && sep != Sep::None {
                group += u;
                st = St::TenUnit;
            } else if u == 0 && st == St::Start {
                st = St::Done;
            } else if u >= 1 && group_open && (spaced || st == St::Start) {
                group += u;
                st = St::Small;
            } else {
                break;
            }
        } else if let Some(t) = lex::tens(word) {
            if group_open && (spaced || st == St::Start) {
                group += t;
                st = St::Ten;
            } else {
                break;
            }
        } else if word.eq_ignore_ascii_case(lex::HUNDRED) {
            match st {
                St::A if spaced => group = 100,
                St::Small | St::Ten | St::TenUnit if spaced && group % 1000 < 100 => {
                    // Only the part below a hundred is multiplied.
                    group *= 100;
                }
                _ => break,
            }
            st = St::Hundred;
        } else if let Some(scale) = lex::word_scale(word) {
            if !spaced || scale >= last_scale {
                break;
            }
            let amount = match st {
                St::A => 1.0,
                St::Small | St::Ten | St::TenUnit | St::Hundred => group as f64,
                St::Half => group as f64 + 0.5,
                _ => break,
            };
            total += amount * scale;
            group = 0;
            last_scale = scale;
            st = if st == St::Half { St::Done } else { St::Scale };
        } else if word.eq_ignore_ascii_case(lex::DOZEN) {
            match st {
                St::A if spaced => group = 12,
                St::Small if spaced && total == 0.0 && group <= 9 => group *= 12,
                _ => break,
            }
            st = St::Done;
        } else if word.eq_ignore_ascii_case("and") && spaced {
            let half = matches!(st, St::Small | St::Ten | St::TenUnit)
                && tokens
                    .get(i + 1)
                    .is_some_and(|(s, w, _)| s == Sep::Space && w.eq_ignore_ascii_case("a"))
                && tokens
                    .get(i + 2)
                    .is_some_and(|(s, w, _)| s == Sep::Space && w.eq_ignore_ascii_case("half"));
            if half {
                i += 2;
                st = St::Half;
            } else if matches!(st, St::Hundred | St::Scale) {
                st = St::And;
            } else {
                break;
            }
        } else {
            break;
        }
        if !matches!(st, St::A | St::And) {
            let half = if st == St::Half { 0.5 } else { 0.0 };
            // Past "and a half", the text after "half".
            let after = tokens.get(i).map_or(after, |t| t.2);
            best = Some((total + group as f64 + half, after));
        }
        i += 1;
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_letter_filters_keep_every_listed_word() {
        let words = lex::DIGIT_SCALES
            .iter()
            .map(|(w, _)| (*w, SCALE_FIRSTS))
            .chain(
                lex::CURRENCY_SUFFIXES
                    .iter()
                    .map(|(w, _)| (*w, SUFFIX_FIRSTS)),
            )
            .chain([("percent", SUFFIX_FIRSTS), ("per cent", SUFFIX_FIRSTS)]);
        for (w, firsts) in words {
            assert!(firsts.admits(w.as_bytes()), "{w}");
            assert!(firsts.admits(w.to_uppercase().as_bytes()), "{w}");
        }
        for other in ["and", ", and", "", "-year", "9"] {
            assert!(!SCALE_FIRSTS.admits(other.as_bytes()), "{other:?}");
        }
        assert_eq!(
            cardinal("4.5 million").map(|(_, c)| c.value).ok(),
            Some(4.5e6)
        );
        assert_eq!(
            cardinal("30 and").map(|(r, c)| (r, c.value)).ok(),
            Some((" and", 30.0))
        );
    }

    #[test]
    fn accepts() {
        use Qualifier as Q;
        #[allow(clippy::type_complexity)]
        let cases: &[(&str, f64, Option<Q>, Option<&str>, bool, &str)] = &[
            ("30 joint", 30.0, None, None, false, " joint"),
            ("1,500 troops", 1500.0, None, None, false, " troops"),
            ("11,075.", 11075.0, None, None, false, "."),
            ("1,000,000", 1e6, None, None, false, ""),
            ("1 500 troops", 1500.0, None, None, false, " troops"),
            ("1\u{2009}500", 1500.0, None, None, false, ""),
            ("1\u{202f}500\u{202f}000 x", 1.5e6, None, None, false, " x"),
            ("30 2003", 30.0, None, None, false, " 2003"),
            ("30 200", 30200.0, None, None, false, ""),
            ("1,500 000", 1500.0, None, None, false, " 000"),
            ("2003 100", 2003.0, None, None, false, " 100"),
            ("2003 1 500", 2003.0, None, None, false, " 1 500"),
            ("2003,", 2003.0, None, None, false, ","),
            ("4.5", 4.5, None, None, false, ""),
            ("4.5 million people", 4.5e6, None, None, false, " people"),
            ("2 bln", 2e9, None, None, false, ""),
            ("10 mln.", 1e7, None, None, false, "."),
            ("3.5 trillion", 3.5e12, None, None, false, ""),
            ("5 thousand", 5e3, None, None, false, ""),
            ("$3.6bn in", 3.6e9, None, Some("USD"), false, " in"),
            ("$1.14 billion", 1.14e9, None, Some("USD"), false, ""),
            ("$3m", 3e6, None, Some("USD"), false, ""),
            ("US$ 20 million", 2e7, None, Some("USD"), false, ""),
            ("USD 20", 20.0, None, Some("USD"), false, ""),
            ("Sh3bn", 3e9, None, Some("KES"), false, ""),
            ("KSh 500", 500.0, None, Some("KES"), false, ""),
            ("Ksh 500", 500.0, None, Some("KES"), false, ""),
            ("\u{20ac}5 million", 5e6, None, Some("EUR"), false, ""),
            ("\u{a3}5", 5.0, None, Some("GBP"), false, ""),
            ("\u{20b8}100", 100.0, None, Some("KZT"), false, ""),
            ("EUR 7", 7.0, None, Some("EUR"), false, ""),
            ("5 million US dollars.", 5e6, None, Some("USD"), false, "."),
            ("100 tenge", 100.0, None, Some("KZT"), false, ""),
            (
                "over 120 officers",
                120.0,
                Some(Q::Over),
                None,
                false,
                " officers",
            ),
            (
                "More than 1,500",
                1500.0,
                Some(Q::MoreThan),
                None,
                false,
                "",
            ),
            ("nearly 10,000", 1e4, Some(Q::Nearly), None, false, ""),
            ("about 30", 30.0, Some(Q::About), None, false, ""),
            ("almost 5", 5.0, Some(Q::Almost), None, false, ""),
            (
                "around $2 bln",
                2e9,
                Some(Q::Around),
                Some("USD"),
                false,
                "",
            ),
            (
                "approximately 7",
                7.0,
                Some(Q::Approximately),
                None,
                false,
                "",
            ),
            ("some 500", 500.0, Some(Q::Some), None, false, ""),
            ("up to 40", 40.0, Some(Q::UpTo), None, false, ""),
            ("less than 3", 3.0, Some(Q::LessThan), None, false, ""),
            ("fewer than ten", 10.0, Some(Q::LessThan), None, false, ""),
            ("at least two", 2.0, Some(Q::AtLeast), None, false, ""),
            ("5%", 5.0, None, None, true, ""),
            ("5.5 % of", 5.5, None, None, true, " of"),
            ("12 percent.", 12.0, None, None, true, "."),
            ("12 per cent", 12.0, None, None, true, ""),
            ("five percent", 5.0, None, None, true, ""),
            ("thirty soldiers", 30.0, None, None, false, " soldiers"),
            ("Thirty", 30.0, None, None, false, ""),
            ("a hundred", 100.0, None, None, false, ""),
            ("one hundred", 100.0, None, None, false, ""),
            ("one hundred and twenty", 120.0, None, None, false, ""),
            ("one hundred and the", 100.0, None, None, false, " and the"),
            ("twenty-five", 25.0, None, None, false, ""),
            ("twenty five", 25.0, None, None, false, ""),
            ("twenty-year", 20.0, None, None, false, "-year"),
            ("five-year plan", 5.0, None, None, false, "-year plan"),
            ("one and a half", 1.5, None, None, false, ""),
            ("one and a half million", 1.5e6, None, None, false, ""),
            ("one and a", 1.0, None, None, false, " and a"),
            ("two thousand five hundred", 2500.0, None, None, false, ""),
            ("two thousand and ten", 2010.0, None, None, false, ""),
            (
                "three million two hundred thousand",
                3.2e6,
                None,
                None,
                false,
                "",
            ),
            ("nineteen hundred", 1900.0, None, None, false, ""),
            ("a dozen", 12.0, None, None, false, ""),
            ("two dozen", 24.0, None, None, false, ""),
            ("a million", 1e6, None, None, false, ""),
            ("five three", 5.0, None, None, false, " three"),
            ("zero", 0.0, None, None, false, ""),
            ("one of them", 1.0, None, None, false, " of them"),
            ("thousand", f64::NAN, None, None, false, ""),
        ];
        for &(input, value, q, cur, pct, rest) in cases {
            if value.is_nan() {
                continue;
            }
            let got = cardinal(input);
            let (r, c) = got.unwrap_or_else(|e| panic!("{input:?}: {e:?}"));
            assert_eq!(r, rest, "{input:?}");
            assert!(
                (c.value - value).abs() < 1e-6 * value.abs().max(1.0),
                "{input:?}: {}",
                c.value
            );
            assert_eq!(c.qualifier, q, "{input:?}");
            assert_eq!(c.currency, cur, "{input:?}");
            assert_eq!(c.percent, pct, "{input:?}");
        }
    }

    #[test]
    fn rejects() {
        let cases = [
            "",
            "x",
            "8th",
            "26th",
            "1st",
            "first",
            "dozens",
            "hundreds",
            "thousands",
            "a",
            "a lot",
            "thousand",
            "hundred",
            "and",
            "some troops",
            "over the",
            "more than a",
            "5k",
            "3D",
            "12.03.2019",
            "1,5",
            "1.2.3",
            "1234567890123456789",
            "0.1234567890123456789",
            "$",
            "$ million",
            "$five",
            "USD",
            "Shanghai",
            "\u{212a}",
            "two\u{212a}",
            "fivé",
            "five5",
        ];
        for input in cases {
            assert!(
                cardinal(input).is_err(),
                "{input:?} -> {:?}",
                cardinal(input)
            );
        }
    }

    #[test]
    fn form_and_integer() {
        let (_, c) = cardinal("1,500").unwrap();
        assert_eq!((c.form, c.as_integer()), (NumberForm::Digits, Some(1500)));
        let (_, c) = cardinal("one and a half").unwrap();
        assert_eq!((c.form, c.as_integer()), (NumberForm::Words, None));
    }

    #[test]
    fn never_panics_on_odd_text() {
        let samples = [
            "1,\u{2009}",
            "1\u{2009}",
            "1.\u{e9}",
            "$\u{2009}",
            "one-",
            "one -",
            "\u{20ac}",
            "1 \u{212a}",
        ];
        for s in samples {
            let _ = cardinal(s);
            for (i, _) in s.char_indices() {
                let _ = cardinal(&s[i..]);
            }
        }
    }
}
