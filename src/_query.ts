/**
 * Query-string encoding the way osu-web (Laravel) reads it: arrays as `ids[]=1&ids[]=2`, nested
 * objects as `cursor[page]=2`, booleans as `1`/`0`, `undefined` and `null` dropped.
 *
 * @module
 */
import type { QueryParams, QueryValue } from "./endpoint_descriptor.ts";

/**
 * Appends `params` to the URL's query in osu-web's encoding. Brackets stay literal
 * (`ids[]=1&ids[]=2`, `cursor[page]=2`), as osu-web's docs write them.
 *
 * @param url the URL to change
 * @param params the parameters
 */
export function appendQuery(url: URL, params: QueryParams): void {
  const pairs: string[] = [];
  for (const key in params) appendValue(pairs, key, params[key]);
  if (!pairs.length) return;
  const existing = url.search.slice(1);
  url.search = existing ? `${existing}&${pairs.join("&")}` : pairs.join("&");
}

/** Encodes a key or value, keeping brackets literal. */
function encode(text: string): string {
  return encodeURIComponent(text).replace(/%5B/gi, "[").replace(/%5D/gi, "]");
}

function appendValue(pairs: string[], key: string, value: QueryValue): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) appendValue(pairs, `${key}[]`, item);
  } else if (typeof value === "object") {
    for (const [sub, item] of Object.entries(value)) appendValue(pairs, `${key}[${sub}]`, item);
  } else if (typeof value === "boolean") {
    pairs.push(`${encode(key)}=${value ? "1" : "0"}`);
  } else {
    pairs.push(`${encode(key)}=${encode(String(value))}`);
  }
}
