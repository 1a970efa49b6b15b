//! The picture of a round's responses on the response monitor, drawn on the server as inline
//! SVG (no script): one line per category and one for every delegation, cumulative by venue
//! day. Its title and description say what it shows, and the same figures follow as a table.

use crate::domain::DelegationCategory;
use crate::domain::response_curve::ResponseCurve;
use crate::i18n::Tr;

/// The drawing's size in SVG units; it scales to the page's width.
pub const WIDTH: f64 = 640.0;
pub const HEIGHT: f64 = 240.0;
/// Room for the axis labels.
const LEFT: f64 = 44.0;
const RIGHT: f64 = 12.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 36.0;

/// One line of the picture.
pub struct LineView {
    /// "Party: 12 of 80" (for the legend).
    pub legend: String,
    pub color: &'static str,
    /// `stroke-dasharray`, empty for a solid line: each line differs by more than its colour.
    pub dash: &'static str,
    pub stroke_width: f64,
    /// `x,y x,y …` for `<polyline points>`.
    pub points: String,
}

pub struct ChartView {
    pub title: String,
    pub description: String,
    pub lines: Vec<LineView>,
    /// (y, label) of each horizontal grid line.
    pub y_ticks: Vec<(f64, usize)>,
    /// (x, `text-anchor`, label) of the first and last day.
    pub x_labels: Vec<(f64, &'static str, String)>,
    /// The table: its column headings after the day's, then per day the day and its counts.
    pub headings: Vec<String>,
    pub rows: Vec<(String, Vec<usize>)>,
    pub width: f64,
    pub height: f64,
    /// Where the plotting area's axes are.
    pub left: f64,
    pub right: f64,
    pub bottom: f64,
}

/// The colour (contrast of at least 3:1 on white) and dash pattern of a category's line.
fn style(category: DelegationCategory) -> (&'static str, &'static str) {
    match category {
        DelegationCategory::Party => ("#1d4f91", ""),
        DelegationCategory::ObserverState => ("#00703c", "8 4"),
        DelegationCategory::OtherObserver => ("#6f3c8c", "2 3"),
        DelegationCategory::Igo => ("#b10e1e", "10 3 2 3"),
        DelegationCategory::Other => ("#505a5f", "4 4"),
    }
}

impl ChartView {
    pub fn new(curve: &ResponseCurve, tr: &Tr) -> ChartView {
        let peak = curve.peak().max(1);
        let days = curve.days.len();
        let plot_width = WIDTH - LEFT - RIGHT;
        let plot_height = HEIGHT - TOP - BOTTOM;
        let x = |i: usize| {
            if days <= 1 {
                LEFT
            } else {
                LEFT + plot_width * i as f64 / (days - 1) as f64
            }
        };
        let y = |count: usize| TOP + plot_height * (1.0 - count as f64 / peak as f64);
        let points = |counts: &[usize]| -> String {
            let mut points: Vec<String> = counts
                .iter()
                .enumerate()
                .map(|(i, c)| format!("{:.1},{:.1}", x(i), y(*c)))
                .collect();
            // A single day is drawn across the whole width.
            if let (1, Some(c)) = (counts.len(), counts.first()) {
                points.push(format!("{:.1},{:.1}", LEFT + plot_width, y(*c)));
            }
            points.join(" ")
        };
        let legend = |name: &str, counts: &[usize], of: usize| {
            tr.ta(
                "responses-chart-legend",
                &[
                    ("category", name.into()),
                    ("count", (counts.last().copied().unwrap_or(0) as i64).into()),
                    ("delegations", (of as i64).into()),
                ],
            )
        };
        let mut lines: Vec<LineView> = curve
            .series
            .iter()
            .map(|s| {
                let (color, dash) = style(s.category);
                LineView {
                    legend: legend(
                        &tr.t(&format!("category-{}", s.category.as_str())),
                        &s.counts,
                        s.delegations,
                    ),
                    color,
                    dash,
                    stroke_width: 2.0,
                    points: points(&s.counts),
                }
            })
            .collect();
        lines.push(LineView {
            legend: legend(
                &tr.t("responses-chart-total"),
                &curve.totals,
                curve.delegations,
            ),
            color: "#0b0c0c",
            dash: "",
            stroke_width: 3.5,
            points: points(&curve.totals),
        });
        let mut ticks = vec![0, peak.div_ceil(2), peak];
        ticks.dedup();
        let day_text = |i: usize| curve.days.get(i).map(|d| tr.date(*d)).unwrap_or_default();
        let first = day_text(0);
        let last = day_text(days.saturating_sub(1));
        let mut x_labels = vec![(LEFT, "start", first.clone())];
        if days > 1 {
            x_labels.push((LEFT + plot_width, "end", last.clone()));
        }
        let mut headings: Vec<String> = curve
            .series
            .iter()
            .map(|s| tr.t(&format!("category-{}", s.category.as_str())))
            .collect();
        headings.push(tr.t("responses-chart-total"));
        let rows = curve
            .days
            .iter()
            .enumerate()
            .map(|(i, day)| {
                let mut counts: Vec<usize> = curve.series.iter().map(|s| s.counts[i]).collect();
                counts.push(curve.totals[i]);
                (tr.date(*day), counts)
            })
            .collect();
        ChartView {
            title: tr.t("responses-chart-title"),
            description: tr.ta(
                "responses-chart-description",
                &[
                    ("first", first.into()),
                    ("last", last.into()),
                    ("total", (curve.peak() as i64).into()),
                    ("delegations", (curve.delegations as i64).into()),
                ],
            ),
            lines,
            y_ticks: ticks.into_iter().map(|t| (y(t), t)).collect(),
            x_labels,
            headings,
            rows,
            width: WIDTH,
            height: HEIGHT,
            left: LEFT,
            right: WIDTH - RIGHT,
            bottom: HEIGHT - BOTTOM,
        }
    }
}
