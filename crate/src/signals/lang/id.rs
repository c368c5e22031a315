//! Indonesian: the browsers' error pages (Chromium's own translations, from the locale packs
//! of Chromium 156, `locales/<lang>.pak`: the message ids are in the comments) and the words the
//! chat apps use for their failures. Rows hold the stable part of a message (a host name
//! stands where Chromium puts one); the example is the whole message.
use super::super::text::{r, TextRow};
use super::super::Lang::Id;
use super::super::Strength::*;
use crate::diagnosis::Cause::*;

#[rustfmt::skip]
pub const ROWS: &[TextRow] = &[
    r("tidak dapat dijangkau", Id, Connection, Specific, "text_unreachable", "Situs ini tidak dapat dijangkau"), // Chromium id HEADING_NOT_AVAILABLE
    r("Perubahan jaringan terdeteksi", Id, Connection, Specific, "text_unable_to_connect", "Perubahan jaringan terdeteksi."), // Chromium id SUMMARY_NETWORK_CHANGED
    r("Organisasi tidak mengizinkan Anda melihat situs", Id, BlockedLocally, Specific, "text_blocked_by_admin", "Organisasi tidak mengizinkan Anda melihat situs ini"), // Chromium id SUMMARY_BLOCKED_BY_ADMINISTRATOR
    r("Akses Internet Anda diblokir", Id, BlockedLocally, Specific, "text_firewall", "Akses Internet Anda diblokir"), // Chromium id HEADING_NETWORK_ACCESS_DENIED
    r("Halaman ini tidak berfungsi", Id, ServerError, Generic, "text_server_error", "Halaman ini tidak berfungsi"), // Chromium id HEADING_PAGE_NOT_WORKING
    r("saat ini tidak dapat menangani permintaan", Id, ServerError, Generic, "text_server_error", "chatgpt.com saat ini tidak dapat menangani permintaan ini."), // Chromium id SUMMARY_WEBSITE_CANNOT_HANDLE_REQUEST
    r("tidak mengirimkan data apa pun", Id, Connection, Specific, "text_connection_reset", "chatgpt.com tidak mengirimkan data apa pun."), // Chromium id SUMMARY_EMPTY_RESPONSE
    r("Koneksi Anda tidak pribadi", Id, Tls, Specific, "text_not_private", "Koneksi Anda tidak pribadi"), // Chromium id SSL_V2_HEADING
    r("Periksa koneksi internet Anda", Id, Connection, Generic, "text_check_connection", "Periksa koneksi internet Anda"), // Chromium id SUGGESTION_CHECK_CONNECTION_HEADER
    r("ada yang salah", Id, ServerError, Generic, "text_something_went_wrong", "Ada yang salah."), // app wording
    r("adalah manusia", Id, Blocked, Specific, "text_challenge", "Verifikasi bahwa Anda adalah manusia"), // app wording
];
