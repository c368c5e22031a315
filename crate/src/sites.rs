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
    /// CSS selectors of the site's own error banners (may be empty: then text scanning only).
    pub error_selectors: &'static [&'static str],
    /// CSS selectors of the message box, to keep unsent text safe before a reload.
    pub composer_selectors: &'static [&'static str],
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
    }
}
const NO_FEED: StatusFeed = StatusFeed {
    format: FeedFormat::None,
    url: None,
    component: None,
};

/// The registry. Status pages: shared/design/anchors.md ("Provider status feeds"); others from
/// each provider's public status page. Sites whose feed format is not known link their page only.
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
            "div.text-token-text-error",
            "[data-testid='error-message']",
            "div[class*='border-red']",
        ],
        composer_selectors: &["#prompt-textarea", "textarea[data-id='root']"],
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
        error_selectors: &["[data-testid='error-message']", "div[role='alert']"],
        composer_selectors: &[
            "div.ProseMirror[contenteditable='true']",
            "fieldset textarea",
        ],
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
        status_feed: feed(
            FeedFormat::Google,
            "https://www.google.com/appsstatus/dashboard/incidents.json",
            Some("npdyhgECDJ6tB66MxXyo"),
        ),
        sign_in_url:
            "https://accounts.google.com/ServiceLogin?continue=https://gemini.google.com/app",
        help_url: "https://support.google.com/gemini",
        new_chat_url: Some("https://gemini.google.com/app"),
        has_model_picker: true,
        error_selectors: &["snack-bar-container", "div.mat-mdc-snack-bar-label"],
        composer_selectors: &["rich-textarea div[contenteditable='true']", "div.ql-editor"],
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
        error_selectors: &["div[role='alert']"],
        composer_selectors: &["textarea#userInput", "textarea"],
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
        error_selectors: &["div.flash-error", "[data-testid='chat-error']"],
        composer_selectors: &["textarea#copilot-chat-textarea", "textarea"],
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
        status_feed: NO_FEED,
        sign_in_url: "https://www.perplexity.ai/",
        help_url: "https://www.perplexity.ai/help-center",
        new_chat_url: Some("https://www.perplexity.ai/"),
        has_model_picker: true,
        error_selectors: &[],
        composer_selectors: &["textarea", "#ask-input"],
    },
    Site {
        id: "poe",
        name: "Poe",
        provider: "Quora",
        hosts: &["poe.com"],
        path_prefix: None,
        page_patterns: &["https://poe.com/*"],
        api_patterns: &["https://poe.com/api/*"],
        status_page: None,
        status_feed: NO_FEED,
        sign_in_url: "https://poe.com/login",
        help_url: "https://help.poe.com",
        new_chat_url: Some("https://poe.com/"),
        has_model_picker: true,
        error_selectors: &[],
        composer_selectors: &["textarea[class*='GrowingTextArea']", "textarea"],
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
        error_selectors: &[],
        composer_selectors: &["textarea#chat-input", "textarea"],
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
        composer_selectors: &["textarea", "div[contenteditable='true']"],
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
        status_feed: NO_FEED,
        sign_in_url: "https://accounts.x.ai/sign-in",
        help_url: "https://x.ai/help",
        new_chat_url: Some("https://grok.com/"),
        has_model_picker: true,
        error_selectors: &[],
        composer_selectors: &["textarea", "div[contenteditable='true']"],
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
        status_feed: NO_FEED,
        sign_in_url: "https://huggingface.co/login?next=%2Fchat",
        help_url: "https://huggingface.co/chat/settings",
        new_chat_url: Some("https://huggingface.co/chat/"),
        has_model_picker: true,
        error_selectors: &[],
        composer_selectors: &["textarea"],
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
            assert_eq!(
                s.status_feed.format == FeedFormat::None,
                s.status_feed.url.is_none()
            );
        }
    }
}
