/**
 * Ranking methods of `Client`: rankings, kudosu ranking and spotlights.
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import type { DefaultApiVersion, Ruleset } from "../models/common.ts";
import type { KudosuRanking, RankingFor, Spotlights } from "../models/rankings.ts";
import { MatchesApi } from "./matches.ts";
import type { CallOptions } from "./options.ts";

import type { RankingType } from "../models/rankings.ts";
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

/** The ranking methods; `Client` has them all. */
export class RankingsApi<V extends string = DefaultApiVersion> extends MatchesApi<V> {
  /**
   * Get Ranking: the current ranking of a ruleset, 50 rows a page.
   *
   * @param mode the ruleset
   * @param type `performance`, `score`, `country`, `charts` or `team`
   * @param options `country`, `filter`, `spotlight`, `variant`, `page`, `signal`, `timeout`
   * @returns one page of rankings
   *
   * @example
   * ```ts
   * import { Client } from "@osu-ts/api";
   * import { createEmulator } from "@osu-ts/api/testing";
   * import { assert } from "@std/assert";
   *
   * const osu = createEmulator();
   * const client = Client.fromClientCredentials({ ...osu.credentials, fetch: osu.fetch, requestWaitTime: 0 });
   * const page = await client.getRanking("osu", "performance");
   * assert(page.ranking.length > 0);
   * ```
   */
  async getRanking<T extends RankingType>(
    mode: Ruleset,
    type: T,
    options: GetRankingOptions = {},
  ): Promise<RankingFor<T>> {
    return await this.request(endpoints.getRanking, {
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

  /**
   * Get Kudosu Ranking: users by kudosu, 50 a page (20 pages at most).
   *
   * @param options `page` (from 1), `signal`, `timeout`
   * @returns one page of users with `kudosu`
   */
  async getKudosuRanking(
    options: CallOptions & { readonly page?: number } = {},
  ): Promise<KudosuRanking> {
    return await this.request(endpoints.getKudosuRanking, {
      ...options,
      query: { page: options.page },
    });
  }

  /**
   * Get Spotlights: the spotlights (monthly charts, themes, ...).
   *
   * @param options `signal`, `timeout`
   * @returns the spotlights
   */
  async getSpotlights(options: CallOptions = {}): Promise<Spotlights> {
    return await this.request(endpoints.getSpotlights, options);
  }
}
