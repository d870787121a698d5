/**
 * Sealing of token records with AES-GCM (Web Crypto only, no runtime APIs), shared by the Deno KV
 * and Durable Object adapters. A sealed record is one string,
 * `osu-ts.v1.<base64url iv>.<base64url ciphertext>`, so a store that keeps strings can keep it
 * and a reader of the raw storage sees no token. An optional `context` (for example the store
 * key) is bound in as additional data, so a sealed record cannot be moved to another key.
 *
 * @module
 */
import type { TokenRecord } from "../src/auth/token_store.ts";
import { InvalidArgumentError, OsuError } from "../src/errors.ts";

/** What {@linkcode importSealingKey} accepts: an AES-GCM `CryptoKey`, or 16 or 32 raw bytes. */
export type SealingKeyInput = CryptoKey | Uint8Array | ArrayBuffer;

/**
 * A store's `encryptionKey`: one key, or a list for key rotation. The first key of a list seals
 * every record written; every key of it is tried to open a record, so records sealed under an
 * older key stay readable until they are rewritten (each refresh rewrites a token).
 */
export type SealingKeys = SealingKeyInput | readonly SealingKeyInput[];

/** Options of {@linkcode sealRecord} and {@linkcode openRecord}. */
export interface SealOptions {
  /** Bound in as AES-GCM additional data; opening needs the same value. @default {""} */
  readonly context?: string;
}

/** The prefix of every sealed record (format version 1). */
export const SEALED_PREFIX = "osu-ts.v1.";

/**
 * A stored token record could not be opened: the encryption key is wrong, the value was changed,
 * or it was written with (or without) encryption when this store expects otherwise. Never
 * carries the stored value.
 *
 * @example
 * ```ts
 * import { TokenDecryptionError } from "@osu-ts/api/kv";
 * import { OsuError } from "@osu-ts/api";
 * import { assert } from "@std/assert";
 *
 * assert(new TokenDecryptionError("Wrong key") instanceof OsuError);
 * ```
 */
export class TokenDecryptionError extends OsuError {}

/**
 * Turns a key given by the user into an AES-GCM `CryptoKey` (non-extractable).
 *
 * @param key a `CryptoKey` for AES-GCM, or 16 or 32 raw bytes (AES-128 or AES-256)
 * @returns the key to pass to {@linkcode sealRecord} and {@linkcode openRecord}
 * @throws {InvalidArgumentError} when the key is not AES-GCM or has the wrong length
 *
 * @example
 * ```ts
 * import { importSealingKey } from "@osu-ts/api/kv";
 * import { assertEquals } from "@std/assert";
 *
 * const key = await importSealingKey(crypto.getRandomValues(new Uint8Array(32)));
 * assertEquals(key.algorithm.name, "AES-GCM");
 * ```
 */
export async function importSealingKey(key: SealingKeyInput): Promise<CryptoKey> {
  if (key instanceof CryptoKey) {
    if (key.algorithm.name !== "AES-GCM") {
      throw new InvalidArgumentError(
        `The encryption key must be an AES-GCM key, not ${key.algorithm.name}`,
      );
    }
    if (!key.usages.includes("encrypt") || !key.usages.includes("decrypt")) {
      throw new InvalidArgumentError('The encryption key needs the usages "encrypt" and "decrypt"');
    }
    return key;
  }
  const bytes = key instanceof Uint8Array ? key : new Uint8Array(key);
  if (bytes.byteLength !== 16 && bytes.byteLength !== 32) {
    throw new InvalidArgumentError(
      `The encryption key must be 16 or 32 bytes, not ${bytes.byteLength}; ` +
        "make one with crypto.getRandomValues(new Uint8Array(32))",
    );
  }
  return await crypto.subtle.importKey("raw", new Uint8Array(bytes), "AES-GCM", false, [
    "encrypt",
    "decrypt",
  ]);
}

/**
 * Imports a store's `encryptionKey`: one key or a list (see {@linkcode SealingKeys}).
 *
 * @param keys one key, or the keys of a rotation, the sealing key first
 * @returns the keys, in the same order
 * @throws {InvalidArgumentError} when the list is empty or a key is not AES-GCM or has the wrong
 * length
 *
 * @example Rotate keys: the new key seals, the old one still opens
 * ```ts
 * import { importSealingKeys, openRecord, sealRecord } from "@osu-ts/api/kv";
 * import { assertEquals } from "@std/assert";
 *
 * const [next, previous] = await importSealingKeys([new Uint8Array(32).fill(2), new Uint8Array(32).fill(1)]);
 * const record = { accessToken: "t", expiresAt: 1, scope: "public", grant: "client_credentials" } as const;
 * assertEquals(await openRecord(await sealRecord(record, previous), [next, previous]), record);
 * ```
 */
export async function importSealingKeys(keys: SealingKeys): Promise<CryptoKey[]> {
  return await Promise.all(keyList(keys).map(importSealingKey));
}

/**
 * Checks the lengths of raw keys at once (so a constructor can throw), before they are imported.
 *
 * @param keys one key, or a list
 * @throws {InvalidArgumentError} when the list is empty or a raw key is not 16 or 32 bytes
 */
export function checkSealingKeyLengths(keys: SealingKeys): void {
  for (const key of keyList(keys)) {
    if (key instanceof CryptoKey) continue;
    if (key.byteLength !== 16 && key.byteLength !== 32) {
      throw new InvalidArgumentError(
        `The encryption key must be 16 or 32 bytes, not ${key.byteLength}; ` +
          "make one with crypto.getRandomValues(new Uint8Array(32))",
      );
    }
  }
}

function keyList(keys: SealingKeys): readonly SealingKeyInput[] {
  const list = Array.isArray(keys) ? keys as readonly SealingKeyInput[] : [keys as SealingKeyInput];
  if (list.length === 0) {
    throw new InvalidArgumentError(
      "encryptionKey is an empty list; give at least one key (the first one seals)",
    );
  }
  return list;
}

/**
 * Encrypts a token record (a fresh random 96-bit IV each time).
 *
 * @param record the token record
 * @param key a key from {@linkcode importSealingKey}
 * @param options `context`, bound in as additional data
 * @returns the sealed string, starting with {@linkcode SEALED_PREFIX}
 *
 * @example
 * ```ts
 * import { importSealingKey, openRecord, sealRecord } from "@osu-ts/api/kv";
 * import { assertEquals, assertFalse } from "@std/assert";
 *
 * const key = await importSealingKey(new Uint8Array(32).fill(7));
 * const record = { accessToken: "secret", expiresAt: 1, scope: "public", grant: "client_credentials" } as const;
 * const sealed = await sealRecord(record, key, { context: "k" });
 * assertFalse(sealed.includes("secret"));
 * assertEquals(await openRecord(sealed, key, { context: "k" }), record);
 * ```
 */
export async function sealRecord(
  record: TokenRecord,
  key: CryptoKey,
  options: SealOptions = {},
): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plain = new TextEncoder().encode(JSON.stringify(record));
  const cipher = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv, additionalData: new TextEncoder().encode(options.context ?? "") },
    key,
    plain,
  );
  return `${SEALED_PREFIX}${toBase64Url(iv)}.${toBase64Url(new Uint8Array(cipher))}`;
}

/**
 * Decrypts a sealed token record and checks its shape.
 *
 * @param text a string from {@linkcode sealRecord}
 * @param key the key it was sealed with, or a list of keys to try in order (key rotation)
 * @param options `context`, the same as when sealing
 * @returns the token record
 * @throws {TokenDecryptionError} when the key or context is wrong, the text was changed, or it is
 * not a sealed record
 *
 * @example A wrong key is a clear error
 * ```ts
 * import { importSealingKey, openRecord, sealRecord, TokenDecryptionError } from "@osu-ts/api/kv";
 * import { assertRejects } from "@std/assert";
 *
 * const right = await importSealingKey(new Uint8Array(16).fill(1));
 * const wrong = await importSealingKey(new Uint8Array(16).fill(2));
 * const sealed = await sealRecord({ accessToken: "t", expiresAt: 1, scope: "public", grant: "client_credentials" }, right);
 * await assertRejects(() => openRecord(sealed, wrong), TokenDecryptionError);
 * ```
 */
export async function openRecord(
  text: string,
  key: CryptoKey | readonly CryptoKey[],
  options: SealOptions = {},
): Promise<TokenRecord> {
  if (!isSealed(text)) {
    throw new TokenDecryptionError(
      "The stored token is not encrypted, but this store has an encryption key; " +
        "delete the stored token or open the store without encryptionKey",
    );
  }
  const [ivText, cipherText] = text.slice(SEALED_PREFIX.length).split(".");
  let plain: ArrayBuffer | undefined;
  let cause: unknown;
  for (const candidate of Array.isArray(key) ? key as readonly CryptoKey[] : [key as CryptoKey]) {
    try {
      plain = await crypto.subtle.decrypt(
        {
          name: "AES-GCM",
          iv: fromBase64Url(ivText),
          additionalData: new TextEncoder().encode(options.context ?? ""),
        },
        candidate,
        fromBase64Url(cipherText ?? ""),
      );
      break;
    } catch (error) {
      cause = error;
    }
  }
  if (plain === undefined) {
    throw new TokenDecryptionError(
      "Could not decrypt the stored token: the encryption key is wrong or the value was changed; " +
        "use the key it was written with (a list of keys opens records sealed under any of " +
        "them), or delete the stored token to log in again",
      { cause },
    );
  }
  let record: unknown;
  try {
    record = JSON.parse(new TextDecoder().decode(plain));
  } catch (cause) {
    throw new TokenDecryptionError("The decrypted token is not JSON", { cause });
  }
  return checkRecord(record);
}

/**
 * Whether a stored string is a sealed record.
 *
 * @param text a stored value
 * @returns true when it starts with {@linkcode SEALED_PREFIX}
 *
 * @example
 * ```ts
 * import { isSealed } from "@osu-ts/api/kv";
 * import { assertEquals } from "@std/assert";
 *
 * assertEquals(isSealed("osu-ts.v1.abc.def"), true);
 * assertEquals(isSealed('{"accessToken":"t"}'), false);
 * ```
 */
export function isSealed(text: unknown): text is string {
  return typeof text === "string" && text.startsWith(SEALED_PREFIX);
}

/**
 * Checks that a value read from storage is a token record.
 *
 * @param value the value
 * @returns the same value, typed
 * @throws {TokenDecryptionError} when it is not a token record
 *
 * @example
 * ```ts
 * import { checkRecord, TokenDecryptionError } from "@osu-ts/api/kv";
 * import { assertThrows } from "@std/assert";
 *
 * assertThrows(() => checkRecord({ accessToken: 1 }), TokenDecryptionError);
 * ```
 */
export function checkRecord(value: unknown): TokenRecord {
  const record = value as Partial<Record<keyof TokenRecord, unknown>> | null;
  if (
    typeof record !== "object" || record === null ||
    typeof record.accessToken !== "string" || typeof record.expiresAt !== "number" ||
    typeof record.scope !== "string" || typeof record.grant !== "string" ||
    (record.refreshToken !== undefined && typeof record.refreshToken !== "string")
  ) {
    throw new TokenDecryptionError("The stored value is not a token record");
  }
  return record as unknown as TokenRecord;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Reads a stored token value as a store with (or without) a sealing key must: a sealed string
 * is opened with the key; a plain record (an object, or its JSON text) is checked. A sealed value
 * without a key, or a plain one with a key, is refused, so a store never serves a token it was not
 * configured for.
 *
 * @param value what the store holds
 * @param key the store's sealing key (or its keys, the sealing one first), if any
 * @param context the token's key (bound into the seal)
 * @returns the record
 * @throws {TokenDecryptionError} when the value does not fit the store's setting or key
 */
export async function openStoredRecord(
  value: unknown,
  key: CryptoKey | readonly CryptoKey[] | undefined,
  context: string,
): Promise<TokenRecord> {
  if (key) return await openRecord(value as string, key, { context });
  if (isSealed(value)) {
    throw new TokenDecryptionError(
      "The stored token is encrypted, but this store has no encryptionKey; " +
        "pass the key it was written with",
    );
  }
  if (typeof value !== "string") return checkRecord(value);
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch (cause) {
    throw new TokenDecryptionError("The stored token is not JSON", { cause });
  }
  return checkRecord(parsed);
}
