/**
 * A subprocess of `deno_kv_client_test.ts`: a fresh `Client` with a `KvTokenStore` and a
 * `KvRateLimiter` on a shared KV file, making `calls` concurrent calls to a served emulator; with
 * `afterExpiry`, it waits until the stored token has expired and makes them again.
 *
 * @module
 */
import { Client, LazerAuthHandler } from "@osu-ts/api";
import { KvRateLimiter, KvTokenStore } from "@osu-ts/api/kv";
import { readyThenWait, report, settings } from "./_worker_io.ts";

const config = settings<{
  path: string;
  baseUrl: string;
  username: string;
  password: string;
  calls: number;
  afterExpiry: boolean;
  leaseTtl: number;
}>();
const kv = await Deno.openKv(config.path);
const tokenStore = new KvTokenStore(kv);
const auth = new LazerAuthHandler({
  username: config.username,
  password: config.password,
  acknowledgeRisk: true,
  tokenStore,
  refreshMargin: 0,
  leaseTtl: config.leaseTtl,
});
const client = new Client(auth, {
  baseUrl: config.baseUrl,
  rateLimiter: new KvRateLimiter(kv, { requestWaitTime: 0, limitPerMinute: 1200 }),
});
await readyThenWait();

async function burst(): Promise<number> {
  const users = await Promise.all(
    Array.from({ length: config.calls }, () => client.getUser(2)),
  );
  return users.filter((user) => user.id === 2).length;
}

const first = await burst();
let second = 0;
if (config.afterExpiry) {
  const record = await tokenStore.get(auth.tokenKey);
  await new Promise((resolve) => setTimeout(resolve, record!.expiresAt - Date.now() + 20));
  second = await burst();
}
const finishedAt = Date.now();
kv.close();
report({ first, second, finishedAt });
