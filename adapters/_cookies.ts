/**
 * Signed cookies for the web adapters: HMAC-SHA256 (Web Crypto) over the cookie's name and value,
 * checked with a constant-time compare; and the `Cookie` / `Set-Cookie` text. Web-standard only.
 * Private to the adapters.
 *
 * @module
 */
import { base64Url } from "../src/auth/pkce.ts";

const encoder = new TextEncoder();

/**
 * Compares two strings in time that depends only on their lengths, not on where they differ.
 *
 * @param a one string
 * @param b the other
 * @returns whether they are equal
 */
export function timingSafeEqual(a: string, b: string): boolean {
  const left = encoder.encode(a);
  const right = encoder.encode(b);
  const length = Math.max(left.length, right.length);
  let diff = left.length ^ right.length;
  for (let i = 0; i < length; i++) diff |= (left[i] ?? 0) ^ (right[i] ?? 0);
  return diff === 0;
}

/** A compare function: {@linkcode timingSafeEqual} or a stand-in for tests. */
export type Compare = (a: string, b: string) => boolean;

/**
 * Signs and checks cookie values: `base64url(JSON) "." base64url(HMAC-SHA256(name "=" payload))`.
 * The cookie's name is signed too, so one kind of cookie cannot be passed off as another.
 */
export class CookieSigner {
  readonly #key: Promise<CryptoKey>;
  readonly #compare: Compare;

  /**
   * @param secret the signing secret (at least 32 characters)
   * @param compare the constant-time compare @default {timingSafeEqual}
   */
  constructor(secret: string, compare: Compare = timingSafeEqual) {
    this.#key = crypto.subtle.importKey(
      "raw",
      encoder.encode(secret),
      { name: "HMAC", hash: "SHA-256" },
      false,
      ["sign"],
    );
    this.#compare = compare;
  }

  /**
   * Encodes and signs a JSON value for the cookie `name`.
   *
   * @param name the cookie's name
   * @param value the value (JSON)
   * @returns the cookie value
   */
  async sign(name: string, value: unknown): Promise<string> {
    const payload = base64Url(encoder.encode(JSON.stringify(value)));
    return `${payload}.${await this.#mac(name, payload)}`;
  }

  /**
   * Checks the signature of a cookie value and decodes it.
   *
   * @param name the cookie's name
   * @param cookie the cookie value
   * @returns the value, or `undefined` when the signature is wrong or the value malformed
   */
  async verify(name: string, cookie: string): Promise<unknown> {
    const dot = cookie.indexOf(".");
    if (dot <= 0) return undefined;
    const payload = cookie.slice(0, dot);
    const expected = await this.#mac(name, payload);
    if (!this.#compare(cookie.slice(dot + 1), expected)) return undefined;
    try {
      return JSON.parse(new TextDecoder().decode(fromBase64Url(payload)));
    } catch {
      return undefined;
    }
  }

  async #mac(name: string, payload: string): Promise<string> {
    const mac = await crypto.subtle.sign(
      "HMAC",
      await this.#key,
      encoder.encode(`${name}=${payload}`),
    );
    return base64Url(new Uint8Array(mac));
  }
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** The attributes of a `Set-Cookie` header. */
export interface CookieAttributes {
  /** `Path`. */
  readonly path: string;
  /** `Max-Age` in seconds; 0 deletes the cookie. */
  readonly maxAge: number;
  /** `Secure`. */
  readonly secure: boolean;
}

/**
 * A `Set-Cookie` value: always `HttpOnly` and `SameSite=Lax`.
 *
 * @param name the cookie's name
 * @param value the value (cookie-safe text, as {@linkcode CookieSigner.sign} makes)
 * @param attributes path, max age, secure
 * @returns the header value
 */
export function serializeCookie(name: string, value: string, attributes: CookieAttributes): string {
  const parts = [
    `${name}=${value}`,
    `Path=${attributes.path}`,
    `Max-Age=${Math.max(0, Math.floor(attributes.maxAge))}`,
    "HttpOnly",
    "SameSite=Lax",
  ];
  if (attributes.maxAge <= 0) parts.push("Expires=Thu, 01 Jan 1970 00:00:00 GMT");
  if (attributes.secure) parts.push("Secure");
  return parts.join("; ");
}

/**
 * Reads one cookie from a `Cookie` header.
 *
 * @param header the `Cookie` header, if any
 * @param name the cookie's name
 * @returns the value, or `undefined`
 */
export function readCookie(header: string | undefined | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/**
 * Whether cookies for this URL must be `Secure`: always, except on plain-HTTP localhost
 * (`localhost`, `127.0.0.1`, `[::1]`), where browsers would drop them.
 *
 * @param url the request URL
 * @returns whether to set `Secure`
 */
export function needsSecure(url: URL): boolean {
  const local = url.hostname === "localhost" || url.hostname === "127.0.0.1" ||
    url.hostname === "[::1]";
  return !(local && url.protocol === "http:");
}
