/**
 * Who a request is logged in as: the signed session id of the cookie, the session it names in the
 * `SessionStore`, and the user's token in the `TokenStore`. A store that cannot be read never
 * fails the request: it is reported, and the request goes on as logged out. Private to `hono.ts`.
 *
 * @module
 */
import type { TokenStore } from "../src/auth/token_store.ts";
import type { CookieSigner } from "./_cookies.ts";
import { TokenDecryptionError } from "./sealed_tokens.ts";
import { readSessionId, sessionKey } from "./_hono_session.ts";
import type { SessionRecord, SessionStore } from "./session_store.ts";
import type { OsuAuthErrorEvent } from "./_hono_types.ts";

/**
 * The outcome of {@linkcode currentSession}: logged in (the session's store key and record), or
 * out (`clear`: the cookie names no usable session, so the response deletes it; `key`: the store
 * key of the session a genuine cookie names, when a store failed before it could be read, so a
 * logout can still end it).
 */
export type CurrentSession =
  | { readonly kind: "in"; readonly key: string; readonly record: SessionRecord }
  | { readonly kind: "out"; readonly clear: boolean; readonly key?: string };

/** What {@linkcode currentSession} reads from. */
export interface SessionSources {
  /** Checks the cookie's signature. */
  readonly signer: CookieSigner;
  /** The sessions. */
  readonly sessions: SessionStore;
  /** The users' tokens. */
  readonly tokens: TokenStore;
  /** The token key of a user. */
  readonly tokenKey: (userId: number) => string;
  /** Told of errors recovered from. */
  readonly report: (event: OsuAuthErrorEvent) => void;
}

/**
 * Reads the session a request's cookie names.
 *
 * - No cookie: logged out.
 * - A forged cookie, a session that is gone or expired, or a user whose token is gone (the
 *   refresh token was rejected, or they logged out everywhere): logged out, cookie cleared.
 * - A token that cannot be opened (sealed under another key): reported, the session is ended and
 *   the cookie cleared, so the user logs in again (which stores a token under the current key).
 * - A store that fails otherwise (unreachable): reported; logged out for this request only.
 *
 * @param cookie the session cookie's value, if any
 * @param sources the signer, the stores and the error hook
 * @returns the session, or why there is none
 */
export async function currentSession(
  cookie: string | undefined,
  sources: SessionSources,
): Promise<CurrentSession> {
  if (!cookie) return { kind: "out", clear: false };
  const id = await readSessionId(sources.signer, cookie);
  if (!id) return { kind: "out", clear: true };
  const key = await sessionKey(id);
  let record: SessionRecord | undefined;
  try {
    record = await sources.sessions.read(key);
  } catch (error) {
    sources.report({ stage: "read-session", error });
    return { kind: "out", clear: false, key };
  }
  if (!record) return { kind: "out", clear: true };
  try {
    if (await sources.tokens.get(sources.tokenKey(record.userId))) {
      return { kind: "in", key, record };
    }
  } catch (error) {
    sources.report({ stage: "read-token", error });
    if (!(error instanceof TokenDecryptionError)) return { kind: "out", clear: false, key };
  }
  await sources.sessions.delete(key).catch((error) => {
    sources.report({ stage: "read-session", error });
  });
  return { kind: "out", clear: true };
}
