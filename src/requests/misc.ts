/**
 * The smaller requests of `Client`: search, seasonal backgrounds, teams, reports, screenshots.
 * `Client`'s methods call the functions here and carry their docs.
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import type { RequestContext } from "./_context.ts";
import { InvalidArgumentError } from "../errors.ts";
import type { Ruleset } from "../models/common.ts";
import type {
  SearchResult,
  SeasonalBackgrounds,
  TeamDetails,
  UploadedScreenshot,
} from "../models/misc.ts";
import { checkId } from "../_ids.ts";
import type { CallOptions } from "../client_options.ts";

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

/** Options of `search`. */
export interface SearchOptions extends CallOptions {
  /** What to search: users, wiki pages or both. @default {"all"} */
  readonly mode?: "all" | "user" | "wiki_page";
  /** The search text. */
  readonly query?: string;
  /** The page, from 1. @default {1} */
  readonly page?: number;
}

export async function search(
  context: RequestContext,
  options: SearchOptions = {},
): Promise<SearchResult> {
  return await context.request(endpoints.search, {
    ...options,
    query: { mode: options.mode, query: options.query, page: options.page },
  });
}

export async function getSeasonalBackgrounds(
  context: RequestContext,
  options: CallOptions = {},
): Promise<SeasonalBackgrounds> {
  return await context.request(endpoints.getSeasonalBackgrounds, options);
}

export async function getTeam(
  context: RequestContext,
  team: number | string,
  ruleset?: Ruleset,
  options: CallOptions = {},
): Promise<TeamDetails> {
  const ref = typeof team === "string" && team.startsWith("@") && team.length > 1
    ? team
    : checkId("team id", team);
  return await context.request(endpoints.getTeam, { ...options, path: { team: ref, ruleset } });
}

export async function createReport(
  context: RequestContext,
  report: NewReport,
  options: CallOptions = {},
): Promise<void> {
  await context.request(endpoints.createReport, {
    ...options,
    body: {
      reportable_type: report?.reportableType,
      reportable_id: checkId("reportable id", report?.reportableId),
      reason: report.reason,
      comments: report.comments ?? "",
    },
  });
}

export async function uploadScreenshot(
  context: RequestContext,
  screenshot: Blob | Uint8Array,
  options: CallOptions = {},
): Promise<UploadedScreenshot> {
  const blob = screenshot instanceof Blob
    ? screenshot
    : new Blob([screenshot as Uint8Array<ArrayBuffer>], { type: "image/jpeg" });
  if (blob.size === 0) throw new InvalidArgumentError("A screenshot must not be empty");
  const body = new FormData();
  body.append("screenshot", blob, "screenshot.jpg");
  return await context.request(endpoints.uploadScreenshot, { ...options, body });
}
