/**
 * Changelog requests of `Client` (no token needed).
 * `Client`'s methods call the functions here and carry their docs.
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import type { RequestContext } from "./_context.ts";
import type { BuildDetails, ChangelogListing } from "../models/changelog.ts";
import type { CallOptions } from "../client_options.ts";
import { checkNonEmpty } from "./_params.ts";

/** Formats of changelog entry messages. */
export type ChangelogMessageFormat = "markdown" | "html";

/** Options of `getChangelogListing`. */
export interface ChangelogListingOptions extends CallOptions {
  /** From this build version. */
  readonly from?: string;
  /** Up to this build version. */
  readonly to?: string;
  /** Only builds up to this id. */
  readonly maxId?: number;
  /** Only this stream, e.g. `"stable40"`, `"lazer"`. */
  readonly stream?: string;
  /** Message formats. @default {["html", "markdown"]} */
  readonly messageFormats?: readonly ChangelogMessageFormat[];
}

/** Options of `lookupChangelogBuild`. */
export interface ChangelogLookupOptions extends CallOptions {
  /**
   * `"id"` reads the build as an id, not a version. Without it, a number is read as an id and a
   * string as a version.
   */
  readonly key?: "id";
  /** Message formats. @default {["html", "markdown"]} */
  readonly messageFormats?: readonly ChangelogMessageFormat[];
}

export async function getChangelogBuild(
  context: RequestContext,
  stream: string,
  build: string,
  options: CallOptions = {},
): Promise<BuildDetails> {
  return await context.request(endpoints.getChangelogBuild, {
    ...options,
    path: { stream: checkText("stream", stream), build: checkText("build", build) },
  });
}

export async function getChangelogListing(
  context: RequestContext,
  options: ChangelogListingOptions = {},
): Promise<ChangelogListing> {
  return await context.request(endpoints.getChangelogListing, {
    ...options,
    query: {
      from: options.from,
      to: options.to,
      max_id: options.maxId,
      stream: options.stream,
      message_formats: options.messageFormats,
    },
  });
}

export async function lookupChangelogBuild(
  context: RequestContext,
  changelog: string | number,
  options: ChangelogLookupOptions = {},
): Promise<BuildDetails> {
  return await context.request(endpoints.lookupChangelogBuild, {
    ...options,
    path: { changelog: checkText("build", String(changelog)) },
    query: {
      key: options.key ?? (typeof changelog === "number" ? "id" : undefined),
      message_formats: options.messageFormats,
    },
  });
}

function checkText(what: string, value: unknown): string {
  return checkNonEmpty(value, `A changelog ${what} must be a non-empty string`).trim();
}
