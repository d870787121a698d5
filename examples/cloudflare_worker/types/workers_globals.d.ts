/**
 * Globals of the Workers runtime that `@cloudflare/workers-types` declares but Deno hides when it
 * reads an npm package's types (Deno keeps these names for Node's own): declared again here so
 * the Worker type-checks as it runs.
 *
 * @module
 */
export {};

declare global {
  /** The Workers console (logs go to `wrangler dev` and `wrangler tail`). */
  interface WorkersConsole {
    log(...data: unknown[]): void;
    info(...data: unknown[]): void;
    warn(...data: unknown[]): void;
    error(...data: unknown[]): void;
    debug(...data: unknown[]): void;
  }
  var console: WorkersConsole;
  var crypto: Crypto;
}
