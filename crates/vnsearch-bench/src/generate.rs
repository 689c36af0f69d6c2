//! A deterministic generator of reform-news-like articles, for benchmarks.
//!
//! Enters: the shipped corpus (embedded in the binary) and a seed. Leaves: `.jsonl` articles
//! whose text follows the corpus's syllable statistics (a word-bigram chain learned from the
//! cleaned seeds), with document numbers, officials speaking under their titles and then by
//! title alone, and a share of portal boilerplate lines; about a fifth are HTML pages with
//! navigation and footers. Nothing is downloaded; the same seed gives the same bytes.

use std::collections::HashMap;
use std::io::Write;

use vnsearch::clean::{clean_bytes, Markup, Metadata};
use vnsearch::corpus::embedded;
use vnsearch::speakers::people_tables::SURNAMES;

const MIDDLE: &[&str] = &[
    "Văn", "Thị", "Minh", "Hồng", "Thanh", "Quốc", "Đức", "Xuân", "Hải", "Ngọc", "Thu", "Kim",
];
const GIVEN: &[&str] = &[
    "An", "Bình", "Chinh", "Dũng", "Hà", "Hải", "Hùng", "Khoa", "Lan", "Long", "Mai", "Nam",
    "Phúc", "Quang", "Sơn", "Tâm", "Thảo", "Trà", "Tuấn", "Vinh",
];
const TITLES: &[(&str, &str)] = &[
    ("Bộ trưởng Bộ Nội vụ", "Bộ trưởng"),
    ("Thứ trưởng Bộ Tư pháp", "Thứ trưởng"),
    ("Chủ tịch UBND tỉnh", "Chủ tịch"),
    ("Phó Thủ tướng", "Phó Thủ tướng"),
    ("Giám đốc Sở Nội vụ", "Giám đốc"),
    ("Cục trưởng Cục Kiểm soát thủ tục hành chính", "Cục trưởng"),
    ("Bí thư Tỉnh ủy", "Bí thư"),
];
const VERBS: &[&str] = &[
    "phát biểu",
    "nhấn mạnh",
    "cho biết",
    "đề nghị",
    "yêu cầu",
    "khẳng định",
    "chỉ đạo",
];
const DOC_TYPES: &[(&str, &str)] = &[
    ("Nghị quyết", "NQ-CP"),
    ("Quyết định", "QĐ-TTg"),
    ("Nghị định", "NĐ-CP"),
    ("Kế hoạch", "KH-UBND"),
    ("Quyết định", "QĐ-UBND"),
    ("Thông tư", "TT-BNV"),
];
const BOILERPLATE: &[&str] = &[
    "image banner",
    "image advertisement",
    "anh tin bai",
    "Chia sẻ bài viết",
    "In bài viết",
    "BÌNH LUẬN",
    "Thống kê truy cập",
    "Đang online: 3",
    "Hôm nay: 127",
];

/// A word-bigram chain over the shipped corpus.
pub struct Generator {
    words: Vec<String>,
    next: HashMap<usize, Vec<usize>>,
    rng: fastrand::Rng,
}

impl Generator {
    /// Learns the chain from the embedded corpus; `seed` fixes every later choice.
    pub fn new(seed: u64) -> Self {
        let mut words: Vec<String> = Vec::new();
        let mut ids: HashMap<String, usize> = HashMap::new();
        let mut next: HashMap<usize, Vec<usize>> = HashMap::new();
        for (name, bytes) in embedded::articles() {
            let Ok(article) = clean_bytes(
                name.to_string(),
                name.to_string(),
                bytes,
                Markup::Sniff,
                Metadata::default(),
            ) else {
                continue;
            };
            for paragraph in &article.paragraphs {
                let mut previous: Option<usize> = None;
                for w in paragraph.split_whitespace() {
                    let id = *ids.entry(w.to_string()).or_insert_with(|| {
                        words.push(w.to_string());
                        words.len() - 1
                    });
                    if let Some(p) = previous {
                        next.entry(p).or_default().push(id);
                    }
                    previous = Some(id);
                }
            }
        }
        Generator {
            words,
            next,
            rng: fastrand::Rng::with_seed(seed),
        }
    }

    fn pick<'a>(&mut self, items: &'a [&'a str]) -> &'a str {
        items[self.rng.usize(..items.len())]
    }

    /// A sentence of a length drawn from `words`, from the chain.
    fn sentence(&mut self, words: std::ops::Range<usize>) -> String {
        let n = self.rng.usize(words);
        let mut out = Vec::with_capacity(n);
        let mut current = self.rng.usize(..self.words.len());
        for _ in 0..n {
            out.push(self.words[current].as_str());
            current = match self.next.get(&current) {
                Some(options) => options[self.rng.usize(..options.len())],
                None => self.rng.usize(..self.words.len()),
            };
        }
        let mut s = out.join(" ");
        let mut chars = s.chars();
        if let Some(first) = chars.next() {
            s = first.to_uppercase().collect::<String>() + chars.as_str();
        }
        s.trim_end_matches([',', ';', ':']).to_string() + "."
    }

    /// A document reference in one of the written forms.
    pub fn reference(&mut self) -> String {
        let (kind, suffix) = DOC_TYPES[self.rng.usize(..DOC_TYPES.len())];
        let number = self.rng.u32(1..2000);
        match self.rng.u8(..4) {
            0 => format!("{kind} số {number}/{suffix}"),
            1 => format!("{kind} số {number}/{}/{suffix}", self.rng.u32(2015..2025)),
            2 => format!("{number}/{suffix}"),
            _ => format!("Đề án {:02}", self.rng.u32(1..20)),
        }
    }

    /// A full name.
    pub fn name(&mut self) -> String {
        let surname = SURNAMES[self.rng.usize(..12)];
        let middle = self.pick(MIDDLE);
        let given = self.pick(GIVEN);
        format!("{surname} {middle} {given}")
    }

    /// One article as a `.jsonl` line.
    pub fn article(&mut self, id: usize) -> String {
        let title = self.sentence(8..16).trim_end_matches('.').to_string();
        let (full_title, short_title) = TITLES[self.rng.usize(..TITLES.len())];
        let official = self.name();
        let mut lines: Vec<String> = Vec::new();
        for _ in 0..self.rng.usize(0..4) {
            lines.push(self.pick(BOILERPLATE).to_string());
        }
        lines.push(title.clone());
        lines.push(format!(
            "{:02}/{:02}/{} - {:02}:{:02}",
            self.rng.u8(1..29),
            self.rng.u8(1..13),
            self.rng.u32(2019..2025),
            self.rng.u8(0..24),
            self.rng.u8(0..60)
        ));
        lines.push(format!("Lượt xem: {}", self.rng.u32(10..50_000)));
        let paragraphs = self.rng.usize(4..10);
        for p in 0..paragraphs {
            let mut para = self.sentence(15..40);
            if p == 1 {
                let verb = self.pick(VERBS);
                para = format!("{full_title} {official} {verb}, {}", para.to_lowercase());
            } else if p > 1 && self.rng.u8(..3) == 0 {
                let verb = self.pick(VERBS);
                para = format!("{short_title} {verb} {}", para.to_lowercase());
            }
            if self.rng.u8(..3) == 0 {
                let r = self.reference();
                para = para.trim_end_matches('.').to_string() + &format!(" theo {r}.");
            }
            para.push(' ');
            para.push_str(&self.sentence(10..30));
            lines.push(para);
            if self.rng.u8(..6) == 0 {
                lines.push(self.pick(BOILERPLATE).to_string());
            }
        }
        lines.push(format!("Tin, ảnh: {}", self.name()));
        lines.push("Chia sẻ bài viết".to_string());
        let record = if id.is_multiple_of(5) {
            let body: String = lines.iter().map(|l| format!("<p>{l}</p>")).collect();
            let html = format!(
                "<html><head><title>{title} - Cổng thông tin</title></head><body><nav><a href=\"/\">Trang chủ</a> <a href=\"/tin\">Tin tức</a></nav><article><h1>{title}</h1>{body}</article><footer>Bản quyền thuộc Cổng thông tin điện tử</footer></body></html>"
            );
            serde_json::json!({"id": format!("gen-{id}"), "html": html})
        } else {
            serde_json::json!({"id": format!("gen-{id}"), "text": lines.join("\n")})
        };
        record.to_string()
    }
}

/// Writes articles to `out` until `bytes` have been written; returns the article count.
pub fn generate(out: &mut dyn Write, bytes: u64, seed: u64) -> std::io::Result<usize> {
    let mut generator = Generator::new(seed);
    let mut written = 0u64;
    let mut count = 0;
    while written < bytes {
        let line = generator.article(count);
        out.write_all(line.as_bytes())?;
        out.write_all(b"\n")?;
        written += line.len() as u64 + 1;
        count += 1;
    }
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_corpus() {
        let (mut a, mut b) = (Vec::new(), Vec::new());
        let n = generate(&mut a, 20_000, 7).unwrap();
        generate(&mut b, 20_000, 7).unwrap();
        assert_eq!(a, b);
        assert!(n > 5);
        let mut c = Vec::new();
        generate(&mut c, 20_000, 8).unwrap();
        assert_ne!(a, c);
    }

    #[test]
    fn generated_articles_have_references_officials_and_boilerplate() {
        let mut out = Vec::new();
        generate(&mut out, 200_000, 1).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains("/NQ-CP") && text.contains("Đề án"));
        assert!(text.contains("Lượt xem: ") && text.contains("<nav>"));
        for line in text.lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            assert!(v["id"].is_string());
        }
    }
}
