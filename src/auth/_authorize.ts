/**
 * Stage 2 of the pipeline: may this client send this endpoint a token? Checked before anything
 * is sent, with errors that say what is missing and what to do.
 *
 * @module
 */
import type { Endpoint } from "../endpoint_descriptor.ts";
import { GrantError, MissingScopeError } from "../errors.ts";
import type { BaseAuthHandler } from "./base_auth_handler.ts";
import type { ScopeName } from "./scope.ts";

/** What the check needs to know of an endpoint (or of the notification websocket). */
export type AuthTarget = Pick<Endpoint, "name" | "grant" | "scope">;

/**
 * Checks the endpoint's grant and scope against the auth handler.
 *
 * @param endpoint the descriptor (only its name, grant and scope are read)
 * @param auth the client's auth handler, if any
 * @returns whether a token must be sent
 * @throws {GrantError} when the endpoint needs a kind of token the handler cannot get
 * @throws {MissingScopeError} when the handler's token lacks the endpoint's scope
 */
export function authorize(endpoint: AuthTarget, auth: BaseAuthHandler | undefined): boolean {
  if (endpoint.grant === "none") return false;
  const { name, grant, scope } = endpoint;
  if (
    auth && (grant === "any" || (grant === "user" && auth.actsForUser)) &&
    (scope === "any" || auth.scope.has(scope as ScopeName))
  ) {
    return true; // the common case, with no message to build
  }
  const token = grant === "user" ? "a user's token" : "a token";
  const needs = scope === "any" ? token : `${token} with the ${scope} scope`;
  if (!auth) {
    throw new GrantError(
      name,
      grant,
      `${name} needs ${needs}, but this client has no auth. ` +
        (grant === "user"
          ? "Create it with new Client(auth), auth being a user's AuthHandler"
          : "Create it with Client.fromClientCredentials(...) or new Client(auth)"),
    );
  }
  if (grant === "lazer" && !auth.scope.names.includes("*")) {
    throw new GrantError(
      name,
      "lazer",
      `${name} is lazer-only: osu! allows it only with the official lazer client's ` +
        "password grant (scope *), which this client does not use",
    );
  }
  if (grant === "user" && !auth.actsForUser) {
    throw new GrantError(
      name,
      "user",
      `${name} acts for a user and needs ${needs}, not client credentials, which are all ` +
        "this client has. Log the user in with the authorization-code flow " +
        `(getAuthUrl, then getAuthToken(code)), asking for ${
          scope === "any" ? "the scopes you need" : `the ${scope} scope`
        }`,
    );
  }
  if (scope !== "any" && !auth.scope.has(scope as ScopeName)) {
    throw new MissingScopeError(name, scope, auth.scope.names);
  }
  return true;
}
