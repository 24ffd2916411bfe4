//! The kinds of record, and sets of them.

/// A kind of record a [`Parser`](crate::Parser) can extract.
///
/// # Example
/// ```
/// use milcoop::{Parser, RecordKind};
/// let only_stats = Parser::new().record_kinds(&[RecordKind::Statistics]);
/// let report = only_stats.parse("In 2019 over 120 servicemen met with the minister.")?;
/// assert_eq!(report.statistics.len(), 1);
/// assert!(report.meetings.is_empty());
/// # Ok::<(), milcoop::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RecordKind {
    /// [`crate::Meeting`] records.
    Meetings,
    /// [`crate::CooperationPlan`] records.
    CooperationPlans,
    /// [`crate::Exercise`] records.
    Exercises,
    /// [`crate::YearRangeStat`] records.
    Statistics,
}

impl RecordKind {
    const fn bit(self) -> u8 {
        match self {
            RecordKind::Meetings => 1,
            RecordKind::CooperationPlans => 2,
            RecordKind::Exercises => 4,
            RecordKind::Statistics => 8,
        }
    }
}

/// A set of [`RecordKind`]s: what a parser is asked for, as the extractors see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Kinds(u8);

impl Kinds {
    /// Every record kind.
    pub(crate) const ALL: Kinds = Kinds(0b1111);

    /// The set of `kinds`.
    pub(crate) const fn of(kinds: &[RecordKind]) -> Kinds {
        let mut bits = 0;
        let mut i = 0;
        while i < kinds.len() {
            bits |= kinds[i].bit();
            i += 1;
        }
        Kinds(bits)
    }

    pub(crate) const fn has(self, kind: RecordKind) -> bool {
        self.0 & kind.bit() != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_set_has_what_it_was_made_of() {
        let all = [
            RecordKind::Meetings,
            RecordKind::CooperationPlans,
            RecordKind::Exercises,
            RecordKind::Statistics,
        ];
        assert_eq!(Kinds::of(&all), Kinds::ALL);
        let some = Kinds::of(&[RecordKind::Exercises, RecordKind::Meetings]);
        for k in all {
            assert!(Kinds::ALL.has(k));
            assert_eq!(
                some.has(k),
                matches!(k, RecordKind::Exercises | RecordKind::Meetings)
            );
            assert!(!Kinds::of(&[]).has(k));
        }
    }
}
