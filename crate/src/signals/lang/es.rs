//! Spanish: the browsers' error pages (Chromium's own translations, from the locale packs
//! of Chromium 156, `locales/<lang>.pak`: the message ids are in the comments) and the words the
//! chat apps use for their failures. Rows hold the stable part of a message (a host name
//! stands where Chromium puts one); the example is the whole message.
use super::super::text::{r, TextRow};
use super::super::Lang::Es;
use super::super::Strength::*;
use crate::diagnosis::Cause::*;

#[rustfmt::skip]
pub const ROWS: &[TextRow] = &[
    r("No se puede acceder a este sitio", Es, Connection, Specific, "text_unreachable", "No se puede acceder a este sitio web"), // Chromium es HEADING_NOT_AVAILABLE
    r("No se puede acceder a la página", Es, Connection, Specific, "text_unreachable", "No se puede acceder a la página chatgpt.com en este momento."), // Chromium es SUMMARY_CONNECTION_FAILED
    r("cambio de red", Es, Connection, Specific, "text_unable_to_connect", "Se ha detectado un cambio de red."), // Chromium es SUMMARY_NETWORK_CHANGED
    r("No tienes conexión", Es, Offline, Specific, "text_no_internet", "No tienes conexión"), // Chromium es HEADING_YOU_ARE_OFFLINE
    r("Tu organización no te permite ver", Es, BlockedLocally, Specific, "text_blocked_by_admin", "Tu organización no te permite ver este sitio"), // Chromium es SUMMARY_BLOCKED_BY_ADMINISTRATOR
    r("Tu acceso a Internet está bloqueado", Es, BlockedLocally, Specific, "text_firewall", "Tu acceso a Internet está bloqueado"), // Chromium es HEADING_NETWORK_ACCESS_DENIED
    r("Esta página no funciona", Es, ServerError, Generic, "text_server_error", "Esta página no funciona"), // Chromium es HEADING_PAGE_NOT_WORKING
    r("no puede procesar esta solicitud", Es, ServerError, Generic, "text_server_error", "La página chatgpt.com no puede procesar esta solicitud ahora."), // Chromium es SUMMARY_WEBSITE_CANNOT_HANDLE_REQUEST
    r("no ha enviado ningún dato", Es, Connection, Specific, "text_connection_reset", "chatgpt.com no ha enviado ningún dato."), // Chromium es SUMMARY_EMPTY_RESPONSE
    r("no puede proporcionar una conexión segura", Es, Tls, Specific, "text_not_private", "Este sitio web no puede proporcionar una conexión segura"), // Chromium es HEADING_INSECURE_CONNECTION
    r("La conexión no es privada", Es, Tls, Specific, "text_not_private", "La conexión no es privada"), // Chromium es SSL_V2_HEADING
    r("Comprueba tu conexión a Internet", Es, Connection, Generic, "text_check_connection", "Comprueba tu conexión a Internet"), // Chromium es SUGGESTION_CHECK_CONNECTION_HEADER
    r("tardó demasiado en responder", Es, Timeout, Generic, "text_timeout", "chatgpt.com tardó demasiado en responder."), // Chromium es-419 SUMMARY_TIMED_OUT
    r("Se bloqueó tu acceso a Internet", Es, BlockedLocally, Specific, "text_firewall", "Se bloqueó tu acceso a Internet"), // Chromium es-419 HEADING_NETWORK_ACCESS_DENIED
    r("no envió ningún dato", Es, Connection, Specific, "text_connection_reset", "chatgpt.com no envió ningún dato."), // Chromium es-419 SUMMARY_EMPTY_RESPONSE
    r("alta demanda", Es, Overloaded, Specific, "text_high_demand", "Estamos experimentando una alta demanda."), // app wording
    // LobeChat's own error messages (what its users see and paste): lobehub/lobe-chat locales/es-ES/error.json
    r("experimentando dificultades", Es, ServerError, Generic, "text_server_error", "Lo sentimos, el servidor parece estar experimentando dificultades y no puede completar su solicitud en este momento. Por favor, inténtelo de nuevo más tarde"), // lobehub/lobe-chat locales/es-ES/error.json response.500
    r("no puede proporcionar servicio", Es, ServerError, Generic, "text_server_error", "Lo sentimos, el servidor parece estar desorientado y no puede proporcionar servicio en este momento. Por favor, inténtelo de nuevo más tarde"), // lobehub/lobe-chat locales/es-ES/error.json response.502
    r("una sobrecarga", Es, Overloaded, Specific, "text_overloaded", "Lo sentimos, el servidor no puede procesar su solicitud en este momento, posiblemente debido a una sobrecarga o mantenimiento. Por favor, inténtelo de nuevo más tarde"), // lobehub/lobe-chat locales/es-ES/error.json response.503
    r("no recibió respuesta del servidor", Es, Timeout, Specific, "text_gateway_timeout", "Lo sentimos, el servidor no recibió respuesta del servidor upstream. Por favor, inténtelo de nuevo más tarde"), // lobehub/lobe-chat locales/es-ES/error.json response.504
    r("no has iniciado sesión", Es, Auth, Specific, "text_sign_in", "Lo siento mucho, actualmente no has iniciado sesión. Por favor, inicia sesión o regístrate antes de continuar."), // lobehub/lobe-chat locales/es-ES/error.json response.InvalidClerkUser
    r("inicie sesión para", Es, Auth, Specific, "text_sign_in", "Por favor, inicie sesión para utilizar esta función"), // lobehub/lobe-chat locales/es-ES/error.json loginRequired.title
    // LobeHub's current wording: lobehub/lobehub locales/es-ES/error.json
    r("teniendo dificultades", Es, ServerError, Generic, "text_server_error", "Lo sentimos, el servidor está teniendo dificultades. Inténtalo de nuevo más tarde."), // lobehub/lobehub locales/es-ES/error.json response.500
    r("son demasiado grandes", Es, TooLarge, Specific, "text_too_large", "Lo sentimos, los datos de tu solicitud son demasiado grandes para ser procesados."), // lobehub/lobehub locales/es-ES/error.json response.413
    r("límite del modelo", Es, TooLarge, Specific, "text_context_length", "El contenido de la solicitud excede el límite del modelo. Reduce el contenido e inténtalo de nuevo."), // lobehub/lobehub locales/es-ES/error.json response.ExceededContextWindow
    r("inicia sesión para", Es, Auth, Specific, "text_sign_in", "Inicia sesión para usar esta función"), // lobehub/lobehub locales/es-ES/error.json loginRequired.title
    r("interrumpida inesperadamente", Es, StreamInterrupted, Specific, "text_stream_interrupted", "Lo sentimos, tu solicitud fue interrumpida inesperadamente, posiblemente por cancelación o una conexión inestable."), // lobehub/lobehub locales/es-ES/error.json response.499
    r("la conexión de forma inesperada", Es, Connection, Specific, "text_connection_reset", "chatgpt.com ha cerrado la conexión de forma inesperada."), // Chromium es SUMMARY_CONNECTION_CLOSED
    r("límite de uso", Es, RateLimited, Specific, "text_usage_limit", "Has alcanzado el límite de uso de GPT-4o."), // app wording
];
