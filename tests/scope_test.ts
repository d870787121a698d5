import { assert, assertEquals, assertStringIncludes, assertThrows } from "@std/assert";
import { InvalidScopeError, Scope, type ScopeName } from "../mod.ts";
import { assertGrantAllows } from "../src/auth/grant_rules.ts";

Deno.test("new Scope() keeps the names and gives osu-web's space-separated form", () => {
  const scope = new Scope("public", "identify", "friends.read");
  assertEquals(scope.toString(), "public identify friends.read");
  assertEquals(JSON.stringify({ scope }), '{"scope":"public identify friends.read"}');
});

Deno.test("Scope.default() and Scope.identify() match osu.py", () => {
  assertEquals(Scope.default().toString(), "public");
  assertEquals(Scope.identify().toString(), "public identify");
});

Deno.test('new Scope("pubic") throws InvalidScopeError naming it and listing the valid ones', () => {
  const error = assertThrows(() => new Scope("pubic" as ScopeName), InvalidScopeError);
  assertStringIncludes(error.message, '"pubic"');
  assertStringIncludes(error.message, "public, identify, friends.read");
  assertEquals(error.scopes, ["pubic"]);
});

Deno.test("Scope.parse() reads the space-separated form and rejects unknown names", () => {
  assertEquals(Scope.parse("public  chat.read").names, ["public", "chat.read"]);
  assertThrows(() => Scope.parse("public chat.reed"), InvalidScopeError, "chat.reed");
});

Deno.test("an empty Scope is an error, not a silent public", () => {
  assertThrows(() => new Scope(), InvalidScopeError);
});

Deno.test("Scope.has() treats * as every scope", () => {
  assert(Scope.lazer().has("chat.write"));
  assert(!Scope.default().has("identify"));
});

Deno.test("client credentials cannot ask for *, nor delegation scopes without delegate", () => {
  assertThrows(
    () => assertGrantAllows("client_credentials", Scope.lazer()),
    InvalidScopeError,
    "*",
  );
  assertThrows(
    () => assertGrantAllows("client_credentials", new Scope("public", "chat.write")),
    InvalidScopeError,
    "delegate",
  );
  assertThrows(
    () => assertGrantAllows("client_credentials", new Scope("public", "delegate", "chat.write")),
    InvalidScopeError,
    '"public"',
  );
  assertGrantAllows("client_credentials", Scope.default());
  assertGrantAllows("client_credentials", new Scope("delegate", "chat.write"));
});

Deno.test("the authorization-code grant cannot ask for delegate or *", () => {
  assertThrows(
    () => assertGrantAllows("authorization_code", new Scope("public", "delegate")),
    InvalidScopeError,
  );
  assertThrows(() => assertGrantAllows("authorization_code", Scope.lazer()), InvalidScopeError);
  assertGrantAllows("authorization_code", new Scope("public", "identify", "chat.read"));
});
