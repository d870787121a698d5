/**
 * A small osu-ts program for other runtimes: bundled by `node_bun_test.ts` and run by Node.js and
 * Bun against the emulator served on 127.0.0.1, through the runtime's own `fetch`. It prints one
 * JSON line with what it saw, or fails with a non-zero exit code. `GET /stall` (served by the test)
 * sends headers and the start of a body, then nothing.
 *
 * Usage: `node program.mjs <base URL> <client id> <client secret>`
 *
 * @module
 */
import { Client, HttpHandler, NotFoundError, TimeoutError } from "@osu-ts/api";

declare const process: { readonly argv: readonly string[] };

const [baseUrl, clientId, clientSecret] = process.argv.slice(2);
const client = Client.fromClientCredentials({
  clientId,
  clientSecret,
  baseUrl,
  requestWaitTime: 0,
});

const [user, beatmap] = await Promise.all([client.getUser("@peppy"), client.getBeatmap(75)]);
const scores = [];
for await (const score of client.paginate("getUserScores", [user.id, "best"], { limit: 3 })) {
  scores.push(score.id);
}
let notFound = false;
try {
  await client.getUser(999_999_999);
} catch (error) {
  notFound = error instanceof NotFoundError && error.status === 404;
}
// The runtime's fetch must end a body that stalls when the timeout signal aborts.
let stalledBody = "resolved";
try {
  await new HttpHandler({ timeout: 200, retry: false }).send({
    endpoint: "stall",
    method: "GET",
    url: new URL(`${baseUrl}/stall`),
    headers: {},
    response: "json",
  });
} catch (error) {
  stalledBody = error instanceof TimeoutError ? "TimeoutError" : String(error);
}
console.log(JSON.stringify({
  user: user.username,
  beatmap: beatmap.id,
  scores: scores.length,
  notFound,
  stalledBody,
}));
