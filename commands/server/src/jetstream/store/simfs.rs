//! [`SimFs`]: an in-memory [`Fs`] for the store tests that knows, for every file and directory,
//! what has been made durable and what has not, so a test can cut the power at any point and
//! reopen a store on what a real disk would have kept. It can also run out of space.
//!
//! **Crash model.** Each file has its durable content (as of its last `sync_data`/`sync_all`)
//! and the list of operations since (writes and length changes), in order; each directory has
//! its durable entries (as of its last directory fsync) and the entry operations since
//! (create, rename, remove). A crash keeps the durable state plus, per file and per directory,
//! a random prefix of the operations since, and for a file the next write after that prefix
//! may survive in part (a torn write: a random prefix of its bytes). With at most one unsynced
//! write per file, as the stores do under `SyncPolicy::Always`, this is exactly "fsynced data
//! plus an arbitrary prefix of the last unsynced write". A torn write that lies wholly inside
//! the file as it was (an overwrite in place, or a write into space reserved by
//! [`FsFile::allocate`]) keeps instead an arbitrary subset of its 4 KiB pages, the others
//! reading as before (zeros in reserved space): the kernel writes the pages of an overwrite
//! back in any order, and ext4 converts reserved (unwritten) extents page range by page range.
//! Renames within a directory are atomic.
//! Directories themselves are entries of their parent and survive only as those do.
//!
//! **Crash points.** With [`SimFs::capture_crashes`] every mutating call first records the
//! image a crash at that instant would leave (tagged with a caller-supplied epoch), so one run
//! of a workload yields a crash point before every I/O operation it does. All randomness comes
//! from one seeded RNG, so a run is reproducible from its seed.

use std::collections::{BTreeMap, HashMap};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use super::io::{Fs, FsFile, OpenMode};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Node {
    File(u64),
    Dir,
}

#[derive(Debug, Clone)]
enum FileOp {
    Write(u64, Vec<u8>),
    SetLen(u64),
    /// [`FsFile::allocate`]: grows the file to this length (zeros), never shrinks it.
    Allocate(u64),
}

#[derive(Debug, Clone)]
enum DirOp {
    Insert(String, Node),
    Remove(String),
    Rename(String, String),
}

#[derive(Debug, Clone, Default)]
struct Inode {
    data: Vec<u8>,
    durable: Vec<u8>,
    pending: Vec<FileOp>,
}

#[derive(Debug, Clone, Default)]
struct Dir {
    cur: BTreeMap<String, Node>,
    durable: BTreeMap<String, Node>,
    pending: Vec<DirOp>,
}

fn apply_file_op(data: &mut Vec<u8>, op: &FileOp) {
    match op {
        FileOp::Write(off, bytes) => {
            let off = *off as usize;
            if data.len() < off + bytes.len() {
                data.resize(off + bytes.len(), 0);
            }
            data[off..off + bytes.len()].copy_from_slice(bytes);
        }
        FileOp::SetLen(n) => data.resize(*n as usize, 0),
        FileOp::Allocate(n) => {
            if (*n as usize) > data.len() {
                data.resize(*n as usize, 0);
            }
        }
    }
}

fn apply_dir_op(entries: &mut BTreeMap<String, Node>, op: &DirOp) {
    match op {
        DirOp::Insert(name, node) => {
            entries.insert(name.clone(), *node);
        }
        DirOp::Remove(name) => {
            entries.remove(name);
        }
        DirOp::Rename(from, to) => {
            if let Some(n) = entries.remove(from) {
                entries.insert(to.clone(), n);
            }
        }
    }
}

/// Size of the pages a torn overwrite keeps or loses as a whole.
const PAGE: u64 = 4096;

/// Applies what a power cut during the write of `bytes` at `off` may leave: for a write
/// extending the file, a prefix of it; for a write wholly inside the file, any subset of its
/// pages.
fn torn_write(rng: &mut fastrand::Rng, data: &mut Vec<u8>, off: u64, bytes: &[u8]) {
    let end = off + bytes.len() as u64;
    if end > data.len() as u64 {
        let n = rng.usize(0..=bytes.len());
        apply_file_op(data, &FileOp::Write(off, bytes[..n].to_vec()));
        return;
    }
    let mut at = off;
    while at < end {
        let next = ((at / PAGE + 1) * PAGE).min(end);
        if rng.bool() {
            let (a, b) = ((at - off) as usize, (next - off) as usize);
            data[at as usize..next as usize].copy_from_slice(&bytes[a..b]);
        }
        at = next;
    }
}

/// The post-crash state of a [`SimFs`]: open it with [`SimFs::from_image`].
#[derive(Debug, Clone)]
pub(crate) struct Image {
    inodes: HashMap<u64, Vec<u8>>,
    dirs: BTreeMap<PathBuf, BTreeMap<String, Node>>,
    next_ino: u64,
}

#[derive(Debug)]
struct Capture {
    epoch: Arc<AtomicU64>,
    images: Vec<(u64, Image)>,
}

#[derive(Debug)]
struct State {
    inodes: HashMap<u64, Inode>,
    dirs: BTreeMap<PathBuf, Dir>,
    next_ino: u64,
    rng: fastrand::Rng,
    /// Total bytes the files may hold; a write past it fails with ENOSPC after writing what fits.
    space: Option<u64>,
    capture: Option<Capture>,
}

fn enospc() -> io::Error {
    io::Error::from_raw_os_error(libc::ENOSPC)
}

fn not_found(path: &Path) -> io::Error {
    io::Error::new(
        io::ErrorKind::NotFound,
        format!("{}: no such file", path.display()),
    )
}

fn split(path: &Path) -> io::Result<(PathBuf, String)> {
    match (path.parent(), path.file_name()) {
        (Some(p), Some(n)) => Ok((p.to_path_buf(), n.to_string_lossy().into_owned())),
        _ => Err(io::Error::new(io::ErrorKind::InvalidInput, "bad path")),
    }
}

impl State {
    fn used(&self) -> u64 {
        self.inodes.values().map(|i| i.data.len() as u64).sum()
    }

    fn lookup(&self, path: &Path) -> io::Result<Node> {
        if path == Path::new("/") {
            return Ok(Node::Dir);
        }
        let (parent, name) = split(path)?;
        self.dirs
            .get(&parent)
            .and_then(|d| d.cur.get(&name))
            .copied()
            .ok_or_else(|| not_found(path))
    }

    fn dir_op(&mut self, dir: &Path, op: DirOp) -> io::Result<()> {
        let d = self.dirs.get_mut(dir).ok_or_else(|| not_found(dir))?;
        apply_dir_op(&mut d.cur, &op);
        d.pending.push(op);
        Ok(())
    }

    /// Records the crash image of this instant if capturing.
    fn before_mutation(&mut self) {
        if self.capture.is_some() {
            let img = self.crash_image();
            if let Some(c) = &mut self.capture {
                c.images.push((c.epoch.load(Ordering::SeqCst), img));
            }
        }
    }

    /// What a power cut now would leave (see the module doc).
    fn crash_image(&mut self) -> Image {
        let mut inodes = HashMap::new();
        let mut dirs = BTreeMap::new();
        let mut todo = vec![PathBuf::from("/")];
        while let Some(path) = todo.pop() {
            let Some(d) = self.dirs.get(&path) else {
                continue;
            };
            let mut entries = d.durable.clone();
            let keep = self.rng.usize(0..=d.pending.len());
            for op in &d.pending[..keep] {
                apply_dir_op(&mut entries, op);
            }
            for (name, node) in &entries {
                match node {
                    Node::Dir => todo.push(path.join(name)),
                    Node::File(ino) => {
                        if inodes.contains_key(ino) {
                            continue;
                        }
                        let Some(i) = self.inodes.get(ino) else {
                            continue;
                        };
                        let mut data = i.durable.clone();
                        let keep = self.rng.usize(0..=i.pending.len());
                        for op in &i.pending[..keep] {
                            apply_file_op(&mut data, op);
                        }
                        if let Some(FileOp::Write(off, bytes)) = i.pending.get(keep) {
                            torn_write(&mut self.rng, &mut data, *off, bytes);
                        }
                        inodes.insert(*ino, data);
                    }
                }
            }
            dirs.insert(path, entries);
        }
        Image {
            inodes,
            dirs,
            next_ino: self.next_ino,
        }
    }
}

/// The simulated filesystem; clones share it.
#[derive(Debug, Clone)]
pub(crate) struct SimFs {
    state: Arc<Mutex<State>>,
}

impl SimFs {
    /// An empty filesystem (only `/`), its crash choices drawn from `seed`.
    pub(crate) fn new(seed: u64) -> SimFs {
        let mut dirs = BTreeMap::new();
        dirs.insert(PathBuf::from("/"), Dir::default());
        SimFs::with_state(State {
            inodes: HashMap::new(),
            dirs,
            next_ino: 1,
            rng: fastrand::Rng::with_seed(seed),
            space: None,
            capture: None,
        })
    }

    /// A filesystem holding exactly what `img` kept, all of it durable.
    pub(crate) fn from_image(img: &Image, seed: u64) -> SimFs {
        let inodes = img
            .inodes
            .iter()
            .map(|(&ino, data)| {
                (
                    ino,
                    Inode {
                        data: data.clone(),
                        durable: data.clone(),
                        pending: Vec::new(),
                    },
                )
            })
            .collect();
        let dirs = img
            .dirs
            .iter()
            .map(|(p, entries)| {
                (
                    p.clone(),
                    Dir {
                        cur: entries.clone(),
                        durable: entries.clone(),
                        pending: Vec::new(),
                    },
                )
            })
            .collect();
        SimFs::with_state(State {
            inodes,
            dirs,
            next_ino: img.next_ino,
            rng: fastrand::Rng::with_seed(seed),
            space: None,
            capture: None,
        })
    }

    fn with_state(s: State) -> SimFs {
        SimFs {
            state: Arc::new(Mutex::new(s)),
        }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// A shared handle for a store.
    pub(crate) fn shared(&self) -> Arc<dyn Fs> {
        Arc::new(self.clone())
    }

    /// From now on, records a crash image before every mutating call, tagged with the value of
    /// `epoch` at that moment.
    pub(crate) fn capture_crashes(&self, epoch: Arc<AtomicU64>) {
        self.lock().capture = Some(Capture {
            epoch,
            images: Vec::new(),
        });
    }

    /// Takes the crash images recorded so far, in order.
    pub(crate) fn take_images(&self) -> Vec<(u64, Image)> {
        match &mut self.lock().capture {
            Some(c) => std::mem::take(&mut c.images),
            None => Vec::new(),
        }
    }

    /// What a crash right now would leave.
    pub(crate) fn crash(&self) -> Image {
        self.lock().crash_image()
    }

    /// Limits the total bytes held by files (`None`: unlimited).
    pub(crate) fn set_space(&self, space: Option<u64>) {
        self.lock().space = space;
    }

    /// Bytes the files hold now.
    pub(crate) fn used(&self) -> u64 {
        self.lock().used()
    }

    /// The current content of a file (test inspection).
    pub(crate) fn contents(&self, path: &Path) -> io::Result<Vec<u8>> {
        let s = self.lock();
        match s.lookup(path)? {
            Node::File(ino) => Ok(s
                .inodes
                .get(&ino)
                .map(|i| i.data.clone())
                .unwrap_or_default()),
            Node::Dir => Err(io::Error::other("is a directory")),
        }
    }

    /// Replaces a file's content, durably (test damage).
    pub(crate) fn put(&self, path: &Path, data: Vec<u8>) -> io::Result<()> {
        let mut s = self.lock();
        match s.lookup(path)? {
            Node::File(ino) => {
                let i = s.inodes.entry(ino).or_default();
                i.data = data.clone();
                i.durable = data;
                i.pending.clear();
                Ok(())
            }
            Node::Dir => Err(io::Error::other("is a directory")),
        }
    }
}

/// An open file of a [`SimFs`].
#[derive(Debug)]
struct SimFile {
    fs: SimFs,
    ino: u64,
    writable: bool,
}

impl SimFile {
    fn check_writable(&self) -> io::Result<()> {
        if self.writable {
            Ok(())
        } else {
            Err(io::Error::from_raw_os_error(libc::EBADF))
        }
    }
}

impl FsFile for SimFile {
    fn read_exact_at(&self, buf: &mut [u8], offset: u64) -> io::Result<()> {
        let s = self.fs.lock();
        let data = s.inodes.get(&self.ino).map(|i| &i.data[..]).unwrap_or(&[]);
        let off = offset as usize;
        match data.get(off..off + buf.len()) {
            Some(src) => {
                buf.copy_from_slice(src);
                Ok(())
            }
            None => Err(io::Error::new(io::ErrorKind::UnexpectedEof, "short read")),
        }
    }

    fn write_all_at(&self, buf: &[u8], offset: u64) -> io::Result<()> {
        self.check_writable()?;
        let mut s = self.fs.lock();
        s.before_mutation();
        let cur = s.inodes.get(&self.ino).map_or(0, |i| i.data.len() as u64);
        let grow = (offset + buf.len() as u64).saturating_sub(cur);
        let room = s.space.map(|sp| sp.saturating_sub(s.used()));
        let (n, err) = match room {
            Some(room) if grow > room => {
                // What fits is written, as a real write(2) does before failing.
                let fits = (cur + room).saturating_sub(offset).min(buf.len() as u64);
                (fits as usize, Some(enospc()))
            }
            _ => (buf.len(), None),
        };
        if n > 0 {
            let op = FileOp::Write(offset, buf[..n].to_vec());
            let i = s.inodes.entry(self.ino).or_default();
            apply_file_op(&mut i.data, &op);
            i.pending.push(op);
        }
        err.map_or(Ok(()), Err)
    }

    fn size(&self) -> io::Result<u64> {
        let s = self.fs.lock();
        Ok(s.inodes.get(&self.ino).map_or(0, |i| i.data.len() as u64))
    }

    fn set_len(&self, len: u64) -> io::Result<()> {
        self.check_writable()?;
        let mut s = self.fs.lock();
        s.before_mutation();
        let cur = s.inodes.get(&self.ino).map_or(0, |i| i.data.len() as u64);
        if let Some(sp) = s.space {
            if len > cur && len - cur > sp.saturating_sub(s.used()) {
                return Err(enospc());
            }
        }
        let op = FileOp::SetLen(len);
        let i = s.inodes.entry(self.ino).or_default();
        apply_file_op(&mut i.data, &op);
        i.pending.push(op);
        Ok(())
    }

    fn allocate(&self, len: u64) -> io::Result<bool> {
        self.check_writable()?;
        let mut s = self.fs.lock();
        let cur = s.inodes.get(&self.ino).map_or(0, |i| i.data.len() as u64);
        if len <= cur {
            return Ok(true);
        }
        if let Some(sp) = s.space {
            if len - cur > sp.saturating_sub(s.used()) {
                return Err(enospc());
            }
        }
        s.before_mutation();
        let op = FileOp::Allocate(len);
        let i = s.inodes.entry(self.ino).or_default();
        apply_file_op(&mut i.data, &op);
        i.pending.push(op);
        Ok(true)
    }

    fn sync_data(&self) -> io::Result<()> {
        let mut s = self.fs.lock();
        s.before_mutation();
        let i = s.inodes.entry(self.ino).or_default();
        i.durable = i.data.clone();
        i.pending.clear();
        Ok(())
    }

    fn sync_all(&self) -> io::Result<()> {
        self.sync_data()
    }
}

impl Fs for SimFs {
    fn open(&self, path: &Path, mode: OpenMode) -> io::Result<Arc<dyn FsFile>> {
        let mut s = self.lock();
        let existing = s.lookup(path);
        let ino = match (mode, existing) {
            (_, Ok(Node::Dir)) => return Err(io::Error::other("is a directory")),
            (OpenMode::CreateNew, Ok(_)) => {
                return Err(io::Error::new(io::ErrorKind::AlreadyExists, "file exists"))
            }
            (OpenMode::Read | OpenMode::ReadWrite, Ok(Node::File(ino))) => ino,
            (OpenMode::Read | OpenMode::ReadWrite, Err(e)) => return Err(e),
            (OpenMode::CreateTruncate, Ok(Node::File(ino))) => {
                s.before_mutation();
                let op = FileOp::SetLen(0);
                let i = s.inodes.entry(ino).or_default();
                apply_file_op(&mut i.data, &op);
                i.pending.push(op);
                ino
            }
            (OpenMode::CreateNew | OpenMode::CreateTruncate, Err(_)) => {
                let (parent, name) = split(path)?;
                if !s.dirs.contains_key(&parent) {
                    return Err(not_found(&parent));
                }
                s.before_mutation();
                let ino = s.next_ino;
                s.next_ino += 1;
                s.inodes.insert(ino, Inode::default());
                s.dir_op(&parent, DirOp::Insert(name, Node::File(ino)))?;
                ino
            }
        };
        Ok(Arc::new(SimFile {
            fs: self.clone(),
            ino,
            writable: mode != OpenMode::Read,
        }))
    }

    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        self.contents(path)
    }

    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        let mut s = self.lock();
        let node = s.lookup(from)?;
        let (fp, fname) = split(from)?;
        let (tp, tname) = split(to)?;
        if !s.dirs.contains_key(&tp) {
            return Err(not_found(&tp));
        }
        s.before_mutation();
        if fp == tp {
            s.dir_op(&fp, DirOp::Rename(fname, tname))
        } else {
            s.dir_op(&tp, DirOp::Insert(tname, node))?;
            s.dir_op(&fp, DirOp::Remove(fname))
        }
    }

    fn remove_file(&self, path: &Path) -> io::Result<()> {
        let mut s = self.lock();
        match s.lookup(path)? {
            Node::Dir => Err(io::Error::other("is a directory")),
            Node::File(ino) => {
                s.before_mutation();
                let (parent, name) = split(path)?;
                s.dir_op(&parent, DirOp::Remove(name))?;
                // The space comes back once no entry names the inode; the content stays for
                // crash images whose durable entries still do.
                let named = s.dirs.values().any(|d| {
                    d.cur.values().any(|n| *n == Node::File(ino))
                        || d.durable.values().any(|n| *n == Node::File(ino))
                });
                let linked = s
                    .dirs
                    .values()
                    .any(|d| d.cur.values().any(|n| *n == Node::File(ino)));
                if !named {
                    s.inodes.remove(&ino);
                } else if !linked {
                    // Unlinked but still durable somewhere: keep only the durable copy.
                    if let Some(i) = s.inodes.get_mut(&ino) {
                        i.data.clear();
                    }
                }
                Ok(())
            }
        }
    }

    fn create_dir_all(&self, path: &Path) -> io::Result<()> {
        let mut s = self.lock();
        let mut cur = PathBuf::from("/");
        for c in path.components().skip(1) {
            let next = cur.join(c);
            match s.lookup(&next) {
                Ok(Node::Dir) => {}
                Ok(Node::File(_)) => return Err(io::Error::other("not a directory")),
                Err(_) => {
                    s.before_mutation();
                    let name = c.as_os_str().to_string_lossy().into_owned();
                    s.dir_op(&cur, DirOp::Insert(name, Node::Dir))?;
                    s.dirs.insert(next.clone(), Dir::default());
                }
            }
            cur = next;
        }
        Ok(())
    }

    fn list_dir(&self, path: &Path) -> io::Result<Vec<String>> {
        let s = self.lock();
        s.dirs
            .get(path)
            .map(|d| d.cur.keys().cloned().collect())
            .ok_or_else(|| not_found(path))
    }

    fn sync_dir(&self, path: &Path) -> io::Result<()> {
        let mut s = self.lock();
        if !s.dirs.contains_key(path) {
            return Err(not_found(path));
        }
        s.before_mutation();
        if let Some(d) = s.dirs.get_mut(path) {
            d.durable = d.cur.clone();
            d.pending.clear();
        }
        Ok(())
    }
}
