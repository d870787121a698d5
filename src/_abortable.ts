/**
 * Lets one waiter stop waiting on a shared promise without cancelling it for the others.
 *
 * @module
 */

/**
 * `promise`, or a rejection with the signal's reason as soon as `signal` aborts.
 *
 * @param promise the shared work
 * @param signal this waiter's signal
 * @returns the work's result
 */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/**
 * One signal that aborts when either does, or the one given, or `undefined`.
 *
 * @param a a signal
 * @param b another
 * @returns the combined signal
 */
export function anySignal(
  a: AbortSignal | undefined,
  b: AbortSignal | undefined,
): AbortSignal | undefined {
  if (!a) return b;
  if (!b) return a;
  return AbortSignal.any([a, b]);
}
