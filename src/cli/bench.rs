//! `gen-corpus` and `bench`: generate a corpus, run each engine in its own process, print the
//! comparison table (or JSON) with ratios taken in the same run.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};
use serde::Serialize;
use vnsearch::bench::{generate, query_mix, run_engine as run_one, Engine, EngineReport, Machine};

use super::args::{BenchArgs, BenchEngineArgs, GenCorpusArgs};
use super::stdout_write;

/// `vnsearch gen-corpus`.
pub fn gen_corpus(a: &GenCorpusArgs) -> Result<()> {
    let file =
        std::fs::File::create(&a.out).with_context(|| format!("creating {}", a.out.display()))?;
    let mut out = BufWriter::new(file);
    let count = generate(&mut out, a.mb * 1_000_000, a.seed)
        .with_context(|| format!("writing {}", a.out.display()))?;
    out.flush()?;
    eprintln!(
        "wrote {count} articles ({} MB) to {}",
        a.mb,
        a.out.display()
    );
    Ok(())
}

/// `vnsearch bench-engine`: one engine, one process; prints its report as JSON.
pub fn run_engine(a: &BenchEngineArgs) -> Result<()> {
    let report = run_one(
        a.engine,
        &a.input,
        &a.dir,
        a.threads,
        a.memory_mb,
        &query_mix(a.seed),
    )?;
    super::output::print_json(&report)
}

#[derive(Serialize)]
struct BenchResult {
    machine: Machine,
    corpus_mb: f64,
    threads: usize,
    engines: Vec<EngineReport>,
    scaling: Vec<EngineReport>,
}

fn spawn_engine(
    engine: Engine,
    input: &Path,
    dir: &Path,
    threads: usize,
    a: &BenchArgs,
) -> Result<EngineReport> {
    let exe = std::env::current_exe().context("locating the vnsearch binary")?;
    let name = serde_json::to_value(engine)?
        .as_str()
        .unwrap_or("engine")
        .to_string();
    eprintln!("bench: {name}, {threads} thread(s) ...");
    // The bench's own index directory: left over when an earlier run was interrupted.
    if dir.exists() {
        std::fs::remove_dir_all(dir).with_context(|| format!("clearing {}", dir.display()))?;
    }
    let out = Command::new(exe)
        .args([
            "bench-engine",
            "--engine",
            &name,
            "--threads",
            &threads.to_string(),
        ])
        .args([
            "--memory-mb",
            &a.memory_mb.to_string(),
            "--seed",
            &a.seed.to_string(),
        ])
        .arg("--input")
        .arg(input)
        .arg("--dir")
        .arg(dir)
        .output()
        .context("running a benchmark engine")?;
    if !out.status.success() {
        bail!(
            "{name} failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    std::fs::remove_dir_all(dir).ok();
    serde_json::from_slice(&out.stdout).with_context(|| format!("reading the {name} report"))
}

/// `vnsearch bench`.
pub fn run(a: &BenchArgs) -> Result<()> {
    let machine = Machine::current();
    let threads = a.threads.unwrap_or(machine.cores).max(1);
    let temp;
    let work: PathBuf = match &a.work_dir {
        Some(dir) => {
            std::fs::create_dir_all(dir)?;
            dir.clone()
        }
        None => {
            temp = tempfile::tempdir().context("creating a work directory")?;
            temp.path().to_path_buf()
        }
    };
    let input = match &a.input {
        Some(path) => path.clone(),
        None => {
            let path = work.join(format!("corpus-{}mb-seed{}.jsonl", a.mb, a.seed));
            if !path.exists() {
                eprintln!("bench: generating {} MB corpus ...", a.mb);
                gen_corpus(&GenCorpusArgs {
                    mb: a.mb,
                    out: path.clone(),
                    seed: a.seed,
                })?;
            }
            path
        }
    };
    let corpus_mb = std::fs::metadata(&input)
        .with_context(|| format!("reading {}", input.display()))?
        .len() as f64
        / 1e6;
    let mut engines = Vec::new();
    for engine in [Engine::Vnsearch, Engine::BareTantivy, Engine::Sqlite] {
        let threads = if engine == Engine::Sqlite { 1 } else { threads };
        engines.push(spawn_engine(
            engine,
            &input,
            &work.join(format!("index-{engine:?}")),
            threads,
            a,
        )?);
    }
    let mut scaling = Vec::new();
    if a.scaling {
        for t in 1..=machine.cores {
            scaling.push(spawn_engine(
                Engine::Vnsearch,
                &input,
                &work.join(format!("index-scaling-{t}")),
                t,
                a,
            )?);
        }
    }
    let result = BenchResult {
        machine,
        corpus_mb,
        threads,
        engines,
        scaling,
    };
    if a.json {
        return super::output::print_json(&result);
    }
    print_table(&result)
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1e6
}

fn print_table(r: &BenchResult) -> Result<()> {
    let base = r
        .engines
        .iter()
        .find(|e| e.engine == Engine::Vnsearch)
        .map(|e| e.mb_per_s)
        .unwrap_or(1.0);
    stdout_write(|out| {
        writeln!(
            out,
            "machine: {} ({} cores, {} GiB); corpus {:.1} MB; {} threads\n",
            r.machine.cpu, r.machine.cores, r.machine.memory_gib, r.corpus_mb, r.threads
        )?;
        writeln!(
            out,
            "{:<13} {:>7} {:>10} {:>10} {:>9} {:>9} {:>9} {:>9} {:>11}",
            "engine",
            "threads",
            "MB/s",
            "articles/s",
            "index MB",
            "peak MB",
            "p50 ms",
            "p99 ms",
            "MB/s ratio"
        )?;
        for e in r.engines.iter().chain(&r.scaling) {
            let name = serde_json::to_value(e.engine)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            writeln!(
                out,
                "{:<13} {:>7} {:>10.2} {:>10.0} {:>9.1} {:>9.0} {:>9.3} {:>9.3} {:>11.2}",
                name,
                e.threads,
                e.mb_per_s,
                e.articles_per_s,
                mb(e.index_bytes),
                e.peak_rss_bytes.map(mb).unwrap_or(0.0),
                e.query_p50_ms,
                e.query_p99_ms,
                e.mb_per_s / base.max(1e-9),
            )?;
        }
        writeln!(
            out,
            "\nMB/s ratio: engine throughput / vnsearch throughput, same input, same run."
        )?;
        Ok(())
    })
}
