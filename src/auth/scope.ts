/**
 * OAuth scopes: what a token may do. A `Scope` is checked against each endpoint's required scope
 * before any request is sent.
 *
 * @module
 */
import { InvalidScopeError } from "../errors.ts";

/** Every scope osu-web knows, in the order its docs list them. */
export const SCOPE_NAMES = [
  "public",
  "identify",
  "friends.read",
  "chat.read",
  "chat.write",
  "chat.write_manage",
  "forum.write",
  "forum.write_manage",
  "multiplayer.write_manage",
  "group_permissions",
  "delegate",
  "*",
] as const;

/** One osu! OAuth scope name. */
export type ScopeName = typeof SCOPE_NAMES[number];

const KNOWN: ReadonlySet<string> = new Set(SCOPE_NAMES);

/**
 * A set of OAuth scopes, as in osu.py. Unknown names throw at once.
 *
 * @example Build and check scopes
 * ```ts
 * import { InvalidScopeError, Scope } from "@osu-ts/api";
 * import { assert, assertEquals, assertThrows } from "@std/assert";
 *
 * const scope = new Scope("public", "identify", "friends.read");
 * assertEquals(scope.toString(), "public identify friends.read");
 * assert(scope.has("identify"));
 * assertEquals(Scope.identify().toString(), "public identify");
 * // deno-lint-ignore no-explicit-any
 * assertThrows(() => new Scope("pubic" as any), InvalidScopeError, '"pubic"');
 * ```
 */
export class Scope {
  /** The scope names, without duplicates, in the order given. */
  readonly names: readonly ScopeName[];

  /**
   * Creates the instance.
   *
   * @param names scope names; at least one
   * @throws {InvalidScopeError} when a name is unknown or none is given
   */
  constructor(...names: ScopeName[]) {
    const unknown = names.filter((name) => typeof name !== "string" || !KNOWN.has(name));
    if (unknown.length) {
      const list = unknown.map((name) => JSON.stringify(String(name))).join(", ");
      throw new InvalidScopeError(
        `Unknown scope ${list}. Valid scopes: ${SCOPE_NAMES.join(", ")}`,
        unknown.map(String),
      );
    }
    if (!names.length) {
      throw new InvalidScopeError(`A Scope needs at least one name, e.g. new Scope("public")`, []);
    }
    this.names = Object.freeze([...new Set(names)]);
  }

  /**
   * Parses the space-separated form osu-web uses (`"public identify"`).
   *
   * @param text scope names separated by spaces
   * @returns the scope
   * @throws {InvalidScopeError} when a name is unknown
   */
  static parse(text: string): Scope {
    return new Scope(...text.split(/\s+/).filter(Boolean) as ScopeName[]);
  }

  /**
   * `public` only: what a client-credentials token gets.
   *
   * @returns a new scope
   */
  static default(): Scope {
    return new Scope("public");
  }

  /**
   * `public identify`: enough to read the logged-in user.
   *
   * @returns a new scope
   */
  static identify(): Scope {
    return new Scope("public", "identify");
  }

  /**
   * `*`: every scope; only the lazer client's password grant gets it.
   *
   * @returns a new scope
   */
  static lazer(): Scope {
    return new Scope("*");
  }

  /**
   * Whether this scope allows `name` (`*` allows everything).
   *
   * @param name a scope name
   * @returns true when allowed
   */
  has(name: ScopeName): boolean {
    return this.names.includes(name) || this.names.includes("*");
  }

  /**
   * The space-separated form osu-web expects.
   *
   * @returns e.g. `"public identify"`
   */
  toString(): string {
    return this.names.join(" ");
  }

  /**
   * The same as {@linkcode Scope.toString}, so `JSON.stringify` gives the string form.
   *
   * @returns e.g. `"public identify"`
   */
  toJSON(): string {
    return this.toString();
  }
}
