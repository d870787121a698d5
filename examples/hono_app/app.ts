/**
 * The example site as a Hono app: `osuAuth` for "log in with osu!", a home page and a profile
 * page. Nothing here is Deno-specific: the same app runs on Cloudflare Workers.
 *
 * @module
 */
import { Hono } from "hono";
import { osuAuth, type OsuAuthEnv, type OsuAuthOptions } from "@osu-ts/api/hono";
import { homePage, type PageContext, profilePage } from "./pages.ts";

/** Options of {@linkcode createApp}. */
export interface AppOptions {
  /** The options of `osuAuth`: credentials, cookie secret, store, and the osu! host. */
  readonly auth: OsuAuthOptions;
  /** A line for the footer, e.g. which osu! the site talks to. */
  readonly footer?: string;
}

/**
 * Builds the site.
 *
 * @param options the auth options and the footer
 * @returns the Hono app
 */
export function createApp(options: AppOptions): Hono<OsuAuthEnv> {
  const auth = osuAuth(options.auth);
  const app = new Hono<OsuAuthEnv>();
  app.use(auth);
  const page = (user: OsuAuthEnv["Variables"]["osuUser"]): PageContext => ({
    user,
    paths: auth.paths,
    footer: options.footer ?? "Made with osu-ts",
  });

  app.get("/", (c) => c.html(homePage(page(c.get("osuUser"))).text));

  app.get("/profile", auth.requireLogin, async (c) => {
    const osu = c.get("osu")!;
    const { id } = c.get("osuUser")!;
    const [user, best] = await Promise.all([
      osu.getUser(id),
      osu.getUserScores(id, "best", { limit: 5 }),
    ]);
    return c.html(profilePage(page(c.get("osuUser")), user, best).text);
  });

  return app;
}
