/** Unit tests of the private event hub behind `NotificationWebsocket`'s listeners and iterators. */
import { assertEquals } from "@std/assert";
import { EventHub } from "../src/realtime/_event_hub.ts";

Deno.test("EventHub: return() on an iterator ends a next() that is waiting", async () => {
  const hub = new EventHub();
  const iterator = hub.iterate();
  const waiting = iterator.next();
  await iterator.return!();
  assertEquals(await waiting, { done: true, value: undefined });
});
