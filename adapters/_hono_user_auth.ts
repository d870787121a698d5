/**
 * The auth handler of one logged-in user of the Hono adapter: an `AuthHandler` whose token is the
 * user's own (authorization code), read from the `TokenStore` under the user's key and refreshed
 * from the stored refresh token. It never falls back to client credentials. Private to `hono.ts`.
 *
 * @module
 */
import {
  AuthError,
  AuthHandler,
  type AuthHandlerOptions,
  type GrantType,
  Scope,
  type TokenRecord,
} from "../mod.ts";

/**
 * The store key of a user's token.
 *
 * @param clientId the application's client id
 * @param userId the osu! user id
 * @returns the key
 */
export function userTokenKey(clientId: number | string, userId: number): string {
  return `osu-ts:hono:${clientId}:user:${userId}`;
}

/** An `AuthHandler` for a user's stored authorization-code token. */
export class UserAuthHandler extends AuthHandler {
  readonly #scope: Scope;

  /**
   * @param options the application's options, with `tokenKey` set to the user's key
   */
  constructor(options: AuthHandlerOptions & { readonly tokenKey: string }) {
    super(options);
    const requested = options.scope ?? Scope.identify();
    this.#scope = requested.has("identify") ? requested : new Scope(...requested.names, "identify");
  }

  /** The scopes: as asked, plus `identify`. */
  override get scope(): Scope {
    return this.#scope;
  }

  /** Always `"authorization_code"`. */
  override get grant(): GrantType {
    return "authorization_code";
  }

  /** Always true. */
  override get actsForUser(): boolean {
    return true;
  }

  /** @inheritdoc */
  protected override initialGrant(_previous: TokenRecord | undefined): Record<string, string> {
    throw new AuthError("No token is stored for this user: log in with osu! again", {
      status: 0,
      endpoint: "token",
    });
  }
}
