//! Meetings: who met whom, when and where.

use serde::{Deserialize, Serialize};

use super::{Country, DateMention, Span};

/// A reported in-person encounter between two or more parties.
///
/// | phrasing | record |
/// |---|---|
/// | "Minister of Defense of Kazakhstan A B met with U.S. Ambassador C D Friday." | A B (Minister of Defense, KZ), C D (Ambassador, US), date "Friday" |
/// | "X held talks with his Chinese counterpart Y in Beijing" | X, Y (CN), location "Beijing" |
/// | "X held a phone conversation with Y" | no record: calls are not meetings |
///
/// # Example
/// ```
/// let report = milcoop::parse(
///     "Minister of Defense of Kazakhstan Adilbek Dzhaksybekov met with U. S. Ambassador Richard Hoagland in Astana.",
/// )?;
/// let meeting = &report.meetings[0];
/// assert_eq!(meeting.participants[0].name, "Adilbek Dzhaksybekov");
/// assert_eq!(meeting.participants[1].country.map(|c| c.alpha2()), Some("US"));
/// assert_eq!(meeting.location.as_deref(), Some("Astana"));
/// # Ok::<(), milcoop::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Meeting {
    /// Named people present, in order of mention.
    pub participants: Vec<Participant>,
    /// When it happened, as written.
    pub date: Option<DateMention>,
    /// City or place, as written.
    pub location: Option<String>,
    /// The sentence that reports the meeting, with the sentences right after
    /// it that go on telling it ("The talks focused on ...").
    pub span: Span,
    /// Every sentence that tells the meeting, in text order, including
    /// later ones ("Upon completion of the meeting ...") and a second
    /// telling of the same encounter. Absent in older output: reads as empty.
    #[serde(default)]
    pub sentences: Vec<Span>,
}

/// One named person in a [`Meeting`].
///
/// # Example
/// ```
/// let report = milcoop::parse("Kazakh Defense Minister Nurlan Yermekbayev met with U.S. Ambassador William Moser.")?;
/// let p = &report.meetings[0].participants[0];
/// assert_eq!(p.name, "Nurlan Yermekbayev");
/// assert_eq!(p.role.as_deref(), Some("Defense Minister"));
/// assert_eq!(p.country.unwrap().alpha2(), "KZ");
/// # Ok::<(), milcoop::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Participant {
    /// Full name at its fullest mention.
    pub name: String,
    /// Title as written, spacing normalised.
    pub role: Option<String>,
    /// The state the person represents; `None` for international bodies.
    pub country: Option<Country>,
    /// Where the fullest mention stands.
    pub span: Span,
}
