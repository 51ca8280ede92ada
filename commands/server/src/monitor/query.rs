//! Query-string parsing for the monitoring endpoints, with Go's rules and error texts.
//!
//! nats-server reads parameters with `r.URL.Query().Get(name)` and decodes them with `strconv`;
//! a bad value answers HTTP 400 with text such as
//! `Error decoding int for 'offset': strconv.Atoi: parsing "x": invalid syntax`. This module
//! reproduces Go's `url.ParseQuery` (pairs split on `&`, pairs with `;` or a bad `%` escape
//! dropped, `+` is a space, first value wins), `strconv.ParseBool`, `Atoi` and `ParseUint`, and
//! turns a query into [`ConnzOptions`], [`SubszOptions`] or [`HealthzOptions`]. Checks that need
//! the data (sort key validity, test subject) happen later in [`super::endpoints`].

use rnats_proto::kit::format::go_quote;
use thiserror::Error;

use super::types::{ConnState, ConnzOptions, HealthzOptions, SubszOptions};

/// A query parameter that could not be decoded; `Display` is nats-server's response body.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum QueryError {
    /// Not a Go boolean.
    #[error("Error decoding boolean for '{param}': {err}")]
    Bool {
        /// Parameter name.
        param: &'static str,
        /// The strconv failure.
        err: NumError,
    },
    /// Not a Go `int`.
    #[error("Error decoding int for '{param}': {err}")]
    Int {
        /// Parameter name.
        param: &'static str,
        /// The strconv failure.
        err: NumError,
    },
    /// Not a `uint64`.
    #[error("Error decoding uint64 for '{param}': {err}")]
    Uint64 {
        /// Parameter name.
        param: &'static str,
        /// The strconv failure.
        err: NumError,
    },
    /// `state` is not open, closed, any or all.
    #[error("Error decoding state for {0}")]
    State(String),
}

/// Go's `*strconv.NumError`: `strconv.<func>: parsing "<num>": <reason>`.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("strconv.{func}: parsing {}: {}", go_quote(.num), if *.out_of_range { "value out of range" } else { "invalid syntax" })]
pub struct NumError {
    /// `ParseBool`, `Atoi` or `ParseUint`.
    pub func: &'static str,
    /// The text that failed.
    pub num: String,
    /// Out of range rather than malformed.
    pub out_of_range: bool,
}

/// Decoded query parameters, looked up Go-style (first value of a name; missing = empty).
#[derive(Debug, Clone, Default)]
pub struct Query {
    pairs: Vec<(String, String)>,
}

impl Query {
    /// Parses a raw query string (without `?`) as Go's `url.ParseQuery` does, keeping the pairs
    /// it would keep.
    pub fn parse(raw: &str) -> Self {
        let mut pairs = Vec::new();
        for part in raw.split('&') {
            if part.is_empty() || part.contains(';') {
                continue;
            }
            let (k, v) = part.split_once('=').unwrap_or((part, ""));
            if let (Some(k), Some(v)) = (query_unescape(k), query_unescape(v)) {
                pairs.push((k, v));
            }
        }
        Self { pairs }
    }

    /// The first value of `name`, or `""`.
    pub fn get(&self, name: &str) -> &str {
        self.pairs
            .iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.as_str())
    }

    /// `decodeBool`: empty is false.
    pub fn bool(&self, param: &'static str) -> Result<bool, QueryError> {
        let s = self.get(param);
        if s.is_empty() {
            return Ok(false);
        }
        parse_bool(s).map_err(|err| QueryError::Bool { param, err })
    }

    /// `decodeInt`: empty is 0.
    pub fn int(&self, param: &'static str) -> Result<i64, QueryError> {
        let s = self.get(param);
        if s.is_empty() {
            return Ok(0);
        }
        atoi(s).map_err(|err| QueryError::Int { param, err })
    }

    /// `decodeUint64`: empty is 0.
    pub fn uint64(&self, param: &'static str) -> Result<u64, QueryError> {
        let s = self.get(param);
        if s.is_empty() {
            return Ok(0);
        }
        parse_uint(s).map_err(|err| QueryError::Uint64 { param, err })
    }

    /// `decodeState`: open (default), closed, any/all, case-insensitive.
    pub fn state(&self) -> Result<ConnState, QueryError> {
        let s = self.get("state");
        match s.to_ascii_lowercase().as_str() {
            "" | "open" => Ok(ConnState::Open),
            "closed" => Ok(ConnState::Closed),
            "any" | "all" => Ok(ConnState::All),
            _ => Err(QueryError::State(s.to_string())),
        }
    }

    /// `decodeSubs`: `detail` (any case) or a boolean; returns (list, detail).
    pub fn subs(&self) -> Result<(bool, bool), QueryError> {
        if self.get("subs").eq_ignore_ascii_case("detail") {
            return Ok((false, true));
        }
        Ok((self.bool("subs")?, false))
    }
}

/// `/gatewayz` options in nats-server's decoding order (`subs`, then `accs`); `acc_name`
/// implies `accs`.
pub fn gatewayz_options(q: &Query) -> Result<rnats_proto::monitor::GatewayzOptions, QueryError> {
    let (subscriptions, subscriptions_detail) = q.subs()?;
    let account_name = q.get("acc_name").to_string();
    let accounts = q.bool("accs")? || !account_name.is_empty();
    Ok(rnats_proto::monitor::GatewayzOptions {
        name: q.get("gw_name").to_string(),
        accounts,
        account_name,
        subscriptions,
        subscriptions_detail,
    })
}

/// `/connz` options in the order nats-server decodes them (the first failure is reported).
pub fn connz_options(q: &Query) -> Result<ConnzOptions, QueryError> {
    let sort = q.get("sort").to_string();
    let username = q.bool("auth")?;
    let (subscriptions, subscriptions_detail) = q.subs()?;
    let offset = q.int("offset")?;
    let limit = q.int("limit")?;
    let cid = q.uint64("cid")?;
    let state = q.state()?;
    Ok(ConnzOptions {
        sort,
        username,
        subscriptions,
        subscriptions_detail,
        offset,
        limit,
        cid,
        mqtt_client: q.get("mqtt_client").to_string(),
        state,
        user: q.get("user").to_string(),
        account: q.get("acc").to_string(),
    })
}

/// `/subsz` options.
pub fn subsz_options(q: &Query) -> Result<SubszOptions, QueryError> {
    let subscriptions = q.bool("subs")?;
    let offset = q.int("offset")?;
    let limit = q.int("limit")?;
    Ok(SubszOptions {
        offset,
        limit,
        subscriptions,
        account: q.get("acc").to_string(),
        test: q.get("test").to_string(),
    })
}

/// `/healthz` options; unknown parameters are ignored.
pub fn healthz_options(q: &Query) -> Result<HealthzOptions, QueryError> {
    Ok(HealthzOptions {
        js_enabled: q.bool("js-enabled")?,
        js_enabled_only: q.bool("js-enabled-only")?,
        js_server_only: q.bool("js-server-only")?,
        js_meta_only: q.bool("js-meta-only")?,
        details: q.bool("details")?,
        account: q.get("account").to_string(),
        stream: q.get("stream").to_string(),
        consumer: q.get("consumer").to_string(),
    })
}

/// Go's `url.QueryUnescape`: `%XX` and `+` as space; `None` on a malformed escape.
/// Invalid UTF-8 is replaced, which only changes the text of error messages.
pub fn query_unescape(s: &str) -> Option<String> {
    percent_decode(s, true)
}

/// Go's `url.PathUnescape` for request paths: `%XX`, `+` kept.
pub fn path_unescape(s: &str) -> Option<String> {
    percent_decode(s, false)
}

fn percent_decode(s: &str, plus_is_space: bool) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' => {
                let hi = b.get(i + 1).and_then(|c| (*c as char).to_digit(16))?;
                let lo = b.get(i + 2).and_then(|c| (*c as char).to_digit(16))?;
                out.push((hi * 16 + lo) as u8);
                i += 3;
            }
            b'+' if plus_is_space => {
                out.push(b' ');
                i += 1;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    Some(String::from_utf8_lossy(&out).into_owned())
}

/// Go's `strconv.ParseBool`.
pub fn parse_bool(s: &str) -> Result<bool, NumError> {
    match s {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => Ok(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => Ok(false),
        _ => Err(NumError {
            func: "ParseBool",
            num: s.to_string(),
            out_of_range: false,
        }),
    }
}

/// Go's `strconv.Atoi` on a 64-bit platform: optional sign, decimal digits, `int64` range.
pub fn atoi(s: &str) -> Result<i64, NumError> {
    let err = |out_of_range| NumError {
        func: "Atoi",
        num: s.to_string(),
        out_of_range,
    };
    let (neg, digits) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let magnitude = parse_digits(digits).map_err(err)?;
    let limit = if neg {
        i64::MIN.unsigned_abs()
    } else {
        i64::MAX as u64
    };
    if magnitude > limit {
        return Err(err(true));
    }
    Ok(if neg {
        0i64.wrapping_sub_unsigned(magnitude)
    } else {
        magnitude as i64
    })
}

/// Go's `strconv.ParseUint(s, 10, 64)`.
pub fn parse_uint(s: &str) -> Result<u64, NumError> {
    parse_digits(s).map_err(|out_of_range| NumError {
        func: "ParseUint",
        num: s.to_string(),
        out_of_range,
    })
}

/// Decimal digits to u64; `Err(false)` for a syntax error, `Err(true)` on overflow (reported as
/// soon as it happens, as Go does, even if a bad character follows).
fn parse_digits(s: &str) -> Result<u64, bool> {
    if s.is_empty() {
        return Err(false);
    }
    let mut n: u64 = 0;
    for c in s.bytes() {
        if !c.is_ascii_digit() {
            return Err(false);
        }
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(u64::from(c - b'0')))
            .ok_or(true)?;
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(s: &str) -> Query {
        Query::parse(s)
    }

    #[test]
    fn go_query_parsing() {
        let query = q("a=1&b=x+y&c=%2Bz&a=2&&d&e=%zz&f=1;g=2&h=%41");
        assert_eq!(query.get("a"), "1");
        assert_eq!(query.get("b"), "x y");
        assert_eq!(query.get("c"), "+z");
        assert_eq!(query.get("d"), "");
        assert_eq!(query.get("e"), "", "bad escape drops the pair");
        assert_eq!(query.get("f"), "", "semicolon drops the pair");
        assert_eq!(query.get("g"), "");
        assert_eq!(query.get("h"), "A");
        assert_eq!(query.get("missing"), "");
    }

    #[test]
    fn bools_like_strconv() {
        for t in ["1", "t", "T", "TRUE", "true", "True"] {
            assert_eq!(parse_bool(t), Ok(true));
        }
        for f in ["0", "f", "F", "FALSE", "false", "False"] {
            assert_eq!(parse_bool(f), Ok(false));
        }
        let err = q("auth=maybe").bool("auth").unwrap_err();
        assert_eq!(
            err.to_string(),
            r#"Error decoding boolean for 'auth': strconv.ParseBool: parsing "maybe": invalid syntax"#
        );
        assert!(q("auth=yes").bool("auth").is_err());
        assert!(q("auth=2").bool("auth").is_err());
        assert_eq!(q("auth=").bool("auth"), Ok(false));
    }

    #[test]
    fn ints_like_strconv() {
        assert_eq!(atoi("42"), Ok(42));
        assert_eq!(atoi("+7"), Ok(7));
        assert_eq!(atoi("-3"), Ok(-3));
        assert_eq!(atoi("-9223372036854775808"), Ok(i64::MIN));
        assert_eq!(atoi("9223372036854775807"), Ok(i64::MAX));
        assert!(atoi("9223372036854775808").unwrap_err().out_of_range);
        assert!(!atoi("+").unwrap_err().out_of_range);
        assert!(!atoi("1_000").unwrap_err().out_of_range);
        assert!(!atoi(" 1").unwrap_err().out_of_range);
        assert_eq!(
            q("offset=x").int("offset").unwrap_err().to_string(),
            r#"Error decoding int for 'offset': strconv.Atoi: parsing "x": invalid syntax"#
        );
        assert_eq!(
            q("limit=-x").int("limit").unwrap_err().to_string(),
            r#"Error decoding int for 'limit': strconv.Atoi: parsing "-x": invalid syntax"#
        );
        assert_eq!(
            q("offset=99999999999999999999")
                .int("offset")
                .unwrap_err()
                .to_string(),
            r#"Error decoding int for 'offset': strconv.Atoi: parsing "99999999999999999999": value out of range"#
        );
        assert_eq!(
            q("cid=-1").uint64("cid").unwrap_err().to_string(),
            r#"Error decoding uint64 for 'cid': strconv.ParseUint: parsing "-1": invalid syntax"#
        );
        assert_eq!(q("cid=18446744073709551615").uint64("cid"), Ok(u64::MAX));
        assert!(parse_uint("18446744073709551616").unwrap_err().out_of_range);
        assert!(
            parse_uint("99999999999999999999x")
                .unwrap_err()
                .out_of_range
        );
    }

    #[test]
    fn states() {
        for (s, want) in [
            ("", ConnState::Open),
            ("open", ConnState::Open),
            ("OPEN", ConnState::Open),
            ("closed", ConnState::Closed),
            ("any", ConnState::All),
            ("All", ConnState::All),
        ] {
            assert_eq!(q(&format!("state={s}")).state(), Ok(want));
        }
        assert_eq!(
            q("state=foo").state().unwrap_err().to_string(),
            "Error decoding state for foo"
        );
    }

    #[test]
    fn connz_query() {
        let o = connz_options(&q(
            "sort=bytes_to&auth=1&subs=detail&offset=5&limit=10&cid=7&state=closed&user=u&acc=A&mqtt_client=m",
        ))
        .unwrap();
        assert_eq!(
            o,
            ConnzOptions {
                sort: "bytes_to".into(),
                username: true,
                subscriptions: false,
                subscriptions_detail: true,
                offset: 5,
                limit: 10,
                cid: 7,
                mqtt_client: "m".into(),
                state: ConnState::Closed,
                user: "u".into(),
                account: "A".into(),
            }
        );
        let o = connz_options(&q("subs=DETAIL")).unwrap();
        assert!(o.subscriptions_detail);
        let o = connz_options(&q("subs=true")).unwrap();
        assert!(o.subscriptions && !o.subscriptions_detail);
        assert_eq!(connz_options(&q("")).unwrap(), ConnzOptions::default());
        // Sort is not checked here: an invalid value only fails once the request is counted.
        assert_eq!(connz_options(&q("sort=bogus")).unwrap().sort, "bogus");
        // The first bad parameter in nats-server's decoding order is reported.
        let err = connz_options(&q("state=x&cid=z&auth=q")).unwrap_err();
        assert!(matches!(err, QueryError::Bool { param: "auth", .. }));
        let err = connz_options(&q("state=x&cid=z")).unwrap_err();
        assert!(matches!(err, QueryError::Uint64 { param: "cid", .. }));
        let err = connz_options(&q("subs=yes")).unwrap_err();
        assert_eq!(
            err.to_string(),
            r#"Error decoding boolean for 'subs': strconv.ParseBool: parsing "yes": invalid syntax"#
        );
    }

    #[test]
    fn subsz_and_healthz_query() {
        let o = subsz_options(&q("subs=1&offset=2&limit=3&test=foo.bar&acc=%24G")).unwrap();
        assert_eq!(
            o,
            SubszOptions {
                offset: 2,
                limit: 3,
                subscriptions: true,
                account: "$G".into(),
                test: "foo.bar".into(),
            }
        );
        assert_eq!(
            subsz_options(&q("subs=2")).unwrap_err().to_string(),
            r#"Error decoding boolean for 'subs': strconv.ParseBool: parsing "2": invalid syntax"#
        );
        let h = healthz_options(&q("foo=bar&js-enabled-only=true&details=1&account=A")).unwrap();
        assert!(h.js_enabled_only && h.details && !h.js_server_only);
        assert_eq!(h.account, "A");
        assert_eq!(
            healthz_options(&q("details=x")).unwrap_err().to_string(),
            r#"Error decoding boolean for 'details': strconv.ParseBool: parsing "x": invalid syntax"#
        );
    }
}
