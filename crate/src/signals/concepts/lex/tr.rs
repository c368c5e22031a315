//! Turkish: the words of error messages, from general usage (a bilingual dictionary's senses of
//! each word) and the vocabulary of Chromium 156's Turkish locale pack (tr.pak: the network error
//! pages, the certificate and clock interstitials). Turkish agglutinates: a stem starts the word
//! and the suffixes follow (`bağlan`: bağlantı, bağlantınız, bağlanamadı). Text is folded
//! (ı/İ→i, ş→s, ğ→g, ç→c, ö→o, ü→u), so rows read text typed without Turkish letters too.
//! The suffix of inability (-(y)AmA-: yapılamadı, kurulamıyor, yüklenemedi) is read as a part,
//! it is Turkish's "could not". Notes: ağ (network) is too short alone and is written with what
//! follows it; çok means both "very" and "too", so it stands only in phrases (çok fazla, çok
//! uzun sürdü) lest "çok büyük bir proje" read as too large; sınır (limit) is written in its
//! case forms so that sınırsız (unlimited) is no limit.
use super::super::Concept::*;
use super::super::{p, s, w, LexRow};
use crate::signals::Lang::Tr;

#[rustfmt::skip]
pub const LEXICON: &[LexRow] = &[
    s("bağlan", Tr, Connection), s("bağlı değil", Tr, Connection),
    s("sıfırlan", Tr, Reset), s("kapattı", Tr, Reset), s("kapatıldı", Tr, Reset), s("koptu", Tr, Reset), s("kopma", Tr, Reset),
    s("kaybedil", Tr, Reset), s("kayboldu", Tr, Reset), s("kesildi", Tr, Reset),
    s("reddet", Tr, Refused), s("reddedil", Tr, Refused), s("kabul etmedi", Tr, Refused),
    s("kesil", Tr, Interrupted), s("kesinti", Tr, Interrupted), s("durduruldu", Tr, Interrupted), s("sonlandırıl", Tr, Interrupted),
    s("yarıda kal", Tr, Interrupted),
    s("başarısız", Tr, Failed), s("mümkün değil", Tr, Failed), p("ılamadı", Tr, Failed), p("ilemedi", Tr, Failed), p("ulamadı", Tr, Failed),
    p("ülemedi", Tr, Failed), p("namadı", Tr, Failed), p("nemedi", Tr, Failed), p("edemedi", Tr, Failed), // -(y)AmA-dI: could not (the present, kullanılamıyor, is mostly "unavailable")
    s("kurulamı", Tr, Failed), s("bağlanılamı", Tr, Failed), s("bağlanamı", Tr, Failed), s("yüklenemi", Tr, Failed),
    s("gönderilemi", Tr, Failed), s("alınamı", Tr, Failed), s("yapılamı", Tr, Failed),
    s("hata", Tr, Error), w("sorunu", Tr, Error), w("sorunlar", Tr, Error), s("sorun oluştu", Tr, Error), s("sorunla karşılaş", Tr, Error),
    s("ters gitti", Tr, Error), s("arıza", Tr, Error), // sorun is also "ask!", sorunuz "your question"
    s("tekrar", Tr, Again), s("yeniden", Tr, Again), s("bir daha", Tr, Again),
    s("ağ bağlant", Tr, Network), s("ağ hata", Tr, Network), s("ağ sorun", Tr, Network), s("ağ ayar", Tr, Network),
    s("ağınız", Tr, Network), s("ağa bağl", Tr, Network), s("şebeke", Tr, Network),
    s("internet", Tr, Internet),
    s("çevrimdışı", Tr, Offline), s("çevrim dışı", Tr, Offline), s("bağlantı yok", Tr, Offline), s("bağlantısı yok", Tr, Offline),
    s("bağlı değil", Tr, Offline),
    s("proxy", Tr, Proxy), s("vekil sunucu", Tr, Proxy),
    s("ad çözümle", Tr, Dns), s("adı çözümle", Tr, Dns),
    s("bulunam", Tr, NotFound), s("bulamad", Tr, NotFound), s("bulamıyor", Tr, NotFound),
    s("adres", Tr, Address), s("ana makine", Tr, Address), w("host", Tr, Address),
    s("sertifika", Tr, Certificate),
    s("güven", Tr, Secure), s("şifrel", Tr, Secure), s("gizli değil", Tr, Secure), // Chromium: "Bağlantınız gizli değil"
    s("saatini", Tr, Clock), s("sistem saati", Tr, Clock), s("tarih ve saat", Tr, Clock), s("tarihi ve saati", Tr, Clock),
    s("cihaz saati", Tr, Clock),
    s("yanlış", Tr, Wrong), s("hatalı", Tr, Wrong), s("doğru değil", Tr, Wrong), s("saatiniz ileri", Tr, Wrong),
    s("saatiniz geri", Tr, Wrong),
    s("geçersiz", Tr, Invalid), s("geçerli değil", Tr, Invalid), s("hatalı", Tr, Invalid),
    s("süresi dol", Tr, Expired), s("süresi geç", Tr, Expired), s("süresi bit", Tr, Expired), s("sona er", Tr, Expired),
    s("geçerliliğini yitir", Tr, Expired),
    s("oturumu", Tr, Session), s("oturum süre", Tr, Session), s("oturum sona", Tr, Session), s("oturum geçersiz", Tr, Session),
    s("oturum zaman", Tr, Session), s("oturum kapan", Tr, Session), // oturum aç is "sign in", no session named
    s("oturum aç", Tr, SignIn), s("giriş yap", Tr, SignIn), s("tekrar giriş", Tr, SignIn), s("yeniden giriş", Tr, SignIn),
    s("kimlik doğrula", Tr, SignIn), s("oturumunuz kapa", Tr, SignIn), s("çıkış yapıldı", Tr, SignIn), s("oturum kapa", Tr, SignIn),
    s("anahtar", Tr, Key), w("token", Tr, Key), s("belirte", Tr, Key), s("kimlik bilgi", Tr, Key),
    s("yetki", Tr, Unauthorized), s("izniniz yok", Tr, Unauthorized), s("izin yok", Tr, Unauthorized),
    s("izin verilmiyor", Tr, Unauthorized), s("izin vermiyor", Tr, Unauthorized),
    s("reddedil", Tr, Denied), s("yasak", Tr, Denied),
    s("erişim", Tr, Access),
    s("bağlam", Tr, Context),
    s("uzunlu", Tr, Length), s("boyut", Tr, Length), s("karakter", Tr, Length),
    s("uzun", Tr, Long),
    s("büyük", Tr, Large),
    w("fazla", Tr, Too), s("aşırı", Tr, Too), s("çok uzun sürdü", Tr, Too), s("fazla uzun", Tr, Too),
    s("çok fazla", Tr, TooMany), s("fazla sayıda", Tr, TooMany), s("çok sayıda", Tr, TooMany),
    w("sınır", Tr, Limit), s("sınırı", Tr, Limit), s("sınıra", Tr, Limit), s("sınırla", Tr, Limit), w("sınırlı", Tr, Limit),
    s("maksimum", Tr, Limit), s("azami", Tr, Limit),
    s("aşıldı", Tr, Exceeded), s("aşıyor", Tr, Exceeded), s("aştınız", Tr, Exceeded), w("aştı", Tr, Exceeded), s("aşmış", Tr, Exceeded),
    s("aşan", Tr, Exceeded), s("ulaşıldı", Tr, Exceeded), s("ulaştı", Tr, Exceeded), w("doldu", Tr, Exceeded), s("tüken", Tr, Exceeded),
    s("kota", Tr, Quota),
    s("istek", Tr, Requests), s("talep", Tr, Requests), s("sorgu", Tr, Requests),
    s("mesaj", Tr, Messages), s("ileti", Tr, Messages),
    s("kullanım", Tr, Usage),
    w("saatte", Tr, PerTime), s("saatlik", Tr, PerTime), s("günlük", Tr, PerTime), w("günde", Tr, PerTime), s("dakikada", Tr, PerTime),
    s("saniyede", Tr, PerTime), s("aylık", Tr, PerTime),
    w("sık", Tr, Frequent), s("sıklık", Tr, Frequent), s("çok hızlı", Tr, Frequent),
    s("sunucu", Tr, Server), s("hizmet", Tr, Server), s("servis", Tr, Server),
    s("meşgul", Tr, Busy), s("yoğun", Tr, Busy), s("aşırı yük", Tr, Busy), s("yüksek talep", Tr, Busy),
    s("kapasite", Tr, Capacity),
    s("bölge", Tr, Region), s("ülke", Tr, Region), s("konum", Tr, Region),
    s("kullanılam", Tr, Unavailable), s("desteklenm", Tr, Unavailable), s("erişilem", Tr, Unavailable), s("ulaşılam", Tr, Unavailable),
    s("hizmet dışı", Tr, Unavailable), s("çalışmıyor", Tr, Unavailable), s("mevcut değil", Tr, Unavailable),
    s("zaman aşım", Tr, Timeout), s("süre aşım", Tr, Timeout), s("yanıt vermiyor", Tr, Timeout), s("cevap vermiyor", Tr, Timeout),
    s("akış", Tr, Stream),
    s("yanıt", Tr, Response), s("cevap", Tr, Response),
    s("daha sonra", Tr, Later), s("biraz sonra", Tr, Later), s("birazdan", Tr, Later), s("bir süre sonra", Tr, Later),
    s("kısa süre sonra", Tr, Later), s("bekleyin", Tr, Later), s("birkaç dakika", Tr, Later),
    s("bakım", Tr, Maintenance),
    s("yönlendir", Tr, Redirect),
    s("döngü", Tr, Loop),
    s("insan oldu", Tr, Human), s("robot", Tr, Human), s("bot olmadı", Tr, Human), // insan alone is "person"
    s("doğrula", Tr, Verify), s("onayla", Tr, Verify),
    s("engellen", Tr, Blocked), s("bloke", Tr, Blocked), s("yasakla", Tr, Blocked), s("askıya alın", Tr, Blocked),
    s("kısıtlan", Tr, Blocked),
    s("gerek", Tr, Required), s("zorunlu", Tr, Required),
];
