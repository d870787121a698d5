/**
 * The login `state` of the Hono adapter: a random value bound to the browser by a signed cookie
 * that also carries the PKCE verifier, the page to return to and an expiry; and the checks the
 * callback runs on it. Private to `hono.ts`.
 *
 * @module
 */
import { type Compare, type CookieSigner, timingSafeEqual } from "./_cookies.ts";

/** The state cookie's name. */
export const STATE_COOKIE = "osu_auth_state";

/** What the state cookie holds. */
export interface LoginState {
  /** The `state` sent to osu!. */
  readonly state: string;
  /** The PKCE verifier (sent with the code; the browser never sees it outside this cookie). */
  readonly verifier: string;
  /** The local path to go to after logging in. */
  readonly next: string;
  /** When the state stops being accepted (milliseconds since the epoch). */
  readonly expiresAt: number;
}

/** Why a callback's state was refused. */
export type StateProblem =
  | "missing_cookie"
  | "missing_state"
  | "forged_state"
  | "expired_state"
  | "state_mismatch";

/** The outcome of {@linkcode checkState}. */
export type StateCheck =
  | { readonly ok: true; readonly login: LoginState }
  | { readonly ok: false; readonly problem: StateProblem };

/**
 * Checks a callback's `state` against the browser's state cookie: present, signed by us, not
 * expired, and equal (in constant time).
 *
 * @param input the cookie value, the `state` query parameter, the signer and the time now
 * @param compare the constant-time compare @default {timingSafeEqual}
 * @returns the login state, or the problem
 */
export async function checkState(
  input: {
    readonly cookie: string | undefined;
    readonly state: string | undefined;
    readonly signer: CookieSigner;
    readonly now: number;
  },
  compare: Compare = timingSafeEqual,
): Promise<StateCheck> {
  if (!input.cookie) return { ok: false, problem: "missing_cookie" };
  if (!input.state) return { ok: false, problem: "missing_state" };
  const login = asLoginState(await input.signer.verify(STATE_COOKIE, input.cookie));
  if (!login) return { ok: false, problem: "forged_state" };
  if (login.expiresAt <= input.now) return { ok: false, problem: "expired_state" };
  if (!compare(input.state, login.state)) return { ok: false, problem: "state_mismatch" };
  return { ok: true, login };
}

function asLoginState(value: unknown): LoginState | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { state, verifier, next, expiresAt } = value as Record<string, unknown>;
  if (typeof state !== "string" || typeof verifier !== "string") return undefined;
  if (typeof next !== "string" || typeof expiresAt !== "number") return undefined;
  return { state, verifier, next, expiresAt };
}
