//! nsc's ASCII tables (the xlab/tablewriter layout nsc prints with).
//!
//! ```text
//! +----------------------+
//! |   Operator Details   |
//! +-------------+--------+
//! | Name        | O      |
//! +-------------+--------+
//! ```
//!
//! A title row spans every column, centred (extra space on the right) under a plain rule; column
//! widths are the widest cell; a title wider than the columns widens the last column; headers,
//! when present, sit under the title with a rule after them. Widths count characters.

/// One element of a table.
enum Element {
    Row(Vec<String>),
    Separator,
}

/// A table being built.
#[derive(Default)]
pub struct Table {
    title: Option<String>,
    headers: Option<Vec<String>>,
    elements: Vec<Element>,
}

fn width(s: &str) -> usize {
    s.chars().count()
}

impl Table {
    /// A table titled `title`.
    pub fn new(title: &str) -> Table {
        Table {
            title: Some(title.to_owned()),
            ..Table::default()
        }
    }

    /// Sets the column headers.
    pub fn headers<S: ToString>(&mut self, headers: &[S]) {
        self.headers = Some(headers.iter().map(ToString::to_string).collect());
    }

    /// Adds a row.
    pub fn row<S: ToString>(&mut self, cells: &[S]) {
        self.elements.push(Element::Row(
            cells.iter().map(ToString::to_string).collect(),
        ));
    }

    /// Adds a rule.
    pub fn separator(&mut self) {
        self.elements.push(Element::Separator);
    }

    /// `label | value`, then `"" | value` for the rest (nsc `AddListValues`).
    pub fn list(&mut self, label: &str, values: &[String]) {
        for (i, v) in values.iter().enumerate() {
            self.row(&[if i == 0 { label } else { "" }, v.as_str()]);
        }
    }

    /// Renders the table, each line ending in `\n`.
    pub fn render(&self) -> String {
        let mut widths: Vec<usize> = Vec::new();
        let rows = self
            .headers
            .iter()
            .chain(self.elements.iter().filter_map(|e| match e {
                Element::Row(r) => Some(r),
                Element::Separator => None,
            }));
        for r in rows {
            for (i, c) in r.iter().enumerate() {
                if widths.len() <= i {
                    widths.resize(i + 1, 0);
                }
                widths[i] = widths[i].max(width(c));
            }
        }
        if widths.is_empty() {
            widths.push(0);
        }
        let mut total = 1 + widths.iter().map(|w| w + 3).sum::<usize>();
        if let Some(t) = &self.title {
            let min = width(t) + 4;
            if total < min {
                if let Some(last) = widths.last_mut() {
                    *last += min - total;
                }
                total = min;
            }
        }
        let rule = |out: &mut String| {
            out.push('+');
            for w in &widths {
                out.push_str(&"-".repeat(w + 2));
                out.push('+');
            }
            out.push('\n');
        };
        let line = |out: &mut String, cells: &[String]| {
            out.push('|');
            for (i, w) in widths.iter().enumerate() {
                let c = cells.get(i).map(String::as_str).unwrap_or("");
                out.push(' ');
                out.push_str(c);
                out.push_str(&" ".repeat(w.saturating_sub(width(c))));
                out.push_str(" |");
            }
            out.push('\n');
        };
        let mut out = String::new();
        if let Some(t) = &self.title {
            out.push('+');
            out.push_str(&"-".repeat(total - 2));
            out.push_str("+\n");
            let inner = total - 4;
            let pad = inner.saturating_sub(width(t));
            out.push_str("| ");
            out.push_str(&" ".repeat(pad / 2));
            out.push_str(t);
            out.push_str(&" ".repeat(pad - pad / 2));
            out.push_str(" |\n");
        }
        rule(&mut out);
        if let Some(h) = &self.headers {
            line(&mut out, h);
            rule(&mut out);
        }
        for e in &self.elements {
            match e {
                Element::Row(r) => line(&mut out, r),
                Element::Separator => rule(&mut out),
            }
        }
        rule(&mut out);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_rows_and_separators() {
        let mut t = Table::new("Operator Details");
        t.row(&["Name", "O"]);
        t.separator();
        t.row(&["Require Signing Keys", "false"]);
        assert_eq!(
            t.render(),
            "+------------------------------+\n\
             |       Operator Details       |\n\
             +----------------------+-------+\n\
             | Name                 | O     |\n\
             +----------------------+-------+\n\
             | Require Signing Keys | false |\n\
             +----------------------+-------+\n"
        );
    }

    #[test]
    fn wide_title_widens_the_last_column() {
        let mut t = Table::new("A very long title here");
        t.headers(&["Name", "Key"]);
        t.row(&["a", "b"]);
        let out = t.render();
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[1], "| A very long title here |");
        assert_eq!(lines[3], format!("| Name | Key{} |", " ".repeat(12)));
        assert!(lines.iter().all(|l| l.chars().count() == 26));
    }
}
