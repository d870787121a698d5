/**
 * "Log in with osu!" in a real browser: Debian's Chromium, driven by playwright-core, opens the
 * example site (served with the emulator on 127.0.0.1), clicks "Log in with osu!", approves on
 * the emulator's authorize page, sees the username on the profile page, and logs out.
 *
 * Skipped when `/usr/bin/chromium` is missing (`apt-get install -y chromium`). Set
 * `UPDATE_SCREENSHOTS=1` to write the profile page to `docs/profile.png`.
 */
// deno-lint-ignore no-import-prefix -- test-only tool, kept out of the published import map
import { chromium } from "npm:playwright-core@1";
import { assert, assertEquals, assertFalse } from "@std/assert";
import { startExample } from "../../examples/hono_app/main.ts";

const CHROMIUM = "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function hasChromium(): boolean {
  try {
    return Deno.statSync(CHROMIUM).isFile;
  } catch {
    return false;
  }
}

const skip = !hasChromium();
if (skip) {
  console.warn(
    `Skipping the browser login test: ${CHROMIUM} is missing (install it with apt-get install -y chromium)`,
  );
}

Deno.test({
  name: "Example site: log in with osu! in Chromium, see the profile, log out",
  ignore: skip,
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    const site = startExample(() => undefined, { port: 0 }); // no credentials: the emulator
    const userDataDir = await Deno.makeTempDir({ prefix: "osu-ts-chromium-" });
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 900, height: 760 },
    });
    try {
      const page = context.pages()[0] ?? await context.newPage();
      // offline: refuse anything but the two local servers (e.g. avatars on a.ppy.sh)
      await page.route("**/*", (route) => {
        const host = new URL(route.request().url()).hostname;
        return host === "localhost" || host === "127.0.0.1" ? route.continue() : route.abort();
      });

      await page.goto(site.url);
      await page.getByText("Log in with osu!").click();
      await page.waitForURL(`${site.emulatorUrl}/oauth/authorize?**`);
      await page.getByRole("button", { name: "Authorize" }).click();
      await page.waitForURL(`${site.url}/profile`);
      assertEquals(await page.locator("#username").textContent(), site.emulator!.player.username);
      assertEquals(await page.locator(".plays li").count(), 5);

      const cookies = await context.cookies(site.url);
      const session = cookies.find((cookie) => cookie.name === "osu_session");
      assert(session, "the session cookie is set");
      assert(session.httpOnly);
      assertEquals(session.sameSite, "Lax");
      assertFalse(cookies.some((cookie) => cookie.name === "osu_auth_state"), "state is cleared");

      const shot = await page.screenshot({ fullPage: true });
      assertEquals([...shot.subarray(1, 4)].map((b) => String.fromCharCode(b)).join(""), "PNG");
      if (Deno.env.get("UPDATE_SCREENSHOTS") === "1") {
        await Deno.writeFile(new URL("../../docs/profile.png", import.meta.url), shot);
      }

      await page.locator("#logout").click();
      await page.waitForURL(`${site.url}/`);
      assert(await page.getByText("Log in with osu!").isVisible());
      const after = await context.cookies(site.url);
      assertFalse(after.some((cookie) => cookie.name === "osu_session"), "the session is gone");
      assert(site.emulator!.requests.some((r) => r.path === "/api/v2/oauth/tokens/current"));
    } finally {
      await context.close();
      await site.shutdown();
      await Deno.remove(userDataDir, { recursive: true });
    }
  },
});
