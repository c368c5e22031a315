//! `chatmedic`: the diagnosis core on the command line.
//!
//! - `chatmedic diagnose "TEXT" [--site S] [--url U] [--status N] [--net-error E] [--json]`
//! - `chatmedic diagnose --jsonl` (stdin: one Evidence or corpus row per line → one Diagnosis per line)
//! - `chatmedic schedule --jsonl` (stdin: one schedule input per line → one decision per line)
//! - `chatmedic watch --jsonl` (stdin: one watch input per line → one decision per line)
//! - `chatmedic fleet [--clients N] [--seed S] [--cause C] [--json] [--sweep | --watch]` (the retry policies compared)
//! - `chatmedic sites [--json]`, `chatmedic vocabulary`, `chatmedic bench [FILE…]`
use chatmedic::{diagnose, Cause, Diagnosis, Evidence, Fix, Side};
use clap::{Parser, Subcommand};
use serde_json::{json, Value};
use std::hint::black_box;
use std::io::{BufRead, Write};
use std::process::ExitCode;
use std::time::Instant;

#[derive(Parser)]
#[command(
    name = "chatmedic",
    version,
    about = "What went wrong with an AI chat site, whose side it is on, and what to do"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Diagnose an error message (and optionally a status code, a network error, a site).
    Diagnose {
        /// The error text as seen on the page.
        text: Option<String>,
        /// Site id from the registry (see `chatmedic sites`).
        #[arg(long)]
        site: Option<String>,
        /// Page or request URL (the site is derived from it).
        #[arg(long)]
        url: Option<String>,
        /// HTTP status of the failed request.
        #[arg(long)]
        status: Option<u16>,
        /// Chrome network error: net::ERR_X, ERR_X or -N.
        #[arg(long = "net-error")]
        net_error: Option<String>,
        /// Print the Diagnosis as JSON.
        #[arg(long)]
        json: bool,
        /// Read one JSON object per line from stdin (Evidence, or an object with `evidence`).
        #[arg(long, conflicts_with_all = ["text", "site", "url", "status", "net_error"])]
        jsonl: bool,
    },
    /// Auto-refresh's decision: whether and when to retry after a failure.
    Schedule {
        /// Read one input object per line from stdin, write one decision per line.
        #[arg(long, required = true)]
        jsonl: bool,
    },
    /// Simulate a fleet of clients meeting one outage under each retry policy.
    Fleet {
        /// Clients meeting each outage.
        #[arg(long, default_value_t = 10_000)]
        clients: u32,
        /// Seed of the simulation's random numbers (the same seed, the same figures).
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// The cause the clients failed with.
        #[arg(long, default_value = "bad_gateway")]
        cause: String,
        /// Print the outcomes as a JSON array.
        #[arg(long)]
        json: bool,
        /// Compare curves around ours on the 10-minute outage instead.
        #[arg(long)]
        sweep: bool,
        /// "Tell me when it's back": the watch's checks next to auto-refresh's retries and a
        /// fixed timer, through a 30-minute outage.
        #[arg(long, conflicts_with = "sweep")]
        watch: bool,
    },
    /// The watch's decision ("Tell me when it's back"): when to check, or back, or stop.
    Watch {
        /// Read one input object per line from stdin, write one decision per line.
        #[arg(long, required = true)]
        jsonl: bool,
    },
    /// List the site registry.
    Sites {
        /// Print the registry as a JSON array (and nothing else).
        #[arg(long)]
        json: bool,
    },
    /// Print every id the core can emit, as JSON.
    Vocabulary,
    /// Print the words of every language that mark a failure, as JSON (the content script's
    /// prefilter is generated from them).
    Words,
    /// Time the core over corpus cases (default: shared/corpus/*.jsonl).
    Bench {
        /// JSONL files of Evidence objects or corpus rows.
        files: Vec<String>,
    },
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let out = std::io::stdout();
    let mut out = out.lock();
    let r = match cli.command {
        Command::Diagnose {
            text,
            site,
            url,
            status,
            net_error,
            json,
            jsonl,
        } => {
            if jsonl {
                jsonl_mode(&mut out)
            } else {
                let e = Evidence {
                    text,
                    site,
                    url,
                    http_status: status,
                    net_error,
                    ..Evidence::default()
                };
                let d = diagnose(&e);
                if json {
                    writeln!(
                        out,
                        "{}",
                        serde_json::to_string(&d).expect("a diagnosis serializes")
                    )
                } else {
                    print_human(&mut out, &d)
                }
            }
        }
        Command::Sites { json } => {
            if json {
                writeln!(
                    out,
                    "{}",
                    serde_json::to_string_pretty(chatmedic::sites::SITES).expect("sites serialize")
                )
            } else {
                chatmedic::sites::SITES.iter().try_for_each(|s| {
                    writeln!(
                        out,
                        "{:15} {:18} {:12} {}",
                        s.id,
                        s.name,
                        s.provider,
                        s.hosts.join(", ")
                    )
                })
            }
        }
        Command::Schedule { jsonl: _ } => decisions_jsonl(
            &mut out,
            chatmedic::schedule::ScheduleInput::from_json,
            chatmedic::schedule::schedule,
        ),
        Command::Watch { jsonl: _ } => decisions_jsonl(
            &mut out,
            chatmedic::watch::WatchInput::from_json,
            chatmedic::watch::decide,
        ),
        Command::Fleet {
            clients,
            seed,
            cause,
            json,
            sweep,
            watch,
        } => {
            let Some(cause) = Cause::from_id(&cause) else {
                eprintln!("chatmedic fleet: unknown cause id {cause:?}");
                return ExitCode::FAILURE;
            };
            let outcomes = if watch {
                chatmedic::fleet::watch_report(clients.max(2), seed)
            } else if sweep {
                chatmedic::fleet::sweep(clients.max(2), seed)
            } else {
                chatmedic::fleet::report(clients.max(2), seed, cause)
            };
            if json {
                writeln!(
                    out,
                    "{}",
                    serde_json::to_string(&outcomes).expect("outcomes serialize")
                )
            } else {
                write!(
                    out,
                    "fleet simulation (seed {seed}):{}",
                    chatmedic::fleet::table(&outcomes)
                )
            }
        }
        Command::Vocabulary => writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&chatmedic::vocabulary()).expect("vocabulary serializes")
        ),
        Command::Words => writeln!(
            out,
            "{}",
            serde_json::to_string(&chatmedic::signals::concepts::failure_words())
                .expect("words serialize")
        ),
        Command::Bench { files } => return bench(files),
    };
    match r {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("chatmedic: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The evidence of a JSONL line: the object itself, or its `evidence` field (a corpus row).
fn evidence_of(line: &str) -> Result<Evidence, String> {
    let v: Value = serde_json::from_str(line).map_err(|e| format!("not JSON: {e}"))?;
    let ev = match v.get("evidence") {
        Some(inner) if v.is_object() => inner,
        _ => &v,
    };
    Evidence::from_json(ev).map_err(|e| e.to_string())
}

fn jsonl_mode(out: &mut impl Write) -> std::io::Result<()> {
    let stdin = std::io::stdin();
    for (i, line) in stdin.lock().lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let s = match evidence_of(&line) {
            Ok(e) => serde_json::to_string(&diagnose(&e)),
            Err(problem) => serde_json::to_string(&json!({ "error": problem, "line": i + 1 })),
        };
        writeln!(out, "{}", s.expect("JSON serializes"))?;
    }
    Ok(())
}

/// `schedule --jsonl` and `watch --jsonl`: a decision per input line (`read` the input, `decide`
/// on it), an `{"error"}` line for a bad one. Output is buffered (a simulation sends tens of
/// thousands of lines) and flushed at the end.
fn decisions_jsonl<I, D: serde::Serialize, E: std::fmt::Display>(
    out: &mut impl Write,
    read: impl Fn(&Value) -> Result<I, E>,
    decide: impl Fn(&I) -> D,
) -> std::io::Result<()> {
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(out);
    for (i, line) in stdin.lock().lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let input = serde_json::from_str::<Value>(&line)
            .map_err(|e| format!("not JSON: {e}"))
            .and_then(|v| read(&v).map_err(|e| e.to_string()));
        let s = match input {
            Ok(input) => serde_json::to_string(&decide(&input)),
            Err(problem) => serde_json::to_string(&json!({ "error": problem, "line": i + 1 })),
        };
        writeln!(out, "{}", s.expect("JSON serializes"))?;
    }
    out.flush()
}

// English labels, for the CLI only (the extension's live in its locale files).
fn cause_label(c: Cause) -> &'static str {
    use Cause::*;
    match c {
        BadGateway => "Bad gateway: a relay got no valid answer from the model servers",
        Timeout => "Timeout: the servers took too long to answer",
        Overloaded => "Overloaded: the service or model is at capacity",
        ServerError => "Server error: the service failed",
        Outage => "Outage: the provider reports an incident or maintenance",
        RateLimited => "Rate limited: too many requests, or a usage cap was reached",
        StreamInterrupted => "Interrupted: a reply started and was cut off",
        Auth => "Signed out: the session is missing, expired or invalid",
        Blocked => "Blocked: the site's protection refuses this browser or network",
        TooLarge => "Too large: the message, files or conversation exceed a limit",
        StaleClient => "Stale browser data: cache, cookies or stored state break the site",
        BlockedLocally => "Blocked on this computer: an extension, policy, firewall or antivirus",
        Offline => "Offline: this device has no internet connection",
        Dns => "DNS: the site's name could not be resolved",
        Proxy => "Proxy/VPN: the configured proxy or VPN failed",
        Connection => "Connection: the connection between here and the site failed",
        Tls => "Secure connection failed: clock, intercepting software or network",
        Unknown => "Unknown: nothing recognisable",
    }
}

fn side_label(s: Side) -> &'static str {
    match s {
        Side::Service => "the service's side",
        Side::Account => "your account",
        Side::Request => "your request",
        Side::Device => "this device",
        Side::Network => "your network",
        Side::Unknown => "unknown",
    }
}

fn fix_label(f: Fix) -> &'static str {
    use Fix::*;
    match f {
        Reload => "Reload the page",
        RetryLater => "Wait a little and try again",
        CheckStatus => "Look at the provider's status page",
        ClearSiteData => "Clear this site's cache and cookies",
        PrivateWindow => "Open the site in a private window",
        DisableExtensions => "Turn other extensions off, one by one",
        DisableVpnProxy => "Turn the VPN or proxy off, or change its server",
        SwitchNetwork => "Try another network, e.g. a phone hotspot",
        CheckConnection => "Check Wi-Fi or cable; restart the router",
        ChangeDns => "Flush the DNS cache or use another DNS resolver",
        SignInAgain => "Sign out and sign in again",
        CompleteChallenge => {
            "Complete the \"verify you are human\" check; allow challenges.cloudflare.com"
        }
        SwitchModel => "Choose another model",
        NewChat => "Start a new conversation",
        ShortenMessage => "Send a shorter message, or fewer or smaller files",
        WaitForReset => "Wait until the usage limit resets",
        CheckClock => "Set the computer's date and time correctly",
        CheckSecuritySoftware => "Check antivirus, firewall or TLS inspection settings",
        DifferentBrowser => "Try another browser",
        ContactSupport => "Contact the provider's support",
    }
}

fn print_human(out: &mut impl Write, d: &Diagnosis) -> std::io::Result<()> {
    writeln!(out, "{}", cause_label(d.cause))?;
    writeln!(
        out,
        "Whose side: {}   (cause: {}, confidence {:.2})",
        side_label(d.side),
        d.cause.as_str(),
        d.confidence
    )?;
    if let Some(site) = d.site {
        writeln!(out, "Site: {site}")?;
    }
    let why: Vec<&str> = d.why.iter().map(|w| w.as_ref()).collect();
    writeln!(
        out,
        "Why: {}",
        if why.is_empty() {
            "-".into()
        } else {
            why.join(", ")
        }
    )?;
    if !d.conflicts.is_empty() {
        let c: Vec<&str> = d.conflicts.iter().map(|w| w.as_ref()).collect();
        writeln!(out, "Pointing elsewhere: {}", c.join(", "))?;
    }
    match (d.retry.advised, d.retry.after_ms) {
        (true, Some(ms)) => writeln!(out, "Retry: after {}", human_ms(ms))?,
        _ => writeln!(out, "Retry: not advised until something changes")?,
    }
    writeln!(out, "What to do:")?;
    for (i, f) in d.fixes.iter().enumerate() {
        writeln!(out, "  {}. {}", i + 1, fix_label(*f))?;
    }
    if let Some(p) = d.status_page {
        writeln!(out, "Status page: {p}")?;
    }
    Ok(())
}

fn human_ms(ms: u64) -> String {
    match ms {
        0..=59_999 => format!("{} s", ms.div_ceil(1000)),
        60_000..=3_599_999 => format!("{} min", ms.div_ceil(60_000)),
        _ => format!("{} h {} min", ms / 3_600_000, (ms % 3_600_000) / 60_000),
    }
}

fn default_corpus() -> Vec<String> {
    let dirs = [
        concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/corpus").to_string(),
        "../shared/corpus".to_string(),
        "../../shared/corpus".to_string(),
    ];
    for d in dirs {
        let files: Vec<String> = ["public.jsonl", "structured.jsonl"]
            .iter()
            .map(|f| format!("{d}/{f}"))
            .filter(|p| std::path::Path::new(p).exists())
            .collect();
        if !files.is_empty() {
            return files;
        }
    }
    Vec::new()
}

fn bench(files: Vec<String>) -> ExitCode {
    let files = if files.is_empty() {
        default_corpus()
    } else {
        files
    };
    if files.is_empty() {
        eprintln!("chatmedic bench: no corpus found; pass a JSONL file");
        return ExitCode::FAILURE;
    }
    let mut cases = Vec::new();
    for f in &files {
        let data = match std::fs::read_to_string(f) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("chatmedic bench: {f}: {e}");
                return ExitCode::FAILURE;
            }
        };
        cases.extend(
            data.lines()
                .filter(|l| !l.trim().is_empty())
                .filter_map(|l| evidence_of(l).ok()),
        );
    }
    if cases.is_empty() {
        eprintln!("chatmedic bench: no cases");
        return ExitCode::FAILURE;
    }
    chatmedic::signals::scan::warm_up();
    let text_bytes: usize = cases
        .iter()
        .map(|e| e.text.as_ref().map_or(0, String::len))
        .sum();
    println!(
        "chatmedic {} bench: {} cases from {}",
        chatmedic::version(),
        cases.len(),
        files.join(", ")
    );
    println!(
        "  text: {} bytes in all, {:.0} bytes per case on average",
        text_bytes,
        text_bytes as f64 / cases.len() as f64
    );

    // Calibrate rounds to about one second of core time.
    let t = Instant::now();
    let mut rounds = 0u64;
    while t.elapsed().as_millis() < 200 {
        for e in &cases {
            black_box(diagnose(black_box(e)));
        }
        rounds += 1;
    }
    let rounds = (rounds * 5).max(1);

    let t = Instant::now();
    for _ in 0..rounds {
        for e in &cases {
            black_box(diagnose(black_box(e)));
        }
    }
    let core = t.elapsed().as_secs_f64();
    let n = rounds as f64 * cases.len() as f64;
    let ns_per = core * 1e9 / n;

    // The floor: one plain pass over the same bytes, ASCII-lowercasing and summing them.
    let t = Instant::now();
    let mut sum = 0u64;
    for _ in 0..rounds {
        for e in black_box(&cases) {
            if let Some(text) = &e.text {
                for b in black_box(text.as_bytes()) {
                    sum = sum.wrapping_add(u64::from(b.to_ascii_lowercase()));
                }
            }
        }
    }
    black_box(sum);
    let floor = t.elapsed().as_secs_f64();
    let floor_per = floor * 1e9 / n;
    println!("  core:  {ns_per:9.1} ns per diagnosis  = {:>12.0} diagnoses/s on one core ({rounds} rounds)", 1e9 / ns_per);
    println!("  floor: {floor_per:9.1} ns per case      (one pass: ASCII-lowercase + sum of the same text bytes)");
    println!("  ratio: {:.1}x the floor", ns_per / floor_per.max(1e-9));

    // Linearity: big texts made of the corpus texts, repeated.
    let mut unit = String::new();
    for e in &cases {
        if let Some(t) = &e.text {
            unit.push_str(t);
            unit.push('\n');
        }
    }
    if unit.is_empty() {
        unit.push_str("Something went wrong. ");
    }
    println!("  linearity (one diagnosis of a text of each size):");
    for mib in [1usize, 2, 4, 8, 10] {
        let size = mib << 20;
        let mut text = String::with_capacity(size + unit.len());
        while text.len() < size {
            text.push_str(&unit);
        }
        let mut cut = size;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        text.truncate(cut);
        let e = Evidence {
            site: Some("chatgpt".into()),
            text: Some(text),
            ..Evidence::default()
        };
        let reps = 3;
        let t = Instant::now();
        let mut cause = Cause::Unknown;
        for _ in 0..reps {
            cause = black_box(diagnose(black_box(&e))).cause;
        }
        let secs = t.elapsed().as_secs_f64() / reps as f64;
        println!(
            "    {mib:2} MiB: {:8.2} ms, {:.3} ns/byte ({})",
            secs * 1e3,
            secs * 1e9 / size as f64,
            cause.as_str()
        );
    }
    ExitCode::SUCCESS
}
