/**
 * The osu-ts Durable Object class, shipped as a class factory: the package cannot import
 * `cloudflare:workers` (Deno cannot resolve it and JSR cannot publish it), so your Worker passes
 * its `DurableObject` in and exports the class it gets back.
 *
 * @module
 */
import {
  type CoordinatorSql,
  SqlCoordinator,
  type SqlCoordinatorOptions,
} from "./durable_object_coordinator.ts";

/** The part of a Durable Object's `ctx` (`DurableObjectState`) the coordinator uses. */
export interface CoordinatorState {
  /** The object's storage; the coordinator keeps its tables in `storage.sql` (SQLite). */
  readonly storage: { readonly sql: CoordinatorSql };
}

/**
 * The RPC methods of the coordinator class: every public method of {@linkcode SqlCoordinator}
 * (its stub answers each with a promise, see `CoordinatorStub`), each handing the call to the
 * object's `SqlCoordinator`.
 */
export type CoordinatorMethods = { [K in keyof SqlCoordinator]: SqlCoordinator[K] };

/**
 * The class {@linkcode osuCoordinator} returns: a subclass of the `DurableObject` you passed
 * (same constructor, same instance type) with the {@linkcode CoordinatorMethods}.
 *
 * @typeParam Ctx the `ctx` type of your `DurableObject` (`DurableObjectState`)
 * @typeParam Env the `env` type of your `DurableObject`
 * @typeParam Base the instance type of your `DurableObject`
 */
export type OsuCoordinatorClass<Ctx, Env, Base> = abstract new (
  ctx: Ctx,
  env: Env,
) => Base & CoordinatorMethods;

/**
 * Makes the osu-ts coordinator Durable Object class from the runtime's `DurableObject`: one
 * object per OAuth client (named by client id) keeps its token records, refresh leases and
 * rate-limit schedule in its SQLite storage, for `DurableObjectTokenStore`,
 * `DurableObjectRateLimiter` and `durableObjectClientOptions`. Typed structurally, so it fits
 * `@cloudflare/workers-types` without depending on it: `DurableObjectNamespace<OsuCoordinator>`
 * is a `CoordinatorNamespace`. Bind it in `wrangler.toml` with a `new_sqlite_classes` migration.
 *
 * @typeParam Ctx the `ctx` type of your `DurableObject` (`DurableObjectState`)
 * @typeParam Env the `env` type of your `DurableObject`
 * @typeParam Base the instance type of your `DurableObject`
 * @param DurableObject the base class, `DurableObject` from `cloudflare:workers`
 * @param options the coordinator's clock and id maker (tests)
 * @returns the class to extend and export from your Worker's main module
 *
 * @example In a Worker's main module
 * ```ts ignore
 * import { DurableObject } from "cloudflare:workers";
 * import { osuCoordinator } from "@osu-ts/api/durable-objects";
 *
 * export class OsuCoordinator extends osuCoordinator(DurableObject) {}
 * ```
 *
 * @example Outside workerd, with a stand-in base class and `node:sqlite`
 * ```ts
 * import { osuCoordinator } from "@osu-ts/api/durable-objects";
 * import { assertEquals } from "@std/assert";
 * import { DatabaseSync } from "node:sqlite";
 *
 * const db = new DatabaseSync(":memory:");
 * const sql = {
 *   exec: (query: string, ...bindings: (string | number | null)[]) => {
 *     const rows = db.prepare(query).all(...bindings) as Record<string, string | number | null>[];
 *     return { toArray: () => rows };
 *   },
 * };
 * class DurableObject {
 *   constructor(readonly ctx: { storage: { sql: typeof sql } }, readonly env: unknown) {}
 * }
 * class OsuCoordinator extends osuCoordinator(DurableObject) {}
 *
 * const coordinator = new OsuCoordinator({ storage: { sql } }, {});
 * coordinator.setToken("app", "{}");
 * assertEquals(coordinator.getToken("app"), "{}");
 * ```
 */
export function osuCoordinator<Ctx extends CoordinatorState, Env, Base extends object>(
  DurableObject: abstract new (ctx: Ctx, env: Env) => Base,
  options: SqlCoordinatorOptions = {},
): OsuCoordinatorClass<Ctx, Env, Base> {
  const Parent = DurableObject as unknown as abstract new (
    ctx: CoordinatorState,
    env: unknown,
  ) => object;
  const coordinators = new WeakMap<object, SqlCoordinator>();
  abstract class OsuCoordinator extends Parent {
    constructor(ctx: CoordinatorState, env: unknown) {
      super(ctx, env);
      coordinators.set(this, new SqlCoordinator(ctx.storage.sql, options));
    }
  }
  // Every public method of SqlCoordinator becomes an RPC method of the class, one that runs it
  // on this object's coordinator.
  for (const name of Object.getOwnPropertyNames(SqlCoordinator.prototype)) {
    if (name === "constructor") continue;
    const method = function (this: object, ...args: unknown[]): unknown {
      const coordinator = coordinators.get(this) as unknown as Record<
        string,
        (...args: unknown[]) => unknown
      >;
      return coordinator[name](...args);
    };
    Object.defineProperty(method, "name", { value: name });
    Object.defineProperty(OsuCoordinator.prototype, name, {
      value: method,
      writable: true,
      configurable: true,
    });
  }
  return OsuCoordinator as unknown as OsuCoordinatorClass<Ctx, Env, Base>;
}
