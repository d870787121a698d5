/**
 * The documented surface, as `deno doc` (and so JSR) shows it: `Client` declares every endpoint
 * method itself, and `mod.ts` exports no internals of the client.
 */
import { assert, assertEquals } from "@std/assert";
import { endpoints } from "../mod.ts";

interface DocMethod {
  readonly name: string;
  readonly kind: string;
  readonly isStatic?: boolean;
}

interface DocSymbol {
  readonly name: string;
  readonly kind: string;
  readonly def?: { readonly extends?: unknown; readonly methods?: readonly DocMethod[] };
}

/** The symbols `deno doc --json mod.ts` lists (its output format 2, or the older flat one). */
async function documentedSymbols(): Promise<DocSymbol[]> {
  const output = await new Deno.Command(Deno.execPath(), {
    args: ["doc", "--json", "mod.ts"],
    cwd: new URL("..", import.meta.url),
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert(output.success, new TextDecoder().decode(output.stderr));
  const json = JSON.parse(new TextDecoder().decode(output.stdout));
  if (Array.isArray(json.nodes)) {
    return (json.nodes as FlatNode[]).map((node) => ({
      name: node.name,
      kind: node.kind,
      def: node.classDef,
    }));
  }
  return (Object.values(json.nodes) as DocModule[]).flatMap((module) =>
    module.symbols.flatMap((symbol) =>
      symbol.declarations.map(({ kind, def }) => ({ name: symbol.name, kind, def }))
    )
  );
}

/** A node of `deno doc --json`'s older, flat format. */
interface FlatNode {
  readonly name: string;
  readonly kind: string;
  readonly classDef?: DocSymbol["def"];
}

/** A module of `deno doc --json`'s format 2: its symbols, each with its declarations. */
interface DocModule {
  readonly symbols: readonly {
    readonly name: string;
    readonly declarations: readonly { kind: string; def?: DocSymbol["def"] }[];
  }[];
}

const symbols = await documentedSymbols();

Deno.test("Client declares a method for every row of endpoints itself, extending nothing", () => {
  const client = symbols.find((symbol) => symbol.name === "Client" && symbol.kind === "class");
  assert(client?.def, "mod.ts exports no class Client");
  assertEquals(client.def.extends ?? null, null);
  const declared = new Set(
    (client.def.methods ?? [])
      .filter((method) => method.kind === "method" && !method.isStatic)
      .map((method) => method.name),
  );
  assertEquals(Object.keys(endpoints).filter((name) => !declared.has(name)), []);
  assert(declared.has("paginate"), "Client declares no paginate method");
});

Deno.test("mod.ts exports no *Api class", () => {
  assertEquals(symbols.filter((symbol) => /Api$/.test(symbol.name)).map((s) => s.name), []);
});

Deno.test("mod.ts does not export ClientCore", () => {
  assertEquals(symbols.filter((symbol) => symbol.name === "ClientCore").map((s) => s.name), []);
});

Deno.test("mod.ts exports at most 50 runtime values, none of the pipeline's internals", () => {
  const runtime = new Set(
    symbols.filter((symbol) => ["class", "function", "variable", "enum"].includes(symbol.kind))
      .map((symbol) => symbol.name),
  );
  assert(runtime.size <= 50, `${runtime.size} runtime exports: ${[...runtime].join(", ")}`);
  const internals = [
    "callHook",
    "retryDelay",
    "isRetryable",
    "attachTransport",
    "secretValues",
    "endpointDefinitions",
    "base64Url",
    "paginate",
  ];
  assertEquals(internals.filter((name) => runtime.has(name)), []);
});
