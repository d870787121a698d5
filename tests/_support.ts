/**
 * Test support: a recording `fetch` that answers from a function, for tests that need exact
 * control of statuses and bodies. Tests that read like the README use the emulator instead.
 */
import type { FetchFunction } from "../mod.ts";

export interface Recorded {
  readonly method: string;
  readonly path: string;
  readonly search: string;
  readonly headers: Headers;
  readonly body: string;
}

export interface RecordingFetch {
  readonly fetch: FetchFunction;
  readonly requests: Recorded[];
  /** Requests whose path is `path`. */
  count(path: string): number;
}

export function recordingFetch(
  answer: (request: Recorded, index: number) => Response | Promise<Response>,
): RecordingFetch {
  const requests: Recorded[] = [];
  const fetch: FetchFunction = async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const recorded: Recorded = {
      method: request.method,
      path: url.pathname,
      search: decodeURIComponent(url.search),
      headers: request.headers,
      body: request.body ? await request.text() : "",
    };
    requests.push(recorded);
    return await answer(recorded, requests.length - 1);
  };
  return { fetch, requests, count: (path) => requests.filter((r) => r.path === path).length };
}

/** A token response like osu-web's. */
export function tokenResponse(
  accessToken: string,
  refreshToken?: string,
  expiresIn = 86400,
): Response {
  return Response.json({
    token_type: "Bearer",
    expires_in: expiresIn,
    access_token: accessToken,
    ...(refreshToken ? { refresh_token: refreshToken } : {}),
  });
}

/** An API that answers every token request with a fresh token and every other request with `{}`. */
export function simpleApi(body: unknown = { id: 2, username: "peppy" }): RecordingFetch {
  let n = 0;
  return recordingFetch((request) =>
    request.path === "/oauth/token"
      ? tokenResponse(`access-${++n}`, `refresh-${n}`)
      : Response.json(body)
  );
}

/**
 * Awaits `promise` while a fake clock runs on, a second at a time, so that rate-limit waits and
 * retry pauses pass without real sleeps.
 */
export async function settle<T>(
  promise: Promise<T>,
  clock: { tick(ms: number): Promise<void> | void },
  maxSeconds = 3600,
): Promise<T> {
  let done = false;
  promise.then(() => done = true, () => done = true);
  for (let i = 0; i < maxSeconds && !done; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (!done) await clock.tick(1000);
  }
  return await promise;
}
