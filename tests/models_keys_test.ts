/**
 * The key walk: every emulator answer of every method, compared key by key (recursively) with
 * the type the call returns, as the TypeScript compiler resolves it for that call expression
 * (so overloads and type maps resolve by the arguments used). Fails on keys the model lacks,
 * on required keys the emulator leaves out, and on values of the wrong type or nullability.
 */
import ts from "./_typescript.ts";
import { assert, assertEquals } from "@std/assert";
import { createEmulator } from "@osu-ts/api/testing";
import { type KeyIssue, TypeWalker } from "./_type_walk.ts";
import { makeClients, MODEL_CALLS } from "./_models_calls.ts";

const ROOT = new URL("..", import.meta.url).pathname;
const CALLS_FILE = `${ROOT}tests/_models_calls.ts`;

/** `Client` members that are not endpoint methods. */
const NOT_ENDPOINTS = new Set(["paginate", "request"]);

function compile(): { checker: ts.TypeChecker; source: ts.SourceFile; program: ts.Program } {
  const program = ts.createProgram([CALLS_FILE, `${ROOT}src/models/mod.ts`], {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowImportingTsExtensions: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
    baseUrl: ROOT,
    paths: {
      "@osu-ts/api": ["mod.ts"],
      "@osu-ts/api/testing": ["src/testing/mod.ts"],
    },
  });
  const source = program.getSourceFile(CALLS_FILE)!;
  const errors = ts.getPreEmitDiagnostics(program, source).map((d) =>
    ts.flattenDiagnosticMessageText(d.messageText, "\n")
  );
  assertEquals(errors, [], "tests/_models_calls.ts must compile");
  return { checker: program.getTypeChecker(), source, program };
}

/** The awaited return type of each call's `run`, by call name. */
function callTypes(checker: ts.TypeChecker, source: ts.SourceFile): Map<string, ts.Type> {
  const types = new Map<string, ts.Type>();
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node)) {
      const prop = (name: string) =>
        node.properties.find((p): p is ts.PropertyAssignment =>
          ts.isPropertyAssignment(p) && p.name.getText(source) === name
        );
      const name = prop("name")?.initializer;
      const run = prop("run")?.initializer;
      if (name && ts.isStringLiteral(name) && run && ts.isArrowFunction(run)) {
        const signature = checker.getSignatureFromDeclaration(run)!;
        types.set(name.text, checker.getAwaitedType(signature.getReturnType())!);
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return types;
}

/** `Client`'s methods whose answer is JSON (the ones the walk must cover). */
function jsonMethods(checker: ts.TypeChecker, source: ts.SourceFile): string[] {
  const clients = source.statements.find((s): s is ts.InterfaceDeclaration =>
    ts.isInterfaceDeclaration(s) && s.name.text === "Clients"
  )!;
  const app = clients.members.find((m) => m.name?.getText(source) === "app")!;
  const client = checker.getTypeAtLocation(app);
  return checker.getPropertiesOfType(client).flatMap((prop) => {
    const type = checker.getTypeOfSymbol(prop);
    const [signature] = type.getCallSignatures();
    if (!signature || !(prop.flags & ts.SymbolFlags.Method)) return [];
    if (/^[_#]/.test(prop.name) || NOT_ENDPOINTS.has(prop.name)) return [];
    const answer = checker.getAwaitedType(signature.getReturnType());
    // An empty body (void) or bytes (replays, downloads) is not JSON.
    if (!answer || answer.flags & ts.TypeFlags.Void) return [];
    return answer.getSymbol()?.name === "Uint8Array" ? [] : [prop.name];
  });
}

Deno.test("Every method's emulator answer has exactly the keys its return type declares", async () => {
  const { checker, source } = compile();
  const types = callTypes(checker, source);
  const walker = new TypeWalker(checker);
  const covered = new Set(MODEL_CALLS.map((c) => c.name.replace(/\(.*$/, "")));
  const uncovered = jsonMethods(checker, source).filter((m) => !covered.has(m));
  assertEquals(uncovered, [], "every JSON method has a call in tests/_models_calls.ts");

  const osu = createEmulator();
  const clients = await makeClients(osu);
  const issues = new Map<string, KeyIssue & { call: string }>();
  const failed: string[] = [];
  let paths = 0;
  let untyped = 0;
  for (const call of MODEL_CALLS) {
    const type = types.get(call.name)!;
    let value: unknown;
    try {
      value = await call.run(clients);
    } catch (error) {
      failed.push(`  ${call.name}: ${(error as Error).message}`);
      continue;
    }
    const result = walker.walk(value, type);
    paths += result.paths.size;
    untyped += result.untyped.size;
    for (const issue of result.issues) {
      const key = `${call.name} ${issue.kind} ${issue.path}`;
      if (!issues.has(key)) issues.set(key, { ...issue, call: call.name });
    }
  }
  const count = (kind: KeyIssue["kind"]) => [...issues.values()].filter((i) => i.kind === kind);
  const lines = [...issues.values()].map((i) => `  ${i.call}: ${i.kind} ${i.path} (${i.detail})`);
  console.log(
    [
      `key walk: ${MODEL_CALLS.length} calls, ${paths} key paths compared, ${untyped} untyped`,
      `  keys the models lack: ${count("extra").length}`,
      `  required keys the emulator omits: ${count("missing").length}`,
      `  wrong type or nullability: ${count("type").length}`,
      `  calls that failed: ${failed.length}`,
      ...failed,
      ...lines.slice(0, 400),
    ].join("\n"),
  );
  assertEquals([...failed, ...lines], []);
});

/** Open-ended data osu-web passes through as it is (cursors, mod settings, stored JSON). */
const OPEN_ENDED = new Set(["LegacyCursor", "ModSettings", "JsonData"]);

Deno.test("Response models have no index signature (a misspelled field is a compile error)", () => {
  const { checker, program } = compile();
  const models = program.getSourceFile(`${ROOT}src/models/mod.ts`)!;
  const exported = checker.getExportsOfModule(checker.getSymbolAtLocation(models)!);
  const open = exported.filter((symbol) => {
    if (OPEN_ENDED.has(symbol.name)) return false;
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    if (!(target.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias))) return false;
    const hasIndex = (type: ts.Type): boolean => {
      if (type.isUnionOrIntersection()) return type.types.some(hasIndex);
      if (!(type.flags & ts.TypeFlags.Object)) return false;
      if (checker.isArrayType(type) || checker.isTupleType(type)) return false;
      return checker.getIndexInfosOfType(type).length > 0;
    };
    return hasIndex(checker.getDeclaredTypeOfSymbol(target));
  }).map((symbol) => symbol.name);
  assertEquals(open, []);
  assert(exported.length > 100, `${exported.length} model types checked`);
});
