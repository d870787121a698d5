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
 * @param secrets exact values to remove as well (the request's token, secret, password)
 * @returns the excerpt
 */
export function excerpt(text: string, max = 200, secrets: readonly string[] = []): string {
  const clean = redact(text, secrets);
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}

/**
 * Replaces secret-looking values in `text`, and each of `secrets` exactly, with `***`.
 *
 * @param text any text
 * @param secrets exact values to remove
 * @returns the text without them
 */
export function redact(text: string, secrets: readonly string[] = []): string {
  let clean = text;
  // Values shorter than 4 characters are no real credential (osu! tokens, secrets and passwords
  // are longer); removing them would mangle the message.
  for (const secret of secrets) if (secret.length >= 4) clean = clean.split(secret).join("***");
  return clean.replace(SECRET_FIELD, "$1***").replace(LONG_OPAQUE, "***");
}
