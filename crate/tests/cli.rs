//! The command line as a user or a simulation drives it.
#![cfg(not(target_arch = "wasm32"))]
use serde_json::Value;
use std::io::Write;
use std::process::{Command, Stdio};

fn run(args: &[&str], stdin: &str) -> (bool, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_chatmedic"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("the CLI starts");
    // Written from another thread: the CLI answers while it reads, and a pipe holds only so
    // much of its answer before it waits for us to read.
    let mut pipe = child.stdin.take().unwrap();
    let input = stdin.to_string();
    let writer = std::thread::spawn(move || pipe.write_all(input.as_bytes()));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    (out.status.success(), String::from_utf8(out.stdout).unwrap())
}

#[test]
fn schedule_jsonl_answers_every_line_in_order_and_a_bad_line_gets_an_error_line() {
    let input = [
        r#"{"cause":"bad_gateway","attempt":0,"random":0}"#,
        "not json",
        r#"{"cause":"auth"}"#,
        "",
        r#"{"cause":"nope"}"#,
        r#"{"cause":"rate_limited","retryAfterMs":120000,"random":0.99}"#,
    ]
    .join("\n");
    let (ok, out) = run(&["schedule", "--jsonl"], &input);
    assert!(ok);
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 5, "{out}");
    assert_eq!(lines[0]["action"], "retry");
    assert_eq!(lines[0]["afterMs"], 2000);
    assert!(lines[1]["error"].as_str().unwrap().starts_with("not JSON"));
    assert_eq!(lines[1]["line"], 2);
    assert_eq!(lines[2]["reason"], "not_retryable");
    assert!(lines[3]["error"]
        .as_str()
        .unwrap()
        .starts_with("schedule.cause"));
    assert!(lines[4]["afterMs"].as_u64().unwrap() >= 120_000);
}

#[test]
fn schedule_jsonl_takes_tens_of_thousands_of_lines() {
    let input: String = (0..20_000)
        .map(|i| {
            format!(
                "{{\"cause\":\"timeout\",\"attempt\":{},\"random\":0.5}}\n",
                i % 40
            )
        })
        .collect();
    let (ok, out) = run(&["schedule", "--jsonl"], &input);
    assert!(ok);
    assert_eq!(out.lines().count(), 20_000);
}

#[test]
fn fleet_prints_every_policy_for_every_outage() {
    let (ok, out) = run(&["fleet", "--clients", "500", "--json"], "");
    assert!(ok);
    let outcomes: Vec<Value> = serde_json::from_str(&out).unwrap();
    assert_eq!(outcomes.len(), 12);
    for o in &outcomes {
        for k in [
            "peakPerS",
            "total",
            "medianRecoveryS",
            "p95RecoveryS",
            "gaveUp",
        ] {
            assert!(o.get(k).is_some(), "{o}");
        }
    }
}
