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
    r("membutuhkan terlalu banyak waktu untuk merespons", Id, Timeout, Generic, "text_timeout", "chatgpt.com membutuhkan terlalu banyak waktu untuk merespons."), // Chromium id SUMMARY_TIMED_OUT
    r("Sambungan direset", Id, Connection, Specific, "text_connection_reset", "Sambungan direset."), // Chromium id SUMMARY_CONNECTION_RESET
    r("tiba-tiba menutup sambungan", Id, Connection, Specific, "text_connection_reset", "chatgpt.com tiba-tiba menutup sambungan."), // Chromium id SUMMARY_CONNECTION_CLOSED
    r("Perubahan jaringan terdeteksi", Id, Connection, Specific, "text_unable_to_connect", "Perubahan jaringan terdeteksi."), // Chromium id SUMMARY_NETWORK_CHANGED
    r("Koneksi Anda terganggu", Id, Connection, Specific, "text_connection_reset", "Koneksi Anda terganggu"), // Chromium id HEADING_CONNECTION_INTERRUPTED
    r("menolak untuk terhubung", Id, Connection, Specific, "text_connection_refused", "chatgpt.com menolak untuk terhubung."), // Chromium id SUMMARY_CONNECTION_REFUSED
    r("Alamat IP server", Id, Dns, Specific, "text_dns", "Alamat IP server chatgpt.com tidak dapat ditemukan."), // Chromium id SUMMARY_NAME_NOT_RESOLVED
    r("Alamat DNS", Id, Dns, Specific, "text_dns", "Alamat DNS chatgpt.com tidak dapat ditemukan. Mendiagnosis masalah."), // Chromium id SUMMARY_DNS_PROBE_RUNNING
    r("Tidak ada internet", Id, Offline, Specific, "text_no_internet", "Tidak ada internet"), // Chromium id HEADING_INTERNET_DISCONNECTED
    r("Anda offline", Id, Offline, Specific, "text_no_internet", "Anda offline"), // Chromium id HEADING_YOU_ARE_OFFLINE
    r("Halaman ini telah diblokir oleh ekstensi", Id, BlockedLocally, Specific, "text_blocked_by_extension", "Halaman ini telah diblokir oleh ekstensi"), // Chromium id SUMMARY_BLOCKED_BY_EXTENSION
    r("Organisasi tidak mengizinkan Anda melihat situs", Id, BlockedLocally, Specific, "text_blocked_by_admin", "Organisasi tidak mengizinkan Anda melihat situs ini"), // Chromium id SUMMARY_BLOCKED_BY_ADMINISTRATOR
    r("Akses Internet Anda diblokir", Id, BlockedLocally, Specific, "text_firewall", "Akses Internet Anda diblokir"), // Chromium id HEADING_NETWORK_ACCESS_DENIED
    r("mungkin memblokir sambungan", Id, BlockedLocally, Specific, "text_firewall", "Software antivirus atau firewall mungkin memblokir sambungan."), // Chromium id SUMMARY_NETWORK_ACCESS_DENIED
    r("terlalu sering mengalihkan Anda", Id, StaleClient, Specific, "text_too_many_redirects", "chatgpt.com terlalu sering mengalihkan Anda."), // Chromium id SUMMARY_TOO_MANY_REDIRECTS
    r("Halaman ini tidak berfungsi", Id, ServerError, Generic, "text_server_error", "Halaman ini tidak berfungsi"), // Chromium id HEADING_PAGE_NOT_WORKING
    r("saat ini tidak dapat menangani permintaan", Id, ServerError, Generic, "text_server_error", "chatgpt.com saat ini tidak dapat menangani permintaan ini."), // Chromium id SUMMARY_WEBSITE_CANNOT_HANDLE_REQUEST
    r("tidak mengirimkan data apa pun", Id, Connection, Specific, "text_connection_reset", "chatgpt.com tidak mengirimkan data apa pun."), // Chromium id SUMMARY_EMPTY_RESPONSE
    r("tidak dapat menyediakan sambungan aman", Id, Tls, Specific, "text_not_private", "Situs ini tidak dapat menyediakan sambungan aman"), // Chromium id HEADING_INSECURE_CONNECTION
    r("Koneksi Anda tidak pribadi", Id, Tls, Specific, "text_not_private", "Koneksi Anda tidak pribadi"), // Chromium id SSL_V2_HEADING
    r("Setelan jam terlalu cepat", Id, Tls, Specific, "text_clock", "Setelan jam terlalu cepat"), // Chromium id CLOCK_ERROR_AHEAD_HEADING
    r("Setelan waktu Anda terlalu lambat", Id, Tls, Specific, "text_clock", "Setelan waktu Anda terlalu lambat"), // Chromium id CLOCK_ERROR_BEHIND_HEADING
    r("Periksa koneksi internet Anda", Id, Connection, Generic, "text_check_connection", "Periksa koneksi internet Anda"), // Chromium id SUGGESTION_CHECK_CONNECTION_HEADER
    r("terjadi kesalahan", Id, ServerError, Generic, "text_error_occurred", "Terjadi kesalahan. Silakan coba lagi."), // app wording
    r("ada yang salah", Id, ServerError, Generic, "text_something_went_wrong", "Ada yang salah."), // app wording
    r("kesalahan jaringan", Id, Connection, Generic, "text_network_error", "Kesalahan jaringan"), // app wording
    r("terlalu banyak permintaan", Id, RateLimited, Specific, "text_too_many_requests", "Terlalu banyak permintaan. Coba lagi nanti."), // app wording
    r("batas penggunaan", Id, RateLimited, Specific, "text_usage_limit", "Anda telah mencapai batas penggunaan."), // app wording
    r("sesi anda telah berakhir", Id, Auth, Specific, "text_session_expired", "Sesi Anda telah berakhir. Silakan masuk lagi."), // app wording
    r("terlalu panjang", Id, TooLarge, Specific, "text_too_long", "Pesan terlalu panjang."), // app wording
    r("kelebihan beban", Id, Overloaded, Specific, "text_overloaded", "Server kelebihan beban."), // app wording
    r("adalah manusia", Id, Blocked, Specific, "text_challenge", "Verifikasi bahwa Anda adalah manusia"), // app wording
    r("dalam pemeliharaan", Id, Outage, Specific, "text_maintenance", "Layanan sedang dalam pemeliharaan."), // app wording
    r("waktu habis", Id, Timeout, Generic, "text_timeout", "Waktu habis saat menunggu respons."), // app wording
];
