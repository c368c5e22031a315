//! The fix-order and retry rules of the contract, as a check the tests (and anyone) can run on
//! any diagnosis.
use crate::diagnosis::{Cause, Diagnosis, Fix};

/// Every rule the diagnosis breaks, as sentences; empty when it keeps them all.
pub fn violations(d: &Diagnosis) -> Vec<String> {
    let mut v = Vec::new();
    let first = d.fixes.first().copied();
    // A reachability check that found other hosts answering takes the network out of first
    // place, and may move the side (the contract: evidence may move a cause's side).
    let reach_why = |id: &str| d.why.iter().any(|w| w == id);
    let checked_elsewhere = d.cause == Cause::Connection
        && (reach_why("reach_only_site_fails") || reach_why("reach_all_answer"));
    let pos = |f: Fix| d.fixes.iter().position(|x| *x == f);
    if d.fixes.is_empty() {
        v.push("no fixes".to_string());
    }
    match d.cause {
        Cause::RateLimited if !matches!(first, Some(Fix::WaitForReset | Fix::RetryLater)) => {
            v.push("rate_limited: wait_for_reset or retry_later must come first".into());
        }
        Cause::Auth if first != Some(Fix::SignInAgain) => {
            v.push("auth: sign_in_again must come first".into())
        }
        Cause::TooLarge if !matches!(first, Some(Fix::ShortenMessage | Fix::NewChat)) => {
            v.push("too_large: shorten_message or new_chat must come first".into())
        }
        Cause::Blocked => {
            let lever = [pos(Fix::DisableVpnProxy), pos(Fix::CompleteChallenge)]
                .into_iter()
                .flatten()
                .min();
            match (lever, pos(Fix::Reload)) {
                (None, _) => {
                    v.push("blocked: needs disable_vpn_proxy or complete_challenge".into())
                }
                (Some(l), Some(r)) if r < l => {
                    v.push("blocked: reload before disable_vpn_proxy/complete_challenge".into())
                }
                _ => {}
            }
        }
        Cause::Offline | Cause::Dns | Cause::Proxy | Cause::Connection
            if !first.is_some_and(Fix::is_network) && !checked_elsewhere =>
        {
            v.push(format!(
                "{}: a network fix must come first",
                d.cause.as_str()
            ));
        }
        _ => {}
    }
    if first == Some(Fix::Reload) && d.cause == Cause::RateLimited {
        v.push("rate_limited: reload first".into());
    }
    if let Some(p) = pos(Fix::ContactSupport) {
        if p + 1 != d.fixes.len() {
            v.push("contact_support must be last".into());
        }
    }
    for (i, f) in d.fixes.iter().enumerate() {
        if d.fixes[i + 1..].contains(f) {
            v.push(format!("{} repeated", f.as_str()));
        }
    }
    let never = matches!(
        d.cause,
        Cause::Auth | Cause::Blocked | Cause::TooLarge | Cause::BlockedLocally | Cause::Tls
    );
    if never && d.retry.advised {
        v.push(format!("{}: retry must not be advised", d.cause.as_str()));
    }
    if d.cause == Cause::RateLimited && d.retry.advised != d.retry.after_ms.is_some() {
        v.push("rate_limited: retry advised exactly when the reset time is known".into());
    }
    if d.retry.advised && d.retry.after_ms.is_none() {
        v.push("retry advised without afterMs".into());
    }
    if !(0.0..=1.0).contains(&d.confidence) {
        v.push("confidence out of 0..1".into());
    }
    if d.badge.is_empty() || d.badge.chars().count() > 4 {
        v.push(format!("badge {:?} is not 1-4 characters", d.badge));
    }
    if d.side != d.cause.side() && !checked_elsewhere {
        v.push("side differs from the cause's side".into());
    }
    v
}

/// What is wrong with a diagnosis of a labelled case: its cause is not among `accept`, it breaks
/// a rule, or it names a why id the vocabulary lacks. Empty when it is right. (The corpus, our
/// own cases and the unseen set are all checked with this.)
pub fn problems(d: &Diagnosis, accept: &[&str], vocabulary: &crate::Vocabulary) -> Vec<String> {
    let mut p = violations(d);
    if !accept.contains(&d.cause.as_str()) {
        p.insert(0, format!("cause {} not in {:?}", d.cause.as_str(), accept));
    }
    p.extend(
        d.why
            .iter()
            .chain(&d.conflicts)
            .filter(|w| !vocabulary.knows_why(w))
            .map(|w| format!("why {w} not in vocabulary")),
    );
    p
}
