// Shared JSDoc types: the contract (../shared/spec/diagnosis.md) as the extension sees it,
// and the messages between the extension's parts. Types only; nothing runs here.

/**
 * @typedef {'operational'|'degraded'|'partial_outage'|'major_outage'|'maintenance'|'unknown'} ProviderLevel
 * @typedef {'statuspage'|'incidentio'|'google'|'instatus'|'betterstack'|'rss'|'none'} FeedFormat
 *   the registry's `statusFeed.format` (crate/src/sites.rs `FeedFormat`), what `parseStatusFeed` reads
 * @typedef {{level: ProviderLevel, incident?: string|null, incidentUrl?: string|null, since?: string|null, affected?: string[]}} ProviderStatus
 * @typedef {object} FeedState   what a site's status feed says now (background/provider.js)
 * @property {'none'|'ok'|'unavailable'|'permission'} kind   no feed; read; could not be read; its host is not granted yet
 * @property {string} [origin]      the feed's origin pattern, to ask for (kind `permission`)
 * @property {number} at            when it was read (ms)
 * @property {string} [url]         the feed's URL
 * @property {ProviderStatus} [status]
 * @property {string} [etag]
 * @property {string} [lastModified]
 * @property {string} [problem]     why it could not be read
 *
 * @typedef {{site?: boolean, status?: boolean, other?: boolean}} Reach   what answered a reachability check
 * @typedef {{role: 'site'|'status'|'other', origin: string, answered: boolean, ms: number}} ReachTarget
 * @typedef {'page'|'api'|'stream'} RequestKind
 *
 * @typedef {object} Evidence
 * @property {string} [url]
 * @property {string} [site]
 * @property {string} [text]
 * @property {string} [body]            a failed backend response's body (bounded), read by the core
 * @property {number} [httpStatus]
 * @property {string} [netError]
 * @property {string} [retryAfter]
 * @property {boolean} [online]
 * @property {boolean} [proxy]
 * @property {ProviderStatus} [provider]
 * @property {RequestKind} [requestKind]
 * @property {Reach} [reach]            what answered a reachability check
 * @property {number} [now]             ms since the epoch
 * @property {number} [tzOffsetMinutes] local time = UTC + this many minutes
 * @property {string} [sensor]          which sensor saw it (an incident's parts; the core ignores it)
 *
 * @typedef {object} Diagnosis
 * @property {string} cause
 * @property {'service'|'network'|'device'|'account'|'request'|'unknown'} side
 * @property {number} confidence
 * @property {string|null} site
 * @property {string[]} fixes
 * @property {{advised: boolean, afterMs?: number|null}} retry
 * @property {string[]} why
 * @property {string[]} [conflicts]
 * @property {string} [badge]
 * @property {string|null} [statusPage]
 * @property {boolean} [checkReach]   a connection failure no reachability check has looked into
 *
 * @typedef {object} Site
 * @property {string} id
 * @property {string} name
 * @property {string} [provider]
 * @property {string[]} hosts
 * @property {string|null} [pathPrefix]
 * @property {string[]} pagePatterns
 * @property {string[]} apiPatterns
 * @property {string|null} [statusPage]
 * @property {{format: FeedFormat, url?: string|null, component?: string|null, onSharedHost?: boolean}|null} [statusFeed]
 * @property {boolean} [onSharedHost]   its pages live on a shared host (github.com, huggingface.co): asked at use
 * @property {string|null} [signInUrl]
 * @property {string|null} [helpUrl]
 * @property {string|null} [newChatUrl]
 * @property {boolean} [hasModelPicker]
 * @property {string[]} [errorSelectors]
 * @property {string[]} [retrySelectors]        the site's own retry/regenerate button of a failed answer
 * @property {string[]} [answerSelectors]       the assistant's answers (never an error the app drew)
 * @property {string[]} [userMessageSelectors]  the user's own messages
 * @property {string[]} [toastSelectors]        overlay and toast containers
 * @property {string[]} [streamPatterns]        match patterns of the request that carries the answer
 * @property {string[]} [composerSelectors]
 * @property {number|null} [reachOtherRank]    1 first: its host may be the "other" of a reachability check
 *
 * @typedef {{id: string, side: string, example: string}} CauseEntry
 *
 * @typedef {object} Vocabulary   every id the core can emit (`chatmedic vocabulary`)
 * @property {CauseEntry[]} causes
 * @property {string[]} sides
 * @property {string[]} fixes
 * @property {string[]} why
 * @property {string[]} whyFamilies
 * @property {string[]} stopReasons  why auto-refresh's schedule stops
 *
 * @typedef {object} Incident   what the worker remembers about a failing tab
 * @property {number} tabId
 * @property {string} url
 * @property {string|null} site
 * @property {Evidence} evidence
 * @property {Diagnosis} diagnosis
 * @property {number} firstSeen  ms since the epoch
 * @property {number} lastSeen
 * @property {number} count      how many times this failure was seen
 * @property {string[]} tried    fixes the user ran from chatmedic, in order
 * @property {Evidence[]} [parts] what each sensor saw of this incident (combined into `evidence`)
 *
 * @typedef {object} ScheduleInput   auto-refresh's decision input (shared/spec/auto-refresh.md)
 * @property {string} cause
 * @property {number} [attempt]
 * @property {number} [sinceFirstFailureMs]
 * @property {number} [retryAfterMs]
 * @property {ProviderLevel} [provider]
 * @property {number} [providerResolvedMs]
 * @property {number} [random]
 *
 * @typedef {{action: 'retry', afterMs: number} | {action: 'stop', reason: string}} ScheduleDecision
 *
 * @typedef {object} Run   one auto-refresh run: the retries of one tab's incident
 * @property {string} site
 * @property {string} url          the page that failed: what a retry loads again
 * @property {string} cause
 * @property {'waiting'|'retrying'|'paused'|'done'|'stopped'} status
 * @property {number} attempt      retries made so far
 * @property {number} firstFailureAt
 * @property {number} [nextAt]     when the next retry is due (waiting)
 * @property {number} [afterMs]    the delay the schedule chose for it
 * @property {{at: number, afterMs: number}[]} decisions   each delay chosen, when
 * @property {string} [pausedBy]   hidden, offline, typing, streaming
 * @property {string} [reason]     why it stopped: a schedule stop reason, or "user"
 * @property {number} [endedAt]
 * @property {number} [retriedAt]   when the last retry was made
 * @property {{url: string, at: number}} [ourLoad]  the load our last retry started (a reload, or the failed
 *   address loaded again): its "loading" events are ours, however many the browser reports
 * @property {ProviderLevel} [providerLevel]   the provider's level at the last decision
 * @property {number} [providerResolvedAt]     when the provider's feed turned operational
 * @property {string|null} [statusPage]
 *
 * @typedef {ScheduleInput & {side?: string, target?: 'page'|'api', check?: {httpStatus?: number}}} WatchInput
 *   the watch's decision input (crate/src/watch.rs): schedule's (`attempt`: checks made so far,
 *   `sinceFirstFailureMs`: since the watch began), the diagnosis' side, what is checked, and the
 *   last check's answer ({} for none)
 *
 * @typedef {{action: 'check', afterMs: number} | {action: 'notify_at', afterMs: number} | {action: 'back'} | {action: 'stop', reason: string}} WatchDecision
 *
 * @typedef {object} Watch   "Tell me when it's back" for one tab (background/watch.js)
 * @property {number} tabId
 * @property {string|null} site
 * @property {string} siteName
 * @property {string} url            the page that failed
 * @property {string} checkUrl       what a check asks (without cookies)
 * @property {'page'|'api'} target
 * @property {string} cause
 * @property {string} side
 * @property {string|null} badge     the failure's short code ("502")
 * @property {'probe'|'clock'} kind  checks, or a rate limit's reset time
 * @property {'watching'|'back'|'ended'} status
 * @property {number} attempt        checks made
 * @property {number} startedAt
 * @property {number} firstFailureAt
 * @property {number} [nextAt]
 * @property {ProviderLevel} [providerLevel]
 * @property {number} [providerResolvedAt]
 * @property {string} [reason]       why it ended without "back" (a schedule stop reason)
 * @property {number} [endedAt]
 *
 * @typedef {object} HistoryEntry   one incident in the 24-hour history of a site
 * @property {number} t
 * @property {string} cause
 * @property {string} side
 * @property {string} [badge]
 * @property {number} [httpStatus]
 */

export {};
