/**
 * How the adapters reach the coordinator Durable Object: the stub's RPC methods and the part of
 * a namespace binding they use, typed without Workers types.
 *
 * @module
 */
import type { SlotGrant, SlotRequest } from "./durable_object_coordinator.ts";

/**
 * The RPC methods of the coordinator Durable Object, as its stub exposes them: the methods of
 * {@linkcode SqlCoordinator}, each answering a promise (an RPC result is a thenable). A stub of the
 * class `osuCoordinator` makes has this shape.
 */
export interface CoordinatorStub {
  /** See {@linkcode SqlCoordinator.reserve}. */
  reserve(request: SlotRequest): PromiseLike<SlotGrant>;
  /** See {@linkcode SqlCoordinator.cancel}. */
  cancel(id: string): PromiseLike<void>;
  /** See {@linkcode SqlCoordinator.pause}. */
  pause(ms: number): PromiseLike<void>;
  /** See {@linkcode SqlCoordinator.used}. */
  used(windowMs?: number, bucket?: string): PromiseLike<number>;
  /** See {@linkcode SqlCoordinator.getToken}. */
  getToken(key: string): PromiseLike<string | null>;
  /** See {@linkcode SqlCoordinator.setToken}. */
  setToken(key: string, value: string): PromiseLike<void>;
  /** See {@linkcode SqlCoordinator.deleteToken}. */
  deleteToken(key: string): PromiseLike<void>;
  /** See {@linkcode SqlCoordinator.acquireLease}. */
  acquireLease(key: string, ttlMs: number): PromiseLike<string | null>;
  /** See {@linkcode SqlCoordinator.releaseLease}. */
  releaseLease(key: string, holder: string): PromiseLike<void>;
}

/**
 * The part of a `DurableObjectNamespace` binding the adapters use (`env.OSU_COORDINATOR` with a
 * `durable_objects` binding in `wrangler.toml`).
 *
 * @typeParam Id the namespace's id type (`DurableObjectId`)
 */
export interface CoordinatorNamespace<Id = unknown> {
  /**
   * The id of the object named `name`.
   *
   * @param name the object's name
   * @returns its id
   */
  idFromName(name: string): Id;
  /**
   * A stub for the object with `id`.
   *
   * @param id its id
   * @returns the stub
   */
  get(id: Id): CoordinatorStub;
}

/**
 * A stub for the coordinator named `name` (one object per OAuth client, e.g. its client id).
 *
 * @param namespace the binding
 * @param name the object's name
 * @returns the stub
 *
 * @example
 * ```ts ignore
 * import { coordinatorStub } from "@osu-ts/api/durable-objects";
 *
 * const used = await coordinatorStub(env.OSU_COORDINATOR, env.OSU_CLIENT_ID).used();
 * ```
 */
export function coordinatorStub<Id>(
  namespace: CoordinatorNamespace<Id>,
  name: string | number,
): CoordinatorStub {
  return namespace.get(namespace.idFromName(String(name)));
}
