//! Cooperation plans, programmes and roadmaps.

use serde::{Deserialize, Serialize};

use super::{Country, Span, YearRange};

/// A plan or programme of cooperation between states or armed forces.
///
/// | phrasing | record |
/// |---|---|
/// | "the five-year Cooperation Plan ... covers work in such fields as A, B and C" | "Cooperation Plan", 5 years, fields A, B, C |
/// | "signed the Plan of Military Cooperation for 2019" | "Plan of Military Cooperation", 2019..2019 |
/// | "a roadmap for defense cooperation 2021-2025" | "roadmap for defense cooperation", 2021..2025 |
/// | "signed a memorandum of understanding" | no record: not a plan |
///
/// # Example
/// ```
/// let report = milcoop::parse("Kazakhstan and Turkey signed the Plan of Military Cooperation for 2019.")?;
/// let plan = &report.cooperation_plans[0];
/// assert_eq!(plan.name, "Plan of Military Cooperation");
/// assert_eq!(plan.years.map(|y| y.start()), Some(2019));
/// # Ok::<(), milcoop::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CooperationPlan {
    /// Name as written, without articles and without the year part.
    pub name: String,
    /// "five-year" -> 5.
    pub duration_years: Option<u32>,
    /// Years it covers ("for 2019", "2021-2025").
    pub years: Option<YearRange>,
    /// Areas it covers, one phrase each, as written.
    pub fields: Vec<String>,
    /// States it binds.
    pub parties: Vec<Country>,
    /// Where the plan is named.
    pub span: Span,
}
