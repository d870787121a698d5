/**
 * `Client`: every osu! API v2 endpoint as a typed method named after the osu! API docs title
 * (the camelCase of osu.py's names). The methods live in `client/*.ts` by domain; this file adds
 * the ways to make a client.
 *
 * @module
 */
import { AuthHandler, type AuthHandlerOptions } from "./auth/auth_handler.ts";
import { LazerAuthHandler } from "./auth/lazer_auth_handler.ts";
import type { BaseAuthHandler } from "./auth/base_auth_handler.ts";
import { PagingApi } from "./client/paging.ts";
import type { DefaultApiVersion } from "./models/common.ts";
import type { ClientOptions } from "./client/options.ts";

/** Options of {@linkcode Client.fromClientCredentials}: the auth handler's and the client's. */
export interface ClientCredentialsOptions extends
  ClientOptions,
  Pick<
    AuthHandlerOptions,
    | "clientId"
    | "clientSecret"
    | "redirectUri"
    | "scope"
    | "code"
    | "codeVerifier"
    | "tokenKey"
    | "refreshMargin"
    | "leaseTtl"
  > {}

/** Options of {@linkcode Client.fromOsuCredentials}. */
export interface OsuCredentialsOptions
  extends ClientOptions, Pick<AuthHandlerOptions, "tokenKey" | "refreshMargin" | "leaseTtl"> {
  /** The osu! username. */
  readonly username: string;
  /** The osu! password (never logged or put in an error). */
  readonly password: string;
  /**
   * Must be `true`: osu! does not allow third parties to use the lazer client's credentials, and
   * accounts have been restricted for it.
   */
  readonly acknowledgeRisk: true;
}

/**
 * The osu! API v2 client. All methods are async and typed; each checks the scope it needs
 * before any request is sent.
 *
 * @example Client credentials, as in osu.py's getting-started page
 * ```ts
 * import { Client } from "@osu-ts/api";
 * import { createEmulator } from "@osu-ts/api/testing";
 * import { assertEquals } from "@std/assert";
 *
 * const osu = createEmulator(); // leave out `fetch` to talk to the real osu!
 * const client = Client.fromClientCredentials({ ...osu.credentials, fetch: osu.fetch });
 * const user = await client.getUser("@peppy");
 * assertEquals(user.username, "peppy");
 * ```
 *
 * @typeParam V the `x-api-version` (`YYYYMMDD`); it selects the score format in the types
 * (`Score` from 20220705, `LegacyScore` before). The factories infer it from `apiVersion`.
 */
export class Client<V extends string = DefaultApiVersion> extends PagingApi<V> {
  /**
   * Creates the instance.
   *
   * @param auth an auth handler (`AuthHandler`, `LazerAuthHandler`); without one, only the
   * endpoints that need no token work
   * @param options fetch, base URL, API version, rate limits, timeout, signal and clock
   */
  constructor(auth?: BaseAuthHandler, options: ClientOptions = {}) {
    super(auth, options);
  }

  /**
   * A client for an OAuth application, authenticating lazily on first use: client credentials,
   * or the authorization-code grant when `code` is given.
   *
   * @param options client id and secret, redirect URI, scope, code, and client options
   * @returns the client
   * @throws {InvalidArgumentError} when the id or secret is missing
   */
  static fromClientCredentials<const V extends string = DefaultApiVersion>(
    options: ClientCredentialsOptions & { readonly apiVersion?: V },
  ): Client<V> {
    const auth = new AuthHandler({
      clientId: options.clientId,
      clientSecret: options.clientSecret,
      redirectUri: options.redirectUri,
      scope: options.scope,
      code: options.code,
      codeVerifier: options.codeVerifier,
      tokenStore: options.tokenStore,
      tokenKey: options.tokenKey,
      refreshMargin: options.refreshMargin,
      leaseTtl: options.leaseTtl,
    });
    return new Client<V>(auth, options);
  }

  /**
   * A client that logs in with an osu! username and password through the password grant, as the
   * official lazer client does: the only way to the lazer-only endpoints.
   *
   * **Risk:** osu! does not allow third parties to use the lazer client's credentials, and users
   * report accounts restricted for it. Use it for your own account only, knowingly
   * (`acknowledgeRisk: true`).
   *
   * @param options username, password, `acknowledgeRisk: true`, and client options
   * @returns the client
   * @throws {InvalidArgumentError} without `acknowledgeRisk: true`
   */
  static fromOsuCredentials<const V extends string = DefaultApiVersion>(
    options: OsuCredentialsOptions & { readonly apiVersion?: V },
  ): Client<V> {
    const auth = new LazerAuthHandler({
      username: options.username,
      password: options.password,
      acknowledgeRisk: options.acknowledgeRisk,
      tokenStore: options.tokenStore,
      tokenKey: options.tokenKey,
      refreshMargin: options.refreshMargin,
      leaseTtl: options.leaseTtl,
    });
    return new Client<V>(auth, options);
  }
}
