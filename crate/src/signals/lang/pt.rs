//! Portuguese, Brazil (pt-BR) and Portugal (pt-PT): the browsers' error pages (Chromium's own translations, from the locale packs
//! of Chromium 156, `locales/<lang>.pak`: the message ids are in the comments) and the words the
//! chat apps use for their failures. Rows hold the stable part of a message (a host name
//! stands where Chromium puts one); the example is the whole message.
use super::super::text::{r, TextRow};
use super::super::Lang::Pt;
use super::super::Strength::*;
use crate::diagnosis::Cause::*;

#[rustfmt::skip]
pub const ROWS: &[TextRow] = &[
    r("não é possível acessar", Pt, Connection, Specific, "text_unreachable", "Não é possível acessar esse site"), // Chromium pt-BR HEADING_NOT_AVAILABLE
    r("encerrou a conexão inesperadamente", Pt, Connection, Specific, "text_connection_reset", "chatgpt.com encerrou a conexão inesperadamente."), // Chromium pt-BR SUMMARY_CONNECTION_CLOSED
    r("Foi detectada uma alteração na rede", Pt, Connection, Specific, "text_unable_to_connect", "Foi detectada uma alteração na rede."), // Chromium pt-BR SUMMARY_NETWORK_CHANGED
    r("Você está off-line", Pt, Offline, Specific, "text_no_internet", "Você está off-line"), // Chromium pt-BR HEADING_YOU_ARE_OFFLINE
    r("Sua organização não permite que você", Pt, BlockedLocally, Specific, "text_blocked_by_admin", "Sua organização não permite que você acesse este site"), // Chromium pt-BR SUMMARY_BLOCKED_BY_ADMINISTRATOR
    r("acesso à Internet está bloqueado", Pt, BlockedLocally, Specific, "text_firewall", "O seu acesso à Internet está bloqueado"), // Chromium pt-BR HEADING_NETWORK_ACCESS_DENIED
    r("Esta página não está funcionando", Pt, ServerError, Generic, "text_server_error", "Esta página não está funcionando"), // Chromium pt-BR HEADING_PAGE_NOT_WORKING
    r("não consegue atender a esta solicitação", Pt, ServerError, Generic, "text_server_error", "chatgpt.com não consegue atender a esta solicitação no momento."), // Chromium pt-BR SUMMARY_WEBSITE_CANNOT_HANDLE_REQUEST
    r("Nenhum dado foi enviado por", Pt, Connection, Specific, "text_connection_reset", "Nenhum dado foi enviado por chatgpt.com"), // Chromium pt-BR SUMMARY_EMPTY_RESPONSE
    r("Sua conexão não é particular", Pt, Tls, Specific, "text_not_private", "Sua conexão não é particular"), // Chromium pt-BR SSL_V2_HEADING
    r("Verifique sua conexão com a Internet", Pt, Connection, Generic, "text_check_connection", "Verifique sua conexão com a Internet"), // Chromium pt-BR SUGGESTION_CHECK_CONNECTION_HEADER
    r("não é possível aceder", Pt, Connection, Specific, "text_unreachable", "Não é possível aceder a este site"), // Chromium pt-PT HEADING_NOT_AVAILABLE
    r("fechou a ligação inesperadamente", Pt, Connection, Specific, "text_connection_reset", "chatgpt.com fechou a ligação inesperadamente."), // Chromium pt-PT SUMMARY_CONNECTION_CLOSED
    r("está inacessível de momento", Pt, Connection, Specific, "text_unreachable", "chatgpt.com está inacessível de momento."), // Chromium pt-PT SUMMARY_CONNECTION_FAILED
    r("Foi detetada uma alteração de rede", Pt, Connection, Specific, "text_unable_to_connect", "Foi detetada uma alteração de rede."), // Chromium pt-PT SUMMARY_NETWORK_CHANGED
    r("recusou estabelecer ligação", Pt, Connection, Specific, "text_connection_refused", "chatgpt.com recusou estabelecer ligação."), // Chromium pt-PT SUMMARY_CONNECTION_REFUSED
    r("A sua organização não lhe permite", Pt, BlockedLocally, Specific, "text_blocked_by_admin", "A sua organização não lhe permite ver este site"), // Chromium pt-PT SUMMARY_BLOCKED_BY_ADMINISTRATOR
    r("Esta página não está a funcionar", Pt, ServerError, Generic, "text_server_error", "Esta página não está a funcionar"), // Chromium pt-PT HEADING_PAGE_NOT_WORKING
    r("não consegue processar este pedido", Pt, ServerError, Generic, "text_server_error", "chatgpt.com não consegue processar este pedido de momento."), // Chromium pt-PT SUMMARY_WEBSITE_CANNOT_HANDLE_REQUEST
    r("não enviou quaisquer dados", Pt, Connection, Specific, "text_connection_reset", "chatgpt.com não enviou quaisquer dados."), // Chromium pt-PT SUMMARY_EMPTY_RESPONSE
    r("A sua ligação não é privada", Pt, Tls, Specific, "text_not_private", "A sua ligação não é privada"), // Chromium pt-PT SSL_V2_HEADING
    r("Rever a ligação à Internet", Pt, Connection, Generic, "text_check_connection", "Rever a ligação à Internet"), // Chromium pt-PT SUGGESTION_CHECK_CONNECTION_HEADER
    // LobeChat's own error messages (what its users see and paste): lobehub/lobe-chat locales/pt-BR/error.json
    r("enfrentando algumas dificuldades", Pt, ServerError, Generic, "text_server_error", "Desculpe, o servidor parece estar enfrentando algumas dificuldades e não pode concluir sua solicitação no momento. Por favor, tente novamente mais tarde"), // lobehub/lobe-chat locales/pt-BR/error.json response.500
    r("devido a sobrecarga", Pt, Overloaded, Specific, "text_overloaded", "Desculpe, o servidor não pode processar sua solicitação no momento, possivelmente devido a sobrecarga ou manutenção. Por favor, tente novamente mais tarde"), // lobehub/lobe-chat locales/pt-BR/error.json response.503
    r("não recebeu resposta do servidor", Pt, Timeout, Specific, "text_gateway_timeout", "Desculpe, o servidor não recebeu resposta do servidor upstream. Por favor, tente novamente mais tarde"), // lobehub/lobe-chat locales/pt-BR/error.json response.504
    r("não fez login", Pt, Auth, Specific, "text_sign_in", "Desculpe, você ainda não fez login. Por favor, faça login ou registre uma conta antes de continuar."), // lobehub/lobe-chat locales/pt-BR/error.json response.InvalidClerkUser
    r("faça login para", Pt, Auth, Specific, "text_sign_in", "Por favor, faça login para usar esta função"), // lobehub/lobe-chat locales/pt-BR/error.json loginRequired.title
    // LobeHub's current wording: lobehub/lobehub locales/pt-BR/error.json
    r("muita frequência", Pt, RateLimited, Specific, "text_too_many_requests", "Desculpe, você está fazendo solicitações com muita frequência. Tente novamente mais tarde."), // lobehub/lobehub locales/pt-BR/error.json response.429
    r("enfrentando dificuldades", Pt, ServerError, Generic, "text_server_error", "Desculpe, o servidor está enfrentando dificuldades e não pode concluir sua solicitação no momento. Tente novamente mais tarde."), // lobehub/lobehub locales/pt-BR/error.json response.500
    r("demorou para responder", Pt, Timeout, Specific, "text_timeout", "Pedimos desculpas, o servidor demorou para responder. Tente novamente mais tarde."), // lobehub/lobehub locales/pt-BR/error.json response.524
    r("são muito grandes", Pt, TooLarge, Specific, "text_too_large", "Desculpe, os dados da solicitação são muito grandes para o servidor processar."), // lobehub/lobehub locales/pt-BR/error.json response.413
    r("limite que o modelo", Pt, TooLarge, Specific, "text_context_length", "O conteúdo da solicitação excede o limite que o modelo pode processar. Reduza o conteúdo e tente novamente."), // lobehub/lobehub locales/pt-BR/error.json response.ExceededContextWindow
    r("interrompida inesperadamente", Pt, StreamInterrupted, Specific, "text_stream_interrupted", "Pedimos desculpas, sua solicitação foi interrompida inesperadamente, possivelmente por cancelamento ou conexão instável. Verifique sua rede e tente novamente."), // lobehub/lobehub locales/pt-BR/error.json response.499
];
