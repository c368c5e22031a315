//! The golden corpus (shared/corpus): every case's cause is in `accept`, the contract's rules hold,
//! and every why id is in the vocabulary. Prints a per-case table on failure.
#![cfg(not(target_arch = "wasm32"))]

use chatmedic::{diagnose, rules, vocabulary, Evidence};
use serde_json::Value;

const FILES: &[&str] = &[
    concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../shared/corpus/public.jsonl"
    ),
    concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../shared/corpus/structured.jsonl"
    ),
];

#[test]
fn every_corpus_case_is_right_and_keeps_the_rules() {
    let vocab = vocabulary();
    let mut rows = Vec::new();
    let mut failures = 0;
    let mut total = 0;
    for file in FILES {
        let data = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}"));
        for line in data.lines().filter(|l| !l.trim().is_empty()) {
            let case: Value = serde_json::from_str(line).expect("corpus line is JSON");
            let id = case["id"].as_str().unwrap_or("?").to_string();
            let accept: Vec<&str> = case["accept"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(Value::as_str)
                .collect();
            let e = Evidence::from_json(&case["evidence"]).expect("corpus evidence parses");
            let d = diagnose(&e);
            let problems = rules::problems(&d, &accept, &vocab);
            total += 1;
            let ok = problems.is_empty();
            if !ok {
                failures += 1;
            }
            rows.push(format!(
                "{} {:5} {:18} {:4.2} {:5} fixes={:?} why={:?} {}",
                if ok { "ok  " } else { "FAIL" },
                id,
                d.cause.as_str(),
                d.confidence,
                d.badge,
                d.fixes.iter().map(|f| f.as_str()).collect::<Vec<_>>(),
                d.why,
                problems.join("; ")
            ));
        }
    }
    assert!(total >= 69, "only {total} cases read");
    if failures > 0 {
        panic!(
            "{failures} of {total} corpus cases failed:\n{}",
            rows.join("\n")
        );
    }
    println!("{total}/{total} corpus cases right\n{}", rows.join("\n"));
}
