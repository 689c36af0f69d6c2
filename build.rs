//! Rebuilds when the shipped corpus changes: it is compiled into the binary
//! (`include_dir!` in `src/corpus/embedded.rs`), which stable Rust cannot track by itself.

fn main() {
    println!("cargo:rerun-if-changed=corpus");
}
