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
    r("est actuellement inaccessible", Fr, Connection, Specific, "text_unreachable", "chatgpt.com est actuellement inaccessible."), // Chromium fr SUMMARY_CONNECTION_FAILED
    r("changement de réseau", Fr, Connection, Specific, "text_unable_to_connect", "Un changement de réseau a été détecté."), // Chromium fr SUMMARY_NETWORK_CHANGED
    r("Votre organisation ne vous autorise pas", Fr, BlockedLocally, Specific, "text_blocked_by_admin", "Votre organisation ne vous autorise pas à consulter ce site"), // Chromium fr SUMMARY_BLOCKED_BY_ADMINISTRATOR
    r("Votre accès à Internet est bloqué", Fr, BlockedLocally, Specific, "text_firewall", "Votre accès à Internet est bloqué"), // Chromium fr HEADING_NETWORK_ACCESS_DENIED
    r("Cette page ne fonctionne pas", Fr, ServerError, Generic, "text_server_error", "Cette page ne fonctionne pas"), // Chromium fr HEADING_PAGE_NOT_WORKING
    r("impossible de traiter cette demande", Fr, ServerError, Generic, "text_server_error", "Impossible de traiter cette demande via chatgpt.com à l'heure actuelle."), // Chromium fr SUMMARY_WEBSITE_CANNOT_HANDLE_REQUEST
    r("n'a envoyé aucune donnée", Fr, Connection, Specific, "text_connection_reset", "chatgpt.com n'a envoyé aucune donnée."), // Chromium fr SUMMARY_EMPTY_RESPONSE
    r("fournir de connexion sécurisée", Fr, Tls, Specific, "text_not_private", "Ce site ne peut pas fournir de connexion sécurisée"), // Chromium fr HEADING_INSECURE_CONNECTION
    r("Votre connexion n'est pas privée", Fr, Tls, Specific, "text_not_private", "Votre connexion n'est pas privée"), // Chromium fr SSL_V2_HEADING
    r("Vérifiez votre connexion Internet", Fr, Connection, Generic, "text_check_connection", "Vérifiez votre connexion Internet"), // Chromium fr SUGGESTION_CHECK_CONNECTION_HEADER
    // LobeChat's own error messages (what its users see and paste): lobehub/lobe-chat locales/fr-FR/error.json
    r("rencontrer des difficultés", Fr, ServerError, Generic, "text_server_error", "Désolé, le serveur semble rencontrer des difficultés et ne peut temporairement pas traiter votre requête. Veuillez réessayer plus tard"), // lobehub/lobe-chat locales/fr-FR/error.json response.500
    r("ne peut temporairement pas", Fr, ServerError, Generic, "text_server_error", "Désolé, le serveur semble perdu et ne peut temporairement pas fournir de service. Veuillez réessayer plus tard"), // lobehub/lobe-chat locales/fr-FR/error.json response.502
    r("pas reçu de réponse", Fr, Timeout, Specific, "text_gateway_timeout", "Désolé, le serveur n'a pas reçu de réponse de la part du serveur amont. Veuillez réessayer plus tard"), // lobehub/lobe-chat locales/fr-FR/error.json response.504
    r("a expiré en attendant", Fr, Timeout, Specific, "text_timeout", "Nous sommes désolés, le serveur a expiré en attendant une réponse, probablement en raison d'une réponse trop lente. Veuillez réessayer plus tard."), // lobehub/lobe-chat locales/fr-FR/error.json response.524
    r("données trop importante", Fr, TooLarge, Specific, "text_too_large", "Désolé, votre demande contient une quantité de données trop importante pour être traitée par le serveur"), // lobehub/lobe-chat locales/fr-FR/error.json response.413
    r("pas actuellement connecté", Fr, Auth, Specific, "text_sign_in", "Désolé, vous n'êtes pas actuellement connecté. Veuillez vous connecter ou vous inscrire avant de continuer."), // lobehub/lobe-chat locales/fr-FR/error.json response.InvalidClerkUser
    r("vous connecter pour", Fr, Auth, Specific, "text_sign_in", "Veuillez vous connecter pour utiliser cette fonctionnalité"), // lobehub/lobe-chat locales/fr-FR/error.json loginRequired.title
    // LobeHub's current wording: lobehub/lobehub locales/fr-FR/error.json
    r("rencontre des difficultés", Fr, ServerError, Generic, "text_server_error", "Désolé, le serveur rencontre des difficultés et ne peut pas traiter votre requête pour le moment. Veuillez réessayer plus tard."), // lobehub/lobehub locales/fr-FR/error.json response.500
    r("dépasse la capacité", Fr, TooLarge, Specific, "text_context_length", "Le contenu de la requête dépasse la capacité du modèle. Veuillez réduire le contenu et réessayer."), // lobehub/lobehub locales/fr-FR/error.json response.ExceededContextWindow
    r("interrompue de manière inattendue", Fr, StreamInterrupted, Specific, "text_stream_interrupted", "Nous sommes désolés, votre requête a été interrompue de manière inattendue, peut-être en raison d'une annulation ou d'une connexion instable. Veuillez vérifier votre réseau et réessayer."), // lobehub/lobehub locales/fr-FR/error.json response.499
];
