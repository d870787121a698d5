/**
 * The Worker's routes, a Hono app made once at module scope and free of Workers-only imports (so
 * Deno checks and tests it too):
 *
 * - `GET /`: who is logged in, with "Log in with osu!" or "Log out".
 * - `GET /auth/login`, `GET /callback`, `POST /auth/logout`: the login (`osuAuth`), its options
 *   read from the request's bindings; users' tokens and sessions are kept in the coordinator
 *   Durable Object, each user's rate-limit budget in an object of its own.
 * - `GET /me`: the logged-in user's own profile from osu! (their token), as JSON.
 * - `GET /user/:name`: a user's profile as JSON, through the application's own token
 *   (client credentials).
 *
 * Every request reaches osu! through Durable Objects: the coordinator named after the client id
 * keeps one token for the application, one per user (refreshed once), the sessions and the
 * application's budget; each user's budget is shared by every isolate too.
 *
 * What is kept between requests: the app, `osuAuth`, the stores and the limiter (they hold only
 * the namespace binding and a name, and make a stub per operation) and the application's
 * `Client`.
 * What belongs to one request: every stub, timer, fetch and promise a call makes, and the users'
 * `Client`s that `osuAuth` makes for each request.
 *
 * @module
 */
import { Hono } from "hono";
import { Client, OsuApiError } from "../../mod.ts";
import {
  durableObjectClientOptions,
  DurableObjectSessionStore,
  type SessionCoordinatorNamespace,
} from "../../adapters/durable_objects.ts";
import { osuAuth, type OsuAuthVariables } from "../../adapters/hono.ts";

/** The Worker's bindings: secrets, vars and the coordinator namespace. */
export interface AppEnv {
  /** The coordinator Durable Object namespace (`durable_objects` binding). */
  readonly OSU_COORDINATOR: SessionCoordinatorNamespace;
  /** Secret: the OAuth application's client id. */
  readonly OSU_CLIENT_ID: string;
  /** Secret: the OAuth application's client secret. */
  readonly OSU_CLIENT_SECRET: string;
  /** Secret: 32 or more random characters; signs the login cookies. */
  readonly OSU_SESSION_SECRET: string;
  /**
   * The callback URL registered with osu! for the application.
   * @default {"<this Worker's origin>/callback"}
   */
  readonly OSU_REDIRECT_URI?: string;
  /** The osu! host (the emulator's address in development). @default {"https://osu.ppy.sh"} */
  readonly OSU_BASE_URL?: string;
  /** Secret, optional: base64 of 32 random bytes; seals the stored tokens with AES-GCM. */
  readonly OSU_TOKEN_KEY?: string;
  /** Cost units allowed in any window, across every isolate. @default {"60"} */
  readonly OSU_LIMIT_PER_MINUTE?: string;
  /** Seconds between request starts, across every isolate. @default {"1"} */
  readonly OSU_REQUEST_WAIT_TIME?: string;
  /** The window's length in milliseconds (shortened in tests). @default {"60000"} */
  readonly OSU_RATE_WINDOW_MS?: string;
}

/** The app's Hono environment. */
export type HonoEnv = { Bindings: AppEnv; Variables: OsuAuthVariables };

const auth = osuAuth<HonoEnv>((c) => ({
  clientId: clientId(c.env),
  clientSecret: c.env.OSU_CLIENT_SECRET,
  redirectUri: c.env.OSU_REDIRECT_URI || new URL("/callback", c.req.url).href,
  secret: c.env.OSU_SESSION_SECRET,
  baseUrl: c.env.OSU_BASE_URL || undefined,
  // Users' tokens and sessions in the coordinator; each user's budget in an object of its own.
  tokenStore: coordinator(c.env).tokenStore,
  sessionStore: coordinator(c.env).sessionStore,
}));

/** The Worker's Hono app. */
export const app: Hono<HonoEnv> = new Hono<HonoEnv>();

app.use(auth);

app.get("/", (c) => {
  const user = c.get("osuUser");
  c.header("cache-control", "no-store");
  return c.html(
    user
      ? `<p>Logged in as ${escape(user.username)}. <a href="/me">/me</a></p>
<form method="post" action="${auth.paths.logout}"><button>Log out</button></form>`
      : `<p><a href="${auth.paths.login}">Log in with osu!</a> · <a href="/user/peppy">/user/peppy</a></p>`,
  );
});

app.get("/me", auth.requireLogin, async (c) => {
  return c.json(await c.get("osu")!.getOwnData(undefined, { signal: c.req.raw.signal }));
});

app.get("/user/:name", async (c) => {
  const user = await appClient(c.env).getUser(`@${c.req.param("name")}`, undefined, {
    signal: c.req.raw.signal,
  });
  return c.json(user);
});

app.notFound((c) => c.json({ error: "Not found; try GET /user/peppy, or log in at /" }, 404));

app.onError((error, c) => {
  if (error instanceof OsuApiError) {
    const status = error.status >= 400 && error.status < 600 ? error.status : 502;
    return c.json({ error: error.message }, status as 404);
  }
  throw error;
});

/** What the app keeps in the coordinator named after the client id. */
interface Coordinator extends ReturnType<typeof durableObjectClientOptions> {
  /** The users' sessions (and, in objects of their own, their budgets). */
  readonly sessionStore: DurableObjectSessionStore;
}

const coordinators = new WeakMap<AppEnv, Coordinator>();
const appClients = new WeakMap<AppEnv, Client>();

/**
 * The application's own client (client credentials), made once per set of bindings. It keeps the
 * token in memory between requests (plain data) and the rest in the Durable Object; each call
 * makes its own stubs, timers and fetches in the request that makes it.
 */
function appClient(env: AppEnv): Client {
  let client = appClients.get(env);
  if (!client) {
    client = Client.fromClientCredentials({
      clientId: clientId(env),
      clientSecret: env.OSU_CLIENT_SECRET,
      baseUrl: env.OSU_BASE_URL || undefined,
      tokenStore: coordinator(env).tokenStore,
      rateLimiter: coordinator(env).rateLimiter,
    });
    appClients.set(env, client);
  }
  return client;
}

/**
 * The token store, limiter and session store on the coordinator named after the client id, made
 * once per set of bindings: they keep only the namespace and the name (a stub is made per
 * operation), so they may outlive the request that made them.
 */
function coordinator(env: AppEnv): Coordinator {
  let options = coordinators.get(env);
  if (!options) {
    const sessionStore = new DurableObjectSessionStore(env.OSU_COORDINATOR, clientId(env));
    const own = durableObjectClientOptions(env.OSU_COORDINATOR, clientId(env), {
      limitPerMinute: numberOr(env.OSU_LIMIT_PER_MINUTE, 60),
      requestWaitTime: numberOr(env.OSU_REQUEST_WAIT_TIME, 1),
      windowMs: numberOr(env.OSU_RATE_WINDOW_MS, 60_000),
      encryptionKey: env.OSU_TOKEN_KEY
        ? Uint8Array.from(atob(env.OSU_TOKEN_KEY), (char) => char.charCodeAt(0))
        : undefined,
    });
    options = { ...own, sessionStore };
    coordinators.set(env, options);
  }
  return options;
}

function clientId(env: AppEnv): string {
  if (!env.OSU_CLIENT_ID || !env.OSU_CLIENT_SECRET || !env.OSU_SESSION_SECRET) {
    throw new Error(
      "OSU_CLIENT_ID, OSU_CLIENT_SECRET and OSU_SESSION_SECRET must be set; run " +
        "`wrangler secret put OSU_CLIENT_ID` (and the others)",
    );
  }
  return env.OSU_CLIENT_ID;
}

function numberOr(text: string | undefined, fallback: number): number {
  const value = text ? Number(text) : NaN;
  return Number.isFinite(value) ? value : fallback;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
