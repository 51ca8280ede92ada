//! Subject transforms: rewrite a published subject into another one, as nats-server's
//! `server/subject_transform.go` does for account subject mappings ([`Mappings`]), stream and
//! source subject transforms, republish and the subjects of imports and exports.
//!
//! A transform has a source pattern (`foo.*.>`; empty means `>`) and a destination whose tokens
//! are literals, `>` (the rest of the subject), `$N` (the N-th `*` of the source) or a mustache
//! function: `{{wildcard(N)}}`, `{{partition(n[,N...])}}`, `{{splitFromLeft(N,pos)}}`,
//! `{{splitFromRight(N,pos)}}`, `{{sliceFromLeft(N,size)}}`, `{{sliceFromRight(N,size)}}`,
//! `{{split(N,delim)}}`, `{{left(N,len)}}`, `{{right(N,len)}}` and `{{random(n)}}`. Function
//! names only accept either case on the first letter of each word (`splitfromleft`,
//! `SplitFromLeft`), as upstream's regular expressions do. [`SubjectTransform::new`] compiles
//! the destination once; [`SubjectTransform::apply`] then renders a subject without parsing.
//!
//! Upstream quirks kept on purpose, because they are observable on the wire:
//! - a wildcard index of 0 or below (`$0`, `{{partition(10,0)}}`) names the first subject
//!   token, not an error (Go reads a missing map key as 0);
//! - a source token starting with `*` (`foo.*bar`) matches any token there (`isSubsetMatch`
//!   only looks at the first byte), though it is no wildcard for the destination;
//! - `{{partition(n)}}` hashes the whole subject with its dots, `{{partition(n,1,2)}}` the
//!   named tokens concatenated without a separator, with 32-bit FNV-1a;
//! - a literal source ignores partition's token arguments and rejects every function other
//!   than partition and random;
//! - partition and random take their count as Go's `int32()` does (values below `MinInt32`
//!   wrap), and a negative partition count divides by its `uint32` (`-1` is 2^32-1).
//!
//! Where upstream would panic (a function reading a token the subject does not have, possible
//! only through the unchecked [`SubjectTransform::transform`]), the missing token reads as empty.

mod mappings;
#[cfg(test)]
mod tests;

pub(crate) use mappings::validate_destination;
pub use mappings::Mappings;

use std::fmt;

use memchr::memmem;

use rnats_proto::kit::format::go_quote;

/// Why a transform or a mapping was refused. Display texts are upstream's error texts
/// (`server/errors.go`, `server/accounts.go`); `token` is the offending destination token
/// (upstream's `mappingDestinationErr`), shown as `… in TOKEN` unless empty.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TransformError {
    /// An invalid source or destination subject, a `*` in the destination, or `>` on one side
    /// only (upstream `ErrBadSubject`).
    #[error("invalid subject")]
    BadSubject,
    /// A mapping destination token that is empty, follows `>` or holds whitespace
    /// (`ErrInvalidMappingDestinationSubject`).
    #[error("invalid mapping destination: invalid transform{}", InToken(.token))]
    InvalidTransform {
        /// The offending token ("" when upstream names none).
        token: String,
    },
    /// A strict transform whose destination leaves a source wildcard unused
    /// (`ErrMappingDestinationNotUsingAllWildcards`).
    #[error("invalid mapping destination: not using all of the token wildcard(s){}", InToken(.token))]
    NotUsingAllWildcards {
        /// The whole destination.
        token: String,
    },
    /// A `{{...}}` token naming no known function (`ErrUnknownMappingDestinationFunction`).
    #[error("invalid mapping destination: unknown function{}", InToken(.token))]
    UnknownFunction {
        /// The offending token.
        token: String,
    },
    /// A wildcard index above the source's `*` count, or a wildcard function with a literal
    /// source (`ErrMappingDestinationIndexOutOfRange`).
    #[error("invalid mapping destination: wildcard index out of range{}", InToken(.token))]
    IndexOutOfRange {
        /// The offending token, followed by `: [N]` when an index is out of range.
        token: String,
    },
    /// Too few function arguments (`ErrMappingDestinationNotEnoughArgs`).
    #[error("invalid mapping destination: not enough arguments passed to the function{}", InToken(.token))]
    NotEnoughArgs {
        /// The offending token.
        token: String,
    },
    /// A function argument that is not a number, or a bad split delimiter
    /// (`ErrMappingDestinationInvalidArg`).
    #[error("invalid mapping destination: function argument is invalid or in the wrong format{}", InToken(.token))]
    InvalidArg {
        /// The offending token.
        token: String,
    },
    /// Too many function arguments (`ErrMappingDestinationTooManyArgs`).
    #[error("invalid mapping destination: too many arguments passed to the function{}", InToken(.token))]
    TooManyArgs {
        /// The offending token.
        token: String,
    },
    /// A function other than `wildcard` in a strict (import) transform
    /// (`ErrMappingDestinationNotSupportedForImport`).
    #[error("invalid mapping destination: the only mapping function allowed for import transforms is {{{{Wildcard()}}}}{}", InToken(.token))]
    NotSupportedForImport {
        /// The offending token.
        token: String,
    },
    /// The same destination subject twice in one mapping.
    #[error("duplicate entry for {}", go_quote(.subject))]
    DuplicateEntry {
        /// The repeated destination.
        subject: String,
    },
    /// A mapping destination weighing more than 100%.
    #[error("individual weights need to be <= 100")]
    WeightTooLarge,
    /// A mapping's destinations (per cluster) weighing more than 100% together.
    #[error("total weight needs to be <= 100")]
    TotalWeightTooLarge,
}

impl TransformError {
    /// Whether upstream's `errors.Is(err, ErrInvalidMappingDestination)` holds: every
    /// destination error, not [`TransformError::BadSubject`] nor the weight checks.
    pub fn is_invalid_destination(&self) -> bool {
        !matches!(
            self,
            TransformError::BadSubject
                | TransformError::DuplicateEntry { .. }
                | TransformError::WeightTooLarge
                | TransformError::TotalWeightTooLarge
        )
    }
}

/// `mappingDestinationErr.Error`: ` in TOKEN`, or nothing for an empty token.
struct InToken<'a>(&'a str);

impl fmt::Display for InToken<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            Ok(())
        } else {
            write!(f, " in {}", self.0)
        }
    }
}

/// A compiled subject transform (upstream `subjectTransform`).
#[derive(Debug, Clone)]
pub struct SubjectTransform {
    src: String,
    dest: String,
    kind: Kind,
    /// Source tokens, for subset matching.
    src_tokens: Vec<Box<[u8]>>,
    /// What each destination token renders.
    ops: Vec<Op>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Built from an empty destination: upstream builds no transform at all (nil).
    Noop,
    /// `>` to `>`: every subject as it is, valid or not (upstream `Match`'s special case).
    Identity,
    /// Source `>`: every valid literal subject matches.
    All,
    /// Subjects matching the source tokens.
    Pattern,
}

/// One destination token, resolved against the source: indexes are subject token positions.
#[derive(Debug, Clone)]
enum Op {
    Literal(Box<[u8]>),
    /// `>`: the subject's tokens from `tail` on (the source's `>` position).
    Tail(usize),
    Wildcard(usize),
    /// Hash of the named tokens concatenated, or of the whole subject when `keys` is empty.
    Partition {
        buckets: i32,
        keys: Vec<usize>,
    },
    SplitFromLeft(usize, i32),
    SplitFromRight(usize, i32),
    SliceFromLeft(usize, i32),
    SliceFromRight(usize, i32),
    Left(usize, i32),
    Right(usize, i32),
    Split(usize, Box<[u8]>),
    Random(i32),
}

impl SubjectTransform {
    /// Compiles a transform from `src` (empty means `>`) to `dest` (upstream
    /// `NewSubjectTransform`). Every `*` of the source may be used by the destination, in any
    /// order, any number of times, or not at all; `>` must be on both sides or neither.
    ///
    /// An empty `dest` is upstream's nil transform, which callers skip: the result validates
    /// nothing, [`matches`](Self::matches) nothing, and [`transform`](Self::transform) returns
    /// the subject unchanged ([`is_noop`](Self::is_noop) tells).
    pub fn new(src: &str, dest: &str) -> Result<Self, TransformError> {
        Self::build(src, dest, false)
    }

    /// The strict form used for imports, exports and stream sources (upstream
    /// `NewSubjectTransformStrict`): the destination may use only `$N` / `{{wildcard(N)}}` and
    /// must place as many wildcards as the source has `*` (a repeated one counts each time).
    pub fn new_strict(src: &str, dest: &str) -> Result<Self, TransformError> {
        Self::build(src, dest, true)
    }

    /// The source pattern (`>` when built from an empty one).
    pub fn source(&self) -> &str {
        &self.src
    }

    /// The destination as configured.
    pub fn destination(&self) -> &str {
        &self.dest
    }

    /// Whether this was built from an empty destination (upstream: no transform at all).
    pub fn is_noop(&self) -> bool {
        self.kind == Kind::Noop
    }

    /// Whether [`apply`](Self::apply) would transform `subject`: it is a literal subject without
    /// empty tokens matching the source (upstream `Match` not failing).
    pub fn matches(&self, subject: &[u8]) -> bool {
        match self.kind {
            Kind::Noop => false,
            Kind::Identity => true,
            Kind::All | Kind::Pattern => self.matches_tokens(Tokens::new(subject).as_slice()),
        }
    }

    /// The transformed subject, or None when `subject` does not match the source (upstream
    /// `Match`).
    pub fn apply(&self, subject: &[u8]) -> Option<Vec<u8>> {
        match self.kind {
            Kind::Noop => None,
            Kind::Identity => Some(subject.to_vec()),
            Kind::All | Kind::Pattern => {
                let tokens = Tokens::new(subject);
                let tokens = tokens.as_slice();
                self.matches_tokens(tokens)
                    .then(|| self.render(tokens, subject.len()))
            }
        }
    }

    /// Transforms `subject` without checking that it matches the source (upstream
    /// `TransformSubject`, used once the match is known, as for imports).
    pub fn transform(&self, subject: &[u8]) -> Vec<u8> {
        if matches!(self.kind, Kind::Noop | Kind::Identity) {
            return subject.to_vec();
        }
        self.render(Tokens::new(subject).as_slice(), subject.len())
    }

    /// The transform back from the destination to the source, for the replies of imports
    /// (upstream `reverse`); None when that is not a valid strict transform.
    pub fn reverse(&self) -> Option<SubjectTransform> {
        if self.kind == Kind::Noop {
            return None;
        }
        let (nsrc, mut placeholders) = untokenize(&self.dest);
        placeholders.reverse();
        let mut ndest = Vec::new();
        for token in self.src.split('.') {
            if token == "*" {
                ndest.push(placeholders.pop()?);
            } else {
                ndest.push(token);
            }
        }
        SubjectTransform::new_strict(&nsrc, &ndest.join(".")).ok()
    }

    fn build(src: &str, dest: &str, strict: bool) -> Result<Self, TransformError> {
        let src = if src.is_empty() { ">" } else { src };
        if dest.is_empty() {
            return Ok(SubjectTransform {
                src: src.to_owned(),
                dest: String::new(),
                kind: Kind::Noop,
                src_tokens: Vec::new(),
                ops: Vec::new(),
            });
        }
        let (Some(s), Some(d)) = (SubjectInfo::of(src), SubjectInfo::of(dest)) else {
            return Err(TransformError::BadSubject);
        };
        if d.pwcs > 0 || s.fwc != d.fwc {
            return Err(TransformError::BadSubject);
        }
        // Subject token position of each `*`, in order: `$N` reads `pwc_at[N-1]`.
        let pwc_at: Vec<usize> = src
            .split('.')
            .enumerate()
            .filter(|(_, t)| *t == "*")
            .map(|(i, _)| i)
            .collect();
        let src_count = s.tokens;
        let wildcards = s.pwcs > 0 || s.fwc;
        // Upstream reads a missing index from a map, so 0 and below name token 0.
        let position = |index: i64| -> usize {
            usize::try_from(index)
                .ok()
                .and_then(|i| i.checked_sub(1))
                .and_then(|i| pwc_at.get(i).copied())
                .unwrap_or(0)
        };
        let mut ops = Vec::with_capacity(d.tokens);
        let mut placed = 0usize;
        for token in dest.split('.') {
            let func = parse_token(token)?;
            if !wildcards {
                // A literal source: only literals and the functions that need no token.
                ops.push(match func {
                    Func::Literal if token == ">" => Op::Tail(src_count - 1),
                    Func::Literal => Op::Literal(token.as_bytes().into()),
                    Func::Partition { buckets, .. } => Op::Partition {
                        buckets,
                        keys: Vec::new(),
                    },
                    Func::Random(n) => Op::Random(n),
                    _ => {
                        return Err(TransformError::IndexOutOfRange {
                            token: token.to_owned(),
                        })
                    }
                });
                continue;
            }
            if strict && !matches!(func, Func::Literal | Func::Wildcard(_)) {
                return Err(TransformError::NotSupportedForImport {
                    token: token.to_owned(),
                });
            }
            let indexes = func.indexes();
            placed += indexes.len();
            let mut at = Vec::with_capacity(indexes.len());
            for &index in indexes {
                if index > s.pwcs as i64 {
                    return Err(TransformError::IndexOutOfRange {
                        token: format!("{token}: [{index}]"),
                    });
                }
                at.push(position(index));
            }
            let first = at.first().copied().unwrap_or(0);
            ops.push(match func {
                Func::Literal if token == ">" => Op::Tail(src_count - 1),
                Func::Literal => Op::Literal(token.as_bytes().into()),
                Func::Wildcard(_) => Op::Wildcard(first),
                Func::Partition { buckets, .. } => Op::Partition { buckets, keys: at },
                Func::Indexed(f, _, arg) => f.op(first, arg),
                Func::Split(_, sep) => Op::Split(first, sep.into()),
                Func::Random(n) => Op::Random(n),
            });
        }
        if strict && wildcards && placed < s.pwcs {
            return Err(TransformError::NotUsingAllWildcards {
                token: dest.to_owned(),
            });
        }
        let kind = match (src, dest) {
            (">", ">") => Kind::Identity,
            (">", _) => Kind::All,
            _ => Kind::Pattern,
        };
        Ok(SubjectTransform {
            src: src.to_owned(),
            dest: dest.to_owned(),
            kind,
            src_tokens: src.split('.').map(|t| t.as_bytes().into()).collect(),
            ops,
        })
    }

    /// Upstream `Match` past its special case: a valid literal subject, subset-matching the source.
    fn matches_tokens(&self, tokens: &[&[u8]]) -> bool {
        is_valid_literal(tokens)
            && (self.kind == Kind::All || is_subset_match(tokens, &self.src_tokens))
    }

    /// Upstream `TransformTokenizedSubject`.
    fn render(&self, tokens: &[&[u8]], hint: usize) -> Vec<u8> {
        let token = |i: usize| -> &[u8] { tokens.get(i).copied().unwrap_or_default() };
        let mut out = Vec::with_capacity(hint + self.dest.len());
        let last = self.ops.len().saturating_sub(1);
        for (i, op) in self.ops.iter().enumerate() {
            match op {
                Op::Literal(lit) => out.extend_from_slice(lit),
                Op::Tail(from) => {
                    // `>` is always last: the dot before it is already written.
                    if let Some(rest) = tokens.get(*from..) {
                        join_into(&mut out, rest);
                    }
                    break;
                }
                Op::Wildcard(at) => out.extend_from_slice(token(*at)),
                Op::Partition { buckets, keys } => {
                    let hash = if keys.is_empty() {
                        fnv1a_32_joined(tokens)
                    } else {
                        keys.iter().fold(FNV_OFFSET, |h, &k| fnv1a_32(h, token(k)))
                    };
                    // Upstream: `h % uint32(n)`, with n an int32 (so -1 wraps to 2^32-1).
                    let n = if *buckets == 0 {
                        0
                    } else {
                        hash % (*buckets as u32)
                    };
                    push_decimal(&mut out, u64::from(n));
                }
                Op::SplitFromLeft(at, pos) => {
                    let t = token(*at);
                    match usize::try_from(*pos) {
                        Ok(p) if p > 0 && p < t.len() => {
                            out.extend_from_slice(&t[..p]);
                            out.push(b'.');
                            out.extend_from_slice(&t[p..]);
                        }
                        _ => out.extend_from_slice(t),
                    }
                }
                Op::SplitFromRight(at, pos) => {
                    let t = token(*at);
                    match usize::try_from(*pos) {
                        Ok(p) if p > 0 && p < t.len() => {
                            let cut = t.len() - p;
                            out.extend_from_slice(&t[..cut]);
                            out.push(b'.');
                            out.extend_from_slice(&t[cut..]);
                        }
                        _ => out.extend_from_slice(t),
                    }
                }
                Op::SliceFromLeft(at, size) => {
                    let t = token(*at);
                    match usize::try_from(*size) {
                        Ok(n) if n > 0 && n < t.len() => {
                            // Full slices from the left; a shorter remainder ends it.
                            for (j, chunk) in t.chunks(n).enumerate() {
                                if j > 0 {
                                    out.push(b'.');
                                }
                                out.extend_from_slice(chunk);
                            }
                        }
                        _ => out.extend_from_slice(t),
                    }
                }
                Op::SliceFromRight(at, size) => {
                    let t = token(*at);
                    match usize::try_from(*size) {
                        Ok(n) if n > 0 && n < t.len() => {
                            // A shorter remainder first, then full slices.
                            let rem = t.len() % n;
                            if rem > 0 {
                                out.extend_from_slice(&t[..rem]);
                                out.push(b'.');
                            }
                            for (j, chunk) in t[rem..].chunks(n).enumerate() {
                                if j > 0 {
                                    out.push(b'.');
                                }
                                out.extend_from_slice(chunk);
                            }
                        }
                        _ => out.extend_from_slice(t),
                    }
                }
                Op::Left(at, len) => {
                    let t = token(*at);
                    match usize::try_from(*len) {
                        Ok(n) if n > 0 && n < t.len() => out.extend_from_slice(&t[..n]),
                        _ => out.extend_from_slice(t),
                    }
                }
                Op::Right(at, len) => {
                    let t = token(*at);
                    match usize::try_from(*len) {
                        Ok(n) if n > 0 && n < t.len() => out.extend_from_slice(&t[t.len() - n..]),
                        _ => out.extend_from_slice(t),
                    }
                }
                Op::Split(at, sep) => split_into(&mut out, token(*at), sep),
                Op::Random(ceiling) => {
                    let n = if *ceiling == 0 {
                        0
                    } else {
                        // Go: `int(rand.Int31()) % ceiling`, the sign of the dividend.
                        i64::from(fastrand::i32(0..)) % i64::from(*ceiling)
                    };
                    push_decimal(&mut out, n.unsigned_abs());
                }
            }
            if i < last {
                out.push(b'.');
            }
        }
        out
    }
}

/// `foo.*.*` → `foo.$1.$2`: the destination mapping a pattern onto itself (upstream
/// `transformTokenize`, used for imports and for the unmapped remainder of a mapping).
pub fn tokenize_wildcards(subject: &str) -> String {
    let mut n = 0;
    let tokens: Vec<String> = subject
        .split('.')
        .map(|t| {
            if t == "*" {
                n += 1;
                format!("${n}")
            } else {
                t.to_owned()
            }
        })
        .collect();
    tokens.join(".")
}

/// `foo.$2.{{wildcard(1)}}` → (`foo.*.*`, [`$2`, `{{wildcard(1)}}`]) (upstream
/// `transformUntokenize`).
fn untokenize(dest: &str) -> (String, Vec<&str>) {
    let mut placeholders = Vec::new();
    let mut tokens = Vec::new();
    for token in dest.split('.') {
        let b = token.as_bytes();
        let dollar = b.len() > 1 && b[0] == b'$' && (b'1'..=b'9').contains(&b[1]);
        let wildcard = function_args(b, "Wildcard").is_some_and(|a| {
            let args = split_args(a);
            args.len() == 1 && !args[0].is_empty()
        });
        if dollar || wildcard {
            placeholders.push(token);
            tokens.push("*");
        } else {
            tokens.push(token);
        }
    }
    (tokens.join("."), placeholders)
}

/// Upstream `subjectInfo`: token count, `*` count and `>`; None when a token is empty or
/// follows `>` (whitespace is not checked).
struct SubjectInfo {
    tokens: usize,
    pwcs: usize,
    fwc: bool,
}

impl SubjectInfo {
    fn of(subject: &str) -> Option<SubjectInfo> {
        let mut info = SubjectInfo {
            tokens: 0,
            pwcs: 0,
            fwc: false,
        };
        for t in subject.split('.') {
            if t.is_empty() || info.fwc {
                return None;
            }
            info.tokens += 1;
            match t {
                ">" => info.fwc = true,
                "*" => info.pwcs += 1,
                _ => {}
            }
        }
        Some(info)
    }
}

/// A destination token as written, before it is resolved against the source.
#[derive(Debug)]
enum Func {
    Literal,
    Wildcard(i64),
    Partition { buckets: i32, indexes: Vec<i64> },
    Indexed(IndexedFn, [i64; 1], i32),
    Split([i64; 1], Vec<u8>),
    Random(i32),
}

/// The functions of one wildcard index and one int32 argument.
#[derive(Debug, Clone, Copy)]
enum IndexedFn {
    SplitFromLeft,
    SplitFromRight,
    SliceFromLeft,
    SliceFromRight,
    Left,
    Right,
}

impl IndexedFn {
    fn op(self, at: usize, arg: i32) -> Op {
        match self {
            IndexedFn::SplitFromLeft => Op::SplitFromLeft(at, arg),
            IndexedFn::SplitFromRight => Op::SplitFromRight(at, arg),
            IndexedFn::SliceFromLeft => Op::SliceFromLeft(at, arg),
            IndexedFn::SliceFromRight => Op::SliceFromRight(at, arg),
            IndexedFn::Left => Op::Left(at, arg),
            IndexedFn::Right => Op::Right(at, arg),
        }
    }
}

impl Func {
    /// The wildcard indexes the function reads (upstream's "token index arguments").
    fn indexes(&self) -> &[i64] {
        match self {
            Func::Literal | Func::Random(_) => &[],
            Func::Wildcard(i) => std::slice::from_ref(i),
            Func::Partition { indexes, .. } => indexes,
            Func::Indexed(_, i, _) | Func::Split(i, _) => i,
        }
    }
}

/// Function names in the order upstream tries them, spelled so that an upper-case letter
/// accepts either case (`[sS]plit[fF]rom[lL]eft`) and a lower-case one only itself.
const INDEXED_FUNCTIONS: [(&str, IndexedFn); 6] = [
    ("SplitFromLeft", IndexedFn::SplitFromLeft),
    ("SplitFromRight", IndexedFn::SplitFromRight),
    ("SliceFromLeft", IndexedFn::SliceFromLeft),
    ("SliceFromRight", IndexedFn::SliceFromRight),
    ("Right", IndexedFn::Right),
    ("Left", IndexedFn::Left),
];

/// Reads one destination token (upstream `indexPlaceHolders`).
fn parse_token(token: &str) -> Result<Func, TransformError> {
    let b = token.as_bytes();
    if b.len() < 2 {
        return Ok(Func::Literal);
    }
    if b[0] == b'$' {
        // `$N`; anything else starting with `$` is a literal (`$JS`, `$foo`).
        return Ok(match go_atoi(&b[1..]) {
            Some(n) => Func::Wildcard(n),
            None => Func::Literal,
        });
    }
    if !(b.len() > 4 && b.starts_with(b"{{") && b.ends_with(b"}}")) {
        return Ok(Func::Literal);
    }
    let err = |kind: fn(String) -> TransformError| Err(kind(token.to_owned()));
    let not_enough = |token| TransformError::NotEnoughArgs { token };
    let too_many = |token| TransformError::TooManyArgs { token };
    let invalid = |token| TransformError::InvalidArg { token };

    if let Some(args) = function_args(b, "Wildcard") {
        let args = split_args(args);
        return match args.as_slice() {
            [[]] => err(not_enough),
            [a] => match go_atoi(trim_spaces(a)) {
                Some(n) => Ok(Func::Wildcard(n)),
                None => err(invalid),
            },
            _ => err(too_many),
        };
    }
    if let Some(args) = function_args(b, "Partition") {
        let args = split_args(args);
        let Some(buckets) = go_atoi(trim_spaces(args[0])).and_then(int32_arg) else {
            return err(invalid);
        };
        let mut indexes = Vec::with_capacity(args.len() - 1);
        for a in &args[1..] {
            match go_atoi(trim_spaces(a)) {
                Some(i) => indexes.push(i),
                None => return err(invalid),
            }
        }
        return Ok(Func::Partition { buckets, indexes });
    }
    for (name, f) in INDEXED_FUNCTIONS {
        if let Some(args) = function_args(b, name) {
            let args = split_args(args);
            return match args.as_slice() {
                [_] => err(not_enough),
                [i, n] => {
                    let i = go_atoi(trim_spaces(i));
                    let n = std::str::from_utf8(trim_spaces(n))
                        .ok()
                        .and_then(|s| s.parse::<i32>().ok());
                    match (i, n) {
                        (Some(i), Some(n)) => Ok(Func::Indexed(f, [i], n)),
                        _ => err(invalid),
                    }
                }
                _ => err(too_many),
            };
        }
    }
    if let Some(args) = function_args(b, "Split") {
        let args = split_args(args);
        return match args.as_slice() {
            [_] => err(not_enough),
            [i, sep] => match go_atoi(trim_spaces(i)) {
                // The delimiter is not trimmed; it may not hold a space or a dot.
                Some(i) if !sep.contains(&b' ') && !sep.contains(&b'.') => {
                    Ok(Func::Split([i], sep.to_vec()))
                }
                _ => err(invalid),
            },
            _ => err(too_many),
        };
    }
    if let Some(args) = function_args(b, "Random") {
        let args = split_args(args);
        return match args.as_slice() {
            [n] => match go_atoi(trim_spaces(n)).and_then(int32_arg) {
                Some(n) => Ok(Func::Random(n)),
                None => err(invalid),
            },
            // Upstream says "not enough" for too many as well.
            _ => err(not_enough),
        };
    }
    err(|token| TransformError::UnknownFunction { token })
}

/// Upstream rejects values above `math.MaxInt32` and converts with `int32()`, which wraps
/// values below `math.MinInt32`.
fn int32_arg(n: i64) -> Option<i32> {
    (n <= i64::from(i32::MAX)).then_some(n as i32)
}

/// Go `strconv.Atoi` (64-bit `int`): optional sign, decimal digits, no spaces.
fn go_atoi(s: &[u8]) -> Option<i64> {
    std::str::from_utf8(s).ok()?.parse().ok()
}

/// Go `strings.Trim(s, " ")`.
fn trim_spaces(mut s: &[u8]) -> &[u8] {
    while let [b' ', rest @ ..] = s {
        s = rest;
    }
    while let [rest @ .., b' '] = s {
        s = rest;
    }
    s
}

/// Go's regexp `\s`.
fn is_go_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ')
}

fn skip_spaces(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|&&b| is_go_space(b)).count();
    &s[n..]
}

/// The argument text of `name`'s call in `token`, found as upstream's unanchored
/// `{{\s*name\s*\((.*)\)\s*}}` finds it: the leftmost `{{` that starts a match, then the
/// longest argument text (which, like Go's `.`, holds no newline).
fn function_args<'a>(token: &'a [u8], name: &str) -> Option<&'a [u8]> {
    let mut from = 0;
    while let Some(at) = memmem::find(&token[from..], b"{{") {
        let start = from + at;
        if let Some(args) = function_args_at(&token[start + 2..], name) {
            return Some(args);
        }
        from = start + 1;
    }
    None
}

fn function_args_at<'a>(s: &'a [u8], name: &str) -> Option<&'a [u8]> {
    let s = skip_spaces(s);
    let name = name.as_bytes();
    let head = s.get(..name.len())?;
    let same = head.iter().zip(name).all(|(&c, &n)| {
        if n.is_ascii_uppercase() {
            c.to_ascii_uppercase() == n
        } else {
            c == n
        }
    });
    if !same {
        return None;
    }
    let s = skip_spaces(&s[name.len()..]).strip_prefix(b"(")?;
    let limit = memchr::memchr(b'\n', s).unwrap_or(s.len());
    (0..limit)
        .rev()
        .find(|&e| s[e] == b')' && skip_spaces(&s[e + 1..]).starts_with(b"}}"))
        .map(|e| &s[..e])
}

/// Upstream splits arguments with the regexp `,\s*`.
fn split_args(mut s: &[u8]) -> Vec<&[u8]> {
    let mut args = Vec::new();
    while let Some(i) = memchr::memchr(b',', s) {
        args.push(&s[..i]);
        s = skip_spaces(&s[i + 1..]);
    }
    args.push(s);
    args
}

/// Upstream `isValidLiteralSubject` over tokens: none empty, none a wildcard.
fn is_valid_literal(tokens: &[&[u8]]) -> bool {
    tokens
        .iter()
        .all(|t| !t.is_empty() && *t != b"*" && *t != b">")
}

/// Upstream `isSubsetMatchTokenized(tokens, test)`: whether the subject `tokens` (which may
/// hold wildcards themselves) fall within the pattern `test`. A pattern token starting with
/// `*` matches any literal token, as upstream only checks its first byte.
pub(crate) fn is_subset_match<T: AsRef<[u8]>>(tokens: &[&[u8]], test: &[T]) -> bool {
    for (i, t2) in test.iter().enumerate() {
        let t2 = t2.as_ref();
        let Some(&t1) = tokens.get(i) else {
            return false;
        };
        if t2.is_empty() {
            return false;
        }
        if t2 == b">" {
            return true;
        }
        if t1.is_empty() || t1 == b">" {
            return false;
        }
        if t1 == b"*" {
            if t2 != b"*" {
                return false;
            }
            continue;
        }
        if t2[0] != b'*' && t1 != t2 {
            return false;
        }
    }
    tokens.len() == test.len()
}

const FNV_OFFSET: u32 = 0x811c_9dc5;
const FNV_PRIME: u32 = 0x0100_0193;

/// FNV-1a 32 (Go `hash/fnv.New32a`) continued from `h` over `bytes`.
fn fnv1a_32(h: u32, bytes: &[u8]) -> u32 {
    bytes
        .iter()
        .fold(h, |h, &b| (h ^ u32::from(b)).wrapping_mul(FNV_PRIME))
}

/// FNV-1a 32 of the tokens joined with dots, without joining them.
fn fnv1a_32_joined(tokens: &[&[u8]]) -> u32 {
    let mut h = FNV_OFFSET;
    for (i, t) in tokens.iter().enumerate() {
        if i > 0 {
            h = fnv1a_32(h, b".");
        }
        h = fnv1a_32(h, t);
    }
    h
}

fn join_into(out: &mut Vec<u8>, tokens: &[&[u8]]) {
    for (i, t) in tokens.iter().enumerate() {
        if i > 0 {
            out.push(b'.');
        }
        out.extend_from_slice(t);
    }
}

fn push_decimal(out: &mut Vec<u8>, n: u64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    let mut n = n;
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&buf[i..]);
}

/// `{{split(N,sep)}}`: the token's pieces between delimiters, empty pieces dropped (upstream
/// quirk kept: pieces after two or more leading delimiters start with a dot).
fn split_into(out: &mut Vec<u8>, token: &[u8], sep: &[u8]) {
    let pieces = go_split(token, sep);
    for (j, piece) in pieces.iter().enumerate() {
        out.extend_from_slice(piece);
        let next_nonempty = pieces.get(j + 1).is_some_and(|p| !p.is_empty());
        if next_nonempty && !(j == 0 && piece.is_empty()) {
            out.push(b'.');
        }
    }
}

/// Go `strings.Split`: an empty separator splits into UTF-8 sequences (each invalid byte on
/// its own).
fn go_split<'a>(s: &'a [u8], sep: &[u8]) -> Vec<&'a [u8]> {
    if sep.is_empty() {
        let mut pieces = Vec::new();
        let mut rest = s;
        for chunk in s.utf8_chunks() {
            for c in chunk.valid().chars() {
                let (piece, tail) = rest.split_at(c.len_utf8());
                pieces.push(piece);
                rest = tail;
            }
            for _ in chunk.invalid() {
                let (piece, tail) = rest.split_at(1);
                pieces.push(piece);
                rest = tail;
            }
        }
        return pieces;
    }
    let mut pieces = Vec::new();
    let mut start = 0;
    for at in memmem::find_iter(s, sep) {
        pieces.push(&s[start..at]);
        start = at + sep.len();
    }
    pieces.push(&s[start..]);
    pieces
}

/// A subject split at its dots, without allocating for up to 32 tokens (as upstream).
struct Tokens<'a> {
    inline: [&'a [u8]; 32],
    len: usize,
    /// All the tokens when there are more than `inline` holds.
    heap: Vec<&'a [u8]>,
}

impl<'a> Tokens<'a> {
    fn new(subject: &'a [u8]) -> Self {
        let mut tokens = Tokens {
            inline: [&[]; 32],
            len: 0,
            heap: Vec::new(),
        };
        for t in subject.split(|&b| b == b'.') {
            if tokens.len == tokens.inline.len() {
                tokens.heap = subject.split(|&b| b == b'.').collect();
                break;
            }
            tokens.inline[tokens.len] = t;
            tokens.len += 1;
        }
        tokens
    }

    fn as_slice(&self) -> &[&'a [u8]] {
        if self.heap.is_empty() {
            &self.inline[..self.len]
        } else {
            &self.heap
        }
    }
}
