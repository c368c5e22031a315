//! Polish: the words of error messages, from general usage (a bilingual dictionary's senses of
//! each word) and the vocabulary of Chromium 156's Polish locale pack (pl.pak: the network error
//! pages, the certificate and clock interstitials). Nouns, adjectives and participles decline:
//! stems stop before the ending (`przekrocz`: przekroczono, przekroczył, przekroczenie;
//! `połącz`: połączenie, połączenia, połączyć). Text is folded without accents (ą→a, ł→l, ś→s,
//! ż→z), so the rows read text typed without Polish letters too. Where a short stem would start
//! unrelated words (dostęp → dostępny, odpowied → odpowiedni, duż → dużo), the case forms are
//! whole words instead.
use super::super::Concept::*;
use super::super::{s, w, LexRow};
use crate::signals::Lang::Pl;

#[rustfmt::skip]
pub const LEXICON: &[LexRow] = &[
    s("połącz", Pl, Connection), s("rozłącz", Pl, Connection),
    s("zresetowan", Pl, Reset), s("zerwan", Pl, Reset), s("zamknięt", Pl, Reset), s("utracon", Pl, Reset), s("utrata", Pl, Reset),
    s("rozłącz", Pl, Reset), s("odłączon", Pl, Reset),
    s("odrzuc", Pl, Refused),
    s("przerwan", Pl, Interrupted), s("przerwał", Pl, Interrupted), s("przeryw", Pl, Interrupted),
    s("nie udał", Pl, Failed), s("nie powiodł", Pl, Failed), s("niepowodzen", Pl, Failed), s("nie można", Pl, Failed),
    s("nie może", Pl, Failed), s("nie da się", Pl, Failed),
    w("błąd", Pl, Error), s("błędu", Pl, Error), s("błędy", Pl, Error), s("awari", Pl, Error), s("problem", Pl, Error),
    s("coś poszło nie tak", Pl, Error),
    s("jeszcze raz", Pl, Again), w("znowu", Pl, Again), s("ponów", Pl, Again),
    w("sieć", Pl, Network), s("sieci", Pl, Network),
    s("internet", Pl, Internet),
    w("offline", Pl, Offline), s("brak połącz", Pl, Offline), s("brak internet", Pl, Offline), s("brak sieci", Pl, Offline),
    s("bez połączenia", Pl, Offline),
    s("proxy", Pl, Proxy), s("pośrednicz", Pl, Proxy), // serwer pośredniczący
    s("nie znaleziono", Pl, NotFound), s("nie można znaleźć", Pl, NotFound), s("nie udało się znaleźć", Pl, NotFound),
    s("nie istnieje", Pl, NotFound),
    s("adres", Pl, Address), w("host", Pl, Address), s("hosta", Pl, Address),
    s("certyfikat", Pl, Certificate),
    s("bezpieczn", Pl, Secure), s("niebezpieczn", Pl, Secure), s("zabezpiecz", Pl, Secure), s("prywatn", Pl, Secure), // Chromium: "Połączenie nie jest prywatne"
    s("zegar", Pl, Clock), s("data i godzina", Pl, Clock), s("datę i godzinę", Pl, Clock), s("czas systemowy", Pl, Clock),
    s("nieprawidłow", Pl, Wrong), s("niepoprawn", Pl, Wrong), s("błędn", Pl, Wrong), s("śpieszy", Pl, Wrong), s("spóźnia", Pl, Wrong), // reads spieszy too (the fold)
    s("nieprawidłow", Pl, Invalid), s("nieważn", Pl, Invalid), s("niepoprawn", Pl, Invalid), s("błędn", Pl, Invalid),
    s("wygas", Pl, Expired), s("stracił ważność", Pl, Expired), s("straciła ważność", Pl, Expired), s("nieaktualn", Pl, Expired),
    s("sesj", Pl, Session), s("wylogow", Pl, Session), // wylogowano: the session ended
    s("zaloguj", Pl, SignIn), s("zalogow", Pl, SignIn), s("logowani", Pl, SignIn), s("wylogow", Pl, SignIn), s("uwierzytelni", Pl, SignIn),
    s("autoryzac", Pl, SignIn),
    w("klucz", Pl, Key), s("klucza", Pl, Key), w("token", Pl, Key), w("tokena", Pl, Key), s("dane uwierzytelniające", Pl, Key),
    s("poświadcze", Pl, Key),
    s("nieautoryzowan", Pl, Unauthorized), s("brak autoryzacji", Pl, Unauthorized), s("brak uprawnień", Pl, Unauthorized),
    s("nie masz uprawnień", Pl, Unauthorized),
    s("odmow", Pl, Denied), s("zabroni", Pl, Denied), s("odrzuc", Pl, Denied), s("brak dostępu", Pl, Denied),
    w("dostęp", Pl, Access), s("dostępu", Pl, Access),
    s("kontekst", Pl, Context),
    s("długoś", Pl, Length), s("rozmiar", Pl, Length), s("znaków", Pl, Length), s("tokenów", Pl, Length),
    s("dług", Pl, Long),
    w("duży", Pl, Large), w("duże", Pl, Large), w("duża", Pl, Large), s("wielk", Pl, Large),
    w("zbyt", Pl, Too), s("za dług", Pl, Too), s("za duż", Pl, Too),
    s("zbyt wiele", Pl, TooMany), s("zbyt dużo", Pl, TooMany), s("za dużo", Pl, TooMany),
    s("limit", Pl, Limit), s("ograniczen", Pl, Limit), s("maksymaln", Pl, Limit),
    s("przekrocz", Pl, Exceeded), s("przekracza", Pl, Exceeded), s("osiągn", Pl, Exceeded), s("wyczerpa", Pl, Exceeded),
    s("wykorzystano", Pl, Exceeded),
    s("przydział", Pl, Quota),
    s("zapytań", Pl, Requests), w("żądań", Pl, Requests), w("żądania", Pl, Requests), // żądanie folds to zadanie (a task): two case forms only
    s("wiadomoś", Pl, Messages), s("prompt", Pl, Messages),
    s("wykorzystani", Pl, Usage), s("użyci", Pl, Usage),
    w("na minutę", Pl, PerTime), w("na godzinę", Pl, PerTime), w("na dzień", Pl, PerTime), w("na miesiąc", Pl, PerTime),
    w("dzienny", Pl, PerTime), s("godzinow", Pl, PerTime), s("miesięczn", Pl, PerTime),
    s("częst", Pl, Frequent), s("zbyt szybko", Pl, Frequent),
    s("serwer", Pl, Server), s("usług", Pl, Server), s("serwis", Pl, Server),
    s("przeciąż", Pl, Busy), s("zajęt", Pl, Busy), s("obciąż", Pl, Busy), s("zapotrzebowani", Pl, Busy), s("duży ruch", Pl, Busy),
    s("pojemnoś", Pl, Capacity), s("przepustowoś", Pl, Capacity), s("moc obliczeniow", Pl, Capacity),
    s("region", Pl, Region), w("kraj", Pl, Region), s("kraju", Pl, Region), s("lokalizacj", Pl, Region),
    s("niedostępn", Pl, Unavailable), s("nie jest dostępn", Pl, Unavailable), s("nieosiągaln", Pl, Unavailable),
    s("nieobsługiwan", Pl, Unavailable), s("nie obsługuj", Pl, Unavailable), s("nie działa", Pl, Unavailable),
    s("limit czasu", Pl, Timeout), s("czas oczekiwania", Pl, Timeout), s("czasu oczekiwania", Pl, Timeout), s("nie odpowiada", Pl, Timeout),
    s("strumie", Pl, Stream),
    w("odpowiedź", Pl, Response), w("odpowiedzi", Pl, Response), s("generowani", Pl, Response),
    s("później", Pl, Later), s("za chwilę", Pl, Later), s("za kilka minut", Pl, Later), s("poczekaj", Pl, Later),
    s("konserwac", Pl, Maintenance), s("prace techniczne", Pl, Maintenance), s("prac technicznych", Pl, Maintenance),
    s("przerwa techniczna", Pl, Maintenance), s("przerwy technicznej", Pl, Maintenance), s("prace serwisowe", Pl, Maintenance),
    s("przekierowa", Pl, Redirect),
    s("pętl", Pl, Loop), s("zapętl", Pl, Loop),
    s("jesteś człowiek", Pl, Human), s("robot", Pl, Human), // człowiek alone is "a person"
    s("potwierd", Pl, Verify), s("weryfik", Pl, Verify), s("sprawdz", Pl, Verify),
    s("zablokow", Pl, Blocked), s("blokad", Pl, Blocked), s("zbanowan", Pl, Blocked), s("zawieszon", Pl, Blocked),
    s("ograniczon", Pl, Blocked),
    s("wymaga", Pl, Required), s("potrzebn", Pl, Required), s("konieczn", Pl, Required), w("musisz", Pl, Required),
    w("należy", Pl, Required),
];
