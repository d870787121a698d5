/**
 * The TypeScript compiler, for the key-walk test (tests only). Mapped here rather than in
 * `deno.json`'s imports, which `deno task` would fetch before every task.
 *
 * @module
 */
// deno-lint-ignore no-import-prefix -- test-only tool, kept out of the published import map
import ts from "npm:typescript@5.9.3";

export default ts;
