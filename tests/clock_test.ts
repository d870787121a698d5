/**
 * `systemClock`: a sleep longer than the platform's timer maximum (2^31 - 1 ms, about 24.8 days)
 * is a chain of timers, never one that overflows and fires at once. The platform's `setTimeout`
 * and `Date.now` are replaced for the test, so nothing really waits.
 */
import { assert, assertEquals, assertRejects } from "@std/assert";
import { systemClock } from "@osu-ts/api";

const MAX_TIMER_MS = 2 ** 31 - 1;

/** Replaces `setTimeout`, `clearTimeout` and `Date.now` with a fake timeline while `run` runs. */
async function withFakeTimers(
  run: (timers: { delays: number[]; fire: () => Promise<void>; pending: () => number }) => Promise<
    void
  >,
) {
  const original = {
    setTimeout: globalThis.setTimeout,
    clearTimeout: globalThis.clearTimeout,
    now: Date.now,
  };
  let now = 1_000_000;
  let nextId = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  const delays: number[] = [];
  // deno-lint-ignore no-explicit-any
  (globalThis as any).setTimeout = (callback: () => void, delay = 0) => {
    delays.push(delay);
    const id = nextId++;
    timers.set(id, { at: now + delay, callback });
    return id;
  };
  // deno-lint-ignore no-explicit-any
  (globalThis as any).clearTimeout = (id: number) => timers.delete(id);
  Date.now = () => now;
  /** Fires the earliest timer, moving the time to it. */
  const fire = async () => {
    const [id, timer] = [...timers].sort((a, b) => a[1].at - b[1].at)[0];
    timers.delete(id);
    now = Math.max(now, timer.at);
    timer.callback();
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  try {
    await run({ delays, fire, pending: () => timers.size });
  } finally {
    globalThis.setTimeout = original.setTimeout;
    globalThis.clearTimeout = original.clearTimeout;
    Date.now = original.now;
  }
}

Deno.test("systemClock.sleep() chains timers for 30 days instead of overflowing", async () => {
  await withFakeTimers(async ({ delays, fire, pending }) => {
    const start = Date.now();
    let woke = -1;
    const sleeping = systemClock.sleep(2_592_000_000).then(() => woke = Date.now());
    while (pending() > 0 && woke < 0) await fire();
    await sleeping;
    assertEquals(woke - start, 2_592_000_000);
    assert(delays.every((delay) => delay <= MAX_TIMER_MS), `a timer of ${Math.max(...delays)} ms`);
    assertEquals(delays.length, 2); // 2^31 - 1 ms, then the rest
  });
});

Deno.test("systemClock.sleep() of more than 2^31 - 1 ms can still be aborted", async () => {
  await withFakeTimers(async ({ fire, pending }) => {
    const controller = new AbortController();
    const sleeping = systemClock.sleep(2 ** 40, controller.signal);
    await fire(); // the first link of the chain
    assertEquals(pending(), 1);
    controller.abort(new Error("Stop"));
    await assertRejects(() => sleeping, Error, "Stop");
    assertEquals(pending(), 0);
  });
});

Deno.test("systemClock.sleep() of an ordinary delay is one timer", async () => {
  await withFakeTimers(async ({ delays, fire }) => {
    const sleeping = systemClock.sleep(1_500);
    await fire();
    await sleeping;
    assertEquals(delays, [1_500]);
  });
});

Deno.test("systemClock.timeout() of more than 2^31 - 1 ms does not abort at once", async () => {
  await withFakeTimers(async ({ fire }) => {
    const cancel = new AbortController();
    const signal = systemClock.timeout(2_592_000_000, cancel.signal);
    await fire(); // 2^31 - 1 ms pass
    assert(!signal.aborted);
    await fire(); // the rest
    assert(signal.aborted);
  });
});
