//! The result of parsing one article.

use serde::{Deserialize, Serialize};

use super::{CooperationPlan, Diagnostic, Exercise, Meeting, Span, YearRangeStat};

/// Everything milcoop read from one article.
///
/// # Example
/// ```
/// let report = milcoop::parse("Kazakh-US talks in Astana\n\nNothing else happened.")?;
/// assert_eq!(report.headline.as_deref(), Some("Kazakh-US talks in Astana"));
/// assert!(report.meetings.is_empty());
/// let json = serde_json::to_string(&report).unwrap();
/// assert!(json.starts_with("{\"headline\":"));
/// # Ok::<(), milcoop::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Report {
    /// First line of the text when a blank line follows it.
    pub headline: Option<String>,
    /// Reported in-person encounters.
    pub meetings: Vec<Meeting>,
    /// Plans, programmes and roadmaps of cooperation.
    pub cooperation_plans: Vec<CooperationPlan>,
    /// Named exercises.
    pub exercises: Vec<Exercise>,
    /// Counts tied to years.
    pub statistics: Vec<YearRangeStat>,
    /// Repairs and doubts.
    pub diagnostics: Vec<Diagnostic>,
}

impl Report {
    /// Every span in the report, records and their parts alike.
    ///
    /// # Example
    /// ```
    /// let text = "In 2019 over 120 servicemen took part.";
    /// let report = milcoop::parse(text)?;
    /// for span in report.spans() {
    ///     assert!(text.get(span.range()).is_some());
    /// }
    /// # Ok::<(), milcoop::Error>(())
    /// ```
    pub fn spans(&self) -> Vec<Span> {
        let mut out = Vec::new();
        for m in &self.meetings {
            out.push(m.span);
            out.extend(m.sentences.iter().copied());
            out.extend(m.participants.iter().map(|p| p.span));
            out.extend(m.date.iter().map(|d| d.span));
        }
        out.extend(self.cooperation_plans.iter().map(|p| p.span));
        out.extend(self.exercises.iter().map(|e| e.span));
        out.extend(self.statistics.iter().map(|s| s.span));
        out.extend(self.diagnostics.iter().map(|d| d.span));
        out
    }

    /// How many records the report holds (meetings, plans, exercises and
    /// statistics; diagnostics are not records).
    ///
    /// # Example
    /// ```
    /// let report = milcoop::parse("In 2019 over 120 servicemen took part.")?;
    /// assert_eq!(report.record_count(), 1);
    /// # Ok::<(), milcoop::Error>(())
    /// ```
    pub fn record_count(&self) -> usize {
        self.meetings.len()
            + self.cooperation_plans.len()
            + self.exercises.len()
            + self.statistics.len()
    }

    pub(crate) fn map_spans(&mut self, mut f: impl FnMut(Span) -> Span) {
        for m in &mut self.meetings {
            m.span = f(m.span);
            for s in &mut m.sentences {
                *s = f(*s);
            }
            for p in &mut m.participants {
                p.span = f(p.span);
            }
            if let Some(d) = &mut m.date {
                d.span = f(d.span);
            }
        }
        for p in &mut self.cooperation_plans {
            p.span = f(p.span);
        }
        for e in &mut self.exercises {
            e.span = f(e.span);
        }
        for s in &mut self.statistics {
            s.span = f(s.span);
        }
        for d in &mut self.diagnostics {
            d.span = f(d.span);
        }
    }
}
