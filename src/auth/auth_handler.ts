/**
 * The auth handler for an OAuth application: client credentials, and the authorization-code flow
 * (with refresh), as osu.py's `AuthHandler`.
 *
 * @module
 */
import { AuthError, InvalidArgumentError } from "../errors.ts";
import { TOKEN_ENDPOINT } from "../_decode.ts";
import { BaseAuthHandler, type BaseAuthOptions } from "./base_auth_handler.ts";
import { assertGrantAllows, type GrantType } from "./grant_rules.ts";
import { createPkce, randomState } from "./pkce.ts";
import { PendingAuthorizations } from "./_pending_authorizations.ts";
import { Scope } from "./scope.ts";
import type { TokenRecord } from "./token_store.ts";

/** Options of {@linkcode AuthHandler}. */
export interface AuthHandlerOptions extends BaseAuthOptions {
  /** The application's client id (from osu! account settings → OAuth). */
  readonly clientId: number | string;
  /** The application's client secret. Never logged or put in an error. */
  readonly clientSecret: string;
  /** The callback URL registered for the application (authorization-code flow). */
  readonly redirectUri?: string;
  /** The scopes to ask for. @default {Scope.default()} */
  readonly scope?: Scope;
  /** An authorization code to exchange on first use (the authorization-code grant). */
  readonly code?: string;
  /** The PKCE verifier that goes with `code`, if the authorize URL had a challenge. */
  readonly codeVerifier?: string;
  /**
   * `"authorization_code"` for a handler of a user's token that is already in `tokenStore`
   * (under `tokenKey`) without a new code: it refreshes that token and never falls back to
   * client credentials. Implied by `code`. @default {"client_credentials"}
   */
  readonly grant?: "client_credentials" | "authorization_code";
}

/** What {@linkcode AuthHandler.getAuthUrl} returns. */
export interface AuthUrl {
  /** Send the user here. */
  readonly url: string;
  /** Compare it with the `state` on the callback (keep it, bound to the user's browser). */
  readonly state: string;
  /**
   * The PKCE verifier (keep it secret). The handler that made the URL remembers it for 10
   * minutes; pass it as `getAuthToken(code, { codeVerifier })` when another handler or process
   * exchanges the code.
   */
  readonly codeVerifier?: string | undefined;
}

/**
 * Authenticates an OAuth application: client credentials by default, or a user's authorization
 * code. Tokens are fetched lazily, refreshed before they expire, and shared by concurrent calls.
 *
 * @example The authorization-code flow against the emulator
 * ```ts
 * import { AuthHandler, Client, Scope } from "@osu-ts/api";
 * import { createEmulator } from "@osu-ts/api/testing";
 * import { assertEquals } from "@std/assert";
 *
 * const osu = createEmulator();
 * const auth = new AuthHandler({ ...osu.credentials, scope: Scope.identify(), fetch: osu.fetch });
 * const { url, state } = await auth.getAuthUrl();
 * const callback = await osu.approve(url); // the user clicks "Authorize"
 * assertEquals(callback.searchParams.get("state"), state);
 * // This handler made the URL, so it knows the PKCE verifier.
 * await auth.getAuthToken(callback.searchParams.get("code")!, { state });
 * const client = new Client(auth, { fetch: osu.fetch, requestWaitTime: 0 });
 * assertEquals((await client.getOwnData("osu")).username, osu.player.username);
 * ```
 */
export class AuthHandler extends BaseAuthHandler {
  /** The application's client id. */
  readonly clientId: string;
  /** The registered callback URL. */
  readonly redirectUri: string | undefined;
  readonly #secret: string;
  readonly #requested: Scope;
  #grant: GrantType;
  #pendingCode: { code: string; verifier: string | undefined } | undefined;
  readonly #pendingUrls = new PendingAuthorizations();

  /**
   * Creates the instance.
   *
   * @param options client id and secret, redirect URI, scope, store and transport options
   * @throws {InvalidArgumentError} when the client id or secret is missing
   */
  constructor(options: AuthHandlerOptions) {
    const clientId = String(options.clientId ?? "").trim();
    const scope = options.scope ?? Scope.default();
    const grant: GrantType = options.code || options.grant === "authorization_code"
      ? "authorization_code"
      : "client_credentials";
    super(options, `osu-ts:${clientId}:${grant}:${scope}`);
    if (!clientId) throw new InvalidArgumentError("AuthHandler needs a clientId");
    // osu! client ids are positive whole numbers; NaN or 0 is a missing setting
    // (`Number(Deno.env.get("OSU_CLIENT_ID"))` with the variable unset).
    if (!/^[1-9]\d*$/.test(clientId)) {
      throw new InvalidArgumentError(
        `AuthHandler needs the OAuth application's client id, a positive whole number (got ` +
          `${
            JSON.stringify(clientId)
          }): copy it from osu! settings → OAuth, or check the variable ` +
          "you read it from",
      );
    }
    if (typeof options.clientSecret !== "string" || !options.clientSecret) {
      throw new InvalidArgumentError("AuthHandler needs a clientSecret");
    }
    if (!(scope instanceof Scope)) {
      throw new InvalidArgumentError('scope must be a Scope, e.g. new Scope("public", "identify")');
    }
    this.clientId = clientId;
    this.redirectUri = options.redirectUri;
    this.#secret = options.clientSecret;
    this.#requested = scope;
    this.#grant = grant;
    if (grant === "authorization_code") assertGrantAllows("authorization_code", scope);
    this.#pendingCode = options.code
      ? { code: options.code, verifier: options.codeVerifier }
      : undefined;
  }

  /** The scopes of the token: as asked, plus `identify` for a user's authorization. */
  get scope(): Scope {
    if (this.#grant === "client_credentials" || this.#requested.has("identify")) {
      return this.#requested;
    }
    return new Scope(...this.#requested.names, "identify");
  }

  /** `"client_credentials"` or `"authorization_code"`. */
  get grant(): GrantType {
    return this.#grant;
  }

  /** True for a user's token, or client credentials with `delegate`. */
  get actsForUser(): boolean {
    return this.#grant !== "client_credentials" || this.#requested.names.includes("delegate");
  }

  /**
   * The URL to send a user to, to authorize this application. Keep the returned `state` bound to
   * the user's browser and check the `state` on the callback. The handler remembers the PKCE
   * verifier (at most 100 URLs, for 10 minutes, osu!'s code lifetime), so `getAuthToken(code)`
   * on this handler needs nothing more.
   *
   * @param options `state` (random when omitted), `pkce` (S256; on by default)
   * @returns the URL, the state and the PKCE verifier
   * @throws {InvalidArgumentError} when no redirect URI was given
   * @throws {InvalidScopeError} when the scope cannot be asked of a user
   */
  async getAuthUrl(options: { state?: string; pkce?: boolean } = {}): Promise<AuthUrl> {
    if (!this.redirectUri) {
      throw new InvalidArgumentError(
        "getAuthUrl needs the redirectUri registered for the application",
      );
    }
    assertGrantAllows("authorization_code", this.#requested);
    const state = options.state ?? randomState();
    const url = new URL(`${this.baseUrl}/oauth/authorize`);
    url.searchParams.set("client_id", this.clientId);
    url.searchParams.set("redirect_uri", this.redirectUri);
    url.searchParams.set("response_type", "code");
    url.searchParams.set("scope", this.#requested.toString());
    url.searchParams.set("state", state);
    let codeVerifier: string | undefined;
    if (options.pkce ?? true) {
      const pkce = await createPkce();
      codeVerifier = pkce.verifier;
      url.searchParams.set("code_challenge", pkce.challenge);
      url.searchParams.set("code_challenge_method", pkce.method);
      this.#pendingUrls.remember(state, codeVerifier, this.now());
    }
    return { url: url.toString(), state, codeVerifier };
  }

  /**
   * Gets a token now: with a `code`, exchanges it (authorization-code grant); without, uses
   * client credentials. The PKCE verifier is `codeVerifier` when given, else the one this handler
   * made for the URL with `state`, else the one of the only URL outstanding.
   *
   * @param code the `code` from the callback URL
   * @param options `codeVerifier` from `getAuthUrl` (needed when another handler or process made
   * the URL), `state` from the callback (picks the URL's verifier when several are outstanding),
   * `signal`
   * @throws {AuthError} when osu! refuses (bad code, bad credentials, a missing verifier)
   * @throws {InvalidArgumentError} when several authorize URLs are outstanding and neither
   * `state` nor `codeVerifier` says which this code is for
   * @throws {InvalidScopeError} when the grant cannot have the scope
   */
  async getAuthToken(
    code?: string,
    options: {
      codeVerifier?: string | undefined;
      state?: string | undefined;
      signal?: AbortSignal;
    } = {},
  ): Promise<void> {
    if (code) {
      assertGrantAllows("authorization_code", this.#requested);
      // The URL's verifier is taken (and forgotten) whenever the state names it.
      const remembered = options.codeVerifier === undefined || options.state !== undefined
        ? this.#verifierFor(options.state)
        : undefined;
      const verifier = options.codeVerifier ?? remembered;
      this.#grant = "authorization_code";
      this.#pendingCode = undefined;
      await this.requestToken(
        this.#codeFields(code, verifier),
        "authorization_code",
        options.signal,
      );
    } else {
      await this.requestToken(this.initialGrant(undefined), "client_credentials", options.signal);
    }
  }

  #verifierFor(state: string | undefined): string | undefined {
    const match = this.#pendingUrls.take(state, this.now());
    if (match.kind === "found") return match.verifier;
    if (match.kind === "ambiguous") {
      throw new InvalidArgumentError(
        `${match.count} authorize URLs from getAuthUrl() are waiting for their code: pass the ` +
          "callback's state, getAuthToken(code, { state }), or the URL's codeVerifier",
      );
    }
    // Not made here (another process, or over 10 minutes ago): send none. If the URL had a
    // challenge, osu! refuses and the error says to pass codeVerifier.
    return undefined;
  }

  /** Implements `initialGrant` of the interface (see there). */
  protected initialGrant(previous: TokenRecord | undefined): Record<string, string> {
    if (this.#pendingCode) {
      const { code, verifier } = this.#pendingCode;
      this.#pendingCode = undefined;
      return this.#codeFields(code, verifier);
    }
    if (this.#grant === "authorization_code") {
      throw new AuthError(
        `No valid user token${previous ? " (it expired and had no refresh token)" : ""}: ` +
          "send the user to getAuthUrl() again and call getAuthToken(code)",
        { status: 0, endpoint: TOKEN_ENDPOINT },
      );
    }
    assertGrantAllows("client_credentials", this.#requested);
    return {
      grant_type: "client_credentials",
      client_id: this.clientId,
      client_secret: this.#secret,
      scope: this.#requested.toString(),
    };
  }

  /** Implements `refreshGrant` of the interface (see there). */
  protected refreshGrant(refreshToken: string): Record<string, string> {
    return {
      grant_type: "refresh_token",
      client_id: this.clientId,
      client_secret: this.#secret,
      refresh_token: refreshToken,
    };
  }

  /** Implements `ownSecrets` of the interface (see there). */
  protected ownSecrets(): string[] {
    return [
      this.#secret,
      this.#pendingCode?.code ?? "",
      this.#pendingCode?.verifier ?? "",
      ...this.#pendingUrls.secrets(),
    ];
  }

  #codeFields(code: string, verifier: string | undefined): Record<string, string> {
    const fields: Record<string, string> = {
      grant_type: "authorization_code",
      client_id: this.clientId,
      client_secret: this.#secret,
      code,
    };
    if (this.redirectUri) fields.redirect_uri = this.redirectUri;
    if (verifier) fields.code_verifier = verifier;
    return fields;
  }

  /**
   * A safe description, without the secret.
   *
   * @returns e.g. `AuthHandler(clientId=123, grant=client_credentials, scope="public")`
   */
  override toString(): string {
    return `AuthHandler(clientId=${this.clientId}, grant=${this.#grant}, scope="${this.scope}")`;
  }
}
