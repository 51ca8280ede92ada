//! Small durable-file helpers shared by the file store, the consumer state file and the stream
//! metadata, over the store's [`Fs`]: atomic replacement of a small file (write a temp file,
//! fsync it, rename it over the target, fsync the directory), always with every sync, unlike
//! upstream, which skips them unless `sync_interval: always`.

use std::io;
use std::path::Path;

use super::io::{Fs, OpenMode};

/// Suffix of the temporary file an atomic write goes through; readers ignore such files.
pub(crate) const TMP_SUFFIX: &str = ".tmp";

/// Replaces `path` with `bytes` atomically and durably: after a crash the file holds either the
/// old or the new content, never a mix.
pub(crate) fn atomic_write(fs: &dyn Fs, path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = path
        .parent()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "path has no directory"))?;
    let mut tmp_name = path.as_os_str().to_owned();
    tmp_name.push(TMP_SUFFIX);
    let tmp = Path::new(&tmp_name);
    {
        let f = fs.open(tmp, OpenMode::CreateTruncate)?;
        f.write_all_at(bytes, 0)?;
        f.sync_all()?;
    }
    fs.rename(tmp, path)?;
    fs.sync_dir(dir)
}

/// Creates `dir` and its missing parents durably: each directory created is fsynced into its
/// parent, so a crash cannot lose a directory whose files were made durable.
pub(crate) fn create_dir_durable(fs: &dyn Fs, dir: &Path) -> io::Result<()> {
    let mut missing = Vec::new();
    let mut cur = Some(dir);
    while let Some(d) = cur {
        if fs.list_dir(d).is_ok() {
            break;
        }
        missing.push(d);
        cur = d.parent();
    }
    if missing.is_empty() {
        return Ok(());
    }
    fs.create_dir_all(dir)?;
    // Children first, so every entry is durable by the time its parent's is.
    for d in &missing {
        fs.sync_dir(d)?;
        if let Some(parent) = d.parent() {
            fs.sync_dir(parent)?;
        }
    }
    Ok(())
}

/// Reads a file, `None` if it does not exist.
pub(crate) fn read_optional(fs: &dyn Fs, path: &Path) -> io::Result<Option<Vec<u8>>> {
    match fs.read(path) {
        Ok(b) => Ok(Some(b)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// Removes a file if it exists; whether it did.
pub(crate) fn remove_optional(fs: &dyn Fs, path: &Path) -> io::Result<bool> {
    match fs.remove_file(path) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::super::io::StdFs;
    use super::*;

    #[test]
    fn atomic_write_replaces_and_leaves_no_temp() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("f");
        atomic_write(&StdFs, &p, b"one").expect("write");
        atomic_write(&StdFs, &p, b"two").expect("write");
        assert_eq!(
            read_optional(&StdFs, &p).expect("read"),
            Some(b"two".to_vec())
        );
        assert!(!dir.path().join("f.tmp").exists());
        assert_eq!(
            read_optional(&StdFs, &dir.path().join("none")).expect("read"),
            None
        );
    }
}
