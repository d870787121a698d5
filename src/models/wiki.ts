/**
 * Wiki models (WikiPageTransformer).
 *
 * @module
 */

/** A wiki page. */
export interface WikiPage {
  /** Locales the page is in. */
  readonly available_locales: readonly string[];
  /** The layout, e.g. `"markdown_page"`. */
  readonly layout: string;
  /** The locale. */
  readonly locale: string;
  /** The Markdown text. */
  readonly markdown: string;
  /** The path, e.g. `"Main_page"`. */
  readonly path: string;
  /** The subtitle. */
  readonly subtitle: string | null;
  /** The tags. */
  readonly tags: readonly string[];
  /** The title. */
  readonly title: string;
}
