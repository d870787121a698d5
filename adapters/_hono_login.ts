/**
 * The login routes of the Hono adapter: `GET` login (state, PKCE, redirect to osu!) and `GET`
 * callback (state check, one lease per state, code exchange, session). Private to `hono.ts`.
 *
 * @module
 */
import type { Context } from "hono";
import {
  AuthError,
  AuthHandler,
  Client,
  type Lease,
  MalformedResponseError,
  MemoryTokenStore,
} from "../mod.ts";
import { readCookie } from "./_cookies.ts";
import { checkState, type LoginState, STATE_COOKIE, type StateProblem } from "./_hono_state.ts";
import { nextPath } from "./_hono_request.ts";
import { newSessionId, readSessionId, SESSION_COOKIE, sessionKey } from "./_hono_session.ts";
import type { AuthSetup } from "./_hono_setup.ts";
import type { OsuUser } from "./_hono_types.ts";

/**
 * `GET` login: a random state and a PKCE pair in a signed cookie, then off to osu!'s authorize
 * page. A `next` with control characters is refused (400) before osu! is involved.
 *
 * @param c the request's context
 * @param s the setup
 * @returns the redirect, or the error page
 */
export async function login(c: Context, s: AuthSetup): Promise<Response> {
  const next = nextPath(c.req.query("next"), s.options.afterLogin ?? "/");
  if (next === undefined) {
    return s.fail(c, 400, "Login failed", "The page to return to is not a valid address.");
  }
  const { url, state, codeVerifier } = await s.authorizer.getAuthUrl({ pkce: true });
  const value: LoginState = {
    state,
    verifier: codeVerifier ?? "",
    next,
    expiresAt: s.clock.now() + s.stateTtl,
  };
  c.header("cache-control", "no-store");
  c.header(
    "set-cookie",
    s.cookie(c, "state", await s.signer.sign(STATE_COOKIE, value), s.stateTtl),
  );
  return c.redirect(url, 302);
}

/**
 * `GET` callback: checks the state, takes the state's lease, and finishes the login. The lease is
 * released on every path but success, where it stays until the state expires (and is then
 * swept), so a replay is refused and anonymous login/callback pairs leave nothing behind.
 *
 * @param c the request's context
 * @param s the setup
 * @returns the redirect to `next` with the session cookie, or the error page
 */
export async function callback(c: Context, s: AuthSetup): Promise<Response> {
  const now = s.clock.now();
  const check = await checkState({
    cookie: readCookie(c.req.header("cookie"), s.names(c).state),
    state: c.req.query("state"),
    signer: s.signer,
    now,
  });
  c.header("set-cookie", s.cookie(c, "state", "", 0));
  if (!check.ok) return s.fail(c, 400, "Login failed", STATE_MESSAGES[check.problem]);
  const { login } = check;
  let lease: Lease | undefined;
  try {
    lease = await s.store.acquireLease(`osu-ts:hono:state:${login.state}`, login.expiresAt - now);
  } catch (error) {
    s.report({ stage: "callback", error });
    return s.fail(c, 503, "Login failed", "The login could not be checked. Try again in a moment.");
  }
  if (!lease) {
    return s.fail(c, 400, "Login failed", "This login link was already used. Log in again.");
  }
  let loggedIn = false;
  try {
    const response = await finishLogin(c, s, login, now);
    loggedIn = response.status === 302; // the only success
    return response;
  } finally {
    if (!loggedIn) await lease.release().catch((error) => s.report({ stage: "callback", error }));
  }
}

/** The rest of the callback, once the state is checked and leased: code → tokens → session. */
async function finishLogin(
  c: Context,
  s: AuthSetup,
  login: LoginState,
  now: number,
): Promise<Response> {
  const error = c.req.query("error");
  if (error === "access_denied") {
    return s.fail(c, 403, "Login cancelled", "You did not authorize this site on osu!.");
  }
  if (error) return s.fail(c, 400, "Login failed", `osu! refused the login (${error}).`);
  const code = c.req.query("code");
  if (!code) return s.fail(c, 400, "Login failed", "osu! sent no authorization code.");
  let user: OsuUser;
  try {
    user = await exchange(s, code, login.verifier);
  } catch (error) {
    if (error instanceof AuthError && error.status >= 400 && error.status < 500) {
      return s.fail(
        c,
        400,
        "Login failed",
        "osu! did not accept the authorization code: it is invalid, expired or already used.",
      );
    }
    s.report({ stage: "callback", error });
    return s.fail(c, 502, "Login failed", "osu! could not be reached. Try again in a moment.");
  }
  const id = newSessionId();
  try {
    // A login on a browser that had a session replaces it: the old one would outlive its
    // cookie and keep the user's token from being revoked at their last logout.
    const cookie = readCookie(c.req.header("cookie"), s.names(c).session);
    const previous = await readSessionId(s.signer, cookie);
    if (previous) await s.sessions.delete(await sessionKey(previous));
    await s.sessions.create(await sessionKey(id), {
      userId: user.id,
      username: user.username,
      expiresAt: now + s.sessionTtl,
    });
  } catch (error) {
    s.report({ stage: "callback", error });
    return s.fail(c, 503, "Login failed", "The session could not be saved. Try again in a moment.");
  }
  const value = await s.signer.sign(SESSION_COOKIE, id);
  c.header("set-cookie", s.cookie(c, "session", value, s.sessionTtl), { append: true });
  c.header("cache-control", "no-store");
  return c.redirect(login.next, 302);
}

/** Exchanges the code in a private store, learns who it is, then files the tokens under them. */
async function exchange(s: AuthSetup, code: string, verifier: string): Promise<OsuUser> {
  const scratch = new MemoryTokenStore();
  const auth = new AuthHandler({ ...s.app, tokenStore: scratch, tokenKey: "login" });
  const client = new Client(auth, s.clientOptions(undefined)); // its limiter counts the exchange
  await auth.getAuthToken(code, { codeVerifier: verifier || undefined });
  const me = await client.getOwnData();
  if (!Number.isSafeInteger(me.id) || me.id <= 0) {
    throw new MalformedResponseError("osu! answered a user id that is not a whole number", {
      status: 200,
      endpoint: "getOwnData",
      excerpt: "",
    });
  }
  const record = await scratch.get("login");
  if (!record) {
    throw new AuthError("The token of the login was not kept: log in again", {
      status: 0,
      endpoint: "token",
    });
  }
  await s.store.set(s.tokenKey(me.id), record);
  return { id: me.id, username: me.username };
}

const STATE_MESSAGES: Record<StateProblem, string> = {
  missing_cookie:
    "This browser has no login in progress (it expired, or cookies are blocked). Log in again.",
  missing_state: "osu! sent no state with the callback. Log in again.",
  forged_state: "The login cookie is not valid: it was altered or signed with another secret.",
  expired_state: "The login took too long. Log in again.",
  state_mismatch: "The state does not match this browser's login: the link may be forged.",
};
