//! JSON handlers of the API.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};

use super::AppState;
use crate::search::user_query::MAX_QUERY_CHARS;
use crate::search::{SearchRequest, DEFAULT_PER_ARTICLE};
use crate::Error;

/// An error as the API returns it: `{"error": "..."}` with a status.
pub struct ApiError {
    status: StatusCode,
    message: String,
}

impl ApiError {
    fn bad_request(message: impl Into<String>) -> Self {
        ApiError {
            status: StatusCode::BAD_REQUEST,
            message: message.into(),
        }
    }
}

impl From<Error> for ApiError {
    fn from(e: Error) -> Self {
        let status = match &e {
            Error::BadQuery(_) => StatusCode::BAD_REQUEST,
            Error::MissingIndex(_) | Error::CorruptIndex { .. } => StatusCode::SERVICE_UNAVAILABLE,
            _ => StatusCode::INTERNAL_SERVER_ERROR,
        };
        ApiError {
            status,
            message: e.to_string(),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        #[derive(Serialize)]
        struct Body {
            error: String,
        }
        (
            self.status,
            Json(Body {
                error: self.message,
            }),
        )
            .into_response()
    }
}

type ApiResult<T> = Result<Json<T>, ApiError>;

/// Runs blocking index work off the async threads, within the request time limit.
async fn blocking<T: Send + 'static>(
    state: &AppState,
    work: impl FnOnce() -> crate::Result<T> + Send + 'static,
) -> Result<T, ApiError> {
    let task = tokio::task::spawn_blocking(work);
    match tokio::time::timeout(state.limits.timeout, task).await {
        Ok(Ok(result)) => result.map_err(ApiError::from),
        Ok(Err(_)) => Err(ApiError {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            message: "search task failed".into(),
        }),
        Err(_) => Err(ApiError {
            status: StatusCode::SERVICE_UNAVAILABLE,
            message: "the request took too long".into(),
        }),
    }
}

/// `/api/search` parameters. Numbers arrive as text so that a bad one gets this API's JSON
/// error naming the parameter, not the extractor's plain-text rejection.
#[derive(Debug, Deserialize)]
pub struct SearchParams {
    q: Option<String>,
    limit: Option<String>,
    offset: Option<String>,
    by: Option<String>,
    #[serde(rename = "ref")]
    reference: Option<String>,
    per_article: Option<String>,
    since: Option<String>,
    until: Option<String>,
    sort: Option<String>,
}

/// `/api/refs` parameters.
#[derive(Debug, Deserialize)]
pub struct RefsParams {
    filter: Option<String>,
}

fn present(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

fn number(
    value: &Option<String>,
    name: &str,
    default: usize,
    max: usize,
) -> Result<usize, ApiError> {
    match present(value) {
        None => Ok(default),
        Some(v) => match v.parse::<usize>() {
            Ok(n) if n <= max => Ok(n),
            Ok(_) => Err(ApiError::bad_request(format!(
                "{name} must be at most {max}"
            ))),
            Err(_) => Err(ApiError::bad_request(format!(
                "{name} must be a whole number, got {v:?}"
            ))),
        },
    }
}

fn text_param(value: &Option<String>, name: &str) -> Result<Option<String>, ApiError> {
    match present(value) {
        None => Ok(None),
        Some(v) if v.chars().count() > MAX_QUERY_CHARS => Err(ApiError::bad_request(format!(
            "{name} is longer than {MAX_QUERY_CHARS} characters"
        ))),
        Some(v) => Ok(Some(v.to_string())),
    }
}

/// `GET /api/search?q=&limit=&offset=&by=&ref=`.
pub async fn search(State(state): State<AppState>, Query(params): Query<SearchParams>) -> Response {
    let request = (|| -> Result<SearchRequest, ApiError> {
        Ok(SearchRequest {
            query: text_param(&params.q, "q")?.unwrap_or_default(),
            limit: number(&params.limit, "limit", 10, state.limits.max_limit)?.max(1),
            offset: number(&params.offset, "offset", 0, state.limits.max_offset)?,
            by: text_param(&params.by, "by")?,
            reference: text_param(&params.reference, "ref")?,
            per_article: number(
                &params.per_article,
                "per_article",
                DEFAULT_PER_ARTICLE,
                state.limits.max_limit,
            )?,
            since: text_param(&params.since, "since")?,
            until: text_param(&params.until, "until")?,
            sort: params
                .sort
                .as_deref()
                .unwrap_or("")
                .parse()
                .map_err(|e: Error| ApiError::bad_request(e.to_string()))?,
            // The page shows facets as filters: the API always counts them.
            facets: true,
        })
    })();
    let request = match request {
        Ok(r) => r,
        Err(e) => return e.into_response(),
    };
    let searcher = state.searcher.clone();
    match blocking(&state, move || searcher.search(&request)).await {
        Ok(results) => Json(results).into_response(),
        Err(e) => e.into_response(),
    }
}

/// `GET /api/refs?filter=`.
pub async fn refs(
    State(state): State<AppState>,
    Query(params): Query<RefsParams>,
) -> ApiResult<Vec<crate::search::listings::RefCount>> {
    let filter = text_param(&params.filter, "filter")?;
    let searcher = state.searcher.clone();
    blocking(&state, move || searcher.refs(filter.as_deref()))
        .await
        .map(Json)
}

/// `GET /api/people`.
pub async fn people(
    State(state): State<AppState>,
) -> ApiResult<Vec<crate::search::listings::PersonCount>> {
    let searcher = state.searcher.clone();
    blocking(&state, move || searcher.people()).await.map(Json)
}

/// `GET /api/articles/{id}`.
pub async fn article(State(state): State<AppState>, Path(id): Path<String>) -> Response {
    let searcher = state.searcher.clone();
    let lookup = id.clone();
    match blocking(&state, move || searcher.article(&lookup)).await {
        Ok(Some(article)) => Json(article).into_response(),
        Ok(None) => ApiError {
            status: StatusCode::NOT_FOUND,
            message: format!("no article with id {id:?}"),
        }
        .into_response(),
        Err(e) => e.into_response(),
    }
}

/// `GET /healthz`.
pub async fn health(State(state): State<AppState>) -> Response {
    let searcher = state.searcher.clone();
    match blocking(&state, move || searcher.stats()).await {
        Ok(stats) => Json(serde_json::json!({"status": "ok", "articles": stats.articles, "passages": stats.passages})).into_response(),
        Err(e) => e.into_response(),
    }
}

/// Any other path.
pub async fn not_found() -> ApiError {
    ApiError {
        status: StatusCode::NOT_FOUND,
        message: "no such page".into(),
    }
}
