/**
 * Changelog models (BuildTransformer, UpdateStreamTransformer, ChangelogEntryTransformer,
 * GithubUserTransformer) and the includes ChangelogController turns on.
 *
 * @module
 */
import type { Timestamp } from "./common.ts";

/** An update stream, e.g. `stable40`, `lazer` (UpdateStreamTransformer). */
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

/** The GitHub author of a changelog entry (GithubUserTransformer). */
export interface GithubUser {
  /** The name shown. */
  readonly display_name: string;
  /** The GitHub profile, if known. */
  readonly github_url: string | null;
  /** The GitHub login, if known. */
  readonly github_username: string | null;
  /** The id, if known. */
  readonly id: number | null;
  /** The linked osu! username, if any. */
  readonly osu_username: string | null;
  /** The linked osu! user, if any. */
  readonly user_id: number | null;
  /** The linked osu! profile, if any. */
  readonly user_url: string | null;
}

/** A changelog entry (ChangelogEntryTransformer). */
export interface ChangelogEntry {
  /** The id (`null` for the placeholder of builds without entries). */
  readonly id: number | null;
  /** The repository, e.g. `"ppy/osu"`. */
  readonly repository: string | null;
  /** The pull request number. */
  readonly github_pull_request_id: number | null;
  /** The GitHub URL. */
  readonly github_url: string | null;
  /** A link. */
  readonly url: string | null;
  /** `add`, `fix` or `misc`. */
  readonly type: string;
  /** The category, e.g. `"Gameplay"`. */
  readonly category: string;
  /** The title. */
  readonly title: string | null;
  /** Whether it is major. */
  readonly major: boolean;
  /** When. */
  readonly created_at: Timestamp | null;
  /** Include (`message_formats` has `markdown`): the message. */
  readonly message?: string | null;
  /** Include (`message_formats` has `html`): the message as HTML. */
  readonly message_html?: string | null;
  /** Include: the GitHub author. */
  readonly github_user?: GithubUser;
}

/** A build (BuildTransformer). */
export interface Build {
  /** When it was made. */
  readonly created_at: Timestamp;
  /** The display version. */
  readonly display_version: string;
  /** The id. */
  readonly id: number;
  /** Users on it. */
  readonly users: number;
  /** The version. */
  readonly version: string | null;
  /** A YouTube video id. */
  readonly youtube_id: string | null;
  /** Default include: its stream (`null` for builds without one). */
  readonly update_stream: UpdateStream | null;
  /** Include: the entries. */
  readonly changelog_entries?: readonly ChangelogEntry[];
  /** Include: the neighbouring builds of the stream; a side is absent at the stream's end. */
  readonly versions?: { readonly next?: Build; readonly previous?: Build };
}

/**
 * A build as `GET changelog/{stream}/{build}` and `GET changelog/{changelog}` return it: with
 * its entries (with `github_user`) and `versions`.
 */
export interface BuildDetails extends Build {
  /** The entries, oldest first. */
  readonly changelog_entries: readonly (ChangelogEntry & { readonly github_user: GithubUser })[];
  /** The neighbouring builds. */
  readonly versions: { readonly next?: Build; readonly previous?: Build };
}

/** `GET changelog`: builds, streams and the search used. */
export interface ChangelogListing {
  /** The builds, newest first, with entries (with `github_user`). */
  readonly builds: readonly (Build & {
    readonly changelog_entries: readonly (ChangelogEntry & { readonly github_user: GithubUser })[];
  })[];
  /** The streams, with `latest_build` and `user_count`. */
  readonly streams: readonly (UpdateStream & {
    readonly latest_build: Build;
    readonly user_count: number;
  })[];
  /** The search used. */
  readonly search: {
    readonly from: string | null;
    readonly limit: number;
    readonly max_id: number | null;
    readonly stream: string | null;
    readonly to: string | null;
  };
}
