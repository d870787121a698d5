/**
 * Ranking requests of `Client`: rankings, kudosu ranking and spotlights.
 * `Client`'s methods call the functions here and carry their docs.
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import type { RequestContext } from "./_context.ts";
import type { Ruleset } from "../models/common.ts";
import type { KudosuRanking, RankingFor, RankingType, Spotlights } from "../models/rankings.ts";
import type { CallOptions } from "../client_options.ts";

export type { RankingType } from "../models/rankings.ts";

/** Options of `getRanking`. */
export interface GetRankingOptions extends CallOptions {
  /** Two-letter country code (performance only). */
  readonly country?: string;
  /** `all` or `friends`. */
  readonly filter?: "all" | "friends";
  /** Spotlight id (charts only). */
  readonly spotlight?: number;
  /** Mania key variant, `4k` or `7k` (performance only). */
  readonly variant?: "4k" | "7k";
  /** The page, from 1 (sent as `cursor[page]`). */
  readonly page?: number;
}

export async function getRanking<T extends RankingType>(
  context: RequestContext,
  mode: Ruleset,
  type: T,
  options: GetRankingOptions = {},
): Promise<RankingFor<T>> {
  return await context.request(endpoints.getRanking, {
    ...options,
    path: { mode, type },
    query: {
      country: options.country,
      filter: options.filter,
      spotlight: options.spotlight,
      variant: options.variant,
      cursor: options.page === undefined ? undefined : { page: options.page },
    },
  });
}

/** Options of `getKudosuRanking`. */
export interface KudosuRankingOptions extends CallOptions {
  /** The page, from 1. @default {1} */
  readonly page?: number;
}

export async function getKudosuRanking(
  context: RequestContext,
  options: KudosuRankingOptions = {},
): Promise<KudosuRanking> {
  return await context.request(endpoints.getKudosuRanking, {
    ...options,
    query: { page: options.page },
  });
}

export async function getSpotlights(
  context: RequestContext,
  options: CallOptions = {},
): Promise<Spotlights> {
  return await context.request(endpoints.getSpotlights, options);
}
