/**
 * `osuAuth` options given as a function of the request: resolved on every request, with what is
 * built from them cached by the values it depends on. Nothing cached holds an I/O object of a
 * request (Workers forbid another request to use one): the cookie signer holds a `CryptoKey`, the
 * default token and session stores hold plain data, and everything a request does with osu! is
 * made for that request. (The in-memory per-user limiters wait on timers of the requests that
 * started them: on Workers, a `DurableObjectSessionStore` keeps each user's budget instead.)
 * Private to `hono.ts`.
 *
 * @module
 */
import type { Context, MiddlewareHandler } from "hono";
import { type Clock, MemoryTokenStore } from "../mod.ts";
import { CookieSigner } from "./_cookies.ts";
import { MemorySessionStore } from "./session_store.ts";
import { UserRateLimiters } from "./_user_rate_limiters.ts";
import type {
  OsuAuth,
  OsuAuthEnv,
  OsuAuthOptions,
  OsuAuthOptionsFunction,
  OsuAuthPaths,
} from "./_hono_types.ts";

/** How many cached entries of each kind are kept (secrets and clients rarely change). */
const KEEP = 8;

/** What every set of options of one `osuAuth` shares, by the values it depends on. */
export class SharedAuthState {
  readonly #signers = new Map<string, CookieSigner>();
  readonly #stores = new Map<string, MemoryTokenStore>();
  readonly #sessions = new Map<string, MemorySessionStore>();
  readonly #limiters = new Map<string, UserRateLimiters>();

  /**
   * The cookie signer of `secret`.
   *
   * @param secret the signing secret
   * @returns the signer, made once per secret
   */
  signer(secret: string): CookieSigner {
    return remember(this.#signers, secret, () => new CookieSigner(secret));
  }

  /**
   * The default token store of an application.
   *
   * @param options its options
   * @returns the store, one per client id and host
   */
  defaultStore(options: OsuAuthOptions): MemoryTokenStore {
    return remember(this.#stores, appKey(options), () => new MemoryTokenStore());
  }

  /**
   * The default session store of an application.
   *
   * @param options its options
   * @param clock the sessions' clock
   * @returns the store, one per client id and host
   */
  defaultSessionStore(options: OsuAuthOptions, clock: Clock): MemorySessionStore {
    return remember(this.#sessions, appKey(options), () => new MemorySessionStore({ clock }));
  }

  /**
   * The in-memory per-user budgets of an application, for a session store that keeps none.
   *
   * @param options its options
   * @param clock the limiters' clock
   * @returns the budgets, one set per client id and host
   */
  userRateLimiters(options: OsuAuthOptions, clock: Clock): UserRateLimiters {
    return remember(this.#limiters, appKey(options), () => new UserRateLimiters(clock));
  }
}

/**
 * The middleware for options given as a function: resolves them on each request and runs the
 * middleware built from them, rebuilt only when an option changed.
 *
 * @param options the options function
 * @param build builds the middleware of one set of options
 * @returns the middleware, with `requireLogin` and `paths`
 */
export function perRequestAuth<E extends OsuAuthEnv>(
  options: OsuAuthOptionsFunction<E>,
  build: (options: OsuAuthOptions) => OsuAuth<E>,
): OsuAuth<E> {
  const built: { options: OsuAuthOptions; auth: OsuAuth<E> }[] = [];
  const byRequest = new WeakMap<Request, OsuAuth<E>>();
  let paths: OsuAuthPaths = { login: "/auth/login", callback: "/callback", logout: "/auth/logout" };
  const resolve = async (c: Context<E>): Promise<OsuAuth<E>> => {
    const known = byRequest.get(c.req.raw);
    if (known) return known;
    const resolved = await options(c);
    let entry = built.find((candidate) => sameOptions(candidate.options, resolved));
    if (!entry) {
      entry = { options: resolved, auth: build(resolved) };
      built.unshift(entry);
      built.length = Math.min(built.length, KEEP);
    }
    paths = entry.auth.paths;
    byRequest.set(c.req.raw, entry.auth);
    return entry.auth;
  };
  const middleware: MiddlewareHandler<E> = async (c, next) => await (await resolve(c))(c, next);
  const requireLogin: MiddlewareHandler<E> = async (c, next) =>
    await (await resolve(c)).requireLogin(c, next);
  return Object.defineProperties(middleware, {
    requireLogin: { value: requireLogin, enumerable: true },
    paths: { get: () => paths, enumerable: true },
  }) as OsuAuth<E>;
}

/** Whether two resolved option sets build the same middleware. */
function sameOptions(a: OsuAuthOptions, b: OsuAuthOptions): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof OsuAuthOptions>;
  for (const key of keys) {
    if (a[key] === b[key]) continue;
    if (key === "scope" && String(a.scope) === String(b.scope)) continue;
    if (key === "paths" && JSON.stringify(a.paths) === JSON.stringify(b.paths)) continue;
    return false;
  }
  return true;
}

function appKey(options: OsuAuthOptions): string {
  return `${options.baseUrl ?? ""} ${options.clientId}`;
}

function remember<V>(map: Map<string, V>, key: string, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
    if (map.size > KEEP) map.delete(map.keys().next().value!);
  }
  return value;
}
