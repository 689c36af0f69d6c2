//! The search page in a real headless Chromium (Debian's `chromium` and `chromium-driver`):
//! type a query without diacritics, see the right first result, open the article, and check
//! that markup from a crawled page stays text. Skipped with a notice where chromedriver is
//! not installed, unless `VNSEARCH_REQUIRE_BROWSER` is set (CI sets it).

use crate::common;

use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::{copy_corpus, root, Server};
use fantoccini::{ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;

struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn chromedriver() -> Option<std::path::PathBuf> {
    std::env::var_os("PATH")?
        .to_str()?
        .split(':')
        .map(|d| std::path::Path::new(d).join("chromedriver"))
        .find(|p| p.is_file())
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[tokio::test(flavor = "multi_thread")]
async fn search_page_in_a_real_browser() {
    let Some(driver_path) = chromedriver() else {
        assert!(
            std::env::var_os("VNSEARCH_REQUIRE_BROWSER").is_none(),
            "chromedriver is required but not installed"
        );
        eprintln!("SKIPPED: chromedriver not installed (apt-get install chromium chromium-driver)");
        return;
    };
    let corpus = copy_corpus(&root().join("corpus"));
    let payload = serde_json::json!({
        "id": "xss",
        "title": "Thử chèn mã <img src=x onerror=\"window.__xss=1\">",
        "text": "Bài thử chèn mã độc vào trang: <img src=x onerror=\"window.__xss=2\"> và <script>window.__xss=3</script> giữa đoạn văn về thủ tục chèn mã."
    });
    std::fs::write(corpus.path().join("xss.jsonl"), format!("{payload}\n")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    common::index_dir(corpus.path(), &index, &[]);
    let server = Server::start(&index);

    let port = free_port();
    let _driver = Driver(
        Command::new(driver_path)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver"),
    );
    let deadline = Instant::now() + Duration::from_secs(20);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "chromedriver did not start");
        std::thread::sleep(Duration::from_millis(100));
    }
    let profile = tempfile::tempdir().unwrap();
    let mut caps = serde_json::Map::new();
    let mut chrome = serde_json::json!({
        "args": [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            format!("--user-data-dir={}", profile.path().display()),
        ]
    });
    if std::path::Path::new("/usr/bin/chromium").exists() {
        chrome["binary"] = "/usr/bin/chromium".into();
    }
    caps.insert("goog:chromeOptions".into(), chrome);
    let client = ClientBuilder::new(HttpConnector::new())
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{port}"))
        .await
        .expect("WebDriver session");

    client.goto(&format!("{}/", server.url)).await.unwrap();
    let input = client.wait().for_element(Locator::Id("q")).await.unwrap();
    input.send_keys("ngo hai phan nhan manh").await.unwrap();
    client
        .find(Locator::Css("button[type=submit]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let first = client
        .wait()
        .for_element(Locator::Css(".hit h2 a"))
        .await
        .unwrap();
    let title = first.text().await.unwrap();
    assert!(
        title.starts_with("Triển khai Kế hoạch rà soát"),
        "first result: {title}"
    );
    let snippet = client
        .find(Locator::Css(".hit .snippet"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(snippet.contains("Ngô Hải Phan"), "{snippet}");
    let highlighted = client
        .find_all(Locator::Css(".hit .snippet b"))
        .await
        .unwrap();
    assert!(!highlighted.is_empty(), "matches are highlighted");

    first.click().await.unwrap();
    let heading = client
        .wait()
        .for_element(Locator::Css("article.full h2"))
        .await
        .unwrap();
    assert_eq!(heading.text().await.unwrap(), title);
    let paragraphs = client
        .find_all(Locator::Css("article.full p"))
        .await
        .unwrap();
    assert!(paragraphs.len() > 5);

    client
        .goto(&format!("{}/?q=thu+tuc+chen+ma", server.url))
        .await
        .unwrap();
    let hit = client
        .wait()
        .for_element(Locator::Css(".hit"))
        .await
        .unwrap();
    let shown = hit.text().await.unwrap();
    assert!(
        shown.contains("<img src=x onerror="),
        "markup is shown as text: {shown}"
    );
    let link = client.find(Locator::Css(".hit h2 a")).await.unwrap();
    link.click().await.unwrap();
    client
        .wait()
        .for_element(Locator::Css("article.full h2"))
        .await
        .unwrap();
    let executed = client
        .execute("return window.__xss === undefined;", vec![])
        .await
        .unwrap();
    assert_eq!(
        executed,
        serde_json::Value::Bool(true),
        "crawled markup ran as code"
    );
    client.close().await.unwrap();
}
