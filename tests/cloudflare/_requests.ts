/**
 * Worker requests in this process, with the rule Workers enforce: an I/O object (here a Durable
 * Object stub) belongs to the request that made it, and using it from another request, or after
 * its request ended, throws; a timer set by a request that has ended never fires. Which request
 * is running is tracked with `AsyncLocalStorage`, as workerd tracks its I/O context.
 *
 * @module
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { CoordinatorNamespace, CoordinatorStub } from "@osu-ts/api/durable-objects";
import type { Clock } from "@osu-ts/api";

/** The error workerd throws when a request uses another request's I/O object. */
export const CROSS_REQUEST_IO =
  "Cannot perform I/O on behalf of a different request. I/O objects (such as streams, " +
  "request/response bodies, and others) created in the context of one request handler cannot " +
  "be accessed from a different request's handler. This is a limitation of Cloudflare Workers " +
  "which allows us to improve overall performance.";

interface RequestContext {
  readonly id: number;
  ended: boolean;
}

/** Runs requests and binds stubs and timers to the request that made them. */
export class FakeRequests {
  readonly #current = new AsyncLocalStorage<RequestContext>();
  #next = 0;
  /** How many stubs were made, in any request. */
  stubs = 0;

  /**
   * Runs `handler` as one request; its stubs and timers die when it settles.
   *
   * @param handler the request's work
   * @returns what it returns
   */
  async run<T>(handler: () => Promise<T>): Promise<T> {
    const context: RequestContext = { id: this.#next++, ended: false };
    try {
      return await this.#current.run(context, handler);
    } finally {
      context.ended = true;
    }
  }

  /**
   * A namespace whose stubs belong to the request that called `get`.
   *
   * @param inner the namespace the stubs forward to
   * @returns the request-bound namespace
   */
  namespace<N extends CoordinatorNamespace<unknown>>(inner: N): N {
    const bound: CoordinatorNamespace<unknown> = {
      idFromName: (name) => inner.idFromName(name),
      get: (id) => {
        const owner = this.#request("Durable Object stubs");
        this.stubs++;
        const stub = inner.get(id);
        const methods = {} as Record<string, unknown>;
        for (const [name, method] of Object.entries(stub)) {
          methods[name] = (...args: unknown[]) => {
            const caller = this.#current.getStore();
            if (owner.ended || caller !== owner) throw new Error(CROSS_REQUEST_IO);
            return (method as (...a: unknown[]) => unknown)(...args);
          };
        }
        return methods as unknown as CoordinatorStub;
      },
    };
    return bound as N;
  }

  /**
   * A clock whose timers (sleeps and timeout signals) belong to the request that set them: once
   * that request has ended they never fire (Workers cancel them).
   *
   * @param inner the clock that keeps the time
   * @returns the request-bound clock
   */
  clock<C extends Clock>(inner: C): C {
    const sleep = (ms: number, signal?: AbortSignal): Promise<void> => {
      const owner = this.#current.getStore();
      return inner.sleep(ms, signal).then(() =>
        owner?.ended ? new Promise<void>(() => {}) : undefined
      );
    };
    const timeout = (ms: number, cancel?: AbortSignal): AbortSignal => {
      const owner = this.#current.getStore();
      const signal = inner.timeout(ms, cancel);
      const bound = new AbortController();
      signal.addEventListener("abort", () => {
        if (!owner?.ended) bound.abort(signal.reason);
      }, { once: true });
      return bound.signal;
    };
    return new Proxy(inner, {
      get(target, property) {
        if (property === "sleep") return sleep;
        if (property === "timeout") return timeout;
        const value = Reflect.get(target, property, target);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  }

  #request(what: string): RequestContext {
    const context = this.#current.getStore();
    if (!context) {
      throw new Error(`${what} cannot be made in global scope, only while handling a request`);
    }
    return context;
  }
}
