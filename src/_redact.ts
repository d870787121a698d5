/**
 * Makes text from a response safe to put in an error: keeps it short and replaces anything that
 * looks like a token or a secret, and each secret the request held in every form a server or a
 * proxy may echo it in (as sent in a form body, percent-encoded, form-encoded with `+` for
 * spaces, encoded twice, JSON- or HTML-escaped).
 *
 * @module
 */

const SECRET_FIELD =
  /("?(?:access_token|refresh_token|client_secret|password|code|code_verifier|token)"?\s*[:=]\s*"?)[^"&,\s}]*/gi;
const LONG_OPAQUE = /[A-Za-z0-9_\-.~+/=]{32,}/g;

/**
 * Values shorter than this are no real credential (osu! tokens, secrets and passwords are
 * longer); removing them would mangle the message.
 */
const SHORTEST_SECRET = 4;

/** How many errors deep {@linkcode redactError} follows `cause`. */
const MAX_CAUSE_DEPTH = 8;

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
 * Replaces secret-looking values in `text`, and each of `secrets` in every encoded form, with
 * `***`.
 *
 * @param text any text
 * @param secrets exact values to remove
 * @returns the text without them
 */
export function redact(text: string, secrets: readonly string[] = []): string {
  return redactSecrets(text, secrets).replace(SECRET_FIELD, "$1***").replace(LONG_OPAQUE, "***");
}

/**
 * Replaces each of `secrets`, in every form it may be echoed in, with `***`; nothing else.
 *
 * @param text any text
 * @param secrets exact values to remove
 * @returns the text without them
 */
export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  return secretRedactor(secrets)(text);
}

/**
 * {@linkcode redactSecrets} for many texts with the same secrets: their forms are worked out once.
 *
 * @param secrets exact values to remove
 * @returns a function that replaces each of them, in every form, with `***`
 */
export function secretRedactor(secrets: readonly string[]): (text: string) => string {
  const forms = formsOf(secrets);
  return (text) => {
    let clean = text;
    for (const form of forms) {
      if (clean.includes(form)) clean = clean.split(form).join("***");
    }
    return clean;
  };
}

/**
 * Removes `secrets` from every string field of an error of this library and of each error in its
 * `cause` chain (message, stack, `serverMessage`, `oauthError`, `excerpt`, ...), in place. The
 * errors are built from redacted text already; this is the last guard, so that a field added
 * later cannot leak either. A value that is not one of this library's errors (an abort reason
 * the caller chose) is left alone.
 *
 * @param error the error about to be thrown
 * @param secrets the values the request held
 * @param isOwn tells this library's errors from others (only those are changed)
 * @returns `error`
 */
export function redactError<T>(
  error: T,
  secrets: readonly string[],
  isOwn: (value: unknown) => value is Error,
): T {
  if (!isOwn(error) || !secrets.some((secret) => secret.length >= SHORTEST_SECRET)) return error;
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < MAX_CAUSE_DEPTH; depth++) {
    const fields = current as unknown as Record<string, unknown>;
    for (const name of [...Object.getOwnPropertyNames(current), "message", "stack"]) {
      const value = fields[name];
      if (typeof value !== "string") continue;
      const clean = redactSecrets(value, secrets);
      if (clean !== value) {
        Object.defineProperty(current, name, { value: clean, writable: true, configurable: true });
      }
    }
    current = current.cause;
  }
  return error;
}

/** Every form of each secret, longest first (so a longer form is not cut by a shorter one). */
function formsOf(secrets: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (secret.length < SHORTEST_SECRET) continue;
    const encoded = [
      encodeURIComponent(secret),
      new URLSearchParams({ v: secret }).toString().slice(2), // `+` for spaces
      secret.replaceAll(" ", "+"), // form-encoded, then percent-decoded without the `+` rule
    ];
    for (const form of [secret, ...encoded, ...encoded.map(encodeURIComponent)]) {
      forms.add(form);
      forms.add(lowerHex(form));
    }
    forms.add(JSON.stringify(secret).slice(1, -1));
    forms.add(phpJson(secret));
    forms.add(html(secret));
  }
  return [...forms].filter((form) => form.length >= SHORTEST_SECRET)
    .sort((a, b) => b.length - a.length);
}

/** The same percent-encoding with lower-case hex digits (`%2f`), as some servers write it. */
function lowerHex(text: string): string {
  return text.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase());
}

/** The JSON string body PHP's `json_encode` writes by default (osu-web is PHP): `\/`, `\u00e4`. */
function phpJson(text: string): string {
  return JSON.stringify(text).slice(1, -1).replaceAll("/", "\\/").replace(
    /[\u0080-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** The text as an HTML page would show it. */
function html(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;").replaceAll("'", "&#039;");
}
