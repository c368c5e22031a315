//! Portuguese, Brazil (pt-BR) and Portugal (pt-PT): the browsers' error pages (Chromium's own translations, from the locale packs
//! of Chromium 156, `locales/<lang>.pak`: the message ids are in the comments) and the words the
//! chat apps use for their failures. Rows hold the stable part of a message (a host name
//! stands where Chromium puts one); the example is the whole message.
use super::super::text::{r, w, TextRow};
use super::super::Lang::Pt;
use super::super::Strength::*;
use crate::diagnosis::Cause::*;

#[rustfmt::skip]
pub const ROWS: &[TextRow] = &[
    r("não é possível acessar", Pt, Connection, Specific, "text_unreachable", "Não é possível acessar esse site"), // Chromium pt-BR HEADING_NOT_AVAILABLE
    r("demorou muito para responder", Pt, Timeout, Generic, "text_timeout", "chatgpt.com demorou muito para responder."), // Chromium pt-BR SUMMARY_TIMED_OUT
    r("A conexão foi redefinida", Pt, Connection, Specific, "text_connection_reset", "A conexão foi redefinida."), // Chromium pt-BR SUMMARY_CONNECTION_RESET
    r("encerrou a conexão inesperadamente", Pt, Connection, Specific, "text_connection_reset", "chatgpt.com encerrou a conexão inesperadamente."), // Chromium pt-BR SUMMARY_CONNECTION_CLOSED
    r("Foi detectada uma alteração na rede", Pt, Connection, Specific, "text_unable_to_connect", "Foi detectada uma alteração na rede."), // Chromium pt-BR SUMMARY_NETWORK_CHANGED
    r("A conexão foi interrompida", Pt, Connection, Specific, "text_connection_reset", "A conexão foi interrompida"), // Chromium pt-BR HEADING_CONNECTION_INTERRUPTED
    r("foi recusada", Pt, Connection, Specific, "text_connection_refused", "A conexão com chatgpt.com foi recusada."), // Chromium pt-BR SUMMARY_CONNECTION_REFUSED
    r("endereço IP do servidor", Pt, Dns, Specific, "text_dns", "Não foi possível encontrar o endereço IP do servidor de chatgpt.com."), // Chromium pt-BR SUMMARY_NAME_NOT_RESOLVED
    r("endereço DNS", Pt, Dns, Specific, "text_dns", "Não foi possível encontrar o endereço DNS de chatgpt.com. Diagnosticando o problema."), // Chromium pt-BR SUMMARY_DNS_PROBE_RUNNING
    r("Sem Internet", Pt, Offline, Specific, "text_no_internet", "Sem Internet"), // Chromium pt-BR HEADING_INTERNET_DISCONNECTED
    r("Você está off-line", Pt, Offline, Specific, "text_no_internet", "Você está off-line"), // Chromium pt-BR HEADING_YOU_ARE_OFFLINE
    r("Esta página foi bloqueada por uma", Pt, BlockedLocally, Specific, "text_blocked_by_extension", "Esta página foi bloqueada por uma extensão"), // Chromium pt-BR SUMMARY_BLOCKED_BY_EXTENSION
    r("Sua organização não permite que você", Pt, BlockedLocally, Specific, "text_blocked_by_admin", "Sua organização não permite que você acesse este site"), // Chromium pt-BR SUMMARY_BLOCKED_BY_ADMINISTRATOR
    r("acesso à Internet está bloqueado", Pt, BlockedLocally, Specific, "text_firewall", "O seu acesso à Internet está bloqueado"), // Chromium pt-BR HEADING_NETWORK_ACCESS_DENIED
    r("tenha bloqueado a conexão", Pt, BlockedLocally, Specific, "text_firewall", "É possível que o software antivírus ou o firewall tenha bloqueado a conexão."), // Chromium pt-BR SUMMARY_NETWORK_ACCESS_DENIED
    r("redirecionamento em excesso", Pt, StaleClient, Specific, "text_too_many_redirects", "Redirecionamento em excesso por chatgpt.com"), // Chromium pt-BR SUMMARY_TOO_MANY_REDIRECTS
    r("Esta página não está funcionando", Pt, ServerError, Generic, "text_server_error", "Esta página não está funcionando"), // Chromium pt-BR HEADING_PAGE_NOT_WORKING
    r("não consegue atender a esta solicitação", Pt, ServerError, Generic, "text_server_error", "chatgpt.com não consegue atender a esta solicitação no momento."), // Chromium pt-BR SUMMARY_WEBSITE_CANNOT_HANDLE_REQUEST
    r("Nenhum dado foi enviado por", Pt, Connection, Specific, "text_connection_reset", "Nenhum dado foi enviado por chatgpt.com"), // Chromium pt-BR SUMMARY_EMPTY_RESPONSE
    r("estabelecer uma conexão segura", Pt, Tls, Specific, "text_not_private", "Não foi possível estabelecer uma conexão segura com este site"), // Chromium pt-BR HEADING_INSECURE_CONNECTION
    r("Sua conexão não é particular", Pt, Tls, Specific, "text_not_private", "Sua conexão não é particular"), // Chromium pt-BR SSL_V2_HEADING
    r("Seu relógio está adiantado", Pt, Tls, Specific, "text_clock", "Seu relógio está adiantado"), // Chromium pt-BR CLOCK_ERROR_AHEAD_HEADING
    r("Seu relógio está atrasado", Pt, Tls, Specific, "text_clock", "Seu relógio está atrasado"), // Chromium pt-BR CLOCK_ERROR_BEHIND_HEADING
    r("Verifique sua conexão com a Internet", Pt, Connection, Generic, "text_check_connection", "Verifique sua conexão com a Internet"), // Chromium pt-BR SUGGESTION_CHECK_CONNECTION_HEADER
    r("não é possível aceder", Pt, Connection, Specific, "text_unreachable", "Não é possível aceder a este site"), // Chromium pt-PT HEADING_NOT_AVAILABLE
    r("demorou demasiado tempo a responder", Pt, Timeout, Generic, "text_timeout", "chatgpt.com demorou demasiado tempo a responder."), // Chromium pt-PT SUMMARY_TIMED_OUT
    r("A ligação foi reposta", Pt, Connection, Specific, "text_connection_reset", "A ligação foi reposta."), // Chromium pt-PT SUMMARY_CONNECTION_RESET
    r("fechou a ligação inesperadamente", Pt, Connection, Specific, "text_connection_reset", "chatgpt.com fechou a ligação inesperadamente."), // Chromium pt-PT SUMMARY_CONNECTION_CLOSED
    r("está inacessível de momento", Pt, Connection, Specific, "text_unreachable", "chatgpt.com está inacessível de momento."), // Chromium pt-PT SUMMARY_CONNECTION_FAILED
    r("Foi detetada uma alteração de rede", Pt, Connection, Specific, "text_unable_to_connect", "Foi detetada uma alteração de rede."), // Chromium pt-PT SUMMARY_NETWORK_CHANGED
    r("A ligação foi interrompida", Pt, Connection, Specific, "text_connection_reset", "A ligação foi interrompida"), // Chromium pt-PT HEADING_CONNECTION_INTERRUPTED
    r("recusou estabelecer ligação", Pt, Connection, Specific, "text_connection_refused", "chatgpt.com recusou estabelecer ligação."), // Chromium pt-PT SUMMARY_CONNECTION_REFUSED
    r("Está offline", Pt, Offline, Specific, "text_no_internet", "Está offline"), // Chromium pt-PT HEADING_YOU_ARE_OFFLINE
    r("A sua organização não lhe permite", Pt, BlockedLocally, Specific, "text_blocked_by_admin", "A sua organização não lhe permite ver este site"), // Chromium pt-PT SUMMARY_BLOCKED_BY_ADMINISTRATOR
    r("pode ter bloqueado a ligação", Pt, BlockedLocally, Specific, "text_firewall", "O software de firewall ou antivírus pode ter bloqueado a ligação."), // Chromium pt-PT SUMMARY_NETWORK_ACCESS_DENIED
    r("redirecionou-o demasiadas vezes", Pt, StaleClient, Specific, "text_too_many_redirects", "chatgpt.com redirecionou-o demasiadas vezes."), // Chromium pt-PT SUMMARY_TOO_MANY_REDIRECTS
    r("Esta página não está a funcionar", Pt, ServerError, Generic, "text_server_error", "Esta página não está a funcionar"), // Chromium pt-PT HEADING_PAGE_NOT_WORKING
    r("não consegue processar este pedido", Pt, ServerError, Generic, "text_server_error", "chatgpt.com não consegue processar este pedido de momento."), // Chromium pt-PT SUMMARY_WEBSITE_CANNOT_HANDLE_REQUEST
    r("não enviou quaisquer dados", Pt, Connection, Specific, "text_connection_reset", "chatgpt.com não enviou quaisquer dados."), // Chromium pt-PT SUMMARY_EMPTY_RESPONSE
    r("fornecer uma ligação segura", Pt, Tls, Specific, "text_not_private", "Este site não consegue fornecer uma ligação segura"), // Chromium pt-PT HEADING_INSECURE_CONNECTION
    r("A sua ligação não é privada", Pt, Tls, Specific, "text_not_private", "A sua ligação não é privada"), // Chromium pt-PT SSL_V2_HEADING
    r("Rever a ligação à Internet", Pt, Connection, Generic, "text_check_connection", "Rever a ligação à Internet"), // Chromium pt-PT SUGGESTION_CHECK_CONNECTION_HEADER
    r("algo deu errado", Pt, ServerError, Generic, "text_something_went_wrong", "Algo deu errado. Se o problema persistir, entre em contato conosco."), // app wording
    r("ocorreu um erro", Pt, ServerError, Generic, "text_error_occurred", "Ocorreu um erro. Tente novamente."), // app wording
    r("erro de rede", Pt, Connection, Generic, "text_network_error", "Erro de rede"), // app wording
    r("muitas solicitações", Pt, RateLimited, Specific, "text_too_many_requests", "Muitas solicitações em 1 hora. Tente novamente mais tarde."), // app wording
    r("demasiados pedidos", Pt, RateLimited, Specific, "text_too_many_requests", "Demasiados pedidos. Tente mais tarde."), // app wording
    r("atingiu o limite", Pt, RateLimited, Specific, "text_usage_limit", "Você atingiu o limite de mensagens."), // app wording
    r("sessão expirou", Pt, Auth, Specific, "text_session_expired", "Sua sessão expirou. Faça login novamente."), // app wording
    r("sessão expirada", Pt, Auth, Specific, "text_session_expired", "Sessão expirada"), // app wording
    r("muito longa", Pt, TooLarge, Specific, "text_too_long", "A mensagem é muito longa."), // app wording
    r("você é humano", Pt, Blocked, Specific, "text_challenge", "Confirme que você é humano"), // app wording
    r("em manutenção", Pt, Outage, Specific, "text_maintenance", "O serviço está em manutenção."), // app wording
    r("erro interno do servidor", Pt, ServerError, Specific, "text_internal_server_error", "500 Erro interno do servidor"), // app wording
    r("tempo limite", Pt, Timeout, Generic, "text_timeout", "O tempo limite da solicitação foi atingido."), // app wording
    r("sobrecarregad", Pt, Overloaded, Specific, "text_overloaded", "O servidor está sobrecarregado."), // app wording
    // LobeChat's own error messages (what its users see and paste): lobehub/lobe-chat locales/pt-BR/error.json
    r("muito frequente", Pt, RateLimited, Specific, "text_too_many_requests", "Desculpe, sua solicitação é muito frequente e o servidor está um pouco sobrecarregado, por favor, tente novamente mais tarde"), // lobehub/lobe-chat locales/pt-BR/error.json response.429
    r("enfrentando algumas dificuldades", Pt, ServerError, Generic, "text_server_error", "Desculpe, o servidor parece estar enfrentando algumas dificuldades e não pode concluir sua solicitação no momento. Por favor, tente novamente mais tarde"), // lobehub/lobe-chat locales/pt-BR/error.json response.500
    r("temporariamente indisponível", Pt, Overloaded, Generic, "text_service_unavailable", "Desculpe, o servidor parece estar temporariamente indisponível. Por favor, tente novamente mais tarde"), // lobehub/lobe-chat locales/pt-BR/error.json response.502
    r("devido a sobrecarga", Pt, Overloaded, Specific, "text_overloaded", "Desculpe, o servidor não pode processar sua solicitação no momento, possivelmente devido a sobrecarga ou manutenção. Por favor, tente novamente mais tarde"), // lobehub/lobe-chat locales/pt-BR/error.json response.503
    r("não recebeu resposta do servidor", Pt, Timeout, Specific, "text_gateway_timeout", "Desculpe, o servidor não recebeu resposta do servidor upstream. Por favor, tente novamente mais tarde"), // lobehub/lobe-chat locales/pt-BR/error.json response.504
    r("excedeu o tempo de espera", Pt, Timeout, Specific, "text_timeout", "Desculpe, o servidor excedeu o tempo de espera enquanto aguardava uma resposta, possivelmente devido a uma resposta lenta. Por favor, tente novamente mais tarde."), // lobehub/lobe-chat locales/pt-BR/error.json response.524
    r("dados muito grande", Pt, TooLarge, Specific, "text_too_large", "Desculpe, sua solicitação contém uma quantidade de dados muito grande e o servidor não pode processá-la"), // lobehub/lobe-chat locales/pt-BR/error.json response.413
    r("autenticação inválida", Pt, Auth, Specific, "text_unauthorized", "Desculpe, o servidor recusou sua solicitação, possivelmente devido à falta de permissão ou autenticação inválida"), // lobehub/lobe-chat locales/pt-BR/error.json response.401
    r("excede o comprimento", Pt, TooLarge, Specific, "text_context_length", "O conteúdo da solicitação atual excede o comprimento que o modelo pode processar. Por favor, reduza a quantidade de conteúdo e tente novamente."), // lobehub/lobe-chat locales/pt-BR/error.json response.ExceededContextWindow
    r("não fez login", Pt, Auth, Specific, "text_sign_in", "Desculpe, você ainda não fez login. Por favor, faça login ou registre uma conta antes de continuar."), // lobehub/lobe-chat locales/pt-BR/error.json response.InvalidClerkUser
    r("faça login para", Pt, Auth, Specific, "text_sign_in", "Por favor, faça login para usar esta função"), // lobehub/lobe-chat locales/pt-BR/error.json loginRequired.title
    // LobeHub's current wording: lobehub/lobehub locales/pt-BR/error.json
    r("muita frequência", Pt, RateLimited, Specific, "text_too_many_requests", "Desculpe, você está fazendo solicitações com muita frequência. Tente novamente mais tarde."), // lobehub/lobehub locales/pt-BR/error.json response.429
    r("enfrentando dificuldades", Pt, ServerError, Generic, "text_server_error", "Desculpe, o servidor está enfrentando dificuldades e não pode concluir sua solicitação no momento. Tente novamente mais tarde."), // lobehub/lobehub locales/pt-BR/error.json response.500
    r("demorou para responder", Pt, Timeout, Specific, "text_timeout", "Pedimos desculpas, o servidor demorou para responder. Tente novamente mais tarde."), // lobehub/lobehub locales/pt-BR/error.json response.524
    r("são muito grandes", Pt, TooLarge, Specific, "text_too_large", "Desculpe, os dados da solicitação são muito grandes para o servidor processar."), // lobehub/lobehub locales/pt-BR/error.json response.413
    w("cota", Pt, RateLimited, Specific, "text_quota", "Desculpe, a cota desta chave foi atingida. Verifique o saldo da conta ou aumente a cota."), // lobehub/lobehub locales/pt-BR/error.json response.InsufficientQuota
    r("limite que o modelo", Pt, TooLarge, Specific, "text_context_length", "O conteúdo da solicitação excede o limite que o modelo pode processar. Reduza o conteúdo e tente novamente."), // lobehub/lobehub locales/pt-BR/error.json response.ExceededContextWindow
    r("interrompida inesperadamente", Pt, StreamInterrupted, Specific, "text_stream_interrupted", "Pedimos desculpas, sua solicitação foi interrompida inesperadamente, possivelmente por cancelamento ou conexão instável. Verifique sua rede e tente novamente."), // lobehub/lobehub locales/pt-BR/error.json response.499
];
