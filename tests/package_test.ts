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

Deno.test("README opens with the two commands a newcomer runs", async () => {
  const readme = await Deno.readTextFile(new URL("README.md", root));
  const firstBlock = readme.slice(
    readme.indexOf("```"),
    readme.indexOf("```", readme.indexOf("```") + 3),
  );
  assert(firstBlock.includes("deno task demo") && firstBlock.includes("deno task test"));
  for (const task of ["demo", "test", "check", "bench"]) assert(config.tasks[task], `task ${task}`);
});
