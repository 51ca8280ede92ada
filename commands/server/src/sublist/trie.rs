//! The subject trie under the [`Sublist`](super::Sublist) lock: levels of nodes keyed by token,
//! with the `*` and `>` children kept apart from the literal ones.
//!
//! Semantics follow nats-server `server/sublist.go` (`level`, `node`, `matchLevel`, `remove`,
//! `pruneNode`). Everything here is iterative: matching keeps an explicit stack for the `*`
//! branches, removal walks the path twice instead of recursing, and [`Level`]'s `Drop` dismantles
//! the tree level by level, so a subject with thousands of tokens costs heap, never stack.
//! Locking, caching and counters belong to the parent module.

use std::sync::Arc;

use rustc_hash::FxHashMap;

use super::key::{Bytes, BytesMap};
use super::SubjectKey;

/// Above this many members a [`SubSet`] keeps a pointer index so removal stays O(1).
const INDEX_MIN: usize = 32;

/// Identity of a subscription inside the trie: the address of its shared allocation.
#[inline]
fn sub_key<T>(sub: &Arc<T>) -> usize {
    Arc::as_ptr(sub) as usize
}

/// The subscriptions of one node (plain ones, or one queue group), in insertion order.
///
/// A `Vec` because matching copies the members out, and a `Vec` is the cheapest thing to walk.
/// Identity is `Arc::ptr_eq`. Small sets are scanned; from [`INDEX_MIN`] members on, `index`
/// maps each member's address to its position. Invariant: `index` is either empty or complete.
pub(super) struct SubSet<T> {
    list: Vec<Arc<T>>,
    index: FxHashMap<usize, usize>,
}

impl<T> Default for SubSet<T> {
    fn default() -> Self {
        SubSet {
            list: Vec::new(),
            index: FxHashMap::default(),
        }
    }
}

impl<T> SubSet<T> {
    fn position(&self, sub: &Arc<T>) -> Option<usize> {
        if self.index.is_empty() {
            self.list.iter().position(|s| Arc::ptr_eq(s, sub))
        } else {
            self.index.get(&sub_key(sub)).copied()
        }
    }

    /// Adds `sub`; false if this very subscription is already a member.
    fn insert(&mut self, sub: Arc<T>) -> bool {
        if self.position(&sub).is_some() {
            return false;
        }
        if !self.index.is_empty() {
            self.index.insert(sub_key(&sub), self.list.len());
        }
        self.list.push(sub);
        if self.index.is_empty() && self.list.len() > INDEX_MIN {
            self.index = self
                .list
                .iter()
                .enumerate()
                .map(|(i, s)| (sub_key(s), i))
                .collect();
        }
        true
    }

    /// Removes `sub`; false if it is not a member.
    fn remove(&mut self, sub: &Arc<T>) -> bool {
        let Some(pos) = self.position(sub) else {
            return false;
        };
        self.list.swap_remove(pos);
        if !self.index.is_empty() {
            self.index.remove(&sub_key(sub));
            if let Some(moved) = self.list.get(pos) {
                self.index.insert(sub_key(moved), pos);
            }
            // Hysteresis: drop the index well below the size that builds it.
            if self.list.len() < INDEX_MIN / 2 {
                self.index = FxHashMap::default();
            }
        }
        if self.list.is_empty() {
            self.list = Vec::new();
        }
        true
    }

    pub(super) fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    pub(super) fn as_slice(&self) -> &[Arc<T>] {
        &self.list
    }
}

/// One token position of one subscription pattern: its subscribers and the level below it.
pub(super) struct Node<T> {
    next: Option<Box<Level<T>>>,
    psubs: SubSet<T>,
    /// Queue subscriptions grouped by queue name.
    qsubs: FxHashMap<Box<[u8]>, SubSet<T>>,
}

impl<T> Default for Node<T> {
    fn default() -> Self {
        Node {
            next: None,
            psubs: SubSet::default(),
            qsubs: FxHashMap::default(),
        }
    }
}

impl<T: SubjectKey> Node<T> {
    fn has_subs(&self) -> bool {
        !self.psubs.is_empty() || !self.qsubs.is_empty()
    }

    fn insert_sub(&mut self, sub: Arc<T>) -> bool {
        match sub.queue() {
            None => self.psubs.insert(sub),
            Some(queue) => match self.qsubs.get_mut(queue) {
                Some(group) => group.insert(sub),
                None => {
                    let mut group = SubSet::default();
                    group.insert(Arc::clone(&sub));
                    self.qsubs.insert(Box::from(queue), group);
                    true
                }
            },
        }
    }

    fn remove_sub(&mut self, sub: &Arc<T>) -> bool {
        match sub.queue() {
            None => self.psubs.remove(sub),
            Some(queue) => {
                let Some(group) = self.qsubs.get_mut(queue) else {
                    return false;
                };
                let removed = group.remove(sub);
                if group.is_empty() {
                    self.qsubs.remove(queue);
                    if self.qsubs.is_empty() {
                        self.qsubs = FxHashMap::default();
                    }
                }
                removed
            }
        }
    }

    /// Nodes directly below this one.
    fn children(&self) -> usize {
        self.next.as_ref().map_or(0, |l| l.num_nodes())
    }
}

/// One token position of the trie: literal children by token, plus the `*` and `>` children.
pub(super) struct Level<T> {
    nodes: BytesMap<Node<T>>,
    pwc: Option<Box<Node<T>>>,
    fwc: Option<Box<Node<T>>>,
}

impl<T> Default for Level<T> {
    fn default() -> Self {
        Level {
            nodes: BytesMap::default(),
            pwc: None,
            fwc: None,
        }
    }
}

impl<T> Drop for Level<T> {
    /// Iterative teardown: the derived drop would recurse once per token.
    fn drop(&mut self) {
        let mut stack = Vec::new();
        self.detach_children(&mut stack);
        while let Some(mut level) = stack.pop() {
            level.detach_children(&mut stack);
        }
    }
}

/// Splits a subject into its tokens (a valid subject has no empty ones).
#[inline]
fn tokens(subject: &[u8]) -> impl Iterator<Item = &[u8]> {
    subject.split(|&b| b == b'.')
}

/// A small LIFO stack kept inline, spilling to the heap only past `N` entries, so the common
/// match allocates nothing for its bookkeeping. Iterating yields entries in push order.
pub(super) struct InlineStack<T: Copy, const N: usize> {
    /// Slots `..len` are live; the rest hold the filler given to `new`.
    inline: [T; N],
    len: usize,
    spill: Vec<T>,
}

impl<T: Copy, const N: usize> InlineStack<T, N> {
    /// An empty stack; `fill` occupies the unused inline slots and is never returned.
    #[inline]
    pub(super) fn new(fill: T) -> Self {
        InlineStack {
            inline: [fill; N],
            len: 0,
            spill: Vec::new(),
        }
    }

    #[inline]
    fn push(&mut self, v: T) {
        if self.len < N {
            self.inline[self.len] = v;
            self.len += 1;
        } else {
            self.spill.push(v);
        }
    }

    #[inline]
    fn pop(&mut self) -> Option<T> {
        if let Some(v) = self.spill.pop() {
            return Some(v);
        }
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        Some(self.inline[self.len])
    }

    #[inline]
    fn len(&self) -> usize {
        self.len + self.spill.len()
    }

    #[inline]
    fn get(&self, i: usize) -> Option<T> {
        if i < self.len {
            Some(self.inline[i])
        } else {
            self.spill.get(i - self.len).copied()
        }
    }

    /// Entries in push order.
    pub(super) fn iter(&self) -> impl Iterator<Item = T> + '_ {
        self.inline[..self.len]
            .iter()
            .chain(self.spill.iter())
            .copied()
    }
}

/// Tokens kept inline before spilling to the heap: deeper subjects are rare.
const INLINE_TOKENS: usize = 16;

/// Splits a published subject into its tokens in one pass, appending them to `toks`; false if
/// it has an empty token (empty subject, leading, trailing or doubled `.`), which matches
/// nothing. Wildcard tokens and other oddities are kept: a published subject is matched
/// literally.
#[inline]
pub(super) fn split_subject<'a>(subject: &'a [u8], toks: &mut Tokens<'a>) -> bool {
    let mut start = 0;
    for (i, &b) in subject.iter().enumerate() {
        if b == b'.' {
            if i == start {
                return false;
            }
            toks.push(&subject[start..i]);
            start = i + 1;
        }
    }
    if start == subject.len() {
        return false;
    }
    toks.push(&subject[start..]);
    true
}

/// The tokens of a published subject.
pub(super) type Tokens<'a> = InlineStack<&'a [u8], INLINE_TOKENS>;

impl<T> Level<T> {
    fn num_nodes(&self) -> usize {
        self.nodes.len() + usize::from(self.pwc.is_some()) + usize::from(self.fwc.is_some())
    }

    fn detach_children(&mut self, out: &mut Vec<Level<T>>) {
        let wild = self
            .pwc
            .iter_mut()
            .chain(self.fwc.iter_mut())
            .map(|n| &mut **n);
        for node in self.nodes.values_mut().chain(wild) {
            if let Some(next) = node.next.take() {
                out.push(*next);
            }
        }
    }

    /// The child for a pattern token (`*` and `>` are the wildcard children).
    fn child(&self, token: &[u8]) -> Option<&Node<T>> {
        match token {
            b"*" => self.pwc.as_deref(),
            b">" => self.fwc.as_deref(),
            _ => self.nodes.get(token),
        }
    }

    fn child_mut(&mut self, token: &[u8]) -> Option<&mut Node<T>> {
        match token {
            b"*" => self.pwc.as_deref_mut(),
            b">" => self.fwc.as_deref_mut(),
            _ => self.nodes.get_mut(token),
        }
    }

    fn child_or_insert(&mut self, token: &[u8]) -> &mut Node<T> {
        match token {
            b"*" => self.pwc.get_or_insert_with(Box::default),
            b">" => self.fwc.get_or_insert_with(Box::default),
            _ => self.nodes.entry(Box::from(token)).or_default(),
        }
    }

    fn remove_child(&mut self, token: &[u8]) {
        match token {
            b"*" => self.pwc = None,
            b">" => self.fwc = None,
            _ => {
                self.nodes.remove(token);
                // Give memory back once a wide level has mostly emptied.
                if self.nodes.capacity() > 64 && self.nodes.len() * 4 < self.nodes.capacity() {
                    self.nodes.shrink_to_fit();
                }
            }
        }
    }

    /// Number of nodes in the whole trie below and including this level.
    #[cfg(test)]
    pub(super) fn count_nodes(&self) -> usize {
        let mut total = 0;
        let mut stack = vec![self];
        while let Some(level) = stack.pop() {
            total += level.num_nodes();
            stack.extend(level.all_nodes().filter_map(|n| n.next.as_deref()));
        }
        total
    }

    fn all_nodes(&self) -> impl Iterator<Item = &Node<T>> {
        self.nodes
            .values()
            .chain(self.pwc.as_deref())
            .chain(self.fwc.as_deref())
    }

    /// Appends every subscription in the trie to `out`.
    pub(super) fn collect_all(&self, out: &mut Vec<Arc<T>>) {
        let mut stack = vec![self];
        while let Some(level) = stack.pop() {
            for node in level.all_nodes() {
                out.extend(node.psubs.as_slice().iter().cloned());
                for group in node.qsubs.values() {
                    out.extend(group.as_slice().iter().cloned());
                }
                if let Some(next) = node.next.as_deref() {
                    stack.push(next);
                }
            }
        }
    }
}

impl<T: SubjectKey> Level<T> {
    /// Adds `sub` under its (already validated) subject; false if it was already there.
    pub(super) fn insert(&mut self, sub: Arc<T>) -> bool {
        let subject = sub.subject();
        let mut level = self;
        let mut toks = tokens(subject).peekable();
        while let Some(tok) = toks.next() {
            let node = level.child_or_insert(tok);
            if toks.peek().is_none() {
                let sub = Arc::clone(&sub);
                return node.insert_sub(sub);
            }
            level = node.next.get_or_insert_with(Box::default);
        }
        false
    }

    /// Removes `sub` (by identity) and prunes the nodes left empty; false if it was not there.
    pub(super) fn remove(&mut self, sub: &Arc<T>) -> bool {
        let subject = sub.subject();
        let mut level = &mut *self;
        let mut toks = tokens(subject).peekable();
        let removed = loop {
            let Some(tok) = toks.next() else {
                return false;
            };
            let Some(node) = level.child_mut(tok) else {
                return false;
            };
            if toks.peek().is_none() {
                break node.remove_sub(sub);
            }
            let Some(next) = node.next.as_deref_mut() else {
                return false;
            };
            level = next;
        };
        if removed {
            self.prune(subject);
        }
        removed
    }

    /// Drops the trailing run of nodes on `subject`'s path that hold nothing but the path itself
    /// (upstream's `pruneNode` loop), then frees the level that run hung from if it emptied.
    fn prune(&mut self, subject: &[u8]) {
        // Pass 1: the depth where the removable tail starts.
        let mut run_start = None;
        let mut level = &*self;
        let mut toks = tokens(subject).enumerate().peekable();
        while let Some((depth, tok)) = toks.next() {
            let Some(node) = level.child(tok) else {
                return;
            };
            let last = toks.peek().is_none();
            let removable = !node.has_subs() && node.children() == usize::from(!last);
            if removable {
                run_start.get_or_insert(depth);
            } else {
                run_start = None;
            }
            match node.next.as_deref() {
                Some(next) if !last => level = next,
                _ => break,
            }
        }
        if let Some(depth) = run_start {
            self.cut(subject, depth);
        }
    }

    /// Removes the node at `depth` on `subject`'s path, with everything below it.
    fn cut(&mut self, subject: &[u8], depth: usize) -> Option<()> {
        let mut toks = tokens(subject);
        if depth == 0 {
            self.remove_child(toks.next()?);
            return Some(());
        }
        let mut level = self;
        for _ in 1..depth {
            level = level.child_mut(toks.next()?)?.next.as_deref_mut()?;
        }
        let parent = level.child_mut(toks.next()?)?;
        let below = parent.next.as_deref_mut()?;
        below.remove_child(toks.next()?);
        if below.num_nodes() == 0 {
            parent.next = None;
        }
        Some(())
    }

    /// Collects every node whose pattern matches the tokens of a published subject: a literal
    /// token matches itself only, `*` any one token, `>` one or more. Tokens are taken
    /// literally, so a published `foo.*` reaches `foo.*`, `foo.>` and `>` but not `foo.bar` (as
    /// nats-server's `matchLevel`). `toks` comes from [`split_subject`].
    pub(super) fn match_into<'s>(&'s self, toks: &Tokens<'_>, acc: &mut Collector<'s, T>) {
        let n = toks.len();
        // (level, index of the token to match there): branches taken through `*`.
        let mut pending: InlineStack<(&Level<T>, usize), 8> = InlineStack::new((self, 0));
        let mut cursor = Some((self, 0));
        while let Some((mut level, mut i)) = cursor.take().or_else(|| pending.pop()) {
            while let Some(tok) = toks.get(i) {
                let last = i + 1 == n;
                if let Some(fwc) = level.fwc.as_deref() {
                    acc.add(fwc);
                }
                if let Some(pwc) = level.pwc.as_deref() {
                    match (last, pwc.next.as_deref()) {
                        (true, _) => acc.add(pwc),
                        (false, Some(below)) => pending.push((below, i + 1)),
                        (false, None) => {}
                    }
                }
                let Some(node) = level.nodes.get(&Bytes(tok)) else {
                    break;
                };
                match (last, node.next.as_deref()) {
                    (true, _) => {
                        acc.add(node);
                        break;
                    }
                    (false, Some(below)) => {
                        level = below;
                        i += 1;
                    }
                    (false, None) => break,
                }
            }
        }
    }
}

/// The nodes a match reached, in the order it reached them; the result is built from them with
/// exactly sized allocations.
pub(super) struct Collector<'s, T> {
    pub(super) nodes: InlineStack<Option<&'s Node<T>>, 8>,
}

impl<'s, T> Collector<'s, T> {
    pub(super) fn new() -> Self {
        Collector {
            nodes: InlineStack::new(None),
        }
    }

    fn add(&mut self, node: &'s Node<T>) {
        self.nodes.push(Some(node));
    }

    /// Plain subscriptions of every reached node, in order.
    pub(super) fn psubs(&self) -> Box<[Arc<T>]> {
        let total = self
            .nodes
            .iter()
            .flatten()
            .map(|n| n.psubs.as_slice().len())
            .sum();
        let mut out = Vec::with_capacity(total);
        for node in self.nodes.iter().flatten() {
            out.extend(node.psubs.as_slice().iter().cloned());
        }
        out.into_boxed_slice()
    }

    /// Queue subscriptions grouped by queue name across all reached nodes (upstream's
    /// `findQSlot`), groups in order of first appearance.
    pub(super) fn qsubs(&self) -> Box<[Box<[Arc<T>]>]> {
        let mut groups: Vec<(&'s [u8], Vec<Arc<T>>)> = Vec::new();
        for node in self.nodes.iter().flatten() {
            for (queue, group) in &node.qsubs {
                let members = group.as_slice().iter().cloned();
                match groups.iter_mut().find(|(q, _)| **q == **queue) {
                    Some((_, slot)) => slot.extend(members),
                    None => groups.push((queue, members.collect())),
                }
            }
        }
        groups
            .into_iter()
            .map(|(_, members)| members.into_boxed_slice())
            .collect()
    }

    /// Whether no reached node holds a subscription.
    pub(super) fn is_empty(&self) -> bool {
        self.nodes
            .iter()
            .flatten()
            .all(|n| n.psubs.is_empty() && n.qsubs.is_empty())
    }
}
