/**
 * `deno task demo`: the client end to end.
 *
 * By default it talks to the embedded offline osu! API emulator, so it works on a fresh machine
 * with no network: client credentials (a user, a beatmap, scores), the authorization-code flow as
 * in osu.py's example, and the password grant. With `OSU_CLIENT_ID` and `OSU_CLIENT_SECRET` set,
 * it runs the client-credentials part against the real osu! API instead, or against the host in
 * `OSU_BASE_URL` (a served emulator: `deno task emulator` prints its URL and credentials).
 *
 * @module
 */
import {
  AuthError,
  AuthHandler,
  Client,
  type FetchFunction,
  NetworkError,
  OsuError,
  Scope,
  TimeoutError,
} from "@osu-ts/api";
import { createEmulator } from "@osu-ts/api/testing";

const clientId = Deno.env.get("OSU_CLIENT_ID");
const clientSecret = Deno.env.get("OSU_CLIENT_SECRET");
const baseUrl = Deno.env.get("OSU_BASE_URL") || "https://osu.ppy.sh";
const real = Boolean(clientId && clientSecret);
const osu = createEmulator();

function heading(text: string) {
  console.log(`\n== ${text}`);
}

async function clientCredentials(
  fetch: FetchFunction | undefined,
  id: string | number,
  secret: string,
) {
  heading("Client credentials (Client.fromClientCredentials)");
  const client = Client.fromClientCredentials({
    clientId: id,
    clientSecret: secret,
    fetch,
    baseUrl: real ? baseUrl : undefined,
    requestWaitTime: real ? 1 : 0,
  });
  const user = await client.getUser("@peppy");
  const rank = user.statistics?.global_rank;
  console.log(
    `getUser("@peppy")      → ${user.username} (id ${user.id}, ${user.country_code}, rank #${
      rank ?? "–"
    })`,
  );
  const beatmap = await client.getBeatmap(75);
  const set = beatmap.beatmapset;
  console.log(
    `getBeatmap(75)         → ${
      set ? `${set.artist} - ${set.title} ` : ""
    }[${beatmap.version}] ${beatmap.difficulty_rating}★`,
  );
  const scores = await client.getUserScores(user.id, "best", { mode: "osu", limit: 3 });
  console.log(`getUserScores(best)    → ${scores.length} scores`);
  for (const score of scores) {
    console.log(
      `  ${score.pp?.toFixed(1) ?? "–"}pp  ${
        (score.accuracy * 100).toFixed(2)
      }%  on beatmap ${score.beatmap_id}`,
    );
  }
  const ranking = await client.getRanking("osu", "performance");
  const top = ranking.ranking[0] as { user?: { username?: string }; pp?: number } | undefined;
  console.log(
    `getRanking(osu)        → #1 is ${top?.user?.username ?? "?"} with ${top?.pp ?? "?"}pp`,
  );
}

async function authorizationCode() {
  heading("Authorization code, as in osu.py's example (AuthHandler + getAuthUrl)");
  const auth = new AuthHandler({ ...osu.credentials, scope: Scope.identify(), fetch: osu.fetch });
  const { url, state, codeVerifier } = await auth.getAuthUrl();
  console.log(`Send the user to: ${url.slice(0, 100)}…`);
  const callback = await osu.approve(url); // the emulator's user clicks "Authorize"
  console.log(`They come back to: ${callback.origin}${callback.pathname}?code=…&state=…`);
  if (callback.searchParams.get("state") !== state) throw new Error("state mismatch");
  await auth.getAuthToken(callback.searchParams.get("code")!, { codeVerifier });
  const client = new Client(auth, { fetch: osu.fetch, requestWaitTime: 0 });
  const me = await client.getOwnData("osu");
  console.log(`getOwnData("osu")      → ${me.username}`);
}

async function passwordGrant() {
  heading("Password grant, as the lazer client (Client.fromOsuCredentials)");
  console.log(
    "(osu! forbids third parties this grant with real accounts; shown on the emulator only)",
  );
  const client = Client.fromOsuCredentials({
    username: osu.player.username,
    password: osu.player.password,
    acknowledgeRisk: true,
    fetch: osu.fetch,
    requestWaitTime: 0,
  });
  const me = await client.getOwnData();
  console.log(`getOwnData()           → ${me.username}, token scope: ${client.auth?.scope}`);
}

/**
 * One line for a failure of the real backend: what failed and what to check.
 *
 * @param error what the client threw
 * @returns the line
 */
function explain(error: unknown): string {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  // The library's messages say what to check; the demo adds only which variable that is.
  if (error instanceof AuthError) return `${what} (OSU_CLIENT_ID, OSU_CLIENT_SECRET)`;
  if (error instanceof TimeoutError || error instanceof NetworkError) {
    return `${what} (OSU_BASE_URL: ${baseUrl})`;
  }
  return what;
}

if (real) {
  console.log(`Backend: the osu! API at ${baseUrl} (OSU_CLIENT_ID is set)`);
  try {
    await clientCredentials(undefined, clientId!, clientSecret!);
  } catch (error) {
    if (!(error instanceof OsuError)) throw error;
    console.error(`\nThe demo stopped: ${explain(error)}`);
    Deno.exit(1);
  }
} else {
  console.log("Backend: the embedded offline osu! API emulator (set OSU_CLIENT_ID and");
  console.log("OSU_CLIENT_SECRET to use the real API, and OSU_BASE_URL for another host)");
  if (Deno.env.get("OSU_BASE_URL")) {
    console.log(
      `OSU_BASE_URL (${baseUrl}) is used only with OSU_CLIENT_ID and OSU_CLIENT_SECRET: ` +
        "ignored here",
    );
  }
  await clientCredentials(osu.fetch, osu.credentials.clientId, osu.credentials.clientSecret);
  await authorizationCode();
  await passwordGrant();
  heading("Emulator log");
  console.log(
    `${osu.requests.length} requests, ${
      osu.requests.filter((r) => r.path === "/oauth/token").length
    } of them token requests`,
  );
}
