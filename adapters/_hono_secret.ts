/**
 * The check of the Hono adapter's cookie secret: long, random-looking, and not a value printed in
 * the docs. Private to `hono.ts`.
 *
 * @module
 */
import { InvalidArgumentError } from "../src/errors.ts";

/**
 * Values the docs and examples have shown (lowercased). A secret that was ever published signs
 * cookies anyone can forge.
 */
const PUBLISHED = new Set([
  "a secret of at least 32 characters!",
  "a test secret of 32 characters!!",
  "a test secret that is long enough 0123456789",
]);

/** Words of placeholders people leave in configuration. */
const PLACEHOLDER = /change.?me|example|placeholder|your.?secret|secret.?here|replace.?me/i;

/**
 * The least estimated strength, in bits. Random base64 or hex of 32 characters or more passes (a
 * 32-character hex string fails only with fewer than 9 different digits: a few in a million).
 */
const MIN_BITS = 100;

const HOW =
  "make one with `openssl rand -base64 32` (or base64 of crypto.getRandomValues(new Uint8Array(32))) " +
  "and keep it in a secret, not in the code";

/**
 * Throws unless `secret` is fit to sign cookies: at least 32 characters; not a value the docs
 * showed or a placeholder; not one short part repeated; and at least ~100 bits by a rough
 * estimate (length × log2 of the number of different characters), which refuses `"aaaa…"` and
 * `"abab…"`-like text while random hex or base64 passes.
 *
 * @param secret the secret
 * @throws {InvalidArgumentError} saying what is wrong and how to make a good one
 */
export function checkSecret(secret: unknown): asserts secret is string {
  if (typeof secret !== "string" || secret.length < 32) {
    throw new InvalidArgumentError(
      `osuAuth needs a random secret of at least 32 characters to sign its cookies: ${HOW}`,
    );
  }
  if (PUBLISHED.has(secret.trim().toLowerCase()) || PLACEHOLDER.test(secret)) {
    throw new InvalidArgumentError(
      `osuAuth's secret is an example or placeholder value, so anyone could forge its cookies: ${HOW}`,
    );
  }
  const distinct = new Set(secret).size;
  if (isRepetition(secret) || secret.length * Math.log2(distinct) < MIN_BITS) {
    throw new InvalidArgumentError(
      `osuAuth's secret is too regular to be random (${distinct} different characters): ${HOW}`,
    );
  }
}

/** Whether `text` is a shorter string repeated (e.g. `"abcabcabc"`). */
function isRepetition(text: string): boolean {
  return (text + text).indexOf(text, 1) < text.length;
}
