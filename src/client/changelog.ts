/**
 * Changelog methods of `Client` (no token needed).
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import { InvalidArgumentError } from "../errors.ts";
import type { BuildDetails, ChangelogListing } from "../models/changelog.ts";
import type { DefaultApiVersion } from "../models/common.ts";
import type { CallOptions } from "./options.ts";
import { WikiApi } from "./wiki.ts";

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

/** The changelog methods; `Client` has them all. */
export class ChangelogApi<V extends string = DefaultApiVersion> extends WikiApi<V> {
  /**
   * Get Changelog Build: a build of a stream, with its entries.
   *
   * @param stream the stream name, e.g. `"lazer"`
   * @param build the build version, e.g. `"2024.1009.1"`
   * @param options `signal`, `timeout`
   * @returns the build
   * @throws {NotFoundError} when there is no such build
   */
  async getChangelogBuild(
    stream: string,
    build: string,
    options: CallOptions = {},
  ): Promise<BuildDetails> {
    return await this.request(endpoints.getChangelogBuild, {
      ...options,
      path: { stream: checkText("stream", stream), build: checkText("build", build) },
    });
  }

  /**
   * Get Changelog Listing: builds and streams.
   *
   * @param options `from`, `to`, `maxId`, `stream`, `messageFormats`, `signal`, `timeout`
   * @returns the builds and streams
   */
  async getChangelogListing(options: ChangelogListingOptions = {}): Promise<ChangelogListing> {
    return await this.request(endpoints.getChangelogListing, {
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

  /**
   * Lookup Changelog Build: a build by version or id.
   *
   * @param changelog the version, or the id (with `key: "id"`)
   * @param options `key`, `messageFormats`, `signal`, `timeout`
   * @returns the build
   * @throws {NotFoundError} when there is no such build
   */
  async lookupChangelogBuild(
    changelog: string | number,
    options: CallOptions & {
      readonly key?: "id";
      readonly messageFormats?: readonly ChangelogMessageFormat[];
    } = {},
  ): Promise<BuildDetails> {
    return await this.request(endpoints.lookupChangelogBuild, {
      ...options,
      path: { changelog: checkText("build", String(changelog)) },
      query: {
        key: options.key ?? (typeof changelog === "number" ? "id" : undefined),
        message_formats: options.messageFormats,
      },
    });
  }
}

function checkText(what: string, value: unknown): string {
  if (typeof value === "string" && value.trim() !== "") return value.trim();
  throw new InvalidArgumentError(`A changelog ${what} must be a non-empty string`);
}
