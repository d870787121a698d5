/**
 * Session verification and token requests of `Client`.
 * `Client`'s methods call the functions here and carry their docs.
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import type { RequestContext } from "./_context.ts";
import { InvalidArgumentError } from "../errors.ts";
import type { CallOptions } from "../client_options.ts";

export async function verifySession(
  context: RequestContext,
  verificationKey: string,
  options: CallOptions = {},
): Promise<void> {
  if (typeof verificationKey !== "string" || verificationKey.trim() === "") {
    throw new InvalidArgumentError("verifySession needs the verification key");
  }
  await context.request(endpoints.verifySession, {
    ...options,
    body: { verification_key: verificationKey.replaceAll(" ", "") },
  });
}

export async function verifySessionByMailFallback(
  context: RequestContext,
  options: CallOptions = {},
): Promise<void> {
  await context.request(endpoints.verifySessionByMailFallback, options);
}

export async function reissueSessionVerificationCode(
  context: RequestContext,
  options: CallOptions = {},
): Promise<void> {
  await context.request(endpoints.reissueSessionVerificationCode, options);
}

export async function revokeCurrentToken(
  context: RequestContext,
  options: CallOptions = {},
): Promise<void> {
  await context.request(endpoints.revokeCurrentToken, options);
  await context.auth?.forget();
}
