//! Indonesian: the words of error messages, from general usage (a bilingual dictionary's senses
//! of each word, KBBI spellings and their common variants: kedaluwarsa/kadaluarsa) and the
//! vocabulary of Chromium 156's Indonesian locale pack (id.pak: its network, certificate and
//! sign-in strings). Indonesian builds words with prefixes (ter-, me-, di-, ke-…-an) that put
//! letters before the root, so the derived words are Stems of their own (terhubung,
//! menghubungkan, diblokir, memblokir) rather than one root. English loanwords the apps keep
//! (error, server, login, proxy, offline) are read by the English lexicon. Short words that are
//! everyday words too (masuk, sering, jam, lama) are written in the phrases that make them an
//! error's: "gagal masuk", "terlalu sering", "jam komputer", "terlalu lama".
use super::super::Concept::*;
use super::super::{s, w, LexRow};
use crate::signals::Lang::Id;

#[rustfmt::skip]
pub const LEXICON: &[LexRow] = &[
    s("koneksi", Id, Connection), s("sambungan", Id, Connection), s("tersambung", Id, Connection), s("terhubung", Id, Connection),
    s("menghubung", Id, Connection), s("terputus", Id, Connection),
    s("direset", Id, Reset), s("diatur ulang", Id, Reset), s("disetel ulang", Id, Reset),
    s("terputus", Id, Reset), s("ditutup", Id, Reset), s("menutup", Id, Reset), w("hilang", Id, Reset),
    s("menolak", Id, Refused), s("ditolak", Id, Refused),
    s("terganggu", Id, Interrupted), s("dihentikan", Id, Interrupted), s("dibatalkan", Id, Interrupted), s("terpotong", Id, Interrupted),
    s("gagal", Id, Failed), s("kegagalan", Id, Failed), s("tidak dapat", Id, Failed), s("tidak bisa", Id, Failed), s("tak dapat", Id, Failed),
    s("tidak berhasil", Id, Failed),
    s("kesalahan", Id, Error), s("galat", Id, Error), s("masalah", Id, Error), s("gangguan", Id, Error),
    s("coba lagi", Id, Again), s("mencoba lagi", Id, Again), s("ulangi", Id, Again),
    s("masuk lagi", Id, Again), s("masuk kembali", Id, Again), s("login lagi", Id, Again), s("muat ulang", Id, Again),
    s("jaringan", Id, Network),
    s("internet", Id, Internet),
    s("luring", Id, Offline), s("tidak ada koneksi", Id, Offline), s("tidak ada internet", Id, Offline),
    s("tidak terhubung", Id, Offline), s("tanpa koneksi", Id, Offline),
    s("proksi", Id, Proxy),
    s("resolusi nama", Id, Dns), s("nama domain", Id, Dns),
    s("tidak ditemukan", Id, NotFound), s("tidak dapat ditemukan", Id, NotFound), s("tidak menemukan", Id, NotFound),
    s("alamat", Id, Address),
    s("sertifikat", Id, Certificate),
    w("aman", Id, Secure), s("keamanan", Id, Secure), s("koneksi pribadi", Id, Secure), s("sambungan pribadi", Id, Secure),
    s("jam anda", Id, Clock), s("jam perangkat", Id, Clock), s("jam komputer", Id, Clock), s("setelan jam", Id, Clock),
    s("setelan waktu", Id, Clock), s("tanggal dan waktu", Id, Clock), // not jam alone: an hour
    w("salah", Id, Wrong), s("tidak benar", Id, Wrong), s("tidak akurat", Id, Wrong), s("terlalu cepat", Id, Wrong),
    s("terlalu lambat", Id, Wrong),
    s("tidak valid", Id, Invalid), s("tidak sah", Id, Invalid), s("tidak berlaku", Id, Invalid),
    s("kedaluwarsa", Id, Expired), s("kadaluarsa", Id, Expired), s("kadaluwarsa", Id, Expired),
    s("habis masa berlaku", Id, Expired), s("masa berlakunya habis", Id, Expired), s("berakhir", Id, Expired),
    w("sesi", Id, Session),
    s("autentikasi", Id, SignIn), s("otentikasi", Id, SignIn), s("silakan masuk", Id, SignIn), s("masuk kembali", Id, SignIn),
    s("masuk lagi", Id, SignIn), s("gagal masuk", Id, SignIn), s("masuk ke akun", Id, SignIn), s("belum masuk", Id, SignIn),
    s("masuk terlebih dahulu", Id, SignIn), // masuk alone is "enter" (masuk akal)
    s("kunci api", Id, Key), w("kunci", Id, Key), w("token", Id, Key), s("kredensial", Id, Key),
    s("tidak memiliki izin", Id, Unauthorized), s("tanpa izin", Id, Unauthorized),
    s("tidak diizinkan", Id, Unauthorized), s("tidak berwenang", Id, Unauthorized), s("otorisasi", Id, Unauthorized),
    s("ditolak", Id, Denied), s("dilarang", Id, Denied),
    s("akses", Id, Access), s("mengakses", Id, Access),
    s("konteks", Id, Context),
    s("panjang", Id, Length), w("karakter", Id, Length), s("ukuran", Id, Length), s("jumlah token", Id, Length),
    s("panjang", Id, Long), s("terlalu lama", Id, Long),
    s("besar", Id, Large),
    w("terlalu", Id, Too), s("berlebihan", Id, Too),
    s("terlalu banyak", Id, TooMany),
    s("batas", Id, Limit), s("dibatasi", Id, Limit), s("maksimum", Id, Limit), s("maksimal", Id, Limit),
    s("melebihi", Id, Exceeded), s("melampaui", Id, Exceeded), s("mencapai", Id, Exceeded), s("tercapai", Id, Exceeded),
    w("habis", Id, Exceeded),
    s("kuota", Id, Quota), s("jatah", Id, Quota),
    s("permintaan", Id, Requests),
    s("pesan", Id, Messages), s("pertanyaan", Id, Messages),
    s("penggunaan", Id, Usage), s("pemakaian", Id, Usage),
    s("per jam", Id, PerTime), s("per menit", Id, PerTime), s("per hari", Id, PerTime), s("per bulan", Id, PerTime),
    s("setiap hari", Id, PerTime), s("harian", Id, PerTime),
    s("terlalu sering", Id, Frequent), s("terlalu cepat", Id, Frequent), // not sering alone: pertanyaan yang sering diajukan
    s("layanan", Id, Server), s("peladen", Id, Server),
    s("sibuk", Id, Busy), s("kelebihan beban", Id, Busy), s("beban tinggi", Id, Busy), s("lalu lintas tinggi", Id, Busy),
    s("permintaan tinggi", Id, Busy),
    s("kapasitas", Id, Capacity),
    s("wilayah", Id, Region), s("negara", Id, Region), s("lokasi", Id, Region), s("daerah", Id, Region),
    s("tidak tersedia", Id, Unavailable), s("tak tersedia", Id, Unavailable), s("tidak didukung", Id, Unavailable), s("tidak mendukung", Id, Unavailable),
    s("belum tersedia", Id, Unavailable), s("tidak dapat digunakan", Id, Unavailable),
    s("tidak dapat dijangkau", Id, Unavailable), s("tidak berfungsi", Id, Unavailable),
    s("waktu habis", Id, Timeout), s("terlalu banyak waktu", Id, Timeout), s("waktu tunggu", Id, Timeout), s("batas waktu", Id, Timeout), s("kehabisan waktu", Id, Timeout),
    s("waktu permintaan", Id, Timeout), s("waktu koneksi", Id, Timeout), // "waktu permintaan habis": the request's time ran out
    s("streaming", Id, Stream),
    s("respons", Id, Response), s("tanggapan", Id, Response), s("jawaban", Id, Response), s("balasan", Id, Response), s("merespons", Id, Response),
    w("nanti", Id, Later), s("beberapa saat", Id, Later), s("sebentar lagi", Id, Later), s("beberapa menit", Id, Later),
    s("pemeliharaan", Id, Maintenance), s("perawatan", Id, Maintenance),
    s("pengalihan", Id, Redirect), s("mengalihkan", Id, Redirect), s("dialihkan", Id, Redirect),
    s("bukan robot", Id, Human), s("anda manusia", Id, Human),
    s("verifikasi", Id, Verify), s("konfirmasi", Id, Verify), s("buktikan", Id, Verify),
    s("diblokir", Id, Blocked), s("memblokir", Id, Blocked), s("terblokir", Id, Blocked), s("ditangguhkan", Id, Blocked), s("dibekukan", Id, Blocked),
    s("diperlukan", Id, Required), s("memerlukan", Id, Required), s("membutuhkan", Id, Required), w("harus", Id, Required),
    w("wajib", Id, Required),
    s("pengulangan", Id, Loop), s("berulang", Id, Loop),
    s("organisasi", Id, Admin), s("pengelola", Id, Admin), s("ekstensi", Id, Admin), s("kontrol orang tua", Id, Admin), // administrator, firewall, antivirus: English
];
