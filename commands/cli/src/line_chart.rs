//! Text line charts for the graph views (`stream graph`, `consumer graph`, `server graph`).
//!
//! natscli draws those views with its fork of asciigraph (`internal/asciigraph`); this module
//! draws the same picture from the same inputs, so a view looks alike under `nats` and
//! `rnats`: a right-aligned value label per row, the `┤` axis (`┼` where the series starts),
//! the series as a line of box-drawing characters, and a caption centred under it. The series
//! is first stretched or squeezed to the requested width by linear interpolation.
//!
//! Two quirks of natscli's fork are kept on purpose, because they shape what users see:
//! every row is cut `label width` cells before the right edge of the plot (natscli's "x-axis
//! alignment" change, which hides the newest few points), and a flat series whose scaled value
//! lies above the requested height gets no labels at all. Where the fork panics (a caption that
//! cannot be centred, an empty series) this module draws what it can instead.
//!
//! The number formats natscli hands to the charts (go-humanize's `Comma`, `IBytes` and
//! `FormatFloat("#,###.##")`) are here too: [`float_to_int`], [`float_to_ibytes`],
//! [`fixed_decimal`].

/// Formats a label value.
pub type Formatter = fn(f64) -> String;

/// How to draw one chart; [`Chart::default`] is asciigraph's defaults.
#[derive(Debug, Clone)]
pub struct Chart<'a> {
    /// Text under the chart (leading and trailing spaces are dropped).
    pub caption: &'a str,
    /// Plot columns; the series is interpolated to this many points. 0: one per point.
    pub width: usize,
    /// Plot rows above the bottom one. 0: derived from the value range.
    pub height: usize,
    /// The lowest value the vertical axis shows (ignored when the series goes lower).
    pub lower_bound: Option<f64>,
    /// Decimals of the default label format (used when `format` is `None`).
    pub precision: usize,
    /// The label format; `None` prints the value with `precision` decimals.
    pub format: Option<Formatter>,
    /// Columns left of the plot: the label, a gap and the axis (asciigraph's default: 3).
    pub offset: usize,
}

impl Default for Chart<'_> {
    fn default() -> Self {
        Chart {
            caption: "",
            width: 0,
            height: 0,
            lower_bound: None,
            precision: 2,
            format: None,
            offset: 3,
        }
    }
}

impl Chart<'_> {
    /// Draws `series` (rows separated by `\n`, no trailing newline); an empty series draws
    /// nothing.
    pub fn plot(&self, series: &[f64]) -> String {
        if series.is_empty() {
            return String::new();
        }
        let offset = self.offset.max(1);
        let points = if self.width > 0 {
            resample(series, self.width)
        } else {
            series.to_vec()
        };
        let columns = if self.width > 0 {
            self.width
        } else {
            points.len()
        };

        let mut low = points.iter().copied().fold(f64::INFINITY, f64::min);
        let high = points.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        if let Some(bound) = self.lower_bound {
            low = low.min(bound);
        }
        let span = (high - low).abs();
        let height = if self.height > 0 {
            self.height
        } else {
            auto_height(span)
        };
        let scale = if span != 0.0 {
            height as f64 / span
        } else {
            1.0
        };
        // Values map to rows by rounding value × scale; row 0 of the grid is the top.
        let bottom = (low * scale).round() as i64;
        let mut top = (high * scale).round() as i64;
        let mut rows = (top - bottom).unsigned_abs() as usize;
        if rows == 0 {
            // A flat series still gets `height` rows (asciigraph's AlwaysY).
            rows = height;
            top = height as i64;
        }
        let level = |v: f64| ((v * scale).round() as i64 - bottom).clamp(0, rows as i64) as usize;

        let labels = self.labels(bottom, top, rows, low, high, span);
        let label_width = labels.iter().map(String::len).max().unwrap_or(0);
        let number_width = label_width.saturating_sub(1);

        // One cell per column: the label sits in a single cell left of the axis.
        let plot_columns = columns.max(points.len());
        let mut grid: Vec<Vec<String>> = (0..=rows)
            .map(|_| vec![" ".to_string(); offset + plot_columns])
            .collect();
        for (row, label) in grid.iter_mut().zip(&labels) {
            row[offset.saturating_sub(label.len())] = label.clone();
            row[offset - 1] = "┤".to_string();
        }
        grid[rows - level(points[0])][offset - 1] = "┼".to_string();
        for (x, pair) in points.windows(2).enumerate() {
            let (from, to) = (level(pair[0]), level(pair[1]));
            let col = offset + x;
            if from == to {
                grid[rows - from][col] = "─".to_string();
                continue;
            }
            let (top_char, bottom_char) = if from > to {
                ("╮", "╰")
            } else {
                ("╭", "╯")
            };
            let (low_level, high_level) = (from.min(to), from.max(to));
            grid[rows - high_level][col] = top_char.to_string();
            grid[rows - low_level][col] = bottom_char.to_string();
            for l in low_level + 1..high_level {
                grid[rows - l][col] = "│".to_string();
            }
        }

        // natscli's fork only shows cells left of `columns + offset - label width`.
        let visible = (columns + offset).saturating_sub(label_width);
        let mut out = String::new();
        for (i, row) in grid.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            let last = row[..visible.min(row.len())]
                .iter()
                .rposition(|c| c != " ")
                .unwrap_or(0);
            for cell in &row[..=last] {
                out.push_str(cell);
            }
        }

        let caption = self.caption.trim();
        if !caption.is_empty() {
            out.push('\n');
            out.push_str(&" ".repeat(offset + number_width));
            if caption.len() < columns {
                let pad = (columns as i64 - caption.len() as i64 - label_width as i64) / 2;
                out.push_str(&" ".repeat(pad.max(0) as usize));
            }
            out.push_str(caption);
        }
        out
    }

    /// The value labels, top row first, padded to one width.
    fn labels(
        &self,
        bottom: i64,
        top: i64,
        rows: usize,
        low: f64,
        high: f64,
        span: f64,
    ) -> Vec<String> {
        // Labels cover rows `bottom..=top` of the scaled range; a flat series scaled above
        // its height has none (natscli's fork draws it that way).
        let count = if top >= bottom {
            ((top - bottom) as usize + 1).min(rows + 1)
        } else {
            0
        };
        let values: Vec<f64> = (0..count)
            .map(|i| {
                if rows > 0 {
                    high - i as f64 * span / rows as f64
                } else {
                    (bottom + i as i64) as f64
                }
            })
            .collect();
        let (texts, width) = match self.format {
            Some(format) => {
                let texts: Vec<String> = values.iter().map(|&v| format(v)).collect();
                let width = texts.iter().map(String::len).max().unwrap_or(0);
                (texts, width)
            }
            None => {
                let decimals = self.decimals(low, high);
                let width = format!("{high:.decimals$}")
                    .len()
                    .max(format!("{low:.decimals$}").len());
                let texts = values.iter().map(|v| format!("{v:.decimals$}")).collect();
                (texts, width)
            }
        };
        texts
            .into_iter()
            .map(|t| format!("{t:>w$}", w = width + 1))
            .collect()
    }

    /// Decimals of the default labels: more for small values, none above 100.
    fn decimals(&self, low: f64, high: f64) -> usize {
        let magnitude = if low == 0.0 && high == 0.0 {
            -1.0
        } else {
            high.abs().max(low.abs()).log10()
        };
        if magnitude < 0.0 {
            let extra = if magnitude.fract() != 0.0 {
                magnitude.abs()
            } else {
                magnitude.abs() - 1.0
            };
            self.precision + extra as usize
        } else if magnitude > 2.0 {
            0
        } else {
            self.precision
        }
    }
}

/// `data` stretched or squeezed to `count` points by linear interpolation; the first and last
/// points are kept as they are.
fn resample(data: &[f64], count: usize) -> Vec<f64> {
    let (first, last) = (data[0], data[data.len() - 1]);
    if count < 2 {
        return vec![first, last];
    }
    let step = (data.len() - 1) as f64 / (count - 1) as f64;
    let mut out = Vec::with_capacity(count);
    out.push(first);
    for i in 1..count - 1 {
        let at = i as f64 * step;
        let (before, after) = (at.floor(), at.ceil());
        let (a, b) = (data[before as usize], data[after as usize]);
        out.push(a + (b - a) * (at - before));
    }
    out.push(last);
    out
}

/// Rows for a value range when no height is given: one per unit, or the leading digit of a
/// range below 1.
fn auto_height(span: f64) -> usize {
    if span >= 1.0 {
        return span as usize;
    }
    if span <= 0.0 {
        return 1;
    }
    let scaled = span / 10f64.powf(span.log10().floor());
    if scaled < 2.0 {
        scaled.ceil() as usize
    } else {
        scaled.floor() as usize
    }
}

/// go-humanize's `Comma` of the value as an unsigned integer (natscli's `fFloat2Int`):
/// `1234.9` → `1,234`.
pub fn float_to_int(v: f64) -> String {
    let n = v as u64;
    if n >= i64::MAX as u64 {
        return n.to_string();
    }
    crate::kit::numbers::comma(n)
}

/// go-humanize's `IBytes` of the value as an unsigned integer (natscli's `fiBytesFloat2Int`):
/// `512 B`, `1.5 KiB`, `12 MiB`.
pub fn float_to_ibytes(v: f64) -> String {
    const UNITS: [&str; 7] = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"];
    let n = v as u64;
    if n < 10 {
        return format!("{n} B");
    }
    let exp = ((n as f64).ln() / 1024f64.ln()).floor();
    let unit = UNITS[(exp as usize).min(UNITS.len() - 1)];
    // One decimal, rounded half up, as go-humanize does before printing.
    let value = (n as f64 / 1024f64.powf(exp) * 10.0 + 0.5).floor() / 10.0;
    if value < 10.0 {
        format!("{value:.1} {unit}")
    } else {
        format!("{value:.0} {unit}")
    }
}

/// go-humanize's `FormatFloat("#,###.##", v)` (natscli's `fFloatFixedDecimal`): thousands
/// separated by commas, two decimals truncated after adding half a cent: `1,234.57`.
pub fn fixed_decimal(v: f64) -> String {
    if v.is_nan() {
        return "NaN".to_string();
    }
    if v.is_infinite() {
        return if v > 0.0 { "Infinity" } else { "-Infinity" }.to_string();
    }
    let (sign, n) = if v >= 0.000_000_001 {
        ("", v)
    } else if v <= -0.000_000_001 {
        ("-", -v)
    } else {
        ("", 0.0)
    };
    let n = n + 0.005;
    let whole = n.trunc();
    let cents = ((n - whole) * 100.0) as u64;
    format!(
        "{sign}{}.{cents:02}",
        crate::kit::numbers::comma_i64(whole as i64)
    )
}

/// Go's `calculateRate` in natscli: the change per second, except that a reading of 0 (a
/// missed data point) repeats `last` as is.
pub fn rate(new: f64, last: f64, seconds: f64) -> f64 {
    if new == 0.0 {
        return last;
    }
    (new - last) / seconds
}

/// natscli's `server ping --graph`: replies counted per 25 ms bucket, charted 15 rows high,
/// 60 points wide, five columns left of the axis.
pub fn ping_distribution(times_ms: &[f64]) -> String {
    let latest = times_ms.iter().copied().fold(0.0_f64, f64::max);
    let mut buckets = vec![0.0; (latest / 25.0) as usize + 1];
    for t in times_ms {
        if let Some(b) = buckets.get_mut((t / 25.0) as usize) {
            *b += 1.0;
        }
    }
    Chart {
        caption: "Responses per 25ms",
        width: 60,
        height: 15,
        offset: 5,
        ..Chart::default()
    }
    .plot(&buckets)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A chart as natscli configures its graphs: lower bound 0, no decimals.
    fn natscli(caption: &str, width: usize, height: usize, format: Formatter) -> Chart<'_> {
        Chart {
            caption,
            width,
            height,
            lower_bound: Some(0.0),
            precision: 0,
            format: Some(format),
            ..Chart::default()
        }
    }

    // The expected texts below were printed by natscli's own `internal/asciigraph` (commit
    // c778a5c7) for the same series and options.

    #[test]
    fn all_zero_series_of_a_new_graph() {
        let got = natscli("Messages Pending", 20, 3, float_to_int).plot(&[0.0; 20]);
        assert_eq!(
            got,
            "  0┤\n  0┤\n  0┤\n  0┼──────────────────\n     Messages Pending"
        );
    }

    #[test]
    fn counts_rise_and_fall() {
        let series = [0.0, 0.0, 0.0, 1.0, 2.0, 5.0, 10.0, 7.0, 3.0, 3.0, 3.0, 3.0];
        let got = natscli("Messages Stored", 30, 5, float_to_int).plot(&series);
        let want = [
            "  9┤               ╭╮",
            "  7┤              ╭╯╰─╮",
            "  5┤             ╭╯   ╰╮",
            "  3┤           ╭─╯     ╰────────",
            "  1┤       ╭───╯",
            "  0┼───────╯",
            "          Messages Stored",
        ];
        assert_eq!(got, want.join("\n"));
    }

    #[test]
    fn fractional_rates() {
        let series = [0.0, 0.5, 1.25, 3.75, 2.0, 0.0];
        let got = natscli("Msgs / s", 25, 4, fixed_decimal).plot(&series);
        let want = [
            " 3.54 ┤             ╭──╮",
            " 2.66 ┤           ╭─╯  ╰─╮",
            " 1.77 ┤         ╭─╯      ╰─",
            " 0.89 ┤    ╭────╯",
            " 0.00 ┼────╯",
            "             Msgs / s",
        ];
        assert_eq!(got, want.join("\n"));
    }

    #[test]
    fn rates_in_the_thousands() {
        let series = [0.0, 1500.5, 12345.678, 800.0, 0.0, 0.0, 0.0, 2500.0];
        let got = natscli("Messages Delivered / second", 40, 6, fixed_decimal).plot(&series);
        let want = [
            " 12,067.60 ┤          ╭╮",
            " 10,056.33 ┤         ╭╯╰╮",
            "  8,045.06 ┤        ╭╯  ╰╮",
            "  6,033.80 ┤       ╭╯    ╰╮",
            "  4,022.53 ┤      ╭╯      ╰╮",
            "  2,011.27 ┤   ╭──╯        ╰╮",
            "      0.00 ┼───╯            ╰─────────────",
            "             Messages Delivered / second",
        ];
        assert_eq!(got, want.join("\n"));
    }

    #[test]
    fn byte_rates_without_a_lower_bound() {
        let chart = Chart {
            caption: "Bytes In+Out / second",
            width: 30,
            height: 4,
            precision: 0,
            format: Some(float_to_ibytes),
            ..Chart::default()
        };
        let got = chart.plot(&[0.0, 1024.0, 4096.0, 1_536_000.0, 1_536_000.0, 20000.0]);
        let want = [
            " 1.5 MiB ┤                ╭─────",
            " 1.1 MiB ┤               ╭╯",
            " 750 KiB ┤             ╭─╯",
            " 375 KiB ┤            ╭╯",
            "     0 B ┼────────────╯",
            "          Bytes In+Out / second",
        ];
        assert_eq!(got, want.join("\n"));
    }

    #[test]
    fn thousands_separators_in_counts() {
        let series = [0.0, 250_000.0, 1_000_000.0, 999_999.0, 5.0];
        let got = natscli("Messages Pending", 24, 4, float_to_int).plot(&series);
        let want = [
            " 999,999 ┤          ╭─────",
            " 749,999 ┤        ╭─╯",
            " 499,999 ┤      ╭─╯",
            " 249,999 ┤  ╭───╯",
            "       0 ┼──╯",
            "          Messages Pending",
        ];
        assert_eq!(got, want.join("\n"));
    }

    #[test]
    fn default_labels_and_natural_width() {
        let series = [2.0, 1.0, 1.0, 2.0, -2.0, 5.0, 7.0, 11.0, 3.0, 7.0, 1.0];
        let want = [
            " 11.00 ┤",
            " 10.00 ┤",
            "  9.00 ┤",
            "  8.00 ┤",
            "  7.00 ┤",
            "  6.00 ┤",
            "  5.00 ┤    ╭",
            "  4.00 ┤    │",
            "  3.00 ┤    │",
            "  2.00 ┼╮ ╭╮│",
            "  1.00 ┤╰─╯││",
            "  0.00 ┤   ││",
            " -1.00 ┤   ││",
            " -2.00 ┤   ╰╯",
        ];
        assert_eq!(Chart::default().plot(&series), want.join("\n"));
    }

    #[test]
    fn default_labels_of_small_values() {
        let series = [
            0.453, 0.141, 0.951, 0.251, 0.223, 0.581, 0.771, 0.191, 0.393, 0.617, 0.478,
        ];
        let chart = Chart {
            caption: "small values",
            ..Chart::default()
        };
        let want = [
            " 0.95 ┤ ╭╮",
            " 0.85 ┤ ││  ╭",
            " 0.75 ┤ ││  │",
            " 0.65 ┤ ││ ╭╯",
            " 0.55 ┤ ││ │",
            " 0.44 ┼╮││ │",
            " 0.34 ┤│││ │",
            " 0.24 ┤││╰─╯",
            " 0.14 ┤╰╯",
            "       small values",
        ];
        assert_eq!(chart.plot(&series), want.join("\n"));
    }

    #[test]
    fn flat_series_above_its_height_has_no_labels() {
        let chart = Chart {
            height: 3,
            ..Chart::default()
        };
        assert_eq!(chart.plot(&[5.0; 4]), " \n \n \n  ┼───");
    }

    #[test]
    fn caption_longer_than_the_plot() {
        let got =
            natscli("a caption longer than the series", 0, 0, float_to_int).plot(&[1.0, 2.0, 3.0]);
        assert_eq!(
            got,
            "  3┤\n  2┤╭\n  1┼╯\n  0┤\n    a caption longer than the series"
        );
    }

    #[test]
    fn caption_that_cannot_be_centred_starts_at_the_labels() {
        // natscli's fork panics here (a negative repeat count); this draws it left-aligned.
        let got = natscli("Messages Stored / second", 25, 2, fixed_decimal).plot(&[0.0, 1.0]);
        let caption = got.lines().last().unwrap_or_default();
        assert_eq!(caption, "       Messages Stored / second");
    }

    #[test]
    fn odd_values_do_not_panic() {
        // A server reporting 0 cores makes natscli's normalised CPU infinite or NaN.
        for series in [
            vec![f64::INFINITY, 1.0],
            vec![f64::NAN, 1.0, 2.0],
            vec![f64::NEG_INFINITY, f64::INFINITY],
            vec![-5.0; 3],
        ] {
            for format in [None, Some(fixed_decimal as Formatter), Some(float_to_int)] {
                let chart = Chart {
                    caption: "CPU % Used (normalized for 0 cores)",
                    width: 30,
                    height: 3,
                    format,
                    ..Chart::default()
                };
                let _ = chart.plot(&series);
            }
        }
    }

    #[test]
    fn empty_series_draws_nothing() {
        assert_eq!(Chart::default().plot(&[]), "");
    }

    #[test]
    fn resampling_keeps_the_ends() {
        assert_eq!(resample(&[0.0, 10.0], 5), vec![0.0, 2.5, 5.0, 7.5, 10.0]);
        assert_eq!(resample(&[1.0, 2.0, 3.0], 1), vec![1.0, 3.0]);
        assert_eq!(resample(&[4.0], 3), vec![4.0, 4.0, 4.0]);
    }

    #[test]
    fn go_humanize_formats() {
        assert_eq!(float_to_int(0.0), "0");
        assert_eq!(float_to_int(1234.9), "1,234");
        assert_eq!(float_to_int(-3.0), "0");
        assert_eq!(float_to_ibytes(0.0), "0 B");
        assert_eq!(float_to_ibytes(1023.0), "1023 B");
        assert_eq!(float_to_ibytes(1024.0), "1.0 KiB");
        assert_eq!(float_to_ibytes(1536.0), "1.5 KiB");
        // 9.96 KiB rounds to 10.0 first, so it prints without a decimal.
        assert_eq!(float_to_ibytes(10199.0), "10 KiB");
        assert_eq!(float_to_ibytes(12.5 * 1024.0 * 1024.0), "12 MiB");
        assert_eq!(fixed_decimal(0.0), "0.00");
        assert_eq!(fixed_decimal(1.25), "1.25");
        assert_eq!(fixed_decimal(1234.567), "1,234.57");
        assert_eq!(fixed_decimal(-0.5), "-0.50");
        assert_eq!(fixed_decimal(1_000_000.0), "1,000,000.00");
    }

    #[test]
    fn rates_repeat_the_last_reading_when_it_drops_to_zero() {
        assert_eq!(rate(30.0, 10.0, 2.0), 10.0);
        assert_eq!(rate(0.0, 10.0, 1.0), 10.0);
    }

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
}
