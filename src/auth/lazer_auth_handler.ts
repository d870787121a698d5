/**
 * The password grant, as the official osu!(lazer) client uses it: the only way to the lazer-only
 * (`*` scope) endpoints.
 *
 * **Read this first.** It uses the game's own client id and secret. osu! staff have said third
 * parties must not use them, and users report accounts banned for it. Use it only for your own
 * account, knowingly: it requires `acknowledgeRisk: true`.
 *
 * @module
 */
import { InvalidArgumentError } from "../errors.ts";
import { BaseAuthHandler, type BaseAuthOptions } from "./base_auth_handler.ts";
import type { GrantType } from "./grant_rules.ts";
import { Scope } from "./scope.ts";

/** The official lazer client's id (public knowledge; see NOTES.md). */
export const LAZER_CLIENT_ID = "5";
/** The official lazer client's secret, shipped in the game (public knowledge; see NOTES.md). */
const LAZER_CLIENT_SECRET = "FGc9GAtyHzeQDshWP5Ah7dega8hJACAJpQtw6OXk";

/** Options of {@linkcode LazerAuthHandler}. */
export interface LazerAuthHandlerOptions extends BaseAuthOptions {
  /** The osu! username. */
  readonly username: string;
  /** The osu! password. Sent only to the token endpoint; never logged or put in an error. */
  readonly password: string;
  /**
   * Must be `true`: you accept that osu! does not allow third parties to use the lazer client's
   * credentials and that the account may be restricted for it.
   */
  readonly acknowledgeRisk: true;
}

/**
 * Authenticates as the official lazer client with a username and password (`*` scope).
 *
 * @example Against the emulator
 * ```ts
 * import { Client, LazerAuthHandler } from "@osu-ts/api";
 * import { createEmulator } from "@osu-ts/api/testing";
 * import { assertEquals } from "@std/assert";
 *
 * const osu = createEmulator();
 * const auth = new LazerAuthHandler({ ...osu.player, acknowledgeRisk: true });
 * const client = new Client(auth, { fetch: osu.fetch, requestWaitTime: 0 });
 * assertEquals(auth.scope.toString(), "*");
 * assertEquals((await client.getOwnData()).id, osu.player.id);
 * ```
 */
export class LazerAuthHandler extends BaseAuthHandler {
  /** Always `*`. */
  readonly scope: Scope = Scope.lazer();
  /** Always `"password"`. */
  readonly grant: GrantType = "password";
  /** Always true. */
  readonly actsForUser = true;
  /** The osu! username. */
  readonly username: string;
  readonly #password: string;

  /**
   * Creates the instance.
   *
   * @param options username, password and `acknowledgeRisk: true`
   * @throws {InvalidArgumentError} without `acknowledgeRisk: true`, a username or a password
   */
  constructor(options: LazerAuthHandlerOptions) {
    super(options, `osu-ts:lazer:${String(options.username).toLowerCase()}`);
    if (options.acknowledgeRisk !== true) {
      throw new InvalidArgumentError(
        "The password grant uses the osu!lazer client's own credentials, which osu! does not allow " +
          "third parties to use (accounts have been restricted for it). Pass acknowledgeRisk: true " +
          "to accept that, for your own account only",
      );
    }
    if (!options.username || !options.password) {
      throw new InvalidArgumentError("The password grant needs a username and a password");
    }
    this.username = options.username;
    this.#password = options.password;
  }

  /**
   * Logs in now with the username and password (osu.py's `get_auth_token`), whatever is cached;
   * calls made later refresh the token as needed.
   *
   * @param options `signal` cancels the request
   * @throws {AuthError} when osu! refuses the username or password
   *
   * @example Log in before the first call
   * ```ts
   * import { LazerAuthHandler } from "@osu-ts/api";
   * import { createEmulator } from "@osu-ts/api/testing";
   * import { assert } from "@std/assert";
   *
   * const osu = createEmulator();
   * const auth = new LazerAuthHandler({ ...osu.player, acknowledgeRisk: true, fetch: osu.fetch });
   * await auth.getAuthToken();
   * assert(auth.cachedToken());
   * ```
   */
  async getAuthToken(options: { signal?: AbortSignal } = {}): Promise<void> {
    await this.requestToken(this.initialGrant(), "password", options.signal);
  }

  /** Implements `initialGrant` of the interface (see there). */
  protected initialGrant(): Record<string, string> {
    return {
      grant_type: "password",
      client_id: LAZER_CLIENT_ID,
      client_secret: LAZER_CLIENT_SECRET,
      username: this.username,
      password: this.#password,
      scope: "*",
    };
  }

  /** Implements `ownSecrets` of the interface (see there). */
  protected ownSecrets(): string[] {
    return [this.#password, LAZER_CLIENT_SECRET];
  }

  /** Implements `refreshGrant` of the interface (see there). */
  protected refreshGrant(refreshToken: string): Record<string, string> {
    return {
      grant_type: "refresh_token",
      client_id: LAZER_CLIENT_ID,
      client_secret: LAZER_CLIENT_SECRET,
      refresh_token: refreshToken,
      scope: "*",
    };
  }

  /**
   * A safe description, without the password.
   *
   * @returns e.g. `LazerAuthHandler(username=peppy)`
   */
  override toString(): string {
    return `LazerAuthHandler(username=${this.username})`;
  }
}
