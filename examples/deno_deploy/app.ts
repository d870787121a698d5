/**
 * The example app's routes, as a `Request → Response` handler that takes its client and KV
 * database from outside (so the test and `main.ts` can wire them differently).
 *
 * - `GET /user/:name`: the user as JSON (a few fields).
 * - `GET /leaderboard/:mode`: the top 50 of a ruleset, cached in KV for `cacheMs` for every
 *   isolate (the expiry is stored in the value; KV's `expireIn` only cleans up).
 *
 * @module
 */
import { type Client, NotFoundError, OsuApiError } from "@osu-ts/api";

const MODES = ["osu", "taiko", "fruits", "mania"] as const;
type Mode = (typeof MODES)[number];

/** Options of {@linkcode createApp}. */
export interface AppOptions {
  /** The osu! client (with a `KvTokenStore` and a `KvRateLimiter`). */
  readonly client: Client;
  /** The KV database for the leaderboard cache. */
  readonly kv: Deno.Kv;
  /** How long a leaderboard is served from the cache, in milliseconds. @default {300000} */
  readonly cacheMs?: number;
  /** The time. @default {Date.now} */
  readonly now?: () => number;
}

interface CachedBoard {
  readonly until: number;
  readonly rows: unknown[];
}

/**
 * Makes the app's handler.
 *
 * @param options client, KV, cache time and clock
 * @returns the handler for `Deno.serve`
 */
export function createApp(options: AppOptions): (request: Request) => Promise<Response> {
  const { client, kv } = options;
  const cacheMs = options.cacheMs ?? 300_000;
  const now = options.now ?? (() => Date.now());

  async function user(name: string): Promise<Response> {
    const user = await client.getUser(`@${name}`);
    return Response.json({
      id: user.id,
      username: user.username,
      country: user.country_code,
      pp: user.statistics?.pp ?? null,
      globalRank: user.statistics?.global_rank ?? null,
    });
  }

  async function leaderboard(mode: Mode): Promise<Response> {
    const key = ["app", "leaderboard", mode];
    const cached = await kv.get<CachedBoard>(key);
    if (cached.value && cached.value.until > now()) {
      return Response.json(cached.value.rows, { headers: { "x-cache": "hit" } });
    }
    const page = await client.getRanking(mode, "performance");
    const rows = page.ranking.map((row, index) => ({
      rank: index + 1,
      username: "user" in row ? row.user?.username ?? null : null,
      pp: "pp" in row ? row.pp ?? null : null,
    }));
    await kv.set(key, { until: now() + cacheMs, rows } satisfies CachedBoard, {
      expireIn: cacheMs * 2,
    });
    return Response.json(rows, { headers: { "x-cache": "miss" } });
  }

  return async (request) => {
    const { pathname } = new URL(request.url);
    try {
      const userMatch = pathname.match(/^\/user\/([^/]+)$/);
      if (userMatch) return await user(decodeURIComponent(userMatch[1]));
      const boardMatch = pathname.match(/^\/leaderboard\/([^/]+)$/);
      if (boardMatch) {
        const mode = boardMatch[1] as Mode;
        if (!MODES.includes(mode)) {
          return Response.json({ error: `Unknown mode; use one of ${MODES.join(", ")}` }, {
            status: 400,
          });
        }
        return await leaderboard(mode);
      }
      if (pathname === "/") {
        return Response.json({ routes: ["/user/:name", "/leaderboard/:mode"] });
      }
      return Response.json({ error: "Not found" }, { status: 404 });
    } catch (error) {
      if (error instanceof NotFoundError) {
        return Response.json({ error: "No such user" }, { status: 404 });
      }
      const status = error instanceof OsuApiError ? 502 : 500;
      return Response.json({ error: "osu! did not answer as expected" }, { status });
    }
  };
}
