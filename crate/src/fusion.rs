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
use crate::signals::concepts::is_concept_why;
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
    let mut best: Option<(Strength, u32, bool, Cause)> = None;
    for s in sig.iter().filter(|s| s.strength > Strength::Hint) {
        let c = s.cause;
        if best.is_some_and(|(_, _, _, b)| b == c) {
            continue;
        }
        // What the concepts read weighs as much as the phrases that name the same cause, and
        // adds nothing to them: the same words read twice are not two pieces of evidence.
        let (top, phrases, concepts) = sig
            .iter()
            .filter(|x| x.cause == c && x.strength > Strength::Hint)
            .fold((Strength::Hint, 0u32, 0u32), |(t, n, k), x| {
                if is_concept_why(&x.why) {
                    (t.max(x.strength), n, k + x.strength as u32)
                } else {
                    (t.max(x.strength), n + x.strength as u32, k)
                }
            });
        let mut sum = phrases.max(concepts);
        // Between causes backed alike, a phrase's reading wins over the concepts' (but generic
        // failure words, which agree with every cause, back none).
        let generic_failure = c == Cause::ServerError && top == Strength::Generic;
        let backed = phrases > 0 && !generic_failure;
        // Signals of "none of our causes" (a 400, "invalid request", a content filter) do not add
        // up: together they still only say that, and a named cause as strong wins over them.
        if c == Cause::Unknown {
            sum = top as u32;
        }
        let better = match best {
            None => true,
            Some((bt, bs, bb, bc)) => {
                (top, sum, backed, std::cmp::Reverse(c)) > (bt, bs, bb, std::cmp::Reverse(bc))
            }
        };
        if better {
            best = Some((top, sum, backed, c));
        }
    }
    best.map(|(_, _, _, c)| c)
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

/// One diagnosis, step by step: every family's signals, the cause they back best, the rules a
/// person would agree with, whose side it is, why and how sure, how long to wait, what to do.
fn diagnose_with(e: &Evidence, sig: &mut Vec<Signal>, agreeing: &mut Vec<usize>) -> Diagnosis {
    let site = sites::site_for(e);
    let read = gather(e, site, sig);
    let chosen = choose(sig);
    let mut v = Verdict {
        cause: chosen.unwrap_or(Cause::Unknown),
        rules: Vec::new(),
        absorbs: &[],
        fallback: false,
        provider_conflicts: false,
    };
    proxy_rules(&mut v, e, sig);
    stream_rules(&mut v, e, sig, site.is_some(), &read);
    if chosen.is_none() {
        failure_marker(&mut v, sig);
    }
    let mut side = reach_side(&mut v, e);
    provider_rules(&mut v, e, side);
    offline_rule(&mut v, e);

    let Verdict {
        cause,
        rules,
        absorbs,
        fallback,
        provider_conflicts,
    } = v;
    let agrees = |s: &Signal| s.cause == cause || absorbs.contains(&s.cause);
    agreeing_strongest_first(sig, agrees, agreeing);
    let agreeing = || agreeing.iter().map(|&i| &sig[i]);
    let mut why: Vec<WhyId> = Vec::with_capacity(rules.len() + agreeing().len() + 1);
    why.extend(rules.iter().map(|r| Cow::Borrowed(*r)));
    why.extend(agreeing().map(|s| s.why.clone()));
    let provider_id = e.provider.as_ref().and_then(|p| provider_why(p.level));
    let conflicts = conflicts_of(sig, cause, agrees, provider_conflicts, provider_id);
    let confidence = confidence_of(ConfidenceInput {
        sig,
        cause,
        agreeing: &mut agreeing(),
        rules: &rules,
        conflicts: &conflicts,
        provider_conflicts,
        fallback,
    });
    let retry = wait_advice(e, cause, read.findings.as_ref(), &mut why);

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

/// What the evidence's own fields and texts said, beyond the signals.
struct Read {
    /// The network error of the evidence, if the core knows it.
    net_row: Option<&'static net_error::NetErrorRow>,
    /// What the text said (statuses, network errors and waits named in it).
    findings: Option<Findings>,
}

/// The cause as the rules leave it: the rule ids that moved it, the causes it takes in (their
/// signals agree with it), whether it is only the fallback of a failure marker, and whether the
/// provider's word disagrees.
struct Verdict {
    cause: Cause,
    rules: Vec<&'static str>,
    absorbs: &'static [Cause],
    fallback: bool,
    provider_conflicts: bool,
}

/// Step 1: every family turns its evidence into signals (the status, the network error, the
/// text and the response body), duplicates merged.
fn gather(e: &Evidence, site: Option<&sites::Site>, sig: &mut Vec<Signal>) -> Read {
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
    Read { net_row, findings }
}

/// Step 3a: a connection failure (or Chrome's "No internet" page) that itself names the proxy
/// as what failed ("Cannot connect to proxy", "something wrong with the proxy server") is the
/// proxy's; so is a connection failure with a proxy configured, or to a local endpoint.
fn proxy_rules(v: &mut Verdict, e: &Evidence, sig: &[Signal]) {
    if matches!(v.cause, Cause::Connection | Cause::Offline) {
        let top = |c: Cause| {
            sig.iter()
                .filter(|s| s.cause == c)
                .map(|s| s.strength)
                .max()
        };
        if top(Cause::Proxy).is_some_and(|p| p >= Strength::Specific && Some(p) >= top(v.cause)) {
            v.cause = Cause::Proxy;
            v.absorbs = &[Cause::Connection, Cause::Offline];
        }
    }
    if v.cause == Cause::Connection {
        if e.proxy == Some(true) {
            v.cause = Cause::Proxy;
            v.rules.push("proxy_configured");
            v.absorbs = &[Cause::Connection];
        } else if scan::has_hint(sig, "text_local_proxy") {
            v.cause = Cause::Proxy;
            v.rules.push("text_local_proxy");
            v.absorbs = &[Cause::Connection];
        }
    }
}

/// Step 3b: a network error on a stream, or a generic network error shown inside a loaded chat
/// page, cut a reply short.
fn stream_rules(v: &mut Verdict, e: &Evidence, sig: &[Signal], on_a_site: bool, read: &Read) {
    if v.cause != Cause::Connection {
        return;
    }
    let text_errors = read.findings.iter().flat_map(|f| f.net_errors.iter());
    let mid_stream = read
        .net_row
        .into_iter()
        .chain(text_errors)
        .all(|r| !net_error::before_response(r));
    // Only the generic words ("network error", "check your connection") name the connection:
    // a phrase that names how it failed, or only the concepts' reading, is not a cut reply.
    let only_generic_text = sig
        .iter()
        .filter(|s| s.cause == Cause::Connection && s.strength > Strength::Hint)
        .filter(|s| !is_concept_why(&s.why))
        .try_fold(false, |_, s| {
            (s.why == "text_network_error" || s.why == "text_check_connection").then_some(true)
        })
        == Some(true);
    match e.request_kind {
        Some(RequestKind::Stream) if mid_stream => {
            v.cause = Cause::StreamInterrupted;
            v.rules.push("request_kind_stream");
            v.absorbs = &[Cause::Connection];
        }
        None if only_generic_text
            && on_a_site
            && read.net_row.is_none()
            && e.http_status.is_none() =>
        {
            v.cause = Cause::StreamInterrupted;
            v.rules.push("in_page_network_error");
            v.absorbs = &[Cause::Connection];
        }
        _ => {}
    }
}

/// Step 3c: nothing named a cause, but the text reads as a failure ("Please try again",
/// 「失败」): the service failed in some generic way, said with little confidence. (Not when a
/// signal said "unknown" itself: a 400 is the request refused, not the service failing.)
fn failure_marker(v: &mut Verdict, sig: &[Signal]) {
    let marker = sig
        .iter()
        .find(|s| s.strength == Strength::Hint && s.cause == Cause::ServerError);
    if let Some(Cow::Borrowed(why)) = marker.map(|s| &s.why) {
        v.cause = Cause::ServerError;
        v.rules.push(why);
        v.fallback = true;
    }
}

/// Step 4: "Is it me or them?": what answered a reachability check moves a connection
/// failure's side.
fn reach_side(v: &mut Verdict, e: &Evidence) -> Side {
    let mut side = v.cause.side();
    if v.cause != Cause::Connection {
        return side;
    }
    if let Some(r) = e.reach {
        let others = [r.status, r.other];
        let any_answered = others.contains(&Some(true));
        let all_silent = others.iter().any(Option::is_some) && !any_answered;
        match r.site {
            Some(false) if any_answered => {
                side = Side::Service;
                v.rules.push("reach_only_site_fails");
            }
            Some(false) if all_silent => v.rules.push("reach_nothing_answers"),
            Some(true) => {
                side = Side::Unknown;
                v.rules.push("reach_all_answer");
            }
            _ => {}
        }
    }
    side
}

/// Step 5: the provider's own word. An acknowledged outage or maintenance turns a service
/// failure into `outage`; "operational" disagrees with a service failure.
fn provider_rules(v: &mut Verdict, e: &Evidence, side: Side) {
    let provider = e.provider.as_ref().map(|p| p.level);
    let (Some(level), Some(id)) = (provider, provider.and_then(provider_why)) else {
        return;
    };
    let service_failure = matches!(side, Side::Service | Side::Unknown);
    match level {
        ProviderLevel::PartialOutage | ProviderLevel::MajorOutage | ProviderLevel::Maintenance
            if service_failure =>
        {
            v.cause = Cause::Outage;
            v.rules.insert(0, id);
            v.absorbs = &[
                Cause::BadGateway,
                Cause::Timeout,
                Cause::Overloaded,
                Cause::ServerError,
                Cause::StreamInterrupted,
                Cause::Connection,
            ];
        }
        ProviderLevel::Degraded if service_failure && v.cause != Cause::Unknown => v.rules.push(id),
        ProviderLevel::Degraded => {}
        _ => v.provider_conflicts = true,
    }
}

/// Step 6: the browser knows it is offline, whatever the page says.
fn offline_rule(v: &mut Verdict, e: &Evidence) {
    if e.online != Some(false) {
        return;
    }
    v.cause = Cause::Offline;
    v.rules.clear();
    v.rules.push("offline_flag");
    v.provider_conflicts = false;
    v.absorbs = &[
        Cause::Connection,
        Cause::Dns,
        Cause::Proxy,
        Cause::StreamInterrupted,
        Cause::Timeout,
    ];
}

/// Step 7a: the indices of the signals that agree with the cause, strongest first (stable: an
/// insertion sort of a handful of items, and no sort code in wasm).
fn agreeing_strongest_first(
    sig: &[Signal],
    agrees: impl Fn(&Signal) -> bool,
    out: &mut Vec<usize>,
) {
    out.clear();
    out.extend((0..sig.len()).filter(|&i| sig[i].strength > Strength::Hint && agrees(&sig[i])));
    for i in 1..out.len() {
        let mut j = i;
        while j > 0 && sig[out[j - 1]].strength < sig[out[j]].strength {
            out.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Step 7b: the evidence that pointed elsewhere. Generic failure words agree with everything;
/// what the concepts read is a weaker reading than a phrase, and where it disagrees with the
/// cause it is simply not the answer.
fn conflicts_of(
    sig: &[Signal],
    cause: Cause,
    agrees: impl Fn(&Signal) -> bool,
    provider_conflicts: bool,
    provider_id: Option<&'static str>,
) -> Vec<WhyId> {
    let mut conflicts: Vec<WhyId> = sig
        .iter()
        .filter(|s| s.strength > Strength::Hint && !agrees(s) && !compatible_with_all(s))
        .filter(|s| !is_concept_why(&s.why))
        .filter(|s| !(cause == Cause::Offline && s.strength == Strength::Generic))
        .map(|s| s.why.clone())
        .collect();
    if provider_conflicts && cause != Cause::Unknown {
        if let Some(id) = provider_id {
            conflicts.push(Cow::Borrowed(id));
        }
    }
    conflicts
}

struct ConfidenceInput<'a, 'b, I: Iterator<Item = &'a Signal> + Clone> {
    sig: &'a [Signal],
    cause: Cause,
    agreeing: &'b mut I,
    rules: &'b [&'static str],
    conflicts: &'b [WhyId],
    provider_conflicts: bool,
    fallback: bool,
}

/// Step 7c: how sure: it grows with the strongest agreeing signal and with agreement, rules
/// add to it, conflicts take from it.
fn confidence_of<'a, I: Iterator<Item = &'a Signal> + Clone>(c: ConfidenceInput<'a, '_, I>) -> f32 {
    let agreeing = || c.agreeing.clone();
    let top = agreeing().next().map(|s| s.strength);
    let mut confidence: f32 = match top {
        Some(Strength::Structured) => 0.85,
        Some(Strength::Specific) => 0.75,
        Some(_) => 0.5,
        None if c.cause == Cause::Unknown => 0.1,
        None => 0.6,
    };
    // Agreement raises it; the concepts' readings only say again what a phrase said, and do not.
    let concept_only = top.is_some() && agreeing().all(|s| is_concept_why(&s.why));
    let phrases = agreeing().filter(|s| !is_concept_why(&s.why)).count();
    confidence += 0.04 * phrases.saturating_sub(1).min(3) as f32;
    if concept_only {
        // Only the concept layer read it: words of the cause stood together, no phrase says it.
        confidence += 0.04 * agreeing().count().saturating_sub(1).min(2) as f32;
        confidence = confidence.min(0.6);
    }
    for r in c.rules {
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
    for s in c.sig.iter().filter(|s| c.conflicts.contains(&s.why)) {
        confidence -= if top.is_some_and(|t| s.strength >= t) {
            0.2
        } else {
            0.07
        };
    }
    if c.provider_conflicts && c.cause != Cause::Unknown {
        confidence -= 0.1;
    }
    if c.fallback && c.cause == Cause::ServerError {
        confidence = confidence.min(0.3);
    }
    (confidence.clamp(0.05, 0.99) * 100.0).round() / 100.0
}

/// Step 8: how long to wait: a `Retry-After` header first, else a wait or reset time the text
/// announces; its why id joins `why` when the advice uses it.
fn wait_advice(
    e: &Evidence,
    cause: Cause,
    findings: Option<&Findings>,
    why: &mut Vec<WhyId>,
) -> crate::diagnosis::Retry {
    let header = e
        .retry_after
        .as_deref()
        .and_then(|h| wait::retry_after(h, e.now));
    let text_wait = findings.and_then(|f| f.wait);
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
    retry
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
