//! The site registry. (Minimal first version; the core issue replaces it.)
use crate::evidence::Evidence;
use serde::Serialize;

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Site {
    pub id: &'static str,
    pub name: &'static str,
    pub hosts: &'static [&'static str],
}

pub static SITES: &[Site] = &[
    Site {
        id: "chatgpt",
        name: "ChatGPT",
        hosts: &["chatgpt.com", "chat.openai.com"],
    },
    Site {
        id: "claude",
        name: "Claude",
        hosts: &["claude.ai"],
    },
];

pub fn site_for(e: &Evidence) -> Option<&'static Site> {
    if let Some(id) = &e.site {
        return SITES.iter().find(|s| s.id == id);
    }
    let host = e
        .url
        .as_deref()?
        .split("://")
        .nth(1)?
        .split(['/', ':', '?', '#'])
        .next()?;
    SITES.iter().find(|s| s.hosts.contains(&host))
}
