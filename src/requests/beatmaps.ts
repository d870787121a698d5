/**
 * Beatmap requests of `Client`: beatmaps, lookups, attributes, packs and tags.
 * `Client`'s methods call the functions here and carry their docs.
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import type { RequestContext } from "./_context.ts";
import { InvalidArgumentError } from "../errors.ts";
import type {
  BeatmapAttributes,
  BeatmapDetails,
  BeatmapPackDetails,
  BeatmapPacks,
} from "../models/beatmaps.ts";
import type { ModInput, Ruleset } from "../models/common.ts";
import type { Tags } from "../models/misc.ts";
import { checkId } from "../_ids.ts";
import { fetchInOrder } from "../_batch.ts";
import type { CallOptions } from "../client_options.ts";
import { checkNonEmpty, rulesetId, rulesetName } from "./_params.ts";

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

export async function getBeatmap(
  context: RequestContext,
  beatmap: number,
  options: CallOptions = {},
): Promise<BeatmapDetails> {
  return await context.request(endpoints.getBeatmap, {
    ...options,
    path: { beatmap: checkId("beatmap id", beatmap) },
  });
}

export async function getBeatmaps(
  context: RequestContext,
  ids: readonly number[],
  options: CallOptions = {},
): Promise<BeatmapDetails[]> {
  const checked = ids.map((id) => checkId("beatmap id", id));
  return await fetchInOrder(checked, BEATMAPS_PER_REQUEST, async (part) => {
    const page = await context.request<{ beatmaps: BeatmapDetails[] }>(endpoints.getBeatmaps, {
      ...options,
      query: { ids: part },
    });
    return page.beatmaps;
  });
}

export async function lookupBeatmap(
  context: RequestContext,
  lookup: BeatmapLookup,
  options: CallOptions = {},
): Promise<BeatmapDetails> {
  const { checksum, filename, id } = lookup ?? {};
  if (!checksum && !filename && id === undefined) {
    throw new InvalidArgumentError("lookupBeatmap needs a checksum, a filename or an id");
  }
  return await context.request(endpoints.lookupBeatmap, {
    ...options,
    query: { checksum, filename, id: id === undefined ? undefined : checkId("beatmap id", id) },
  });
}

export async function getBeatmapAttributes<R extends Ruleset = Ruleset>(
  context: RequestContext,
  beatmap: number,
  options: BeatmapAttributesOptions<R> = {},
): Promise<BeatmapAttributes<R>> {
  return await context.request(endpoints.getBeatmapAttributes, {
    ...options,
    path: { beatmap: checkId("beatmap id", beatmap) },
    body: {
      mods: options.mods,
      ruleset: rulesetName(options.ruleset, "getBeatmapAttributes"),
      ruleset_id: rulesetId(options.ruleset, "getBeatmapAttributes"),
    },
  });
}

export async function getBeatmapPacks(
  context: RequestContext,
  options: BeatmapPacksOptions = {},
): Promise<BeatmapPacks> {
  return await context.request(endpoints.getBeatmapPacks, {
    ...options,
    query: { type: options.type, cursor_string: options.cursorString },
  });
}

/** Options of `getBeatmapPack`. */
export interface BeatmapPackOptions extends CallOptions {
  /** Count only stable (legacy) scores for the token owner's completion. @default {false} */
  readonly legacyOnly?: boolean;
}

export async function getBeatmapPack(
  context: RequestContext,
  pack: string,
  options: BeatmapPackOptions = {},
): Promise<BeatmapPackDetails> {
  const tag = checkNonEmpty(pack, `A beatmap pack tag must be a non-empty string, got ${pack}`);
  return await context.request(endpoints.getBeatmapPack, {
    ...options,
    path: { pack: tag.trim() },
    query: { legacy_only: options.legacyOnly },
  });
}

export async function getTags(
  context: RequestContext,
  options: CallOptions = {},
): Promise<Tags> {
  return await context.request(endpoints.getTags, options);
}

export async function addBeatmapTagVote(
  context: RequestContext,
  beatmap: number,
  tag: number,
  options: CallOptions = {},
): Promise<void> {
  await context.request(endpoints.addBeatmapTagVote, {
    ...options,
    path: { beatmap: checkId("beatmap id", beatmap), tag: checkId("tag id", tag) },
  });
}

export async function removeBeatmapTagVote(
  context: RequestContext,
  beatmap: number,
  tag: number,
  options: CallOptions = {},
): Promise<void> {
  await context.request(endpoints.removeBeatmapTagVote, {
    ...options,
    path: { beatmap: checkId("beatmap id", beatmap), tag: checkId("tag id", tag) },
  });
}
