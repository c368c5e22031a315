//! Ordered fixes per cause (the first is what to do first), adjusted by the evidence and the site.
use crate::diagnosis::{Cause, Fix, Fix::*, WhyId};
use crate::sites::Site;

/// One row per cause. The rules of the contract hold by construction here and are tested for
/// every corpus case and generated evidence (`rules`).
#[rustfmt::skip]
pub static FIXES: &[(Cause, &[Fix])] = &[
    (Cause::BadGateway, &[Reload, RetryLater, CheckStatus, SwitchModel]),
    (Cause::Timeout, &[Reload, RetryLater, CheckStatus, SwitchModel, ShortenMessage]),
    (Cause::Overloaded, &[RetryLater, SwitchModel, CheckStatus, Reload]),
    (Cause::ServerError, &[Reload, RetryLater, NewChat, CheckStatus, ClearSiteData, PrivateWindow, DisableVpnProxy, ContactSupport]),
    (Cause::Outage, &[CheckStatus, RetryLater, SwitchModel, Reload]),
    (Cause::RateLimited, &[WaitForReset, SwitchModel, DisableVpnProxy, SwitchNetwork, ContactSupport]),
    (Cause::StreamInterrupted, &[Reload, NewChat, SwitchModel, CheckConnection, DisableVpnProxy, DisableExtensions]),
    (Cause::Auth, &[SignInAgain, ClearSiteData, PrivateWindow, DisableExtensions, ContactSupport]),
    (Cause::Blocked, &[CompleteChallenge, DisableVpnProxy, SwitchNetwork, DisableExtensions, PrivateWindow, DifferentBrowser, Reload, ContactSupport]),
    (Cause::TooLarge, &[ShortenMessage, NewChat, SwitchModel]),
    (Cause::StaleClient, &[ClearSiteData, PrivateWindow, DisableExtensions, NewChat, Reload, DifferentBrowser]),
    (Cause::BlockedLocally, &[DisableExtensions, CheckSecuritySoftware, PrivateWindow, DifferentBrowser]),
    (Cause::Offline, &[CheckConnection, SwitchNetwork, Reload]),
    (Cause::Dns, &[ChangeDns, CheckConnection, DisableVpnProxy, SwitchNetwork, Reload]),
    (Cause::Proxy, &[DisableVpnProxy, SwitchNetwork, CheckConnection, Reload]),
    (Cause::Connection, &[CheckConnection, DisableVpnProxy, SwitchNetwork, Reload, CheckSecuritySoftware, CheckStatus]),
    (Cause::Tls, &[CheckSecuritySoftware, CheckClock, DisableVpnProxy, SwitchNetwork, DifferentBrowser]),
    (Cause::Unknown, &[Reload, CheckStatus, CheckConnection, ClearSiteData, PrivateWindow, DisableExtensions, DifferentBrowser, ContactSupport]),
];

/// Evidence that moves one fix to the front: (cause, why ids, fix).
#[rustfmt::skip]
static FIRST_WHEN: &[(Cause, &[&str], Fix)] = &[
    // A region block or a flagged IP: the VPN/network is the lever, not a challenge.
    (Cause::Blocked, &["text_region", "api_region", "text_vpn_flagged", "http_status_451", "cloudflare_error_1009", "text_unusual_activity",
                       "cloudflare_error_1005", "cloudflare_error_1006", "cloudflare_error_1007", "cloudflare_error_1008"], DisableVpnProxy),
    // The chat itself is too long: a new chat, not a shorter message.
    (Cause::TooLarge, &["text_chat_too_long", "text_context_length", "api_context_length", "gemini_error_13"], NewChat),
    (Cause::StaleClient, &["text_conversation_not_found", "api_conversation_not_found", "api_not_found"], NewChat),
    // Chrome lists a wrong clock as the cause of an invalid certificate date.
    (Cause::Tls, &["net_error_cert_date_invalid", "text_clock"], CheckClock),
];

/// A connection failure after a reachability check: the order that fits what answered.
#[rustfmt::skip]
static BY_REACH: &[(&str, &[Fix])] = &[
    // Only the site failed: its side (or something between here and that one site).
    ("reach_only_site_fails", &[Reload, RetryLater, CheckStatus, DisableVpnProxy, SwitchNetwork]),
    // Nothing answered: this network.
    ("reach_nothing_answers", &[CheckConnection, SwitchNetwork, DisableVpnProxy, Reload, CheckSecuritySoftware]),
    // Everything answers now: it was brief.
    ("reach_all_answer", &[Reload, RetryLater, CheckConnection, DisableVpnProxy, CheckStatus]),
];

pub fn base(cause: Cause) -> &'static [Fix] {
    FIXES
        .iter()
        .find(|(c, _)| *c == cause)
        .map_or(&[Reload], |(_, f)| f)
}

/// The ordered fixes for a cause, given what decided it and the site.
pub fn plan(cause: Cause, site: Option<&Site>, why: &[WhyId], proxy: bool) -> Vec<Fix> {
    let reach = BY_REACH
        .iter()
        .find(|(id, _)| cause == Cause::Connection && why.iter().any(|w| w == id));
    let mut v: Vec<Fix> = reach.map_or(base(cause), |(_, f)| f).to_vec();
    for (c, ids, fix) in FIRST_WHEN {
        if *c == cause && why.iter().any(|w| ids.contains(&w.as_ref())) {
            to_front(&mut v, *fix);
        }
    }
    // A configured proxy is the first suspect of a failed secure connection.
    if proxy && cause == Cause::Tls {
        to_front(&mut v, DisableVpnProxy);
    }
    v.retain(|f| match f {
        SwitchModel => site.is_some_and(|s| s.has_model_picker),
        NewChat => site.is_none_or(|s| s.new_chat_url.is_some()),
        CheckStatus => site.is_some_and(|s| s.status_page.is_some()),
        ContactSupport => site.is_some(),
        _ => true,
    });
    if v.is_empty() {
        v.push(Reload);
    }
    v
}

fn to_front(v: &mut Vec<Fix>, f: Fix) {
    v.retain(|x| *x != f);
    v.insert(0, f);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnosis::CAUSES;

    #[test]
    fn every_cause_has_fixes_without_repeats() {
        for row in CAUSES {
            let f = base(row.cause);
            assert!(!f.is_empty(), "{}", row.id);
            assert!(FIXES.iter().any(|(c, _)| *c == row.cause), "{}", row.id);
            for (i, x) in f.iter().enumerate() {
                assert!(!f[i + 1..].contains(x), "{} repeats {}", row.id, x.as_str());
            }
            if let Some(p) = f.iter().position(|x| *x == ContactSupport) {
                assert_eq!(p, f.len() - 1, "{}", row.id);
            }
        }
    }

    #[test]
    fn sites_without_a_model_picker_get_no_switch_model() {
        let deepseek = crate::sites::by_id("deepseek").unwrap();
        assert!(!plan(Cause::Overloaded, Some(deepseek), &[], false).contains(&SwitchModel));
        let chatgpt = crate::sites::by_id("chatgpt").unwrap();
        assert!(plan(Cause::Overloaded, Some(chatgpt), &[], false).contains(&SwitchModel));
    }
}
