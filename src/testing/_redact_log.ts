/**
 * Redacts secrets from logged token-request bodies.
 *
 * @module
 */
import type { JsonObject } from "./types.ts";

const SECRET_FIELDS = ["client_secret", "password", "refresh_token", "code", "code_verifier"];

/**
 * The body with secret values replaced by `"***"`.
 *
 * @param raw the raw body
 * @param fields the parsed fields
 * @returns the redacted body, as form text
 */
export function redactBody(raw: string, fields: JsonObject): string {
  if (!raw) return raw;
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) {
    out.set(
      key,
      SECRET_FIELDS.includes(key)
        ? "***"
        : typeof value === "string"
        ? value
        : JSON.stringify(value),
    );
  }
  return out.toString();
}
