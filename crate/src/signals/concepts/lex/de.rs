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
    p("verbindung", De, Connection), s("verbinde", De, Connection),
    s("zurückgesetzt", De, Reset), s("geschlossen", De, Reset), s("verloren", De, Reset), s("getrennt", De, Reset),
    s("abgelehnt", De, Refused), s("verweigert", De, Refused),
    s("unterbroch", De, Interrupted), p("unterbrech", De, Interrupted), s("abgebrochen", De, Interrupted),
    p("abbruch", De, Interrupted),
    s("fehlgeschlagen", De, Failed), s("fehlschl", De, Failed), s("schlug fehl", De, Failed),
    s("nicht möglich", De, Failed),
    s("konnte nicht", De, Failed), s("konnte keine", De, Failed), s("funktioniert nicht", De, Failed),
    s("nicht hergestellt", De, Failed), // not "kann nicht": chat prose
    p("fehler", De, Error), s("störung", De, Error), s("schiefgegangen", De, Error), // "etwas ist schiefgegangen"
    s("erneut", De, Again), s("noch einmal", De, Again), s("nochmal", De, Again), w("wieder", De, Again),
    p("netzwerk", De, Network), w("netz", De, Network),
    p("internet", De, Internet),
    s("nicht verbunden", De, Offline), s("keine verbindung", De, Offline), s("kein internet", De, Offline), s("keine internet", De, Offline),
    p("proxy", De, Proxy),
    p("namensauflösung", De, Dns), s("nicht aufgelöst", De, Dns),
    s("nicht gefunden", De, NotFound), s("nicht finden", De, NotFound),
    s("existiert nicht", De, NotFound),
    s("adresse", De, Address),
    p("zertifikat", De, Certificate),
    w("sichere", De, Secure), w("sicheren", De, Secure), s("verschlüssel", De, Secure),
    s("deine uhr", De, Clock), s("ihre uhr", De, Clock), // not "uhr" alone: 3 bytes, and "um 10 Uhr"
    p("systemuhr", De, Clock), p("uhrzeit", De, Clock), s("systemzeit", De, Clock),
    s("falsch", De, Wrong), s("nicht korrekt", De, Wrong), s("stimmt nicht", De, Wrong),
    s("geht vor", De, Wrong), s("geht nach", De, Wrong),
    s("ungültig", De, Invalid), s("nicht gültig", De, Invalid), s("fehlerhaft", De, Invalid),
    s("abgelaufen", De, Expired), s("nicht mehr gültig", De, Expired),
    p("sitzung", De, Session),
    s("anmeld", De, SignIn), s("angemeldet", De, SignIn), s("abgemeldet", De, SignIn), s("melden sie sich", De, SignIn), s("melde dich", De, SignIn),
    s("einlogg", De, SignIn), s("eingeloggt", De, SignIn), s("ausgeloggt", De, SignIn),
    s("authentifizier", De, SignIn),
    s("schlüssel", De, Key), p("zugriffsschlüssel", De, Key), p("apischlüssel", De, Key), p("zugriffstoken", De, Key),
    p("zugangsdaten", De, Key), s("anmeldedaten", De, Key), s("passwort", De, Key),
    s("nicht autorisiert", De, Unauthorized), s("nicht berechtigt", De, Unauthorized),
    p("berechtigung", De, Unauthorized), s("nicht erlaubt", De, Unauthorized),
    s("verweigert", De, Denied), s("abgelehnt", De, Denied), s("verboten", De, Denied),
    p("zugriff", De, Access), p("zugreif", De, Access), p("zugang", De, Access),
    s("kontext", De, Context),
    p("größe", De, Length), // folds like "große": both read
    p("nachrichtenlänge", De, Length), p("eingabelänge", De, Length), p("textlänge", De, Length),
    s("die länge", De, Length),
    s("maximale länge", De, Length), s("zulässige länge", De, Length),
    s("zeichen", De, Length),
    w("zu lang", De, Long), s("länger als", De, Long), w("zu lang", De, Too), s("zu lange", De, Too), // "zu lange" is mostly time
    s("zu groß", De, Large), s("umfangreich", De, Large), s("zu groß", De, Too),
    s("zu hoch", De, Too), s("zu oft", De, Too),
    s("zu viel", De, TooMany), s("zu viel", De, Too), // "zu viele Zeichen"
    s("limit", De, Limit), p("ratenlimit", De, Limit), p("nutzungslimit", De, Limit), p("anfragelimit", De, Limit),
    p("tageslimit", De, Limit), p("nachrichtenlimit", De, Limit),
    p("zeichenlimit", De, Limit),
    p("grenze", De, Limit), s("begrenz", De, Limit), p("begrenzung", De, Limit), s("beschränk", De, Limit), p("beschränkung", De, Limit),
    s("maximal", De, Limit),
    s("überschritt", De, Exceeded), s("überschreit", De, Exceeded), s("erreicht", De, Exceeded), s("aufgebraucht", De, Exceeded), // not "überschr": "Überschrift"
    s("erschöpft", De, Exceeded), s("verbraucht", De, Exceeded),
    p("kontingent", De, Quota),
    p("anfrage", De, Requests), s("anforderung", De, Requests),
    p("nachricht", De, Messages),
    p("nutzung", De, Usage), p("verbrauch", De, Usage),
    s("pro minute", De, PerTime), s("pro stunde", De, PerTime), s("pro tag", De, PerTime),
    s("pro monat", De, PerTime), s("stündlich", De, PerTime), s("täglich", De, PerTime),
    s("zu häufig", De, Frequent), s("zu oft", De, Frequent), s("zu schnell", De, Frequent),
    p("webserver", De, Server), p("proxyserver", De, Server), // "server" itself: En
    s("dienst", De, Server), p("modelldienst", De, Server),
    s("anbieter", De, Server),
    s("ausgelastet", De, Busy), p("überlast", De, Busy), p("auslastung", De, Busy),
    s("hohe nachfrage", De, Busy), s("hoher nachfrage", De, Busy), s("andrang", De, Busy),
    p("kapazität", De, Capacity),
    w("land", De, Region), w("länder", De, Region), w("ländern", De, Region), s("standort", De, Region),
    s("gebiet", De, Region), s("geogra", De, Region),
    s("nicht verfügbar", De, Unavailable), s("nicht mehr verfügbar", De, Unavailable),
    s("nicht erreichbar", De, Unavailable), s("nicht unterstützt", De, Unavailable),
    s("ausgefallen", De, Unavailable), p("ausfall", De, Unavailable),
    p("zeitüberschreitung", De, Timeout), s("zeitlimit", De, Timeout), s("reagiert nicht", De, Timeout),
    s("lange gedauert", De, Timeout),
    p("datenstrom", De, Stream),
    p("antwort", De, Response), s("generier", De, Response),
    s("später", De, Later), s("in kürze", De, Later), s("in einigen minuten", De, Later),
    s("einen moment", De, Later),
    s("wartung", De, Maintenance), p("serverwartung", De, Maintenance), p("systemwartung", De, Maintenance),
    s("weiterleit", De, Redirect), s("weitergeleitet", De, Redirect), s("umleit", De, Redirect), s("umgeleitet", De, Redirect),
    s("mensch", De, Human), s("echte person", De, Human),
    s("bestätig", De, Verify), s("verifizier", De, Verify), s("überprüf", De, Verify), s("prüfen", De, Verify),
    s("gesperrt", De, Blocked), s("blockier", De, Blocked), s("sperre", De, Blocked),
    s("eingeschränkt", De, Blocked),
    s("erforderlich", De, Required), s("benötigt", De, Required), s("notwendig", De, Required),
    w("muss", De, Required), w("müssen", De, Required),
    p("schleife", De, Loop),
    s("organisation", De, Admin), p("administrator", De, Admin), w("admin", De, Admin), p("gruppenrichtlinie", De, Admin), // not "Richtlinie": content policies
    p("firewall", De, Admin), s("antivir", De, Admin),
    p("virenschutz", De, Admin), s("erweiterung", De, Admin), p("jugendschutz", De, Admin),
    p("kindersicherung", De, Admin),
];
