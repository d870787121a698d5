/**
 * Makes text from a response safe to put in an error: keeps it short and replaces anything that
 * looks like a token or a secret.
 *
 * @module
 */

const SECRET_FIELD =
  /("?(?:access_token|refresh_token|client_secret|password|code|code_verifier|token)"?\s*[:=]\s*"?)[^"&,\s}]*/gi;
const LONG_OPAQUE = /[A-Za-z0-9_\-.~+/=]{32,}/g;

/**
 * A short, secret-free excerpt of a body.
 *
 * @param text the body
 * @param max the most characters to keep @default {200}
 * @returns the excerpt
 */
export function excerpt(text: string, max = 200): string {
  const short = text.length > max ? `${text.slice(0, max)}…` : text;
  return redact(short);
}

/**
 * Replaces secret-looking values in `text` with `***`.
 *
 * @param text any text
 * @returns the text without them
 */
export function redact(text: string): string {
  return text.replace(SECRET_FIELD, "$1***").replace(LONG_OPAQUE, "***");
}
