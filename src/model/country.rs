//! States, as ISO 3166-1 alpha-2 codes.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

use crate::iso3166::{self, CountryEntry};
use crate::Error;

/// A state, identified by its ISO 3166-1 alpha-2 code and serialised as that code.
///
/// Only codes milcoop knows can be built: every code of ISO 3166-1
/// alpha-2 (all 249, territories such as Hong Kong `HK` and Macao `MO`
/// included) plus Kosovo `XK`, which is user-assigned but in common use.
///
/// # Example
/// ```
/// use milcoop::Country;
/// let kz: Country = "KZ".parse()?;
/// assert_eq!(kz.alpha2(), "KZ");
/// assert_eq!(kz.name(), "Kazakhstan");
/// assert_eq!(serde_json::to_string(&kz).unwrap(), "\"KZ\"");
/// assert_eq!("HK".parse::<Country>()?.name(), "Hong Kong");
/// assert!("QQ".parse::<Country>().is_err());
/// # Ok::<(), milcoop::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Country {
    /// Its place in the table of states (`iso3166`), which is sorted by code:
    /// ordering by index is ordering by code, and the code is one load away.
    index: u8,
}

impl Country {
    /// The country with this alpha-2 code (ASCII case ignored), if milcoop knows it.
    ///
    /// # Example
    /// ```
    /// use milcoop::Country;
    /// assert_eq!(Country::from_alpha2("us").map(|c| c.alpha2()), Some("US"));
    /// assert_eq!(Country::from_alpha2("USA"), None);
    /// ```
    pub fn from_alpha2(code: &str) -> Option<Country> {
        let b = code.as_bytes();
        if b.len() != 2 {
            return None;
        }
        let code = [b[0].to_ascii_uppercase(), b[1].to_ascii_uppercase()];
        let index = iso3166::index_by_code(std::str::from_utf8(&code).ok()?)?;
        Some(Country {
            index: u8::try_from(index).ok()?,
        })
    }

    /// The upper-case alpha-2 code.
    ///
    /// # Example
    /// ```
    /// assert_eq!(milcoop::Country::from_alpha2("gb").unwrap().alpha2(), "GB");
    /// ```
    pub fn alpha2(&self) -> &'static str {
        self.entry().map_or("??", |e| e.code)
    }

    /// Its table entry: built only from an entry's index, so it exists.
    fn entry(&self) -> Option<&'static CountryEntry> {
        iso3166::COUNTRIES.get(usize::from(self.index))
    }

    /// The common English short name ("United States").
    ///
    /// # Example
    /// ```
    /// assert_eq!(milcoop::Country::from_alpha2("US").unwrap().name(), "United States");
    /// ```
    pub fn name(&self) -> &'static str {
        self.entry().map_or("", |e| e.name)
    }
}

/// A set of countries: one bit per state of the table, no allocation.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct CountrySet {
    bits: [u64; 4],
}

impl CountrySet {
    pub fn insert(&mut self, c: Country) {
        self.bits[usize::from(c.index >> 6)] |= 1 << (c.index & 63);
    }

    pub fn contains(&self, c: Country) -> bool {
        self.bits[usize::from(c.index >> 6)] & (1 << (c.index & 63)) != 0
    }
}

impl fmt::Debug for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Country({})", self.alpha2())
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.alpha2())
    }
}

impl FromStr for Country {
    type Err = Error;
    fn from_str(s: &str) -> Result<Country, Error> {
        Country::from_alpha2(s).ok_or_else(|| Error::UnknownCountry {
            code: s.chars().take(16).collect(),
        })
    }
}

impl Serialize for Country {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.alpha2())
    }
}

impl<'de> Deserialize<'de> for Country {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Country, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn country_sets_hold_what_was_inserted() {
        let mut set = CountrySet::default();
        let all: Vec<Country> = iso3166::COUNTRIES
            .iter()
            .filter_map(|e| Country::from_alpha2(e.code))
            .collect();
        assert!(all.len() > 190);
        for c in all.iter().step_by(3) {
            set.insert(*c);
        }
        for (i, c) in all.iter().enumerate() {
            assert_eq!(set.contains(*c), i % 3 == 0, "{c:?}");
        }
    }
}
