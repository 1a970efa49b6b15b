//! The picture of a round's responses for the Chair: how many delegations had responded by the
//! end of each day of the venue, by category and in all (cumulative), from the day the round
//! opened to the day it is read (or its last day). A delegation has responded from its first
//! comment that still stands, as the response monitor counts it.

use jiff::Timestamp;
use jiff::civil::Date;

use super::{DelegationCategory, VenueZone};

/// At most this many days are drawn: the latest ones (earlier responses count on the first).
pub const MAX_DAYS: usize = 366;

/// The cumulative responses by venue day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResponseCurve {
    /// Each day drawn, in the venue's calendar.
    pub days: Vec<Date>,
    /// For each category with a delegation in the round (in the compilation's order), how many
    /// of its delegations had responded by the end of each day, and how many it has.
    pub series: Vec<CategorySeries>,
    /// The same, every category together.
    pub totals: Vec<usize>,
    /// The delegations of the round.
    pub delegations: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CategorySeries {
    pub category: DelegationCategory,
    pub counts: Vec<usize>,
    pub delegations: usize,
}

impl ResponseCurve {
    /// The curve of `delegations` (each one's category and first response, if any) over the
    /// venue days from `from` to `to` (one day when `to` is not after `from`).
    pub fn new(
        delegations: &[(DelegationCategory, Option<Timestamp>)],
        venue: &VenueZone,
        from: Timestamp,
        to: Timestamp,
    ) -> ResponseCurve {
        let day_of = |t: Timestamp| venue.tz().to_datetime(t).date();
        let last = day_of(to.max(from));
        let mut first = day_of(from);
        if let Ok(earliest) = last.checked_sub(jiff::Span::new().days(MAX_DAYS as i64 - 1))
            && earliest > first
        {
            first = earliest;
        }
        let mut days = vec![first];
        while let Some(next) = days.last().and_then(|d| d.tomorrow().ok())
            && next <= last
        {
            days.push(next);
        }
        let responded: Vec<(DelegationCategory, Date)> = delegations
            .iter()
            .filter_map(|(c, at)| at.map(|at| (*c, day_of(at))))
            .collect();
        let count = |category: Option<DelegationCategory>| -> Vec<usize> {
            days.iter()
                .map(|day| {
                    responded
                        .iter()
                        .filter(|(c, d)| category.is_none_or(|k| k == *c) && d <= day)
                        .count()
                })
                .collect()
        };
        let series = DelegationCategory::all()
            .into_iter()
            .filter_map(|category| {
                let members = delegations.iter().filter(|(c, _)| *c == category).count();
                (members > 0).then(|| CategorySeries {
                    category,
                    counts: count(Some(category)),
                    delegations: members,
                })
            })
            .collect();
        ResponseCurve {
            totals: count(None),
            series,
            days,
            delegations: delegations.len(),
        }
    }

    /// The highest count drawn (the total on the last day).
    pub fn peak(&self) -> usize {
        self.totals.last().copied().unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> Timestamp {
        s.parse().expect("instant")
    }

    fn vienna() -> VenueZone {
        VenueZone::parse("Europe/Vienna").expect("zone")
    }

    #[test]
    fn counts_each_delegation_from_its_venue_day_on_by_category() {
        use DelegationCategory::*;
        let delegations = [
            (Party, Some(at("2020-09-14T10:00:00Z"))),
            // 23:30 UTC on the 14th is already the 15th in Vienna.
            (Party, Some(at("2020-09-14T23:30:00Z"))),
            (Igo, Some(at("2020-09-16T08:00:00Z"))),
            (Party, None),
            (ObserverState, None),
        ];
        let curve = ResponseCurve::new(
            &delegations,
            &vienna(),
            at("2020-09-14T07:00:00Z"),
            at("2020-09-16T12:00:00Z"),
        );
        assert_eq!(
            curve.days,
            vec![
                jiff::civil::date(2020, 9, 14),
                jiff::civil::date(2020, 9, 15),
                jiff::civil::date(2020, 9, 16)
            ]
        );
        assert_eq!(curve.totals, vec![1, 2, 3]);
        let by: Vec<(DelegationCategory, Vec<usize>, usize)> = curve
            .series
            .iter()
            .map(|s| (s.category, s.counts.clone(), s.delegations))
            .collect();
        assert_eq!(
            by,
            vec![
                (Party, vec![1, 2, 2], 3),
                (ObserverState, vec![0, 0, 0], 1),
                (Igo, vec![0, 0, 1], 1),
            ]
        );
        assert_eq!(curve.peak(), 3);
        assert_eq!(curve.delegations, 5);
    }

    #[test]
    fn a_round_not_yet_open_is_one_day_and_a_long_one_its_latest_days() {
        let one = ResponseCurve::new(
            &[],
            &vienna(),
            at("2020-09-14T07:00:00Z"),
            at("2020-09-01T07:00:00Z"),
        );
        assert_eq!(one.days.len(), 1);
        assert_eq!(one.totals, vec![0]);
        let early = at("2019-01-01T12:00:00Z");
        let long = ResponseCurve::new(
            &[(DelegationCategory::Party, Some(early))],
            &vienna(),
            early,
            at("2021-01-01T12:00:00Z"),
        );
        assert_eq!(long.days.len(), MAX_DAYS);
        assert_eq!(long.days.last(), Some(&jiff::civil::date(2021, 1, 1)));
        // Responses before the first day drawn count on it.
        assert_eq!(long.totals[0], 1);
    }
}
