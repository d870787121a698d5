/**
 * Query-string encoding the way osu-web (Laravel) reads it: arrays as `ids[]=1&ids[]=2`, nested
 * objects as `cursor[page]=2`, booleans as `1`/`0`, `undefined` and `null` dropped.
 *
 * @module
 */
import type { QueryParams, QueryValue } from "./endpoint.ts";

/**
 * Appends `params` to the URL's query in osu-web's encoding. Brackets stay literal
 * (`ids[]=1&ids[]=2`, `cursor[page]=2`), as osu-web's docs write them.
 *
 * @param url the URL to change
 * @param params the parameters
 */
export function appendQuery(url: URL, params: QueryParams): void {
  const search = new URLSearchParams(url.search);
  for (const [key, value] of Object.entries(params)) appendValue(search, key, value);
  const text = search.toString().replace(/%5B/gi, "[").replace(/%5D/gi, "]");
  url.search = text;
}

function appendValue(search: URLSearchParams, key: string, value: QueryValue): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) appendValue(search, `${key}[]`, item);
  } else if (typeof value === "object") {
    for (const [sub, item] of Object.entries(value)) appendValue(search, `${key}[${sub}]`, item);
  } else if (typeof value === "boolean") {
    search.append(key, value ? "1" : "0");
  } else {
    search.append(key, String(value));
  }
}
