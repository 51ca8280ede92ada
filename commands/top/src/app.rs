//! The application state and what each key does to it. Nothing here draws or does I/O: the
//! event loop in `lib.rs` feeds [`App::on_key`] and [`App::on_stats`], sends [`App::query`] to
//! the collector when it changes, and [`crate::ui`] draws the state.

use std::collections::VecDeque;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use rnats_proto::monitor::{ConnInfo, SortOpt};

use crate::fetch::{Query, Stats};
use crate::text::{self, Display, Row};

/// Samples kept for the sparklines.
pub const HISTORY: usize = 240;

/// The screen shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// Server header and connections (nats-top's screen).
    Connections,
    /// Server header and JetStream streams and consumers from `/jsz`.
    JetStream,
    /// Cluster routes from `/routez`.
    Routes,
    /// Leaf node connections from `/leafz`.
    Leafnodes,
    /// Gateways from `/gatewayz`.
    Gateways,
    /// The key reference; any key returns.
    Help,
}

/// A line being typed after `o`, `n` or `/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Prompt {
    /// `sort by [cid]: `.
    Sort(String),
    /// `limit   [1024]: `.
    Limit(String),
    /// `filter: `.
    Filter(String),
}

/// Sort direction of the connection table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Smallest first.
    Ascending,
    /// Largest first.
    Descending,
}

impl Direction {
    fn flip(self) -> Self {
        match self {
            Self::Ascending => Self::Descending,
            Self::Descending => Self::Ascending,
        }
    }
}

/// What a key asks the loop to do besides redrawing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Nothing more.
    None,
    /// The query changed: poll again now.
    Refetch,
    /// Leave.
    Quit,
}

/// Everything the screen shows.
#[derive(Debug)]
pub struct App {
    /// Current screen.
    pub view: View,
    /// The screen to return to from help.
    pub previous: View,
    /// Sort key (server-side order).
    pub sort: SortOpt,
    /// Display direction.
    pub direction: Direction,
    /// Connections asked for.
    pub conns: i64,
    /// What the columns show.
    pub display: Display,
    /// Substring filter over host, name, account, user, lang and subjects.
    pub filter: String,
    /// The line being typed.
    pub prompt: Option<Prompt>,
    /// A one-shot message (`invalid order: x`), cleared by the next key.
    pub message: String,
    /// The last poll.
    pub stats: Stats,
    /// Polls received.
    pub refreshes: u64,
    /// Server messages-in rate history, oldest first.
    pub in_history: VecDeque<u64>,
    /// Server messages-out rate history, oldest first.
    pub out_history: VecDeque<u64>,
}

/// The direction nats-server sorts a key in: ids and start times ascending, uptime shortest
/// first, everything else largest first.
fn natural_direction(sort: SortOpt) -> Direction {
    match sort {
        SortOpt::Cid | SortOpt::Start | SortOpt::Uptime => Direction::Ascending,
        _ => Direction::Descending,
    }
}

/// Parses `[+|-]key` as typed after `o` or given to `-sort`: a valid key for open
/// connections, with an optional direction.
pub fn parse_sort(s: &str) -> Option<(SortOpt, Option<Direction>)> {
    let (dir, key) = match s.as_bytes().first() {
        Some(b'+') => (Some(Direction::Ascending), &s[1..]),
        Some(b'-') => (Some(Direction::Descending), &s[1..]),
        _ => (None, s),
    };
    let opt = SortOpt::parse(key)?;
    if matches!(opt, SortOpt::Stop | SortOpt::Reason) {
        return None;
    }
    Some((opt, dir))
}

impl App {
    /// A fresh state from the command line's choices.
    pub fn new(sort: SortOpt, direction: Option<Direction>, conns: i64, display: Display) -> Self {
        Self {
            view: View::Connections,
            previous: View::Connections,
            sort,
            direction: direction.unwrap_or_else(|| natural_direction(sort)),
            conns,
            display,
            filter: String::new(),
            prompt: None,
            message: String::new(),
            stats: Stats::default(),
            refreshes: 0,
            in_history: VecDeque::new(),
            out_history: VecDeque::new(),
        }
    }

    /// What the collector should ask for.
    pub fn query(&self) -> Query {
        let shown = |v: View| self.view == v || self.previous == v;
        // The server sorts in one direction only: for the other, ask for the last `conns`
        // of its order (by the previous poll's total) and show them reversed.
        let offset = if self.direction == natural_direction(self.sort) {
            0
        } else {
            (self.stats.connz.total as i64 - self.conns).max(0)
        };
        Query {
            conns: self.conns,
            offset,
            sort: self.sort.as_str().to_string(),
            subs: self.display.subs,
            lookup: self.display.lookup,
            jsz: shown(View::JetStream),
            routez: shown(View::Routes),
            leafz: shown(View::Leafnodes),
            gatewayz: shown(View::Gateways),
        }
    }

    /// Takes a new poll.
    pub fn on_stats(&mut self, stats: Stats) {
        for (hist, v) in [
            (&mut self.in_history, stats.rates.in_msgs),
            (&mut self.out_history, stats.rates.out_msgs),
        ] {
            if hist.len() == HISTORY {
                hist.pop_front();
            }
            hist.push_back(v.max(0.0).round() as u64);
        }
        self.stats = stats;
        self.refreshes += 1;
    }

    /// The connections shown: filtered, then ordered by the sort key in the chosen direction
    /// (the server already picked which `limit` connections by the same key).
    pub fn visible(&self) -> Vec<&ConnInfo> {
        let needle = self.filter.to_lowercase();
        let mut conns: Vec<&ConnInfo> = self
            .stats
            .conns()
            .iter()
            .filter(|c| needle.is_empty() || self.matches(c, &needle))
            .collect();
        let key = |c: &ConnInfo| -> i128 {
            match self.sort {
                SortOpt::Cid | SortOpt::Start | SortOpt::Uptime => c.cid as i128,
                SortOpt::Subs => c.subscriptions as i128,
                SortOpt::Pending => c.pending_bytes as i128,
                SortOpt::MsgsTo => c.out_msgs as i128,
                SortOpt::MsgsFrom => c.in_msgs as i128,
                SortOpt::BytesTo => c.out_bytes as i128,
                SortOpt::BytesFrom => c.in_bytes as i128,
                SortOpt::Last | SortOpt::Idle => {
                    c.last_activity.0.timestamp_nanos_opt().unwrap_or(0) as i128
                }
                SortOpt::Rtt => c.rtt.map(|d| d.as_nanos() as i128).unwrap_or(0),
                SortOpt::Stop | SortOpt::Reason => c.cid as i128,
            }
        };
        // Uptime and idle grow as start and last activity shrink.
        let inverted = matches!(self.sort, SortOpt::Uptime | SortOpt::Idle);
        conns.sort_by(|a, b| {
            let o = key(a).cmp(&key(b)).then(a.cid.cmp(&b.cid));
            let o = if inverted { o.reverse() } else { o };
            match self.direction {
                Direction::Ascending => o,
                Direction::Descending => o.reverse(),
            }
        });
        conns
    }

    fn matches(&self, c: &ConnInfo, needle: &str) -> bool {
        let host = text::host_of(&self.stats, c, self.display.lookup);
        [
            host.as_str(),
            &c.name,
            &c.account,
            &c.authorized_user,
            &c.lang,
        ]
        .iter()
        .any(|f| f.to_lowercase().contains(needle))
            || c.subscriptions_list
                .iter()
                .any(|s| s.to_lowercase().contains(needle))
            || c.cid.to_string() == needle
    }

    /// The rows shown, formatted.
    pub fn rows(&self) -> Vec<Row> {
        self.visible()
            .into_iter()
            .map(|c| text::row(&self.stats, c, self.display))
            .collect()
    }

    /// Handles one key.
    pub fn on_key(&mut self, key: KeyEvent) -> Action {
        if key.modifiers.contains(KeyModifiers::CONTROL)
            && matches!(key.code, KeyCode::Char('c') | KeyCode::Char('d'))
        {
            return Action::Quit;
        }
        self.message.clear();
        if let Some(prompt) = self.prompt.take() {
            return self.on_prompt_key(prompt, key);
        }
        if self.view == View::Help {
            self.view = self.previous;
            return Action::None;
        }
        let KeyCode::Char(ch) = key.code else {
            return match key.code {
                KeyCode::Tab => self.switch(match self.view {
                    View::Connections => View::JetStream,
                    View::JetStream => View::Routes,
                    View::Routes => View::Leafnodes,
                    View::Leafnodes => View::Gateways,
                    _ => View::Connections,
                }),
                KeyCode::Esc => {
                    self.filter.clear();
                    Action::None
                }
                _ => Action::None,
            };
        };
        match ch {
            'q' => Action::Quit,
            'o' => {
                self.prompt = Some(Prompt::Sort(String::new()));
                Action::None
            }
            'n' => {
                self.prompt = Some(Prompt::Limit(String::new()));
                Action::None
            }
            '/' | 'f' => {
                self.prompt = Some(Prompt::Filter(self.filter.clone()));
                Action::None
            }
            's' => {
                self.display.subs = !self.display.subs;
                Action::Refetch
            }
            'd' => {
                self.display.lookup = !self.display.lookup;
                Action::Refetch
            }
            'b' => {
                self.display.raw = !self.display.raw;
                Action::None
            }
            ' ' => {
                self.display.rates = !self.display.rates;
                Action::None
            }
            'r' => {
                self.direction = self.direction.flip();
                Action::Refetch
            }
            '?' | 'h' => {
                self.previous = self.view;
                self.view = View::Help;
                Action::None
            }
            '1' => self.switch(View::Connections),
            '2' | 'j' => self.switch(View::JetStream),
            '3' => self.switch(View::Routes),
            '4' => self.switch(View::Leafnodes),
            '5' => self.switch(View::Gateways),
            _ => Action::None,
        }
    }

    fn switch(&mut self, view: View) -> Action {
        let was = self.query();
        self.view = view;
        self.previous = view;
        if self.query() != was {
            Action::Refetch
        } else {
            Action::None
        }
    }

    fn on_prompt_key(&mut self, prompt: Prompt, key: KeyEvent) -> Action {
        let (mut buf, kind) = match prompt {
            Prompt::Sort(b) => (b, 0),
            Prompt::Limit(b) => (b, 1),
            Prompt::Filter(b) => (b, 2),
        };
        let rewrap = |b: String| match kind {
            0 => Prompt::Sort(b),
            1 => Prompt::Limit(b),
            _ => Prompt::Filter(b),
        };
        match key.code {
            KeyCode::Enter => match kind {
                0 => match parse_sort(&buf) {
                    Some((sort, dir)) => {
                        self.sort = sort;
                        self.direction = dir.unwrap_or_else(|| natural_direction(sort));
                        Action::Refetch
                    }
                    None => {
                        self.message = format!("invalid order: {buf}");
                        Action::None
                    }
                },
                1 => match buf.trim().parse::<i64>() {
                    Ok(n) if n > 0 => {
                        self.conns = n;
                        Action::Refetch
                    }
                    _ => {
                        self.message = format!("invalid limit: {buf}");
                        Action::None
                    }
                },
                _ => {
                    self.filter = buf;
                    Action::None
                }
            },
            KeyCode::Esc => Action::None,
            KeyCode::Backspace => {
                buf.pop();
                self.prompt = Some(rewrap(buf));
                Action::None
            }
            KeyCode::Char(c) => {
                buf.push(c);
                self.prompt = Some(rewrap(buf));
                Action::None
            }
            _ => {
                self.prompt = Some(rewrap(buf));
                Action::None
            }
        }
    }

    /// The prompt or message line.
    pub fn prompt_line(&self) -> String {
        match &self.prompt {
            Some(Prompt::Sort(b)) => format!("sort by [{}]: {b}", self.sort.as_str()),
            Some(Prompt::Limit(b)) => format!("limit   [{}]: {b}", self.conns),
            Some(Prompt::Filter(b)) => format!("filter: {b}"),
            None => self.message.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(c: char) -> KeyEvent {
        KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
    }

    fn typed(app: &mut App, s: &str) -> Action {
        let mut last = Action::None;
        for c in s.chars() {
            last = app.on_key(key(c));
        }
        last
    }

    fn app() -> App {
        App::new(SortOpt::Cid, None, 1024, Display::default())
    }

    #[test]
    fn sort_prompt() {
        let mut a = app();
        a.on_key(key('o'));
        typed(&mut a, "msgs_to");
        assert_eq!(a.prompt_line(), "sort by [cid]: msgs_to");
        let act = a.on_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
        assert_eq!(act, Action::Refetch);
        assert_eq!(a.sort, SortOpt::MsgsTo);
        assert_eq!(a.direction, Direction::Descending);
        a.on_key(key('o'));
        typed(&mut a, "bogus");
        a.on_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
        assert_eq!(a.prompt_line(), "invalid order: bogus");
        assert_eq!(a.sort, SortOpt::MsgsTo);
        a.on_key(key('o'));
        typed(&mut a, "+subs");
        a.on_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
        assert_eq!((a.sort, a.direction), (SortOpt::Subs, Direction::Ascending));
        assert_eq!(a.on_key(key('r')), Action::Refetch);
        assert_eq!(a.direction, Direction::Descending);
    }

    /// The direction the server does not sort in asks it for the far end of its order.
    #[test]
    fn reverse_direction_requeries_the_other_end() {
        let mut a = app();
        a.conns = 10;
        a.stats.connz.total = 25;
        a.sort = SortOpt::MsgsTo;
        a.direction = Direction::Descending;
        assert_eq!(a.query().offset, 0);
        assert_eq!(a.on_key(key('r')), Action::Refetch);
        assert_eq!(a.query().offset, 15);
        assert!(a.query().connz_path().contains("&offset=15"));
        a.stats.connz.total = 4;
        assert_eq!(a.query().offset, 0, "fewer than asked: all of them");
        a.on_key(key('r'));
        assert_eq!(a.query().offset, 0);
    }

    #[test]
    fn cluster_tabs_poll_their_endpoint() {
        let mut a = app();
        for (k, view) in [
            ('3', View::Routes),
            ('4', View::Leafnodes),
            ('5', View::Gateways),
        ] {
            assert_eq!(a.on_key(key(k)), Action::Refetch, "{k}");
            assert_eq!(a.view, view);
            let q = a.query();
            assert_eq!(
                (q.routez, q.leafz, q.gatewayz),
                (
                    view == View::Routes,
                    view == View::Leafnodes,
                    view == View::Gateways
                )
            );
        }
        let tab = KeyEvent::new(KeyCode::Tab, KeyModifiers::NONE);
        a.on_key(tab);
        assert_eq!(a.view, View::Connections);
        for want in [
            View::JetStream,
            View::Routes,
            View::Leafnodes,
            View::Gateways,
        ] {
            a.on_key(tab);
            assert_eq!(a.view, want);
        }
    }

    #[test]
    fn limit_filter_toggles_and_quit() {
        let mut a = app();
        a.on_key(key('n'));
        typed(&mut a, "12");
        a.on_key(KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE));
        assert_eq!(a.prompt_line(), "limit   [1024]: 1");
        a.on_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
        assert_eq!(a.conns, 1);
        a.on_key(key('/'));
        typed(&mut a, "abc");
        a.on_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
        assert_eq!(a.filter, "abc");
        assert_eq!(a.on_key(key('s')), Action::Refetch);
        assert!(a.display.subs && a.query().subs);
        a.on_key(key('b'));
        a.on_key(key(' '));
        assert!(a.display.raw && a.display.rates);
        a.on_key(key('?'));
        assert_eq!(a.view, View::Help);
        assert_eq!(a.on_key(key('q')), Action::None, "any key leaves help");
        assert_eq!(a.view, View::Connections);
        assert_eq!(a.on_key(key('2')), Action::Refetch);
        assert!(a.query().jsz);
        assert_eq!(a.on_key(key('q')), Action::Quit);
        assert_eq!(
            a.on_key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)),
            Action::Quit
        );
    }

    #[test]
    fn sort_keys() {
        assert_eq!(parse_sort("cid"), Some((SortOpt::Cid, None)));
        assert_eq!(
            parse_sort("-bytes_from"),
            Some((SortOpt::BytesFrom, Some(Direction::Descending)))
        );
        assert_eq!(parse_sort("stop"), None, "closed-only keys are invalid");
        assert_eq!(parse_sort("nope"), None);
    }
}
