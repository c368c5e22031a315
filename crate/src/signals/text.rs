//! Text patterns: one row per wording, tagged with its language, the cause it names, how much it
//! says (Generic: any failure may say it; Specific: it names one cause; Hint: only refines, or
//! marks a failure when nothing names a cause) and the why id it reports. All rows are matched
//! together, ASCII-case-insensitively, in one pass (`scan`). `word` rows must stand as whole
//! words. A row matched inside a longer matched row of another cause does not count ("長すぎ"
//! inside "応答時間が長すぎ"). Each row carries an example of real wording.
use super::lang;
use super::Lang::{self, *};
use super::Strength::{self, *};
use crate::diagnosis::Cause::{self, *};

pub struct TextRow {
    pub pat: &'static str,
    pub lang: Lang,
    pub cause: Cause,
    pub strength: Strength,
    pub why: &'static str,
    pub word: bool,
    /// Real wording the row must match (tested). Left out of the wasm build to save its size.
    #[cfg(not(target_arch = "wasm32"))]
    pub example: &'static str,
}

#[rustfmt::skip]
#[allow(unused_variables)]
pub(crate) const fn row(pat: &'static str, lang: Lang, cause: Cause, strength: Strength, why: &'static str, word: bool, example: &'static str) -> TextRow {
    TextRow {
        pat, lang, cause, strength, why, word,
        #[cfg(not(target_arch = "wasm32"))]
        example,
    }
}
#[rustfmt::skip]
pub(crate) const fn r(pat: &'static str, lang: Lang, cause: Cause, strength: Strength, why: &'static str, example: &'static str) -> TextRow {
    row(pat, lang, cause, strength, why, false, example)
}
#[rustfmt::skip]
pub(crate) const fn w(pat: &'static str, lang: Lang, cause: Cause, strength: Strength, why: &'static str, example: &'static str) -> TextRow {
    row(pat, lang, cause, strength, why, true, example)
}

/// Every language's rows: this file's (English, Japanese, Chinese and language-free codes), then
/// one table per language under `lang/`.
///
/// A `const`, not a `static`: the wasm build reads the rows only through `packed` below, so the
/// tables themselves (and their pointers) are never placed in its data.
pub const TABLES: &[&[TextRow]] = &[
    TEXT,
    lang::es::ROWS,
    lang::pt::ROWS,
    lang::fr::ROWS,
    lang::de::ROWS,
    lang::it::ROWS,
    lang::ru::ROWS,
    lang::uk::ROWS,
    lang::ko::ROWS,
    lang::tr::ROWS,
    lang::pl::ROWS,
    lang::id::ROWS,
    lang::vi::ROWS,
    lang::ar::ROWS,
    lang::fa::ROWS,
];

/// How many rows all the tables hold (sizes the scan's bit set).
pub const COUNT: usize = TEXT.len()
    + lang::es::ROWS.len()
    + lang::pt::ROWS.len()
    + lang::fr::ROWS.len()
    + lang::de::ROWS.len()
    + lang::it::ROWS.len()
    + lang::ru::ROWS.len()
    + lang::uk::ROWS.len()
    + lang::ko::ROWS.len()
    + lang::tr::ROWS.len()
    + lang::pl::ROWS.len()
    + lang::id::ROWS.len()
    + lang::vi::ROWS.len()
    + lang::ar::ROWS.len()
    + lang::fa::ROWS.len();

/// Every text row, in table order.
pub fn rows() -> impl Iterator<Item = &'static TextRow> {
    TABLES.iter().flat_map(|t| t.iter())
}

// ── The rows as the scan reads them ────────────────────────────────────────────────────────────
// The tables above stay the source (language tag, example, source comment on every row); the
// scan reads them packed at compile time into three arrays: every pattern's bytes in one array
// with an end offset a row, and the rest of a row in 16 bits (cause, strength, word, and the why
// id as an index into one list of the distinct why ids). A `TextRow` is 20 bytes of wasm data,
// four of them pointers; packed, a row is 4 bytes beside its pattern's bytes.

/// Causes by discriminant (checked when packing), so that 5 bits give the cause back.
const CAUSES: [Cause; 18] = [
    Offline,
    Proxy,
    Dns,
    Tls,
    BlockedLocally,
    TooLarge,
    RateLimited,
    Auth,
    Blocked,
    StaleClient,
    Outage,
    StreamInterrupted,
    Overloaded,
    Timeout,
    BadGateway,
    Connection,
    ServerError,
    Cause::Unknown,
];
const STRENGTHS: [Strength; 4] = [Hint, Generic, Specific, Structured];
/// Room for distinct why ids while packing (the list itself is cut to its length).
const MAX_WHYS: usize = 256;

const fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    // From the end: why ids share their "text_" prefix.
    let mut i = a.len();
    while i > 0 {
        i -= 1;
        if a[i] != b[i] {
            return false;
        }
    }
    true
}

const fn pattern_bytes() -> usize {
    let (mut n, mut t) = (0, 0);
    while t < TABLES.len() {
        let mut i = 0;
        while i < TABLES[t].len() {
            n += TABLES[t][i].pat.len();
            i += 1;
        }
        t += 1;
    }
    n
}

/// The distinct why ids in first-seen order, and how many there are.
const fn distinct_whys() -> ([&'static str; MAX_WHYS], usize) {
    let mut out = [""; MAX_WHYS];
    let (mut n, mut t) = (0, 0);
    while t < TABLES.len() {
        let mut i = 0;
        while i < TABLES[t].len() {
            let w = TABLES[t][i].why;
            let mut k = 0;
            while k < n && !str_eq(out[k], w) {
                k += 1;
            }
            if k == n {
                assert!(n < MAX_WHYS, "more distinct why ids than MAX_WHYS");
                out[n] = w;
                n += 1;
            }
            i += 1;
        }
        t += 1;
    }
    (out, n)
}

const WHYS_FOUND: ([&str; MAX_WHYS], usize) = distinct_whys();
const N_WHYS: usize = WHYS_FOUND.1;
const PATTERN_BYTES: usize = pattern_bytes();

const fn whys() -> [&'static str; N_WHYS] {
    let mut out = [""; N_WHYS];
    let mut k = 0;
    while k < N_WHYS {
        out[k] = WHYS_FOUND.0[k];
        k += 1;
    }
    out
}

/// Every pattern's bytes, each row's end offset into them, and each row's meta bits:
/// cause (bits 0-4), strength (5-6), word (7), why index (8-15).
const fn pack() -> ([u8; PATTERN_BYTES], [u16; COUNT], [u16; COUNT]) {
    assert!(
        PATTERN_BYTES <= u16::MAX as usize,
        "pattern offsets fit in 16 bits"
    );
    let mut k = 0;
    while k < CAUSES.len() {
        assert!(CAUSES[k] as usize == k, "CAUSES is in discriminant order");
        k += 1;
    }
    k = 0;
    while k < STRENGTHS.len() {
        assert!(
            STRENGTHS[k] as usize == k,
            "STRENGTHS is in discriminant order"
        );
        k += 1;
    }
    let whys = &WHYS_FOUND.0;
    let mut bytes = [0u8; PATTERN_BYTES];
    let mut ends = [0u16; COUNT];
    let mut meta = [0u16; COUNT];
    let (mut at, mut row, mut t) = (0, 0, 0);
    while t < TABLES.len() {
        let mut i = 0;
        while i < TABLES[t].len() {
            let r = &TABLES[t][i];
            let p = r.pat.as_bytes();
            let mut j = 0;
            while j < p.len() {
                bytes[at] = p[j];
                at += 1;
                j += 1;
            }
            ends[row] = at as u16;
            let mut w = 0;
            while !str_eq(whys[w], r.why) {
                w += 1;
            }
            meta[row] =
                r.cause as u16 | (r.strength as u16) << 5 | (r.word as u16) << 7 | (w as u16) << 8;
            row += 1;
            i += 1;
        }
        t += 1;
    }
    (bytes, ends, meta)
}

const PACKED: ([u8; PATTERN_BYTES], [u16; COUNT], [u16; COUNT]) = pack();
static PATTERNS: [u8; PATTERN_BYTES] = PACKED.0;
static ENDS: [u16; COUNT] = PACKED.1;
static META: [u16; COUNT] = PACKED.2;
static WHYS: [&str; N_WHYS] = whys();

/// One text row as the scan reads it (no language, no example).
#[derive(Clone, Copy)]
pub struct Entry {
    pub pat: &'static str,
    pub cause: Cause,
    pub strength: Strength,
    pub why: &'static str,
    pub word: bool,
}

/// The cause of the row at `i` (the scan's hot path needs only this and `is_word`).
pub fn cause_of(i: usize) -> Cause {
    CAUSES[usize::from(META[i] & 31)]
}

/// True when the row at `i` must stand as whole words.
pub fn is_word(i: usize) -> bool {
    META[i] & 128 != 0
}

/// What the row at `i` says: its cause, strength and why id (no pattern to decode: this is
/// what a match costs after the scan).
pub fn said(i: usize) -> (Cause, Strength, &'static str) {
    let m = META[i];
    (
        cause_of(i),
        STRENGTHS[usize::from(m >> 5 & 3)],
        WHYS[usize::from(m >> 8)],
    )
}

/// The row at `i` in `rows()` order (`i < COUNT`).
pub fn entry(i: usize) -> Entry {
    let start = if i == 0 { 0 } else { ENDS[i - 1] as usize };
    let (cause, strength, why) = said(i);
    Entry {
        // Rows are cut at their own boundaries: always UTF-8.
        pat: std::str::from_utf8(&PATTERNS[start..ENDS[i] as usize]).unwrap_or(""),
        cause,
        strength,
        word: is_word(i),
        why,
    }
}

#[rustfmt::skip]
pub const TEXT: &[TextRow] = &[
    // ── bad_gateway ───────────────────────────────────────────────────────────────────────────
    r("bad gateway", En, BadGateway, Specific, "text_bad_gateway", "502 Bad Gateway"),
    r("invalid response from the upstream", En, BadGateway, Specific, "text_bad_gateway", "The proxy server received an invalid response from the upstream server"),
    r("upstream connect error", En, BadGateway, Specific, "text_bad_gateway", "upstream connect error or disconnect/reset before headers"),
    r("no healthy upstream", En, BadGateway, Specific, "text_bad_gateway", "no healthy upstream"),
    r("web server is down", En, BadGateway, Specific, "text_bad_gateway", "Web server is down Error code 521"),
    r("origin is unreachable", En, BadGateway, Specific, "text_bad_gateway", "Origin is unreachable Error code 523"),
    r("unable to reach the origin", En, BadGateway, Specific, "text_bad_gateway", "Cloudflare is unable to reach the origin web server."),
    r("web server is returning an unknown error", En, BadGateway, Specific, "text_bad_gateway", "Web server is returning an unknown error Error code 520"),
    r("不正なゲートウェイ", Ja, BadGateway, Specific, "text_bad_gateway", "502 不正なゲートウェイ"),
    r("网关错误", Zh, BadGateway, Specific, "text_bad_gateway", "502 网关错误"),
    r("invalid response from upstream", En, BadGateway, Specific, "text_bad_gateway", "received an invalid response from upstream server"),
    r("网关", Zh, BadGateway, Generic, "text_bad_gateway", "网关服务不可用"),
    // ── timeout ───────────────────────────────────────────────────────────────────────────────
    r("gateway time-out", En, Timeout, Specific, "text_gateway_timeout", "504 Gateway Time-out"),
    r("gateway timeout", En, Timeout, Specific, "text_gateway_timeout", "504 Gateway Timeout"),
    r("a timeout occurred", En, Timeout, Specific, "text_gateway_timeout", "A timeout occurred"),
    r("request timeout", En, Timeout, Specific, "text_timeout", "408 Request Timeout"),
    r("timed out", En, Timeout, Generic, "text_timeout", "The request timed out."),
    r("took too long", En, Timeout, Generic, "text_timeout", "chatgpt.com took too long to respond."),
    r("not responding", En, Timeout, Generic, "text_timeout", "This bot is not responding."),
    r("无响应", Zh, Timeout, Generic, "text_timeout", "服务器无响应"),
    r("応答していません", Ja, Timeout, Generic, "text_timeout", "サーバーが応答していません"),
    r("応答がありません", Ja, Timeout, Generic, "text_timeout", "サーバーからの応答がありません"),
    r("deadline exceeded", En, Timeout, Specific, "text_timeout", "context deadline exceeded"),
    r("connection has timed out", En, Connection, Specific, "text_connection_timeout", "The connection has timed out"),
    r("タイムアウト", Ja, Timeout, Generic, "text_timeout", "リクエストがタイムアウトしました"),
    r("超时", Zh, Timeout, Generic, "text_timeout", "请求超时，请重试"),
    r("逾時", Zh, Timeout, Generic, "text_timeout", "要求逾時"),
    r("応答時間が長すぎ", Ja, Timeout, Specific, "text_timeout", "chatgpt.com からの応答時間が長すぎます。"),
    r("响应时间过长", Zh, Timeout, Specific, "text_timeout", "chatgpt.com 的响应时间过长。"),
    r("did not receive a timely response", En, Timeout, Specific, "text_gateway_timeout", "The server, while acting as a gateway or proxy, did not receive a timely response from the upstream server"),
    r("did not receive a response from the upstream", En, Timeout, Specific, "text_gateway_timeout", "Sorry, the server did not receive a response from the upstream server."),
    r("timeout of ", En, Timeout, Specific, "text_timeout", "timeout of 9000ms exceeded"),
    r("時間がかかっています", Ja, Timeout, Generic, "text_timeout", "通常より時間がかかっています"),
    r("longer than usual", En, Timeout, Generic, "text_timeout", "This is taking longer than usual."),
    r("aborted due to timeout", En, Timeout, Specific, "text_timeout", "The operation was aborted due to timeout"),
    r("timeouterror", Any, Timeout, Generic, "text_timeout", "DOMException [TimeoutError]: The operation was aborted due to timeout"),
    r("没有等到上游", Zh, Timeout, Specific, "text_gateway_timeout", "很抱歉，服务器没有等到上游服务器的回应，请稍后再试"),
    r("operation was aborted", En, Timeout, Generic, "text_timeout", "Chat completion request failed: This operation was aborted"),
    r("timeout awaiting", En, Timeout, Specific, "text_timeout", "http2: timeout awaiting response headers"),
    r("awaiting headers", En, Timeout, Specific, "text_timeout", "(Client.Timeout exceeded while awaiting headers)"),
    r("readtimeout", Any, Timeout, Specific, "text_timeout", "错误信息: ReadTimeout:"),
    // ── overloaded ────────────────────────────────────────────────────────────────────────────
    r("at capacity", En, Overloaded, Specific, "text_capacity", "ChatGPT is at capacity right now"),
    r("capacity constraints", En, Overloaded, Specific, "text_capacity", "Due to unexpected capacity constraints, Claude is unable to respond to your message."),
    w("capacity", En, Overloaded, Generic, "text_capacity", "We're currently over capacity."),
    w("overloaded", En, Overloaded, Specific, "text_overloaded", "That model is currently overloaded with other requests."),
    r("high demand", En, Overloaded, Specific, "text_high_demand", "We're experiencing exceptionally high demand."),
    r("heavy traffic", En, Overloaded, Specific, "text_high_demand", "We are experiencing heavy traffic, please try again."),
    r("high traffic", En, Overloaded, Specific, "text_high_demand", "Due to high traffic, responses may be slow"),
    r("high volume", En, Overloaded, Specific, "text_high_demand", "We're experiencing an unusually high volume of requests."),
    r("number of requests", En, Overloaded, Generic, "text_high_demand", "Le Chat is experiencing a high number of requests."),
    r("servers are busy", En, Overloaded, Specific, "text_server_busy", "Our servers are busy right now"),
    r("too busy", En, Overloaded, Specific, "text_server_busy", "The service is too busy to handle your request"),
    r("server busy", En, Overloaded, Specific, "text_server_busy", "Server busy, please try again later."),
    r("heavy load", En, Overloaded, Specific, "text_high_demand", "We are experiencing heavy load right now."),
    r("high load", En, Overloaded, Specific, "text_high_demand", "This bot is currently unavailable due to high load."),
    w("demand", En, Overloaded, Generic, "text_high_demand", "Claude is experiencing higher than usual demand."),
    r("service unavailable", En, Overloaded, Generic, "text_service_unavailable", "503 Service Unavailable"),
    r("temporarily unavailable", En, Overloaded, Generic, "text_service_unavailable", "The service is temporarily unavailable"),
    r("temporarily unavailable or too busy", En, Connection, Generic, "text_unreachable", "The site could be temporarily unavailable or too busy. Try again in a few moments."),
    r("available right now", En, Overloaded, Generic, "text_service_unavailable", "Copilot isn't available right now"),
    r("currently loading", En, Overloaded, Generic, "text_service_unavailable", "Model mistralai/Mistral-7B-Instruct-v0.3 is currently loading"),
    r("容量制", Ja, Overloaded, Specific, "text_capacity", "容量制約のため応答できません"),
    r("混雑", Ja, Overloaded, Specific, "text_server_busy", "サーバーが混雑しています"),
    r("混み合", Ja, Overloaded, Specific, "text_server_busy", "ただいま大変混み合っています"),
    r("アクセスが集中", Ja, Overloaded, Specific, "text_high_demand", "アクセスが集中しています"),
    r("過負荷", Ja, Overloaded, Specific, "text_overloaded", "モデルが過負荷状態です"),
    r("高負荷", Ja, Overloaded, Specific, "text_overloaded", "サーバーが高負荷のため"),
    r("負荷", Ja, Overloaded, Generic, "text_overloaded", "サーバーに負荷がかかっています"),
    r("容量の制約", Ja, Overloaded, Specific, "text_capacity", "予期しない容量の制約により、応答できません"),
    r("ビジー", Ja, Overloaded, Specific, "text_server_busy", "サーバーがビジー状態です"),
    r("ご利用いただけません", Ja, Overloaded, Generic, "text_service_unavailable", "Claude は現在ご利用いただけません。"),
    r("服务器繁忙", Zh, Overloaded, Specific, "text_server_busy", "服务器繁忙，请稍后再试。"),
    r("伺服器繁忙", Zh, Overloaded, Specific, "text_server_busy", "伺服器繁忙，請稍後再試"),
    r("系统繁忙", Zh, Overloaded, Specific, "text_server_busy", "系统繁忙，请稍后再试"),
    r("繁忙", Zh, Overloaded, Generic, "text_server_busy", "当前使用繁忙"),
    r("负载过高", Zh, Overloaded, Specific, "text_overloaded", "模型负载过高"),
    r("过载", Zh, Overloaded, Specific, "text_overloaded", "模型过载"),
    r("人数过多", Zh, Overloaded, Specific, "text_high_demand", "当前使用人数过多"),
    r("访问量过大", Zh, Overloaded, Specific, "text_high_demand", "访问量过大，请稍后再试"),
    r("人数较多", Zh, Overloaded, Specific, "text_high_demand", "当前模型使用人数较多，请稍后重试"),
    r("暂时不可用", Zh, Overloaded, Generic, "text_service_unavailable", "服务暂时不可用"),
    r("暂时无法", Zh, Overloaded, Generic, "text_service_unavailable", "Claude 暂时无法回复"),
    r("正在加载", Zh, Overloaded, Generic, "text_service_unavailable", "模型正在加载中，请稍候"),
    r("is busy", En, Overloaded, Specific, "text_server_busy", "Sorry, DeepSeek's search service is busy. Please disable search or try again in a few minutes."),
    r("no server is currently available", En, Overloaded, Specific, "text_service_unavailable", "No server is currently available to service your request. Sorry about that."),
    r("lots of people", En, Overloaded, Specific, "text_high_demand", "Lots of people are creating images right now, so this might take a bit."),
    r("many people are", En, Overloaded, Specific, "text_high_demand", "So many people are using ChatGPT right now."),
    r("负载已", Zh, Overloaded, Specific, "text_server_busy", "当前分组上游负载已饱和，请稍后再试"),
    r("饱和", Zh, Overloaded, Generic, "text_server_busy", "上游负载已饱和"),
    r("処理能力", Ja, Overloaded, Specific, "text_capacity", "サーバーが処理能力の上限に達しています。"),
    r("処理能力の上限に達し", Ja, Overloaded, Specific, "text_capacity", "サーバーが処理能力の上限に達しています。"),
    r("暂不可用", Zh, Overloaded, Generic, "text_service_unavailable", "（由于技术原因，联网搜索暂不可用）"),
    r("模型容量", Zh, Overloaded, Specific, "text_capacity", "服务器上没有可用的 gemini-3.1-pro-high 模型容量"),
    r("heavy usage", En, Overloaded, Specific, "text_high_demand", "Grok is under heavy usage right now. Please try again later."),
    r("忙碌中", Zh, Overloaded, Specific, "text_server_busy", "伺服器忙碌中，請稍後再試"),
    w("busy", En, Overloaded, Generic, "text_server_busy", "Our systems are a bit busy at the moment, please take a break and try again soon."),
    // ── server_error ──────────────────────────────────────────────────────────────────────────
    r("something went wrong", En, ServerError, Generic, "text_something_went_wrong", "Something went wrong. If this issue persists please contact us through our help center."),
    r("gone wrong", En, ServerError, Generic, "text_something_went_wrong", "Hmm...something seems to have gone wrong."),
    r("error occurred", En, ServerError, Generic, "text_error_occurred", "An error occurred."),
    r("unexpected error", En, ServerError, Generic, "text_error_occurred", "Unexpected Error Occurred. Reload page and try again"),
    r("there was an error", En, ServerError, Generic, "text_error_occurred", "I'm sorry but there was an error. Please try again."),
    r("internal server error", En, ServerError, Specific, "text_internal_server_error", "500 Internal Server Error"),
    r("internal error", En, ServerError, Generic, "text_internal_server_error", "An internal error occurred"),
    w("server error", En, ServerError, Generic, "text_server_error", "Server error, please try again"),
    r("request failed", En, ServerError, Generic, "text_request_failed", "Sorry, your request failed. Please try again."),
    r("server had an error", En, ServerError, Generic, "text_error_occurred", "The server had an error while processing your request."),
    r("unable to load", En, ServerError, Generic, "text_error_occurred", "Unable to load history"),
    r("load conversation", En, StaleClient, Generic, "text_conversation_not_found", "Unable to load conversation 6f0e"),
    r("エラーが発生しました", Ja, ServerError, Generic, "text_error_occurred", "エラーが発生しました。もう一度お試しください。"),
    r("エラー発生", Ja, ServerError, Generic, "text_error_occurred", "エラー発生しました"),
    r("問題が発生しました", Ja, ServerError, Generic, "text_something_went_wrong", "問題が発生しました"),
    r("内部サーバーエラー", Ja, ServerError, Specific, "text_internal_server_error", "500 内部サーバーエラー"),
    r("出错了", Zh, ServerError, Generic, "text_something_went_wrong", "出错了，请重试"),
    r("出错", Zh, ServerError, Generic, "text_error_occurred", "生成回复时出错"),
    r("问题", Zh, ServerError, Generic, "text_something_went_wrong", "抱歉，出现了一些问题。"),
    r("出现错误", Zh, ServerError, Generic, "text_error_occurred", "出现错误，请稍后重试"),
    r("发生错误", Zh, ServerError, Generic, "text_error_occurred", "发生错误"),
    r("发生了错误", Zh, ServerError, Generic, "text_error_occurred", "发生了错误"),
    r("未知错误", Zh, ServerError, Generic, "text_error_occurred", "未知错误"),
    r("服务器错误", Zh, ServerError, Generic, "text_server_error", "服务器错误"),
    r("服务器内部错误", Zh, ServerError, Specific, "text_internal_server_error", "服务器内部错误"),
    r("请求失败", Zh, ServerError, Generic, "text_request_failed", "请求失败"),
    r("encountered an error", En, ServerError, Generic, "text_error_occurred", "Gemini encountered an error. Please try again."),
    r("was a problem", En, ServerError, Generic, "text_something_went_wrong", "Sorry, there was a problem with your request."),
    r("no response was returned", En, ServerError, Generic, "text_request_failed", "Sorry, no response was returned."),
    // Failure markers: they never decide, but when nothing names a cause, the text still reads as a
    // failure of the service (see `fusion`), not as nothing recognisable.
    r("try again", En, ServerError, Hint, "text_error_occurred", "Please try again later."),
    w("error", En, ServerError, Hint, "text_error_occurred", "Error"),
    w("failed", En, ServerError, Hint, "text_request_failed", "Message failed"),
    w("sorry", En, ServerError, Hint, "text_something_went_wrong", "Sorry, I could not finish that."),
    w("oops", En, ServerError, Hint, "text_something_went_wrong", "Oops!"),
    r("unable to", En, ServerError, Hint, "text_request_failed", "Grok was unable to finish replying."),
    r("could not", En, ServerError, Hint, "text_request_failed", "Could not send the message."),
    r("couldn't", En, ServerError, Hint, "text_request_failed", "Couldn't generate a response."),
    r("お試しください", Ja, ServerError, Hint, "text_error_occurred", "しばらくしてからもう一度お試しください。"),
    r("できませんでした", Ja, ServerError, Hint, "text_request_failed", "リクエストを処理できませんでした。"),
    r("失敗", Ja, ServerError, Hint, "text_request_failed", "送信に失敗しました"),
    r("エラー", Ja, ServerError, Hint, "text_error_occurred", "エラー"),
    r("申し訳", Ja, ServerError, Hint, "text_something_went_wrong", "申し訳ありません。応答が返されませんでした。"),
    r("稍后", Zh, ServerError, Hint, "text_error_occurred", "请稍后重试"),
    r("请重试", Zh, ServerError, Hint, "text_error_occurred", "请重试"),
    r("失败", Zh, ServerError, Hint, "text_request_failed", "发送失败"),
    r("错误", Zh, ServerError, Hint, "text_error_occurred", "错误"),
    r("无法", Zh, ServerError, Hint, "text_request_failed", "无法发送消息"),
    r("抱歉", Zh, ServerError, Hint, "text_something_went_wrong", "抱歉"),
    r("稍候", Zh, ServerError, Hint, "text_error_occurred", "请稍候"),
    r("异常", Zh, ServerError, Hint, "text_error_occurred", "服务异常"),
    r("failed too many times", En, ServerError, Hint, "text_error_occurred", "RuntimeError: PoeBotEditMutation failed too many times."),
    r("service issue", En, ServerError, Generic, "text_server_error", "The model unexpectedly did not return a response, which may indicate a service issue."),
    w("malfunction", En, ServerError, Generic, "text_server_error", "Website interface malfunction."),
    r("調子が悪", Ja, ServerError, Generic, "text_something_went_wrong", "すみません、調子が悪くて、うまくいきませんでした!"),
    r("サービスの問題", Ja, ServerError, Generic, "text_server_error", "これはサービスの問題を示している可能性があります。"),
    r("hard time fulfilling", En, ServerError, Generic, "text_something_went_wrong", "I'm having a hard time fulfilling your request."),
    r("發生錯誤", Zh, ServerError, Generic, "text_error_occurred", "發生錯誤，請稍後再試"),
    // ── outage ────────────────────────────────────────────────────────────────────────────────
    r("under maintenance", En, Outage, Specific, "text_maintenance", "Our website is currently under maintenance."),
    r("down for maintenance", En, Outage, Specific, "text_maintenance", "We're down for maintenance"),
    r("scheduled maintenance", En, Outage, Specific, "text_maintenance", "Scheduled maintenance is in progress"),
    w("maintenance", En, Outage, Specific, "text_maintenance", "The service is temporarily unavailable due to maintenance."),
    r("service disruption", En, Outage, Specific, "text_outage", "We're experiencing a temporary service disruption."),
    w("outage", En, Outage, Specific, "text_outage", "We are currently experiencing an outage."),
    r("elevated error", En, Outage, Specific, "text_outage", "Elevated error rates on ChatGPT"),
    r("degraded performance", En, Outage, Specific, "text_outage", "We are investigating reports of degraded performance for Copilot."),
    w("investigating", En, Outage, Generic, "text_outage", "We are currently investigating this issue."),
    r("restoring service", En, Outage, Specific, "text_outage", "We're working on restoring service."),
    r("restore service", En, Outage, Specific, "text_outage", "We're working to restore service."),
    r("technical difficult", En, Outage, Generic, "text_outage", "Grok is experiencing technical difficulties."),
    r("working on a fix", En, Outage, Generic, "text_outage", "We're working on a fix."),
    r("will return soon", En, Outage, Specific, "text_will_return_soon", "Claude will return soon"),
    r("back shortly", En, Outage, Generic, "text_back_soon", "We will be back shortly."),
    r("メンテナンス", Ja, Outage, Specific, "text_maintenance", "現在メンテナンス中です"),
    r("障害が発生", Ja, Outage, Specific, "text_outage", "現在障害が発生しています"),
    r("復旧", Ja, Outage, Specific, "text_outage", "現在サービスの復旧作業を行っています"),
    r("维护", Zh, Outage, Specific, "text_maintenance", "系统维护中"),
    r("維護", Zh, Outage, Specific, "text_maintenance", "系統維護中"),
    r("服务中断", Zh, Outage, Specific, "text_outage", "服务中断"),
    r("修复", Zh, Outage, Generic, "text_outage", "我们正在紧急修复中"),
    r("will be back soon", En, Outage, Specific, "text_will_return_soon", "Claude will be back soon"),
    r("check back soon", En, Outage, Generic, "text_back_soon", "Don't worry, your conversation data is preserved! Check back soon."),
    w("elevated", En, Outage, Generic, "text_outage", "elevated 500 errors"),
    r("high error rate", En, Outage, Specific, "text_outage", "High error rates for ChatGPT, APIs, and Sora"),
    r("increased error", En, Outage, Specific, "text_outage", "increased errors with ChatGPT file downloads"),
    r("unresolved incident", En, Outage, Specific, "text_outage", "Unresolved incident: Elevated errors on Claude Opus 4 and Opus 4.1."),
    r("fix is being implemented", En, Outage, Specific, "text_outage", "The issue has been identified and a fix is being implemented."),
    r("issue has been identified", En, Outage, Specific, "text_outage", "The issue has been identified and a fix is being implemented."),
    r("identified an issue", En, Outage, Specific, "text_outage", "We have identified an issue resulting in elevated errors"),
    r("monitoring the recovery", En, Outage, Specific, "text_outage", "We have applied the mitigation and are monitoring the recovery."),
    r("mitigat", En, Outage, Generic, "text_outage", "We are applying configuration changes to mitigate impact to Copilot Chat users."),
    r("for some users", En, Outage, Generic, "text_outage", "ChatGPT is unavailable for some users."),
    r("monitoring - ", En, Outage, Specific, "text_outage", "Monitoring - We are seeing success rates across all services return to normal"),
    r("to resolve the issue", En, Outage, Generic, "text_outage", "We are continuing to work to resolve the issues preventing users from accessing Claude.ai"),
    // ── rate_limited ──────────────────────────────────────────────────────────────────────────
    r("too many requests", En, RateLimited, Specific, "text_too_many_requests", "Too many requests in 1 hour. Try again later."),
    r("too many messages", En, RateLimited, Specific, "text_too_many_requests", "You've sent too many messages. Please wait."),
    r("lot of requests", En, RateLimited, Specific, "text_too_many_requests", "I'm getting a lot of requests right now. Please try again later."),
    r("rate limit", En, RateLimited, Specific, "text_rate_limited", "Rate limit reached for requests"),
    r("rate-limit", En, RateLimited, Specific, "text_rate_limited", "Sorry, your request was rate-limited."),
    r("ratelimit", En, RateLimited, Specific, "text_rate_limited", "RateLimitError"),
    r("usage cap", En, RateLimited, Specific, "text_usage_limit", "You've reached the current usage cap for GPT-4."),
    r("usage limit", En, RateLimited, Specific, "text_usage_limit", "You've hit your usage limit"),
    r("limit reached", En, RateLimited, Specific, "text_usage_limit", "5-hour limit reached - resets 9 PM"),
    r("reached your limit", En, RateLimited, Specific, "text_usage_limit", "You've reached your limit for today"),
    r("reached the limit", En, RateLimited, Specific, "text_usage_limit", "You have reached the limit of messages"),
    r("reached our limit", En, RateLimited, Specific, "text_usage_limit", "You've reached our limit of messages per hour."),
    r("hit your limit", En, RateLimited, Specific, "text_usage_limit", "You've hit your limit · resets 3pm"),
    r("reached your", En, RateLimited, Generic, "text_usage_limit", "You've reached your monthly chat messages limit."),
    r("exceeded your", En, RateLimited, Generic, "text_usage_limit", "You have exceeded your monthly included credits."),
    r("allowance", En, RateLimited, Specific, "text_usage_limit", "You have exceeded your premium request allowance."),
    r("run out of", En, RateLimited, Generic, "text_usage_limit", "You've run out of compute points."),
    r("compute points", En, RateLimited, Specific, "text_usage_limit", "You don't have enough compute points."),
    r("used all", En, RateLimited, Generic, "text_usage_limit", "You've used all your Pro searches for today."),
    r("message limit", En, RateLimited, Specific, "text_usage_limit", "You've hit the message limit"),
    r("message cap", En, RateLimited, Specific, "text_usage_limit", "message cap reached"),
    r("out of free messages", En, RateLimited, Specific, "text_usage_limit", "You are out of free messages until 4 PM"),
    r("out of messages", En, RateLimited, Specific, "text_usage_limit", "You're out of messages until 4:00 PM"),
    r("daily limit", En, RateLimited, Specific, "text_usage_limit", "You've reached the daily limit"),
    r("weekly limit", En, RateLimited, Specific, "text_usage_limit", "Weekly limit reached"),
    r("limit resets", En, RateLimited, Specific, "text_usage_limit", "Your limit resets at 9:30 AM"),
    r("quota exceeded", En, RateLimited, Specific, "text_quota", "Quota exceeded for this model"),
    r("exceeded your current quota", En, RateLimited, Specific, "text_quota", "You exceeded your current quota, please check your plan"),
    r("insufficient balance", En, RateLimited, Specific, "text_quota", "Insufficient Balance"),
    w("credits", En, RateLimited, Generic, "text_quota", "Subscribe to PRO to get more monthly included credits."),
    w("quota", En, RateLimited, Generic, "text_quota", "Not enough quota"),
    r("slow down", En, RateLimited, Generic, "text_rate_limited", "You're sending messages too fast. Slow down."),
    w("limit", En, RateLimited, Generic, "text_usage_limit", "You've reached the daily chat limit."),
    w("too many", En, RateLimited, Generic, "text_too_many_requests", "Too many signups from the same IP"),
    r("限额", Zh, RateLimited, Specific, "text_quota", "您已达到 2.5 Pro 的使用限额"),
    r("制限に達しました", Ja, RateLimited, Specific, "text_usage_limit", "5時間の制限に達しました"),
    r("上限に達し", Ja, RateLimited, Specific, "text_usage_limit", "利用上限に達しました"),
    r("リクエストが多すぎ", Ja, RateLimited, Specific, "text_too_many_requests", "リクエストが多すぎます"),
    r("リクエストが多数", Ja, RateLimited, Specific, "text_too_many_requests", "現在リクエストが多数届いているため、対応できませんでした。"),
    r("利用制限", Ja, RateLimited, Specific, "text_usage_limit", "利用制限中です"),
    r("レート制限", Ja, RateLimited, Specific, "text_rate_limited", "リクエストはレート制限されました"),
    r("頻度", Ja, RateLimited, Specific, "text_rate_limited", "メッセージの送信頻度が高すぎます"),
    r("多くのリクエスト", Ja, RateLimited, Specific, "text_too_many_requests", "現在多くのリクエストを受け付けているため"),
    r("请求过多", Zh, RateLimited, Specific, "text_too_many_requests", "请求过多,请稍后再试"),
    r("請求過多", Zh, RateLimited, Specific, "text_too_many_requests", "請求過多，請稍後再試"),
    r("请求太多", Zh, RateLimited, Specific, "text_too_many_requests", "请求太多"),
    r("频率过", Zh, RateLimited, Specific, "text_rate_limited", "你发送消息的频率过快"),
    r("频繁", Zh, RateLimited, Specific, "text_rate_limited", "操作频繁，请稍后再试"),
    r("达到上限", Zh, RateLimited, Specific, "text_usage_limit", "今日对话次数已达到上限"),
    r("已达上限", Zh, RateLimited, Specific, "text_usage_limit", "次数已达上限"),
    r("已用完", Zh, RateLimited, Specific, "text_usage_limit", "今日免费消息额度已用完"),
    r("使用上限", Zh, RateLimited, Specific, "text_usage_limit", "您已达到 GPT-4o 的使用上限"),
    r("使用限制", Zh, RateLimited, Specific, "text_usage_limit", "您已达到使用限制"),
    r("限速", Zh, RateLimited, Specific, "text_rate_limited", "您的请求已被限速"),
    r("速率限制", Zh, RateLimited, Specific, "text_rate_limited", "已达到速率限制"),
    r("额度", Zh, RateLimited, Generic, "text_quota", "额度不足"),
    r("too frequent", En, RateLimited, Specific, "text_rate_limited", "Messages too frequent. Try again later"),
    r("speed limited", En, RateLimited, Specific, "text_rate_limited", "Sorry, your request was speed limited. Please wait 2 minutes before trying again."),
    w("throttled", En, RateLimited, Specific, "text_rate_limited", "Request is throttled."),
    r("throttling", En, RateLimited, Specific, "text_rate_limited", "ThrottlingException: Too many requests"),
    r("短期間に集中", Ja, RateLimited, Specific, "text_rate_limited", "リクエストが短期間に集中しています。しばらくしてからもう一度お試しください。"),
    r("已达到", Zh, RateLimited, Generic, "text_usage_limit", "很抱歉，你已达到可在24小时内发送到必应的邮件限制。"),
    r("credit balance", En, RateLimited, Specific, "text_credit", "Your credit balance is too low to access the Anthropic API."),
    r("extra usage", En, RateLimited, Specific, "text_credit", "You're out of extra usage. Add more at claude.ai/settings/usage"),
    r("add funds", En, RateLimited, Specific, "text_credit", "Credit balance too low · Add funds"),
    r("purchase credits", En, RateLimited, Specific, "text_credit", "Please go to Plans & Billing to upgrade or purchase credits."),
    r("余额不足", Zh, RateLimited, Specific, "text_credit", "账户余额不足"),
    r("クオータ", Ja, RateLimited, Specific, "text_quota", "チャットの月間クオータに達した"),
    r("クォータ", Ja, RateLimited, Specific, "text_quota", "クォータを超えました"),
    r("許容量を超え", Ja, RateLimited, Specific, "text_quota", "プレミアム要求の許容量を超えました。"),
    r("过快", Zh, RateLimited, Specific, "text_rate_limited", "请求速度过快，被服务商限制了访问频率"),
    r("频率", Zh, RateLimited, Generic, "text_rate_limited", "被服务商限制了访问频率"),
    r("out of credits", En, RateLimited, Specific, "text_credit", "You have run out of credits or need a Grok subscription."),
    r("add credits", En, RateLimited, Specific, "text_credit", "Add credits at https://grok.com/?_s=usage"),
    r("usage has reached", En, RateLimited, Specific, "text_usage_limit", "Inference usage has reached the max"),
    r("にリセット", Ja, RateLimited, Specific, "text_usage_limit", "5時間の制限は午後3時にリセットされます"),
    r("again tomorrow", En, RateLimited, Specific, "text_usage_limit", "You've reached today's limit. Please try again tomorrow."),
    r("明日また", Ja, RateLimited, Specific, "text_usage_limit", "今日はこれ以上画像を生成できません。明日またリクエストしてください。"),
    r("明天再", Zh, RateLimited, Specific, "text_usage_limit", "今日次数已用完，请明天再试"),
    r("使い切", Ja, RateLimited, Specific, "text_usage_limit", "アップロードを使い切りました"),
    w("rate exceeded", En, RateLimited, Specific, "text_rate_limited", "Rate exceeded"),
    r("额度不足", Zh, RateLimited, Specific, "text_credit", "用户额度不足, 剩余额度: ＄-0.000002"),
    r("剩余额度", Zh, RateLimited, Specific, "text_credit", "预扣费额度失败, 用户剩余额度: ＄2.533620"),
    r("太快", Zh, RateLimited, Specific, "text_rate_limited", "提问太快啦，请休息一下再问我吧"),
    r("メッセージが多すぎ", Ja, RateLimited, Specific, "text_too_many_requests", "1 時間あたりのメッセージが多すぎます。"),
    r("リクエスト数が多すぎ", Ja, RateLimited, Specific, "text_too_many_requests", "リクエスト数が多すぎます"),
    r("one message at a time", En, RateLimited, Specific, "text_rate_limited", "Only one message at a time. Please allow any other responses to complete before sending another message, or wait one minute."),
    w("used up", En, RateLimited, Specific, "text_usage_limit", "You've used up your daily free messages."),
    r("maximum number of messages", En, RateLimited, Specific, "text_usage_limit", "You've reached the maximum number of messages for today."),
    // ── stream_interrupted ────────────────────────────────────────────────────────────────────
    r("stream terminated", En, StreamInterrupted, Specific, "text_stream_interrupted", "Stream terminated"),
    r("stream half-closed", En, StreamInterrupted, Specific, "text_stream_interrupted", "HTTP/2: stream half-closed (remote)"),
    r("stream error", En, StreamInterrupted, Specific, "text_stream_interrupted", "Stream error received"),
    r("stream closed", En, StreamInterrupted, Specific, "text_stream_interrupted", "stream closed unexpectedly"),
    r("error in body stream", En, StreamInterrupted, Specific, "text_stream_interrupted", "Error in body stream"),
    r("premature close", En, StreamInterrupted, Specific, "text_stream_interrupted", "Premature close"),
    r("ended unexpectedly", En, StreamInterrupted, Specific, "text_stream_interrupted", "The response ended unexpectedly"),
    r("response was interrupted", En, StreamInterrupted, Specific, "text_stream_interrupted", "The response was interrupted"),
    r("connection lost while", En, StreamInterrupted, Specific, "text_stream_interrupted", "Connection lost while generating the answer"),
    r("message stream", En, StreamInterrupted, Specific, "text_stream_interrupted", "Error in message stream"),
    r("while streaming", En, StreamInterrupted, Specific, "text_stream_interrupted", "An error occurred while streaming the response."),
    r("ストリーミング中", Ja, StreamInterrupted, Specific, "text_stream_interrupted", "メッセージのストリーミング中にエラーが発生しました"),
    r("interrupted", En, StreamInterrupted, Generic, "text_stream_interrupted", "The stream was interrupted."),
    w("terminated", En, StreamInterrupted, Generic, "text_stream_interrupted", "Reason: terminated"),
    r("中断され", Ja, StreamInterrupted, Specific, "text_stream_interrupted", "Claude の応答が中断されました"),
    r("中断", Zh, StreamInterrupted, Generic, "text_stream_interrupted", "流式传输中断"),
    r("network error", En, Connection, Generic, "text_network_error", "A network error occurred."),
    r("connection lost", En, Connection, Generic, "text_network_error", "Network connection lost. Attempting to reconnect…"),
    r("ネットワークエラー", Ja, Connection, Generic, "text_network_error", "ネットワークエラーが発生しました"),
    r("网络错误", Zh, Connection, Generic, "text_network_error", "网络错误"),
    r("网络异常", Zh, Connection, Generic, "text_network_error", "网络异常，请重试"),
    r("通信异常", Zh, Connection, Generic, "text_network_error", "通信异常，请稍后重试"),
    r("接続が失われ", Ja, Connection, Generic, "text_network_error", "ネットワーク接続が失われました"),
    r("连接已断开", Zh, Connection, Generic, "text_network_error", "网络连接已断开，正在尝试重新连接…"),
    r("连接中断", Zh, Connection, Generic, "text_network_error", "抱歉，连接中断了"),
    r("http/2 protocol error", En, StreamInterrupted, Specific, "text_stream_interrupted", "qt.network.http2: stream 1 finished with error: \"HTTP/2 protocol error\""),
    r("http2 protocol error", En, StreamInterrupted, Specific, "text_stream_interrupted", "HTTP2 protocol error: stream reset"),
    r("mid-response", En, StreamInterrupted, Specific, "text_stream_interrupted", "API Error: Connection closed mid-response."),
    r("mid-stream", En, StreamInterrupted, Specific, "text_stream_interrupted", "API Error: Response stalled mid-stream."),
    r("may be incomplete", En, StreamInterrupted, Specific, "text_stream_interrupted", "The response above may be incomplete."),
    r("no chunks received", En, StreamInterrupted, Specific, "text_stream_interrupted", "Stream idle timeout - no chunks received"),
    r("stream idle timeout", En, StreamInterrupted, Specific, "text_stream_interrupted", "Stream idle timeout - no chunks received"),
    r("not closed cleanly", En, StreamInterrupted, Specific, "text_stream_interrupted", "HTTP/2 stream 0 was not closed cleanly: PROTOCOL_ERROR (err 1)"),
    r("incomplete chunked", En, StreamInterrupted, Specific, "text_stream_interrupted", "peer closed connection without sending complete message body (incomplete chunked read)"),
    r("complete message body", En, StreamInterrupted, Specific, "text_stream_interrupted", "peer closed connection without sending complete message body"),
    r("stream timeout", En, StreamInterrupted, Specific, "text_stream_interrupted", "AI_ProviderSpecificError: Stream timeout"),
    r("unexpected eof", En, StreamInterrupted, Specific, "text_stream_interrupted", "unexpected EOF during chunk size line"),
    r("unexpected end of json", En, StreamInterrupted, Specific, "text_stream_interrupted", "invalid json response body at https://api.deepseek.com/chat/completions reason: Unexpected end of JSON input"),
    r("unexpected end of file", En, StreamInterrupted, Specific, "text_stream_interrupted", "Error: unexpected end of file"),
    r("stream ended", En, StreamInterrupted, Specific, "text_stream_interrupted", "upstream stream ended without terminal event"),
    r("stream_ended", Any, StreamInterrupted, Specific, "text_stream_interrupted", "sdk_stream_ended_no_result"),
    r("streaming stall", En, StreamInterrupted, Specific, "text_stream_interrupted", "[WARN] Streaming stall"),
    r("premature_close", Any, StreamInterrupted, Specific, "text_stream_interrupted", "Error Code: ERR_STREAM_PREMATURE_CLOSE"),
    r("ストリーム", Ja, StreamInterrupted, Specific, "text_stream_interrupted", "メッセージ ストリームでエラーが発生しました"),
    r("消息流", Zh, StreamInterrupted, Specific, "text_stream_interrupted", "消息流中出错"),
    r("流中断", Zh, StreamInterrupted, Specific, "text_stream_interrupted", "响应流中断"),
    // ── auth ──────────────────────────────────────────────────────────────────────────────────
    r("session expired", En, Auth, Specific, "text_session_expired", "Session Expired"),
    r("session has expired", En, Auth, Specific, "text_session_expired", "Your session has expired. Please log in again."),
    r("session is expired", En, Auth, Specific, "text_session_expired", "Your session is expired"),
    r("token expired", En, Auth, Specific, "text_session_expired", "Access token expired"),
    r("token has expired", En, Auth, Specific, "text_session_expired", "Your authentication token has expired."),
    r("not signed in", En, Auth, Specific, "text_sign_in", "You are not signed in to GitHub."),
    r("not logged in", En, Auth, Specific, "text_sign_in", "You are not logged in"),
    r("log in again", En, Auth, Specific, "text_sign_in", "Please log in again"),
    r("login again", En, Auth, Specific, "text_sign_in", "Please login again"),
    r("sign in again", En, Auth, Specific, "text_sign_in", "Please sign in again to continue"),
    r("log back in", En, Auth, Specific, "text_sign_in", "Please log back in"),
    r("sign out and", En, Auth, Specific, "text_sign_in", "Please sign out and try again"),
    r("logged out", En, Auth, Specific, "text_sign_in", "You have been logged out"),
    w("sign in", En, Auth, Generic, "text_sign_in", "Sign in to continue"),
    w("unauthorized", En, Auth, Specific, "text_unauthorized", "401 Unauthorized"),
    r("authentication failed", En, Auth, Specific, "text_unauthorized", "Authentication failed"),
    r("authentication required", En, Auth, Specific, "text_unauthorized", "Authentication required"),
    r("not authenticated", En, Auth, Specific, "text_unauthorized", "User is not authenticated"),
    r("invalid api key", En, Auth, Specific, "text_unauthorized", "Invalid API key provided"),
    r("incorrect api key", En, Auth, Specific, "text_unauthorized", "Incorrect API key provided"),
    r("authentication token", En, Auth, Specific, "text_unauthorized", "Could not parse your authentication token."),
    r("signing in again", En, Auth, Specific, "text_sign_in", "Please try signing in again."),
    w("log in", En, Auth, Generic, "text_sign_in", "Please log in to continue using Grok."),
    r("be logged in", En, Auth, Specific, "text_sign_in", "You need to be logged in to use this model."),
    w("signed in", En, Auth, Generic, "text_sign_in", "Please ensure you are signed in to GitHub."),
    r("not authorized", En, Auth, Specific, "text_unauthorized", "Extension activation failed: \"User not authorized\""),
    w("revoked", En, Auth, Generic, "text_unauthorized", "OAuth token revoked"),
    r("run /login", En, Auth, Specific, "text_sign_in", "OAuth token revoked · Please run /login"),
    r("セッションの有効期限が切れ", Ja, Auth, Specific, "text_session_expired", "セッションの有効期限が切れました"),
    r("再ログイン", Ja, Auth, Specific, "text_sign_in", "再ログインしてください"),
    r("ログインしてください", Ja, Auth, Specific, "text_sign_in", "もう一度ログインしてください"),
    r("サインイン", Ja, Auth, Generic, "text_sign_in", "続行するにはサインインしてください"),
    r("再度サインイン", Ja, Auth, Specific, "text_sign_in", "再度サインインしてください"),
    r("トークンの有効期限", Ja, Auth, Specific, "text_session_expired", "認証トークンの有効期限が切れています"),
    r("会话已过期", Zh, Auth, Specific, "text_session_expired", "会话已过期"),
    r("登录已过期", Zh, Auth, Specific, "text_session_expired", "登录已过期，请重新登录"),
    r("登录过期", Zh, Auth, Specific, "text_session_expired", "登录过期"),
    r("重新登录", Zh, Auth, Specific, "text_sign_in", "请重新登录"),
    r("未登录", Zh, Auth, Specific, "text_sign_in", "用户未登录"),
    r("未授权", Zh, Auth, Specific, "text_unauthorized", "未授权"),
    r("认证失败", Zh, Auth, Specific, "text_unauthorized", "认证失败，请检查您的 API Key"),
    r("鉴权失败", Zh, Auth, Specific, "text_unauthorized", "鉴权失败"),
    r("请登录", Zh, Auth, Specific, "text_sign_in", "请登录以继续使用 Gemini"),
    r("token may have expired", En, Auth, Specific, "text_session_expired", "Session token may have expired"),
    r("session may have expired", En, Auth, Specific, "text_session_expired", "Your session may have expired. Please sign in again."),
    r("authentication failure", En, Auth, Specific, "text_unauthorized", "Authentication failure. This email domain has been rejected."),
    r("login first", En, Auth, Specific, "text_sign_in", "Sorry, you need to login first to access this service."),
    r("log in first", En, Auth, Specific, "text_sign_in", "Please log in first."),
    r("sign in first", En, Auth, Specific, "text_sign_in", "Please sign in first."),
    r("authentication did not complete", En, Auth, Specific, "text_unauthorized", "Error: The authentication did not complete successfully."),
    r("not yet authorized", En, Auth, Specific, "text_unauthorized", "The following products are not yet authorized to access your account"),
    r("failed to get copilot token", En, Auth, Specific, "text_unauthorized", "Failed to get copilot token. reason: RequestFailed"),
    r("authorization failed", En, Auth, Specific, "text_unauthorized", "[请求deepseek失败]: Authorization Failed (invalid token)"),
    r("invalid token", En, Auth, Specific, "text_unauthorized", "Authorization Failed (invalid token)"),
    r("isauthenticated=false", Any, Auth, Specific, "text_unauthorized", "IsAuthenticated=False. App ID= (UnauthorizedRequest)"),
    r("unauthorizedrequest", Any, Auth, Specific, "text_unauthorized", "(UnauthorizedRequest)"),
    r("密码不正确", Zh, Auth, Specific, "text_unauthorized", "访问密码不正确或为空，请前往登录页输入正确的访问密码"),
    r("密码错误", Zh, Auth, Specific, "text_unauthorized", "访问密码错误"),
    r("api key not valid", En, Auth, Specific, "text_unauthorized", "API key not valid. Please pass a valid API key."),
    r("api_key_invalid", Any, Auth, Structured, "text_unauthorized", "\"reason\": \"API_KEY_INVALID\""),
    r("invalid_grant", Any, Auth, Specific, "text_unauthorized", "('invalid_grant: Bad Request', {'error': 'invalid_grant'})"),
    r("subscription has ended", En, Auth, Specific, "text_subscription", "Your subscription has ended. You are currently logged in as vibecoder11."),
    r("subscription has expired", En, Auth, Specific, "text_subscription", "Your Copilot subscription has expired."),
    r("no active subscription", En, Auth, Specific, "text_subscription", "There is no active subscription on this account."),
    r("active subscription", En, Auth, Generic, "text_subscription", "An active subscription is required"),
    r("sign you in", En, Auth, Specific, "text_sign_in", "Couldn’t sign you in"),
    r("browser or app may not be secure", En, Auth, Specific, "text_sign_in", "This browser or app may not be secure."),
    r("浏览器或应用可能不安全", Zh, Auth, Specific, "text_sign_in", "此浏览器或应用可能不安全。"),
    r("身份验证", Zh, Auth, Specific, "text_unauthorized", "使用 Gemini CLI 进行身份验证未成功完成"),
    r("authenticationerror", Any, Auth, Specific, "text_unauthorized", "litellm.AuthenticationError: AuthenticationError"),
    r("authentication fails", En, Auth, Specific, "text_unauthorized", "DeepseekException - Authentication Fails (governor)"),
    r("subscription to use", En, Auth, Specific, "text_subscription", "You must be a named user on your organization's Gemini Code Assist Standard edition subscription to use this service"),
    r("login issue", En, Auth, Specific, "text_sign_in", "Login issue detected. We're on it!"),
    r("no logged-in", En, Auth, Specific, "text_sign_in", "There is no logged-in Claude account in this browser."),
    r("令牌", Zh, Auth, Generic, "text_unauthorized", "该令牌状态不可用"),
    r("不正确或为空", Zh, Auth, Specific, "text_unauthorized", "LobeHub API Key 不正确或为空，请检查 LobeHub API Key 后重试"),
    r("密钥", Zh, Auth, Generic, "text_unauthorized", "API 密钥无效"),
    r("失效", Zh, Auth, Generic, "text_session_expired", "token失效，请重新设置token"),
    r("token validation", En, Auth, Specific, "text_unauthorized", "Token validation failed"),
    r("key expired", En, Auth, Specific, "text_session_expired", "API key expired. Please renew the API key."),
    r("key has expired", En, Auth, Specific, "text_session_expired", "Your API key has expired."),
    r("認証に失敗", Ja, Auth, Specific, "text_unauthorized", "認証に失敗しました"),
    r("verify your email", En, Auth, Specific, "text_sign_in", "Please verify your email address to continue."),
    // ── blocked ───────────────────────────────────────────────────────────────────────────────
    r("you are human", En, Blocked, Specific, "text_challenge", "Verifying you are human. This may take a few seconds."),
    r("you are not a bot", En, Blocked, Specific, "text_challenge", "This page is displayed while the website verifies you are not a bot."),
    r("checking your browser", En, Blocked, Specific, "text_challenge", "Checking your browser before accessing chatgpt.com"),
    w("just a moment", En, Blocked, Generic, "text_challenge", "Just a moment..."),
    r("enable javascript and cookies to continue", En, Blocked, Specific, "text_challenge", "Enable JavaScript and cookies to continue"),
    r("challenges.cloudflare.com", En, Blocked, Specific, "text_challenge", "Please unblock challenges.cloudflare.com to proceed."),
    r("please unblock", En, Blocked, Specific, "text_challenge", "Please unblock challenges.cloudflare.com to proceed."),
    r("security service to protect", En, Blocked, Specific, "text_challenge", "This website is using a security service to protect itself from online attacks."),
    r("malicious bots", En, Blocked, Specific, "text_challenge", "uses a security service to protect against malicious bots"),
    r("security verification", En, Blocked, Specific, "text_challenge", "Performing security verification"),
    r("security of your connection", En, Blocked, Specific, "text_challenge", "chatgpt.com needs to review the security of your connection before proceeding."),
    w("captcha", En, Blocked, Specific, "text_challenge", "Please complete the captcha"),
    r("cf_chl", En, Blocked, Specific, "text_challenge", "<script src=\"/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1?ray=1\"></script> window._cf_chl_opt"),
    r("turnstile", En, Blocked, Specific, "text_challenge", "<div class=\"cf-turnstile\"></div>"),
    r("cf_details", En, Blocked, Specific, "text_cloudflare_block", "{\"cf_details\":\"Something went wrong. Please contact Support.\"}"),
    r("access denied", En, Blocked, Specific, "text_access_denied", "Access denied"),
    r("been blocked", En, Blocked, Specific, "text_access_denied", "Sorry, you have been blocked"),
    w("forbidden", En, Blocked, Generic, "text_access_denied", "403 Forbidden"),
    r("unusual activity", En, Blocked, Specific, "text_unusual_activity", "Unusual activity has been detected from your device. Try again later."),
    r("suspicious activity", En, Blocked, Specific, "text_unusual_activity", "We detected suspicious activity"),
    r("automated queries", En, Blocked, Specific, "text_unusual_activity", "Your computer or network may be sending automated queries."),
    r("automated requests", En, Blocked, Specific, "text_unusual_activity", "We have detected automated requests"),
    r("unusual traffic", En, Blocked, Specific, "text_unusual_activity", "Our systems have detected unusual traffic from your computer network."),
    r("your country", En, Blocked, Specific, "text_region", "This service is not available in your country."),
    r("your region", En, Blocked, Specific, "text_region", "Claude is not available in your region."),
    r("your location", En, Blocked, Specific, "text_region", "This service is not available in your location"),
    r("country, region, or territory", En, Blocked, Specific, "text_region", "Unable to load site. Please try again later. If you are using a VPN, try turning it off. Unsupported country, region, or territory"),
    r("country or region", En, Blocked, Specific, "text_region", "not supported in your country or region"),
    r("certain regions", En, Blocked, Specific, "text_region", "Claude is only available in certain regions right now."),
    r("if you are using a vpn", En, Blocked, Specific, "text_vpn_flagged", "Unable to load site. Please try again later. If you are using a VPN, try turning it off."),
    r("unable to load site", En, Blocked, Generic, "text_vpn_flagged", "Unable to load site"),
    r("人間であることを確認", Ja, Blocked, Specific, "text_challenge", "人間であることを確認します"),
    r("アクセスが拒否", Ja, Blocked, Specific, "text_access_denied", "アクセスが拒否されました"),
    r("ブロックされ", Ja, Blocked, Specific, "text_access_denied", "ブロックされました"),
    r("不審なアクティビティ", Ja, Blocked, Specific, "text_unusual_activity", "不審なアクティビティが検出されました"),
    r("異常なアクティビティ", Ja, Blocked, Specific, "text_unusual_activity", "異常なアクティビティが検出されました"),
    r("お住まいの地域", Ja, Blocked, Specific, "text_region", "お住まいの地域ではご利用いただけません"),
    r("お使いの国", Ja, Blocked, Specific, "text_region", "ChatGPT はお使いの国ではご利用いただけません"),
    r("お使いの地域", Ja, Blocked, Specific, "text_region", "お使いの地域ではご利用いただけません"),
    r("国または地域", Ja, Blocked, Specific, "text_region", "お住まいの国または地域ではご利用いただけません"),
    r("接続のセキュリティ", Ja, Blocked, Specific, "text_challenge", "続行する前に、chatgpt.com は接続のセキュリティを確認する必要があります。"),
    r("異なるトラフィック", Ja, Blocked, Specific, "text_unusual_activity", "通常と異なるトラフィックが検出されました"),
    r("真人", Zh, Blocked, Specific, "text_challenge", "请确认您是真人"),
    r("人机验证", Zh, Blocked, Specific, "text_challenge", "请完成人机验证"),
    r("访问被拒绝", Zh, Blocked, Specific, "text_access_denied", "访问被拒绝"),
    r("拒绝访问", Zh, Blocked, Specific, "text_access_denied", "拒绝访问"),
    r("异常活动", Zh, Blocked, Specific, "text_unusual_activity", "检测到异常活动"),
    r("可疑活动", Zh, Blocked, Specific, "text_unusual_activity", "检测到可疑活动"),
    r("所在地区", Zh, Blocked, Specific, "text_region", "不支持您所在地区"),
    r("所在的地区", Zh, Blocked, Specific, "text_region", "暂不支持您所在的地区"),
    r("国家或地区", Zh, Blocked, Specific, "text_region", "不支持的国家或地区"),
    r("location is not supported", En, Blocked, Specific, "text_region", "User location is not supported for the API use."),
    w("suspended", En, Blocked, Specific, "text_access_denied", "Your account has been suspended."),
    w("banned", En, Blocked, Specific, "text_access_denied", "Your account has been banned."),
    r("account has been disabled", En, Blocked, Specific, "text_access_denied", "Your account has been disabled after an automatic review of your recent activities."),
    r("not allowed", En, Blocked, Generic, "text_access_denied", "Request is not allowed. Please try again later."),
    r("アクセスが制限", Ja, Blocked, Specific, "text_access_denied", "アクセスが制限されています"),
    r("封禁", Zh, Blocked, Specific, "text_access_denied", "您的账户已被封禁"),
    r("被拒绝", Zh, Blocked, Generic, "text_access_denied", "请求被拒绝"),
    r("环境异常", Zh, Blocked, Generic, "text_unusual_activity", "检测到您的网络环境异常"),
    r("存在异常", Zh, Blocked, Generic, "text_unusual_activity", "您的账号存在异常"),
    r("限制使用", Zh, Blocked, Generic, "text_access_denied", "已被限制使用"),
    r("国家/地区", Zh, Blocked, Specific, "text_region", "在您所在的国家/地区不可用"),
    r("异常流量", Zh, Blocked, Specific, "text_unusual_activity", "您的计算机网络中存在异常流量"),
    r("异常请求", Zh, Blocked, Specific, "text_unusual_activity", "系统检测到异常请求"),
    r("连接的安全性", Zh, Blocked, Specific, "text_challenge", "需要先检查您的连接的安全性，然后才能继续。"),
    r("cloudflare check", En, Blocked, Specific, "text_challenge", "Please pass the Cloudflare check at chat.openai.com"),
    r("cloudflare challenge", En, Blocked, Specific, "text_challenge", "Failed to solve the Cloudflare challenge"),
    r("appears to be an attack", En, Blocked, Specific, "text_access_denied", "Sorry, your request has been intercepted because it appears to be an attack."),
    r("organization has been disabled", En, Blocked, Specific, "text_access_denied", "This organization has been disabled."),
    r("organization has disabled", En, Blocked, Specific, "text_access_denied", "Your organization has disabled Claude subscription access for Claude Code"),
    r("cloudflare detected", En, Blocked, Specific, "text_cloudflare_block", "CloudflareError: Response 403: Cloudflare detected"),
    r("network settings are preventing", En, Blocked, Specific, "text_region", "Sorry, looks like your network settings are preventing access to this feature."),
    r("site connection is secure", En, Blocked, Specific, "text_challenge", "Checking if the site connection is secure"),
    r("request is blocked", En, Blocked, Specific, "text_access_denied", "The request is blocked."),
    w("suspicious", En, Blocked, Specific, "text_unusual_activity", "We have detected suspicious login behavior and further attempts will be blocked."),
    r("anti-bot", En, Blocked, Specific, "text_challenge", "Request rejected by anti-bot rules."),
    r("此区域", Zh, Blocked, Specific, "text_region", "此区域当前不支持Copilot。"),
    r("该地区", Zh, Blocked, Specific, "text_region", "该地区暂不支持此服务"),
    r("content is blocked", En, Blocked, Specific, "text_access_denied", "This content is blocked. Contact the site owner to fix the issue."),
    r("unsupported countries", En, Blocked, Specific, "text_region", "Access to Anthropic models is not allowed from unsupported countries, regions, or territories."),
    r("ご利用の地域", Ja, Blocked, Specific, "text_region", "ご利用の地域では Gemini はご利用いただけません"),
    w("deactivated", En, Blocked, Specific, "text_access_denied", "Your account has been deactivated."),
    // ── too_large ─────────────────────────────────────────────────────────────────────────────
    r("was too long", En, TooLarge, Specific, "text_too_long", "The message you submitted was too long, please reload the conversation and submit something shorter."),
    r("is too long", En, TooLarge, Specific, "text_too_long", "prompt is too long: 210000 tokens > 200000 maximum"),
    r("message too long", En, TooLarge, Specific, "text_too_long", "Message too long"),
    r("too long for", En, TooLarge, Specific, "text_too_long", "This message is too long for the model"),
    r("length limit", En, TooLarge, Specific, "text_too_long", "Your message will exceed the length limit for this chat."),
    r("exceeds the maximum", En, TooLarge, Specific, "text_too_long", "The input exceeds the maximum allowed length"),
    r("maximum length", En, TooLarge, Specific, "text_too_long", "This conversation reached its maximum length."),
    r("context length", En, TooLarge, Specific, "text_context_length", "This model's maximum context length is 8192 tokens."),
    r("context window", En, TooLarge, Specific, "text_context_length", "The conversation exceeds the context window"),
    r("too many tokens", En, TooLarge, Specific, "text_context_length", "Too many tokens in the request"),
    r("token limit", En, TooLarge, Generic, "text_context_length", "The token limit was exceeded"),
    r("conversation is too long", En, TooLarge, Specific, "text_chat_too_long", "This conversation is too long. Please start a new chat."),
    r("chat is too long", En, TooLarge, Specific, "text_chat_too_long", "This chat is too long"),
    r("conversation too long", En, TooLarge, Specific, "text_chat_too_long", "Conversation too long"),
    r("start a new chat", En, TooLarge, Generic, "text_chat_too_long", "Please start a new chat to continue"),
    r("request entity too large", En, TooLarge, Specific, "text_too_large", "413 Request Entity Too Large"),
    r("exceeds the limit", En, TooLarge, Generic, "text_too_long", "Your message contains 250,000 tokens which exceeds the limit of 200,000 tokens."),
    r("conversation has reached", En, TooLarge, Specific, "text_chat_too_long", "Sorry, this conversation has reached its limit."),
    r("長さの上限", Ja, TooLarge, Specific, "text_chat_too_long", "この会話の長さの上限に達しました"),
    r("payload too large", En, TooLarge, Specific, "text_too_large", "413 Payload Too Large"),
    r("content too large", En, TooLarge, Specific, "text_too_large", "413 Content Too Large"),
    w("too large", En, TooLarge, Generic, "text_too_large", "The file is too large"),
    w("too big", En, TooLarge, Generic, "text_too_large", "The file is too big"),
    r("size limit", En, TooLarge, Specific, "text_too_large", "File exceeds the size limit"),
    r("character limit", En, TooLarge, Specific, "text_too_long", "Your message exceeds the character limit."),
    r("larger than", En, TooLarge, Generic, "text_too_large", "Attachment is larger than 25MB"),
    r("token count", En, TooLarge, Specific, "text_context_length", "prompt token count of 131072 exceeds the limit of 128000"),
    r("input validation error", En, TooLarge, Generic, "text_too_long", "Input validation error: `inputs` tokens + `max_new_tokens` must be <= 8192"),
    r("長すぎ", Ja, TooLarge, Specific, "text_too_long", "メッセージが長すぎます"),
    r("文字数", Ja, TooLarge, Generic, "text_too_long", "文字数の上限を超えています"),
    r("大きすぎ", Ja, TooLarge, Specific, "text_too_large", "ファイルのサイズが大きすぎます"),
    r("最大長", Ja, TooLarge, Specific, "text_too_long", "この会話は最大長に達しました"),
    r("新しいチャット", Ja, TooLarge, Generic, "text_chat_too_long", "新しいチャットを開始してください"),
    r("太长", Zh, TooLarge, Specific, "text_too_long", "消息太长"),
    r("过长", Zh, TooLarge, Specific, "text_too_long", "输入内容过长"),
    r("长度限制", Zh, TooLarge, Specific, "text_too_long", "超出长度限制"),
    r("最大长度", Zh, TooLarge, Specific, "text_too_long", "超过最大长度"),
    r("上下文长度", Zh, TooLarge, Specific, "text_context_length", "超出模型上下文长度"),
    r("长度超", Zh, TooLarge, Specific, "text_too_long", "消息长度超出限制"),
    r("长度已达", Zh, TooLarge, Specific, "text_too_long", "当前对话长度已达上限"),
    r("长度上限", Zh, TooLarge, Specific, "text_too_long", "对话已达长度上限"),
    r("新对话", Zh, TooLarge, Generic, "text_chat_too_long", "请开启新对话"),
    r("文件过大", Zh, TooLarge, Specific, "text_too_large", "上传的文件过大"),
    r("大小超", Zh, TooLarge, Specific, "text_too_large", "文件大小超过 30MB 限制"),
    r("長さ制限", Ja, TooLarge, Specific, "text_chat_too_long", "メッセージがこのチャットの長さ制限を超えます。"),
    r("allowed size", En, TooLarge, Specific, "text_too_large", "At least one of the image dimensions exceed max allowed size: 8000 pixels"),
    r("超长", Zh, TooLarge, Specific, "text_too_long", "API Error: 500 internal error: 输入内容超长，请缩短后重试."),
    w("turns limit", En, TooLarge, Specific, "text_chat_too_long", "Sorry, you have reached chat turns limit in this conversation."),
    w("turn limit", En, TooLarge, Specific, "text_chat_too_long", "You've reached the chat turn limit for this conversation."),
    w("new topic", En, TooLarge, Generic, "text_chat_too_long", "Click “New topic” to chat about something else."),
    r("文字制限", Ja, TooLarge, Specific, "text_too_long", "文字制限を超えています"),
    r("文字数制限", Ja, TooLarge, Specific, "text_too_long", "文字数制限を超えています"),
    r("字数限制", Zh, TooLarge, Specific, "text_too_long", "超出字数限制"),
    r("長さの上限に達し", Ja, TooLarge, Specific, "text_chat_too_long", "この会話の長さの上限に達しました"),
    r("context limit", En, TooLarge, Specific, "text_context_length", "input length and `max_tokens` exceed context limit: 198127 + 20000 > 200000"),
    r("context limit reached", En, TooLarge, Specific, "text_context_length", "Context limit reached · /compact or /clear to continue"),
    r("too many files", En, TooLarge, Specific, "text_too_large", "Zip contains too many files (maximum 200)"),
    r("新しいトピック", Ja, TooLarge, Specific, "text_chat_too_long", "「新しいトピック」をクリックして、チャットを続けましょう。"),
    r("新主题", Zh, TooLarge, Generic, "text_chat_too_long", "点击“新主题”以继续聊天。"),
    // ── stale_client ──────────────────────────────────────────────────────────────────────────
    r("conversation not found", En, StaleClient, Specific, "text_conversation_not_found", "Conversation not found"),
    r("chat not found", En, StaleClient, Specific, "text_conversation_not_found", "Chat not found"),
    r("thread not found", En, StaleClient, Specific, "text_conversation_not_found", "Thread not found"),
    r("cookie too large", En, StaleClient, Specific, "text_cookie_too_large", "400 Bad Request Request Header Or Cookie Too Large"),
    r("header or cookie", En, StaleClient, Specific, "text_cookie_too_large", "Request Header Or Cookie Too Large"),
    r("header fields too large", En, StaleClient, Specific, "text_cookie_too_large", "431 Request Header Fields Too Large"),
    r("too many redirects", En, StaleClient, Specific, "text_too_many_redirects", "ERR_TOO_MANY_REDIRECTS: too many redirects"),
    r("redirected you too many times", En, StaleClient, Specific, "text_too_many_redirects", "chatgpt.com redirected you too many times."),
    r("clear your cache", En, StaleClient, Generic, "text_cache_hint", "Try to clear your cache and cookies"),
    r("clearing your cache", En, StaleClient, Generic, "text_cache_hint", "Try clearing your cache"),
    r("out of date", En, StaleClient, Generic, "text_outdated_client", "Your app is out of date. Please refresh."),
    r("new version", En, StaleClient, Generic, "text_outdated_client", "A new version is available. Please reload."),
    r("会話が見つかりません", Ja, StaleClient, Specific, "text_conversation_not_found", "会話が見つかりません"),
    r("チャットが見つかりません", Ja, StaleClient, Specific, "text_conversation_not_found", "チャットが見つかりませんでした"),
    r("对话不存在", Zh, StaleClient, Specific, "text_conversation_not_found", "对话不存在"),
    r("会话不存在", Zh, StaleClient, Specific, "text_conversation_not_found", "会话不存在"),
    r("been deleted", En, StaleClient, Specific, "text_conversation_not_found", "This conversation has been deleted."),
    r("not be found", En, StaleClient, Generic, "text_conversation_not_found", "The conversation you requested could not be found."),
    r("was not found", En, StaleClient, Generic, "text_conversation_not_found", "The requested conversation was not found."),
    r("缓存", Zh, StaleClient, Generic, "text_cache_hint", "请清除浏览器缓存和 Cookie 后重试"),
    r("check for updates", En, StaleClient, Generic, "text_outdated_client", "Claude Desktop failed to launch. Please check for updates and try again."),
    r("重定向次数过多", Zh, StaleClient, Specific, "text_too_many_redirects", "重定向次数过多"),
    r("重定向的次数过多", Zh, StaleClient, Specific, "text_too_many_redirects", "chatgpt.com 将您重定向的次数过多。"),
    r("リダイレクトが繰り返", Ja, StaleClient, Specific, "text_too_many_redirects", "chatgpt.com でリダイレクトが繰り返し行われました。"),
    r("toomanyredirects", Any, StaleClient, Specific, "text_too_many_redirects", "httpx.TooManyRedirects: Exceeded maximum allowed redirects."),
    r("allowed redirects", En, StaleClient, Specific, "text_too_many_redirects", "Exceeded maximum allowed redirects."),
    r("up to date", En, StaleClient, Generic, "text_outdated_client", "Please ensure that the GitHub Copilot Chat extension is up to date."),
    w("corrupted", En, StaleClient, Specific, "text_corrupted", "Session file is corrupted"),
    r("已损坏", Zh, StaleClient, Specific, "text_corrupted", "会话文件已损坏"),
    r("破損", Ja, StaleClient, Specific, "text_corrupted", "セッションファイルが破損しています"),
    r("找不到对话", Zh, StaleClient, Specific, "text_conversation_not_found", "找不到对话"),
    r("重新導向太多次", Zh, StaleClient, Specific, "text_too_many_redirects", "chatgpt.com 將您重新導向太多次。"),
    r("重新導向次數過多", Zh, StaleClient, Specific, "text_too_many_redirects", "重新導向次數過多"),
    r("enable cookies", En, StaleClient, Generic, "text_cache_hint", "Please enable cookies to continue."),
    // ── blocked_locally ───────────────────────────────────────────────────────────────────────
    r("blocked by client", En, BlockedLocally, Specific, "text_blocked_by_extension", "The request was blocked by client"),
    r("blocked by an extension", En, BlockedLocally, Specific, "text_blocked_by_extension", "This page has been blocked by an extension"),
    w("adblock", En, BlockedLocally, Specific, "text_blocked_by_extension", "Please disable AdBlock"),
    r("ad blocker", En, BlockedLocally, Specific, "text_blocked_by_extension", "Please disable your ad blocker"),
    r("content blocker", En, BlockedLocally, Specific, "text_blocked_by_extension", "A content blocker blocked this request"),
    r("blocked by your administrator", En, BlockedLocally, Specific, "text_blocked_by_admin", "chatgpt.com is blocked by your administrator"),
    r("blocked by administrator", En, BlockedLocally, Specific, "text_blocked_by_admin", "Blocked by administrator"),
    r("receiving end does not exist", En, BlockedLocally, Specific, "text_blocked_by_extension", "Could not establish connection. Receiving end does not exist."),
    r("web page blocked", En, BlockedLocally, Specific, "text_blocked_by_admin", "Web Page Blocked! The page you have requested has been blocked"),
    r("company policy", En, BlockedLocally, Specific, "text_blocked_by_admin", "Access to this website has been blocked in accordance with company policy."),
    r("管理者によってブロックされ", Ja, BlockedLocally, Specific, "text_blocked_by_admin", "このサイトは管理者によってブロックされています"),
    r("拡張機能によってブロックされ", Ja, BlockedLocally, Specific, "text_blocked_by_extension", "このページは拡張機能によってブロックされています"),
    r("被管理员", Zh, BlockedLocally, Specific, "text_blocked_by_admin", "该网站已被管理员屏蔽"),
    r("扩展程序", Zh, BlockedLocally, Specific, "text_blocked_by_extension", "此网页已被扩展程序屏蔽"),
    r("your organization", En, BlockedLocally, Generic, "text_blocked_by_admin", "Your organization's policy blocks this site"),
    w("firewall", En, BlockedLocally, Generic, "text_firewall", "Check your firewall settings"),
    r("not allowed to browse", En, BlockedLocally, Specific, "text_blocked_by_admin", "Not allowed to browse FileHost category"),
    r("blocks access to this website", En, BlockedLocally, Specific, "text_blocked_by_admin", "<mycompany> currently blocks access to this website."),
    w("antivirus", En, BlockedLocally, Specific, "text_firewall", "Access to the web page was blocked by ESET NOD32 Antivirus."),
    w("infected", En, BlockedLocally, Specific, "text_firewall", "The requested object is INFECTED with the following viruses"),
    r("dangerous content", En, BlockedLocally, Specific, "text_firewall", "This web page may contain dangerous content that can provide remote access to an infected device"),
    r("組織のセキュリティポリシー", Ja, BlockedLocally, Specific, "text_blocked_by_admin", "組織のセキュリティポリシーによって制限されているコンテンツ"),
    r("organization's security policy", En, BlockedLocally, Specific, "text_blocked_by_admin", "restricted by your organization’s security policy"),
    r("network settings allow access", En, BlockedLocally, Specific, "text_blocked_by_admin", "Please ensure your network settings allow access to this site or contact your network administrator."),
    r("network administrator", En, BlockedLocally, Generic, "text_blocked_by_admin", "contact your network administrator"),
    r("ネットワーク管理者", Ja, BlockedLocally, Generic, "text_blocked_by_admin", "ネットワーク管理者に問い合わせてください。"),
    r("网络管理员", Zh, BlockedLocally, Generic, "text_blocked_by_admin", "请确保您的网络设置允许访问此站点或联系您的网络管理员。"),
    r("ウイルス対策", Ja, BlockedLocally, Specific, "text_firewall", "ファイアウォールまたはウイルス対策ソフトウェアによって接続がブロックされた可能性があります。"),
    r("ファイアウォール", Ja, BlockedLocally, Generic, "text_firewall", "ファイアウォールの設定を確認してください"),
    r("防病毒", Zh, BlockedLocally, Specific, "text_firewall", "防火墙或防病毒软件可能阻止了连接。"),
    r("防火墙", Zh, BlockedLocally, Generic, "text_firewall", "请检查防火墙设置"),
    r("管理员已屏蔽", Zh, BlockedLocally, Specific, "text_blocked_by_admin", "您的管理员已屏蔽 chatgpt.com"),
    r("管理員已封鎖", Zh, BlockedLocally, Specific, "text_blocked_by_admin", "你的管理員已封鎖 chatgpt.com"),
    // ── offline ───────────────────────────────────────────────────────────────────────────────
    r("no internet", En, Offline, Specific, "text_no_internet", "No internet"),
    r("connect to the internet", En, Offline, Specific, "text_no_internet", "Unable to connect to the Internet"),
    r("no network connection", En, Offline, Specific, "text_no_internet", "No network connection. Please check your internet connection."),
    r("not connected to the internet", En, Offline, Specific, "text_no_internet", "You are not connected to the internet"),
    r("isn't connected to the internet", En, Offline, Specific, "text_no_internet", "Your computer isn't connected to the Internet."),
    // Only advice when not negated: "Make sure you're connected to the internet and try again."
    r("connected to the internet", En, Connection, Generic, "text_check_connection", "Make sure you're connected to the internet."),
    w("offline", En, Offline, Specific, "text_no_internet", "You appear to be offline"),
    r("オフライン", Ja, Offline, Specific, "text_no_internet", "オフラインです"),
    r("インターネットに接続されていません", Ja, Offline, Specific, "text_no_internet", "インターネットに接続されていません"),
    r("ネットワークに接続されていません", Ja, Offline, Specific, "text_no_internet", "ネットワークに接続されていません"),
    r("接続がありません", Ja, Offline, Specific, "text_no_internet", "インターネット接続がありません"),
    r("无网络", Zh, Offline, Specific, "text_no_internet", "当前无网络连接"),
    r("网络未连接", Zh, Offline, Specific, "text_no_internet", "网络未连接"),
    r("没有网络", Zh, Offline, Specific, "text_no_internet", "没有网络"),
    r("未连接到互联网", Zh, Offline, Specific, "text_no_internet", "未连接到互联网"),
    r("沒有網際網路連線", Zh, Offline, Specific, "text_no_internet", "沒有網際網路連線"),
    // ── dns ───────────────────────────────────────────────────────────────────────────────────
    r("dns_probe", Any, Dns, Structured, "text_dns", "DNS_PROBE_FINISHED_NXDOMAIN"),
    // Chrome shows this one on its "No internet" page: the resolver failed because there is no network.
    r("dns_probe_finished_no_internet", Any, Offline, Structured, "text_no_internet", "DNS_PROBE_FINISHED_NO_INTERNET"),
    w("nxdomain", Any, Dns, Structured, "text_dns", "NXDOMAIN"),
    r("server ip address could not be found", En, Dns, Specific, "text_dns", "chatgpt.com's server IP address could not be found."),
    w("getaddrinfo", Any, Dns, Specific, "text_dns", "getaddrinfo ENOTFOUND api.openai.com"),
    w("enotfound", Any, Dns, Structured, "text_dns", "Error: getaddrinfo ENOTFOUND api.openai.com"),
    w("eai_again", Any, Dns, Structured, "text_dns", "getaddrinfo EAI_AGAIN claude.ai"),
    r("name or service not known", En, Dns, Specific, "text_dns", "Name or service not known"),
    r("could not resolve host", En, Dns, Specific, "text_dns", "curl: (6) Could not resolve host: chatgpt.com"),
    r("failure in name resolution", En, Dns, Specific, "text_dns", "Temporary failure in name resolution"),
    r("no such host", En, Dns, Specific, "text_dns", "dial tcp: lookup chatgpt.com: no such host"),
    r("nodename nor servname", En, Dns, Specific, "text_dns", "[Errno 8] nodename nor servname provided, or not known"),
    r("trouble finding", En, Dns, Specific, "text_dns", "Hmm. We're having trouble finding that site."),
    r("find the server", En, Dns, Specific, "text_dns", "Safari can't find the server \"claude.ai\"."),
    r("server not found", En, Dns, Specific, "text_dns", "Server Not Found"),
    w("dns", En, Dns, Generic, "text_dns", "DNS error"),
    r("域名解析", Zh, Dns, Specific, "text_dns", "域名解析失败"),
    r("IP アドレスが見つかりません", Ja, Dns, Specific, "text_dns", "chatgpt.com のサーバーの IP アドレスが見つかりませんでした。"),
    r("IPアドレスが見つかりません", Ja, Dns, Specific, "text_dns", "サーバーのIPアドレスが見つかりませんでした"),
    r("服务器 IP 地址", Zh, Dns, Specific, "text_dns", "找不到 claude.ai 的服务器 IP 地址。"),
    r("服务器IP地址", Zh, Dns, Specific, "text_dns", "找不到服务器IP地址"),
    r("dial tcp: lookup", En, Dns, Specific, "text_dns", "dial tcp: lookup chatgpt.com on 127.0.0.11:53: server misbehaving"),
    r("server misbehaving", En, Dns, Specific, "text_dns", "lookup api.openai.com on 8.8.8.8:53: server misbehaving"),
    r("domainnamenotfound", Any, Dns, Specific, "text_dns", "{\"ErrorCode\":\"DomainNameNotFound\"}"),
    r("ns_error_unknown_host", Any, Dns, Structured, "text_dns", "NS_ERROR_UNKNOWN_HOST"),
    r("伺服器 ip 位址", Zh, Dns, Specific, "text_dns", "找不到 chatgpt.com 的伺服器 IP 位址。"),
    // ── proxy ─────────────────────────────────────────────────────────────────────────────────
    r("proxy error", En, Proxy, Specific, "text_proxy", "Proxy Error"),
    r("proxy authentication required", En, Proxy, Specific, "text_proxy", "407 Proxy Authentication Required"),
    r("tunneling socket", En, Proxy, Specific, "text_proxy", "tunneling socket could not be established"),
    r("connect to proxy", En, Proxy, Specific, "text_proxy", "ProxyError('Cannot connect to proxy.')"),
    w("socks", En, Proxy, Specific, "text_proxy", "SOCKS connection failed"),
    r("wrong with the proxy", En, Proxy, Specific, "text_proxy", "There is something wrong with the proxy server, or the address is incorrect."),
    r("connection to proxies", En, Proxy, Specific, "text_proxy", "Failed to establish a socket connection to proxies: PROXY 127.0.0.1:7890"),
    r("proxyerror", Any, Proxy, Specific, "text_proxy", "Caused by ProxyError('Cannot connect to proxy.')"),
    w("proxy", En, Proxy, Hint, "text_proxy", "behind a proxy"),
    w("vpn", En, Proxy, Hint, "text_proxy", "VPN"),
    r("127.0.0.1:", Any, Proxy, Hint, "text_local_proxy", "connect ECONNREFUSED 127.0.0.1:7890"),
    r("[::1]:", Any, Proxy, Hint, "text_local_proxy", "dial tcp [::1]:8080: connect: connection refused"),
    r("localhost:", Any, Proxy, Hint, "text_local_proxy", "connect ECONNREFUSED localhost:1080"),
    r("代理", Zh, Proxy, Hint, "text_proxy", "请检查代理设置"),
    r("代理服务器", Zh, Proxy, Specific, "text_proxy", "代理服务器出现问题，或者地址有误。"),
    r("プロキシ サーバー", Ja, Proxy, Specific, "text_proxy", "プロキシ サーバーに問題があるか、アドレスが正しくありません。"),
    r("プロキシサーバー", Ja, Proxy, Specific, "text_proxy", "プロキシサーバーに接続できません"),
    r("proxyconnect", Any, Proxy, Specific, "text_proxy", "proxyconnect tcp: dial tcp 127.0.0.1:10809: connectex: No connection could be made"),
    r("tunnel failed", En, Proxy, Specific, "text_proxy", "curl: (56) CONNECT tunnel failed, response 400"),
    r("ns_error_proxy", Any, Proxy, Structured, "text_proxy", "NS_ERROR_PROXY_CONNECTION_REFUSED"),
    r("proxy server is refusing", En, Proxy, Specific, "text_proxy", "The proxy server is refusing connections"),
    r("configured to use a proxy", En, Proxy, Specific, "text_proxy", "Firefox is configured to use a proxy server that is refusing connections."),
    r("could not be retrieved", En, Proxy, Generic, "text_proxy", "ERROR The requested URL could not be retrieved"),
    r("proxy connection", En, Proxy, Specific, "text_proxy", "Proxy connection ended before receiving CONNECT response"),
    r("proxy 伺服器", Zh, Proxy, Specific, "text_proxy", "Proxy 伺服器發生問題，或是網址有誤。"),
    r("代理伺服器", Zh, Proxy, Specific, "text_proxy", "代理伺服器發生問題"),
    // ── connection ────────────────────────────────────────────────────────────────────────────
    r("failed to fetch", En, Connection, Specific, "text_failed_to_fetch", "TypeError: Failed to fetch"),
    r("fetch failed", En, Connection, Specific, "text_failed_to_fetch", "TypeError: fetch failed"),
    r("networkerror when attempting to fetch", En, Connection, Specific, "text_failed_to_fetch", "NetworkError when attempting to fetch resource."),
    r("load failed", En, Connection, Generic, "text_failed_to_fetch", "TypeError: Load failed"),
    r("connection refused", En, Connection, Specific, "text_connection_refused", "connect: connection refused"),
    w("econnrefused", Any, Connection, Structured, "text_connection_refused", "connect ECONNREFUSED 104.18.32.47:443"),
    r("connection reset", En, Connection, Specific, "text_connection_reset", "read: connection reset by peer"),
    r("connection was reset", En, Connection, Specific, "text_connection_reset", "The connection was reset."),
    w("econnreset", Any, Connection, Structured, "text_connection_reset", "Error: read ECONNRESET"),
    r("socket hang up", En, Connection, Specific, "text_connection_reset", "Error: socket hang up"),
    w("econnaborted", Any, Connection, Structured, "text_connection_reset", "ECONNABORTED"),
    w("etimedout", Any, Connection, Structured, "text_connection_timeout", "connect ETIMEDOUT 104.18.32.47:443"),
    w("ehostunreach", Any, Connection, Structured, "text_unreachable", "connect EHOSTUNREACH"),
    w("enetunreach", Any, Connection, Structured, "text_unreachable", "connect ENETUNREACH"),
    r("connection closed", En, Connection, Generic, "text_connection_reset", "Connection closed"),
    r("connection was closed", En, Connection, Generic, "text_connection_reset", "The connection was closed unexpectedly"),
    r("connection was interrupted", En, Connection, Specific, "text_connection_reset", "Your connection was interrupted"),
    r("can't be reached", En, Connection, Specific, "text_unreachable", "This site can\u{2019}t be reached"),
    r("cannot be reached", En, Connection, Specific, "text_unreachable", "The server cannot be reached"),
    r("unable to connect", En, Connection, Generic, "text_unable_to_connect", "Unable to connect to Anthropic services"),
    r("could not connect", En, Connection, Generic, "text_unable_to_connect", "Could not connect to the server"),
    r("couldn't connect", En, Connection, Generic, "text_unable_to_connect", "Couldn't connect to server"),
    r("failed to connect", En, Connection, Generic, "text_unable_to_connect", "Failed to connect to api.anthropic.com"),
    r("can't connect", En, Connection, Generic, "text_unable_to_connect", "We can’t connect to the server."),
    r("cannot connect", En, Connection, Generic, "text_unable_to_connect", "Cannot connect to the server"),
    r("trouble connecting", En, Connection, Generic, "text_unable_to_connect", "Sorry, we're having trouble connecting right now."),
    r("problem connecting", En, Connection, Generic, "text_unable_to_connect", "There was a problem connecting to Gemini."),
    r("trouble reaching", En, Connection, Generic, "text_unreachable", "We're having trouble reaching Le Chat."),
    r("check your connection", En, Connection, Generic, "text_check_connection", "Please check your connection and try again."),
    r("check your internet", En, Connection, Generic, "text_check_connection", "Check your internet connection"),
    r("check your network", En, Connection, Generic, "text_check_connection", "Please check your network connection and try again."),
    r("connection error", En, Connection, Generic, "text_unable_to_connect", "API Error (Connection error.)"),
    r("unable to reach", En, Connection, Generic, "text_unreachable", "Unable to reach Copilot."),
    r("send any data", En, Connection, Specific, "text_connection_reset", "chatgpt.com didn't send any data."),
    r("接続できません", Ja, Connection, Generic, "text_unable_to_connect", "サーバーに接続できません"),
    r("接続に失敗", Ja, Connection, Generic, "text_unable_to_connect", "接続に失敗しました"),
    r("接続がリセット", Ja, Connection, Specific, "text_connection_reset", "接続がリセットされました"),
    r("接続がタイムアウト", Ja, Connection, Specific, "text_connection_timeout", "接続がタイムアウトしました"),
    r("接続が拒否", Ja, Connection, Specific, "text_connection_refused", "gemini.google.com で接続が拒否されました。"),
    r("サイトにアクセスできません", Ja, Connection, Specific, "text_unreachable", "このサイトにアクセスできません"),
    r("连接失败", Zh, Connection, Generic, "text_unable_to_connect", "连接失败"),
    r("无法连接", Zh, Connection, Generic, "text_unable_to_connect", "无法连接到服务器"),
    r("连接超时", Zh, Connection, Specific, "text_connection_timeout", "连接超时，请检查网络"),
    r("连接被拒绝", Zh, Connection, Specific, "text_connection_refused", "连接被拒绝"),
    r("连接已重置", Zh, Connection, Specific, "text_connection_reset", "连接已重置。"),
    r("无法访问此网站", Zh, Connection, Specific, "text_unreachable", "无法访问此网站"),
    r("connection attempt failed", En, Connection, Specific, "text_connection_timeout", "connectex: A connection attempt failed because the connected party did not properly respond after a period of time"),
    r("no connection could be made", En, Connection, Specific, "text_connection_refused", "connectex: No connection could be made because the target machine actively refused it."),
    r("connect timeout", En, Connection, Specific, "text_connection_timeout", "ConnectTimeoutError: Connect Timeout Error"),
    r("connecttimeout", Any, Connection, Specific, "text_connection_timeout", "requests.exceptions.ConnectTimeout: HTTPSConnectionPool(host='api.openai.com', port=443)"),
    r("newconnectionerror", Any, Connection, Specific, "text_unable_to_connect", "Failed to establish a new connection: NewConnectionError"),
    r("max retries exceeded", En, Connection, Generic, "text_unable_to_connect", "HTTPSConnectionPool(host='generativelanguage.googleapis.com', port=443): Max retries exceeded with url"),
    r("failed, reason:", En, Connection, Generic, "text_failed_to_fetch", "request to https://cloudcode-pa.googleapis.com/v1internal:loadCodeAssist failed, reason:"),
    w("reconnecting", En, Connection, Generic, "text_unable_to_connect", "Reconnecting..."),
    r("重新连接", Zh, Connection, Generic, "text_unable_to_connect", "正在尝试重新连接..."),
    r("再接続", Ja, Connection, Generic, "text_unable_to_connect", "再接続しています..."),
    r("重置连接", Zh, Connection, Specific, "text_connection_reset", "提问时显示：已重置连接。"),
    r("can't reach", En, Connection, Specific, "text_unreachable", "Can’t reach Claude. Check your connection"),
    r("refused to connect", En, Connection, Specific, "text_connection_refused", "www.perplexity.ai refused to connect."),
    r("connectionreseterror", Any, Connection, Specific, "text_connection_reset", "ConnectionResetError(10054, 'An existing connection was forcibly closed by the remote host')"),
    r("connection aborted", En, Connection, Specific, "text_connection_reset", "('Connection aborted.', ConnectionResetError(10054))"),
    r("forcibly closed", En, Connection, Specific, "text_connection_reset", "An existing connection was forcibly closed by the remote host"),
    r("强迫关闭", Zh, Connection, Specific, "text_connection_reset", "远程主机强迫关闭了一个现有的连接。"),
    r("強制的に切断", Ja, Connection, Specific, "text_connection_reset", "既存の接続はリモート ホストに強制的に切断されました。"),
    r("apiconnectionerror", Any, Connection, Specific, "text_unable_to_connect", "openai.error.APIConnectionError: Error communicating with OpenAI"),
    r("通信时", Zh, Connection, Generic, "text_network_error", "OpenAi 通信时发生错误"),
    r("网络故障", Zh, Connection, Generic, "text_network_error", "网络故障！连接 OpenAI 服务器失败"),
    r("拒绝连接", Zh, Connection, Specific, "text_connection_refused", "无法访问此页面 127.0.0.1 已拒绝连接。"),
    r("連線超時", Zh, Connection, Specific, "text_connection_timeout", "連線超時，請重試。"),
    r("connection was lost", En, Connection, Specific, "text_connection_reset", "The network connection was lost."),
    r("remote host was lost", En, Connection, Specific, "text_connection_reset", "ERROR:websocket:Connection to remote host was lost. - goodbye"),
    r("error sending request", En, Connection, Generic, "text_unable_to_connect", "Connection failed: error sending request for url (https://api.deepseek.com/v1/chat/completions)"),
    r("websocket is not open", En, Connection, Generic, "text_unable_to_connect", "Can't send data because WebSocket is not opened."),
    r("接続エラー", Ja, Connection, Specific, "text_unable_to_connect", "ネットワーク接続エラー"),
    r("ns_error_net_interrupt", Any, Connection, Specific, "text_connection_reset", "Error: NS_ERROR_NET_INTERRUPT"),
    r("ns_error_net_reset", Any, Connection, Specific, "text_connection_reset", "NS_ERROR_NET_RESET"),
    r("ns_error_connection_refused", Any, Connection, Specific, "text_connection_refused", "NS_ERROR_CONNECTION_REFUSED"),
    r("ns_error_net_timeout", Any, Connection, Specific, "text_connection_timeout", "NS_ERROR_NET_TIMEOUT"),
    r("could not reach", En, Connection, Specific, "text_unreachable", "Could not reach the server."),
    r("couldn't reach", En, Connection, Specific, "text_unreachable", "Couldn’t reach the server."),
    r("establish a connection to the server", En, Connection, Specific, "text_unable_to_connect", "Firefox can’t establish a connection to the server at 172.16.1.81:8080."),
    r("connectionlost", Any, Connection, Specific, "text_connection_reset", "StreamJsonRpc.ConnectionLostException: The JSON-RPC connection with the remote party was lost"),
    r("server disconnected", En, Connection, Specific, "text_connection_reset", "Server disconnected without sending a response."),
    r("remotedisconnected", Any, Connection, Specific, "text_connection_reset", "http.client.RemoteDisconnected: Remote end closed connection without response"),
    r("closed connection without response", En, Connection, Specific, "text_connection_reset", "Remote end closed connection without response"),
    r("trying to reach", En, Connection, Generic, "text_unreachable", "Trying to reach gemini-3-flash-preview (Attempt 2/3)"),
    r("网络不通", Zh, Connection, Specific, "text_unable_to_connect", "可能原因：1) 网络不通"),
    r("connection is unreliable", En, Connection, Specific, "text_unable_to_connect", "API Error (Internet connection is unreliable)"),
    r("nsurlerrordomain", Any, Connection, Generic, "text_unable_to_connect", "(NSURLErrorDomain-1200)"),
    w("epipe", Any, Connection, Structured, "text_connection_reset", "Error: write EPIPE"),
    r("websocket connection to", En, Connection, Specific, "text_unable_to_connect", "WebSocket connection to 'wss://sydney.bing.com/sydney/ChatHub' failed:"),
    r("connecterror", Any, Connection, Specific, "text_unable_to_connect", "ConnectError: All connection attempts failed"),
    r("all connection attempts failed", En, Connection, Specific, "text_unable_to_connect", "All connection attempts failed"),
    r("连接被", Zh, Connection, Specific, "text_connection_reset", "连接被服务终止"),
    r("ネットワークの変更", Ja, Connection, Specific, "text_unable_to_connect", "ネットワークの変更が検出されました"),
    r("网络已更改", Zh, Connection, Specific, "text_unable_to_connect", "网络已更改"),
    r("network change was detected", En, Connection, Specific, "text_unable_to_connect", "A network change was detected."),
    r("pr_connect_reset_error", Any, Connection, Structured, "text_connection_reset", "Secure Connection Failed PR_CONNECT_RESET_ERROR"),
    r("pr_connect_refused_error", Any, Connection, Structured, "text_connection_refused", "PR_CONNECT_REFUSED_ERROR"),
    r("網路錯誤", Zh, Connection, Generic, "text_network_error", "網路錯誤"),
    r("無法連線", Zh, Connection, Generic, "text_unable_to_connect", "無法連線至 Gemini"),
    r("無法連上這個網站", Zh, Connection, Specific, "text_unreachable", "無法連上這個網站"),
    r("連線已重設", Zh, Connection, Specific, "text_connection_reset", "連線已重設。"),
    r("拒絕連線", Zh, Connection, Specific, "text_connection_refused", "chatgpt.com 拒絕連線。"),
    r("访问其登录页面", Zh, Connection, Specific, "text_unable_to_connect", "您使用的网络可能要求您访问其登录页面。"),
    r("ログインページにアクセスする必要", Ja, Connection, Specific, "text_unable_to_connect", "このネットワークを使用するには、ログインページにアクセスする必要がある場合があります。"),
    // ── tls ───────────────────────────────────────────────────────────────────────────────────
    r("connection is not private", En, Tls, Specific, "text_not_private", "Your connection is not private"),
    r("privacy error", En, Tls, Specific, "text_not_private", "Privacy error"),
    r("secure connection failed", En, Tls, Specific, "text_not_private", "Secure Connection Failed"),
    r("provide a secure connection", En, Tls, Specific, "text_not_private", "This site can't provide a secure connection"),
    r("ssl certificate", En, Tls, Specific, "text_certificate", "SSL certificate error"),
    r("self-signed certificate", En, Tls, Specific, "text_certificate", "self-signed certificate in certificate chain"),
    r("self signed certificate", En, Tls, Specific, "text_certificate", "self signed certificate in certificate chain"),
    r("unable_to_get_issuer_cert", Any, Tls, Structured, "text_certificate", "UNABLE_TO_GET_ISSUER_CERT_LOCALLY"),
    r("unable to get local issuer certificate", En, Tls, Specific, "text_certificate", "unable to get local issuer certificate"),
    r("unable_to_verify_leaf_signature", Any, Tls, Structured, "text_certificate", "UNABLE_TO_VERIFY_LEAF_SIGNATURE"),
    r("unable to verify the first certificate", En, Tls, Specific, "text_certificate", "unable to verify the first certificate"),
    r("cert_has_expired", Any, Tls, Structured, "text_certificate", "CERT_HAS_EXPIRED"),
    r("certificate has expired", En, Tls, Specific, "text_certificate", "certificate has expired"),
    r("certificate verify failed", En, Tls, Specific, "text_certificate", "SSL: CERTIFICATE_VERIFY_FAILED certificate verify failed"),
    r("ssl_error_", Any, Tls, Structured, "text_certificate", "SSL_ERROR_RX_RECORD_TOO_LONG"),
    r("sec_error_", Any, Tls, Structured, "text_certificate", "SEC_ERROR_UNKNOWN_ISSUER"),
    r("tls handshake", En, Tls, Specific, "text_certificate", "TLS handshake timeout"),
    r("ssl handshake", En, Tls, Specific, "text_certificate", "SSL handshake failed"),
    r("sslerror", Any, Tls, Specific, "text_certificate", "requests.exceptions.SSLError: HTTPSConnectionPool(host='api.openai.com', port=443)"),
    r("secure tls connection", En, Tls, Specific, "text_not_private", "Client network socket disconnected before secure TLS connection was established"),
    r("potential security risk", En, Tls, Specific, "text_not_private", "Warning: Potential Security Risk Ahead"),
    r("clock is behind", En, Tls, Specific, "text_clock", "Your clock is behind"),
    r("clock is ahead", En, Tls, Specific, "text_clock", "Your clock is ahead"),
    w("certificate", En, Tls, Generic, "text_certificate", "certificate problem"),
    r("プライバシーが保護されません", Ja, Tls, Specific, "text_not_private", "この接続ではプライバシーが保護されません"),
    r("安全な接続", Ja, Tls, Specific, "text_not_private", "安全な接続ができませんでした"),
    r("証明書", Ja, Tls, Generic, "text_certificate", "証明書エラー"),
    r("不是私密连接", Zh, Tls, Specific, "text_not_private", "您的连接不是私密连接"),
    r("安全连接", Zh, Tls, Specific, "text_not_private", "此网站无法提供安全连接"),
    r("证书", Zh, Tls, Generic, "text_certificate", "证书错误"),
    r("tls: ", Any, Tls, Specific, "text_certificate", "tls: failed to verify certificate: x509: certificate signed by unknown authority"),
    r("x509: ", Any, Tls, Specific, "text_certificate", "x509: certificate signed by unknown authority"),
    r("certificate_verify_failed", Any, Tls, Structured, "text_certificate", "[SSL: CERTIFICATE_VERIFY_FAILED]"),
    r("sslcertverificationerror", Any, Tls, Specific, "text_certificate", "ssl.SSLCertVerificationError"),
    r("self_signed_cert", Any, Tls, Structured, "text_certificate", "Error Code: SELF_SIGNED_CERT_IN_CHAIN"),
    r("ssl error", En, Tls, Specific, "text_certificate", "An SSL error has occurred and a secure connection to the server cannot be made."),
    r("secure connection to the server cannot be made", En, Tls, Specific, "text_certificate", "a secure connection to the server cannot be made."),
    r("establish a secure connection", En, Tls, Specific, "text_certificate", "Safari can’t establish a secure connection to the server “claude.ai”."),
    r("不是私人連線", Zh, Tls, Specific, "text_not_private", "你的連線不是私人連線"),
    r("時鐘", Zh, Tls, Specific, "text_clock", "你的時鐘快了"),
    r("時計が進んで", Ja, Tls, Specific, "text_clock", "時計が進んでいます"),
    r("時計が遅れて", Ja, Tls, Specific, "text_clock", "時計が遅れています"),
    r("日付と時刻が正しくありません", Ja, Tls, Specific, "text_clock", "パソコンの日付と時刻が正しくありません。"),
    // ── unknown: the service refused the content itself: not a failure that a fix here mends ──
    r("content policy", En, Unknown, Specific, "text_content_policy", "This content may violate our content policy."),
    r("usage policy", En, Unknown, Specific, "text_content_policy", "This request appears to violate our Usage Policy"),
    r("content management policy", En, Unknown, Specific, "text_content_policy", "The response was filtered due to the prompt triggering Azure OpenAI's content management policy."),
    r("got filtered", En, Unknown, Specific, "text_content_policy", "Oops, your response got filtered."),
    r("was filtered", En, Unknown, Specific, "text_content_policy", "Sorry, the response was filtered by the Responsible AI Service."),
    r("content_filter", Any, Unknown, Specific, "text_content_policy", "finish_reason: content_filter"),
    r("安全策略", Zh, Unknown, Specific, "text_content_policy", "内容违反安全策略"),
    r("コンテンツポリシー", Ja, Unknown, Specific, "text_content_policy", "このコンテンツはコンテンツポリシーに違反している可能性があります。"),
    r("responsible ai", En, Unknown, Specific, "text_content_policy", "Sorry, the response was filtered by the Responsible AI Service."),
    r("フィルター処理", Ja, Unknown, Specific, "text_content_policy", "この回答は責任ある AI サービスによってフィルター処理されました。"),
    r("被过滤", Zh, Unknown, Specific, "text_content_policy", "此回复已被过滤。"),
    r("invalid request", En, Unknown, Specific, "text_invalid_request", "Model call failed: {\"message\":\"invalid request body\"}"),
    r("invalid_request", Any, Unknown, Specific, "text_invalid_request", "\"type\":\"invalid_request_error\""),
    r("schema validation", En, Unknown, Specific, "text_invalid_request", "Schema validation failed with the following errors"),
    r("validation failed", En, Unknown, Generic, "text_invalid_request", "Type validation failed: Value: {}"),
    r("matched public code", En, Unknown, Specific, "text_content_policy", "Sorry, the response matched public code so it was blocked."),
    r("reason: safety", En, Unknown, Specific, "text_content_policy", "Message is being blocked for reason: SAFETY"),
    r("prohibited_content", Any, Unknown, Specific, "text_content_policy", "BlockedReason.PROHIBITED_CONTENT"),
    r("服务过滤", Zh, Unknown, Specific, "text_content_policy", "很抱歉，响应已被负责任 AI 服务过滤。"),
];

/// Words before a parenthesised number in Gemini's errors: "Something went wrong (9)", "エラー (13)".
pub static GEMINI_TRIGGERS: &[&str] = &[
    "wrong (",
    "wrong(",
    "error (",
    "error(",
    "エラー (",
    "エラー(",
    "しました (",
    "しました(",
    "出错了 (",
    "出错了(",
    "错误 (",
    "错误(",
];

/// Gemini's numbered errors are gRPC status codes (grpc.io/docs/guides/status-codes); users
/// report 13 (INTERNAL) on very long chats, which a new chat fixes.
pub static GEMINI_CODES: &[(u16, Cause, Strength)] = &[
    (4, Timeout, Specific),     // DEADLINE_EXCEEDED
    (5, StaleClient, Generic),  // NOT_FOUND
    (7, Blocked, Specific),     // PERMISSION_DENIED
    (8, RateLimited, Specific), // RESOURCE_EXHAUSTED
    (13, TooLarge, Specific),   // INTERNAL, on long chats
    (14, Overloaded, Specific), // UNAVAILABLE
    (16, Auth, Specific),       // UNAUTHENTICATED
];

/// The cause of a Gemini error number; unknown numbers are a generic server error.
pub fn gemini(n: u16) -> (Cause, Strength) {
    GEMINI_CODES
        .iter()
        .find(|(c, _, _)| *c == n)
        .map_or((ServerError, Generic), |(_, c, s)| (*c, *s))
}
