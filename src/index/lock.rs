//! One writer per index: an OS file lock on `vnsearch.lock`, holding the writer's pid.
//!
//! The lock is released by the OS when the process ends, however it ends (a killed indexer
//! leaves no stale lock). A second indexer is refused at once with the holder's pid.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::Path;

use crate::{Error, Result};

/// The lock file's name in an index directory.
pub const LOCK_FILE: &str = "vnsearch.lock";

/// Held while a process writes an index.
#[derive(Debug)]
pub struct WriterLock {
    _file: File,
}

impl WriterLock {
    /// Takes the lock of the index in `dir` (creating `dir` if needed), or says who holds it.
    pub fn acquire(dir: &Path) -> Result<Self> {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        let path = dir.join(LOCK_FILE);
        let mut file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(|e| Error::io(&path, e))?;
        match file.try_lock() {
            Ok(()) => {
                let pid = std::process::id().to_string();
                let written = file
                    .set_len(0)
                    .and_then(|_| file.seek(SeekFrom::Start(0)))
                    .and_then(|_| file.write_all(pid.as_bytes()))
                    .and_then(|_| file.flush());
                written.map_err(|e| Error::io(&path, e))?;
                Ok(WriterLock { _file: file })
            }
            Err(TryLockError::WouldBlock) => {
                let mut holder = String::new();
                let _ = file.read_to_string(&mut holder);
                Err(Error::IndexLocked {
                    path: dir.to_path_buf(),
                    pid: holder.trim().parse().ok(),
                })
            }
            Err(TryLockError::Error(e)) => Err(Error::io(&path, e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_writer_is_refused_until_the_first_is_gone() {
        let dir = tempfile::tempdir().unwrap();
        let first = WriterLock::acquire(dir.path()).unwrap();
        let err = WriterLock::acquire(dir.path()).unwrap_err().to_string();
        assert!(
            err.contains("being written by another vnsearch process"),
            "{err}"
        );
        assert!(
            err.contains(&format!("pid {}", std::process::id())),
            "{err}"
        );
        drop(first);
        assert!(WriterLock::acquire(dir.path()).is_ok());
    }
}
