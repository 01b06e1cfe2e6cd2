//! Replays every committed fuzz input (`fuzz/corpus/<target>/` and the crash inputs kept in
//! `fuzz/regressions/<target>/`) through the checks the fuzz targets run, so that what the
//! fuzzer found stays fixed without libFuzzer or a nightly build.

#[path = "../../fuzz/src/lib.rs"]
mod checks;

use std::path::Path;

fn replay(target: &str, check: fn(&[u8])) {
    let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz");
    let mut inputs = Vec::new();
    for folder in ["corpus", "regressions"] {
        let Ok(entries) = std::fs::read_dir(fuzz.join(folder).join(target)) else {
            continue;
        };
        inputs.extend(entries.map(|entry| entry.expect("a directory entry").path()));
    }
    assert!(!inputs.is_empty(), "no committed inputs for the fuzz target {target}");
    let failed: Vec<String> = inputs
        .iter()
        .filter(|input| {
            let data = std::fs::read(input).expect("a fuzz input");
            std::panic::catch_unwind(|| check(&data)).is_err()
        })
        .map(|input| input.display().to_string())
        .collect();
    assert!(failed.is_empty(), "{target} failed on {failed:#?}");
}

#[test]
fn triage_inputs() {
    replay("triage", checks::triage);
}

#[test]
fn form_inputs() {
    replay("forms", checks::forms);
}

#[test]
fn openreferral_inputs() {
    replay("openreferral_json", checks::openreferral_json);
}

#[test]
fn directory_inputs() {
    replay("directory_json", checks::directory_json);
}
