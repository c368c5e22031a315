//! The concept layer: reading errors the way a person does, by the words they are made of.
//!
//! Phrase rows (`text.rs`, `lang/`) read the wordings they were given, precisely, and little
//! else: the next app's wording of the same failure is the next miss. Here each language has a
//! lexicon of the words errors are made of — connection, reset, limit, exceeded, region,
//! unavailable, sign in, session, expired … — written as stems where the language inflects
//! ("превыш" reads превышен, превышено, превышения) and as parts where it compounds or writes no
//! spaces ("fehler" inside "Netzwerkfehler", 超过 inside 已超过). One table of language-free rules
//! then combines concepts found near each other into a cause: REGION + UNAVAILABLE is a block,
//! LIMIT + LENGTH a message too large, TOO_MANY + REQUESTS a rate limit. One concept alone is
//! never a diagnosis (only a low-confidence failure marker, like "Please try again").
//!
//! The lexicons are matched by the scan's one pass (`scan.rs`) on the same folded text as the
//! phrase rows. A rule's signal is `Generic`: a precise phrase row of another cause outweighs it,
//! and a diagnosis that only concepts back says so with its confidence (`fusion.rs`). Its why id
//! (`concept_<rule>`) names the concepts seen, so the popup can tell the user why.
use super::{boundary, Lang, Signal, Strength};
use crate::diagnosis::Cause;

pub mod lex;

/// Declares the concepts once: the enum, and the array of them in discriminant order (a meta
/// byte's six bits give the concept back through it).
macro_rules! concepts {
    ($($(#[$doc:meta])* $name:ident,)*) => {
        /// The words errors are made of. At most 64 (a concept is a bit of a `u64`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u8)]
        pub enum Concept {
            $($(#[$doc])* $name,)*
        }
        /// Every concept, by discriminant.
        const CONCEPTS: &[Concept] = &[$(Concept::$name,)*];
    };
}

concepts! {
    /// connection, Verbindung, соединение/подключение, conexión, 连接, 接続, 연결
    Connection,
    /// reset, closed, dropped, lost (a connection): zurückgesetzt, сброшено, restablecida, 重置
    Reset,
    /// refused (a connection): abgelehnt, отклонено, rechazada, refusée, 拒绝
    Refused,
    /// interrupted, cut off, terminated, aborted: unterbrochen, прервано, interrumpida, 中断
    Interrupted,
    /// failed, could not, unable: fehlgeschlagen, не удалось, falló, échec, 失败, 失敗, 실패
    Failed,
    /// error: Fehler, ошибка, error, erreur, 错误, エラー, 오류
    Error,
    /// again (try again, sign in again): erneut, снова, de nuevo, à nouveau, 再试, もう一度, 다시
    Again,
    /// network: Netzwerk, сеть, red, réseau, 网络, ネットワーク, 네트워크
    Network,
    /// internet
    Internet,
    /// offline, no connection: offline, нет подключения, sin conexión, hors ligne, 离线, オフライン
    Offline,
    /// proxy
    Proxy,
    /// DNS, name resolution
    Dns,
    /// not found: nicht gefunden, не найден, no se encontró, introuvable, 找不到, 見つかりません
    NotFound,
    /// (IP / server) address: Adresse, адрес, dirección, 地址, アドレス, 주소
    Address,
    /// certificate: Zertifikat, сертификат, certificado, certificat, 证书, 証明書, 인증서
    Certificate,
    /// secure (connection), SSL, TLS: sicher, безопасн/защищ, segura, sécurisée, 安全, 보안
    Secure,
    /// the clock, date and time: Uhr, часы, reloj, horloge, 时钟, 時計, 시계
    Clock,
    /// wrong, incorrect, ahead/behind: falsch, неправильн, incorrecto, incorrect, 不正确, 正しくありません
    Wrong,
    /// invalid: ungültig, недействительн, no válido/inválido, invalide, 无效, 無効, 유효하지
    Invalid,
    /// expired: abgelaufen, истек, caducado/expirado, expiré, 过期, 期限切れ, 만료
    Expired,
    /// session: Sitzung, сеанс/сессия, sesión, 会话, セッション, 세션
    Session,
    /// sign in / log in: anmelden, войти/войдите, iniciar sesión, connectez-vous, 登录, ログイン, 로그인
    SignIn,
    /// an API key or access token: API-Schlüssel, ключ API, clave, 密钥, APIキー, 키
    Key,
    /// unauthorized, not permitted: nicht autorisiert, не авторизован, no autorizado, 未授权, 권한
    Unauthorized,
    /// denied, forbidden: verweigert, запрещен, denegado, refusé, 拒绝访问, 拒否, 거부
    Denied,
    /// access: Zugriff, доступ, acceso, accès, 访问, アクセス, 접근
    Access,
    /// the context (window) of a model: Kontext, контекст, contexto, 上下文, コンテキスト, 컨텍스트
    Context,
    /// length, size: Länge, длина, longitud, longueur, 长度, 長さ, 길이
    Length,
    /// long (too long a message): lang, длинн, largo, long, 长, 長すぎ, 길
    Long,
    /// large, big: groß, больш, grande, volumineux, 过大, 大きすぎ, 큽
    Large,
    /// too (too long, too large): zu, слишком, demasiado, trop, 太, すぎ, 너무
    Too,
    /// too many: zu viele, слишком много, demasiadas, trop de, 过多, 多すぎ, 너무 많
    TooMany,
    /// a limit: Limit/Grenze, лимит/предел/ограничение, límite, limite, 上限/限制, 制限, 한도/제한
    Limit,
    /// exceeded, reached: überschritten, erreicht, превышен, достигнут, excedido, dépassé, 超过, 超え, 초과
    Exceeded,
    /// a quota: Kontingent, квота, cuota, 配额, クォータ, 할당량
    Quota,
    /// requests: Anfragen, запросы, solicitudes, requêtes, 请求, リクエスト, 요청
    Requests,
    /// messages: Nachrichten, сообщения, mensajes, 消息, メッセージ, 메시지
    Messages,
    /// usage: Nutzung, использование, uso, utilisation, 使用量, 利用, 사용량
    Usage,
    /// per unit of time: pro Stunde, в час, por hora, par heure, 每小时, 1時間あたり, 시간당
    PerTime,
    /// frequent, too often: häufig, часто, frecuentes, fréquentes, 频繁, 頻繁, 자주
    Frequent,
    /// the server or service: Server/Dienst, сервер/сервис, servidor/servicio, 服务器/服务, サーバー, 서버
    Server,
    /// busy, overloaded, under heavy load: ausgelastet/überlastet, перегружен, sobrecargado, 繁忙, 混雑, 과부하
    Busy,
    /// capacity: Kapazität, мощност/ёмкост, capacidad, capacité, 容量, 용량
    Capacity,
    /// a region or country: Region/Land, регион/страна, región/país, 地区/国家, 地域/国, 지역/국가
    Region,
    /// unavailable, not supported: nicht verfügbar, недоступ, no disponible, indisponible, 不可用, 利用できません
    Unavailable,
    /// timed out: Zeitüberschreitung, время ожидания/таймаут, tiempo de espera, délai, 超时, タイムアウト, 시간 초과
    Timeout,
    /// a stream (of an answer): Stream, поток, transmisión, flux, 流式, ストリーム, 스트림
    Stream,
    /// the response or answer: Antwort, ответ, respuesta, réponse, 响应/回复, 応答, 응답
    Response,
    /// later (try later): später, позже, más tarde, plus tard, 稍后, 後で/しばらく, 나중에
    Later,
    /// maintenance: Wartung, обслуживание/технические работы, mantenimiento, 维护, メンテナンス, 점검
    Maintenance,
    /// redirect: Weiterleitung, перенаправление, redirección, redirection, 重定向, リダイレクト, 리디렉션
    Redirect,
    /// a human (not a robot), a captcha: Mensch, человек, humano, humain, 人机, 人間, 사람
    Human,
    /// verify, confirm: bestätigen, подтвердите, verifica, vérifiez, 验证, 確認, 확인
    Verify,
    /// blocked: gesperrt/blockiert, заблокирован, bloqueado, bloqué, 封锁/屏蔽, ブロック, 차단
    Blocked,
    /// required: erforderlich, требуется, necesario/requerido, requis, 需要, 必要, 필요
    Required,
    /// a loop (of redirects): Schleife, цикл, bucle, boucle, 循环, ループ, 루프
    Loop,
    /// who runs this device or network: an organisation, an administrator, a policy, a firewall,
    /// an antivirus, an extension: Organisation/Administrator, администратор, organización, 管理员, 管理者, 관리자
    Admin,
}

use Concept::*;

/// How a lexicon row stands in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Starts a word and may go on (an inflected stem: "превыш", "überschritt").
    Stem,
    /// A whole word: short words that would start others ("key" is not "keyboard").
    Word,
    /// Anywhere, even inside a word: scripts without spaces (漢字, かな, ไทย) and the parts of
    /// compounds ("fehler" in "Netzwerkfehler", "limit" in "Nutzungslimit").
    Part,
}

/// One word of a language's lexicon.
pub struct LexRow {
    pub stem: &'static str,
    pub lang: Lang,
    pub concept: Concept,
    pub kind: Kind,
}

pub(crate) const fn s(stem: &'static str, lang: Lang, concept: Concept) -> LexRow {
    LexRow {
        stem,
        lang,
        concept,
        kind: Kind::Stem,
    }
}
pub(crate) const fn w(stem: &'static str, lang: Lang, concept: Concept) -> LexRow {
    LexRow {
        stem,
        lang,
        concept,
        kind: Kind::Word,
    }
}
pub(crate) const fn p(stem: &'static str, lang: Lang, concept: Concept) -> LexRow {
    LexRow {
        stem,
        lang,
        concept,
        kind: Kind::Part,
    }
}

/// Concepts as a set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Set(pub u64);

impl Set {
    pub const fn of(cs: &[Concept]) -> Set {
        let mut m = 0u64;
        let mut i = 0;
        while i < cs.len() {
            m |= 1 << cs[i] as u8;
            i += 1;
        }
        Set(m)
    }
    pub const fn has(self, c: Concept) -> bool {
        self.0 & (1 << c as u8) != 0
    }
}

/// A language-free rule: a concept of each group, all within `WINDOW` bytes of each other, and
/// none of `unless` anywhere in the text, name `cause`.
pub struct Rule {
    pub id: &'static str,
    pub all: &'static [Set],
    pub unless: Set,
    pub cause: Cause,
    pub strength: Strength,
}

/// How near the concepts of one rule must stand (bytes of folded text): about a sentence of a
/// Latin-script language, forty characters of Chinese or Japanese. Words further apart are
/// seldom about the same thing.
pub const WINDOW: usize = 120;

const fn rule(id: &'static str, all: &'static [Set], cause: Cause) -> Rule {
    Rule {
        id,
        all,
        unless: Set(0),
        cause,
        strength: Strength::Generic,
    }
}
const fn rule_unless(id: &'static str, all: &'static [Set], unless: Set, cause: Cause) -> Rule {
    Rule {
        id,
        all,
        unless,
        cause,
        strength: Strength::Generic,
    }
}
/// A rule whose concepts together name one cause unmistakably ("proxy" with a failure, a
/// session expired, a region where it is unavailable): as strong as a phrase that names it.
const fn sure(id: &'static str, all: &'static [Set], cause: Cause) -> Rule {
    Rule {
        id,
        all,
        unless: Set(0),
        cause,
        strength: Strength::Specific,
    }
}
const fn sure_unless(id: &'static str, all: &'static [Set], unless: Set, cause: Cause) -> Rule {
    Rule {
        id,
        all,
        unless,
        cause,
        strength: Strength::Specific,
    }
}
/// A single concept that marks a failure without naming one: a low-confidence `server_error`
/// only when nothing names a cause (like "Please try again").
const fn marker(id: &'static str, all: &'static [Set]) -> Rule {
    Rule {
        id,
        all,
        unless: Set(0),
        cause: Cause::ServerError,
        strength: Strength::Hint,
    }
}

const fn any(cs: &[Concept]) -> Set {
    Set::of(cs)
}

/// The rules, one a reading. Every rule but the markers needs two concepts or more.
#[rustfmt::skip]
pub static RULES: &[Rule] = &[
    // ── the account and the request ────────────────────────────────────────────────────────
    sure("concept_region_unavailable", &[any(&[Region]), any(&[Unavailable, Blocked, Denied])], Cause::Blocked),
    sure("concept_verify_human", &[any(&[Human]), any(&[Verify, Required])], Cause::Blocked),
    rule_unless("concept_access_denied", &[any(&[Access]), any(&[Denied, Blocked])], any(&[Network, Internet, Proxy, Admin]), Cause::Blocked),
    sure("concept_blocked_here", &[any(&[Admin]), any(&[Blocked, Denied])], Cause::BlockedLocally),
    rule_unless("concept_length_limit", &[any(&[Length, Context, Long, Large]), any(&[Limit, Exceeded, Too])],
        any(&[Usage, PerTime, Quota, Response, Timeout]), Cause::TooLarge),
    sure("concept_too_many_requests", &[any(&[TooMany, Frequent]), any(&[Requests, Messages])], Cause::RateLimited),
    sure("concept_quota_exceeded", &[any(&[Quota]), any(&[Exceeded, Limit, Again, Later])], Cause::RateLimited),
    rule_unless("concept_limit_reached", &[any(&[Limit]), any(&[Exceeded, Requests, Messages, Usage, PerTime, Later])],
        any(&[Length, Context, Long, Large, Capacity, Redirect, Timeout]), Cause::RateLimited),
    rule_unless("concept_sign_in", &[any(&[SignIn]), any(&[Again, Session, Expired, Required, Unauthorized, Invalid, Failed, Error])],
        any(&[Proxy]), Cause::Auth),
    sure("concept_session_expired", &[any(&[Session]), any(&[Expired, Invalid])], Cause::Auth),
    sure("concept_key_invalid", &[any(&[Key]), any(&[Invalid, Expired, Unauthorized, Wrong, Denied])], Cause::Auth),
    rule_unless("concept_unauthorized", &[any(&[Unauthorized]), any(&[Error, Failed, Requests, Access, Denied, Required])],
        any(&[Proxy]), Cause::Auth),
    // ── the service ────────────────────────────────────────────────────────────────────────
    rule("concept_server_busy", &[any(&[Busy, Capacity]), any(&[Server, Requests, Later, Again, Error, Exceeded, Limit])], Cause::Overloaded),
    rule_unless("concept_server_unavailable", &[any(&[Server]), any(&[Unavailable])], any(&[Region, Maintenance, Requests]), Cause::Overloaded),
    sure("concept_maintenance", &[any(&[Maintenance]), any(&[Server, Unavailable, Later, Again, Error, Access])], Cause::Outage),
    rule("concept_timeout", &[any(&[Timeout]), any(&[Server, Requests, Response, Connection, Error, Failed, Again, Network, Exceeded])], Cause::Timeout),
    rule("concept_response_slow", &[any(&[Response]), any(&[Too]), any(&[Long])], Cause::Timeout),
    rule("concept_stream_cut", &[any(&[Stream, Response]), any(&[Interrupted, Reset])], Cause::StreamInterrupted),
    rule_unless("concept_server_error", &[any(&[Server]), any(&[Error, Failed])], any(&[Proxy, Dns, NotFound]), Cause::ServerError),
    // ── the network and this device ────────────────────────────────────────────────────────
    rule("concept_offline", &[any(&[Offline]), any(&[Internet, Network, Connection, Again, Error])], Cause::Offline),
    sure_unless("concept_proxy", &[any(&[Proxy]), any(&[Connection, Failed, Error, Refused, Server, Unavailable, Denied, Invalid, Timeout])],
        any(&[Region]), Cause::Proxy),
    sure("concept_dns", &[any(&[Dns]), any(&[Failed, Error, NotFound, Server, Address, Timeout])], Cause::Dns),
    rule_unless("concept_address_not_found", &[any(&[Address, Server]), any(&[NotFound])], any(&[Proxy, Requests, Response, Error]), Cause::Dns),
    sure("concept_certificate", &[any(&[Certificate]), any(&[Invalid, Expired, Error, Failed, Wrong, Denied])], Cause::Tls),
    // A secure connection named in an error is one that could not be made ("… can't provide a
    // secure connection", "your connection is not secure"): the words for "not" vary too much
    // to be a third group.
    rule("concept_secure_connection", &[any(&[Secure]), any(&[Connection])], Cause::Tls),
    sure("concept_clock_wrong", &[any(&[Clock]), any(&[Wrong, Invalid])], Cause::Tls),
    sure("concept_redirect_loop", &[any(&[Redirect]), any(&[TooMany, Loop, Too, Limit, Exceeded, Error, Failed])], Cause::StaleClient),
    rule_unless("concept_connection_reset", &[any(&[Connection, Network]), any(&[Reset, Interrupted, Refused])],
        any(&[Proxy, Stream, Response]), Cause::Connection),
    rule_unless("concept_connection_failed", &[any(&[Connection, Network, Internet]), any(&[Failed, Error, Unavailable, Timeout])],
        any(&[Proxy, Secure, Certificate, Offline]), Cause::Connection),
    // ── a failure, no cause named ──────────────────────────────────────────────────────────
    marker("concept_failure", &[any(&[Error])]),
];

// ── The lexicons as the scan reads them ──────────────────────────────────────────────────────
// As for the phrase rows (`text.rs`), the tables are the source and the scan reads them packed
// at compile time: every stem's bytes in one array, an end offset a row, and a byte of meta a
// row (concept in bits 0-5, kind in 6-7).

/// Every language's lexicon.
pub const LEXICONS: &[&[LexRow]] = lex::ALL;

const fn count() -> usize {
    let (mut n, mut t) = (0, 0);
    while t < LEXICONS.len() {
        n += LEXICONS[t].len();
        t += 1;
    }
    n
}

/// How many lexicon rows there are in all.
pub const COUNT: usize = count();

const fn stem_bytes() -> usize {
    let (mut n, mut t) = (0, 0);
    while t < LEXICONS.len() {
        let mut i = 0;
        while i < LEXICONS[t].len() {
            n += LEXICONS[t][i].stem.len();
            i += 1;
        }
        t += 1;
    }
    n
}

const STEM_BYTES: usize = stem_bytes();

/// A row's meta byte: its concept in bits 0-5, its kind in bits 6-7 (never 0xFE or 0xFF).
const fn meta_of(r: &LexRow) -> u8 {
    let kind = match r.kind {
        Kind::Stem => 0u8,
        Kind::Word => 1,
        Kind::Part => 2,
    };
    r.concept as u8 | kind << 6
}

/// Starts a run of rows that share a meta byte (which follows it).
const RUN: u8 = 0xFF;
/// Ends a stem. Neither byte occurs in UTF-8.
const END: u8 = 0xFE;

/// How many runs of rows with the same meta byte the tables hold, in order.
const fn runs() -> usize {
    let (mut n, mut t, mut last) = (0, 0, 0xFFFF_u16);
    while t < LEXICONS.len() {
        let mut i = 0;
        while i < LEXICONS[t].len() {
            let m = meta_of(&LEXICONS[t][i]) as u16;
            if m != last {
                n += 1;
                last = m;
            }
            i += 1;
        }
        t += 1;
    }
    n
}

const PACKED_BYTES: usize = STEM_BYTES + COUNT + 2 * runs();

/// Every row in one byte string, as the wasm ships it: `RUN meta` before each run of rows that
/// share a concept and kind, then each stem followed by `END`. A row costs its stem and one byte
/// (an offset and a meta byte a row cost three, and compressed worse).
const fn pack() -> [u8; PACKED_BYTES] {
    let mut k = 0;
    while k < CONCEPTS.len() {
        assert!(
            CONCEPTS[k] as usize == k,
            "CONCEPTS is in discriminant order"
        );
        k += 1;
    }
    let mut out = [0u8; PACKED_BYTES];
    let (mut at, mut t, mut last) = (0, 0, 0xFFFF_u16);
    while t < LEXICONS.len() {
        let mut i = 0;
        while i < LEXICONS[t].len() {
            let r = &LEXICONS[t][i];
            let m = meta_of(r);
            if m as u16 != last {
                out[at] = RUN;
                out[at + 1] = m;
                at += 2;
                last = m as u16;
            }
            let b = r.stem.as_bytes();
            let mut j = 0;
            while j < b.len() {
                assert!(b[j] != RUN && b[j] != END, "a stem is UTF-8");
                out[at] = b[j];
                at += 1;
                j += 1;
            }
            out[at] = END;
            at += 1;
            i += 1;
        }
        t += 1;
    }
    assert!(at == PACKED_BYTES, "every byte is placed");
    out
}

static PACKED: [u8; PACKED_BYTES] = pack();

/// A row as the scan reads it: its stem, and its meta byte (`concept_in`, `kind_in`).
pub fn entries() -> impl Iterator<Item = (&'static str, u8)> {
    let b: &'static [u8] = &PACKED;
    let (mut at, mut meta) = (0, 0u8);
    std::iter::from_fn(move || {
        while b.get(at) == Some(&RUN) {
            meta = b[at + 1];
            at += 2;
        }
        let start = at;
        let len = b.get(start..)?.iter().position(|&x| x == END)?;
        at = start + len + 1;
        // Rows are cut at their own boundaries: always UTF-8.
        Some((
            std::str::from_utf8(&b[start..start + len]).unwrap_or(""),
            meta,
        ))
    })
}

/// The concept of a meta byte.
pub fn concept_in(meta: u8) -> Concept {
    CONCEPTS[usize::from(meta & 63)]
}

/// How a row of this meta byte stands in the text.
pub fn kind_in(meta: u8) -> Kind {
    match meta >> 6 {
        0 => Kind::Stem,
        1 => Kind::Word,
        _ => Kind::Part,
    }
}

/// Every lexicon row, in table order.
pub fn rows() -> impl Iterator<Item = &'static LexRow> {
    LEXICONS.iter().flat_map(|t| t.iter())
}

/// The concepts a text names, where they last stood, and the rules they fired: bounded, kept
/// inline (no allocation a diagnosis).
#[derive(Clone, Copy)]
pub struct Seen {
    /// The concepts seen anywhere.
    pub concepts: Set,
    /// Where each concept last started (byte offset in the folded text).
    last: [u32; 64],
    /// The rules whose concepts stood together.
    pub fired: u64,
}

impl Default for Seen {
    fn default() -> Self {
        const { assert!(RULES.len() <= 64, "a rule is a bit of a u64") };
        const { assert!(CONCEPTS.len() <= 64, "a concept is a bit of a u64") };
        Seen {
            concepts: Set(0),
            last: [0; 64],
            fired: 0,
        }
    }
}

/// Which rules each concept takes part in (built once, at compile time).
const fn rules_by_concept() -> [u64; 64] {
    let mut out = [0u64; 64];
    let mut r = 0;
    while r < RULES.len() {
        let mut g = 0;
        while g < RULES[r].all.len() {
            let mut c = 0;
            while c < 64 {
                if RULES[r].all[g].0 & (1 << c) != 0 {
                    out[c] |= 1 << r;
                }
                c += 1;
            }
            g += 1;
        }
        r += 1;
    }
    out
}
static RULES_OF: [u64; 64] = rules_by_concept();

impl Seen {
    /// A lexicon row (its meta byte) matched the text at `start..end` of `b`: counted if it stands as its kind
    /// says, then every rule it takes part in is checked against the nearest concepts before it.
    #[inline]
    pub fn hit(&mut self, b: &[u8], start: usize, end: usize, meta: u8) {
        let stands = match kind_in(meta) {
            Kind::Part => true,
            Kind::Stem => boundary(b, start.checked_sub(1)),
            Kind::Word => boundary(b, start.checked_sub(1)) && boundary(b, Some(end)),
        };
        if !stands {
            return;
        }
        let c = concept_in(meta) as usize;
        self.concepts.0 |= 1 << c;
        self.last[c] = start as u32;
        let mut rules = RULES_OF[c] & !self.fired;
        while rules != 0 {
            let r = rules.trailing_zeros() as usize;
            rules &= rules - 1;
            if self.stand_together(&RULES[r], start) {
                self.fired |= 1 << r;
            }
        }
    }

    /// Whether every group of `rule` has a concept seen within `WINDOW` bytes before `at`.
    fn stand_together(&self, rule: &Rule, at: usize) -> bool {
        rule.all.iter().all(|g| {
            let mut m = g.0 & self.concepts.0;
            let mut near = false;
            while m != 0 && !near {
                let c = m.trailing_zeros() as usize;
                m &= m - 1;
                near = at.abs_diff(self.last[c] as usize) <= WINDOW;
            }
            near
        })
    }

    /// The signals of the rules that fired (and whose `unless` concepts the text does not name).
    pub fn signals(&self, out: &mut Vec<Signal>) {
        let mut fired = self.fired;
        while fired != 0 {
            let r = fired.trailing_zeros() as usize;
            fired &= fired - 1;
            let rule = &RULES[r];
            if rule.unless.0 & self.concepts.0 == 0 {
                out.push(Signal::new(rule.cause, rule.strength, rule.id));
            }
        }
    }
}

/// The concepts that mark a failure by themselves (every rule but the markers has one): a text
/// that names none of them is not an error message, whatever its topic words. The content
/// script's prefilter is generated from their words (`chatmedic words`).
pub const MARKS_FAILURE: Set = Set::of(&[
    Reset,
    Refused,
    Interrupted,
    Failed,
    Error,
    Offline,
    Proxy,
    Dns,
    NotFound,
    Wrong,
    Invalid,
    Expired,
    SignIn,
    Unauthorized,
    Denied,
    Too,
    TooMany,
    Limit,
    Exceeded,
    Quota,
    Frequent,
    Busy,
    Capacity,
    Unavailable,
    Timeout,
    Maintenance,
    Redirect,
    Verify,
    Blocked,
    Loop,
]);

/// The words of every language that mark a failure (`MARKS_FAILURE`), folded and lowercased as
/// the scan compares them, by how they stand: `stem` (starts a word), `word` (a whole word),
/// `part` (anywhere). No repeats.
#[derive(Debug, Default, Clone, PartialEq, Eq, serde::Serialize)]
pub struct FailureWords {
    pub stem: Vec<String>,
    pub word: Vec<String>,
    pub part: Vec<String>,
}

pub fn failure_words() -> FailureWords {
    let mut out = FailureWords::default();
    for r in rows().filter(|r| MARKS_FAILURE.has(r.concept)) {
        let folded = super::fold::fold(r.stem).to_lowercase();
        let list = match r.kind {
            Kind::Stem => &mut out.stem,
            Kind::Word => &mut out.word,
            Kind::Part => &mut out.part,
        };
        if !list.contains(&folded) {
            list.push(folded);
        }
    }
    out
}

/// True for the why ids of concept rules.
pub fn is_concept_why(why: &str) -> bool {
    why.starts_with("concept_")
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
