// Bodies of the failures the lab serves, modelled on the real ones (nginx, Cloudflare).

/** @param {string} s */
const esc = (s) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** A Ray ID as Cloudflare prints it: 16 hex digits and a data-centre code. */
export function rayId() {
  return `${[...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, '0')).join('')}-SEA`;
}

export function nginx(/** @type {number} */ status, /** @type {string} */ reason) {
  return `<html>\r\n<head><title>${status} ${reason}</title></head>\r\n<body>\r\n<center><h1>${status} ${reason}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
}

/** Cloudflare's 5xx error page, reduced to its text and structure. */
export const CLOUDFLARE_5XX = /** @type {Record<number, [string, string]>} */ ({
  502: ['Bad gateway', 'The web server reported a bad gateway error.'],
  504: ['Gateway time-out', 'The web server reported a gateway time-out error.'],
  520: ['Web server is returning an unknown error', 'There is an unknown connection issue between Cloudflare and the origin web server.'],
  521: ['Web server is down', 'The web server is not returning a connection.'],
  522: ['Connection timed out', 'The initial connection between Cloudflare\'s network and the origin web server timed out.'],
  523: ['Origin is unreachable', 'Cloudflare is unable to reach the origin web server.'],
  524: ['A timeout occurred', 'The origin web server timed out responding to this request.'],
});

export function cloudflare5xx(/** @type {number} */ status, /** @type {string} */ host) {
  const [title, what] = CLOUDFLARE_5XX[status] ?? ['Error', 'Something went wrong.'];
  return `<!DOCTYPE html>
<html lang="en-US"><head><title>${esc(host)} | ${status}: ${esc(title)}</title>
<meta charset="UTF-8"><meta name="robots" content="noindex, nofollow"></head>
<body><div id="cf-wrapper"><div id="cf-error-details">
<header><h1><span class="inline-block">${esc(title)}</span>
<span class="code-label">Error code ${status}</span></h1>
<div>Visit <a href="https://www.cloudflare.com/5xx-error-landing">cloudflare.com</a> for more information.</div>
<div class="mt-3">${new Date().toISOString().replace('T', ' ').slice(0, 19)} UTC</div></header>
<div id="cf-host-status"><span>You</span> Browser <span>Working</span> ·
<span>Cloudflare</span> Working · <span>${esc(host)}</span> Host <span>Error</span></div>
<div><h2>What happened?</h2><p>${esc(what)}</p>
<h2>What can I do?</h2><p>Please try again in a few minutes.</p></div>
<div class="cf-error-footer"><p>Cloudflare Ray ID: <strong>${rayId()}</strong> ·
Your IP: <span>127.0.0.1</span> · Performance &amp; security by Cloudflare</p></div>
</div></div></body></html>`;
}

export function cloudflareChallenge(/** @type {string} */ host) {
  return `<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body><div class="main-wrapper" role="main"><div class="main-content">
<h1 class="zone-name-title h1">${esc(host)}</h1>
<h2 class="h2" id="challenge-running">Verify you are human by completing the action below.</h2>
<noscript><div class="h2">Enable JavaScript and cookies to continue</div></noscript>
<div id="challenge-body-text" class="core-msg spacer">${esc(host)} needs to review the security of your connection before proceeding.</div>
</div></div><div class="footer" role="contentinfo"><div class="footer-inner">
<div class="clearfix diagnostic-wrapper"><div class="ray-id">Ray ID: <code>${rayId()}</code></div></div>
<div class="text-center">Performance &amp; security by Cloudflare</div></div></div></body></html>`;
}

export function cloudflare1020(/** @type {string} */ host) {
  return `<!DOCTYPE html><html lang="en-US"><head><title>Access denied | ${esc(host)} used Cloudflare to restrict access</title></head>
<body><div id="cf-wrapper"><div id="cf-error-details"><header>
<h1><span>Error</span><span>1020</span></h1><h2>Access denied</h2></header>
<section><h2>What happened?</h2><p>This website is using a security service to protect itself from online attacks.</p></section>
<div class="cf-error-footer"><p>Cloudflare Ray ID: <strong>${rayId()}</strong> · Performance &amp; security by Cloudflare</p></div>
</div></div></body></html>`;
}
