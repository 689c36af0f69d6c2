//! Progress on stderr: a bar on a terminal, nothing when piped; skipped inputs always.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use vnsearch::corpus::Rejection;
use vnsearch::index::IndexObserver;

/// Shows indexing progress by bytes read.
pub struct Progress {
    bar: ProgressBar,
}

impl Progress {
    /// A bar over `total_bytes`, drawn only when stderr is a terminal.
    pub fn new(total_bytes: u64) -> Self {
        let bar = if std::io::stderr().is_terminal() {
            let bar =
                ProgressBar::with_draw_target(Some(total_bytes), ProgressDrawTarget::stderr());
            if let Ok(style) = ProgressStyle::with_template("{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} ({bytes_per_sec}, {eta})") {
                bar.set_style(style);
            }
            bar
        } else {
            ProgressBar::hidden()
        };
        Progress { bar }
    }

    /// Removes the bar.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

impl IndexObserver for Progress {
    fn skipped(&self, skip: &Rejection) {
        self.bar
            .suspend(|| eprintln!("vnsearch: skipped {}: {}", skip.source, skip.reason));
    }

    fn progress(&self, bytes: u64) {
        self.bar.inc(bytes);
    }
}
