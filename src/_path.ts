/**
 * Fills an endpoint's path template (`users/{user}/{mode?}`) with values.
 *
 * @module
 */
import type { PathParams } from "./endpoint.ts";
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
  for (const segment of template.split("/")) {
    const match = /^\{(\w+)(\?)?\}$/.exec(segment);
    if (!match) {
      parts.push(segment);
      continue;
    }
    const [, name, optional] = match;
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
