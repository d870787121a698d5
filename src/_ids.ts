/**
 * Checks of ids and user references before anything is sent.
 *
 * @module
 */
import { InvalidArgumentError } from "./errors.ts";

/**
 * Throws unless `value` is a positive whole number.
 *
 * @param what what the id is, for the message (e.g. `"beatmap id"`)
 * @param value the value
 * @returns the id
 * @throws {InvalidArgumentError} when it is not a positive integer
 */
export function checkId(what: string, value: unknown): number {
  if (typeof value === "number" && Number.isSafeInteger(value) && value > 0) return value;
  // A string id above 2^53 would round to another id: refused, like an unsafe number.
  if (typeof value === "string" && /^[1-9]\d{0,15}$/.test(value)) {
    const id = Number(value);
    if (Number.isSafeInteger(id)) return id;
  }
  throw new InvalidArgumentError(
    `A ${what} must be a positive whole number, got ${JSON.stringify(value)}`,
  );
}

/**
 * Throws unless `value` is a user id or `"@username"` (or a plain username).
 *
 * @param value the value
 * @returns the path segment to send
 * @throws {InvalidArgumentError} when it is empty or not an id or name
 */
export function checkUserRef(value: unknown): string | number {
  if (typeof value === "number") return checkId("user id", value);
  if (typeof value === "string" && value.trim() !== "" && value.trim() !== "@") return value.trim();
  throw new InvalidArgumentError(
    `A user must be an id or "@username", got ${JSON.stringify(value)}`,
  );
}

/**
 * Splits `items` into chunks of at most `size`.
 *
 * @param items the items
 * @param size the chunk size
 * @returns the chunks, in order
 */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
