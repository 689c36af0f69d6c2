//! The `vnsearch` binary: a thin command-line layer over the library.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    match cli::run() {
        Ok(code) => code,
        Err(err) => {
            if cli::is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            let chain: Vec<String> = err.chain().map(|e| e.to_string()).collect();
            eprintln!("vnsearch: {}", chain.join(": "));
            ExitCode::from(2)
        }
    }
}
