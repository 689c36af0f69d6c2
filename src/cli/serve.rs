//! `vnsearch serve`: the JSON API and the search page on a tokio runtime.

use std::process::ExitCode;

use anyhow::{Context, Result};
use vnsearch::search::Searcher;

use super::args::ServeArgs;
use super::{default_index, stdout_write};

/// Serves until interrupted.
pub fn run(a: &ServeArgs) -> Result<ExitCode> {
    let index = default_index::resolve(a.index.index.as_deref())?;
    let searcher = std::sync::Arc::new(Searcher::open(&index)?);
    let runtime = tokio::runtime::Runtime::new().context("starting the server runtime")?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(a.addr)
            .await
            .with_context(|| format!("listening on {}", a.addr))?;
        let addr = listener.local_addr()?;
        stdout_write(|out| {
            writeln!(
                out,
                "vnsearch: serving {} on http://{addr}/",
                index.display()
            )
        })?;
        let app = vnsearch::server::router(searcher, vnsearch::server::Limits::default());
        vnsearch::server::serve(listener, app)
            .await
            .context("serving")
    })?;
    Ok(ExitCode::SUCCESS)
}
