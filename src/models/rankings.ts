/**
 * Ranking models.
 *
 * @module
 */
import type { UserStatistics } from "./users.ts";

/** A page of rankings (`GET rankings/{mode}/{type}`). */
export interface Rankings {
  /** The rows. */
  readonly ranking: readonly UserStatistics[];
  /** The cursor for the next page, or null at the end. */
  readonly cursor: { readonly page: number } | null;
  /** Total rows. */
  readonly total: number;
}
