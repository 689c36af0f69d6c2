//! Class/id words that hint what an element is. Each list is a weight, never a verdict
//! (see [`super::hints`]). Sources: Mozilla Readability's positive and negative class
//! patterns, trafilatura's boilerplate classes, and the Vietnamese slugs portals use for
//! the same things (chi-tiet, noi-dung, sapo, binh-luan, tin-lien-quan, quang-cao, tac-gia;
//! see `VIETNAMESE.md`), written without diacritics and hyphens as they appear in markup.

/// Class/id words of article containers (Mozilla Readability's positive list, with the
/// Vietnamese slugs portals use: chi tiết, nội dung, bài viết, tin bài).
#[rustfmt::skip]
pub const CONTENT_WORDS: &[&str] = &[
    "article", "articles", "body", "content", "contents", "entry", "hentry", "main", "post",
    "story", "text", "blog", "detail", "details", "fulltext", "prose", "chitiet", "noidung",
    "baiviet", "tinbai", "newsbody", "newscontent", "articlebody", "sapo", "lead", "summary",
    "standfirst", "excerpt", "intro", "tomtat", "chapeau",
];

/// Class/id words of page furniture (Readability's and trafilatura's boilerplate classes,
/// and the share/comment/related/ads/navigation names of Vietnamese portals).
#[rustfmt::skip]
pub const FURNITURE_WORDS: &[&str] = &[
    "comment", "comments", "binhluan", "ykien", "reply", "replies", "disqus", "share", "sharing",
    "social", "related", "relate", "lienquan", "tinkhac", "othernews", "morenews", "mostread",
    "docnhieu", "xemnhieu", "popular", "trending", "recommend", "recommended", "outbrain",
    "taboola", "advert", "advertisement", "advertising", "ad", "ads", "adv", "quangcao", "banner",
    "sponsor", "sponsored", "promo", "breadcrumb", "breadcrumbs", "cookie", "cookies", "consent",
    "gdpr", "popup", "modal", "newsletter", "subscribe", "signup", "rating", "vote", "pagination",
    "pager", "paging", "footer", "sidebar", "widget", "widgets", "menu", "nav", "navbar",
    "navigation", "masthead", "toolbar", "login", "search", "timkiem", "copyright", "hotline",
    "weather", "thoitiet", "tygia", "ticker", "skyscraper", "shoutbox", "combx", "community",
    "supplemental", "print", "rss",
];

/// Class/id words that lean towards furniture (Readability's weaker negative list).
#[rustfmt::skip]
pub const WEAK_FURNITURE_WORDS: &[&str] = &[
    "meta", "media", "tags", "tag", "keyword", "keywords", "header", "hidden", "extra", "contact",
    "shopping", "scroll", "author", "byline", "caption", "logo", "topbar", "bottom", "aside",
    "side",
];

/// Class/id/itemprop words of publication metadata: a date, a byline, a view count.
#[rustfmt::skip]
pub const METADATA_WORDS: &[&str] = &[
    "date", "dates", "time", "timestamp", "datetime", "dateline", "published", "pubdate",
    "updated", "posted", "byline", "author", "authors", "tacgia", "ngaydang", "luotxem", "views",
    "viewcount",
];
