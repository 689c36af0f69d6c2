//! A bounded load test on loopback: 50 concurrent clients, a fixed number of requests each
//! over a realistic query mix, no errors allowed. Prints throughput and latency percentiles
//! (`cargo test --release --test http_load -- --nocapture`).

use std::sync::{Arc, Mutex};
use std::time::Instant;

use crate::common::{encode, index_corpus, root, Server};

const CLIENTS: usize = 50;
const REQUESTS_PER_CLIENT: usize = 40;
const QUERIES: &[&str] = &[
    "q=131/NQ-CP",
    "q=Ngh%E1%BB%8B%20quy%E1%BA%BFt%20131",
    "q=cai%20cach%20thu%20tuc",
    "q=Lai%20Chau",
    "by=Ng%C3%B4%20H%E1%BA%A3i%20Phan",
    "q=TTHC",
    "q=%C4%91%C6%A1n%20gi%E1%BA%A3n%20ho%C3%A1",
    "q=%22d%E1%BB%8Bch%20v%E1%BB%A5%20c%C3%B4ng%22",
    "q=Tr%E1%BA%A7n%20L%C6%B0u%20Quang",
    "ref=%C4%90%E1%BB%81%20%C3%A1n%2006",
    "q=chuyen%20doi%20so",
    "q=653/2019/UBTVQH14",
];

#[test]
fn fifty_clients_no_errors() {
    let indexed = index_corpus(&root().join("corpus"));
    let server = Arc::new(Server::start(&indexed.index()));
    let latencies = Arc::new(Mutex::new(Vec::new()));
    let errors = Arc::new(Mutex::new(Vec::new()));
    let started = Instant::now();
    let workers: Vec<_> = (0..CLIENTS)
        .map(|c| {
            let (server, latencies, errors) = (server.clone(), latencies.clone(), errors.clone());
            std::thread::spawn(move || {
                for i in 0..REQUESTS_PER_CLIENT {
                    let query = QUERIES[(c + i) % QUERIES.len()];
                    let t = Instant::now();
                    let (status, body) = server.get(&format!("/api/search?{query}&limit=10"));
                    let elapsed = t.elapsed();
                    if status != 200 {
                        errors
                            .lock()
                            .unwrap()
                            .push(format!("{status} {query} {body}"));
                    }
                    latencies.lock().unwrap().push(elapsed);
                }
            })
        })
        .collect();
    for w in workers {
        w.join().unwrap();
    }
    let wall = started.elapsed();
    let errors = errors.lock().unwrap();
    assert!(
        errors.is_empty(),
        "{} errors, first: {:?}",
        errors.len(),
        errors.first()
    );
    let mut l = latencies.lock().unwrap().clone();
    l.sort();
    let pct = |p: f64| l[((p / 100.0 * l.len() as f64).ceil() as usize).clamp(1, l.len()) - 1];
    assert_eq!(l.len(), CLIENTS * REQUESTS_PER_CLIENT);
    println!(
        "http load: {} requests, {CLIENTS} clients, {:.0} req/s, p50 {:.2} ms, p99 {:.2} ms",
        l.len(),
        l.len() as f64 / wall.as_secs_f64(),
        pct(50.0).as_secs_f64() * 1e3,
        pct(99.0).as_secs_f64() * 1e3
    );
    let _ = encode;
}
