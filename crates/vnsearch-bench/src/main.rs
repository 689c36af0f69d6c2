//! `vnsearch-bench`: generate a corpus, index it with vnsearch and its peers (bare tantivy,
//! SQLite FTS5), each engine in a process of its own so peak memory is its own, and print one
//! comparison table (or JSON) with ratios taken in the same run.
//!
//! The engine processes are this same binary started with `VNSEARCH_BENCH_ENGINE` set to the
//! job (JSON): no hidden subcommand.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use anyhow::{bail, Context, Result};
use clap::Parser;
use serde::{Deserialize, Serialize};
use vnsearch_bench::{
    generate, profile_stages, query_mix, run_engine, Engine, EngineReport, Machine, StageProfile,
};

/// The environment variable that makes this binary run one engine job.
const ENGINE_JOB: &str = "VNSEARCH_BENCH_ENGINE";

/// Indexing speed, memory, index size and query latency of vnsearch against bare tantivy and
/// SQLite FTS5, on one generated (or given) corpus, in one run.
#[derive(Parser, Debug)]
#[command(name = "vnsearch-bench", version, about)]
struct Args {
    /// Size of the generated corpus in MB.
    #[arg(long, default_value_t = 200)]
    mb: u64,
    /// Threads for indexing (default: all cores).
    #[arg(long)]
    threads: Option<usize>,
    /// Writer memory budget in MB, for vnsearch and bare tantivy alike.
    #[arg(long, default_value_t = 512)]
    memory_mb: usize,
    /// Also run vnsearch at 1, 2, ... up to the core count.
    #[arg(long)]
    scaling: bool,
    /// Use this .jsonl corpus instead of generating one.
    #[arg(long)]
    input: Option<PathBuf>,
    /// Where to put the corpus and indexes (default: a temporary directory, removed after).
    #[arg(long)]
    work_dir: Option<PathBuf>,
    /// Seed of the generated corpus and query mix: the same seed gives the same corpus.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Print JSON.
    #[arg(long)]
    json: bool,
    /// Only time vnsearch's pipeline stage by stage, on one thread (ms per MB), and stop.
    #[arg(long)]
    stages: bool,
    /// Only write the generated corpus (.jsonl) to this file, and stop.
    #[arg(long, value_name = "FILE")]
    gen_corpus: Option<PathBuf>,
}

/// One engine's job, handed to its process.
#[derive(Serialize, Deserialize)]
struct EngineJob {
    engine: Engine,
    input: PathBuf,
    dir: PathBuf,
    threads: usize,
    memory_mb: usize,
    seed: u64,
}

fn main() -> ExitCode {
    let outcome = match std::env::var(ENGINE_JOB) {
        Ok(job) => run_job(&job),
        Err(_) => run(&Args::parse()),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("vnsearch-bench: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// Writes the generated corpus.
fn gen_corpus(out_path: &Path, mb: u64, seed: u64) -> Result<()> {
    let file = std::fs::File::create(out_path)
        .with_context(|| format!("creating {}", out_path.display()))?;
    let mut out = BufWriter::new(file);
    let count = generate(&mut out, mb * 1_000_000, seed)
        .with_context(|| format!("writing {}", out_path.display()))?;
    out.flush()?;
    eprintln!("wrote {count} articles ({mb} MB) to {}", out_path.display());
    Ok(())
}

/// One engine, in this process; prints its report as JSON.
fn run_job(job: &str) -> Result<()> {
    let job: EngineJob = serde_json::from_str(job).context("reading the engine job")?;
    let report = run_engine(
        job.engine,
        &job.input,
        &job.dir,
        job.threads,
        job.memory_mb,
        &query_mix(job.seed),
    )?;
    println!("{}", serde_json::to_string(&report)?);
    Ok(())
}

fn spawn_engine(
    engine: Engine,
    input: &Path,
    dir: &Path,
    threads: usize,
    a: &Args,
) -> Result<EngineReport> {
    let exe = std::env::current_exe().context("locating the vnsearch-bench binary")?;
    let name = serde_json::to_value(engine)?
        .as_str()
        .unwrap_or("engine")
        .to_string();
    eprintln!("bench: {name}, {threads} thread(s) ...");
    // The bench's own index directory: left over when an earlier run was interrupted.
    if dir.exists() {
        std::fs::remove_dir_all(dir).with_context(|| format!("clearing {}", dir.display()))?;
    }
    let job = EngineJob {
        engine,
        input: input.to_path_buf(),
        dir: dir.to_path_buf(),
        threads,
        memory_mb: a.memory_mb,
        seed: a.seed,
    };
    let out = Command::new(exe)
        .env(ENGINE_JOB, serde_json::to_string(&job)?)
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

#[derive(Serialize)]
struct BenchResult {
    machine: Machine,
    corpus_mb: f64,
    threads: usize,
    engines: Vec<EngineReport>,
    scaling: Vec<EngineReport>,
}

/// The whole benchmark (or only the corpus, with `--gen-corpus`).
fn run(a: &Args) -> Result<()> {
    if let Some(out) = &a.gen_corpus {
        return gen_corpus(out, a.mb, a.seed);
    }
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
                gen_corpus(&path, a.mb, a.seed)?;
            }
            path
        }
    };
    if a.stages {
        let profile = profile_stages(&input, &work.join("index-stages"))?;
        std::fs::remove_dir_all(work.join("index-stages")).ok();
        return print_stages(&machine, &profile, a.json);
    }
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
        println!("{}", serde_json::to_string_pretty(&result)?);
        return Ok(());
    }
    print_table(&result)
}

/// Prints a stage profile as a table (or JSON).
fn print_stages(machine: &Machine, p: &StageProfile, json: bool) -> Result<()> {
    if json {
        println!("{}", serde_json::to_string_pretty(p)?);
        return Ok(());
    }
    let total: f64 = p.stages.iter().map(|s| s.seconds).sum();
    println!(
        "machine: {} ({} cores, {} GiB); corpus {:.1} MB, {} articles, {} passages; one thread\n",
        machine.cpu, machine.cores, machine.memory_gib, p.mb, p.articles, p.passages
    );
    println!(
        "{:<10} {:>10} {:>9} {:>7}",
        "stage", "seconds", "ms/MB", "share"
    );
    for s in &p.stages {
        println!(
            "{:<10} {:>10.2} {:>9.1} {:>6.1}%",
            s.stage,
            s.seconds,
            s.ms_per_mb,
            100.0 * s.seconds / total.max(1e-9)
        );
    }
    println!(
        "{:<10} {:>10.2} {:>9.1} {:>7}",
        "total",
        total,
        total * 1e3 / p.mb.max(1e-9),
        ""
    );
    Ok(())
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
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let write = |out: &mut dyn Write| -> std::io::Result<()> {
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
    };
    match write(&mut out) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}
