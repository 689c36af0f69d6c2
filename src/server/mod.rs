//! `vnsearch serve`: a JSON API and a search page over one shared [`Searcher`].
//!
//! Enters: HTTP requests on loopback (or the address the operator gives). Leaves: the CLI's
//! `--json` objects, JSON errors with a fitting status (400 for bad parameters, 404 for an
//! unknown article, never 500 for user input), and one embedded page in Vietnamese. Searches
//! run on blocking threads with a time limit; the reader follows new commits of a concurrent
//! `vnsearch index` without a restart.

mod api;

use std::sync::Arc;
use std::time::Duration;

use axum::extract::DefaultBodyLimit;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse};
use axum::routing::get;
use axum::Router;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;

use crate::search::Searcher;

/// The search page, with its script and styles inline (no build step).
const PAGE: &str = include_str!("page.html");

/// Limits applied to every request.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Largest `limit` accepted.
    pub max_limit: usize,
    /// Largest `offset` accepted.
    pub max_offset: usize,
    /// Time a request may take.
    pub timeout: Duration,
    /// Largest request body, in bytes.
    pub max_body_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_limit: 100,
            max_offset: 10_000,
            timeout: Duration::from_secs(10),
            max_body_bytes: 16 * 1024,
        }
    }
}

/// Shared state of the handlers.
#[derive(Clone)]
pub struct AppState {
    searcher: Arc<Searcher>,
    limits: Arc<Limits>,
}

/// The page's content security policy: its own inline script and styles, nothing else.
const PAGE_CSP: &str = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'none'";
/// A request slower than the search time limit by this much is cut by the server itself.
const TIMEOUT_MARGIN: Duration = Duration::from_secs(1);

async fn page() -> impl IntoResponse {
    Html(PAGE)
}

/// The application: API routes and the page.
pub fn router(searcher: Arc<Searcher>, limits: Limits) -> Router {
    let max_body = limits.max_body_bytes;
    let request_timeout = limits.timeout + TIMEOUT_MARGIN;
    let state = AppState {
        searcher,
        limits: Arc::new(limits),
    };
    Router::new()
        .route(
            "/",
            get(page).layer(SetResponseHeaderLayer::overriding(
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static(PAGE_CSP),
            )),
        )
        .route("/healthz", get(api::health))
        .route("/api/search", get(api::search))
        .route("/api/refs", get(api::refs))
        .route("/api/people", get(api::people))
        .route("/api/articles/{*id}", get(api::article))
        .fallback(api::not_found)
        .layer(DefaultBodyLimit::max(max_body))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            request_timeout,
        ))
        .with_state(state)
}

/// Serves `router` on `listener` until Ctrl-C.
pub async fn serve(listener: tokio::net::TcpListener, app: Router) -> std::io::Result<()> {
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
}
