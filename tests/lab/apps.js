// Lab pages built like each chat app's current markup (shared/design/chat-apps.md: turns,
// answers, user messages, error blocks, toasts and overlays, with their sources). The host
// says which app this page plays. Tests drive it through window.labApps; everything is drawn
// with textContent, as the apps do.
(() => {
  const h = (tag, attrs = {}, ...kids) => {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    for (const k of kids) el.append(k);
    return el;
  };
  const p = (text) => h('p', {}, text);
  const host = location.hostname.replace(/^www\./, '');

  // Gemini renders its conversation inside web components with open shadow roots.
  class ChatWindow extends HTMLElement {
    constructor() {
      super();
      this.attachShadow({ mode: 'open' }).append(h('div', { class: 'conversation-container' }));
    }
  }
  customElements.define('lab-chat-window', ChatWindow);

  const body = document.body;
  const main = h('main', { class: 'flex h-full flex-col' });
  body.append(main);
  let thread = h('div', { class: 'flex flex-col text-sm', id: 'thread' });
  if (host === 'gemini.google.com') {
    const win = h('lab-chat-window');
    main.append(win);
    thread = win.shadowRoot.firstChild;
  } else main.append(thread);
  const composer = host === 'chatgpt.com'
    ? h('div', { id: 'prompt-textarea', class: 'ProseMirror', contenteditable: 'true' })
    : h('textarea', { id: host === 'chat.deepseek.com' ? 'chat-input' : 'userInput', placeholder: 'Message' });
  const form = h('form', { class: 'composer' }, composer, h('button', { type: 'submit', 'aria-label': 'Send message' }, 'Send'));
  body.append(form);
  // Sending draws the user's message in the thread at once, as every app does (the answer
  // comes later, or never when the request fails).
  const sendTyped = () => {
    const text = composer.value ?? composer.textContent;
    if (!text.trim()) return;
    if ('value' in composer) composer.value = ''; else composer.textContent = '';
    app.user(text);
  };
  form.addEventListener('submit', (e) => { e.preventDefault(); sendTyped(); });
  composer.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); sendTyped(); }
  });

  let turn = 0;
  /** Per app: an answer container (returns the element text streams into), a user message, and the error shapes. */
  const APPS = {
    'chatgpt.com': {
      answer: () => {
        const md = h('div', { class: 'markdown prose w-full break-words' });
        thread.append(h('article', { 'data-testid': `conversation-turn-${++turn}`, 'data-turn': 'assistant' },
          h('div', { 'data-message-author-role': 'assistant', 'data-message-id': `m${turn}` }, md)));
        return md;
      },
      user: (text) => thread.append(h('article', { 'data-testid': `conversation-turn-${++turn}`, 'data-turn': 'user' },
        h('div', { 'data-message-author-role': 'user' }, h('div', { class: 'whitespace-pre-wrap' }, text)))),
      inTurn: (text) => thread.append(h('article', { 'data-turn': 'assistant' }, h('div', { 'data-message-author-role': 'assistant' },
        h('div', { class: 'text-token-text-error border-token-surface-error/15 rounded-lg border' }, h('div', { class: 'markdown' }, p(text))),
        h('button', { 'data-testid': 'regenerate-thread-error-button' }, 'Retry')))),
      toast: (text) => body.appendChild(h('div', { 'portal-container': '' }, h('div', { class: 'toast-root', 'data-state': 'open' }, h('div', {}, text)))),
      dialog: (text) => body.appendChild(h('div', { role: 'dialog', 'aria-modal': 'true', class: 'popover' },
        h('h2', {}, 'Too many requests'), p(text), h('button', {}, 'Got it'))),
      // The toast: a red, bordered div under the conversation, no role, no telling class.
      plain: (text) => thread.append(h('div', { class: 'text-red-500 rounded-md border' }, h('div', {}, text))),
    },
    'claude.ai': {
      answer: () => {
        const md = h('div', { class: 'grid-cols-1 grid gap-2.5' });
        thread.append(h('div', { 'data-test-render-count': '1' }, h('div', { class: 'font-claude-response', 'data-is-streaming': 'true' }, md)));
        return md;
      },
      user: (text) => thread.append(h('div', { 'data-test-render-count': '1' }, h('div', { 'data-testid': 'user-message' }, p(text)))),
      // The inline capacity notice: a <p> in a plain flex <div>.
      inTurn: (text) => thread.append(h('div', { class: 'flex items-center' }, h('p', {}, text, ' Or consider ', h('a', { href: '/upgrade/pro' }, 'upgrading to Claude Pro'), '.'))),
      toast: (text) => {
        const region = document.querySelector('[role=region][aria-label^=Notifications]') ?? body.appendChild(h('div', { role: 'region', 'aria-label': 'Notifications (F8)', tabindex: '-1' }, h('ol', { tabindex: '-1' })));
        return region.firstChild.appendChild(h('li', { role: 'status', 'data-state': 'open' }, h('div', { class: 'text-sm' }, text),
          h('button', { 'data-radix-toast-announce-exclude': '', 'aria-label': 'Close' }, '×')));
      },
      dialog: (text) => body.appendChild(h('div', { role: 'dialog', class: 'z-modal' }, h('h2', {}, 'Upgrade to keep chatting'), p(text))),
      plain: (text) => thread.append(h('div', { class: 'mx-auto' }, h('div', {}, text))),
    },
    'gemini.google.com': {
      answer: () => {
        const md = h('div', { class: 'markdown markdown-main-panel' });
        thread.append(h('model-response', {}, h('message-content', {}, md)));
        return md;
      },
      user: (text) => thread.append(h('user-query', {}, h('div', { class: 'query-text' }, p(text)))),
      inTurn: (text) => thread.append(h('div', { class: 'response-container' }, h('div', { class: 'response-footer' }, text))),
      // Angular Material's snack bar in the CDK overlay container, at the end of <body>.
      toast: (text) => {
        const overlay = document.querySelector('.cdk-overlay-container') ?? body.appendChild(h('div', { class: 'cdk-overlay-container' }));
        return overlay.appendChild(h('div', { class: 'cdk-global-overlay-wrapper' }, h('mat-snack-bar-container', { class: 'mat-mdc-snack-bar-container' },
          h('simple-snack-bar', {}, h('div', { class: 'mat-mdc-snack-bar-label' }, text)))));
      },
      dialog: (text) => body.appendChild(h('div', { class: 'cdk-overlay-container' }, h('mat-dialog-container', { role: 'dialog' }, p(text)))),
      plain: (text) => thread.append(h('div', {}, text)),
    },
    'copilot.microsoft.com': {
      answer: () => {
        const md = h('div', { class: 'space-y-3' });
        thread.append(h('div', { class: 'group/ai-message-item' }, md));
        return md;
      },
      user: (text) => thread.append(h('div', { class: 'group/user-message' }, h('div', { class: 'prose' }, text))),
      inTurn: (text) => thread.append(h('div', { class: 'group/ai-message-item' }, h('div', { class: 'text-sm' }, text))),
      toast: (text) => body.appendChild(h('div', { class: 'fixed bottom-4' }, h('div', {}, text))),
      dialog: (text) => body.appendChild(h('dialog', { open: '' }, p(text))),
      plain: (text) => thread.append(h('div', {}, text)),
    },
    'perplexity.ai': {
      answer: () => {
        const md = h('div', { class: 'prose dark:prose-invert' });
        thread.append(h('div', { class: 'pb-md' }, md));
        return md;
      },
      user: (text) => thread.append(h('h1', { class: 'group/query' }, h('span', {}, text))),
      inTurn: (text) => thread.append(h('div', { class: 'pb-md' }, h('div', { class: 'text-textMain' }, text))),
      toast: (text) => body.appendChild(h('div', { class: 'fixed right-md top-md' }, h('div', { class: 'rounded-lg' }, text))),
      dialog: (text) => body.appendChild(h('div', { role: 'dialog' }, p(text))),
      plain: (text) => thread.append(h('div', {}, text)),
    },
    'chat.deepseek.com': {
      answer: () => {
        const md = h('div', { class: 'ds-markdown ds-markdown--block' });
        thread.append(h('div', { class: '_4f9bf79 d7dc56a8' }, md));
        return md;
      },
      user: (text) => thread.append(h('div', { class: 'fbb737a4' }, text)),
      // The busy notice sits in the reply block (a hashed class), with its regenerate control.
      inTurn: (text) => thread.append(h('div', { class: '_4f9bf79 d7dc56a8' }, h('div', { class: 'ds-flex' }, text), h('div', { id: '重新生成', role: 'button' }, 'Regenerate'))),
      toast: (text) => body.appendChild(h('div', { class: 'ds-toast-container' }, h('div', { class: 'ds-toast ds-toast--error' }, text))),
      dialog: (text) => body.appendChild(h('div', { role: 'dialog', class: 'ds-modal' }, p(text))),
      // A block whose hashed class changed with a deploy: only its words say it is an error.
      plain: (text) => thread.append(h('div', { class: '_9e1c3b2 a17f7d01' }, text)),
    },
    'grok.com': {
      answer: () => {
        const md = h('div', { class: 'response-content-markdown markdown' });
        thread.append(h('div', { class: 'message-bubble' }, md));
        return md;
      },
      user: (text) => thread.append(h('div', { class: 'message-bubble items-end' }, h('span', { class: 'whitespace-pre-wrap' }, text))),
      inTurn: (text) => thread.append(h('div', { class: 'message-bubble' }, h('div', { class: 'text-secondary' }, text))),
      // Sonner's toaster: section[aria-label="Notifications alt+T"] > ol > li.toast[data-type].
      toast: (text) => {
        const section = document.querySelector('section[aria-label^=Notifications]') ?? body.appendChild(h('section', { 'aria-label': 'Notifications alt+T', 'aria-live': 'polite', tabindex: '-1' }, h('ol', { 'data-sonner-toaster': '' })));
        return section.firstChild.appendChild(h('li', { class: 'toast', 'data-sonner-toast': '', 'data-type': 'error', 'data-visible': 'true' }, h('div', { 'data-title': '' }, text)));
      },
      dialog: (text) => body.appendChild(h('div', { role: 'dialog' }, p(text))),
      plain: (text) => thread.append(h('div', {}, text)),
    },
  };
  const app = APPS[host];

  /** Streams text into a new answer, one DOM mutation per token; a paragraph every `para` tokens; ``` fences make a code block. */
  function stream(text, { every = 0, para = 40 } = {}) {
    const into = app.answer();
    const tokens = text.match(/\s*\S+/g) ?? [];
    let i = 0;
    let block = into.appendChild(h('p'));
    let inCode = false;
    return new Promise((resolve) => {
      const step = () => {
        if (i >= tokens.length) return resolve(tokens.length);
        const tok = tokens[i++];
        if (tok.trim() === '```') {
          inCode = !inCode;
          block = inCode ? into.appendChild(h('pre')).appendChild(h('code')) : into.appendChild(h('p'));
        } else {
          if (!inCode && i % para === 0) block = into.appendChild(h('p'));
          block.append(tok);
        }
        setTimeout(step, every);
      };
      step();
    });
  }

  /** Draws an error the way this app does: 'inTurn', 'toast' (gone after `ms`), 'dialog' or 'plain'. */
  function error(way, text, ms = 1000) {
    const el = app[way](text);
    if (way === 'toast') setTimeout(() => el.remove(), ms);
    return performance.now();
  }

  /** Calls the answer endpoint as the app does (Gemini: XHR to StreamGenerate); draws nothing on failure. */
  function send(path) {
    return new Promise((resolve) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', path);
      xhr.onloadend = () => resolve(xhr.status);
      xhr.send('f.req=%5B%5D');
    });
  }

  window.labApps = { stream, error, user: app.user, send, host, composer: composer.id };
})();
