/**
 * The package itself: the exports map and the files on disk agree, and the core stays free of
 * runtime-specific APIs.
 */
import { assert, assertEquals } from "@std/assert";

const root = new URL("../", import.meta.url);
const config = JSON.parse(await Deno.readTextFile(new URL("deno.json", root)));

async function* files(dir: URL): AsyncGenerator<URL> {
  for await (const entry of Deno.readDir(dir)) {
    const url = new URL(entry.name + (entry.isDirectory ? "/" : ""), dir);
    if (entry.isDirectory) yield* files(url);
    else if (entry.name.endsWith(".ts")) yield url;
  }
}

Deno.test("deno.json: every subpath export resolves to a module that exports something", async () => {
  const exports: Record<string, string> = config.exports;
  assertEquals(Object.keys(exports).sort(), [
    ".",
    "./durable-objects",
    "./hono",
    "./kv",
    "./testing",
  ]);
  for (const [subpath, file] of Object.entries(exports)) {
    const module = await import(new URL(file, root).href);
    assert(Object.keys(module).length > 0, `${subpath} (${file}) exports nothing`);
  }
});

Deno.test("src/ uses only web-standard APIs: no Deno.*, node:, npm: or jsr: imports", async () => {
  const offenders: string[] = [];
  for await (const file of files(new URL("src/", root))) {
    const text = await Deno.readTextFile(file);
    const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
    if (/\bDeno\.|["'](node|npm|jsr):/.test(code)) offenders.push(file.pathname);
  }
  assertEquals(offenders, []);
});

Deno.test("mod.ts holds a module doc comment and export lines, nothing else", async () => {
  const text = await Deno.readTextFile(new URL("mod.ts", root));
  const statements = text.replace(/\/\*\*[\s\S]*?\*\//, "").replace(/^\/\/.*$/gm, "")
    .split(";").map((statement) => statement.trim()).filter(Boolean);
  assert(
    statements.every((statement) => /^export (type )?(\{[^}]*\}|\*) from "[^"]+"$/.test(statement)),
    "mod.ts has code besides exports",
  );
  assert(!/\/_[a-z_]+\.ts"/.test(text), "mod.ts exports a private `_` file");
});

Deno.test("deno task check lints the docs of every export together, as JSR does", () => {
  const lint = (config.tasks.check as string).split("&&").map((c) => c.trim())
    .find((command) => command.startsWith("deno doc --lint"));
  assertEquals(lint?.split(/\s+/).slice(3).sort(), Object.values(config.exports).sort());
});

Deno.test("every entry point has a module doc with an example", async () => {
  for (const [subpath, file] of Object.entries(config.exports as Record<string, string>)) {
    const text = await Deno.readTextFile(new URL(file, root));
    const doc = /^\s*\/\*\*([\s\S]*?)\*\//.exec(text)?.[1] ?? "";
    assert(doc.includes("@module"), `${subpath} (${file}) has no module doc`);
    assert(doc.includes("```ts"), `${subpath} (${file}): its module doc has no example`);
  }
});
