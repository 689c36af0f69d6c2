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
            // One line: the context chain, without a cause its parent already spelled out.
            let mut line = String::new();
            for cause in err.chain().map(|e| e.to_string()) {
                if line.ends_with(&cause) {
                    continue;
                }
                if !line.is_empty() {
                    line.push_str(": ");
                }
                line.push_str(&cause);
            }
            eprintln!("vnsearch: {}", line.replace('\n', " "));
            ExitCode::from(2)
        }
    }
}
