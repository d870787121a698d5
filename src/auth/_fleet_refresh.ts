/**
 * How one isolate of a fleet gets a fresh token: read the store; if the token is stale, take the
 * refresh lease, read again (another isolate may have just refreshed) and renew; without the
 * lease, poll the store until the holder has stored the new token or its lease has lapsed.
 *
 * @module
 */
import type { Clock } from "../clock.ts";
import { OsuError } from "../errors.ts";
import type { TokenRecord, TokenStore } from "./token_store.ts";

/** What {@linkcode refreshOnce} works with. */
export interface FleetRefresh {
  /** The shared store. */
  readonly store: TokenStore;
  /** The token's key in it. */
  readonly key: string;
  /** How long a lease lasts if its holder dies, in milliseconds. */
  readonly leaseTtl: number;
  /** The clock for polling. */
  readonly clock: Clock;
  /** Whether a record is fresh enough to use. */
  readonly fresh: (record: TokenRecord | undefined) => record is TokenRecord;
  /** Gets a new token (refresh or first grant) and stores it; called with the lease held. */
  readonly renew: (current: TokenRecord | undefined) => Promise<TokenRecord>;
}

/**
 * A fresh token, renewed by exactly one isolate of the fleet that shares the store.
 *
 * @param fleet the store, key, lease time, clock, freshness check and renewal
 * @returns the fresh record
 * @throws {OsuError} when no fresh token appears within three lease times
 */
export async function refreshOnce(fleet: FleetRefresh): Promise<TokenRecord> {
  const { store, key, leaseTtl, clock, fresh } = fleet;
  const started = clock.now();
  // While another holder refreshes, poll the store: soon at first, then less often.
  let pollMs = 20;
  for (;;) {
    const stored = await store.get(key);
    if (fresh(stored)) return stored;
    const lease = await store.acquireLease(key, leaseTtl);
    if (lease) {
      try {
        const current = await store.get(key);
        return fresh(current) ? current : await fleet.renew(current);
      } finally {
        await lease.release().catch(() => {});
      }
    }
    if (clock.now() - started > leaseTtl * 3) {
      throw new OsuError(
        "Gave up waiting for another isolate to refresh the token; check the token store",
      );
    }
    await clock.sleep(Math.min(pollMs, leaseTtl / 10));
    pollMs = Math.min(pollMs * 2, 250);
  }
}
