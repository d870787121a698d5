/**
 * The README as a JSR visitor reads it: install commands first, samples that type-check (the
 * `ts ignore` ones too, with their placeholders declared here) and run, and links that work on
 * jsr.io (absolute: the API reference on JSR, guides in the repository). Then the two commands a
 * contributor runs. The runnable samples of `docs/*.md` run too.
 */
import { assert, assertEquals } from "@std/assert";
import { run } from "./_run.ts";

const ROOT = new URL("../", import.meta.url);
/** Where the README's links into the repository point: guides, benchmarks. */
const REPOSITORY = "https://github.com/osu-ts/api/blob/main/";
/** The package on JSR: its API reference. */
const JSR = "https://jsr.io/@osu-ts/api";
/** Declared before each `ts ignore` sample: the values a reader fills in. */
const PLACEHOLDERS = [
  "declare const clientId: number;",
  "declare const clientSecret: string;",
  "declare const redirectUri: string;",
].join("\n");

const readme = await Deno.readTextFile(new URL("README.md", ROOT));

interface Sample {
  readonly info: string;
  readonly code: string;
  readonly line: number;
}

function samples(markdown: string): Sample[] {
  const found: Sample[] = [];
  for (const match of markdown.matchAll(/^```(\S+)([^\n]*)\n([\s\S]*?)^```/gm)) {
    const line = markdown.slice(0, match.index).split("\n").length;
    found.push({ info: `${match[1]}${match[2]}`.trim(), code: match[3], line });
  }
  return found;
}

async function deno(args: string[]): Promise<{ ok: boolean; output: string }> {
  const { code, output } = await run("deno", args, { cwd: ROOT, env: { NO_COLOR: "1" } });
  return { ok: code === 0, output };
}

Deno.test("README opens with the install commands for Deno, Node.js and Bun", () => {
  const first = samples(readme)[0];
  assertEquals(first.info, "sh");
  for (const command of ["deno add jsr:@osu-ts/api", "npx jsr add @osu-ts/api", "bunx jsr add"]) {
    assert(first.code.includes(command), `the first block lacks ${command}`);
  }
});

Deno.test("README ends with the two commands a contributor runs, and the tasks exist", async () => {
  const config = JSON.parse(await Deno.readTextFile(new URL("deno.json", ROOT)));
  const contributing = readme.slice(readme.indexOf("## Contributing"));
  const block = samples(contributing)[0];
  assert(block.code.includes("deno task demo") && block.code.includes("deno task test"));
  for (const task of ["demo", "test", "check", "bench", "bench:report", "emulator"]) {
    assert(config.tasks[task], `task ${task}`);
  }
});

Deno.test("README's TypeScript samples all type-check, the `ts ignore` ones included", async () => {
  const dir = await Deno.makeTempDir({ prefix: "osu-ts-readme-" });
  try {
    const files: string[] = [];
    for (const sample of samples(readme).filter((s) => /^(ts|typescript)\b/.test(s.info))) {
      const file = `${dir}/readme_line_${sample.line}.ts`;
      const prelude = sample.info.includes("ignore") ? `${PLACEHOLDERS}\n` : "";
      await Deno.writeTextFile(file, `${prelude}${sample.code}\nexport {};\n`);
      files.push(file);
    }
    assert(files.length >= 6, `only ${files.length} samples found`);
    const { ok, output } = await deno(["check", "--config", "deno.json", ...files]);
    assert(ok, output);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("the runnable samples of README.md and docs/*.md run", async () => {
  const docs = [...Deno.readDirSync(new URL("docs/", ROOT))]
    .filter((entry) => entry.name.endsWith(".md")).map((entry) => `docs/${entry.name}`);
  const { ok, output } = await deno(["test", "--doc", "-A", "README.md", ...docs]);
  assert(ok, output);
});

Deno.test("README's links are absolute, and those into the repository name files that exist", async () => {
  const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]);
  assert(links.length > 0);
  for (const link of links) {
    assert(link.startsWith("https://"), `relative link (broken on jsr.io): ${link}`);
    if (link.startsWith(REPOSITORY)) {
      const path = link.slice(REPOSITORY.length).split("#")[0];
      await Deno.stat(new URL(path, ROOT)); // throws NotFound for a file that does not exist
    } else if (link.includes("github.com/osu-ts") || link.includes("jsr.io")) {
      assert(link.startsWith(JSR), `a link to the project outside the two bases: ${link}`);
    }
  }
  assert(!/!\[[^\]]*\]\((?!https:)/.test(readme), "an image with a relative URL");
});
