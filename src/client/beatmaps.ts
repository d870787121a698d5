/**
 * Beatmap methods of `Client`: beatmaps, lookups, attributes, packs and tags.
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import { InvalidArgumentError } from "../errors.ts";
import type {
  BeatmapAttributes,
  BeatmapDetails,
  BeatmapPackDetails,
  BeatmapPacks,
} from "../models/beatmaps.ts";
import type { DefaultApiVersion, ModInput, Ruleset } from "../models/common.ts";
import type { Tags } from "../models/misc.ts";
import { checkId } from "../_ids.ts";
import { fetchInOrder } from "../_batch.ts";
import type { CallOptions } from "./options.ts";
import { UserListsApi } from "./user_lists.ts";
import { rulesetId } from "./_params.ts";

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

/** Options of `getBeatmapAttributes`. */
export interface BeatmapAttributesOptions<R extends Ruleset = Ruleset> extends CallOptions {
  /** Mods: a legacy bitmask, acronyms or lazer mod objects. */
  readonly mods?: number | readonly ModInput[];
  /** The ruleset (for converts); the beatmap's own when omitted. */
  readonly ruleset?: R;
}

/** The kinds of beatmap pack. */
export type BeatmapPackType =
  | "standard"
  | "featured"
  | "tournament"
  | "loved"
  | "chart"
  | "theme"
  | "artist";

/** Options of `getBeatmapPacks`. */
export interface BeatmapPacksOptions extends CallOptions {
  /** The kind of pack. @default {"standard"} */
  readonly type?: BeatmapPackType;
  /** The `cursor_string` of the previous page. */
  readonly cursorString?: string;
}

/** The beatmap methods; `Client` has them all. */
export class BeatmapsApi<V extends string = DefaultApiVersion> extends UserListsApi<V> {
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
  async getBeatmap(beatmap: number, options: CallOptions = {}): Promise<BeatmapDetails> {
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
  async getBeatmaps(ids: readonly number[], options: CallOptions = {}): Promise<BeatmapDetails[]> {
    const checked = ids.map((id) => checkId("beatmap id", id));
    return await fetchInOrder(checked, BEATMAPS_PER_REQUEST, async (part) => {
      const page = await this.request<{ beatmaps: BeatmapDetails[] }>(endpoints.getBeatmaps, {
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
  async lookupBeatmap(lookup: BeatmapLookup, options: CallOptions = {}): Promise<BeatmapDetails> {
    const { checksum, filename, id } = lookup ?? {};
    if (!checksum && !filename && id === undefined) {
      throw new InvalidArgumentError("lookupBeatmap needs a checksum, a filename or an id");
    }
    return await this.request(endpoints.lookupBeatmap, {
      ...options,
      query: { checksum, filename, id: id === undefined ? undefined : checkId("beatmap id", id) },
    });
  }

  /**
   * Get Beatmap Attributes: difficulty attributes (star rating, max combo, ...) with mods.
   *
   * @param beatmap the beatmap id
   * @param options `mods`, `ruleset`, `signal`, `timeout`
   * @returns the attributes
   * @throws {NotFoundError} when there is no such beatmap
   */
  async getBeatmapAttributes<R extends Ruleset = Ruleset>(
    beatmap: number,
    options: BeatmapAttributesOptions<R> = {},
  ): Promise<BeatmapAttributes<R>> {
    return await this.request(endpoints.getBeatmapAttributes, {
      ...options,
      path: { beatmap: checkId("beatmap id", beatmap) },
      body: {
        mods: options.mods,
        ruleset: options.ruleset,
        ruleset_id: rulesetId(options.ruleset),
      },
    });
  }

  /**
   * Get Beatmap Packs: one page of beatmap packs of a kind.
   *
   * @param options `type`, `cursorString`, `signal`, `timeout`
   * @returns the packs and the next page's cursor
   */
  async getBeatmapPacks(options: BeatmapPacksOptions = {}): Promise<BeatmapPacks> {
    return await this.request(endpoints.getBeatmapPacks, {
      ...options,
      query: { type: options.type, cursor_string: options.cursorString },
    });
  }

  /**
   * Get Beatmap Pack: one pack with its beatmapsets.
   *
   * @param pack the pack's tag, e.g. `"S1"`
   * @param options `legacyOnly` (completion counts stable scores only), `signal`, `timeout`
   * @returns the pack
   * @throws {InvalidArgumentError} when `pack` is empty
   * @throws {NotFoundError} when there is no such pack
   */
  async getBeatmapPack(
    pack: string,
    options: CallOptions & { readonly legacyOnly?: boolean } = {},
  ): Promise<BeatmapPackDetails> {
    if (typeof pack !== "string" || pack.trim() === "") {
      throw new InvalidArgumentError(`A beatmap pack tag must be a non-empty string, got ${pack}`);
    }
    return await this.request(endpoints.getBeatmapPack, {
      ...options,
      path: { pack: pack.trim() },
      query: { legacy_only: options.legacyOnly },
    });
  }

  /**
   * Get Tags: every beatmap tag users can vote for.
   *
   * @param options `signal`, `timeout`
   * @returns the tags
   */
  async getTags(options: CallOptions = {}): Promise<Tags> {
    return await this.request(endpoints.getTags, options);
  }

  /**
   * Add Beatmap Tag Vote: vote for a tag on a beatmap (lazer only).
   *
   * @param beatmap the beatmap id
   * @param tag the tag id
   * @param options `signal`, `timeout`
   * @throws {GrantError} before sending, without the lazer client's token
   */
  async addBeatmapTagVote(beatmap: number, tag: number, options: CallOptions = {}): Promise<void> {
    await this.request(endpoints.addBeatmapTagVote, {
      ...options,
      path: { beatmap: checkId("beatmap id", beatmap), tag: checkId("tag id", tag) },
    });
  }

  /**
   * Remove Beatmap Tag Vote: take back a tag vote (lazer only).
   *
   * @param beatmap the beatmap id
   * @param tag the tag id
   * @param options `signal`, `timeout`
   * @throws {GrantError} before sending, without the lazer client's token
   */
  async removeBeatmapTagVote(
    beatmap: number,
    tag: number,
    options: CallOptions = {},
  ): Promise<void> {
    await this.request(endpoints.removeBeatmapTagVote, {
      ...options,
      path: { beatmap: checkId("beatmap id", beatmap), tag: checkId("tag id", tag) },
    });
  }
}
