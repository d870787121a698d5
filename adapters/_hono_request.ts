/**
 * What the Hono adapter reads from a request beyond its cookies: its public URL (with
 * `X-Forwarded-Proto` when the app trusts its proxy), the cookie names that fit it (`__Host-`
 * when the cookies are `Secure`), a safe `next` path, and whether a POST comes from the site
 * itself. Private to `hono.ts`.
 *
 * @module
 */
import { needsSecure } from "./_cookies.ts";

/** The names of the adapter's two cookies for one request. */
export interface CookieNames {
  /** Whether the cookies are `Secure` (and so `__Host-` prefixed). */
  readonly secure: boolean;
  /** The session cookie. */
  readonly session: string;
  /** The login-state cookie. */
  readonly state: string;
}

/**
 * The URL the browser used: the request's, with the scheme of `X-Forwarded-Proto` (its first
 * value) when `trustForwardedProto` is set and the header says `http` or `https`.
 *
 * @param request the request
 * @param trustForwardedProto whether a proxy in front sets the header (and strips the client's)
 * @returns the URL
 */
export function publicUrl(request: Request, trustForwardedProto: boolean): URL {
  const url = new URL(request.url);
  if (!trustForwardedProto) return url;
  const proto = request.headers.get("x-forwarded-proto")?.split(",")[0].trim().toLowerCase();
  if (proto === "https" || proto === "http") url.protocol = `${proto}:`;
  return url;
}

/**
 * The cookie names for a request: `__Host-osu_session` and `__Host-osu_auth_state` when the
 * cookies are `Secure` (browsers then refuse them from a sibling subdomain or over plain HTTP),
 * the bare names on plain-HTTP localhost.
 *
 * @param url the public URL of the request
 * @returns the names
 */
export function cookieNames(url: URL): CookieNames {
  const secure = needsSecure(url);
  const prefix = secure ? "__Host-" : "";
  return { secure, session: `${prefix}osu_session`, state: `${prefix}osu_auth_state` };
}

/** The longest `next` path kept (the state cookie must stay well under 4 KiB). */
const MAX_NEXT = 1024;

/**
 * Where to go after logging in: `next` when it is a path on this site (normalized, non-ASCII
 * percent-encoded), else `fallback`; `undefined` when `next` holds control characters or is too
 * long, which the login refuses (400) before sending the user to osu!.
 *
 * @param next the requested path
 * @param fallback where to go otherwise
 * @returns the path, or `undefined` for a malformed `next`
 */
export function nextPath(next: string | undefined, fallback: string): string | undefined {
  if (next === undefined || next === "") return fallback;
  // deno-lint-ignore no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f]/.test(next) || next.length > MAX_NEXT) return undefined;
  if (!next.startsWith("/") || /^\/[/\\]/.test(next)) return fallback;
  const base = "http://site.invalid";
  let url: URL;
  try {
    url = new URL(next, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base) return fallback;
  // Normalising `.` and `..` can turn a harmless path into a protocol-relative one
  // ("/.//evil.com" becomes "//evil.com"): check what the browser will be sent, not the input.
  const path = url.pathname + url.search + url.hash;
  if (/^\/[/\\]/.test(path)) return fallback;
  return path;
}

/**
 * Whether a state-changing request (the logout POST) comes from the site itself: its `Origin`
 * is one of `origins`; with no `Origin`, `Sec-Fetch-Site` is `same-origin` or `none`; with
 * neither (a non-browser client), yes. `Origin: null` is refused.
 *
 * @param request the request
 * @param origins the site's origins (the request's public origin and `redirectUri`'s)
 * @returns whether to accept it
 */
export function fromSameOrigin(request: Request, origins: readonly string[]): boolean {
  const origin = request.headers.get("origin");
  if (origin !== null) return origins.includes(origin);
  const site = request.headers.get("sec-fetch-site");
  return site === null || site === "same-origin" || site === "none";
}
