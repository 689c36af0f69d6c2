//! The keys an official's role is indexed and asked by: the title, and the title in its
//! organ ("Bộ trưởng Bộ Tư pháp", shortened "Bộ trưởng Tư pháp"), so that a question about
//! one minister does not bring every minister's statements.

use std::sync::LazyLock;

use super::people_tables::PROVINCES;
use super::speaker_key;
use crate::acronyms::acronym_key;
use crate::acronyms::builtin::ACRONYMS;
use crate::text::key_opens_with;

/// The built-in acronyms' expansions (folded) and keys, each between spaces as they are
/// replaced, the longest expansion first: an organ is keyed with its acronyms ("Cục Kiểm
/// soát thủ tục hành chính" and "Cục Kiểm soát TTHC" are one organ). Only the built-in
/// table, so that indexing and questions agree whatever an index has learned.
static CONTRACTIONS: LazyLock<Vec<(String, String)>> = LazyLock::new(|| {
    let longest_first = |pairs: &mut Vec<(String, String)>| {
        pairs.sort_by_key(|(e, _)| std::cmp::Reverse(e.len()));
    };
    let mut pairs: Vec<(String, String)> = ACRONYMS
        .iter()
        .map(|(acronym, expansion)| {
            (
                format!(" {} ", speaker_key(expansion)),
                format!(" {} ", acronym_key(acronym)),
            )
        })
        .collect();
    longest_first(&mut pairs);
    // An expansion holding another acronym's ("kiểm soát thủ tục hành chính") may be written
    // with that acronym ("kiểm soát TTHC"): that form is contracted too.
    let nested: Vec<(String, String)> = pairs
        .iter()
        .filter_map(|(expansion, acronym)| {
            let inner = pairs
                .iter()
                .find(|(e, _)| e.len() < expansion.len() && expansion.contains(e.as_str()))?;
            Some((
                expansion.replace(inner.0.as_str(), &inner.1),
                acronym.clone(),
            ))
        })
        .filter(|pair| !pairs.contains(pair))
        .collect();
    pairs.extend(nested);
    longest_first(&mut pairs);
    pairs
});

/// Administrative units written in lowercase before a place's name ("tỉnh Lâm Đồng",
/// "thành phố Đà Nẵng", "TP. Huế"), longest first.
pub(crate) const UNIT_WORDS: &[&str] = &[
    "thành phố",
    "thị trấn",
    "thị xã",
    "phường",
    "huyện",
    "quận",
    "tỉnh",
    "TP.",
    "TP",
    "Tp.",
    "Tp",
    "TX.",
    "TX",
    "xã",
];

/// The administrative unit `text` opens with when the place's name follows it in
/// capitals: the bytes it takes, its space included.
fn unit_before_place(text: &str) -> Option<usize> {
    UNIT_WORDS.iter().find_map(|unit| {
        let rest = text.strip_prefix(unit)?;
        let place = rest.trim_start();
        (rest.len() > place.len() && place.chars().next().is_some_and(char::is_uppercase))
            .then(|| text.len() - place.len())
    })
}

/// `organ` without the administrative units before its places' names: "UBND tỉnh Lâm
/// Đồng", "UBND TP. Lâm Đồng" and "UBND Lâm Đồng" are one organ (a unit word before a word
/// in lowercase stays: "Ban Quản lý", "cơ quan").
fn without_units(organ: &str) -> String {
    let mut out = String::with_capacity(organ.len());
    let mut rest = organ.trim();
    while !rest.is_empty() {
        if let Some(unit) = unit_before_place(rest) {
            rest = &rest[unit..];
            continue;
        }
        let end = rest.find(' ').unwrap_or(rest.len());
        out.push_str(&rest[..end]);
        out.push(' ');
        rest = rest[end..].trim_start();
    }
    out
}

/// `organ` without the administrative unit that ends it, no place's name after it ("UBND
/// tỉnh", "HĐND thành phố": the province's, the city's, as an article says once it has named
/// the place); `None` when no unit ends it.
fn without_trailing_unit(organ: &str) -> Option<(&str, &'static str)> {
    let organ = organ.trim();
    UNIT_WORDS.iter().find_map(|unit| {
        organ
            .strip_suffix(unit)
            .filter(|rest| rest.ends_with(' '))
            .map(|rest| (rest.trim_end(), *unit))
    })
}

/// The provinces' keys ([`speaker_key`]), for [`is_province_key`].
static PROVINCE_KEYS: LazyLock<Vec<String>> =
    LazyLock::new(|| PROVINCES.iter().map(|p| speaker_key(p)).collect());

/// Whether `key` ([`speaker_key`]) is a province's name ([`PROVINCES`]).
pub fn is_province_key(key: &str) -> bool {
    PROVINCE_KEYS.iter().any(|p| p == key)
}

/// Whether the organ key `named` is the organ key `unnamed` ("ubnd tinh", a province's organ
/// without the province's name, as a question gives it) in a province: "ubnd kon tum" (the
/// key of "UBND tỉnh Kon Tum", its unit dropped before the name), not "ubnd krong pac" (a
/// district's, whose unit the key no longer says either, but no province).
fn in_a_province(named: &str, unnamed: &str) -> bool {
    let Some(organ) = unnamed.strip_suffix(PROVINCE_UNIT_KEY) else {
        return false;
    };
    let place = if organ.is_empty() {
        Some(named)
    } else {
        organ
            .strip_suffix(' ')
            .and_then(|organ| named.strip_prefix(organ))
            .and_then(|rest| rest.strip_prefix(' '))
    };
    place.is_some_and(is_province_key)
}

/// The unit a province's name follows ("tỉnh Kon Tum"), as written and as a key.
pub const PROVINCE_UNIT: &str = "tỉnh";
const PROVINCE_UNIT_KEY: &str = "tinh";

/// The kind of an administrative unit: "TP." and "TP" are "thành phố".
fn unit_kind(unit: &str) -> &str {
    match unit {
        "TP." | "TP" | "Tp." | "Tp" => "thành phố",
        "TX." | "TX" => "thị xã",
        u => u,
    }
}

/// Whether `organ` names the unit `unit` as a word of its own ("UBND huyện Krông Pắc").
fn holds_unit(organ: &str, unit: &str) -> bool {
    organ
        .split_whitespace()
        .collect::<Vec<_>>()
        .windows(unit.split(' ').count())
        .any(|w| w.join(" ") == unit)
}

/// The key of an organ: [`speaker_key`] with the administrative units before places'
/// names dropped and the built-in acronyms' expansions contracted.
fn organ_key(organ: &str) -> String {
    let mut key = format!(
        " {} ",
        without_unit_keys(&speaker_key(&without_units(organ)))
    );
    for (expansion, acronym) in CONTRACTIONS.iter() {
        if key.contains(expansion.as_str()) {
            key = key.replace(expansion.as_str(), acronym);
        }
    }
    key.trim().to_string()
}

/// `key` without a province's unit before a province's name, or any unit between a council
/// and a place or opening the key before a place's name of two words or more, whatever
/// their case was: "ubnd tinh son la", "ubnd thanh pho da nang", "ubnd
/// thi xa ba don" (typed so in a question) are "ubnd son la", "ubnd da nang", "ubnd ba don",
/// as "UBND tỉnh Sơn La", "UBND TP Đà Nẵng" and "UBND thị xã Ba Đồn" are.
fn without_unit_keys(key: &str) -> String {
    let words: Vec<&str> = key.split(' ').collect();
    let province_at = |i: usize| {
        (1..=PROVINCE_MAX_WORDS)
            .filter(|n| i + n <= words.len())
            .any(|n| is_province_key(&words[i..i + n].join(" ")))
    };
    let mut out: Vec<&str> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        // After a council, or opening the organ before a name of two words or more (not
        // "tinh uy", the Party's provincial committee).
        let after_council = i > 0 && COUNCIL_KEYS.contains(&words[i - 1]);
        let opening = i == 0;
        let unit = UNIT_KEYS
            .iter()
            .find(|(unit, of_province)| {
                let place = i + unit.len();
                words.len() > place
                    && words[i..place].iter().eq(unit.iter())
                    && ((*of_province && province_at(place))
                        || after_council
                        || (opening && words.len() > place + 1))
            })
            .map_or(0, |(unit, _)| unit.len());
        if unit == 0 {
            out.push(words[i]);
        }
        i += unit.max(1);
    }
    out.join(" ")
}

/// The units a province's name follows, as keys: a province, or a city run by the
/// Government ("thành phố Đà Nẵng", "TP Cần Thơ").
const PROVINCE_UNIT_KEYS: [&str; 3] = [PROVINCE_UNIT_KEY, "thanh pho", "tp"];

/// Every administrative unit's key ([`UNIT_WORDS`] folded), word by word, and whether a
/// province's name follows it ([`PROVINCE_UNIT_KEYS`]).
static UNIT_KEYS: LazyLock<Vec<(Vec<String>, bool)>> = LazyLock::new(|| {
    UNIT_WORDS
        .iter()
        .map(|u| {
            let key = speaker_key(u);
            let of_province = PROVINCE_UNIT_KEYS.contains(&key.as_str());
            (key.split(' ').map(str::to_string).collect(), of_province)
        })
        .collect()
});

/// The keys of the councils and committees a unit's place follows ("ubnd thi xa ba don":
/// the unit is dropped before any place, typed in lowercase too).
const COUNCIL_KEYS: [&str; 2] = ["ubnd", "hdnd"];

/// Most words of a province's name ("Thừa Thiên Huế", "Hồ Chí Minh").
const PROVINCE_MAX_WORDS: usize = 3;

/// Stands for the organ of someone whose organ the article does not give: a question about
/// a title in an organ keeps them (they may hold it there), not those known elsewhere.
const ANY_ORGAN: &str = "?";

/// Joins an organ's role key to the key of a person known to hold it there.
const HELD_BY: &str = " = ";

/// Most words of an organ ("Cục Kiểm soát thủ tục hành chính").
const ORGAN_MAX_WORDS: usize = 10;

/// The units below a province whose organs an article writes without the name it gave
/// them once ("UBND huyện Bảo Lâm", then "Phó Chủ tịch UBND huyện"): with the province
/// ([`PROVINCE_UNIT`]), the units an article's speaker tracker completes with the place it
/// names; not "xã", "phường" or "thị trấn", which an article names too often.
pub(crate) const LOCAL_UNITS: [&str; 4] = ["huyện", "thị xã", "thành phố", "quận"];

/// The abbreviations of [`LOCAL_UNITS`] among [`UNIT_WORDS`] ("TP", "Tp", "TX"; without the
/// point, which may follow any of them), each with the index of its unit.
pub(crate) fn local_unit_abbreviations() -> impl Iterator<Item = (&'static str, usize)> {
    UNIT_WORDS.iter().filter_map(|word| {
        let unit = unit_kind(word);
        let at = LOCAL_UNITS.iter().position(|u| *u == unit)?;
        (*word != unit && !word.ends_with('.')).then_some((*word, at))
    })
}

/// The administrative unit (in lowercase) that `organ` opens with when no name follows it:
/// "huyện" in "huyện chủ trì hội nghị"; one of [`LOCAL_UNITS`] or the province.
fn unit_alone(organ: &str) -> Option<&str> {
    LOCAL_UNITS.iter().chain([&PROVINCE_UNIT]).find_map(|unit| {
        let rest = organ.strip_prefix(unit)?;
        let next = rest.strip_prefix(' ').map(|r| r.chars().next());
        (rest.is_empty() || next.is_some_and(|c| c.is_some_and(char::is_lowercase)))
            .then_some(*unit)
    })
}

/// The organ written beside a title, from `stretch` (the text after the title, up to the
/// name or the end of the apposition): up to a comma, dash or colon, when it opens in
/// capitals ("Bộ Tư pháp", "UBND tỉnh", "Chính phủ"); empty otherwise.
pub fn organ_in(stretch: &str) -> &str {
    let clause = stretch
        .split([',', ';', ':', '–', '—', '(', ')', '\n'])
        .next()
        .unwrap_or("");
    // A dash between spaces ends it; one inside a name ("Bà Rịa-Vũng Tàu") does not.
    let organ = clause.split(" - ").next().unwrap_or("").trim();
    // In capitals, or a place's administrative unit ("thành phố Đà Nẵng" after "Chủ tịch
    // UBND").
    let capitalized =
        organ.chars().next().is_some_and(char::is_uppercase) || unit_before_place(organ).is_some();
    // A unit alone after "Chủ tịch UBND" ("tỉnh", "huyện", "thị xã" before what the chair
    // does): the place the article names for it.
    if !capitalized {
        return unit_alone(organ).unwrap_or("");
    }
    if organ.split_whitespace().count() <= ORGAN_MAX_WORDS {
        organ
    } else {
        ""
    }
}

/// Whether two organs as written (`a`, `b`) are one: "Cục Kiểm soát thủ tục hành chính" and
/// "Cục Kiểm soát TTHC"; "Bộ Tư pháp" and "Tư pháp" (the organ's head word aside); one
/// running on into what follows it where no mark ended it ("Chính phủ" and "Chính phủ chủ
/// trì phiên họp"); a province's organ (`a`, "UBND tỉnh Kon Tum") and a province's organ
/// without its name (`b`, "UBND tỉnh"), as keys too ("ubnd kon tum", "ubnd tinh").
pub fn same_organ(a: &str, b: &str) -> bool {
    // "UBND tỉnh" after "UBND tỉnh Đồng Nai": the unit's organ of the place named before (a
    // place of another unit is not it: "UBND huyện" is no "UBND tỉnh Đồng Nai").
    for (named, unnamed) in [(a, b), (b, a)] {
        // A unit alone ("huyện" after "Chủ tịch UBND"): any place of that unit.
        if let Some(unit) = UNIT_WORDS.iter().find(|u| **u == unnamed.trim()) {
            let kind = unit_kind(unit);
            if UNIT_WORDS
                .iter()
                .any(|u| unit_kind(u) == kind && holds_unit(named, u))
            {
                return true;
            }
        }
        if let Some((organ, unit)) = without_trailing_unit(unnamed) {
            let other_unit = UNIT_WORDS
                .iter()
                .any(|u| unit_kind(u) != unit_kind(unit) && holds_unit(named, u));
            if !organ.is_empty() && !other_unit && same_organ(named, organ) {
                return true;
            }
        }
    }
    let (a, b) = (organ_key(a), organ_key(b));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    // A question's province organ without the province (`b`) holds every province's; an
    // article's without it (`a`) is some province's, not any asked.
    if in_a_province(&a, &b) {
        return true;
    }
    // The organ's head word aside ("tu phap" of "bo tu phap"), when two words or more are
    // left: one word left may be half a place's name ("nghe" of "ben nghe", Bến Nghé, which
    // opens "nghe an", Nghệ An).
    fn tail(key: &str) -> &str {
        match key.split_once(' ') {
            Some((_, rest)) if rest.contains(' ') => rest,
            _ => "",
        }
    }
    [(a.as_str(), b.as_str()), (tail(&a), &b), (&a, tail(&b))]
        .iter()
        .any(|&(x, y)| key_opens_with(x, y) || key_opens_with(y, x))
}

/// The keys under which a statement by `person` (a [`speaker_key`]), holder of `title` in
/// `organ` (empty when not given), is indexed: the title's; the title's in its organ (also
/// without the organ's first word when it repeats the title's: "Bộ trưởng Bộ Tư pháp" is
/// also "Bộ trưởng Tư pháp"), each once more with the person ([`holders_prefix`]); or the
/// title's in an organ not given.
pub fn indexed_role_keys(title: &str, organ: &str, person: &str) -> Vec<String> {
    let title = speaker_key(title);
    if title.is_empty() {
        return Vec::new();
    }
    // A standing holder's title is the title too ("Phó Chủ tịch Thường trực" is a "Phó Chủ
    // tịch").
    let standing = title
        .strip_suffix(STANDING_KEY)
        .filter(|base| !base.is_empty())
        .map(str::to_string);
    let organ = organ_key(organ);
    let mut keys = Vec::new();
    for title in std::iter::once(title).chain(standing) {
        keys.push(title.clone());
        if organ.is_empty() {
            keys.push(format!("{title} {ANY_ORGAN}"));
            continue;
        }
        let mut in_organ = vec![format!("{title} {organ}")];
        let (head, rest) = organ.split_once(' ').unwrap_or((&organ, ""));
        if !rest.is_empty() && title.split(' ').next() == Some(head) {
            in_organ.push(format!("{title} {rest}"));
        }
        for key in in_organ {
            keys.push(format!("{}{person}", holders_prefix(&key)));
            keys.push(key);
        }
    }
    keys
}

/// The word after a title that makes its holder the standing one ("Thường trực"), as the end
/// of a key.
const STANDING_KEY: &str = " thuong truc";

/// What the keys of the people known to hold the role `key` (a title in an organ) begin
/// with; the person's key follows.
pub fn holders_prefix(key: &str) -> String {
    format!("{key}{HELD_BY}")
}

/// The role (a title in an organ) and the person a role key names as holding it
/// ([`holders_prefix`]); `None` for a role key naming no one.
pub fn role_and_holder(key: &str) -> Option<(&str, &str)> {
    key.split_once(HELD_BY)
}

/// Whether `key`, asked by [`asked_role_keys`], is a title in an organ not given.
pub fn in_any_organ(key: &str) -> bool {
    key.ends_with(&format!(" {ANY_ORGAN}"))
}

/// The keys a question about whoever holds one of `titles` (keys) in `organ` (as typed)
/// looks for: each title in that organ, or in an organ not given.
pub fn asked_role_keys(titles: &[String], organ: &str) -> Vec<String> {
    let organ = organ_key(organ);
    titles
        .iter()
        .flat_map(|t| [format!("{t} {organ}"), format!("{t} {ANY_ORGAN}")])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_organ_stands_between_the_title_and_the_name_or_the_first_stop() {
        assert_eq!(organ_in(" Bộ Tư pháp "), "Bộ Tư pháp");
        assert_eq!(
            organ_in(" Cục Kiểm soát TTHC, Văn phòng Chính phủ "),
            "Cục Kiểm soát TTHC"
        );
        assert_eq!(organ_in(" Chính phủ - Tổ trưởng"), "Chính phủ");
        assert_eq!(
            organ_in(" UBND tỉnh Bà Rịa-Vũng Tàu "),
            "UBND tỉnh Bà Rịa-Vũng Tàu"
        );
        assert_eq!(organ_in(" "), "");
        assert_eq!(organ_in(" cho biết thêm"), "");
        // A place after its administrative unit; a unit word before lowercase is the unit
        // alone (the place the article names for it, after "Chủ tịch UBND").
        assert_eq!(organ_in(" thành phố Đà Nẵng "), "thành phố Đà Nẵng");
        assert_eq!(organ_in(" tỉnh yêu cầu"), "tỉnh");
        assert_eq!(organ_in(" thị xã chủ trì hội nghị"), "thị xã");
        assert_eq!(organ_in(" huyện"), "huyện");
        assert_eq!(organ_in(" xã hội"), "");
    }

    #[test]
    fn a_place_is_one_organ_with_or_without_its_administrative_unit() {
        for (a, b) in [
            ("thành phố Đà Nẵng", "Đà Nẵng"),
            ("UBND tỉnh Lâm Đồng", "UBND TP. Lâm Đồng"),
            ("Sở Nội vụ tỉnh Lâm Đồng", "Sở Nội vụ Lâm Đồng"),
        ] {
            assert_eq!(organ_key(a), organ_key(b), "{a} / {b}");
        }
        assert!(!same_organ("thành phố Đà Nẵng", "tỉnh Quảng Nam"));
        // Typed in lowercase, as questions are, before a province's or a city's name.
        for typed in ["ubnd thanh pho da nang", "UBND tp da nang", "ubnd da nang"] {
            assert_eq!(organ_key(typed), organ_key("UBND TP Đà Nẵng"), "{typed}");
        }
        assert_eq!(organ_key("ubnd tinh son la"), "ubnd son la");
        assert_eq!(
            organ_key("ubnd thi xa ba don"),
            organ_key("UBND thị xã Ba Đồn")
        );
        assert_eq!(organ_key("HĐND huyen le thuy"), "hdnd le thuy");
        assert_eq!(organ_key("thi xa ba don"), organ_key("thị xã Ba Đồn"));
        assert_eq!(organ_key("tinh uy"), "tinh uy");
        assert_eq!(organ_key("Huyện ủy"), "huyen uy");
        // Before a word that names no province, the unit stays.
        assert_ne!(organ_key("thanh pho moi"), "moi");
        assert_eq!(organ_key("Ban Quản lý dự án"), "ban quan ly du an");
    }

    #[test]
    fn a_question_about_a_title_in_an_organ_meets_its_keys() {
        let indexed = indexed_role_keys("Bộ trưởng", "Bộ Tư pháp", "nguyen hai ninh");
        assert_eq!(
            indexed,
            [
                "bo truong",
                "bo truong bo tu phap = nguyen hai ninh",
                "bo truong bo tu phap",
                "bo truong tu phap = nguyen hai ninh",
                "bo truong tu phap"
            ]
        );
        let titles = ["bo truong".to_string()];
        for typed in ["Bộ Tư pháp", "bộ tư pháp", "Tư pháp", "tu phap"] {
            let asked = asked_role_keys(&titles, typed);
            assert!(asked.iter().any(|k| indexed.contains(k)), "{typed}");
        }
        // An organ spelled out or by its acronym is one organ.
        let spelled = indexed_role_keys("Cục trưởng", "Cục Kiểm soát thủ tục hành chính", "a");
        let asked = asked_role_keys(&["cuc truong".to_string()], "Cục Kiểm soát TTHC");
        assert!(
            asked.iter().any(|k| spelled.contains(k)),
            "{asked:?} {spelled:?}"
        );
        // A standing vice-chair is a vice-chair.
        let standing = indexed_role_keys("Phó Chủ tịch Thường trực", "UBND tỉnh Nam Định", "a");
        let asked = asked_role_keys(&["pho chu tich".to_string()], "UBND tỉnh Nam Định");
        assert!(asked.iter().any(|k| standing.contains(k)), "{standing:?}");
        let other = indexed_role_keys("Bộ trưởng", "Bộ Nội vụ", "pham thi thanh tra");
        assert!(!asked_role_keys(&titles, "Bộ Tư pháp")
            .iter()
            .any(|k| other.contains(k)));
        assert!(same_organ("Bộ Tư pháp", "Tư pháp"));
        // The unit alone, once the place is named: that unit's organ there, not another's.
        assert!(same_organ("UBND tỉnh Đồng Nai", "UBND tỉnh"));
        // The same as keys, a question's organ against an indexed one.
        assert!(same_organ("ubnd dong nai", "ubnd tinh"));
        assert!(!same_organ("ubnd krong pac", "ubnd tinh"));
        // A unit alone is any place of that unit, written out or abbreviated.
        assert!(same_organ("huyện Lệ Thủy", "huyện"));
        assert!(same_organ("TP Đà Nẵng", "thành phố"));
        assert!(same_organ("thị xã Ba Đồn", "TX"));
        assert!(!same_organ("tỉnh Quảng Bình", "huyện"));
        assert!(!same_organ("ubnd dong nai", "ubnd huyen"));
        assert!(same_organ("UBND TP. Cần Thơ", "UBND thành phố"));
        assert!(!same_organ("UBND huyện Krông Pắc", "UBND tỉnh"));
        assert!(!same_organ("Sở Nội vụ tỉnh Đồng Nai", "UBND tỉnh"));
        assert!(same_organ("Chính phủ chủ trì phiên họp", "Chính phủ"));
        assert!(same_organ(
            "Cục Kiểm soát TTHC",
            "Cục Kiểm soát thủ tục hành chính"
        ));
        assert!(!same_organ("Bộ Tư pháp", "Bộ Nội vụ"));
        // Places whose names share a syllable, folded: Bến Nghé, Nghệ An.
        assert!(!same_organ("phường Bến Nghé", "tỉnh Nghệ An"));
        assert!(!same_organ("ben nghe", "nghe an"));
        assert!(same_organ("UBND phường Bến Nghé", "phường Bến Nghé"));
        assert!(!same_organ("", "Bộ Nội vụ"));
        // Whose organ the article does not give may hold the title there.
        let unknown = indexed_role_keys("Bộ trưởng", "", "le van a");
        assert!(asked_role_keys(&titles, "Bộ Tư pháp")
            .iter()
            .any(|k| unknown.contains(k)));
    }
}
