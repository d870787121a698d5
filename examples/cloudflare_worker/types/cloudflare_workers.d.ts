/**
 * The `cloudflare:workers` module for `deno check` (Deno cannot resolve the `cloudflare:`
 * scheme): `deno.workers.json` maps the specifier here, and this re-exports what
 * `@cloudflare/workers-types` declares for it. Wrangler keeps the real import external.
 *
 * @module
 */
// `export import` re-exports the class; the linter does not see the export.
// deno-lint-ignore no-unused-vars
export import DurableObject = CloudflareWorkersModule.DurableObject;
