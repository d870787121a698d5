/**
 * The PKCE verifiers of the authorize URLs an `AuthHandler` made, kept until the code comes back
 * (osu!'s codes live 10 minutes), so that `getAuthToken(code)` works without the caller passing
 * the verifier back, as in osu.py's getting-started example.
 *
 * @module
 */

/** How long a verifier is kept: as long as osu! honours the code (10 minutes). */
export const PENDING_TTL_MS = 10 * 60_000;

/** The most verifiers kept at once; the oldest goes first. */
export const MAX_PENDING = 100;

/** What {@linkcode PendingAuthorizations.take} found. */
export type PendingMatch =
  | { readonly kind: "found"; readonly verifier: string }
  | { readonly kind: "none" }
  | { readonly kind: "ambiguous"; readonly count: number };

/** Verifiers by `state`, bounded in number and in time. */
export class PendingAuthorizations {
  readonly #byState = new Map<string, { verifier: string; madeAt: number }>();

  /**
   * Keeps the verifier of a new authorize URL.
   *
   * @param state the URL's `state`
   * @param verifier its PKCE verifier
   * @param now the time, in milliseconds
   */
  remember(state: string, verifier: string, now: number): void {
    this.#prune(now);
    this.#byState.delete(state);
    this.#byState.set(state, { verifier, madeAt: now });
    while (this.#byState.size > MAX_PENDING) {
      this.#byState.delete(this.#byState.keys().next().value!);
    }
  }

  /**
   * Takes (and forgets) the verifier for a returning code: the one of `state` when given, else
   * the only one outstanding.
   *
   * @param state the callback's `state`, if the caller has it
   * @param now the time, in milliseconds
   * @returns the verifier, none, or how many could be meant
   */
  take(state: string | undefined, now: number): PendingMatch {
    this.#prune(now);
    if (state !== undefined) {
      const entry = this.#byState.get(state);
      if (!entry) return { kind: "none" };
      this.#byState.delete(state);
      return { kind: "found", verifier: entry.verifier };
    }
    if (this.#byState.size > 1) return { kind: "ambiguous", count: this.#byState.size };
    const [only] = this.#byState;
    if (!only) return { kind: "none" };
    this.#byState.delete(only[0]);
    return { kind: "found", verifier: only[1].verifier };
  }

  /**
   * The verifiers held, so that no error can repeat one.
   *
   * @returns the values
   */
  secrets(): string[] {
    return [...this.#byState.values()].map((entry) => entry.verifier);
  }

  #prune(now: number): void {
    for (const [state, entry] of this.#byState) {
      if (now - entry.madeAt >= PENDING_TTL_MS) this.#byState.delete(state);
    }
  }
}
