/**
 * The private frame reader of the notification websocket: each frame osu! sends, read as osu-web
 * and osu-notification-server write it, and anything else passed on as `unknown`.
 */
import { assertEquals } from "@std/assert";
import { parseFrame } from "../src/realtime/_parse_event.ts";
import { reconnectDelay, reconnectPolicy } from "../src/realtime/_backoff.ts";

Deno.test("parseFrame reads connection.ready and the authentication failure", () => {
  assertEquals(parseFrame('{"event":"connection.ready"}'), { kind: "ready" });
  assertEquals(parseFrame('{"error":"authentication failed"}'), {
    kind: "refused",
    error: "authentication failed",
  });
});

Deno.test("parseFrame reads read with osu-web's data and with the docs' top-level ids", () => {
  const fromSource = parseFrame(JSON.stringify({
    event: "read",
    data: { notifications: [{ id: 7, object_type: "beatmapset" }], read_count: 1, timestamp: "t" },
  }));
  assertEquals(fromSource, {
    kind: "event",
    event: {
      event: "read",
      data: {
        ids: [7],
        notifications: [{ id: 7, object_type: "beatmapset" }],
        read_count: 1,
        timestamp: "t",
      },
    },
  });
  const fromDocs = parseFrame(JSON.stringify({ event: "read", ids: [1, 2] }));
  assertEquals(fromDocs, {
    kind: "event",
    event: { event: "read", data: { ids: [1, 2], notifications: [] } },
  });
});

Deno.test("parseFrame reads chat.message.new with its messages and users", () => {
  const frame = parseFrame(JSON.stringify({
    event: "chat.message.new",
    data: { messages: [{ message_id: 1 }], users: [{ id: 2 }] },
  }));
  assertEquals(frame, {
    kind: "event",
    event: {
      event: "chat.message.new",
      data: { messages: [{ message_id: 1 }], users: [{ id: 2 }] } as never,
    },
  });
});

Deno.test("parseFrame passes unknown events, bad JSON and binary frames on as unknown", () => {
  assertEquals(parseFrame('{"event":"chat.typing","data":{"a":1}}'), {
    kind: "event",
    event: { event: "unknown", data: { event: "chat.typing", data: { a: 1 } } },
  });
  assertEquals(parseFrame("not json"), {
    kind: "event",
    event: { event: "unknown", data: { event: null, data: "not json" } },
  });
  const bytes = new Uint8Array([1, 2]);
  assertEquals(parseFrame(bytes), {
    kind: "event",
    event: { event: "unknown", data: { event: null, data: bytes } },
  });
  // A known name with a payload of the wrong shape is not forced into its type.
  assertEquals(parseFrame('{"event":"new","data":"x"}'), {
    kind: "event",
    event: { event: "unknown", data: { event: "new", data: "x" } },
  });
});

Deno.test("reconnectDelay doubles up to maxDelay, jittered between half and all", () => {
  const top = reconnectPolicy({ initialDelay: 1_000, maxDelay: 8_000, random: () => 1 });
  assertEquals([1, 2, 3, 4, 5].map((n) => reconnectDelay(n, top)), [
    1_000,
    2_000,
    4_000,
    8_000,
    8_000,
  ]);
  const bottom = reconnectPolicy({ initialDelay: 1_000, random: () => 0 });
  assertEquals(reconnectDelay(3, bottom), 2_000);
});
