/**
 * Session verification and token methods of `Client`.
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import { InvalidArgumentError } from "../errors.ts";
import type { DefaultApiVersion } from "../models/common.ts";
import { MiscApi } from "./misc.ts";
import type { CallOptions } from "./options.ts";

/** The session and OAuth methods; `Client` has them all. */
export class SessionApi<V extends string = DefaultApiVersion> extends MiscApi<V> {
  /**
   * Verify Session: verify the session with the key osu! mailed (or from an authenticator).
   *
   * @param verificationKey the key
   * @param options `signal`, `timeout`
   * @throws {InvalidArgumentError} when the key is empty
   */
  async verifySession(verificationKey: string, options: CallOptions = {}): Promise<void> {
    if (typeof verificationKey !== "string" || verificationKey.trim() === "") {
      throw new InvalidArgumentError("verifySession needs the verification key");
    }
    await this.request(endpoints.verifySession, {
      ...options,
      body: { verification_key: verificationKey.replaceAll(" ", "") },
    });
  }

  /**
   * Verify Session by Mail Fallback: switch verification to e-mail when the authenticator
   * is unavailable.
   *
   * @param options `signal`, `timeout`
   */
  async verifySessionByMailFallback(options: CallOptions = {}): Promise<void> {
    await this.request(endpoints.verifySessionByMailFallback, options);
  }

  /**
   * Reissue Session Verification Code: mail a new verification key.
   *
   * @param options `signal`, `timeout`
   */
  async reissueSessionVerificationCode(options: CallOptions = {}): Promise<void> {
    await this.request(endpoints.reissueSessionVerificationCode, options);
  }

  /**
   * Revoke current token: revoke the token this client uses (any token may), and make the
   * auth handler forget it, so the next call gets a new one (or fails, for a user's token).
   *
   * @param options `signal`, `timeout`
   */
  async revokeCurrentToken(options: CallOptions = {}): Promise<void> {
    await this.request(endpoints.revokeCurrentToken, options);
    await this.auth?.forget();
  }
}
