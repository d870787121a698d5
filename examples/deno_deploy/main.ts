/**
 * A Deno Deploy app on osu-ts: `/user/:name` and a KV-cached `/leaderboard/:mode`, with the token
 * and the rate limit shared by every isolate through Deno KV.
 *
 *   deno task example:deploy          # against the emulator, in-process
 *   OSU_CLIENT_ID=… OSU_CLIENT_SECRET=… deno task example:deploy   # against osu!
 *
 * Environment: `OSU_CLIENT_ID`, `OSU_CLIENT_SECRET` (real osu!), `OSU_TOKEN_KEY` (base64 of 32
 * bytes; seals stored tokens), `KV_PATH` (a local KV file; Deno Deploy ignores it), `PORT`.
 *
 * @module
 */
import { Client } from "@osu-ts/api";
import { KvRateLimiter, KvTokenStore } from "@osu-ts/api/kv";
import { createEmulator } from "@osu-ts/api/testing";
import { createApp } from "./app.ts";

const clientId = Deno.env.get("OSU_CLIENT_ID");
const clientSecret = Deno.env.get("OSU_CLIENT_SECRET");
const real = Boolean(clientId && clientSecret);
const emulator = real ? undefined : createEmulator();

// On Deno Deploy `Deno.openKv()` is the project's shared database. Locally, the emulator's tokens
// are valid only while it runs, so use memory unless a KV_PATH is given.
const kv = await Deno.openKv(Deno.env.get("KV_PATH") ?? (real ? undefined : ":memory:"));
const tokenKey = Deno.env.get("OSU_TOKEN_KEY");
const tokenStore = new KvTokenStore(kv, {
  encryptionKey: tokenKey ? Uint8Array.from(atob(tokenKey), (c) => c.charCodeAt(0)) : undefined,
});
// osu! asks for at most 60 requests a minute; every isolate counts against the same budget.
const rateLimiter = new KvRateLimiter(kv, { requestWaitTime: 0.5, limitPerMinute: 60 });

const client = Client.fromClientCredentials({
  ...(emulator ? { ...emulator.credentials, fetch: emulator.fetch } : {
    clientId: clientId!,
    clientSecret: clientSecret!,
  }),
  tokenStore,
  rateLimiter,
});

const port = Number(Deno.env.get("PORT") ?? 8000);
// Locally, listen on loopback only; Deno Deploy (DENO_DEPLOYMENT_ID set) picks its own address.
const hostname = Deno.env.get("DENO_DEPLOYMENT_ID") ? undefined : "127.0.0.1";
Deno.serve({
  port,
  hostname,
  onListen: ({ hostname, port }) =>
    console.log(
      `Listening on http://${hostname}:${port}/ (${real ? "osu!" : "the emulator"}): ` +
        "try /user/peppy and /leaderboard/osu",
    ),
}, createApp({ client, kv }));
