/**
 * The types of `NotificationWebsocket`'s listeners and iterator: any function fits as a listener
 * (what it returns is ignored; a rejected promise, or any thenable, becomes an `error` event), and
 * the iterator's events never include `close`.
 */
import { assertEquals } from "@std/assert";
import type { ChatMessageNewData } from "@osu-ts/api";
import { next, playerSocket } from "./_realtime.ts";

Deno.test("NotificationWebsocket.on() takes listeners that return a number or a Promise<number>", async () => {
  const { ws } = await playerSocket();
  let closes = 0;
  const answer = (data: ChatMessageNewData): Promise<number> =>
    Promise.resolve(data.messages.length);
  ws.on("close", () => closes++);
  ws.on("chat.message.new", answer);
  ws.off("chat.message.new", answer);
  await ws.connect();
  ws.close();
  assertEquals(closes, 1);
});

Deno.test("NotificationWebsocket reports a listener's rejected thenable as an error event", async () => {
  const { ws } = await playerSocket();
  const failure = new Error("listener failed later");
  // A thenable that is not a native Promise (as some libraries return).
  ws.on("ready", () => ({ then: (_: unknown, reject: (e: unknown) => void) => reject(failure) }));
  const failed = next(ws, "error");
  await ws.connect();
  assertEquals((await failed).error, failure);
  ws.close();
});

Deno.test("NotificationWebsocket's iterator events leave out close", async () => {
  const { ws } = await playerSocket();
  await ws.connect();
  const names: string[] = [];
  for await (const event of ws) {
    names.push(event.event);
    // @ts-expect-error: `close` is never yielded (the iteration ends instead)
    if (event.event === "close") throw new Error("unreachable");
    if (event.event === "ready") ws.close();
  }
  assertEquals(names, ["ready"]);
});
