/**
 * News models (NewsPostTransformer).
 *
 * @module
 */
import type { LegacyCursor, Timestamp } from "./common.ts";

/** A news post. */
export interface NewsPost {
  /** The id. */
  readonly id: number;
  /** The author. */
  readonly author: string;
  /** The GitHub edit link. */
  readonly edit_url: string;
  /** The first image. */
  readonly first_image: string | null;
  /** The first image, 2x. */
  readonly "first_image@2x"?: string | null;
  /** When it was published. */
  readonly published_at: Timestamp;
  /** Last update. */
  readonly updated_at: Timestamp;
  /** The slug. */
  readonly slug: string;
  /** The title. */
  readonly title: string;
  /** Include: the HTML content. */
  readonly content?: string;
  /** Include: the neighbouring posts. */
  readonly navigation?: { readonly newer?: NewsPost; readonly older?: NewsPost };
  /** Include: the first paragraph. */
  readonly preview?: string;
}

/** A page of `GET news`. */
export interface NewsListing {
  /** The posts. */
  readonly news_posts: readonly NewsPost[];
  /** The sidebar (years, posts of the year). */
  readonly news_sidebar: {
    readonly current_year: number;
    readonly news_posts: readonly NewsPost[];
    readonly years: readonly number[];
  };
  /** The search used. */
  readonly search: {
    readonly limit: number;
    readonly sort: string;
    readonly year: number | null;
  };
  /** The next page's cursor; `null` at the end. */
  readonly cursor_string: string | null;
  /** The legacy cursor (the same position), `null` at the end. */
  readonly cursor: LegacyCursor | null;
}
