/**
 * Changelog models (BuildTransformer, UpdateStreamTransformer, ChangelogEntryTransformer).
 *
 * @module
 */
import type { Timestamp } from "./common.ts";

/** An update stream, e.g. `stable40`, `lazer`. */
export interface UpdateStream {
  /** The id. */
  readonly id: number;
  /** The name. */
  readonly name: string;
  /** The display name. */
  readonly display_name: string | null;
  /** Whether it is featured. */
  readonly is_featured: boolean;
  /** Include: the latest build. */
  readonly latest_build?: Build | null;
  /** Include: users on it. */
  readonly user_count?: number;
}

/** A changelog entry. */
export interface ChangelogEntry {
  /** The id (null for entries without one). */
  readonly id: number | null;
  /** The repository. */
  readonly repository: string | null;
  /** The pull request number. */
  readonly github_pull_request_id: number | null;
  /** The GitHub URL. */
  readonly github_url: string | null;
  /** A link. */
  readonly url: string | null;
  /** `add`, `fix`, `misc`. */
  readonly type: string;
  /** The category. */
  readonly category: string;
  /** The title. */
  readonly title: string | null;
  /** Whether it is major. */
  readonly major: boolean;
  /** When. */
  readonly created_at: Timestamp | null;
  /** Include: the message (Markdown). */
  readonly message?: string | null;
  /** Include: the message (HTML). */
  readonly message_html?: string | null;
  /** Include: the GitHub user. */
  readonly github_user?: { readonly display_name: string; readonly [key: string]: unknown };
}

/** A build. */
export interface Build {
  /** The id. */
  readonly id: number;
  /** The version. */
  readonly version: string | null;
  /** The display version. */
  readonly display_version: string;
  /** When it was made. */
  readonly created_at: Timestamp;
  /** Users on it. */
  readonly users: number;
  /** A YouTube video id. */
  readonly youtube_id: string | null;
  /** Include (default): its stream. */
  readonly update_stream?: UpdateStream | null;
  /** Include: the entries. */
  readonly changelog_entries?: readonly ChangelogEntry[];
  /** Include: the neighbouring builds. */
  readonly versions?: { readonly next: Build | null; readonly previous: Build | null };
}

/** `GET changelog`: builds and streams. */
export interface ChangelogListing {
  /** The builds. */
  readonly builds: readonly Build[];
  /** The streams. */
  readonly streams: readonly UpdateStream[];
  /** The search used. */
  readonly search: {
    readonly from: string | null;
    readonly limit: number;
    readonly max_id: number | null;
    readonly stream: string | null;
    readonly to: string | null;
  };
}
