/** Unit tests of the private redaction helpers (src/_redact.ts). */
import { assert, assertEquals, assertStrictEquals } from "@std/assert";
import { AuthError, OsuError } from "../mod.ts";
import { redact, redactError } from "../src/_redact.ts";

const SECRET = 'pw hunter2/ä+&="\\';
const isOwn = (value: unknown): value is Error => value instanceof OsuError;

Deno.test("redact() removes a secret raw, percent-, form- and twice-encoded, JSON- and HTML-escaped", () => {
  const forms = [
    SECRET,
    encodeURIComponent(SECRET),
    encodeURIComponent(SECRET).toLowerCase(),
    new URLSearchParams({ v: SECRET }).toString().slice(2),
    encodeURIComponent(new URLSearchParams({ v: SECRET }).toString().slice(2)),
    SECRET.replaceAll(" ", "+"),
    JSON.stringify(SECRET).slice(1, -1),
    'pw hunter2\\/\\u00e4+&=\\"\\\\', // PHP's json_encode
    "pw hunter2/ä+&amp;=&quot;\\", // an HTML page
  ];
  for (const form of forms) {
    assertEquals(redact(`before ${form} after`, [SECRET]), "before *** after", form);
  }
});

Deno.test("redact() leaves values shorter than 4 characters alone", () => {
  assertEquals(redact("a 1 b", ["1"]), "a 1 b");
});

Deno.test("redactError() cleans every string field of an error and its causes, in place", () => {
  const inner = new Error(`inner ${SECRET}`);
  const error = new AuthError(`outer ${encodeURIComponent(SECRET)}`, {
    status: 400,
    endpoint: "token",
    serverMessage: `said ${SECRET}`,
    oauthError: SECRET,
    cause: inner,
  });
  assertStrictEquals(redactError(error, [SECRET], isOwn), error);
  const seen = [error.message, error.stack, error.serverMessage, error.oauthError, inner.message]
    .join("\n") + Deno.inspect(error, { depth: Infinity }) + JSON.stringify(error);
  assert(!seen.includes(SECRET) && !seen.includes(encodeURIComponent(SECRET)), seen);
  assertEquals(error.message, "outer ***");
  assertEquals(error.oauthError, "***");
});

Deno.test("redactError() leaves a value that is not the library's error alone (a caller's abort reason)", () => {
  const reason = new Error(`stop ${SECRET}`);
  redactError(reason, [SECRET], isOwn);
  assertEquals(reason.message, `stop ${SECRET}`);
});
