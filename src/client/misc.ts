/**
 * The smaller methods of `Client`: search, seasonal backgrounds, teams, reports, screenshots.
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import { InvalidArgumentError } from "../errors.ts";
import type { DefaultApiVersion, Ruleset } from "../models/common.ts";
import type { SearchResult, SeasonalBackgrounds, TeamDetails } from "../models/misc.ts";
import { checkId } from "../_ids.ts";
import { MeApi } from "./me.ts";
import type { CallOptions } from "./options.ts";

/** What `createReport` can report. */
export type ReportableType =
  | "beatmapset"
  | "beatmapset_discussion_post"
  | "comment"
  | "forum_post"
  | "message"
  | "score"
  | "user";

/** A report. */
export interface NewReport {
  /** What is reported. */
  readonly reportableType: ReportableType;
  /** Its id. */
  readonly reportableId: number;
  /** Why, e.g. `"Cheating"`, `"Spam"`, `"Insults"`, `"UnwantedContent"`, `"Other"`. */
  readonly reason: string;
  /** Details. */
  readonly comments: string;
}

/** The misc methods; `Client` has them all. */
export class MiscApi<V extends string = DefaultApiVersion> extends MeApi<V> {
  /**
   * Search: users and wiki pages, 20 a page.
   *
   * @param options `mode` (`all`, `user`, `wiki_page`), `query`, `page`, `signal`, `timeout`
   * @returns the results by kind, with totals
   */
  async search(
    options: CallOptions & {
      readonly mode?: "all" | "user" | "wiki_page";
      readonly query?: string;
      readonly page?: number;
    } = {},
  ): Promise<SearchResult> {
    return await this.request(endpoints.search, {
      ...options,
      query: { mode: options.mode, query: options.query, page: options.page },
    });
  }

  /**
   * Get Seasonal Backgrounds: the current season's menu backgrounds (no token needed).
   *
   * @param options `signal`, `timeout`
   * @returns the backgrounds and when the season ends
   */
  async getSeasonalBackgrounds(options: CallOptions = {}): Promise<SeasonalBackgrounds> {
    return await this.request(endpoints.getSeasonalBackgrounds, options);
  }

  /**
   * Get Team: a team with its members and statistics.
   *
   * @param team the team id, or `"@shortname"`
   * @param ruleset the ruleset of the statistics
   * @param options `signal`, `timeout`
   * @returns the team
   * @throws {NotFoundError} when there is no such team
   */
  async getTeam(
    team: number | string,
    ruleset?: Ruleset,
    options: CallOptions = {},
  ): Promise<TeamDetails> {
    const ref = typeof team === "string" && team.startsWith("@") && team.length > 1
      ? team
      : checkId("team id", team);
    return await this.request(endpoints.getTeam, { ...options, path: { team: ref, ruleset } });
  }

  /**
   * Create Report: report a user, score, post, ... to the moderators (lazer only).
   *
   * @param report what, why and details
   * @param options `signal`, `timeout`
   * @throws {GrantError} before sending, without the lazer client's token
   */
  async createReport(report: NewReport, options: CallOptions = {}): Promise<void> {
    await this.request(endpoints.createReport, {
      ...options,
      body: {
        reportable_type: report?.reportableType,
        reportable_id: checkId("reportable id", report?.reportableId),
        reason: report.reason,
        comments: report.comments ?? "",
      },
    });
  }

  /**
   * Upload Screenshot: upload a JPEG screenshot (lazer only; sent as multipart form data).
   *
   * @param screenshot the JPEG file (up to 10 MB)
   * @param options `signal`, `timeout`
   * @returns the screenshot's URL
   * @throws {InvalidArgumentError} when it is empty
   * @throws {GrantError} before sending, without the lazer client's token
   */
  async uploadScreenshot(
    screenshot: Blob | Uint8Array,
    options: CallOptions = {},
  ): Promise<{ url: string }> {
    const blob = screenshot instanceof Blob
      ? screenshot
      : new Blob([screenshot as Uint8Array<ArrayBuffer>], { type: "image/jpeg" });
    if (blob.size === 0) throw new InvalidArgumentError("A screenshot must not be empty");
    const body = new FormData();
    body.append("screenshot", blob, "screenshot.jpg");
    return await this.request(endpoints.uploadScreenshot, { ...options, body });
  }
}
