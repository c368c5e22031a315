//! Our own cases beyond the golden corpus: paraphrases and variants of each kind, in English,
//! Japanese and Chinese, Cloudflare and nginx pages, API error bodies, and the fusion rules.
#![cfg(not(target_arch = "wasm32"))]

use chatmedic::{diagnose, rules, vocabulary, Evidence};
use serde_json::{json, Value};

const CF_502: &str = r#"<!DOCTYPE html><html><head><title>chatgpt.com | 502: Bad gateway</title></head><body><div id="cf-error-details"><h1><span class="inline-block">Bad gateway</span><span class="code-label">Error code 502</span></h1><p>Visit <a href="https://www.cloudflare.com/5xx-error-landing">cloudflare.com</a> for more information.</p><p>Cloudflare Ray ID: <strong>8a1b2c3d4e5f6789</strong></p></div></body></html>"#;
const CF_504: &str = r#"<html><head><title>claude.ai | 504: Gateway time-out</title></head><body><h1>Gateway time-out <span>Error code 504</span></h1><p>Cloudflare Ray ID: 7f00aa5041bc0d12 • 2024-05-01 10:20:30 UTC</p></body></html>"#;
const CF_520: &str = "<title>chatgpt.com | 520: Web server is returning an unknown error</title><span>Error code 520</span> Ray ID: 88a0c5aa1f2b3c4d";
const CF_521: &str = "Web server is down Error code 521 Visit cloudflare.com for more information. Ray ID: 88a0c5aa1f2b3c4d";
const CF_522: &str = "<title>claude.ai | 522: Connection timed out</title> Error code 522";
const CF_523: &str = "Origin is unreachable Error code 523";
const CF_524: &str = "<title>chatgpt.com | 524: A timeout occurred</title><h1>A timeout occurred</h1><span class=\"code-label\">Error code 524</span>";
const CF_1020: &str = "<title>Access denied | chat.openai.com used Cloudflare to restrict access</title><h1><span>Error</span><span>1020</span></h1><h2>Access denied</h2><p>You do not have access to chat.openai.com.</p><p>The site owner may have set restrictions that prevent you from accessing the site.</p><p>Ray ID: 7a1b2c3d4e5f6a7b</p>";
const CF_CHALLENGE: &str = "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body><noscript>Enable JavaScript and cookies to continue</noscript><script>window._cf_chl_opt={cvId:'3'};</script><script src=\"https://challenges.cloudflare.com/turnstile/v0/api.js\"></script></body></html>";
const NGINX_502: &str = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>";

fn cases() -> Vec<(Value, &'static [&'static str])> {
    vec![
        // Cloudflare and nginx pages
        (json!({"site": "chatgpt", "text": CF_502}), &["bad_gateway"]),
        (json!({"site": "claude", "text": CF_504}), &["timeout"]),
        (json!({"site": "chatgpt", "text": CF_520}), &["bad_gateway"]),
        (json!({"site": "chatgpt", "text": CF_521}), &["bad_gateway"]),
        (
            json!({"site": "claude", "text": CF_522}),
            &["bad_gateway", "timeout"],
        ),
        (json!({"site": "chatgpt", "text": CF_523}), &["bad_gateway"]),
        (json!({"site": "chatgpt", "text": CF_524}), &["timeout"]),
        (json!({"site": "chatgpt", "text": CF_1020}), &["blocked"]),
        (
            json!({"site": "chatgpt", "httpStatus": 403, "text": CF_CHALLENGE}),
            &["blocked"],
        ),
        (json!({"text": NGINX_502}), &["bad_gateway"]),
        (
            json!({"site": "claude", "httpStatus": 503, "retryAfter": "120", "text": "Service Unavailable"}),
            &["overloaded"],
        ),
        // API bodies
        (
            json!({"text": "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}"}),
            &["overloaded"],
        ),
        (
            json!({"site": "claude", "httpStatus": 529}),
            &["overloaded"],
        ),
        (
            json!({"text": "{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"Number of request tokens has exceeded your per-minute rate limit\"}}"}),
            &["rate_limited"],
        ),
        (
            json!({"text": "{\"error\":{\"message\":\"Rate limit reached for gpt-4 in organization org-x on requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in 20s.\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}"}),
            &["rate_limited"],
        ),
        (
            json!({"site": "claude", "text": "{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"message_length_exceeds_limit\"}}"}),
            &["too_large"],
        ),
        (
            json!({"site": "chatgpt", "text": "{\"detail\":{\"code\":\"unsupported_country_region_territory\",\"message\":\"Country, region, or territory not supported\"}}"}),
            &["blocked"],
        ),
        (
            json!({"site": "chatgpt", "text": "{\"detail\":{\"code\":\"conversation_not_found\"}}"}),
            &["stale_client"],
        ),
        (
            json!({"text": "This model's maximum context length is 8192 tokens. However, your messages resulted in 9000 tokens. (code: context_length_exceeded)"}),
            &["too_large"],
        ),
        (
            json!({"text": "{\"error\":{\"message\":\"Incorrect API key provided\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}"}),
            &["auth"],
        ),
        (
            json!({"text": "{\"error\":{\"message\":\"You exceeded your current quota\",\"type\":\"insufficient_quota\"}}"}),
            &["rate_limited"],
        ),
        (
            json!({"text": "{\"error\":{\"code\":503,\"message\":\"The model is overloaded. Please try again later.\",\"status\":\"UNAVAILABLE\"}}"}),
            &["overloaded"],
        ),
        (
            json!({"text": "{\"error\":{\"code\":429,\"message\":\"Resource has been exhausted (e.g. check quota).\",\"status\":\"RESOURCE_EXHAUSTED\"}}"}),
            &["rate_limited"],
        ),
        // Site wordings
        (
            json!({"site": "claude", "text": "Claude will return soon. Claude.ai is currently experiencing a temporary service disruption."}),
            &["outage"],
        ),
        (
            json!({"site": "claude", "text": "Your message will exceed the length limit for this chat. Try shortening your message or starting a new conversation."}),
            &["too_large"],
        ),
        (
            json!({"site": "claude", "text": "You are out of free messages until 4 PM"}),
            &["rate_limited"],
        ),
        (
            json!({"site": "deepseek", "text": "The server is busy. Please try again later."}),
            &["overloaded"],
        ),
        (
            json!({"site": "deepseek", "text": "服务器繁忙，请稍后再试。"}),
            &["overloaded"],
        ),
        (
            json!({"site": "gemini", "text": "Something went wrong (9)"}),
            &["server_error"],
        ),
        (
            json!({"site": "gemini", "text": "Something went wrong (13)"}),
            &["too_large", "server_error"],
        ),
        (
            json!({"site": "chatgpt", "text": "The message you submitted was too long, please reload the conversation and submit something shorter."}),
            &["too_large"],
        ),
        (
            json!({"site": "chatgpt", "text": "Error in body stream"}),
            &["stream_interrupted"],
        ),
        (
            json!({"site": "chatgpt", "text": "Unable to load site. Please try again later. If you are using a VPN, try turning it off."}),
            &["blocked", "server_error", "connection"],
        ),
        (
            json!({"site": "github_copilot", "text": "Sorry, the response hit the length limit. Please rephrase your prompt."}),
            &["too_large"],
        ),
        (
            json!({"site": "github_copilot", "text": "Reason: Request Failed: 429 {\"error\":{\"message\":\"Sorry, you have exceeded your Copilot token usage.\",\"code\":\"rate_limited\"}}"}),
            &["rate_limited"],
        ),
        (
            json!({"site": "perplexity", "text": "Sorry, you have been blocked. You are unable to access perplexity.ai"}),
            &["blocked"],
        ),
        (
            json!({"site": "poe", "text": "You've sent too many messages. Please wait a few minutes."}),
            &["rate_limited"],
        ),
        (
            json!({"site": "grok", "text": "You've reached your limit of 15 Grok questions per 2 hours for now. Please sign up for Premium or Premium+ to access more or check back later."}),
            &["rate_limited"],
        ),
        (
            json!({"site": "mistral", "text": "Too many requests. Please try again later."}),
            &["rate_limited"],
        ),
        // Japanese and Chinese
        (
            json!({"site": "chatgpt", "text": "エラーが発生しました。しばらくしてからもう一度お試しください。"}),
            &["server_error"],
        ),
        (
            json!({"site": "claude", "text": "予期しない容量制限により、Claudeはメッセージに応答できません。"}),
            &["overloaded"],
        ),
        (
            json!({"site": "chatgpt", "text": "セッションの有効期限が切れました。再度ログインしてください。"}),
            &["auth"],
        ),
        (
            json!({"site": "chatgpt", "text": "リクエストが多すぎます。17秒後にもう一度お試しください。"}),
            &["rate_limited"],
        ),
        (
            json!({"site": "deepseek", "text": "请求过于频繁，请在17秒后重试"}),
            &["rate_limited"],
        ),
        (
            json!({"site": "chatgpt", "text": "网络错误，请检查您的网络连接"}),
            &["stream_interrupted", "connection"],
        ),
        (
            json!({"site": "chatgpt", "text": "您的连接不是私密连接"}),
            &["tls"],
        ),
        (
            json!({"site": "chatgpt", "text": "消息太长，请缩短后重试"}),
            &["too_large"],
        ),
        (
            json!({"site": "chatgpt", "text": "系统维护中，请稍后访问"}),
            &["outage"],
        ),
        // Network and device
        (
            json!({"netError": "net::ERR_TOO_MANY_REDIRECTS"}),
            &["stale_client"],
        ),
        (
            json!({"text": "400 Bad Request Request Header Or Cookie Too Large nginx"}),
            &["stale_client"],
        ),
        (
            json!({"netError": "ERR_BLOCKED_BY_ADMINISTRATOR"}),
            &["blocked_locally"],
        ),
        (json!({"netError": "-118", "proxy": true}), &["proxy"]),
        (
            json!({"netError": "net::ERR_CONNECTION_RESET", "requestKind": "stream"}),
            &["stream_interrupted"],
        ),
        (
            json!({"netError": "net::ERR_CONNECTION_REFUSED", "requestKind": "stream"}),
            &["connection"],
        ),
        (
            json!({"text": "TypeError: Failed to fetch", "requestKind": "api"}),
            &["connection"],
        ),
        (json!({"text": "DNS_PROBE_FINISHED_NXDOMAIN"}), &["dns"]),
        (
            json!({"text": "Error: getaddrinfo ENOTFOUND api.openai.com"}),
            &["dns"],
        ),
        (
            json!({"text": "connect ECONNREFUSED 127.0.0.1:7890"}),
            &["proxy"],
        ),
        (
            json!({"text": "NET::ERR_CERT_AUTHORITY_INVALID Your connection is not private"}),
            &["tls"],
        ),
        // Fusion rules
        (
            json!({"site": "chatgpt", "httpStatus": 502, "online": false, "text": "Bad gateway"}),
            &["offline"],
        ),
        (
            json!({"site": "claude", "httpStatus": 500, "provider": {"level": "maintenance"}}),
            &["outage"],
        ),
        (
            json!({"site": "claude", "text": "Something went wrong", "provider": {"level": "partial_outage"}}),
            &["outage"],
        ),
        (
            json!({"site": "claude", "netError": "ERR_NAME_NOT_RESOLVED", "provider": {"level": "major_outage"}}),
            &["dns"],
        ),
        (
            json!({"site": "chatgpt", "httpStatus": 500, "text": "ChatGPT is at capacity right now"}),
            &["overloaded"],
        ),
        (
            json!({"site": "chatgpt", "httpStatus": 502, "text": "Something went wrong"}),
            &["bad_gateway"],
        ),
        (
            json!({"url": "https://www.perplexity.ai/search/x", "httpStatus": 429}),
            &["rate_limited"],
        ),
        (json!({}), &["unknown"]),
    ]
}

#[test]
fn our_cases_are_right_and_keep_the_rules() {
    let vocab = vocabulary();
    let mut fails = Vec::new();
    for (v, accept) in cases() {
        let e = Evidence::from_json(&v).unwrap();
        let d = diagnose(&e);
        let p = rules::problems(&d, accept, &vocab);
        if !p.is_empty() {
            fails.push(format!(
                "{v}\n   → {} {:?} why={:?}: {}",
                d.cause.as_str(),
                d.fixes,
                d.why,
                p.join("; ")
            ));
        }
    }
    assert!(
        fails.is_empty(),
        "{} failing:\n{}",
        fails.len(),
        fails.join("\n")
    );
}

#[test]
fn retry_after_and_reset_times() {
    let d = diagnose(
        &Evidence::from_json(&json!({"site": "claude", "httpStatus": 503, "retryAfter": "120"}))
            .unwrap(),
    );
    assert_eq!((d.retry.advised, d.retry.after_ms), (true, Some(120_000)));
    // 2024-01-01 18:00 local (UTC+9): "try again after 7:06 PM" is 66 minutes away.
    let now = 1_704_067_200_000.0 + 9.0 * 3_600_000.0;
    let d = diagnose(&Evidence::from_json(&json!({
        "site": "chatgpt", "now": now, "tzOffsetMinutes": 540,
        "text": "You've reached the current usage cap for GPT-4. You can continue with the default model now, or try again after 7:06 PM."
    })).unwrap());
    assert_eq!(d.cause.as_str(), "rate_limited");
    assert_eq!(
        (d.retry.advised, d.retry.after_ms),
        (true, Some(66 * 60_000))
    );
    assert!(d.why.iter().any(|w| w == "reset_time_in_text"));
    // Without a known reset time, a rate limit is not to be retried.
    let d = diagnose(&Evidence::text("5-hour limit reached - resets [time]"));
    assert_eq!((d.retry.advised, d.retry.after_ms), (false, None));
}

#[test]
fn conflicts_are_said_and_badges_are_short() {
    let d = diagnose(
        &Evidence::from_json(
            &json!({"site": "claude", "httpStatus": 502, "text": "Your session has expired"}),
        )
        .unwrap(),
    );
    assert!(!d.conflicts.is_empty(), "{d:?}");
    let d = diagnose(&Evidence::from_json(&json!({"site": "chatgpt", "httpStatus": 524})).unwrap());
    assert_eq!(d.badge, "524");
    let d = diagnose(&Evidence::from_json(&json!({"netError": "-130"})).unwrap());
    assert_eq!(d.badge, "VPN");
    let d = diagnose(&Evidence::from_json(&json!({"online": false})).unwrap());
    assert_eq!((d.cause.as_str(), d.badge.as_ref()), ("offline", "OFF"));
}

#[test]
fn vocabulary_lists_every_id() {
    let v = vocabulary();
    assert_eq!(v.causes.len(), chatmedic::diagnosis::CAUSES.len());
    assert_eq!(v.fixes.len(), chatmedic::Fix::ALL.len());
    for c in &v.causes {
        assert!(v.sides.contains(&c.side));
        if c.id != "unknown" {
            // Each cause's example, alone, is diagnosed as that cause.
            assert_eq!(
                diagnose(&Evidence::text(c.example)).cause.as_str(),
                c.id,
                "{}",
                c.example
            );
        }
    }
    for f in chatmedic::Fix::ALL {
        assert!(v.fixes.contains(&f.as_str()));
    }
    for w in [
        "text_bad_gateway",
        "offline_flag",
        "proxy_configured",
        "retry_after_header",
        "provider_major_outage",
        "http_status_502",
        "net_error_name_not_resolved",
    ] {
        assert!(v.knows_why(w), "{w}");
    }
    assert!(v.knows_why("gemini_error_42"));
    assert!(!v.knows_why("made_up"));
}

#[test]
fn longer_wording_fallback_and_named_proxy() {
    let d = |v: Value| diagnose(&Evidence::from_json(&v).unwrap());
    // A wording inside a longer one of another cause does not count: 「長すぎ」 is too_large, but
    // 「応答時間が長すぎ」 is the server taking too long; "timed out" inside Firefox's "connection has
    // timed out" is the connection's.
    assert_eq!(
        d(json!({"site": "claude", "text": "claude.ai からの応答時間が長すぎます。"})).cause,
        chatmedic::Cause::Timeout
    );
    assert_eq!(
        d(json!({"site": "chatgpt", "text": "メッセージが長すぎます"})).cause,
        chatmedic::Cause::TooLarge
    );
    let r = d(json!({"site": "claude", "text": "The connection has timed out"}));
    assert_eq!(r.cause.as_str(), "connection");
    assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
    // Nothing names a cause, but the text reads as a failure: a generic server error, said with
    // little confidence; the provider's incident still turns it into an outage.
    let r = d(
        json!({"site": "gemini", "text": "Your request couldn't be completed. Try again later."}),
    );
    assert_eq!(r.cause.as_str(), "server_error");
    assert!(r.confidence <= 0.3, "{}", r.confidence);
    assert!(rules::violations(&r).is_empty());
    let r = d(
        json!({"site": "gemini", "text": "Try again later.", "provider": {"level": "major_outage"}}),
    );
    assert_eq!(r.cause.as_str(), "outage");
    assert_eq!(
        d(json!({"site": "gemini", "text": "Gemini 2.5 Pro"}))
            .cause
            .as_str(),
        "unknown"
    );
    // A connection failure, or Chrome's "No internet" page, that names the proxy is the proxy's;
    // unless the browser itself says it is offline.
    let no_internet =
        "No internet\nThere is something wrong with the proxy server, or the address is incorrect.";
    let r = d(json!({"site": "chatgpt", "text": no_internet}));
    assert_eq!(r.cause.as_str(), "proxy");
    assert!(rules::violations(&r).is_empty());
    assert_eq!(
        d(json!({"site": "chatgpt", "text": no_internet, "online": false}))
            .cause
            .as_str(),
        "offline"
    );
    assert_eq!(
        d(json!({"text": "Connection error. (Caused by ProxyError('Cannot connect to proxy.', ConnectionRefusedError(111, 'Connection refused')))"}))
            .cause
            .as_str(),
        "proxy"
    );
}

#[test]
fn a_request_refused_as_malformed_is_not_the_service_failing() {
    let d = |v: Value| diagnose(&Evidence::from_json(&v).unwrap());
    // A 400 with only generic failure words: the request was refused, we cannot say why.
    let r = d(json!({"site": "claude", "httpStatus": 400,
        "text": "API Error: 400 {\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"Could not process image\"}}"}));
    assert_eq!(r.cause.as_str(), "unknown");
    assert!(rules::violations(&r).is_empty());
    assert_eq!(
        d(json!({"text": "Request failed with status code 422"}))
            .cause
            .as_str(),
        "unknown"
    );
    // A 400 whose message names the cause is that cause.
    for (text, cause) in [
        (
            "API Error: 400 prompt is too long: 215000 tokens > 200000 maximum",
            "too_large",
        ),
        (
            "Reason: Request Failed: 400 {\"message\":\"image exceeds max allowed size\"}",
            "too_large",
        ),
        (
            "400 Bad Request: unsupported_country_region_territory",
            "blocked",
        ),
    ] {
        assert_eq!(d(json!({"text": text})).cause.as_str(), cause, "{text}");
    }
}

#[test]
fn wrapped_and_indented_text_reads_as_one_line() {
    let d = |v: Value| diagnose(&Evidence::from_json(&v).unwrap());
    // Terminals wrap and indent long errors; the wording is read across the break.
    let r = d(json!({"site": "grok",
        "text": "Message: 400 \"Incorrect API\n    key provided: sk***gA.\""}));
    assert_eq!(r.cause.as_str(), "auth");
    let r =
        d(json!({"site": "chatgpt", "text": "Too many\r\n\trequests. Please wait\n 17\nseconds."}));
    assert_eq!(r.cause.as_str(), "rate_limited");
    assert_eq!(r.retry.after_ms, Some(17_000));
}

/// A failed backend response's body (the content script carries it): read for its codes and
/// messages, and never quoted as if the page had shown it.
#[test]
fn failed_response_bodies() {
    let d = |v: Value| diagnose(&Evidence::from_json(&v).unwrap());
    // Gemini: a 503 whose batchexecute frame says RESOURCE_EXHAUSTED is a rate limit.
    let g = d(
        json!({"site": "gemini", "httpStatus": 503, "requestKind": "stream",
        "body": ")]}'\n[[\"er\",null,null,null,null,[8]]]"}),
    );
    assert_eq!(g.cause.as_str(), "rate_limited", "{g:?}");
    assert!(g.why.iter().any(|w| w == "gemini_error_8"), "{:?}", g.why);
    // The same frame on another site is nobody's code.
    let other = d(json!({"site": "chatgpt", "body": ")]}'\n[[\"er\",null,null,null,null,[8]]]"}));
    assert!(
        !other.why.iter().any(|w| w.starts_with("gemini_error_")),
        "{:?}",
        other.why
    );
    // Claude's and ChatGPT's JSON error bodies.
    let c = d(
        json!({"site": "claude", "httpStatus": 529, "requestKind": "stream",
        "body": "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}"}),
    );
    assert_eq!(c.cause.as_str(), "overloaded", "{c:?}");
    let o = d(
        json!({"site": "chatgpt", "httpStatus": 429, "requestKind": "stream",
        "body": "{\"detail\":\"Too many requests in 1 hour. Try again later.\"}"}),
    );
    assert_eq!(o.cause.as_str(), "rate_limited", "{o:?}");
    // A body with a wrong type is an error naming the field.
    let e = Evidence::from_json(&json!({"body": 5})).unwrap_err();
    assert!(e.to_string().contains("body"), "{e}");
}
