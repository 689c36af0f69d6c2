//! The README's main command: `vnsearch search QUERY` with no `--index` builds `./index` from
//! `./corpus` when missing, stale or outdated, then searches.

use crate::common::{bin, root};

fn search_here(dir: &std::path::Path, query: &str) -> std::process::Output {
    bin()
        .current_dir(dir)
        .args(["search", "--json", query])
        .output()
        .unwrap()
}

#[test]
fn default_index_is_built_refreshed_and_rebuilt() {
    let work = tempfile::tempdir().unwrap();
    let here = work.path();
    std::fs::create_dir(here.join("corpus")).unwrap();
    for entry in std::fs::read_dir(root().join("corpus")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, here.join("corpus").join(path.file_name().unwrap())).unwrap();
    }

    let first = search_here(here, "Nghị quyết 131/NQ-CP");
    assert_eq!(
        first.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    assert!(String::from_utf8_lossy(&first.stderr).contains("building index/ from corpus/"));
    assert!(here.join("index/vnsearch.json").exists());

    // Fresh: no rebuild.
    let second = search_here(here, "Lai Châu");
    assert_eq!(second.status.code(), Some(0));
    assert!(!String::from_utf8_lossy(&second.stderr).contains("building"));

    // Stale: a new article in corpus/ is picked up.
    std::fs::write(
        here.join("corpus/new.txt"),
        "Điện Biên thí điểm xã điện tử\n\nTỉnh Điện Biên thí điểm mô hình xã điện tử tại các xã vùng cao, người dân nộp hồ sơ trực tuyến ngay tại thôn bản.\n",
    )
    .unwrap();
    let third = search_here(here, "\"Điện Biên\"");
    assert_eq!(
        third.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&third.stderr)
    );

    // Outdated (another schema version): rebuilt, not refused.
    std::fs::write(
        here.join("index/vnsearch.json"),
        br#"{"schema_version": 1, "created_by": "old"}"#,
    )
    .unwrap();
    let fourth = search_here(here, "Lai Châu");
    assert_eq!(
        fourth.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&fourth.stderr)
    );
}
