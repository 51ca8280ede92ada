//! A one-series line chart in box-drawing characters, drawn the way natscli's
//! `internal/asciigraph` (guptarohit/asciigraph) draws it, for `server ping --graph`.
//!
//! The chart is a grid of cells, one per column, each holding a string: a y-axis label takes
//! one cell however long it is, so the label column and the axis keep upstream's exact
//! spacing. The series is stretched (linear interpolation) to `width` points and scaled to
//! `height` rows; each row is cut after its last non-blank cell within upstream's trimming
//! width (which ends short of the grid by the label length, so the last points of a long
//! series are not drawn, as upstream). Colours, legends and bounds are not supported.

/// What to draw: rows, points, the left margin and a caption under the chart.
pub struct Options {
    /// Rows between the smallest and the largest value.
    pub height: usize,
    /// Points the series is stretched to.
    pub width: usize,
    /// Cells left of the axis.
    pub offset: usize,
    /// Centred under the chart; empty for none.
    pub caption: String,
}

/// Linear interpolation of `data` to `count` points (first and last kept).
fn stretch(data: &[f64], count: usize) -> Vec<f64> {
    let (Some(&first), Some(&last)) = (data.first(), data.last()) else {
        return Vec::new();
    };
    if count < 2 {
        return vec![first];
    }
    let step = (data.len() - 1) as f64 / (count - 1) as f64;
    let mut out = vec![first];
    for i in 1..count - 1 {
        let at = i as f64 * step;
        let (lo, hi) = (at.floor(), at.ceil());
        let (a, b) = (data[lo as usize], data[hi as usize]);
        out.push(a + (b - a) * (at - lo));
    }
    out.push(last);
    out
}

/// Draws `series`; an empty series draws nothing.
pub fn plot(series: &[f64], o: &Options) -> String {
    let data = if o.width > 0 {
        stretch(series, o.width)
    } else {
        series.to_vec()
    };
    if data.is_empty() {
        return String::new();
    }
    let points = data.len();
    let min = data.iter().copied().fold(f64::INFINITY, f64::min);
    let max = data.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let interval = (max - min).abs();
    let height = o.height.max(1);
    let offset = if o.offset == 0 { 3 } else { o.offset };
    let ratio = if interval == 0.0 {
        1.0
    } else {
        height as f64 / interval
    };
    let min2 = (min * ratio).round() as i64;
    let mut max2 = (max * ratio).round() as i64;
    let mut rows = (max2 - min2).unsigned_abs() as usize;
    if rows == 0 {
        // Upstream always draws the full height, labelling from the value up to `height`.
        rows = height;
        max2 = height as i64;
    }
    let mut grid: Vec<Vec<String>> = vec![vec![" ".to_string(); points + offset]; rows + 1];
    let mut put = |row: i64, col: usize, text: &str| {
        if let Some(cell) = usize::try_from(row)
            .ok()
            .and_then(|r| grid.get_mut(r))
            .and_then(|line| line.get_mut(col))
        {
            *cell = text.to_string();
        }
    };

    // Label precision: two decimals, more for values below one, none above 100.
    let mut precision: usize = 2;
    let log_max = if min == 0.0 && max == 0.0 {
        -1.0
    } else {
        max.abs().max(min.abs()).log10()
    };
    if log_max < 0.0 {
        precision += if log_max % 1.0 != 0.0 {
            log_max.abs() as usize
        } else {
            (log_max.abs() - 1.0) as usize
        };
    } else if log_max > 2.0 {
        precision = 0;
    }
    let label_width = format!("{max:.precision$}")
        .len()
        .max(format!("{min:.precision$}").len());
    let mut longest_label = 0;
    for (w, y) in (min2..=max2).enumerate() {
        let magnitude = max - (y - min2) as f64 * interval / rows as f64;
        let label = format!("{magnitude:>width$.precision$}", width = label_width + 1);
        longest_label = longest_label.max(label.len());
        put(w as i64, offset.saturating_sub(label.len()), &label);
        put(w as i64, offset - 1, "┤");
    }

    let rows = rows as i64;
    let level = |v: f64| (v * ratio).round() as i64 - min2;
    put(rows - level(data[0]), offset - 1, "┼");
    for (x, pair) in data.windows(2).enumerate() {
        let (y0, y1) = (level(pair[0]), level(pair[1]));
        let col = x + offset;
        if y0 == y1 {
            put(rows - y0, col, "─");
            continue;
        }
        let (top, bottom) = if y0 > y1 {
            ("╮", "╰")
        } else {
            ("╯", "╭")
        };
        put(rows - y1, col, bottom);
        put(rows - y0, col, top);
        for y in y0.min(y1) + 1..y0.max(y1) {
            put(rows - y, col, "│");
        }
    }

    let trim_width = (points + offset).saturating_sub(longest_label);
    let mut out = String::new();
    for (h, line) in grid.iter().enumerate() {
        if h > 0 {
            out.push('\n');
        }
        let last = (0..trim_width.min(line.len()))
            .rev()
            .find(|&i| line[i] != " ")
            .unwrap_or(0);
        for cell in &line[..=last.min(line.len().saturating_sub(1))] {
            out.push_str(cell);
        }
    }
    if !o.caption.is_empty() {
        out.push('\n');
        out.push_str(&" ".repeat(offset + label_width));
        if o.caption.len() < points {
            let pad = points.saturating_sub(o.caption.len() + longest_label) / 2;
            out.push_str(&" ".repeat(pad));
        }
        out.push_str(&o.caption);
    }
    out
}

/// natscli's `server ping --graph`: replies counted per 25 ms bucket, charted 15 rows high
/// and 60 points wide.
pub fn ping_distribution(times_ms: &[f64]) -> String {
    let latest = times_ms.iter().copied().fold(0.0_f64, f64::max);
    let mut buckets = vec![0.0; (latest / 25.0) as usize + 1];
    for t in times_ms {
        if let Some(b) = buckets.get_mut((t / 25.0) as usize) {
            *b += 1.0;
        }
    }
    plot(
        &buckets,
        &Options {
            height: 15,
            width: 60,
            offset: 5,
            caption: "Responses per 25ms".into(),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Charts produced by natscli's asciigraph (its `server ping` bucketing and options) for
    /// the same replies, one fixture file per case.
    #[test]
    fn ping_charts_match_natscli() {
        let cases: &[(&[f64], &str)] = &[
            (
                &[1.0],
                include_str!("../../../tests/fixtures/cli/asciigraph/one.txt"),
            ),
            (
                &[1.0, 2.0, 30.0, 80.0, 81.0],
                include_str!("../../../tests/fixtures/cli/asciigraph/five.txt"),
            ),
            (
                &[0.0, 3.0, 4.0, 7.0, 9.0, 26.0, 27.0, 51.0, 120.0, 360.0],
                include_str!("../../../tests/fixtures/cli/asciigraph/spread.txt"),
            ),
        ];
        for (times, want) in cases {
            assert_eq!(
                format!("{}\n", ping_distribution(times)),
                *want,
                "{times:?}"
            );
        }
    }

    #[test]
    fn empty_and_flat_series_do_not_panic() {
        let o = Options {
            height: 3,
            width: 0,
            offset: 0,
            caption: String::new(),
        };
        assert_eq!(plot(&[], &o), "");
        // A flat series still gets the full height of labels.
        assert_eq!(plot(&[0.0, 0.0], &o).lines().count(), 4);
    }
}
