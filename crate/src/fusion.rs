//! Fusion: one answer from all the signals.
//!
//! 1. Every family turns its evidence into signals (cause, strength, why id).
//! 2. The cause backed by the strongest signal wins; among equals, the one backed by more
//!    distinct signals; then the more specific cause (the order of `Cause`). Hints never decide.
//!    Signals that name none of our causes (a 400, "invalid request", a content filter) decide
//!    `unknown` over generic failure words, but never outweigh a named cause as strong.
//! 3. Rules a person would agree with refine it: a generic network error inside a chat page, or
//!    on a stream, is a cut stream; a connection failure with a proxy configured (or to a local
//!    endpoint like 127.0.0.1:8080, or that names the proxy) is the proxy; text that names no
//!    cause but reads as a failure ("Please try again", 「失败」) is a generic `server_error` with
//!    low confidence; the provider's own outage or maintenance turns a service failure into
//!    `outage`; `online: false` is `offline` whatever the page says. A connection failure that a
//!    reachability check (`reach`) looked into moves side: the site fails while its status host
//!    or another host answers → the service's side (or something between here and that one
//!    site); nothing answers → the network; everything answers now → it was brief, whose side
//!    unknown.
//! 4. `why` lists the rule ids and the agreeing evidence, strongest first; `conflicts` lists the
//!    evidence that pointed elsewhere; `confidence` grows with strength and agreement and falls
//!    with conflict.
use crate::diagnosis::{Cause, Diagnosis, Side, WhyId};
use crate::evidence::{Evidence, ProviderLevel, RequestKind};
use crate::signals::scan::{self, Findings};
use crate::signals::wait::{self, Wait};
use crate::signals::{body, http_status, net_error, text, Signal, Strength};
use crate::{fixes, retry, sites};
use std::borrow::Cow;
use std::cell::RefCell;

/// Why ids that rules (not tables) emit.
pub static RULE_WHYS: &[&str] = &[
    "offline_flag",
    "proxy_configured",
    "request_kind_stream",
    "in_page_network_error",
    "provider_degraded",
    "provider_partial_outage",
    "provider_major_outage",
    "provider_maintenance",
    "retry_after_header",
    "wait_in_text",
    "reset_time_in_text",
    "reach_only_site_fails",
    "reach_nothing_answers",
    "reach_all_answer",
];

/// Families of parametrised why ids (prefix + number or lowercase name).
pub static WHY_FAMILIES: &[&str] = &["http_status_", "net_error_", "gemini_error_"];

fn provider_why(level: ProviderLevel) -> Option<&'static str> {
    match level {
        ProviderLevel::Degraded => Some("provider_degraded"),
        ProviderLevel::PartialOutage => Some("provider_partial_outage"),
        ProviderLevel::MajorOutage => Some("provider_major_outage"),
        ProviderLevel::Maintenance => Some("provider_maintenance"),
        _ => None,
    }
}

/// Merges signals with the same why id, keeping the first place and the strongest strength.
fn dedupe(sig: &mut Vec<Signal>) {
    let mut i = 0;
    while i < sig.len() {
        if let Some(j) = sig[..i].iter().position(|s| s.why == sig[i].why) {
            let s = sig.remove(i);
            if s.strength > sig[j].strength {
                sig[j] = s;
            }
        } else {
            i += 1;
        }
    }
}

/// The cause backed best: (strongest signal, sum of strengths, specificity).
fn choose(sig: &[Signal]) -> Option<Cause> {
    let mut best: Option<(Strength, u32, Cause)> = None;
    for s in sig.iter().filter(|s| s.strength > Strength::Hint) {
        let c = s.cause;
        if best.is_some_and(|(_, _, b)| b == c) {
            continue;
        }
        let (top, mut sum) = sig
            .iter()
            .filter(|x| x.cause == c && x.strength > Strength::Hint)
            .fold((Strength::Hint, 0u32), |(t, n), x| {
                (t.max(x.strength), n + x.strength as u32)
            });
        // Signals of "none of our causes" (a 400, "invalid request", a content filter) do not add
        // up: together they still only say that, and a named cause as strong wins over them.
        if c == Cause::Unknown {
            sum = top as u32;
        }
        let better = match best {
            None => true,
            Some((bt, bs, bc)) => {
                (top, sum, std::cmp::Reverse(c)) > (bt, bs, std::cmp::Reverse(bc))
            }
        };
        if better {
            best = Some((top, sum, c));
        }
    }
    best.map(|(_, _, c)| c)
}

/// Generic "something failed" wording agrees with every cause: it never counts as a conflict.
fn compatible_with_all(s: &Signal) -> bool {
    s.cause == Cause::ServerError && s.strength == Strength::Generic
}

/// What a diagnosis works in and does not return: the signals, and which of them agree with the
/// cause (indices, strongest first).
struct Scratch {
    signals: Vec<Signal>,
    agreeing: Vec<usize>,
}

thread_local! {
    /// Kept from one diagnosis to the next: allocating and freeing these vectors each time was
    /// about a tenth of a diagnosis (callgrind).
    static SCRATCH: RefCell<Scratch> = const {
        RefCell::new(Scratch {
            signals: Vec::new(),
            agreeing: Vec::new(),
        })
    };
}

pub fn diagnose(e: &Evidence) -> Diagnosis {
    SCRATCH.with(|cell| {
        // Always free: a diagnosis makes no other. Fresh vectors would do as well if it were not.
        let mut fresh = Scratch {
            signals: Vec::new(),
            agreeing: Vec::new(),
        };
        let mut kept = cell.try_borrow_mut();
        let s = match &mut kept {
            Ok(kept) => &mut **kept,
            Err(_) => &mut fresh,
        };
        let d = diagnose_with(e, &mut s.signals, &mut s.agreeing);
        s.signals.clear();
        d
    })
}

fn diagnose_with(e: &Evidence, sig: &mut Vec<Signal>, agreeing: &mut Vec<usize>) -> Diagnosis {
    let site = sites::site_for(e);
    if let Some(s) = e.http_status.and_then(http_status::signal) {
        sig.push(s);
    }
    let net_row = e.net_error.as_deref().and_then(net_error::parse);
    if let Some(r) = net_row {
        sig.push(net_error::signal(r));
    }
    let findings: Option<Findings> = e
        .text
        .as_deref()
        .filter(|t| !t.is_empty())
        .map(|t| scan::scan(t, site.is_none_or(|s| s.id == "gemini")));
    if let Some(f) = &findings {
        f.signals(sig);
    }
    // A failed response's body: its JSON error fields and messages read like text, and Gemini's
    // batchexecute frames carry the same gRPC numbers as its "Something went wrong (8)".
    if let Some(b) = e.body.as_deref().filter(|b| !b.is_empty()) {
        let gemini_site = site.is_none_or(|s| s.id == "gemini");
        scan::scan(b, false).signals(sig);
        if let Some(n) = body::batchexecute_code(b).filter(|_| gemini_site) {
            let (cause, strength) = text::gemini(n);
            sig.push(Signal::new(cause, strength, format!("gemini_error_{n}")));
        }
    }
    dedupe(sig);

    let chosen = choose(sig);
    let mut cause = chosen.unwrap_or(Cause::Unknown);
    let mut rules: Vec<&'static str> = Vec::new();
    let mut absorbs: &[Cause] = &[];

    // A connection failure (or Chrome's "No internet" page) that itself names the proxy as what
    // failed ("Cannot connect to proxy", "something wrong with the proxy server") is the proxy's.
    if matches!(cause, Cause::Connection | Cause::Offline) {
        let top = |c: Cause| {
            sig.iter()
                .filter(|s| s.cause == c)
                .map(|s| s.strength)
                .max()
        };
        if top(Cause::Proxy).is_some_and(|p| p >= Strength::Specific && Some(p) >= top(cause)) {
            cause = Cause::Proxy;
            absorbs = &[Cause::Connection, Cause::Offline];
        }
    }
    // A connection failure with a proxy configured, or to a local endpoint, is the proxy's.
    if cause == Cause::Connection {
        if e.proxy == Some(true) {
            cause = Cause::Proxy;
            rules.push("proxy_configured");
            absorbs = &[Cause::Connection];
        } else if scan::has_hint(sig, "text_local_proxy") {
            cause = Cause::Proxy;
            rules.push("text_local_proxy");
            absorbs = &[Cause::Connection];
        }
    }
    // A network error on a stream, or shown inside a loaded chat page, cut a reply short.
    if cause == Cause::Connection {
        let text_errors = findings.iter().flat_map(|f| f.net_errors.iter());
        let mid_stream = net_row
            .into_iter()
            .chain(text_errors)
            .all(|r| !net_error::before_response(r));
        let only_generic_text = sig
            .iter()
            .filter(|s| s.cause == Cause::Connection && s.strength > Strength::Hint)
            .all(|s| s.why == "text_network_error" || s.why == "text_check_connection");
        match e.request_kind {
            Some(RequestKind::Stream) if mid_stream => {
                cause = Cause::StreamInterrupted;
                rules.push("request_kind_stream");
                absorbs = &[Cause::Connection];
            }
            None if only_generic_text
                && site.is_some()
                && net_row.is_none()
                && e.http_status.is_none() =>
            {
                cause = Cause::StreamInterrupted;
                rules.push("in_page_network_error");
                absorbs = &[Cause::Connection];
            }
            _ => {}
        }
    }
    // Nothing named a cause, but the text reads as a failure ("Please try again", 「失败」): the
    // service failed in some generic way, said with little confidence. (Not when a signal said
    // "unknown" itself: a 400 is the request refused, not the service failing.)
    let mut fallback = false;
    if chosen.is_none() {
        let marker = sig
            .iter()
            .find(|s| s.strength == Strength::Hint && s.cause == Cause::ServerError);
        if let Some(Cow::Borrowed(why)) = marker.map(|s| &s.why) {
            cause = Cause::ServerError;
            rules.push(why);
            fallback = true;
        }
    }
    // "Is it me or them?": what answered a reachability check moves a connection failure's side.
    let mut side = cause.side();
    if cause == Cause::Connection {
        if let Some(r) = e.reach {
            let others = [r.status, r.other];
            let any_answered = others.contains(&Some(true));
            let all_silent = others.iter().any(Option::is_some) && !any_answered;
            match r.site {
                Some(false) if any_answered => {
                    side = Side::Service;
                    rules.push("reach_only_site_fails");
                }
                Some(false) if all_silent => rules.push("reach_nothing_answers"),
                Some(true) => {
                    side = Side::Unknown;
                    rules.push("reach_all_answer");
                }
                _ => {}
            }
        }
    }
    // The provider's own word.
    let provider = e.provider.as_ref().map(|p| p.level);
    let provider_id = provider.and_then(provider_why);
    let mut provider_conflicts = false;
    if let (Some(level), Some(id)) = (provider, provider_id) {
        let service_failure = matches!(side, Side::Service | Side::Unknown);
        match level {
            ProviderLevel::PartialOutage
            | ProviderLevel::MajorOutage
            | ProviderLevel::Maintenance
                if service_failure =>
            {
                cause = Cause::Outage;
                rules.insert(0, id);
                absorbs = &[
                    Cause::BadGateway,
                    Cause::Timeout,
                    Cause::Overloaded,
                    Cause::ServerError,
                    Cause::StreamInterrupted,
                    Cause::Connection,
                ];
            }
            ProviderLevel::Degraded if service_failure && cause != Cause::Unknown => rules.push(id),
            ProviderLevel::Degraded => {}
            _ => provider_conflicts = true,
        }
    }
    // The browser knows it is offline.
    if e.online == Some(false) {
        cause = Cause::Offline;
        rules.clear();
        rules.push("offline_flag");
        provider_conflicts = false;
        absorbs = &[
            Cause::Connection,
            Cause::Dns,
            Cause::Proxy,
            Cause::StreamInterrupted,
            Cause::Timeout,
        ];
    }

    // Why, conflicts, confidence.
    let agrees = |s: &Signal| s.cause == cause || absorbs.contains(&s.cause);
    agreeing.clear();
    agreeing
        .extend((0..sig.len()).filter(|&i| sig[i].strength > Strength::Hint && agrees(&sig[i])));
    // Strongest first, stable (an insertion sort: a handful of items, and no sort code in wasm).
    for i in 1..agreeing.len() {
        let mut j = i;
        while j > 0 && sig[agreeing[j - 1]].strength < sig[agreeing[j]].strength {
            agreeing.swap(j - 1, j);
            j -= 1;
        }
    }
    let agreeing = || agreeing.iter().map(|&i| &sig[i]);
    let mut why: Vec<WhyId> = Vec::with_capacity(rules.len() + agreeing().len() + 1);
    why.extend(rules.iter().map(|r| Cow::Borrowed(*r)));
    why.extend(agreeing().map(|s| s.why.clone()));
    let mut conflicts: Vec<WhyId> = sig
        .iter()
        .filter(|s| s.strength > Strength::Hint && !agrees(s) && !compatible_with_all(s))
        .filter(|s| !(cause == Cause::Offline && s.strength == Strength::Generic))
        .map(|s| s.why.clone())
        .collect();
    if provider_conflicts && cause != Cause::Unknown {
        if let Some(id) = provider_id {
            conflicts.push(Cow::Borrowed(id));
        }
    }
    let top = agreeing().next().map(|s| s.strength);
    let mut confidence: f32 = match top {
        Some(Strength::Structured) => 0.85,
        Some(Strength::Specific) => 0.75,
        Some(_) => 0.5,
        None if cause == Cause::Unknown => 0.1,
        None => 0.6,
    };
    confidence += 0.04 * agreeing().len().saturating_sub(1).min(3) as f32;
    for r in &rules {
        confidence = match *r {
            "offline_flag" => confidence.max(0.95),
            "provider_partial_outage" | "provider_major_outage" | "provider_maintenance" => {
                if top.is_some() {
                    confidence.max(0.9)
                } else {
                    confidence.max(0.7)
                }
            }
            "proxy_configured" | "text_local_proxy" | "provider_degraded" => confidence + 0.05,
            "reach_only_site_fails" | "reach_nothing_answers" => confidence + 0.1,
            _ => confidence,
        };
    }
    for s in sig.iter().filter(|s| conflicts.contains(&s.why)) {
        confidence -= if top.is_some_and(|t| s.strength >= t) {
            0.2
        } else {
            0.07
        };
    }
    if provider_conflicts && cause != Cause::Unknown {
        confidence -= 0.1;
    }
    if fallback && cause == Cause::ServerError {
        confidence = confidence.min(0.3);
    }
    let confidence = (confidence.clamp(0.05, 0.99) * 100.0).round() / 100.0;

    // How long to wait.
    let header = e
        .retry_after
        .as_deref()
        .and_then(|h| wait::retry_after(h, e.now));
    let text_wait = findings.as_ref().and_then(|f| f.wait);
    let (wait_ms, wait_why) = match (header, text_wait) {
        (Some(ms), _) => (Some(ms), Some("retry_after_header")),
        (None, Some(w)) => match wait::resolve(w, e.now, e.tz_offset_minutes) {
            Some(ms) => (
                Some(ms),
                Some(if matches!(w, Wait::At { .. }) {
                    "reset_time_in_text"
                } else {
                    "wait_in_text"
                }),
            ),
            None => (None, None),
        },
        (None, None) => (None, None),
    };
    let retry = retry::advise(cause, wait_ms);
    if let (Some(id), Some(_)) = (wait_why, retry.after_ms.filter(|_| retry.advised)) {
        why.push(Cow::Borrowed(id));
    }

    let fixes = fixes::plan(cause, site, &why, e.proxy == Some(true));
    // A side moved by a reachability check holds only while the cause is still that failure.
    if cause != Cause::Connection {
        side = cause.side();
    }
    let badge = badge(cause, agreeing());
    Diagnosis {
        cause,
        side,
        confidence,
        site: site.map(|s| s.id),
        fixes,
        retry,
        why,
        conflicts,
        badge,
        status_page: site.and_then(|s| s.status_page),
        check_reach: cause == Cause::Connection && e.reach.is_none(),
    }
}

/// A toolbar badge of at most 4 characters: the status code when one decided, else a word.
/// `agreeing`: the agreeing signals, strongest first.
fn badge<'a>(
    cause: Cause,
    mut agreeing: impl Iterator<Item = &'a Signal> + Clone,
) -> Cow<'static, str> {
    use Cause::*;
    let cloudflare_block = agreeing.clone().any(|s| {
        s.why.starts_with("cloudflare_error_")
            || s.why == "text_challenge"
            || s.why == "text_cloudflare_block"
    });
    if cause == Blocked && cloudflare_block {
        return Cow::Borrowed("CF");
    }
    let numbered = matches!(
        cause,
        BadGateway
            | Timeout
            | Overloaded
            | ServerError
            | RateLimited
            | Auth
            | Blocked
            | TooLarge
            | StaleClient
    );
    if numbered {
        if let Some(s) = agreeing.find(|s| s.why.starts_with("http_status_")) {
            return match &s.why {
                Cow::Borrowed(w) => Cow::Borrowed(&w["http_status_".len()..]),
                Cow::Owned(w) => Cow::Owned(w["http_status_".len()..].to_string()),
            };
        }
    }
    Cow::Borrowed(match cause {
        BadGateway => "GATE",
        Timeout => "SLOW",
        Overloaded => "BUSY",
        ServerError => "ERR",
        Outage => "DOWN",
        RateLimited => "WAIT",
        StreamInterrupted => "CUT",
        Auth => "AUTH",
        Blocked => "BLK",
        TooLarge => "BIG",
        StaleClient => "OLD",
        BlockedLocally => "EXT",
        Offline => "OFF",
        Dns => "DNS",
        Proxy => "VPN",
        Connection => "NET",
        Tls => "TLS",
        Unknown => "?",
    })
}
