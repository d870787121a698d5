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

/** Words a person types, which random bytes do not spell. */
const WORDS = /password|passw0rd|secret|cookie|session|signing|letmein|qwerty|asdfgh|zxcvbn/i;

/** Keyboard rows, for runs like `qwertyuiop` or `asdfgh`. */
const KEYBOARD_ROWS = ["`1234567890-=", "qwertyuiop[]", "asdfghjkl;'", "zxcvbnm,./"];

/** The most adjacent pairs, as a share, that may run in order (`ab`, `98`, `qw`) in a random text. */
const MAX_ORDERED_SHARE = 0.4;

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
  if (
    PUBLISHED.has(secret.trim().toLowerCase()) || PLACEHOLDER.test(secret) || WORDS.test(secret)
  ) {
    throw new InvalidArgumentError(
      `osuAuth's secret is an example or placeholder value, so anyone could forge its cookies: ${HOW}`,
    );
  }
  const distinct = new Set(secret).size;
  if (
    isRepetition(secret) || orderedShare(secret) > MAX_ORDERED_SHARE ||
    secret.length * Math.log2(distinct) < MIN_BITS
  ) {
    throw new InvalidArgumentError(
      `osuAuth's secret is too regular to be random (${distinct} different characters): ${HOW}`,
    );
  }
}

/** Whether `text` is a shorter string repeated (e.g. `"abcabcabc"`). */
function isRepetition(text: string): boolean {
  return (text + text).indexOf(text, 1) < text.length;
}

/**
 * The share of adjacent pairs that run in order: alphabet or digit neighbours (`ab`, `ba`, `89`)
 * or keyboard neighbours (`qw`, `df`). Random text has few (about 1 in 16 for base64); `abcdef…`,
 * `0123…` and `qwerty…` are made of them.
 */
function orderedShare(text: string): number {
  const lower = text.toLowerCase();
  let ordered = 0;
  for (let i = 1; i < lower.length; i++) {
    const pair = lower.slice(i - 1, i + 1);
    const step = Math.abs(lower.charCodeAt(i) - lower.charCodeAt(i - 1));
    const onKeyboard = KEYBOARD_ROWS.some((row) =>
      row.includes(pair) || row.includes([...pair].reverse().join(""))
    );
    if (step === 1 || onKeyboard) ordered++;
  }
  return ordered / Math.max(1, lower.length - 1);
}
