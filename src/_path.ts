/**
 * Fills an endpoint's path template (`users/{user}/{mode?}`) with values, so that each value stays
 * inside its route: a value is one encoded path segment, except the wiki's `{path}`, whose
 * segments are each encoded; no value or segment may be empty, `.` or `..`, in any encoding
 * (`%2e`, `.%2E`, ...), since a URL parser would move the request to another route; and none
 * may hold `/` or `\` (encoded or not), since osu-web (Laravel) matches routes against the
 * decoded path.
 *
 * @module
 */
import type { PathParams } from "./endpoint_descriptor.ts";
import { InvalidArgumentError } from "./errors.ts";
import { checkEnum, PATH_ENUMS } from "./_enums.ts";

/** Template names whose value is a path of several segments (osu-web's `{path}` of wiki pages). */
const MULTI_SEGMENT = new Set(["path"]);

/** A value made only of these is one safe segment as it is. */
const PLAIN_SEGMENT = /^[\w-]+$/;

/**
 * Builds the path: required segments must be given, optional ones (`{name?}`) are dropped when
 * absent or empty.
 *
 * @param endpointName the endpoint's name, for error messages
 * @param template the path template
 * @param params the values
 * @returns the path relative to `/api/v2/`
 * @throws {InvalidArgumentError} when a required value is missing, or a value (or a segment of
 * a path value) is empty, `.` or `..`, or not a string or a finite number, or not one of the
 * values osu-web accepts there (a ruleset, a list type)
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
    const text = textOf(endpointName, name, value);
    const allowed = PATH_ENUMS[endpointName]?.[name];
    if (allowed) checkEnum(endpointName, `"${name}"`, text, allowed);
    // Letters, digits, `_` and `-` only: one segment that encodes to itself and cannot move the
    // request (no `.`, `%`, `/`, `\\` or blank); the common case (ids, rulesets) stops here.
    if (PLAIN_SEGMENT.test(text)) {
      parts.push(text);
      continue;
    }
    const pieces = MULTI_SEGMENT.has(name) ? text.split("/") : [text];
    for (const piece of pieces) checkSegment(endpointName, name, piece, pieces.length > 1);
    parts.push(pieces.map(encodeURIComponent).join("/").replace(/^%40/, "@"));
  }
  return parts.join("/");
}

function textOf(endpointName: string, name: string, value: unknown): string {
  if (typeof value === "number") {
    if (Number.isFinite(value)) return String(value);
    throw new InvalidArgumentError(
      `${endpointName}: "${name}" must be a finite number, got ${value}`,
    );
  }
  if (typeof value === "string") return value;
  throw new InvalidArgumentError(
    `${endpointName}: "${name}" must be a string or a number, got ${typeof value}`,
  );
}

/** Refuses a segment that is blank, or `.` or `..` once decoded (any number of times). */
function checkSegment(endpointName: string, name: string, piece: string, inPath: boolean) {
  const what = inPath ? `a segment of "${name}"` : `"${name}"`;
  if (piece.trim() === "") {
    throw new InvalidArgumentError(
      `${endpointName}: ${what} is empty${
        inPath ? " (a leading, trailing or double /)" : ""
      }; pass the value itself`,
    );
  }
  for (const form of decodedForms(piece)) {
    // Laravel matches routes against the decoded path, so an encoded / still splits a value.
    if (/[/\\]/.test(form)) {
      throw new InvalidArgumentError(
        `${endpointName}: ${what} may not contain / or \\ (got ${JSON.stringify(piece)}): ` +
          "osu-web would read it as another route",
      );
    }
    const bare = form.trim();
    if (bare === "." || bare === "..") {
      throw new InvalidArgumentError(
        `${endpointName}: ${what} may not be ${JSON.stringify(piece)} (a URL reads it as ` +
          `"${bare}", which leads to another route); pass the id or name you mean`,
      );
    }
  }
}

/** The value and what it reads as once percent-decoded, again and again. */
function decodedForms(text: string): string[] {
  const forms = [text];
  for (let i = 0; i < 4; i++) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(forms[forms.length - 1]);
    } catch {
      break;
    }
    if (decoded === forms[forms.length - 1]) break;
    forms.push(decoded);
  }
  return forms;
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
