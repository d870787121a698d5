/**
 * Fills an endpoint's path template (`users/{user}/{mode?}`) with values.
 *
 * @module
 */
import type { PathParams } from "./endpoint_descriptor.ts";
import { InvalidArgumentError } from "./errors.ts";

/**
 * Builds the path: required segments must be given, optional ones (`{name?}`) are dropped when
 * empty. Values are URL-encoded, except that `/` stays in the wiki's `{path}`.
 *
 * @param endpointName the endpoint's name, for error messages
 * @param template the path template
 * @param params the values
 * @returns the path relative to `/api/v2/`
 * @throws {InvalidArgumentError} when a required value is missing or empty
 */
export function fillPath(endpointName: string, template: string, params: PathParams = {}): string {
  const parts: string[] = [];
  for (const segment of segmentsOf(template)) {
    if (typeof segment === "string") {
      parts.push(segment);
      continue;
    }
    const { name, optional } = segment;
    const value = params[name];
    if (value === undefined || value === null || value === "") {
      if (optional) continue;
      throw new InvalidArgumentError(`${endpointName} needs a value for "${name}"`);
    }
    if (typeof value === "number" && !Number.isFinite(value)) {
      throw new InvalidArgumentError(
        `${endpointName}: "${name}" must be a finite number, got ${value}`,
      );
    }
    const text = String(value);
    const encoded = name === "path"
      ? text.split("/").map(encodeURIComponent).join("/")
      : encodeURIComponent(text);
    parts.push(encoded.replace(/^%40/, "@"));
  }
  return parts.join("/");
}

type Segment = string | { readonly name: string; readonly optional: boolean };

/** Parsed templates: each is parsed once. */
const parsed = new Map<string, readonly Segment[]>();

function segmentsOf(template: string): readonly Segment[] {
  let segments = parsed.get(template);
  if (!segments) {
    segments = template.split("/").map((segment) => {
      const match = /^\{(\w+)(\?)?\}$/.exec(segment);
      return match ? { name: match[1], optional: match[2] === "?" } : segment;
    });
    parsed.set(template, segments);
  }
  return segments;
}
