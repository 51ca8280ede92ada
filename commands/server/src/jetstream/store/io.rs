//! The file store's I/O layer: every file and directory operation of the file store, the
//! consumer state file and the stream metadata goes through [`Fs`] and [`FsFile`], so tests can
//! put a simulated filesystem underneath (power loss, `ENOSPC`) and production uses [`StdFs`].
//!
//! The trait is deliberately small: positional reads and writes, length changes, the two syncs,
//! and the directory operations whose durability matters (create, rename, remove, list, fsync).
//! Dispatch is dynamic, but only per call on a file or directory (one per commit, one per
//! read), never per message, and [`StdFs`] is a thin wrapper over `std::fs`.

use std::fmt;
use std::fs::{self, File, OpenOptions};
use std::io;
use std::os::unix::fs::FileExt;
use std::path::Path;
use std::sync::Arc;

/// How [`Fs::open`] opens a file. Every mode allows positional reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenMode {
    /// An existing file, read-only.
    Read,
    /// An existing file, for reading and writing.
    ReadWrite,
    /// A new file; fails with `AlreadyExists` if the name is taken.
    CreateNew,
    /// Creates the file or truncates an existing one to zero length.
    CreateTruncate,
}

/// An open file.
pub trait FsFile: Send + Sync + fmt::Debug {
    /// Fills `buf` from `offset`; `UnexpectedEof` when the file is shorter.
    fn read_exact_at(&self, buf: &mut [u8], offset: u64) -> io::Result<()>;
    /// Writes all of `buf` at `offset`, growing the file as needed.
    fn write_all_at(&self, buf: &[u8], offset: u64) -> io::Result<()>;
    /// The file's length in bytes.
    fn size(&self) -> io::Result<u64>;
    /// Truncates or extends the file.
    fn set_len(&self, len: u64) -> io::Result<()>;
    /// Extends the file to `len` bytes (never shrinks it) with space reserved on disk, so that
    /// later writes below `len` change neither the length nor the block map much and their
    /// `fdatasync` has little metadata to commit. The new bytes read as zeros; after a power
    /// cut, an unsynced write into them may have landed in any subset of its pages (zeros in
    /// the others). `Ok(false)` when the filesystem cannot reserve space (nothing changed).
    fn allocate(&self, len: u64) -> io::Result<bool>;
    /// Makes the data (and the length) durable (`fdatasync`).
    fn sync_data(&self) -> io::Result<()>;
    /// Makes the data and all metadata durable (`fsync`).
    fn sync_all(&self) -> io::Result<()>;
}

/// The filesystem the stores live on.
pub trait Fs: Send + Sync + fmt::Debug {
    /// Opens `path`.
    fn open(&self, path: &Path, mode: OpenMode) -> io::Result<Arc<dyn FsFile>>;
    /// Reads a whole file.
    fn read(&self, path: &Path) -> io::Result<Vec<u8>>;
    /// Renames `from` to `to`, replacing `to` (durable only after [`Fs::sync_dir`]).
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()>;
    /// Removes a file (durable only after [`Fs::sync_dir`]).
    fn remove_file(&self, path: &Path) -> io::Result<()>;
    /// Creates a directory and its missing parents.
    fn create_dir_all(&self, path: &Path) -> io::Result<()>;
    /// Names of the entries of a directory, in no particular order.
    fn list_dir(&self, path: &Path) -> io::Result<Vec<String>>;
    /// Makes the entries of a directory (creations, renames, removals) durable.
    fn sync_dir(&self, path: &Path) -> io::Result<()>;
}

/// The real filesystem.
#[derive(Debug, Clone, Copy, Default)]
pub struct StdFs;

impl StdFs {
    /// A shared handle, as stores keep it.
    pub fn shared() -> Arc<dyn Fs> {
        Arc::new(StdFs)
    }
}

impl FsFile for File {
    fn read_exact_at(&self, buf: &mut [u8], offset: u64) -> io::Result<()> {
        FileExt::read_exact_at(self, buf, offset)
    }

    fn write_all_at(&self, buf: &[u8], offset: u64) -> io::Result<()> {
        FileExt::write_all_at(self, buf, offset)
    }

    fn size(&self) -> io::Result<u64> {
        Ok(self.metadata()?.len())
    }

    fn set_len(&self, len: u64) -> io::Result<()> {
        File::set_len(self, len)
    }

    fn allocate(&self, len: u64) -> io::Result<bool> {
        let cur = self.metadata()?.len();
        if len <= cur {
            return Ok(true);
        }
        // Mode 0: reserves the blocks (unwritten extents) and extends the size.
        match rustix::fs::fallocate(self, rustix::fs::FallocateFlags::empty(), cur, len - cur) {
            Ok(()) => Ok(true),
            Err(e) if e == rustix::io::Errno::OPNOTSUPP || e == rustix::io::Errno::NOSYS => {
                Ok(false)
            }
            Err(e) => Err(e.into()),
        }
    }

    fn sync_data(&self) -> io::Result<()> {
        File::sync_data(self)
    }

    fn sync_all(&self) -> io::Result<()> {
        File::sync_all(self)
    }
}

impl Fs for StdFs {
    fn open(&self, path: &Path, mode: OpenMode) -> io::Result<Arc<dyn FsFile>> {
        let mut o = OpenOptions::new();
        o.read(true);
        match mode {
            OpenMode::Read => {}
            OpenMode::ReadWrite => {
                o.write(true);
            }
            OpenMode::CreateNew => {
                o.write(true).create_new(true);
            }
            OpenMode::CreateTruncate => {
                o.write(true).create(true).truncate(true);
            }
        }
        Ok(Arc::new(o.open(path)?))
    }

    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        fs::read(path)
    }

    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        fs::rename(from, to)
    }

    fn remove_file(&self, path: &Path) -> io::Result<()> {
        fs::remove_file(path)
    }

    fn create_dir_all(&self, path: &Path) -> io::Result<()> {
        fs::create_dir_all(path)
    }

    fn list_dir(&self, path: &Path) -> io::Result<Vec<String>> {
        let mut out = Vec::new();
        for entry in fs::read_dir(path)? {
            out.push(entry?.file_name().to_string_lossy().into_owned());
        }
        Ok(out)
    }

    fn sync_dir(&self, path: &Path) -> io::Result<()> {
        File::open(path)?.sync_all()
    }
}
