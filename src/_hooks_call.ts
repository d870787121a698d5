/**
 * Calling a user's hook safely: a hook that throws cannot break a call.
 *
 * @module
 */

/**
 * Calls a hook, ignoring anything it throws.
 *
 * @param hook the hook, if set
 * @param info what to tell it
 */
export function callHook<T>(hook: ((info: T) => void) | undefined, info: T): void {
  if (!hook) return;
  try {
    hook(info);
  } catch {
    // A hook must never break a call.
  }
}
