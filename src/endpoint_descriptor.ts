/**
 * The shape of one endpoint descriptor (osu.py's `Path`): where a request goes, how it is sent,
 * and who may send it. The table of all of them is `endpoints` in `endpoints.ts`.
 *
 * @module
 */
import type { ScopeName } from "./auth/scope.ts";

/** HTTP methods the osu! API uses. */
export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * The scope an endpoint requires: a scope name, `"none"` (no token at all) or `"any"` (any valid
 * token). `"*"` marks the routes only the lazer client's password grant can reach.
 */
export type EndpointScope = ScopeName | "none" | "any";

/**
 * Who may call an endpoint:
 * - `"none"`: anyone, no token is sent;
 * - `"any"`: any token (client credentials included);
 * - `"user"`: a token that acts for a user (authorization code, password grant, or client
 *   credentials with the `delegate` scope);
 * - `"lazer"`: only a `*` token, which only the official lazer client's password grant gets.
 */
export type EndpointGrant = "none" | "any" | "user" | "lazer";

/**
 * How an endpoint pages its results:
 * `cursor_string` (opaque string sent back as `cursor_string`), `cursor` (legacy `cursor[...]`
 * object), `page` (`page=N`), `offset` (`limit` + `offset`), `since/until` (chat message ids),
 * or `none`.
 */
export type PaginationKind =
  | "none"
  | "cursor_string"
  | "cursor"
  | "page"
  | "offset"
  | "since/until";

/**
 * What a successful answer's body must be: a JSON object, a JSON array, any JSON value, raw bytes
 * (replays, archives), or nothing (a void write: 204, or a 200 whose body is ignored). A JSON body
 * that is not the promised kind at the top level (`null`, empty, an array for an object) is a
 * `MalformedResponseError`.
 */
export type ResponseKind = "object" | "array" | "json" | "bytes" | "empty";

/** How a request body is encoded. */
export type BodyKind = "json" | "multipart";

/** One endpoint descriptor: data only, used by the client to build every request. */
export interface Endpoint {
  /** The `Client` method name, e.g. `"getUser"`. */
  readonly name: string;
  /** The HTTP method. */
  readonly method: HttpMethod;
  /** Path template relative to `/api/v2/`; `{name}` is required, `{name?}` optional. */
  readonly path: string;
  /** The scope osu-web requires. */
  readonly scope: EndpointScope;
  /** Who may call it (derived from the scope, see {@linkcode EndpointGrant}). */
  readonly grant: EndpointGrant;
  /** How it pages. */
  readonly pagination: PaginationKind;
  /** What the response body is. @default {"object"} */
  readonly response?: ResponseKind;
  /** How a request body is encoded, for writes. @default {"json"} */
  readonly body?: BodyKind;
  /** osu-web's throttle bucket when it is not the general one (replay downloads). */
  readonly bucket?: "replay";
  /** A non-GET that is safe to send again after a 5xx or network error. */
  readonly retrySafe?: boolean;
  /** osu-web marks the route deprecated. */
  readonly deprecated?: boolean;
}

/** A value that can go into a query string (osu-web's encoding: arrays as `ids[]`, objects as `cursor[page]`). */
export type QueryValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly QueryValue[]
  | { readonly [key: string]: QueryValue };

/** Query parameters by name. */
export type QueryParams = { readonly [key: string]: QueryValue };

/** Values for the `{name}` segments of a path template. */
export type PathParams = { readonly [name: string]: string | number | undefined | null };
