/**
 * The HTML of the emulated authorize page and of its error page.
 *
 * @module
 */
import type { PendingAuthorization } from "./_state.ts";

const SCOPE_TEXT: Record<string, string> = {
  public: "Read public data on your behalf.",
  identify: "Identify you and read your public profile.",
  "friends.read": "See who you are following.",
  "chat.read": "Read chat messages on your behalf.",
  "chat.write": "Send chat messages on your behalf.",
  "chat.write_manage": "Join and leave channels on your behalf.",
  "forum.write": "Create and edit forum topics and posts on your behalf.",
  "multiplayer.write_manage": "Create and manage multiplayer rooms on your behalf.",
};

const STYLE = `
body{margin:0;font-family:system-ui,sans-serif;background:#2a2226;color:#eee;display:flex;
min-height:100vh;align-items:center;justify-content:center}
main{background:#382e32;border-radius:12px;padding:28px 32px;max-width:420px;width:100%;
box-shadow:0 8px 30px #0008}
h1{font-size:20px;margin:0 0 4px}p{color:#ccc;line-height:1.4}
ul{padding-left:20px;color:#ddd}li{margin:6px 0}
.who{font-size:13px;color:#aaa}.buttons{display:flex;gap:12px;margin-top:20px}
button{flex:1;border:0;border-radius:6px;padding:10px 0;font-size:15px;cursor:pointer}
.approve{background:#ff66aa;color:#fff}.deny{background:#5a4a50;color:#eee}`;

/**
 * Escapes text for HTML.
 *
 * @param text the text
 * @returns escaped text
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The page with Authorize and Cancel.
 *
 * @param args the pending request, the app's name and the logged-in user's name
 * @returns the response
 */
export function authorizePage(args: {
  pending: PendingAuthorization;
  clientName: string;
  username: string;
}): Response {
  const token = escapeHtml(args.pending.id);
  const items = args.pending.scopes
    .map((scope) => `<li>${escapeHtml(SCOPE_TEXT[scope] ?? scope)}</li>`).join("");
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Authorize ${escapeHtml(args.clientName)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>${STYLE}</style></head>
<body><main>
<h1>Authorization Request</h1>
<p class="who">Signed in as <strong>${escapeHtml(args.username)}</strong> (osu! API emulator)</p>
<p><strong>${escapeHtml(args.clientName)}</strong> is requesting permission to:</p>
<ul>${items}</ul>
<div class="buttons">
<form method="post" action="/oauth/authorize" style="flex:1;display:flex">
<input type="hidden" name="auth_token" value="${token}">
<input type="hidden" name="_method" value="DELETE">
<button type="submit" class="deny" id="cancel">Cancel</button></form>
<form method="post" action="/oauth/authorize" style="flex:1;display:flex">
<input type="hidden" name="auth_token" value="${token}">
<button type="submit" class="approve" id="authorize">Authorize</button></form>
</div></main></body></html>`;
  return new Response(html, { headers: { "content-type": "text/html; charset=utf-8" } });
}

/**
 * A plain error page.
 *
 * @param status the status
 * @param message the message
 * @returns the response
 */
export function errorPage(status: number, message: string): Response {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Error</title>
<style>${STYLE}</style></head><body><main><h1>Error ${status}</h1><p>${escapeHtml(message)}</p>
</main></body></html>`;
  return new Response(html, { status, headers: { "content-type": "text/html; charset=utf-8" } });
}
