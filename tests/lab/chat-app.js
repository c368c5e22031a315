// A small chat-like app: it sends the composer's text to the lab's backend API, streams the
// answer token by token, and draws errors the way chat apps do (in its own DOM, not as a
// failed page). Tests drive it through window.labApp.
(() => {
  const thread = document.getElementById('thread');
  const form = document.getElementById('composer');
  const box = document.getElementById('prompt-textarea');

  function line(cls, text) {
    const div = document.createElement('div');
    div.className = cls;
    div.textContent = text;
    thread.append(div);
    return div;
  }

  /** Draws an error as the app would: a red box, optionally with role=alert. */
  function showError(text, { role = null, cls = 'app-error' } = {}) {
    const div = line(cls, text);
    if (role) div.setAttribute('role', role);
    return div;
  }

  /** Puts raw HTML in the thread, as an app rendering a server's error body would. */
  function showHtml(html) {
    const div = document.createElement('div');
    div.className = 'app-error';
    div.innerHTML = html;
    thread.append(div);
    return div;
  }

  function clearErrors() {
    for (const e of thread.querySelectorAll('.app-error')) e.remove();
  }

  async function send(text) {
    line('msg user', text);
    const answer = line('msg assistant', '');
    try {
      const res = await fetch('/backend-api/conversation', { method: 'POST', body: JSON.stringify({ text }) });
      if (!res.ok) {
        let detail = `${res.status}`;
        try { detail = (await res.json()).detail ?? detail; } catch {}
        showError(detail);
        return;
      }
      const reader = res.body.getReader();
      const decoder = new TextDecoder();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        for (const ev of decoder.decode(value, { stream: true }).split('\n\n')) {
          const data = ev.replace(/^data: /, '').trim();
          if (data && data !== '[DONE]') answer.textContent += JSON.parse(data).token;
        }
      }
    } catch {
      showError('network error');
    }
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const text = box.value;
    box.value = '';
    if (text) void send(text);
  });

  // Some apps keep their own copy of a draft and put it back on load (tests ask for that
  // with sessionStorage "labPrefill"): chatmedic must never write over it.
  const prefill = sessionStorage.getItem('labPrefill');
  if (prefill) box.value = prefill;

  window.labApp = { showError, showHtml, clearErrors, send };
})();
