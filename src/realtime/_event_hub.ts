/**
 * Hands events to listeners and to async iterators. A listener that throws (or rejects) does not
 * stop the others: what it threw becomes an `error` event.
 *
 * @module
 */
import type {
  NotificationWebsocketEvent,
  NotificationWebsocketEventMap,
  NotificationWebsocketEventName,
} from "./notification_events.ts";

type AnyListener = (data: never) => unknown;

interface Queue {
  readonly items: NotificationWebsocketEvent[];
  wake: (() => void) | undefined;
}

/** How many events wait for the first iterator at most (the oldest go first). */
export const FIRST_ITERATOR_BACKLOG = 1000;

/**
 * Listeners and iterators of one websocket. The first iterator also gets the events since the
 * websocket was made (the last {@linkcode FIRST_ITERATOR_BACKLOG}), so that events between
 * `connect()` and the start of a `for await` are not lost.
 */
export class EventHub {
  readonly #listeners = new Map<string, Set<AnyListener>>();
  #backlog: Queue | undefined = { items: [], wake: undefined };
  readonly #queues = new Set<Queue>([this.#backlog!]);
  #ended: { readonly error?: unknown } | undefined;

  /**
   * Adds a listener.
   *
   * @param event the event's name
   * @param listener the listener
   */
  on(event: string, listener: AnyListener): void {
    let set = this.#listeners.get(event);
    if (!set) this.#listeners.set(event, set = new Set());
    set.add(listener);
  }

  /**
   * Removes a listener.
   *
   * @param event the event's name
   * @param listener the listener
   */
  off(event: string, listener: AnyListener): void {
    this.#listeners.get(event)?.delete(listener);
  }

  /**
   * Emits an event to its listeners and to every iterator (`close` only to listeners).
   *
   * @param event the name
   * @param data the data
   */
  emit<K extends NotificationWebsocketEventName>(
    event: K,
    data: NotificationWebsocketEventMap[K],
  ): void {
    if (event !== "close") {
      const item = { event, data } as NotificationWebsocketEvent;
      for (const queue of this.#queues) {
        queue.items.push(item);
        if (queue === this.#backlog && queue.items.length > FIRST_ITERATOR_BACKLOG) {
          queue.items.shift();
        }
        queue.wake?.();
      }
    }
    for (const listener of [...this.#listeners.get(event) ?? []]) {
      try {
        const result = (listener as (data: unknown) => unknown)(data);
        if (isThenable(result)) {
          Promise.resolve(result).catch((error) => this.#listenerFailed(event, error));
        }
      } catch (error) {
        this.#listenerFailed(event, error);
      }
    }
  }

  /**
   * Ends every iterator: they yield what is queued, then finish (or throw `error`).
   *
   * @param error the error that ended the websocket, if one did
   */
  end(error?: unknown): void {
    this.#ended = error === undefined ? {} : { error };
    for (const queue of this.#queues) queue.wake?.();
  }

  /**
   * A new iterator over the events from now on.
   *
   * @returns the iterator
   */
  iterate(): AsyncIterableIterator<NotificationWebsocketEvent> {
    const queue: Queue = this.#backlog ?? { items: [], wake: undefined };
    this.#backlog = undefined;
    this.#queues.add(queue);
    const finish = () => {
      this.#queues.delete(queue);
      queue.wake?.(); // a `next()` waiting now sees the queue gone and ends too
      return Promise.resolve({ done: true as const, value: undefined });
    };
    const iterator: AsyncIterableIterator<NotificationWebsocketEvent> = {
      next: async () => {
        for (;;) {
          const item = queue.items.shift();
          if (item) return { done: false, value: item };
          if (!this.#queues.has(queue)) return { done: true, value: undefined };
          const ended = this.#ended;
          if (ended) {
            this.#queues.delete(queue);
            if ("error" in ended) throw ended.error;
            return { done: true, value: undefined };
          }
          await new Promise<void>((resolve) => queue.wake = resolve);
          queue.wake = undefined;
        }
      },
      return: finish,
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  #listenerFailed(event: string, error: unknown): void {
    const iterators = this.#queues.size - (this.#backlog ? 1 : 0);
    const handled = !!this.#listeners.get("error")?.size || iterators > 0;
    if (event === "error" || !handled) {
      // Nobody handles it: surface it as the platform does with an uncaught error.
      queueMicrotask(() => {
        throw error;
      });
      return;
    }
    this.emit("error", { error });
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (typeof value === "object" || typeof value === "function") && value !== null &&
    typeof (value as { then?: unknown }).then === "function";
}
