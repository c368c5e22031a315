//! German: the words of error messages, from general usage (the dictionary senses of each word,
//! Duden-style), Chromium 156's German locale pack (de.pak: "Zeitüberschreitung", "nicht
//! erreichbar", "hat die Verbindung abgelehnt", "Deine Uhr geht vor/nach", "zu oft
//! weitergeleitet") and the lobehub/lobe-chat German locales. Formal (Sie) and informal (du)
//! forms both. German compounds: the heads errors are built of are parts ("fehler" in
//! "Netzwerkfehler", "verbindung" in "Serververbindung"); where a part would read inside common
//! words it is a stem and the usual compounds are listed ("wartung" is in "Erwartung",
//! "schlüssel" in "verschlüsselt", "limit" in "Zeitlimit"). The fold makes "Länge" and "lange"
//! one word, so "Länge" is read only in phrases and compounds. "zu" alone is too common to be
//! Too: "zu lang", "zu groß", "zu viel", "zu oft" carry it.
use super::super::Concept::*;
use super::super::{p, s, w, LexRow};
use crate::signals::Lang::De;

#[rustfmt::skip]
pub const LEXICON: &[LexRow] = &[
    p("verbindung", De, Connection), s("verbinde", De, Connection), s("konnektivität", De, Connection),
    s("zurückgesetzt", De, Reset), s("geschlossen", De, Reset), s("verloren", De, Reset), s("getrennt", De, Reset),
    s("abgelehnt", De, Refused), s("verweigert", De, Refused), s("zurückgewiesen", De, Refused),
    s("unterbroch", De, Interrupted), p("unterbrech", De, Interrupted), s("unterbricht", De, Interrupted), s("abgebrochen", De, Interrupted),
    p("abbruch", De, Interrupted), s("abgeschnitten", De, Interrupted), s("vorzeitig beendet", De, Interrupted),
    s("fehlgeschlagen", De, Failed), s("fehlschl", De, Failed), s("schlug fehl", De, Failed), s("schlägt fehl", De, Failed),
    s("misslungen", De, Failed), s("gescheitert", De, Failed), s("nicht möglich", De, Failed), s("nicht erfolgreich", De, Failed),
    s("konnte nicht", De, Failed), s("konnten nicht", De, Failed), s("konnte keine", De, Failed), s("funktioniert nicht", De, Failed),
    s("nicht hergestellt", De, Failed), s("nicht geladen", De, Failed), s("nicht gesendet", De, Failed), s("nicht verarbeit", De, Failed), // not "kann nicht": chat prose
    p("fehler", De, Error), s("störung", De, Error), s("schiefgegangen", De, Error), s("schief gelaufen", De, Error), // "etwas ist schiefgegangen"
    s("erneut", De, Again), s("noch einmal", De, Again), s("nochmal", De, Again), w("wieder", De, Again), s("wiederhol", De, Again),
    p("netzwerk", De, Network), w("netz", De, Network), w("wlan", De, Network),
    p("internet", De, Internet),
    s("nicht verbunden", De, Offline), s("keine verbindung", De, Offline), s("kein internet", De, Offline), s("keine internet", De, Offline),
    s("kein netz", De, Offline), s("keine netzwerk", De, Offline),
    p("proxy", De, Proxy),
    p("namensauflösung", De, Dns), s("nicht aufgelöst", De, Dns), p("dns-server", De, Dns),
    s("nicht gefunden", De, NotFound), s("nicht finden", De, NotFound), s("nicht auffindbar", De, NotFound), s("unauffindbar", De, NotFound),
    s("existiert nicht", De, NotFound),
    s("adresse", De, Address), p("webadresse", De, Address), p("hostname", De, Address),
    p("zertifikat", De, Certificate),
    w("sichere", De, Secure), w("sicheren", De, Secure), w("sicherer", De, Secure), w("sicheres", De, Secure), s("verschlüssel", De, Secure),
    w("uhr", De, Clock), p("systemuhr", De, Clock), p("uhrzeit", De, Clock), s("systemzeit", De, Clock),
    s("falsch", De, Wrong), s("inkorrekt", De, Wrong), s("nicht korrekt", De, Wrong), s("nicht richtig", De, Wrong), s("stimmt nicht", De, Wrong),
    s("geht vor", De, Wrong), s("geht nach", De, Wrong),
    s("ungültig", De, Invalid), s("nicht gültig", De, Invalid), s("fehlerhaft", De, Invalid), s("unzulässig", De, Invalid),
    s("abgelaufen", De, Expired), s("nicht mehr gültig", De, Expired), s("verfallen", De, Expired),
    p("sitzung", De, Session),
    s("anmeld", De, SignIn), s("angemeldet", De, SignIn), s("abgemeldet", De, SignIn), s("melden sie sich", De, SignIn), s("melde dich", De, SignIn),
    s("einlogg", De, SignIn), s("eingeloggt", De, SignIn), s("ausgeloggt", De, SignIn), s("loggen sie sich", De, SignIn), s("logge dich", De, SignIn),
    s("authentifizier", De, SignIn), s("authentisier", De, SignIn),
    s("schlüssel", De, Key), p("zugriffsschlüssel", De, Key), p("apischlüssel", De, Key), p("zugriffstoken", De, Key), s("api-token", De, Key),
    p("zugangsdaten", De, Key), s("anmeldedaten", De, Key), s("passwort", De, Key),
    s("nicht autorisiert", De, Unauthorized), s("unautorisiert", De, Unauthorized), s("nicht berechtigt", De, Unauthorized),
    s("unberechtigt", De, Unauthorized), p("berechtigung", De, Unauthorized), s("nicht erlaubt", De, Unauthorized), s("nicht zugelassen", De, Unauthorized),
    s("verweigert", De, Denied), s("abgelehnt", De, Denied), s("verboten", De, Denied), s("zurückgewiesen", De, Denied),
    p("zugriff", De, Access), p("zugreif", De, Access), p("zugang", De, Access),
    s("kontext", De, Context), p("kontextfenster", De, Context),
    s("größe", De, Length), p("dateigröße", De, Length), p("nachrichtengröße", De, Length), p("anfragegröße", De, Length), // folds like "große": both read
    p("nachrichtenlänge", De, Length), p("eingabelänge", De, Length), p("textlänge", De, Length),
    p("maximallänge", De, Length),
    s("die länge", De, Length), s("der länge", De, Length),
    s("maximale länge", De, Length), s("maximalen länge", De, Length), s("zulässige länge", De, Length), s("zulässigen länge", De, Length),
    s("zeichen", De, Length),
    w("zu lang", De, Long), s("länger als", De, Long), w("zu lang", De, Too), s("zu lange", De, Too), // "zu lange" is mostly time
    s("zu groß", De, Large), s("größer als", De, Large), w("groß", De, Large), s("umfangreich", De, Large), s("zu groß", De, Too),
    s("zu hoch", De, Too), s("zu umfangreich", De, Too), s("übermäßig", De, Too), s("zu oft", De, Too),
    s("zu viel", De, TooMany), s("übermäßig", De, TooMany), s("zu viel", De, Too), // "zu viele Zeichen"
    s("limit", De, Limit), p("ratenlimit", De, Limit), p("nutzungslimit", De, Limit), p("anfragelimit", De, Limit), p("anfragenlimit", De, Limit),
    p("tageslimit", De, Limit), p("nachrichtenlimit", De, Limit), p("tokenlimit", De, Limit),
    p("kontingentlimit", De, Limit), p("zeichenlimit", De, Limit), p("kontextlimit", De, Limit),
    p("grenze", De, Limit), s("begrenz", De, Limit), p("begrenzung", De, Limit), s("beschränk", De, Limit), p("beschränkung", De, Limit),
    s("maximal", De, Limit), s("höchstens", De, Limit),
    s("überschritt", De, Exceeded), s("überschreit", De, Exceeded), s("erreicht", De, Exceeded), s("aufgebraucht", De, Exceeded), // not "überschr": "Überschrift"
    s("erschöpft", De, Exceeded), s("ausgeschöpft", De, Exceeded), s("verbraucht", De, Exceeded),
    p("kontingent", De, Quota),
    p("anfrage", De, Requests), s("anforderung", De, Requests), s("abfrage", De, Requests), s("aufrufe", De, Requests),
    p("nachricht", De, Messages),
    p("nutzung", De, Usage), p("verbrauch", De, Usage),
    s("pro sekunde", De, PerTime), s("pro minute", De, PerTime), s("pro stunde", De, PerTime), s("pro tag", De, PerTime),
    s("pro woche", De, PerTime), s("pro monat", De, PerTime), s("stündlich", De, PerTime), s("täglich", De, PerTime),
    s("zu häufig", De, Frequent), s("zu oft", De, Frequent), s("zu schnell", De, Frequent), s("zu rasch", De, Frequent),
    p("webserver", De, Server), p("proxyserver", De, Server), p("zielserver", De, Server), p("modellserver", De, Server), // "server" itself: En
    p("ursprungsserver", De, Server), p("anwendungsserver", De, Server), s("dienst", De, Server), p("modelldienst", De, Server), p("webdienst", De, Server), p("clouddienst", De, Server),
    s("anbieter", De, Server), p("modellanbieter", De, Server),
    s("ausgelastet", De, Busy), p("überlast", De, Busy), s("auslastung", De, Busy), p("serverauslastung", De, Busy), s("beschäftigt", De, Busy),
    s("hohe nachfrage", De, Busy), s("hoher nachfrage", De, Busy), s("andrang", De, Busy), s("stark beansprucht", De, Busy),
    p("kapazität", De, Capacity),
    w("land", De, Region), w("landes", De, Region), w("länder", De, Region), w("ländern", De, Region), s("standort", De, Region),
    s("gebiet", De, Region), s("geograf", De, Region), s("geograph", De, Region),
    s("nicht verfügbar", De, Unavailable), s("nicht mehr verfügbar", De, Unavailable), p("nichtverfügbar", De, Unavailable),
    s("nicht erreichbar", De, Unavailable), s("unerreichbar", De, Unavailable), s("nicht unterstützt", De, Unavailable),
    s("nicht zugänglich", De, Unavailable), s("unzugänglich", De, Unavailable), s("nicht angeboten", De, Unavailable),
    s("außer betrieb", De, Unavailable), s("ausgefallen", De, Unavailable), p("ausfall", De, Unavailable),
    p("zeitüberschreitung", De, Timeout), s("zeitlimit", De, Timeout), s("reagiert nicht", De, Timeout), s("nicht rechtzeitig", De, Timeout),
    s("lange gedauert", De, Timeout),
    p("datenstrom", De, Stream),
    p("antwort", De, Response), s("generier", De, Response),
    s("später", De, Later), s("in kürze", De, Later), s("in einigen minuten", De, Later), s("in ein paar minuten", De, Later),
    s("in wenigen minuten", De, Later), s("einen moment", De, Later), s("einen augenblick", De, Later),
    s("wartung", De, Maintenance), p("serverwartung", De, Maintenance), p("systemwartung", De, Maintenance), s("ausfallzeit", De, Maintenance),
    s("weiterleit", De, Redirect), s("weitergeleitet", De, Redirect), s("umleit", De, Redirect), s("umgeleitet", De, Redirect),
    s("mensch", De, Human), s("echte person", De, Human),
    s("bestätig", De, Verify), s("verifizier", De, Verify), s("überprüf", De, Verify), s("prüfen", De, Verify), p("prüfung", De, Verify),
    s("gesperrt", De, Blocked), s("blockier", De, Blocked), s("geblockt", De, Blocked), s("sperre", De, Blocked), s("gebannt", De, Blocked),
    s("eingeschränkt", De, Blocked),
    s("erforderlich", De, Required), s("benötigt", De, Required), s("notwendig", De, Required), w("nötig", De, Required),
    w("muss", De, Required), w("müssen", De, Required), w("musst", De, Required),
    p("schleife", De, Loop),
    s("organisation", De, Admin), p("administrator", De, Admin), w("admin", De, Admin), p("gruppenrichtlinie", De, Admin), // not "Richtlinie": content policies
    p("unternehmensrichtlinie", De, Admin), p("netzwerkrichtlinie", De, Admin), p("firewall", De, Admin), s("antivir", De, Admin),
    p("virenschutz", De, Admin), p("virenscanner", De, Admin), s("erweiterung", De, Admin), p("jugendschutz", De, Admin),
    p("kindersicherung", De, Admin), s("it-abteilung", De, Admin),
];
