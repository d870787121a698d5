/**
 * Hono, the npm package the Hono adapter is typed against. `deno.json` maps the bare `"hono"` here
 * instead of to `npm:hono@4`: `deno task` caches every npm package named in the config's `imports`
 * before it runs any task, so an `npm:` entry there would make `deno task demo` need the network.
 *
 * @module
 */
export * from "npm:hono@4";
