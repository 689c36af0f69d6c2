//! The library's error type: every failure a caller can act on, with the path it concerns.

use std::path::PathBuf;

/// Errors raised by the vnsearch library.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file or directory could not be read or written.
    #[error("{}: {io}", path.display())]
    Io {
        /// The file concerned.
        path: PathBuf,
        /// The underlying I/O error (part of the message, so not repeated as a source).
        io: std::io::Error,
    },
    /// The index directory does not exist or holds no vnsearch index.
    #[error("no index at {0} (run `vnsearch index --corpus PATH --index {0}` first)")]
    MissingIndex(PathBuf),
    /// The index directory holds something vnsearch cannot use.
    #[error("index {path} is unusable: {reason}; rebuild it with `vnsearch index --rebuild`")]
    CorruptIndex {
        /// The index directory.
        path: PathBuf,
        /// What is wrong with it.
        reason: String,
    },
    /// Another process holds the index writer lock.
    #[error("index {} is being written by another vnsearch process{}", path.display(), pid.map(|p| format!(" (pid {p})")).unwrap_or_default())]
    IndexLocked {
        /// The index directory.
        path: PathBuf,
        /// The holder's process id, when it could be read.
        pid: Option<u32>,
    },
    /// The query cannot be searched as typed.
    #[error("bad query: {0}")]
    BadQuery(String),
    /// An error inside tantivy.
    #[error("index error: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
    /// The indexing workers could not be started.
    #[error("starting the indexing threads: {0}")]
    Threads(#[from] rayon::ThreadPoolBuildError),
}

/// Result alias for the library.
pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    /// Wraps an I/O error with the path it concerns.
    pub fn io(path: impl Into<PathBuf>, io: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            io,
        }
    }
}
