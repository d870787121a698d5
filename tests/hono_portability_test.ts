/**
 * The Hono adapter runs unchanged on Deno, Cloudflare Workers and Bun: it uses web-standard APIs
 * only, and takes its configuration from bindings as well as from the environment.
 */
import { assertEquals } from "@std/assert";
import { Hono } from "hono";
import { type OsuAuth, osuAuth, type OsuAuthVariables } from "@osu-ts/api/hono";
import { createEmulator } from "@osu-ts/api/testing";

Deno.test("adapters/hono.ts and its helpers use no Deno or Node API", async () => {
  const seen = new Set<string>();
  const visit = async (url: URL) => {
    if (seen.has(url.href)) return;
    seen.add(url.href);
    const source = await Deno.readTextFile(url);
    assertEquals(source.match(/\bDeno\.|from "node:|\bprocess\.env|\bBuffer\b/g), null, url.href);
    for (const [, path] of source.matchAll(/from "(\.\/_[a-z_]+\.ts)"/g)) {
      await visit(new URL(path, url));
    }
  };
  await visit(new URL("../adapters/hono.ts", import.meta.url));
  assertEquals(seen.size > 5, true);
});

Deno.test("osuAuth() can be built from Workers-style bindings on the first request", async () => {
  const osu = createEmulator();
  type Bindings = { OSU_CLIENT_SECRET: string; SESSION_SECRET: string };
  type AppEnv = { Bindings: Bindings; Variables: OsuAuthVariables };
  const app = new Hono<AppEnv>();
  let auth: OsuAuth<AppEnv> | undefined;
  app.use((c, next) =>
    (auth ??= osuAuth<AppEnv>({
      clientId: osu.credentials.clientId,
      clientSecret: c.env.OSU_CLIENT_SECRET,
      redirectUri: osu.credentials.redirectUri,
      secret: c.env.SESSION_SECRET,
      fetch: osu.fetch,
    }))(c, next)
  );
  app.get("/", (c) => c.text(c.get("osuUser")?.username ?? "anonymous"));
  const env: Bindings = {
    OSU_CLIENT_SECRET: osu.credentials.clientSecret,
    SESSION_SECRET: "tK8vQ2mW9xR4nB7cL1pZ6sD3fH0jG5yA",
  };
  const login = await app.request("http://localhost:8080/auth/login", {}, env);
  const cookie = login.headers.getSetCookie()[0].split(";")[0];
  const callback = await osu.approve(login.headers.get("location")!);
  const done = await app.request(callback.href, { headers: { cookie } }, env);
  const session = done.headers.getSetCookie().find((c) => c.startsWith("osu_session="))!;
  const home = await app.request("http://localhost:8080/", {
    headers: { cookie: session.split(";")[0] },
  }, env);
  assertEquals(await home.text(), osu.player.username);
});
