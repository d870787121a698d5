/**
 * Beatmap methods of `Client`.
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import { InvalidArgumentError } from "../errors.ts";
import type { Beatmap } from "../models/beatmaps.ts";
import { checkId } from "../_ids.ts";
import { fetchInOrder } from "../_batch.ts";
import type { CallOptions } from "./options.ts";
import { UsersApi } from "./users.ts";

/** The most ids `GET beatmaps` takes in one request (osu-web). */
export const BEATMAPS_PER_REQUEST = 50;

/** What to look a beatmap up by: osu-web tries `checksum`, then `filename`, then `id`. */
export interface BeatmapLookup {
  /** The MD5 checksum of the .osu file. */
  readonly checksum?: string;
  /** The .osu file name. */
  readonly filename?: string;
  /** The beatmap id. */
  readonly id?: number;
}

/** The beatmap methods; `Client` has them all. */
export class BeatmapsApi extends UsersApi {
  /**
   * Get Beatmap: one beatmap (difficulty), with its beatmapset.
   *
   * @param beatmap the beatmap id
   * @param options `signal`, `timeout`
   * @returns the beatmap
   * @throws {NotFoundError} when there is no such beatmap
   *
   * @example
   * ```ts
   * import { Client } from "@osu-ts/api";
   * import { createEmulator } from "@osu-ts/api/testing";
   * import { assertEquals } from "@std/assert";
   *
   * const osu = createEmulator();
   * const client = Client.fromClientCredentials({ ...osu.credentials, fetch: osu.fetch, requestWaitTime: 0 });
   * const [first] = await client.getBeatmaps([75]);
   * assertEquals((await client.getBeatmap(75)).id, first.id);
   * ```
   */
  async getBeatmap(beatmap: number, options: CallOptions = {}): Promise<Beatmap> {
    return await this.request(endpoints.getBeatmap, {
      ...options,
      path: { beatmap: checkId("beatmap id", beatmap) },
    });
  }

  /**
   * Get Beatmaps: any number of beatmaps by id (sent 50 per request as `ids[]=`), in the order of
   * `ids`; ids osu! does not know are left out.
   *
   * @param ids beatmap ids
   * @param options `signal`, `timeout`
   * @returns the beatmaps, in the order of `ids`
   * @throws {InvalidArgumentError} when an id is not a positive whole number
   */
  async getBeatmaps(ids: readonly number[], options: CallOptions = {}): Promise<Beatmap[]> {
    const checked = ids.map((id) => checkId("beatmap id", id));
    return await fetchInOrder(checked, BEATMAPS_PER_REQUEST, async (part) => {
      const page = await this.request<{ beatmaps: Beatmap[] }>(endpoints.getBeatmaps, {
        ...options,
        query: { ids: part },
      });
      return page.beatmaps;
    });
  }

  /**
   * Lookup Beatmap: find a beatmap by checksum, file name or id.
   *
   * @param lookup at least one of `checksum`, `filename`, `id`
   * @param options `signal`, `timeout`
   * @returns the beatmap
   * @throws {InvalidArgumentError} when none is given
   * @throws {NotFoundError} when nothing matches
   */
  async lookupBeatmap(lookup: BeatmapLookup, options: CallOptions = {}): Promise<Beatmap> {
    const { checksum, filename, id } = lookup;
    if (!checksum && !filename && id === undefined) {
      throw new InvalidArgumentError("lookupBeatmap needs a checksum, a filename or an id");
    }
    return await this.request(endpoints.lookupBeatmap, {
      ...options,
      query: { checksum, filename, id: id === undefined ? undefined : checkId("beatmap id", id) },
    });
  }
}
