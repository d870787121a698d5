/**
 * Checks the `baseUrl` option when a client or auth handler is made, so that a URL without a
 * scheme, or one that already ends in `/api/v2`, fails at once with the fix instead of as a
 * `TypeError` or a bare 404 on the first call.
 *
 * @module
 */
import { InvalidArgumentError } from "./errors.ts";

/** The default osu! host. */
export const DEFAULT_BASE_URL = "https://osu.ppy.sh";

/** Paths that belong to osu-web's routes, not to the host: requests add them. */
const ROUTE_SUFFIX = /\/(api(\/v2)?|oauth(\/(token|authorize))?)$/i;

/**
 * The base URL to use: the osu! host (`https://osu.ppy.sh`), or a proxy's URL, without a
 * trailing `/`.
 *
 * @param value the option as given (`undefined` for the default)
 * @returns the URL without a trailing `/`
 * @throws {InvalidArgumentError} when it is not an http(s) URL with a host, has a query,
 * fragment or credentials, or ends in a path the client adds itself (`/api/v2`, `/oauth`)
 */
export function checkBaseUrl(value: unknown): string {
  if (value === undefined) return DEFAULT_BASE_URL;
  const shown = JSON.stringify(value) ?? String(value);
  if (typeof value !== "string" || value.trim() === "") {
    throw new InvalidArgumentError(
      `baseUrl must be a URL such as "${DEFAULT_BASE_URL}", got ${shown}`,
    );
  }
  const text = value.trim();
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:") || !url.hostname) {
    // A scheme is only what comes before "://": "osu.ppy.sh:443" is a host and a port.
    const host = text.replace(/^[a-z][a-z0-9+.-]*:\/\//i, "").replace(/\/.*$/, "");
    const local = /^(localhost|127\.|\[::1\])/i.test(host);
    throw new InvalidArgumentError(
      `baseUrl must start with https:// (or http:// for a local server), got ${shown}: use ` +
        `"${local ? "http" : "https"}://${host || "osu.ppy.sh"}"`,
    );
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new InvalidArgumentError(
      `baseUrl must hold no credentials, query or fragment, got ${
        JSON.stringify(`${url.protocol}//${url.host}${url.pathname}...`)
      }: use "${url.origin}"`,
    );
  }
  const path = url.pathname.replace(/\/+$/, "");
  if (ROUTE_SUFFIX.test(path)) {
    const fixed = `${url.origin}${path.replace(ROUTE_SUFFIX, "")}`;
    throw new InvalidArgumentError(
      `baseUrl is the host only (the client adds /api/v2/... and /oauth/...), got ${shown}: ` +
        `use "${fixed}"`,
    );
  }
  return `${url.origin}${path}`;
}
