/**
 * What a route handler gets, and the handler type.
 *
 * @module
 */
import type { EmulatorState, TokenRecord } from "../_state.ts";
import type { JsonObject } from "../types.ts";

/** One API request, routed and authorized. */
export interface RouteContext {
  readonly state: EmulatorState;
  readonly request: Request;
  readonly url: URL;
  /** Path parameters by template name. */
  readonly params: Readonly<Record<string, string>>;
  /** The query string. */
  readonly query: URLSearchParams;
  /** The query as a nested object (`cursor[page]` → `{ cursor: { page } }`). */
  readonly queryFields: JsonObject;
  /** The parsed body (JSON or form), `{}` when none. */
  readonly body: JsonObject;
  /** The token, when one was sent and valid. */
  readonly token?: TokenRecord;
  /** The user the token acts for. */
  readonly userId?: number;
  /** `x-api-version`, 0 when absent. */
  readonly apiVersion: number;
  /** Sets the rate-limit cost of this request (default 1). */
  setCost(cost: number): void;
}

/** A route handler. */
export type RouteHandler = (ctx: RouteContext) => Response | Promise<Response>;

/** Handlers by endpoint name. */
export type RouteTable = Readonly<Record<string, RouteHandler>>;
