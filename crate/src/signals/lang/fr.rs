//! French: the browsers' error pages (Chromium's own translations, from the locale packs
//! of Chromium 156, `locales/<lang>.pak`: the message ids are in the comments) and the words the
//! chat apps use for their failures. Rows hold the stable part of a message (a host name
//! stands where Chromium puts one); the example is the whole message.
use super::super::text::{r, TextRow};
use super::super::Lang::Fr;
use super::super::Strength::*;
use crate::diagnosis::Cause::*;

#[rustfmt::skip]
pub const ROWS: &[TextRow] = &[
    r("Ce site est inaccessible", Fr, Connection, Specific, "text_unreachable", "Ce site est inaccessible"), // Chromium fr HEADING_NOT_AVAILABLE
    r("a mis trop de temps à répondre", Fr, Timeout, Generic, "text_timeout", "chatgpt.com a mis trop de temps à répondre."), // Chromium fr SUMMARY_TIMED_OUT
    r("La connexion a été réinitialisée", Fr, Connection, Specific, "text_connection_reset", "La connexion a été réinitialisée."), // Chromium fr SUMMARY_CONNECTION_RESET
    r("a mis fin à la connexion", Fr, Connection, Specific, "text_connection_reset", "chatgpt.com a mis fin à la connexion de manière inattendue."), // Chromium fr SUMMARY_CONNECTION_CLOSED
    r("est actuellement inaccessible", Fr, Connection, Specific, "text_unreachable", "chatgpt.com est actuellement inaccessible."), // Chromium fr SUMMARY_CONNECTION_FAILED
    r("changement de réseau", Fr, Connection, Specific, "text_unable_to_connect", "Un changement de réseau a été détecté."), // Chromium fr SUMMARY_NETWORK_CHANGED
    r("Votre connexion a été interrompue", Fr, Connection, Specific, "text_connection_reset", "Votre connexion a été interrompue"), // Chromium fr HEADING_CONNECTION_INTERRUPTED
    r("n'autorise pas la connexion", Fr, Connection, Specific, "text_connection_refused", "chatgpt.com n'autorise pas la connexion."), // Chromium fr SUMMARY_CONNECTION_REFUSED
    r("l'adresse IP du serveur", Fr, Dns, Specific, "text_dns", "Impossible de trouver l'adresse IP du serveur de chatgpt.com."), // Chromium fr SUMMARY_NAME_NOT_RESOLVED
    r("adresse DNS", Fr, Dns, Specific, "text_dns", "L'adresse DNS de chatgpt.com est introuvable. Identification du problème…"), // Chromium fr SUMMARY_DNS_PROBE_RUNNING
    r("Aucun accès à Internet", Fr, Offline, Specific, "text_no_internet", "Aucun accès à Internet"), // Chromium fr HEADING_INTERNET_DISCONNECTED
    r("Vous êtes hors connexion", Fr, Offline, Specific, "text_no_internet", "Vous êtes hors connexion"), // Chromium fr HEADING_YOU_ARE_OFFLINE
    r("serveur proxy", Fr, Proxy, Specific, "text_proxy", "Le serveur proxy présente une erreur, ou l'adresse est incorrecte."), // Chromium fr SUMMARY_PROXY_CONNECTION_FAILED
    r("bloquée par une extension", Fr, BlockedLocally, Specific, "text_blocked_by_extension", "Cette page a été bloquée par une extension"), // Chromium fr SUMMARY_BLOCKED_BY_EXTENSION
    r("Votre organisation ne vous autorise pas", Fr, BlockedLocally, Specific, "text_blocked_by_admin", "Votre organisation ne vous autorise pas à consulter ce site"), // Chromium fr SUMMARY_BLOCKED_BY_ADMINISTRATOR
    r("Votre accès à Internet est bloqué", Fr, BlockedLocally, Specific, "text_firewall", "Votre accès à Internet est bloqué"), // Chromium fr HEADING_NETWORK_ACCESS_DENIED
    r("ait bloqué la connexion", Fr, BlockedLocally, Specific, "text_firewall", "Il est possible qu'un pare-feu ou un logiciel antivirus ait bloqué la connexion."), // Chromium fr SUMMARY_NETWORK_ACCESS_DENIED
    r("redirigé à de trop nombreuses reprises", Fr, StaleClient, Specific, "text_too_many_redirects", "chatgpt.com vous a redirigé à de trop nombreuses reprises."), // Chromium fr SUMMARY_TOO_MANY_REDIRECTS
    r("Cette page ne fonctionne pas", Fr, ServerError, Generic, "text_server_error", "Cette page ne fonctionne pas"), // Chromium fr HEADING_PAGE_NOT_WORKING
    r("impossible de traiter cette demande", Fr, ServerError, Generic, "text_server_error", "Impossible de traiter cette demande via chatgpt.com à l'heure actuelle."), // Chromium fr SUMMARY_WEBSITE_CANNOT_HANDLE_REQUEST
    r("n'a envoyé aucune donnée", Fr, Connection, Specific, "text_connection_reset", "chatgpt.com n'a envoyé aucune donnée."), // Chromium fr SUMMARY_EMPTY_RESPONSE
    r("fournir de connexion sécurisée", Fr, Tls, Specific, "text_not_private", "Ce site ne peut pas fournir de connexion sécurisée"), // Chromium fr HEADING_INSECURE_CONNECTION
    r("Votre connexion n'est pas privée", Fr, Tls, Specific, "text_not_private", "Votre connexion n'est pas privée"), // Chromium fr SSL_V2_HEADING
    r("Votre horloge est en avance", Fr, Tls, Specific, "text_clock", "Votre horloge est en avance."), // Chromium fr CLOCK_ERROR_AHEAD_HEADING
    r("Votre horloge est en retard", Fr, Tls, Specific, "text_clock", "Votre horloge est en retard"), // Chromium fr CLOCK_ERROR_BEHIND_HEADING
    r("Vérifiez votre connexion Internet", Fr, Connection, Generic, "text_check_connection", "Vérifiez votre connexion Internet"), // Chromium fr SUGGESTION_CHECK_CONNECTION_HEADER
    r("une erreur s'est produite", Fr, ServerError, Generic, "text_error_occurred", "Une erreur s’est produite. Veuillez réessayer."), // app wording
    r("une erreur est survenue", Fr, ServerError, Generic, "text_error_occurred", "Une erreur est survenue."), // app wording
    r("un problème est survenu", Fr, ServerError, Generic, "text_something_went_wrong", "Un problème est survenu."), // app wording
    r("erreur réseau", Fr, Connection, Generic, "text_network_error", "Erreur réseau"), // app wording
    r("trop de requêtes", Fr, RateLimited, Specific, "text_too_many_requests", "Trop de requêtes en 1 heure. Réessayez plus tard."), // app wording
    r("trop de demandes", Fr, RateLimited, Specific, "text_too_many_requests", "Trop de demandes, veuillez patienter."), // app wording
    r("limite d'utilisation", Fr, RateLimited, Specific, "text_usage_limit", "Vous avez atteint la limite d’utilisation."), // app wording
    r("session a expiré", Fr, Auth, Specific, "text_session_expired", "Votre session a expiré. Veuillez vous reconnecter."), // app wording
    r("trop long", Fr, TooLarge, Specific, "text_too_long", "Le message est trop long."), // app wording
    r("forte demande", Fr, Overloaded, Specific, "text_high_demand", "Nous connaissons une forte demande."), // app wording
    r("surchargé", Fr, Overloaded, Specific, "text_overloaded", "Le serveur est surchargé."), // app wording
    r("être humain", Fr, Blocked, Specific, "text_challenge", "Vérifiez que vous êtes un être humain"), // app wording
    r("en maintenance", Fr, Outage, Specific, "text_maintenance", "Le service est en maintenance."), // app wording
    r("erreur interne du serveur", Fr, ServerError, Specific, "text_internal_server_error", "500 Erreur interne du serveur"), // app wording
    r("délai d'attente", Fr, Timeout, Generic, "text_timeout", "Le délai d’attente de la requête a expiré."), // app wording
    // LobeChat's own error messages (what its users see and paste): lobehub/lobe-chat locales/fr-FR/error.json
    r("trop fréquente", Fr, RateLimited, Specific, "text_too_many_requests", "Désolé, votre requête est trop fréquente et le serveur est un peu fatigué. Veuillez réessayer plus tard"), // lobehub/lobe-chat locales/fr-FR/error.json response.429
    r("rencontrer des difficultés", Fr, ServerError, Generic, "text_server_error", "Désolé, le serveur semble rencontrer des difficultés et ne peut temporairement pas traiter votre requête. Veuillez réessayer plus tard"), // lobehub/lobe-chat locales/fr-FR/error.json response.500
    r("ne peut temporairement pas", Fr, ServerError, Generic, "text_server_error", "Désolé, le serveur semble perdu et ne peut temporairement pas fournir de service. Veuillez réessayer plus tard"), // lobehub/lobe-chat locales/fr-FR/error.json response.502
    r("pas reçu de réponse", Fr, Timeout, Specific, "text_gateway_timeout", "Désolé, le serveur n'a pas reçu de réponse de la part du serveur amont. Veuillez réessayer plus tard"), // lobehub/lobe-chat locales/fr-FR/error.json response.504
    r("a expiré en attendant", Fr, Timeout, Specific, "text_timeout", "Nous sommes désolés, le serveur a expiré en attendant une réponse, probablement en raison d'une réponse trop lente. Veuillez réessayer plus tard."), // lobehub/lobe-chat locales/fr-FR/error.json response.524
    r("données trop importante", Fr, TooLarge, Specific, "text_too_large", "Désolé, votre demande contient une quantité de données trop importante pour être traitée par le serveur"), // lobehub/lobe-chat locales/fr-FR/error.json response.413
    r("authentification invalide", Fr, Auth, Specific, "text_unauthorized", "Désolé, le serveur a refusé votre requête, probablement en raison d'autorisations insuffisantes ou d'une authentification invalide"), // lobehub/lobe-chat locales/fr-FR/error.json response.401
    r("dépasse la longueur", Fr, TooLarge, Specific, "text_context_length", "Le contenu de la demande actuelle dépasse la longueur que le modèle peut traiter. Veuillez réduire la quantité de contenu et réessayer."), // lobehub/lobe-chat locales/fr-FR/error.json response.ExceededContextWindow
    r("pas actuellement connecté", Fr, Auth, Specific, "text_sign_in", "Désolé, vous n'êtes pas actuellement connecté. Veuillez vous connecter ou vous inscrire avant de continuer."), // lobehub/lobe-chat locales/fr-FR/error.json response.InvalidClerkUser
    r("vous connecter pour", Fr, Auth, Specific, "text_sign_in", "Veuillez vous connecter pour utiliser cette fonctionnalité"), // lobehub/lobe-chat locales/fr-FR/error.json loginRequired.title
    // LobeHub's current wording: lobehub/lobehub locales/fr-FR/error.json
    r("rencontre des difficultés", Fr, ServerError, Generic, "text_server_error", "Désolé, le serveur rencontre des difficultés et ne peut pas traiter votre requête pour le moment. Veuillez réessayer plus tard."), // lobehub/lobehub locales/fr-FR/error.json response.500
    r("temporairement indisponible", Fr, Overloaded, Generic, "text_service_unavailable", "Désolé, le serveur est temporairement indisponible. Veuillez réessayer plus tard."), // lobehub/lobehub locales/fr-FR/error.json response.502
    r("trop volumineu", Fr, TooLarge, Specific, "text_too_large", "Désolé, les données de votre requête sont trop volumineuses pour être traitées par le serveur."), // lobehub/lobehub locales/fr-FR/error.json response.413
    r("dépasse la capacité", Fr, TooLarge, Specific, "text_context_length", "Le contenu de la requête dépasse la capacité du modèle. Veuillez réduire le contenu et réessayer."), // lobehub/lobehub locales/fr-FR/error.json response.ExceededContextWindow
    r("interrompue de manière inattendue", Fr, StreamInterrupted, Specific, "text_stream_interrupted", "Nous sommes désolés, votre requête a été interrompue de manière inattendue, peut-être en raison d'une annulation ou d'une connexion instable. Veuillez vérifier votre réseau et réessayer."), // lobehub/lobehub locales/fr-FR/error.json response.499
];
