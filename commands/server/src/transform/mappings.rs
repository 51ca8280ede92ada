//! An account's subject mappings (the `mappings {}` block; nats-server `server/accounts.go`:
//! `AddWeightedMappings`, `selectMappedSubject`): a client's publish to a mapped subject is
//! delivered to one destination, picked by weight, instead. The connection calls
//! [`Mappings::map`] once per inbound message before routing; building them (and upstream's
//! `ValidateMapping` checks) happens once per configuration.
//!
//! Weights are percentages. When a mapping's destinations weigh less than 100 in total, the
//! rest goes to the source subject itself unless the source is one of the destinations; then
//! the rest is dropped (loss injection), which [`Mappings::map`] reports as an empty subject.
//!
//! Destinations scoped to a `cluster` apply only to servers of that cluster. rnats has no
//! cluster name yet, so [`Mappings::map`] behaves as nats-server without one: the scoped
//! destinations are validated and kept, and the unscoped ones apply.

use super::{is_subset_match, tokenize_wildcards, SubjectTransform, Tokens, TransformError};
use crate::auth::options::MappingConfig;

/// An account's subject mappings, in configuration order.
#[derive(Debug, Default, Clone)]
pub struct Mappings {
    entries: Vec<Mapping>,
}

/// One source subject and its destinations (upstream `mapping`).
#[derive(Debug, Clone)]
struct Mapping {
    source: String,
    source_tokens: Vec<Box<[u8]>>,
    /// Whether the source has a `*` or `>` token.
    wildcard: bool,
    dests: Vec<Destination>,
    /// Destinations scoped to a cluster, by cluster name (never "").
    cluster_dests: Vec<(String, Vec<Destination>)>,
}

/// A weighted destination; `weight` is cumulative once the list is built, so a draw `w` in
/// 0..100 picks the first destination with `w < weight`.
#[derive(Debug, Clone)]
struct Destination {
    transform: SubjectTransform,
    weight: u8,
    /// Added for the unmapped remainder: the subject stays as it is.
    remainder: bool,
}

impl Mappings {
    /// Builds the mappings of one account. A source given twice keeps its first place and
    /// its last destinations, as upstream's `AddWeightedMappings` replaces an existing one.
    pub fn new(cfg: &[MappingConfig]) -> Result<Self, TransformError> {
        let mut mappings = Mappings::default();
        for m in cfg {
            mappings.add(m)?;
        }
        Ok(mappings)
    }

    /// Adds or replaces one mapping (upstream `AddWeightedMappings`). Upstream's configuration
    /// loader words a failure as `Error adding mapping for "SRC" to "DEST" : ERR` for a plain
    /// destination and `Error adding mapping for "SRC" : ERR` for a list, after checking the
    /// source itself (`Subject "SRC" is not a valid subject`).
    pub fn add(&mut self, cfg: &MappingConfig) -> Result<(), TransformError> {
        let mapping = Mapping::new(cfg)?;
        match self.entries.iter_mut().find(|m| m.source == mapping.source) {
            Some(existing) => *existing = mapping,
            None => self.entries.push(mapping),
        }
        Ok(())
    }

    /// Whether there are no mappings.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// How many source subjects are mapped.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// The mapped source subjects, in order.
    pub fn sources(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|m| m.source.as_str())
    }

    /// The subject a publish to `subject` goes to: None when no mapping applies (or the weighted
    /// pick falls in the unmapped remainder, which keeps the original subject as upstream).
    ///
    /// `Some` of an empty subject means the message is dropped: the pick fell in the remainder
    /// of a mapping that lists its own source (upstream maps it to "", which matches no
    /// subscription). The first mapping whose source matches wins, in configuration order
    /// (upstream keeps insertion order too, but loads a configuration's mappings from a Go map,
    /// so the order among overlapping sources is unspecified there). Weighted choice uses
    /// fastrand.
    pub fn map(&self, subject: &[u8]) -> Option<Vec<u8>> {
        self.map_in_cluster(subject, "")
    }

    /// [`map`](Self::map) for a server of cluster `cluster` ("" for none): destinations scoped
    /// to that cluster replace the unscoped ones when there are any.
    pub fn map_in_cluster(&self, subject: &[u8], cluster: &str) -> Option<Vec<u8>> {
        // Upstream splits the subject only once a mapping needs it; a literal mapping found
        // before that renders from no tokens at all, so its `{{partition(n)}}` hashes "".
        // Kept so that partitions agree with nats-server.
        let mut tokens: Option<Tokens<'_>> = None;
        let mut found = None;
        for m in &self.entries {
            if !m.wildcard && m.source.as_bytes() == subject {
                found = Some(m);
                break;
            }
            let t = tokens.get_or_insert_with(|| Tokens::new(subject));
            if is_subset_match(t.as_slice(), &m.source_tokens) {
                found = Some(m);
                break;
            }
        }
        let m = found?;
        let dests = if m.cluster_dests.is_empty() {
            &m.dests
        } else {
            m.cluster_dests
                .iter()
                .find(|(name, _)| name == cluster)
                .map_or(&m.dests, |(_, d)| d)
        };
        let picked = match dests.as_slice() {
            [only] if only.weight == 100 => Some(only),
            _ => {
                let w = fastrand::u8(0..100);
                dests.iter().find(|d| w < d.weight)
            }
        };
        let Some(d) = picked else {
            return Some(Vec::new());
        };
        if d.remainder {
            // Upstream reports a mapping to the same subject (its `MAPPING foo -> foo` trace).
            return None;
        }
        let tokens = tokens.as_ref().map_or(&[][..], Tokens::as_slice);
        Some(if d.transform.is_noop() {
            // Upstream would dereference a nil transform here (an empty destination).
            subject.to_vec()
        } else {
            d.transform.render(tokens, subject.len())
        })
    }
}

impl Mapping {
    fn new(cfg: &MappingConfig) -> Result<Mapping, TransformError> {
        let src = cfg.source.as_str();
        if !rnats_proto::subject::is_valid_subject(src.as_bytes()) {
            return Err(TransformError::BadSubject);
        }
        let wildcard = src.split('.').any(|t| t == "*" || t == ">");
        let mut seen: Vec<&str> = Vec::with_capacity(cfg.destinations.len());
        // Total weight per cluster ("" for the unscoped destinations).
        let mut totals: Vec<(&str, u8)> = Vec::new();
        let mut dests = Vec::new();
        let mut cluster_dests: Vec<(String, Vec<Destination>)> = Vec::new();
        for d in &cfg.destinations {
            if seen.contains(&d.subject.as_str()) {
                return Err(TransformError::DuplicateEntry {
                    subject: d.subject.clone(),
                });
            }
            seen.push(&d.subject);
            if d.weight > 100 {
                return Err(TransformError::WeightTooLarge);
            }
            let cluster = d.cluster.as_deref().unwrap_or("");
            let i = match totals.iter().position(|(c, _)| *c == cluster) {
                Some(i) => i,
                None => {
                    totals.push((cluster, 0));
                    totals.len() - 1
                }
            };
            // Both are at most 100: no overflow.
            totals[i].1 += d.weight;
            if totals[i].1 > 100 {
                return Err(TransformError::TotalWeightTooLarge);
            }
            let transform = validate_destination(src, &d.subject)?;
            let dest = Destination {
                transform,
                weight: d.weight,
                remainder: false,
            };
            if cluster.is_empty() {
                dests.push(dest);
            } else {
                match cluster_dests.iter_mut().find(|(c, _)| c == cluster) {
                    Some((_, list)) => list.push(dest),
                    None => cluster_dests.push((cluster.to_owned(), vec![dest])),
                }
            }
        }
        // A source listed among any destinations, scoped or not, turns the remainder into loss.
        let lists_source = seen.contains(&src);
        let dests = finish_destinations(dests, src, wildcard, lists_source)?;
        let cluster_dests = cluster_dests
            .into_iter()
            .map(|(c, d)| Ok((c, finish_destinations(d, src, wildcard, lists_source)?)))
            .collect::<Result<_, TransformError>>()?;
        Ok(Mapping {
            source: src.to_owned(),
            source_tokens: src.split('.').map(|t| t.as_bytes().into()).collect(),
            wildcard,
            dests,
            cluster_dests,
        })
    }
}

/// Upstream `processDestinations`: adds the source itself for the remainder (unless it is
/// listed), sorts by weight and makes the weights cumulative.
fn finish_destinations(
    mut dests: Vec<Destination>,
    src: &str,
    wildcard: bool,
    lists_source: bool,
) -> Result<Vec<Destination>, TransformError> {
    let total: u8 = dests.iter().map(|d| d.weight).sum();
    if total != 100 && !lists_source {
        let dest = if wildcard {
            tokenize_wildcards(src)
        } else {
            src.to_owned()
        };
        dests.push(Destination {
            transform: SubjectTransform::new(src, &dest)?,
            weight: 100 - total,
            remainder: true,
        });
    }
    // Upstream's sort is not stable; draws are uniform, so only the weights matter.
    dests.sort_by_key(|d| d.weight);
    let mut cumulative = 0u8;
    for d in &mut dests {
        cumulative += d.weight;
        d.weight = cumulative;
    }
    Ok(dests)
}

/// Upstream `ValidateMapping` followed by `NewSubjectTransform`: destination tokens may not be
/// empty, follow `>` or hold whitespace, and a `{{...}}` token must name a function. Upstream's
/// list here lacks `left` and `right`, so account mappings cannot use them (streams can).
pub(crate) fn validate_destination(
    src: &str,
    dest: &str,
) -> Result<SubjectTransform, TransformError> {
    if dest.is_empty() {
        return SubjectTransform::new(src, dest);
    }
    const FUNCTIONS: [&str; 8] = [
        "Partition",
        "Wildcard",
        "SplitFromLeft",
        "SplitFromRight",
        "SliceFromLeft",
        "SliceFromRight",
        "Split",
        "Random",
    ];
    let mut after_fwc = false;
    for t in dest.split('.') {
        if t.is_empty() || after_fwc {
            return Err(TransformError::InvalidTransform {
                token: t.to_owned(),
            });
        }
        let b = t.as_bytes();
        if b.len() > 4 && b.starts_with(b"{{") && b.ends_with(b"}}") {
            if FUNCTIONS
                .iter()
                .any(|name| super::function_args(b, name).is_some())
            {
                continue;
            }
            return Err(TransformError::UnknownFunction {
                token: t.to_owned(),
            });
        }
        if t == ">" {
            after_fwc = true;
        } else if b.iter().any(|&c| super::is_go_space(c)) {
            return Err(TransformError::InvalidTransform {
                token: String::new(),
            });
        }
    }
    SubjectTransform::new(src, dest)
}

#[cfg(test)]
impl Mappings {
    /// `DEST:CUMULATIVE` for each destination of `source` (scoped to `cluster` unless ""),
    /// in draw order, for the table tests.
    pub(super) fn describe(&self, source: &str, cluster: &str) -> Option<Vec<String>> {
        let m = self.entries.iter().find(|m| m.source == source)?;
        let dests = if cluster.is_empty() {
            &m.dests
        } else {
            &m.cluster_dests.iter().find(|(c, _)| c == cluster)?.1
        };
        Some(
            dests
                .iter()
                .map(|d| format!("{}:{}", d.transform.destination(), d.weight))
                .collect(),
        )
    }
}
