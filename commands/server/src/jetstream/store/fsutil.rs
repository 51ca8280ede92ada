//! Small durable-file helpers shared by the file store and the consumer state file: fsync of a
//! directory, and atomic replacement of a small file (write a temp file, fsync it, rename it
//! over the target, fsync the directory), always with every sync, unlike upstream, which skips
//! them unless `sync_interval: always`.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::Path;

/// Suffix of the temporary file an atomic write goes through; readers ignore such files.
pub(crate) const TMP_SUFFIX: &str = ".tmp";

/// Fsyncs a directory, making file creations, renames and removals in it durable.
pub(crate) fn fsync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

/// Replaces `path` with `bytes` atomically and durably: after a crash the file holds either the
/// old or the new content, never a mix.
pub(crate) fn atomic_write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = path
        .parent()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "path has no directory"))?;
    let mut tmp_name = path.as_os_str().to_owned();
    tmp_name.push(TMP_SUFFIX);
    let tmp = Path::new(&tmp_name);
    {
        let mut f = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .open(tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
    }
    fs::rename(tmp, path)?;
    fsync_dir(dir)
}

/// Reads a file, `None` if it does not exist.
pub(crate) fn read_optional(path: &Path) -> io::Result<Option<Vec<u8>>> {
    match fs::read(path) {
        Ok(b) => Ok(Some(b)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_and_leaves_no_temp() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("f");
        atomic_write(&p, b"one").expect("write");
        atomic_write(&p, b"two").expect("write");
        assert_eq!(read_optional(&p).expect("read"), Some(b"two".to_vec()));
        assert!(!dir.path().join("f.tmp").exists());
        assert_eq!(read_optional(&dir.path().join("none")).expect("read"), None);
    }
}
