//! The site registry: one row per AI chat site. The extension's manifest host permissions and
//! the content script's match patterns are generated from this table (`chatmedic sites --json`).
use crate::evidence::Evidence;
use serde::Serialize;

/// Machine-readable format of a provider's status feed (see shared/design/anchors.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FeedFormat {
    /// Atlassian Statuspage v2 `summary.json`.
    Statuspage,
    /// incident.io native `/proxy/<host>` feed.
    Incidentio,
    /// Google Workspace status dashboard `incidents.json`.
    Google,
    /// Instatus `summary.json`.
    Instatus,
    /// Better Stack status page `index.json`.
    Betterstack,
    /// An RSS 2.0 feed of incidents (status.x.ai's `feed.xml`), read at a time: it lists
    /// incidents rather than saying what is wrong now (`status::rss`).
    Rss,
    /// No machine-readable feed known: link to the page only.
    None,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StatusFeed {
    pub format: FeedFormat,
    /// The feed's URL (`null` for `none`).
    pub url: Option<&'static str>,
    /// The component (name, or Google product id) to match; never match by position.
    pub component: Option<&'static str>,
    /// The feed lives on a host shared with much else (www.google.com): the extension asks for it
    /// when the user wants the status line, not at install.
    pub on_shared_host: bool,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Site {
    pub id: &'static str,
    pub name: &'static str,
    /// Who runs it (shown as "<provider> reports …").
    pub provider: &'static str,
    /// Hosts without a port; subdomains of these (e.g. `www.`) are accepted too.
    pub hosts: &'static [&'static str],
    /// For sites that share a host with other things (github.com/copilot).
    pub path_prefix: Option<&'static str>,
    /// Chrome match patterns of the pages.
    pub page_patterns: &'static [&'static str],
    /// Chrome match patterns of the site's backend API requests.
    pub api_patterns: &'static [&'static str],
    pub status_page: Option<&'static str>,
    pub status_feed: StatusFeed,
    pub sign_in_url: &'static str,
    pub help_url: &'static str,
    pub new_chat_url: Option<&'static str>,
    pub has_model_picker: bool,
    /// CSS selectors of the site's own error blocks and error toasts: whatever text appears in
    /// them is sent to the core. May be empty: the content script's text-first path still finds
    /// errors drawn as plain blocks. Each row cites where the selector was seen, and when.
    pub error_selectors: &'static [&'static str],
    /// CSS selectors of the site's own "retry / regenerate the failed answer" button, for
    /// auto-refresh to press (it keeps the draft and cannot duplicate the user's turn).
    pub retry_selectors: &'static [&'static str],
    /// The assistant's answers: text inside them is what the model said, never an error the
    /// app drew (an answer that explains a 502 must not raise one).
    pub answer_selectors: &'static [&'static str],
    /// The user's own messages (which may quote an error).
    pub user_message_selectors: &'static [&'static str],
    /// Overlay and toast containers the site renders outside its thread (watched for transient
    /// errors; a toast leaving is not the error being fixed).
    pub toast_selectors: &'static [&'static str],
    /// Chrome match patterns of the request that carries the answer: its failure (429, 5xx) is a
    /// failure the user sees, shown as a banner.
    pub stream_patterns: &'static [&'static str],
    /// CSS selectors of the message box, to keep unsent text safe before a reload.
    pub composer_selectors: &'static [&'static str],
    /// Where this site's host stands (1 first) among the "other" hosts of the reachability
    /// check ("Is it me?"), which must share no infrastructure with the failing site; `None`:
    /// never one. The check takes the first that is neither the failing site nor a site of the
    /// same provider (extension/src/background/reach.js).
    pub reach_other_rank: Option<u8>,
    /// Its pages live on a host shared with much else (github.com/copilot, huggingface.co/chat):
    /// the host is asked when the user switches the site on (options, welcome page), not at
    /// install, so that a chat helper does not ask to read every GitHub repository page.
    pub on_shared_host: bool,
}

const fn feed(
    format: FeedFormat,
    url: &'static str,
    component: Option<&'static str>,
) -> StatusFeed {
    StatusFeed {
        format,
        url: Some(url),
        component,
        on_shared_host: false,
    }
}
/// A feed on a shared host (asked at use).
const fn shared_feed(
    format: FeedFormat,
    url: &'static str,
    component: Option<&'static str>,
) -> StatusFeed {
    StatusFeed {
        on_shared_host: true,
        ..feed(format, url, component)
    }
}
const NO_FEED: StatusFeed = StatusFeed {
    format: FeedFormat::None,
    url: None,
    component: None,
    on_shared_host: false,
};

/// The registry. Status pages: shared/design/anchors.md ("Provider status feeds"); others from
/// each provider's public status page. Sites whose feed format is not known link their page only:
/// Le Chat (status.mistral.ai publishes no documented anonymous JSON, and whether it has an RSS
/// feed, and where, is not known here) and Microsoft Copilot (status.cloud.microsoft is
/// Microsoft 365's page, with no feed for the consumer Copilot).
pub static SITES: &[Site] = &[
    Site {
        id: "chatgpt",
        name: "ChatGPT",
        provider: "OpenAI",
        hosts: &["chatgpt.com", "chat.openai.com"],
        path_prefix: None,
        page_patterns: &["https://chatgpt.com/*", "https://chat.openai.com/*"],
        api_patterns: &[
            "https://chatgpt.com/backend-api/*",
            "https://chat.openai.com/backend-api/*",
        ],
        status_page: Some("https://status.openai.com"),
        // incident.io: the native feed (its Statuspage-compatible copy omits incidents).
        status_feed: feed(
            FeedFormat::Incidentio,
            "https://status.openai.com/proxy/status.openai.com",
            Some("ChatGPT"),
        ),
        sign_in_url: "https://chatgpt.com/auth/login",
        help_url: "https://help.openai.com",
        new_chat_url: Some("https://chatgpt.com/"),
        has_model_picker: true,
        error_selectors: &[
            // In-turn error block (humbertoschoenwald/ai-chat-speed-booster, 2026-06; "Chat
            // Bridge" DOM notes, 2026-09-06).
            "div.text-token-text-error",
            // chatgpt.js `selectors.errors.txt` (KudoAI/chatgpt.js, 2025-02 → 2026-08).
            "div[class*='text-error']",
            // App and connector errors (unattributed userscript, 2026).
            "[class*='surface-error']",
            // Error toasts: Chat-State-Favicons v1.0.7 (2026-01); chatgpt.js (2025-04-28).
            "[data-testid='toast-error']",
            ".toast-root",
        ],
        // The Retry of a failed answer or send (translation-watchdogs `dom.js`, 2026;
        // Chat-State-Favicons, 2026-01; speed-booster, 2026-06).
        retry_selectors: &["button[data-testid='regenerate-thread-error-button']"],
        // Turns (speed-booster `ChatGptSelectors.ts`, watchdog `dom.js`, 2026).
        answer_selectors: &[
            "[data-message-author-role='assistant']",
            "[data-turn='assistant'] .markdown",
        ],
        user_message_selectors: &[
            "[data-message-author-role='user']",
            "[data-user-message-bubble]",
        ],
        // Toasts live in a portal (KeepChatGPT, 2023-09; chatgpt.js, 2025-04).
        toast_selectors: &["div[portal-container]", ".toast-root"],
        // The conversation request (the lab and userscripts; /f/ since 2025).
        stream_patterns: &[
            "https://chatgpt.com/backend-api/conversation",
            "https://chatgpt.com/backend-api/f/conversation",
            "https://chat.openai.com/backend-api/conversation",
        ],
        composer_selectors: &[
            "#prompt-textarea",
            "[data-testid='prompt-textarea']",
            "textarea[data-id='root']",
        ],
        reach_other_rank: None,
        on_shared_host: false,
    },
    Site {
        id: "claude",
        name: "Claude",
        provider: "Anthropic",
        hosts: &["claude.ai"],
        path_prefix: None,
        page_patterns: &["https://claude.ai/*"],
        api_patterns: &["https://claude.ai/api/*"],
        status_page: Some("https://status.claude.com"),
        status_feed: feed(
            FeedFormat::Statuspage,
            "https://status.claude.com/api/v2/summary.json",
            Some("claude.ai"),
        ),
        sign_in_url: "https://claude.ai/login",
        help_url: "https://support.claude.com",
        new_chat_url: Some("https://claude.ai/new"),
        has_model_picker: true,
        // No error selector for claude.ai is public (shared/design/chat-apps.md §3): its inline
        // capacity notice is a <p> in a plain flex <div> (saved page, ≈2025-06), which the text
        // path finds; Radix toasts are watched through `toast_selectors`.
        error_selectors: &[],
        // "Failed to send · Retry": the button's selector is unconfirmed (chat-apps.md §5).
        retry_selectors: &[],
        // Assistant and user messages: `.font-claude-response` / `[data-is-streaming]` and
        // `[data-testid='user-message']` (Obsidian exporter notes and dmitrii-fediuk/vm
        // `s/Claude/chat.js`, 2025-03-27).
        answer_selectors: &[".font-claude-response", ".font-claude-message", "[data-is-streaming]"],
        user_message_selectors: &["[data-testid='user-message']", ".font-user-message"],
        // Radix Toast viewport: a region labelled "Notifications (F8)" (@radix-ui/react-toast).
        toast_selectors: &["[role='region'][aria-label^='Notifications']"],
        // The completion request (claude.ai's API, as clients of it call it).
        stream_patterns: &[
            "https://claude.ai/api/organizations/*/chat_conversations/*/completion",
            "https://claude.ai/api/organizations/*/chat_conversations/*/retry_completion",
        ],
        composer_selectors: &[
            "div.ProseMirror[contenteditable='true']",
            "[data-testid='chat-input']",
            "fieldset div[contenteditable='true']",
            "fieldset textarea",
        ],
        reach_other_rank: None,
        on_shared_host: false,
    },
    Site {
        id: "gemini",
        name: "Gemini",
        provider: "Google",
        hosts: &["gemini.google.com"],
        path_prefix: None,
        page_patterns: &["https://gemini.google.com/*"],
        api_patterns: &["https://gemini.google.com/_/BardChatUi/*"],
        status_page: Some("https://www.google.com/appsstatus/dashboard/"),
        // The Gemini app's product id in the Workspace dashboard.
        status_feed: shared_feed(
            FeedFormat::Google,
            "https://www.google.com/appsstatus/dashboard/incidents.json",
            Some("npdyhgECDJ6tB66MxXyo"),
        ),
        sign_in_url:
            "https://accounts.google.com/ServiceLogin?continue=https://gemini.google.com/app",
        help_url: "https://support.google.com/gemini",
        new_chat_url: Some("https://gemini.google.com/app"),
        has_model_picker: true,
        // Angular Material snack bars in the CDK overlay (InvictusNavarchus/gemini-history-manager
        // crash detector and issue #54, 2025-06).
        error_selectors: &["simple-snack-bar", "mat-snack-bar-container"],
        // None public for gemini.google.com (chat-apps.md §5).
        retry_selectors: &[],
        // Web components (chrome-ai-bridge SPEC 2026-02-05; savevsgames gemini.md 2025-11).
        answer_selectors: &["model-response", "message-content"],
        user_message_selectors: &["user-query"],
        toast_selectors: &[".cdk-overlay-container"],
        // StreamGenerate (chrome-ai-bridge SPEC, 2026-02-05).
        stream_patterns: &[
            "https://gemini.google.com/_/BardChatUi/data/assistant.lamda.BardFrontendService/StreamGenerate*",
        ],
        // Quill in `rich-textarea` (ujiro99/prompt-history `geminiDefinitions.ts`, 2025-26).
        composer_selectors: &[
            "rich-textarea .ql-editor[contenteditable='true']",
            "rich-textarea div[contenteditable='true']",
        ],
        // Google serves gemini.google.com from its own network, not through the CDNs in
        // front of the other chat sites.
        reach_other_rank: Some(1),
        on_shared_host: false,
    },
    Site {
        id: "copilot",
        name: "Microsoft Copilot",
        provider: "Microsoft",
        hosts: &["copilot.microsoft.com"],
        path_prefix: None,
        page_patterns: &["https://copilot.microsoft.com/*"],
        api_patterns: &["https://copilot.microsoft.com/c/api/*"],
        status_page: Some("https://status.cloud.microsoft"),
        status_feed: NO_FEED,
        sign_in_url: "https://copilot.microsoft.com/?auth=1",
        help_url: "https://support.microsoft.com/copilot",
        new_chat_url: Some("https://copilot.microsoft.com/"),
        has_model_picker: false,
        // No error markup for Copilot is public (chat-apps.md §1): text path only.
        error_selectors: &[],
        retry_selectors: &[],
        answer_selectors: &[],
        user_message_selectors: &[],
        toast_selectors: &[],
        // Answers travel on a WebSocket (savevsgames copilot-complete.md, 2025-11-03): its
        // failures reach webRequest, but no body does.
        stream_patterns: &["wss://copilot.microsoft.com/c/api/chat*"],
        // Multi-site adapters (chat-apps.md §6, 2025-26).
        composer_selectors: &[
            "textarea#userInput",
            "textarea[data-testid='composer-input']",
            "textarea",
        ],
        reach_other_rank: None,
        on_shared_host: false,
    },
    Site {
        id: "github_copilot",
        name: "GitHub Copilot",
        provider: "GitHub",
        hosts: &["github.com"],
        path_prefix: Some("/copilot"),
        page_patterns: &["https://github.com/copilot*"],
        api_patterns: &[
            "https://api.individual.githubcopilot.com/*",
            "https://api.githubcopilot.com/*",
            "https://github.com/github-copilot/*",
        ],
        status_page: Some("https://www.githubstatus.com"),
        status_feed: feed(
            FeedFormat::Statuspage,
            "https://www.githubstatus.com/api/v2/summary.json",
            Some("Copilot"),
        ),
        sign_in_url: "https://github.com/login?return_to=%2Fcopilot",
        help_url: "https://support.github.com",
        new_chat_url: Some("https://github.com/copilot"),
        has_model_picker: true,
        // Unsourced guesses from the first registry; GitHub's Primer flash is `.flash-error`.
        error_selectors: &["div.flash-error", "[data-testid='chat-error']"],
        retry_selectors: &[],
        answer_selectors: &[],
        user_message_selectors: &[],
        toast_selectors: &[],
        stream_patterns: &[],
        composer_selectors: &["textarea#copilot-chat-textarea", "textarea"],
        // GitHub serves github.com from its own network too (the other for Gemini).
        reach_other_rank: Some(2),
        on_shared_host: true,
    },
    Site {
        id: "perplexity",
        name: "Perplexity",
        provider: "Perplexity",
        hosts: &["perplexity.ai"],
        path_prefix: None,
        page_patterns: &["https://perplexity.ai/*", "https://www.perplexity.ai/*"],
        api_patterns: &[
            "https://www.perplexity.ai/rest/*",
            "https://www.perplexity.ai/api/*",
        ],
        status_page: Some("https://status.perplexity.com"),
        // An Instatus page: its `summary.json` covers the whole service (no components).
        status_feed: feed(
            FeedFormat::Instatus,
            "https://status.perplexity.com/summary.json",
            None,
        ),
        sign_in_url: "https://www.perplexity.ai/",
        help_url: "https://www.perplexity.ai/help-center",
        new_chat_url: Some("https://www.perplexity.ai/"),
        has_model_picker: true,
        error_selectors: &[],
        // Its "Rewrite" is found by text, not a selector (ai-search-benchmark): none here.
        retry_selectors: &[],
        answer_selectors: &[],
        user_message_selectors: &[],
        toast_selectors: &[],
        // The answer's SSE request (savevsgames perplexity-complete.md, 2025-11).
        stream_patterns: &["https://www.perplexity.ai/rest/sse/perplexity_ask*"],
        // Chat-State-Favicons Perplexity v1.0.6 (2025-12-15).
        composer_selectors: &["#ask-input", "textarea"],
        reach_other_rank: None,
        on_shared_host: false,
    },
    Site {
        id: "poe",
        name: "Poe",
        provider: "Quora",
        hosts: &["poe.com"],
        path_prefix: None,
        page_patterns: &["https://poe.com/*"],
        api_patterns: &["https://poe.com/api/*"],
        // An incident.io page, read through its native feed (its Statuspage-compatible
        // `/api/v2/summary.json` omits incidents); one page for the whole service.
        status_page: Some("https://status.poe.com"),
        status_feed: feed(
            FeedFormat::Incidentio,
            "https://status.poe.com/proxy/status.poe.com",
            None,
        ),
        sign_in_url: "https://poe.com/login",
        help_url: "https://help.poe.com",
        new_chat_url: Some("https://poe.com/"),
        has_model_picker: true,
        error_selectors: &[],
        retry_selectors: &[],
        answer_selectors: &[],
        user_message_selectors: &[],
        toast_selectors: &[],
        stream_patterns: &[],
        composer_selectors: &["textarea[class*='GrowingTextArea']", "textarea"],
        reach_other_rank: None,
        on_shared_host: false,
    },
    Site {
        id: "deepseek",
        name: "DeepSeek",
        provider: "DeepSeek",
        hosts: &["chat.deepseek.com"],
        path_prefix: None,
        page_patterns: &["https://chat.deepseek.com/*"],
        api_patterns: &["https://chat.deepseek.com/api/*"],
        status_page: Some("https://status.deepseek.com"),
        status_feed: feed(
            FeedFormat::Statuspage,
            "https://status.deepseek.com/api/v2/summary.json",
            None,
        ),
        sign_in_url: "https://chat.deepseek.com/sign_in",
        help_url: "https://www.deepseek.com",
        new_chat_url: Some("https://chat.deepseek.com/"),
        has_model_picker: false,
        // The error block's hashed CSS-module class (Greasy Fork 526537 "DeepSeek 自动重试"
        // v1.8.3, 2025-02; hashed classes change with each deploy).
        error_selectors: &["div[class*='d7dc56a8']"],
        // Its regenerate control inside that block (same script, 2025-02).
        retry_selectors: &["div[class*='d7dc56a8'] #重新生成"],
        answer_selectors: &[],
        user_message_selectors: &[],
        toast_selectors: &[],
        stream_patterns: &[],
        // Chat-State-Favicons deepseek v1.0.0 (2025-12-11).
        composer_selectors: &["textarea#chat-input", "textarea"],
        reach_other_rank: None,
        on_shared_host: false,
    },
    Site {
        id: "mistral",
        name: "Le Chat",
        provider: "Mistral AI",
        hosts: &["chat.mistral.ai"],
        path_prefix: None,
        page_patterns: &["https://chat.mistral.ai/*"],
        api_patterns: &["https://chat.mistral.ai/api/*"],
        status_page: Some("https://status.mistral.ai"),
        status_feed: NO_FEED,
        sign_in_url: "https://chat.mistral.ai/",
        help_url: "https://help.mistral.ai",
        new_chat_url: Some("https://chat.mistral.ai/chat"),
        has_model_picker: false,
        error_selectors: &[],
        retry_selectors: &[],
        answer_selectors: &[],
        user_message_selectors: &[],
        toast_selectors: &[],
        stream_patterns: &[],
        // Chat-State-Favicons Le chat v1.0.6 (2025-12-15).
        composer_selectors: &[".ProseMirror[contenteditable='true']", "textarea"],
        reach_other_rank: None,
        on_shared_host: false,
    },
    Site {
        id: "grok",
        name: "Grok",
        provider: "xAI",
        hosts: &["grok.com"],
        path_prefix: None,
        page_patterns: &["https://grok.com/*"],
        api_patterns: &["https://grok.com/rest/*"],
        status_page: Some("https://status.x.ai"),
        // status.x.ai publishes only an RSS feed, no JSON API (status::rss cites its shape).
        // Its titles tag the service: "[Grok (Web)] …" is grok.com; the apps, the API regions
        // and "[Single Sign-On]" have their own tags and are not grok.com's line.
        status_feed: feed(
            FeedFormat::Rss,
            "https://status.x.ai/feed.xml",
            Some("Grok (Web)"),
        ),
        sign_in_url: "https://accounts.x.ai/sign-in",
        help_url: "https://x.ai/help",
        new_chat_url: Some("https://grok.com/"),
        has_model_picker: true,
        // Sonner error toasts (jason-merrell/grok-auto-retry `selectors.ts`, 2026-02-02;
        // JerryLeam/grok-imagine-assistant, 2025-11-15).
        error_selectors: &["li.toast[data-type='error']"],
        // Its `button[aria-label="Redo"]` is Grok Imagine's (same source): not a chat retry.
        retry_selectors: &[],
        answer_selectors: &[],
        user_message_selectors: &[],
        // Sonner's region, `section[aria-label="Notifications alt+T"]` (same sources).
        toast_selectors: &["section[aria-label^='Notifications']"],
        // The answer request (public clients: awtsmoos/awtsmoos.com `awtsmoosGrok.js`).
        stream_patterns: &[
            "https://grok.com/rest/app-chat/conversations/new",
            "https://grok.com/rest/app-chat/conversations/*/responses",
        ],
        // Chat-State-Favicons grok v1.0.6 (2025-12-15).
        composer_selectors: &[".tiptap.ProseMirror[contenteditable='true']", "textarea"],
        reach_other_rank: None,
        on_shared_host: false,
    },
    Site {
        id: "huggingchat",
        name: "HuggingChat",
        provider: "Hugging Face",
        hosts: &["huggingface.co"],
        path_prefix: Some("/chat"),
        page_patterns: &["https://huggingface.co/chat*"],
        api_patterns: &["https://huggingface.co/chat/conversation/*"],
        status_page: Some("https://status.huggingface.co"),
        // A Better Stack page (`index.json`). HuggingChat lives on huggingface.co and has no
        // resource of its own there: the page's aggregate state is the one that concerns it.
        status_feed: feed(
            FeedFormat::Betterstack,
            "https://status.huggingface.co/index.json",
            None,
        ),
        sign_in_url: "https://huggingface.co/login?next=%2Fchat",
        help_url: "https://huggingface.co/chat/settings",
        new_chat_url: Some("https://huggingface.co/chat/"),
        has_model_picker: true,
        error_selectors: &[],
        retry_selectors: &[],
        answer_selectors: &[],
        user_message_selectors: &[],
        toast_selectors: &[],
        stream_patterns: &[],
        composer_selectors: &["textarea"],
        reach_other_rank: None,
        on_shared_host: true,
    },
];

/// The registry row of a site id.
pub fn by_id(id: &str) -> Option<&'static Site> {
    SITES.iter().find(|s| s.id == id)
}

/// Splits a URL into (host, path) without allocating; lenient about schemes and ports.
fn host_and_path(url: &str) -> Option<(&str, &str)> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..end];
    let authority = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = authority.split(':').next().unwrap_or("");
    let host = host.strip_suffix('.').unwrap_or(host);
    (!host.is_empty()).then_some((host, &rest[end..]))
}

fn host_matches(host: &str, site_host: &str) -> bool {
    let (h, s) = (host.as_bytes(), site_host.as_bytes());
    h.eq_ignore_ascii_case(s)
        || (h.len() > s.len()
            && h[h.len() - s.len() - 1] == b'.'
            && h[h.len() - s.len()..].eq_ignore_ascii_case(s))
}

/// The site of a URL: host or subdomain, plus the path prefix where the row has one.
pub fn site_for_url(url: &str) -> Option<&'static Site> {
    let (host, path) = host_and_path(url.trim())?;
    SITES.iter().find(|s| {
        s.hosts.iter().any(|h| host_matches(host, h))
            && s.path_prefix.is_none_or(|p| {
                path.as_bytes()
                    .get(..p.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(p.as_bytes()))
                    && matches!(
                        path.as_bytes().get(p.len()),
                        None | Some(b'/' | b'?' | b'#')
                    )
            })
    })
}

/// The site of the evidence: the `site` field wins, else the URL's host (and path prefix).
pub fn site_for(e: &Evidence) -> Option<&'static Site> {
    if let Some(id) = &e.site {
        if let Some(s) = by_id(id.trim()) {
            return Some(s);
        }
    }
    site_for_url(e.url.as_deref()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_host_resolves_back_to_its_site() {
        for s in SITES {
            for h in s.hosts {
                let p = s.path_prefix.unwrap_or("");
                for url in [
                    format!("https://{h}{p}"),
                    format!("https://{h}{p}/x?y"),
                    format!("https://www.{h}{p}/"),
                ] {
                    assert_eq!(site_for_url(&url).map(|s| s.id), Some(s.id), "{url}");
                }
            }
        }
    }

    #[test]
    fn path_prefixes_and_strangers() {
        assert_eq!(
            site_for_url("https://github.com/copilot/c/1").map(|s| s.id),
            Some("github_copilot")
        );
        assert!(site_for_url("https://github.com/copilotx").is_none());
        assert!(site_for_url("https://github.com/rust-lang/rust").is_none());
        assert!(site_for_url("https://huggingface.co/models").is_none());
        assert!(site_for_url("https://notchatgpt.com/").is_none());
        assert!(site_for_url("https://chatgpt.com.evil.example/").is_none());
        assert_eq!(
            site_for_url("HTTPS://ChatGPT.com:443/c/1").map(|s| s.id),
            Some("chatgpt")
        );
    }

    #[test]
    fn rows_are_well_formed() {
        let mut ids: Vec<_> = SITES.iter().map(|s| s.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), SITES.len());
        for s in SITES {
            assert!(
                !s.hosts.is_empty() && !s.api_patterns.is_empty() && !s.page_patterns.is_empty()
            );
            for p in s.api_patterns.iter().chain(s.page_patterns) {
                assert!(p.starts_with("https://") && p.ends_with('*'), "{p}");
            }
            assert!(!s.composer_selectors.is_empty());
            for sel in s
                .error_selectors
                .iter()
                .chain(s.retry_selectors)
                .chain(s.answer_selectors)
                .chain(s.user_message_selectors)
                .chain(s.toast_selectors)
                .chain(s.composer_selectors)
            {
                assert!(!sel.is_empty() && sel.trim() == *sel, "{}: {sel:?}", s.id);
                assert!(!sel.contains(','), "{}: one selector a row: {sel}", s.id);
            }
            // The request that carries the answer is one of the site's own hosts.
            for p in s.stream_patterns {
                let host = p
                    .strip_prefix("https://")
                    .or_else(|| p.strip_prefix("wss://"))
                    .and_then(|r| r.split('/').next());
                assert!(
                    host.is_some_and(|h| s.hosts.iter().any(|x| host_matches(h, x))),
                    "{}: {p}",
                    s.id
                );
            }
            assert_eq!(
                s.status_feed.format == FeedFormat::None,
                s.status_feed.url.is_none()
            );
        }
    }

    #[test]
    fn every_site_has_an_other_host_for_the_reachability_check() {
        let mut ranked: Vec<&Site> = SITES
            .iter()
            .filter(|s| s.reach_other_rank.is_some())
            .collect();
        ranked.sort_by_key(|s| s.reach_other_rank);
        for pair in ranked.windows(2) {
            assert!(
                pair[0].reach_other_rank < pair[1].reach_other_rank,
                "two sites ranked alike"
            );
        }
        for s in SITES {
            let other = ranked
                .iter()
                .find(|o| o.id != s.id && o.provider != s.provider);
            assert!(other.is_some(), "{} has no other host", s.id);
        }
    }
}
