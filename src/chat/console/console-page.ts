import type { ConsoleIdentity } from './console-identities.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The console page. Cards are rendered in the browser by Microsoft's `adaptivecards` renderer, the same
 * JSON Teams receives; Action.Execute buttons post back to /console/api/action. Choosing an identity logs the
 * page in as it (the server may decide otherwise: a login token or proxy names the user); `askForToken` makes
 * the page ask for the user's login token.
 */
export function consolePage(identities: readonly ConsoleIdentity[], login: { askForToken: boolean }): string {
  const choices = identities
    .map(
      (identity) =>
        `<option value="${escapeHtml(identity.id)}">${escapeHtml(identity.id)} (${escapeHtml(identity.role)})</option>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>huntops console</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>${STYLE}</style>
<script src="/console/assets/adaptivecards.js"></script></head>
<body data-ask-token="${login.askForToken}">
<header><h1>huntops</h1><label>Acting as <select id="user" aria-label="identity">${choices}</select></label></header>
<main id="feed" aria-live="polite"></main>
<form id="command-form"><input id="command" autocomplete="off" aria-label="command" placeholder="/hunt spray tenant-a" value="/hunt spray tenant-a"><button type="submit">Send</button></form>
<script>${SCRIPT}</script>
</body></html>`;
}

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;background:#f3f2f1;color:#201f1e;display:flex;flex-direction:column;height:100vh}
header{display:flex;justify-content:space-between;align-items:center;padding:8px 16px;background:#464775;color:#fff}
header h1{font-size:18px;margin:0}
main{flex:1;overflow-y:auto;padding:16px;display:flex;flex-direction:column;gap:12px}
.entry{max-width:760px}
.you{align-self:flex-end;background:#e2e2f6;padding:8px 12px;border-radius:6px}
.note{color:#605e5c;font-style:italic}
.whisper{color:#a4262c}
.card{background:#fff;border-radius:6px;box-shadow:0 1px 3px rgba(0,0,0,.15);padding:4px}
.card .ac-richTextBlock{overflow-wrap:anywhere}
.card .long-value{display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:4;overflow:hidden}
form{display:flex;gap:8px;padding:12px 16px;background:#fff;border-top:1px solid #e1dfdd}
#command{flex:1;font-size:15px;padding:8px}
button{padding:8px 16px}`;

const SCRIPT = `
const LONG_VALUE = 120;
const feed = document.getElementById('feed');
const picker = document.getElementById('user');
const askForToken = document.body.dataset.askToken === 'true';
const user = () => picker.value;
let token;
// Every request waits for the latest login, so a switch of identity is in force before the next click is sent.
let session = login();
picker.addEventListener('change', () => { session = login(); });
async function login() {
  const response = await fetch('/console/api/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: user(), token }) });
  const json = await response.json();
  if (response.ok) { picker.value = json.user; return json.user; }
  if (json.needsToken && askForToken) { token = prompt(json.error) || undefined; if (token) return login(); }
  line(json.error || ('HTTP ' + response.status), 'note whisper');
}
function line(text, cls) { const d = document.createElement('div'); d.className = 'entry ' + cls; d.textContent = text; feed.appendChild(d); d.scrollIntoView(); return d; }
function renderCard(card) {
  const ac = new AdaptiveCards.AdaptiveCard();
  ac.onExecuteAction = async (action) => {
    const verb = action.verb || (action.data && action.data.verb);
    await send('/console/api/action', { data: Object.assign({ verb }, action.data || {}) });
  };
  ac.parse(card);
  return clipLongValues(ac.render());
}
// A long value (a URL, a reason) wraps inside its column and is cut at four lines; its title keeps all of it.
function clipLongValues(rendered) {
  for (const el of rendered.querySelectorAll('.ac-richTextBlock')) {
    if (el.textContent.length <= LONG_VALUE) continue;
    el.classList.add('long-value');
    el.title = el.textContent;
  }
  return rendered;
}
function apply(ops) {
  for (const op of ops) {
    if (op.op === 'ack') line(op.text, 'note');
    else if (op.op === 'whisper') line(op.text, 'note whisper');
    else {
      const el = document.createElement('div'); el.className = 'entry card'; el.dataset.messageId = op.id;
      el.appendChild(renderCard(op.card));
      const old = op.op === 'update' && feed.querySelector('[data-message-id="' + op.id + '"]');
      if (old) old.replaceWith(el); else { feed.appendChild(el); el.scrollIntoView(); }
    }
  }
}
const post = (path, body) => fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
async function send(path, body) {
  await session;
  let response = await post(path, body);
  // The server forgot the session (restart, expiry): log in again once and resend.
  if (response.status === 401) { session = login(); await session; response = await post(path, body); }
  const json = await response.json();
  if (!response.ok) { line(json.error || ('HTTP ' + response.status), 'note whisper'); return; }
  apply(json.ops);
}
document.getElementById('command-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const input = document.getElementById('command');
  const text = input.value.trim(); if (!text) return;
  line(user() + ': ' + text, 'you');
  await send('/console/api/command', { text });
});`;
