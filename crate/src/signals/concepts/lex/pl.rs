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
    s("połącz", Pl, Connection), s("łączeni", Pl, Connection), w("łącze", Pl, Connection), s("rozłącz", Pl, Connection),
    s("zresetowan", Pl, Reset), s("resetowan", Pl, Reset), s("zerwan", Pl, Reset), s("zamknięt", Pl, Reset), s("zamknął", Pl, Reset),
    s("zamknęło", Pl, Reset), s("utracon", Pl, Reset), s("utrata", Pl, Reset), s("rozłącz", Pl, Reset), s("odłączon", Pl, Reset),
    s("zakończył połączenie", Pl, Reset),
    s("odrzuc", Pl, Refused), s("odmawia", Pl, Refused),
    s("przerwan", Pl, Interrupted), s("przerwał", Pl, Interrupted), s("przeryw", Pl, Interrupted), s("zatrzyman", Pl, Interrupted),
    s("nie udał", Pl, Failed), s("nie powiodł", Pl, Failed), s("niepowodzen", Pl, Failed), s("nieudan", Pl, Failed),
    s("nie można", Pl, Failed), s("nie może", Pl, Failed), s("nie mogą", Pl, Failed), s("nie da się", Pl, Failed), s("nie mogliśmy", Pl, Failed),
    w("błąd", Pl, Error), s("błędu", Pl, Error), s("błędy", Pl, Error), s("błędem", Pl, Error), s("błędów", Pl, Error), s("błędzie", Pl, Error),
    s("awari", Pl, Error), s("usterk", Pl, Error), s("problem", Pl, Error), s("coś poszło nie tak", Pl, Error),
    s("jeszcze raz", Pl, Again), w("znowu", Pl, Again), w("znów", Pl, Again), s("ponów", Pl, Again),
    w("sieć", Pl, Network), s("sieci", Pl, Network),
    s("internet", Pl, Internet),
    w("offline", Pl, Offline), s("brak połącz", Pl, Offline), s("brak internet", Pl, Offline), s("brak sieci", Pl, Offline),
    s("bez połączenia", Pl, Offline), s("nie masz połączenia", Pl, Offline), s("nie jesteś połączon", Pl, Offline),
    s("brak dostępu do internetu", Pl, Offline),
    s("proxy", Pl, Proxy), s("pośrednicz", Pl, Proxy), // serwer pośredniczący
    s("rozpoznawania nazw", Pl, Dns), s("rozpoznawanie nazw", Pl, Dns), s("rozwiązywania nazw", Pl, Dns), s("rozwiązywanie nazw", Pl, Dns),
    s("nie znaleziono", Pl, NotFound), s("nie można znaleźć", Pl, NotFound), s("nie udało się znaleźć", Pl, NotFound),
    s("nie istnieje", Pl, NotFound), s("nie odnaleziono", Pl, NotFound), s("nie został znaleziony", Pl, NotFound),
    s("adres", Pl, Address), w("host", Pl, Address), s("hosta", Pl, Address), s("nazwa hosta", Pl, Address),
    s("certyfikat", Pl, Certificate),
    s("bezpieczn", Pl, Secure), s("niebezpieczn", Pl, Secure), s("zabezpiecz", Pl, Secure), s("szyfrowan", Pl, Secure),
    s("prywatn", Pl, Secure), // Chromium: "Połączenie nie jest prywatne"
    s("zegar", Pl, Clock), s("data i godzina", Pl, Clock), s("datę i godzinę", Pl, Clock), s("daty i godziny", Pl, Clock),
    s("czas systemowy", Pl, Clock), s("czasu systemowego", Pl, Clock), s("godzina systemowa", Pl, Clock),
    s("nieprawidłow", Pl, Wrong), s("niepoprawn", Pl, Wrong), s("błędn", Pl, Wrong), s("niewłaściw", Pl, Wrong), s("śpieszy", Pl, Wrong), s("spóźnia", Pl, Wrong), // śpieszy folds to spieszy
    s("nieprawidłow", Pl, Invalid), s("nieważn", Pl, Invalid), s("niepoprawn", Pl, Invalid), s("błędn", Pl, Invalid), s("niedozwolon", Pl, Invalid),
    s("wygas", Pl, Expired), s("stracił ważność", Pl, Expired), s("straciła ważność", Pl, Expired), s("straciło ważność", Pl, Expired),
    s("utracił ważność", Pl, Expired), s("utraciła ważność", Pl, Expired), s("nieaktualn", Pl, Expired), s("przeterminowan", Pl, Expired),
    s("sesj", Pl, Session), s("wylogow", Pl, Session), // wylogowano: the session ended
    s("zaloguj", Pl, SignIn), s("zalogow", Pl, SignIn), s("logowani", Pl, SignIn), s("wylogow", Pl, SignIn), w("login", Pl, SignIn),
    s("uwierzytelni", Pl, SignIn), s("autoryzac", Pl, SignIn), s("autoryzow", Pl, SignIn),
    w("klucz", Pl, Key), s("klucza", Pl, Key), s("kluczem", Pl, Key), s("kluczy", Pl, Key), w("klucze", Pl, Key), w("token", Pl, Key),
    w("tokena", Pl, Key), s("token dostępu", Pl, Key), s("dane uwierzytelniające", Pl, Key), s("danych uwierzytelniających", Pl, Key),
    s("poświadcze", Pl, Key),
    s("nieautoryzowan", Pl, Unauthorized), s("brak autoryzacji", Pl, Unauthorized), s("brak uprawnień", Pl, Unauthorized),
    s("nie masz uprawnień", Pl, Unauthorized), s("bez uprawnień", Pl, Unauthorized), s("nie zezwala", Pl, Unauthorized),
    s("niewystarczające uprawnienia", Pl, Unauthorized),
    s("odmow", Pl, Denied), s("zabroni", Pl, Denied), s("odrzuc", Pl, Denied), s("brak dostępu", Pl, Denied),
    s("nie masz dostępu", Pl, Denied),
    w("dostęp", Pl, Access), s("dostępu", Pl, Access), s("dostępem", Pl, Access),
    s("kontekst", Pl, Context),
    s("długoś", Pl, Length), s("rozmiar", Pl, Length), s("znaków", Pl, Length), s("tokenów", Pl, Length), s("objętoś", Pl, Length),
    s("dług", Pl, Long),
    w("duży", Pl, Large), w("duże", Pl, Large), w("duża", Pl, Large), w("dużego", Pl, Large), s("wielk", Pl, Large),
    s("ogromn", Pl, Large), s("obszern", Pl, Large),
    w("zbyt", Pl, Too), s("za dług", Pl, Too), s("za duż", Pl, Too), s("nadmiern", Pl, Too),
    s("zbyt wiele", Pl, TooMany), s("zbyt wielu", Pl, TooMany), s("zbyt dużo", Pl, TooMany), s("za dużo", Pl, TooMany), s("za wiele", Pl, TooMany),
    s("limit", Pl, Limit), s("ograniczen", Pl, Limit), s("maksymaln", Pl, Limit), s("pułap", Pl, Limit),
    s("przekrocz", Pl, Exceeded), s("przekracza", Pl, Exceeded), s("osiągn", Pl, Exceeded), s("wyczerpan", Pl, Exceeded),
    s("wykorzystano", Pl, Exceeded), s("wyczerpał", Pl, Exceeded),
    s("przydział", Pl, Quota), s("kontyngent", Pl, Quota),
    s("zapytań", Pl, Requests), s("wywołań", Pl, Requests), w("żądań", Pl, Requests), w("żądania", Pl, Requests), // żądanie folds to zadanie (a task): two case forms only
    s("wiadomoś", Pl, Messages), s("komunikat", Pl, Messages), s("prompt", Pl, Messages),
    s("wykorzystani", Pl, Usage), s("użyci", Pl, Usage), s("zużyci", Pl, Usage),
    w("na sekundę", Pl, PerTime), w("na minutę", Pl, PerTime), w("na godzinę", Pl, PerTime), w("na dzień", Pl, PerTime), w("na dobę", Pl, PerTime),
    w("na tydzień", Pl, PerTime), w("na miesiąc", Pl, PerTime), w("dzienny", Pl, PerTime), w("dziennego", Pl, PerTime), w("dzienna", Pl, PerTime),
    w("dziennej", Pl, PerTime), w("dzienne", Pl, PerTime), s("godzinow", Pl, PerTime), s("miesięczn", Pl, PerTime), s("w ciągu godziny", Pl, PerTime),
    s("w ciągu minuty", Pl, PerTime), s("w ciągu dnia", Pl, PerTime), s("w ciągu doby", Pl, PerTime),
    s("częst", Pl, Frequent), s("zbyt szybko", Pl, Frequent),
    s("serwer", Pl, Server), s("usług", Pl, Server), s("serwis", Pl, Server), s("bramk", Pl, Server), s("backend", Pl, Server),
    s("przeciąż", Pl, Busy), s("zajęt", Pl, Busy), s("duże obciąż", Pl, Busy), s("dużego obciąż", Pl, Busy), s("wysokie obciąż", Pl, Busy),
    s("wysokiego obciąż", Pl, Busy), s("zwiększone obciąż", Pl, Busy), s("duże zapotrzebowanie", Pl, Busy),
    s("dużego zapotrzebowania", Pl, Busy), s("duży ruch", Pl, Busy), s("dużego ruchu", Pl, Busy), s("natężon", Pl, Busy),
    s("pojemnoś", Pl, Capacity), s("przepustowoś", Pl, Capacity), s("moc obliczeniow", Pl, Capacity), s("mocy obliczeniow", Pl, Capacity),
    s("region", Pl, Region), w("kraj", Pl, Region), s("kraju", Pl, Region), s("krajach", Pl, Region), s("krajów", Pl, Region), w("kraje", Pl, Region),
    s("lokalizacj", Pl, Region), s("położeni", Pl, Region), s("terytori", Pl, Region), s("geolokaliz", Pl, Region),
    s("niedostępn", Pl, Unavailable), s("nie jest dostępn", Pl, Unavailable), s("nie są dostępn", Pl, Unavailable), s("nieosiągaln", Pl, Unavailable),
    s("nieobsługiwan", Pl, Unavailable), s("nie obsługuj", Pl, Unavailable), s("nie jest obsługiwan", Pl, Unavailable),
    s("nie działa", Pl, Unavailable),
    s("limit czasu", Pl, Timeout), s("czas oczekiwania", Pl, Timeout), s("czasu oczekiwania", Pl, Timeout), s("upłynął czas", Pl, Timeout),
    s("przekroczenie czasu", Pl, Timeout), s("przekroczono czas", Pl, Timeout), s("nie odpowiada", Pl, Timeout),
    s("strumie", Pl, Stream),
    w("odpowiedź", Pl, Response), w("odpowiedzi", Pl, Response), s("odpowiedzią", Pl, Response), s("generowani", Pl, Response),
    s("później", Pl, Later), s("za chwilę", Pl, Later), s("za kilka minut", Pl, Later), s("za jakiś czas", Pl, Later), s("po chwili", Pl, Later),
    s("poczekaj", Pl, Later), s("zaczekaj", Pl, Later),
    s("konserwac", Pl, Maintenance), s("prace techniczne", Pl, Maintenance), s("prac technicznych", Pl, Maintenance),
    s("przerwa techniczna", Pl, Maintenance), s("przerwy technicznej", Pl, Maintenance), s("prace serwisowe", Pl, Maintenance),
    s("prac serwisowych", Pl, Maintenance), s("prace planowe", Pl, Maintenance),
    s("przekierowa", Pl, Redirect),
    s("pętl", Pl, Loop), s("zapętl", Pl, Loop),
    s("jesteś człowiek", Pl, Human), s("nie jesteś robot", Pl, Human), s("robot", Pl, Human), // człowiek alone is "a person"
    s("potwierd", Pl, Verify), s("weryfik", Pl, Verify), s("sprawdz", Pl, Verify),
    s("zablokow", Pl, Blocked), s("blokad", Pl, Blocked), s("zbanowan", Pl, Blocked), s("zawieszon", Pl, Blocked), s("ograniczon", Pl, Blocked),
    s("wymaga", Pl, Required), s("potrzebn", Pl, Required), s("konieczn", Pl, Required), w("musisz", Pl, Required), w("należy", Pl, Required),
];
