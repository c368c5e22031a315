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
    r("ha tardado demasiado tiempo en responder", Es, Timeout, Generic, "text_timeout", "chatgpt.com ha tardado demasiado tiempo en responder."), // Chromium es SUMMARY_TIMED_OUT
    r("Se ha restablecido la conexión", Es, Connection, Specific, "text_connection_reset", "Se ha restablecido la conexión."), // Chromium es SUMMARY_CONNECTION_RESET
    r("la conexión de forma inesperada", Es, Connection, Specific, "text_connection_reset", "chatgpt.com ha cerrado la conexión de forma inesperada."), // Chromium es SUMMARY_CONNECTION_CLOSED
    r("No se puede acceder a la página", Es, Connection, Specific, "text_unreachable", "No se puede acceder a la página chatgpt.com en este momento."), // Chromium es SUMMARY_CONNECTION_FAILED
    r("cambio de red", Es, Connection, Specific, "text_unable_to_connect", "Se ha detectado un cambio de red."), // Chromium es SUMMARY_NETWORK_CHANGED
    r("Se ha interrumpido la conexión", Es, Connection, Specific, "text_connection_reset", "Se ha interrumpido la conexión"), // Chromium es HEADING_CONNECTION_INTERRUPTED
    r("ha rechazado la conexión", Es, Connection, Specific, "text_connection_refused", "La página chatgpt.com ha rechazado la conexión."), // Chromium es SUMMARY_CONNECTION_REFUSED
    r("dirección IP del servidor", Es, Dns, Specific, "text_dns", "No se ha podido encontrar la dirección IP del servidor de chatgpt.com."), // Chromium es SUMMARY_NAME_NOT_RESOLVED
    r("dirección DNS", Es, Dns, Specific, "text_dns", "No se ha podido encontrar la dirección DNS de la página chatgpt.com. Se está diagnosticando el problema."), // Chromium es SUMMARY_DNS_PROBE_RUNNING
    r("Sin conexión a Internet", Es, Offline, Specific, "text_no_internet", "Sin conexión a Internet"), // Chromium es HEADING_INTERNET_DISCONNECTED
    r("No tienes conexión", Es, Offline, Specific, "text_no_internet", "No tienes conexión"), // Chromium es HEADING_YOU_ARE_OFFLINE
    r("servidor proxy", Es, Proxy, Specific, "text_proxy", "Se ha producido un error con el servidor proxy o la dirección es incorrecta."), // Chromium es SUMMARY_PROXY_CONNECTION_FAILED
    r("Una extensión ha bloqueado esta página", Es, BlockedLocally, Specific, "text_blocked_by_extension", "Una extensión ha bloqueado esta página"), // Chromium es SUMMARY_BLOCKED_BY_EXTENSION
    r("Tu organización no te permite ver", Es, BlockedLocally, Specific, "text_blocked_by_admin", "Tu organización no te permite ver este sitio"), // Chromium es SUMMARY_BLOCKED_BY_ADMINISTRATOR
    r("Tu acceso a Internet está bloqueado", Es, BlockedLocally, Specific, "text_firewall", "Tu acceso a Internet está bloqueado"), // Chromium es HEADING_NETWORK_ACCESS_DENIED
    r("bloqueado la conexión", Es, BlockedLocally, Specific, "text_firewall", "Puede que el cortafuegos o el software antivirus hayan bloqueado la conexión."), // Chromium es SUMMARY_NETWORK_ACCESS_DENIED
    r("te ha redirigido demasiadas veces", Es, StaleClient, Specific, "text_too_many_redirects", "La página chatgpt.com te ha redirigido demasiadas veces."), // Chromium es SUMMARY_TOO_MANY_REDIRECTS
    r("Esta página no funciona", Es, ServerError, Generic, "text_server_error", "Esta página no funciona"), // Chromium es HEADING_PAGE_NOT_WORKING
    r("no puede procesar esta solicitud", Es, ServerError, Generic, "text_server_error", "La página chatgpt.com no puede procesar esta solicitud ahora."), // Chromium es SUMMARY_WEBSITE_CANNOT_HANDLE_REQUEST
    r("no ha enviado ningún dato", Es, Connection, Specific, "text_connection_reset", "chatgpt.com no ha enviado ningún dato."), // Chromium es SUMMARY_EMPTY_RESPONSE
    r("no puede proporcionar una conexión segura", Es, Tls, Specific, "text_not_private", "Este sitio web no puede proporcionar una conexión segura"), // Chromium es HEADING_INSECURE_CONNECTION
    r("La conexión no es privada", Es, Tls, Specific, "text_not_private", "La conexión no es privada"), // Chromium es SSL_V2_HEADING
    r("Tu reloj está adelantado", Es, Tls, Specific, "text_clock", "Tu reloj está adelantado"), // Chromium es CLOCK_ERROR_AHEAD_HEADING
    r("Tu reloj está atrasado", Es, Tls, Specific, "text_clock", "Tu reloj está atrasado"), // Chromium es CLOCK_ERROR_BEHIND_HEADING
    r("Comprueba tu conexión a Internet", Es, Connection, Generic, "text_check_connection", "Comprueba tu conexión a Internet"), // Chromium es SUGGESTION_CHECK_CONNECTION_HEADER
    r("tardó demasiado en responder", Es, Timeout, Generic, "text_timeout", "chatgpt.com tardó demasiado en responder."), // Chromium es-419 SUMMARY_TIMED_OUT
    r("Se interrumpió la conexión", Es, Connection, Specific, "text_connection_reset", "Se interrumpió la conexión"), // Chromium es-419 HEADING_CONNECTION_INTERRUPTED
    r("rechazó la conexión", Es, Connection, Specific, "text_connection_refused", "chatgpt.com rechazó la conexión."), // Chromium es-419 SUMMARY_CONNECTION_REFUSED
    r("Sin Internet", Es, Offline, Specific, "text_no_internet", "Sin Internet"), // Chromium es-419 HEADING_INTERNET_DISCONNECTED
    r("Una extensión bloqueó esta página", Es, BlockedLocally, Specific, "text_blocked_by_extension", "Una extensión bloqueó esta página"), // Chromium es-419 SUMMARY_BLOCKED_BY_EXTENSION
    r("Se bloqueó tu acceso a Internet", Es, BlockedLocally, Specific, "text_firewall", "Se bloqueó tu acceso a Internet"), // Chromium es-419 HEADING_NETWORK_ACCESS_DENIED
    r("te redireccionó demasiadas veces", Es, StaleClient, Specific, "text_too_many_redirects", "chatgpt.com te redireccionó demasiadas veces."), // Chromium es-419 SUMMARY_TOO_MANY_REDIRECTS
    r("no envió ningún dato", Es, Connection, Specific, "text_connection_reset", "chatgpt.com no envió ningún dato."), // Chromium es-419 SUMMARY_EMPTY_RESPONSE
    r("El reloj está adelantado", Es, Tls, Specific, "text_clock", "El reloj está adelantado"), // Chromium es-419 CLOCK_ERROR_AHEAD_HEADING
    r("El reloj está atrasado", Es, Tls, Specific, "text_clock", "El reloj está atrasado"), // Chromium es-419 CLOCK_ERROR_BEHIND_HEADING
    r("algo salió mal", Es, ServerError, Generic, "text_something_went_wrong", "Parece que algo salió mal."), // app wording
    r("se ha producido un error", Es, ServerError, Generic, "text_error_occurred", "Se ha producido un error. Inténtalo de nuevo."), // app wording
    r("se produjo un error", Es, ServerError, Generic, "text_error_occurred", "Se produjo un error al generar una respuesta."), // app wording
    r("ocurrió un error", Es, ServerError, Generic, "text_error_occurred", "Ocurrió un error inesperado."), // app wording
    r("error de red", Es, Connection, Generic, "text_network_error", "Error de red"), // app wording
    r("demasiadas solicitudes", Es, RateLimited, Specific, "text_too_many_requests", "Demasiadas solicitudes en 1 hora. Inténtalo de nuevo más tarde."), // app wording
    r("límite de uso", Es, RateLimited, Specific, "text_usage_limit", "Has alcanzado el límite de uso de GPT-4o."), // app wording
    r("alcanzado el límite", Es, RateLimited, Specific, "text_usage_limit", "Has alcanzado el límite de mensajes."), // app wording
    r("sesión ha caducado", Es, Auth, Specific, "text_session_expired", "Tu sesión ha caducado. Vuelve a iniciar sesión."), // app wording
    r("sesión ha expirado", Es, Auth, Specific, "text_session_expired", "Tu sesión ha expirado."), // app wording
    r("demasiado largo", Es, TooLarge, Specific, "text_too_long", "El mensaje es demasiado largo."), // app wording
    r("alta demanda", Es, Overloaded, Specific, "text_high_demand", "Estamos experimentando una alta demanda."), // app wording
    r("está ocupado", Es, Overloaded, Specific, "text_server_busy", "El servidor está ocupado, inténtalo más tarde."), // app wording
    r("ser humano", Es, Blocked, Specific, "text_challenge", "Verifique que es un ser humano"), // app wording
    r("en mantenimiento", Es, Outage, Specific, "text_maintenance", "El servicio está en mantenimiento."), // app wording
    r("error interno del servidor", Es, ServerError, Specific, "text_internal_server_error", "500 Error interno del servidor"), // app wording
    r("tiempo de espera", Es, Timeout, Generic, "text_timeout", "Se agotó el tiempo de espera de la solicitud."), // app wording
    // LobeChat's own error messages (what its users see and paste): lobehub/lobe-chat locales/es-ES/error.json
    r("experimentando dificultades", Es, ServerError, Generic, "text_server_error", "Lo sentimos, el servidor parece estar experimentando dificultades y no puede completar su solicitud en este momento. Por favor, inténtelo de nuevo más tarde"), // lobehub/lobe-chat locales/es-ES/error.json response.500
    r("no puede proporcionar servicio", Es, ServerError, Generic, "text_server_error", "Lo sentimos, el servidor parece estar desorientado y no puede proporcionar servicio en este momento. Por favor, inténtelo de nuevo más tarde"), // lobehub/lobe-chat locales/es-ES/error.json response.502
    r("una sobrecarga", Es, Overloaded, Specific, "text_overloaded", "Lo sentimos, el servidor no puede procesar su solicitud en este momento, posiblemente debido a una sobrecarga o mantenimiento. Por favor, inténtelo de nuevo más tarde"), // lobehub/lobe-chat locales/es-ES/error.json response.503
    r("no recibió respuesta del servidor", Es, Timeout, Specific, "text_gateway_timeout", "Lo sentimos, el servidor no recibió respuesta del servidor upstream. Por favor, inténtelo de nuevo más tarde"), // lobehub/lobe-chat locales/es-ES/error.json response.504
    r("solicitud es demasiado grande", Es, TooLarge, Specific, "text_too_large", "Lo sentimos, su solicitud es demasiado grande para ser procesada por el servidor"), // lobehub/lobe-chat locales/es-ES/error.json response.413
    r("autenticación válida", Es, Auth, Specific, "text_unauthorized", "Lo sentimos, el servidor ha rechazado su solicitud, posiblemente debido a permisos insuficientes o falta de autenticación válida"), // lobehub/lobe-chat locales/es-ES/error.json response.401
    r("no has iniciado sesión", Es, Auth, Specific, "text_sign_in", "Lo siento mucho, actualmente no has iniciado sesión. Por favor, inicia sesión o regístrate antes de continuar."), // lobehub/lobe-chat locales/es-ES/error.json response.InvalidClerkUser
    r("inicie sesión para", Es, Auth, Specific, "text_sign_in", "Por favor, inicie sesión para utilizar esta función"), // lobehub/lobe-chat locales/es-ES/error.json loginRequired.title
    // LobeHub's current wording: lobehub/lobehub locales/es-ES/error.json
    r("teniendo dificultades", Es, ServerError, Generic, "text_server_error", "Lo sentimos, el servidor está teniendo dificultades. Inténtalo de nuevo más tarde."), // lobehub/lobehub locales/es-ES/error.json response.500
    r("fuera de servicio", Es, Overloaded, Generic, "text_service_unavailable", "Lo sentimos, el servidor está temporalmente fuera de servicio. Inténtalo más tarde."), // lobehub/lobehub locales/es-ES/error.json response.502
    r("son demasiado grandes", Es, TooLarge, Specific, "text_too_large", "Lo sentimos, los datos de tu solicitud son demasiado grandes para ser procesados."), // lobehub/lobehub locales/es-ES/error.json response.413
    r("autenticación inválida", Es, Auth, Specific, "text_unauthorized", "Lo sentimos, el servidor rechazó tu solicitud, posiblemente por permisos insuficientes o autenticación inválida."), // lobehub/lobehub locales/es-ES/error.json response.401
    r("alcanzado la cuota", Es, RateLimited, Specific, "text_quota", "Lo sentimos, se ha alcanzado la cuota de esta clave. Verifica tu saldo o aumenta la cuota."), // lobehub/lobehub locales/es-ES/error.json response.InsufficientQuota
    r("límite del modelo", Es, TooLarge, Specific, "text_context_length", "El contenido de la solicitud excede el límite del modelo. Reduce el contenido e inténtalo de nuevo."), // lobehub/lobehub locales/es-ES/error.json response.ExceededContextWindow
    r("inicia sesión para", Es, Auth, Specific, "text_sign_in", "Inicia sesión para usar esta función"), // lobehub/lobehub locales/es-ES/error.json loginRequired.title
    r("interrumpida inesperadamente", Es, StreamInterrupted, Specific, "text_stream_interrupted", "Lo sentimos, tu solicitud fue interrumpida inesperadamente, posiblemente por cancelación o una conexión inestable."), // lobehub/lobehub locales/es-ES/error.json response.499
];
