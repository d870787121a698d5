/**
 * The pages the Hono adapter answers with itself: why a login failed. Private to `hono.ts`.
 *
 * @module
 */

/**
 * Escapes text for HTML.
 *
 * @param text the text
 * @returns the escaped text
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * A small HTML page saying why the login failed, with a link to try again.
 *
 * @param title the heading
 * @param message the explanation
 * @param loginPath where "Try again" goes
 * @returns the HTML
 */
export function loginErrorPage(title: string, message: string, loginPath: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{margin:0;min-height:100vh;display:grid;place-items:center;background:#1c1719;color:#eee;
font-family:system-ui,sans-serif}main{max-width:440px;padding:28px 32px;border-radius:12px;background:#2e2529}
h1{font-size:20px;margin:0 0 8px}p{color:#ccc;line-height:1.5}a{color:#ff66aa}</style></head>
<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>
<p><a href="${
    escapeHtml(loginPath)
  }">Log in again</a> · <a href="/">Home</a></p></main></body></html>`;
}
