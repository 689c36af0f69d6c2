//! The fixed query mix of the benchmark: document numbers in several written forms,
//! officials, phrases, and queries typed without diacritics.

use super::generate::Generator;

/// Phrases and words every generated corpus contains (they come from the shipped articles).
const FIXED: &[&str] = &[
    "cải cách hành chính",
    "thủ tục hành chính nội bộ",
    "\"dịch vụ công trực tuyến\"",
    "đơn giản hoá thủ tục",
    "Thủ tướng Chính phủ",
    "cai cach thu tuc hanh chinh",
    "bo phan mot cua",
    "chuyen doi so",
    "ho so truc tuyen",
    "TTHC",
    "Đề án 06",
    "Nghị quyết 131",
];

/// The query mix for a corpus generated with `seed`: the fixed queries plus references and
/// officials drawn the way the generator draws them.
pub fn query_mix(seed: u64) -> Vec<String> {
    let mut g = Generator::new(seed);
    let mut queries: Vec<String> = FIXED.iter().map(|q| q.to_string()).collect();
    for _ in 0..6 {
        queries.push(g.reference());
    }
    for _ in 0..5 {
        queries.push(g.name());
    }
    queries
}

#[cfg(test)]
mod tests {
    #[test]
    fn at_least_twenty_queries_of_every_kind() {
        let q = super::query_mix(1);
        assert!(q.len() >= 20);
        assert!(q.iter().any(|q| q.contains('/')));
        assert!(q.iter().any(|q| q.is_ascii()));
        assert!(q.iter().any(|q| q.starts_with('"')));
    }
}
