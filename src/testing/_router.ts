/**
 * Matches `/api/v2/...` paths against the endpoint table's templates. Literal segments win over
 * parameters (`users/lookup` before `users/{user}`), position by position; `{x?}` segments may be
 * absent; the wiki's `{path}` takes the rest of the path.
 *
 * @module
 */
import type { Endpoint } from "../endpoint_descriptor.ts";
import { endpoints } from "../endpoints.ts";

/** A matched route. */
export interface RouteMatch {
  readonly endpoint: Endpoint;
  readonly params: Readonly<Record<string, string>>;
}

/** The result of routing: a match, a path known under another method (405), or nothing. */
export type RouteResult =
  | { readonly kind: "match"; readonly match: RouteMatch }
  | { readonly kind: "method" }
  | { readonly kind: "none" };

interface Compiled {
  readonly endpoint: Endpoint;
  readonly segments: readonly {
    name?: string;
    literal?: string;
    optional?: boolean;
    rest?: boolean;
  }[];
}

const COMPILED: readonly Compiled[] = Object.values(endpoints).map((endpoint: Endpoint) => ({
  endpoint,
  segments: endpoint.path.split("/").map((segment) => {
    const m = /^\{(\w+)(\?)?\}$/.exec(segment);
    if (!m) return { literal: segment };
    return { name: m[1], optional: m[2] === "?", rest: m[1] === "path" };
  }),
}));

/** Per-segment rank: 2 literal, 1 parameter, 0 absent optional. */
function tryMatch(
  compiled: Compiled,
  parts: readonly string[],
): { params: Record<string, string>; rank: number[] } | null {
  const params: Record<string, string> = {};
  const rank: number[] = [];
  let i = 0;
  for (const segment of compiled.segments) {
    if (segment.literal !== undefined) {
      if (parts[i] !== segment.literal) return null;
      rank.push(2);
      i++;
    } else if (segment.rest) {
      if (i >= parts.length) return null;
      params[segment.name!] = parts.slice(i).join("/");
      rank.push(1);
      i = parts.length;
    } else if (i < parts.length && parts[i] !== "") {
      params[segment.name!] = parts[i];
      rank.push(1);
      i++;
    } else if (segment.optional) {
      rank.push(0);
    } else {
      return null;
    }
  }
  return i === parts.length ? { params, rank } : null;
}

function better(a: number[], b: number[]): boolean {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? -1;
    const y = b[i] ?? -1;
    if (x !== y) return x > y;
  }
  return false;
}

/**
 * Finds the endpoint for a method and a path below `/api/v2/`.
 *
 * @param method the HTTP method (PATCH is accepted where the table says PUT)
 * @param path the path without `/api/v2/`, e.g. `"users/2/osu"`
 * @returns the result
 */
export function route(method: string, path: string): RouteResult {
  const parts = path.replace(/\/+$/, "").split("/").map((part) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return part;
    }
  });
  const wanted = method === "PATCH" ? "PUT" : method === "HEAD" ? "GET" : method;
  let best: { compiled: Compiled; params: Record<string, string>; rank: number[] } | null = null;
  let otherMethod = false;
  for (const compiled of COMPILED) {
    const result = tryMatch(compiled, parts);
    if (!result) continue;
    if (compiled.endpoint.method !== wanted) {
      otherMethod = true;
      continue;
    }
    if (!best || better(result.rank, best.rank)) best = { compiled, ...result };
  }
  if (best) {
    return { kind: "match", match: { endpoint: best.compiled.endpoint, params: best.params } };
  }
  return { kind: otherMethod ? "method" : "none" };
}
