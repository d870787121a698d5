/**
 * The Worker's routes, free of Workers-only imports (so Deno checks and tests them too):
 * `GET /user/:name` answers a user's profile as JSON, through a `Client` whose token and rate
 * limit live in the coordinator Durable Object named after the client id.
 *
 * @module
 */
import { Client, OsuApiError } from "../../mod.ts";
import {
  type CoordinatorNamespace,
  durableObjectClientOptions,
} from "../../adapters/durable_objects.ts";

/** The Worker's bindings: secrets, vars and the coordinator namespace. */
export interface AppEnv {
  /** The coordinator Durable Object namespace (`durable_objects` binding). */
  readonly OSU_COORDINATOR: CoordinatorNamespace;
  /** Secret: the OAuth application's client id. */
  readonly OSU_CLIENT_ID: string;
  /** Secret: the OAuth application's client secret. */
  readonly OSU_CLIENT_SECRET: string;
  /** The osu! host (the emulator's address in development). @default {"https://osu.ppy.sh"} */
  readonly OSU_BASE_URL?: string;
  /** Secret, optional: base64 of 32 random bytes; seals the stored token with AES-GCM. */
  readonly OSU_TOKEN_KEY?: string;
  /** Cost units allowed in any window, across every isolate. @default {"60"} */
  readonly OSU_LIMIT_PER_MINUTE?: string;
  /** Seconds between request starts, across every isolate. @default {"1"} */
  readonly OSU_REQUEST_WAIT_TIME?: string;
  /** The window's length in milliseconds (shortened in tests). @default {"60000"} */
  readonly OSU_RATE_WINDOW_MS?: string;
}

const USER_ROUTE = new URLPattern({ pathname: "/user/:name" });

/**
 * Answers one request.
 *
 * @param request the request
 * @param env the bindings
 * @returns the response
 */
export async function handleRequest(request: Request, env: AppEnv): Promise<Response> {
  const match = USER_ROUTE.exec(request.url);
  if (request.method !== "GET" || !match) {
    return Response.json({ error: "Not found; try GET /user/peppy" }, { status: 404 });
  }
  const name = decodeURIComponent(match.pathname.groups.name ?? "");
  try {
    const user = await clientFor(env).getUser(`@${name}`, undefined, { signal: request.signal });
    return Response.json(user);
  } catch (error) {
    if (error instanceof OsuApiError) {
      const status = error.status >= 400 && error.status < 600 ? error.status : 502;
      return Response.json({ error: error.message }, { status });
    }
    throw error;
  }
}

/**
 * A client whose token and budget are the coordinator's. It is cheap to make one per request:
 * it keeps nothing the Durable Object does not. (It must be per request: Workers forbid one
 * request's handler to touch I/O objects of another, such as a shared in-flight token request or
 * a Durable Object stub made for another request.)
 */
function clientFor(env: AppEnv): Client {
  if (!env.OSU_CLIENT_ID || !env.OSU_CLIENT_SECRET) {
    throw new Error(
      "OSU_CLIENT_ID and OSU_CLIENT_SECRET are not set; run `wrangler secret put OSU_CLIENT_ID` " +
        "and `wrangler secret put OSU_CLIENT_SECRET`",
    );
  }
  return Client.fromClientCredentials({
    clientId: env.OSU_CLIENT_ID,
    clientSecret: env.OSU_CLIENT_SECRET,
    baseUrl: env.OSU_BASE_URL || undefined,
    ...durableObjectClientOptions(env.OSU_COORDINATOR, env.OSU_CLIENT_ID, {
      limitPerMinute: numberOr(env.OSU_LIMIT_PER_MINUTE, 60),
      requestWaitTime: numberOr(env.OSU_REQUEST_WAIT_TIME, 1),
      windowMs: numberOr(env.OSU_RATE_WINDOW_MS, 60_000),
      encryptionKey: env.OSU_TOKEN_KEY
        ? Uint8Array.from(atob(env.OSU_TOKEN_KEY), (char) => char.charCodeAt(0))
        : undefined,
    }),
  });
}

function numberOr(text: string | undefined, fallback: number): number {
  const value = text ? Number(text) : NaN;
  return Number.isFinite(value) ? value : fallback;
}
