/**
 * Community routes: news (`cursor_string`), wiki, changelog, events (`cursor_string`), seasonal
 * backgrounds, search (`page`), beatmap packs (`cursor_string`), tags, teams, beatmapset
 * discussions (`cursor_string`) and beatmapset events (`page`).
 *
 * @module
 */
import { intParam, json, listField, notFound, unprocessable } from "../_http.ts";
import { cursorStringPage, numberedPage } from "../_paging.ts";
import type { JsonObject } from "../types.ts";
import { beatmapFull, setCompact, setFull } from "../fixtures/beatmaps.ts";
import { userCompact } from "../fixtures/users.ts";
import type { RouteContext, RouteTable } from "./_context.ts";
import { coll, favouritedFor, lookupUser, strip } from "./_lookup.ts";

function getNewsListing(ctx: RouteContext): Response {
  const year = ctx.query.get("year");
  const posts = coll(ctx, "news").filter((p) => !year || String(p.published_at).startsWith(year));
  const page = cursorStringPage(posts, ctx.query, 12, 21);
  return json({
    news_posts: page.items.map(({ content: _c, ...rest }) => rest),
    news_sidebar: {
      current_year: 2026,
      years: [2026, 2025],
      // the sidebar's posts come without includes (NewsController::sidebarMeta)
      news_posts: posts.slice(0, 5).map(({ content: _c, preview: _p, ...rest }) => rest),
    },
    search: {
      limit: intParam(ctx.query.get("limit"), 12, 1, 21),
      sort: "published_desc",
      year: year === null ? null : Number(year),
    },
    cursor: page.cursor,
    cursor_string: page.cursorString,
  });
}

function getNewsPost(ctx: RouteContext): Response {
  const key = ctx.query.get("key");
  const posts = coll(ctx, "news");
  const post = key === "id" || (key === null && /^\d+$/.test(ctx.params.news))
    ? posts.find((p) => String(p.id) === ctx.params.news)
    : posts.find((p) => p.slug === ctx.params.news);
  if (!post) return notFound();
  const index = posts.indexOf(post);
  return json({
    ...post,
    // a side is absent at either end (NewsPostTransformer::includeNavigation)
    navigation: {
      ...(index > 0 ? { newer: posts[index - 1] } : {}),
      ...(posts[index + 1] ? { older: posts[index + 1] } : {}),
    },
  });
}

function getWikiPage(ctx: RouteContext): Response {
  const page = coll(ctx, "wiki").find((p) =>
    p.locale === ctx.params.locale && String(p.path).toLowerCase() === ctx.params.path.toLowerCase()
  );
  // the recorded real wiki 404 has an empty body (NOTES.md)
  return page ? json(page) : new Response(null, { status: 404 });
}

/** A build without includes but its default `update_stream` (BuildTransformer). */
function buildBase(build: JsonObject): JsonObject {
  const { changelog_entries: _entries, ...rest } = build;
  return rest;
}

/**
 * A build's entries with `github_user`, and `message`/`message_html` only for the formats asked
 * for (`message_formats[]`; none by default on the API, ChangelogController).
 */
function changelogEntries(ctx: RouteContext, build: JsonObject): JsonObject[] {
  const formats = listField(ctx.queryFields, "message_formats");
  return (build.changelog_entries as JsonObject[]).map((entry) => {
    const { message, message_html, ...rest } = entry;
    return {
      ...rest,
      ...(formats.includes("markdown") ? { message } : {}),
      ...(formats.includes("html") ? { message_html } : {}),
    };
  });
}

function changelogBuild(ctx: RouteContext, build: JsonObject, builds: JsonObject[]): JsonObject {
  const same = builds.filter((b) =>
    (b.update_stream as JsonObject).name === (build.update_stream as JsonObject).name
  );
  const i = same.indexOf(build);
  // a side is absent at the stream's end (BuildTransformer::includeVersions)
  const versions: JsonObject = {};
  if (same[i - 1]) versions.next = buildBase(same[i - 1]);
  if (same[i + 1]) versions.previous = buildBase(same[i + 1]);
  return { ...buildBase(build), changelog_entries: changelogEntries(ctx, build), versions };
}

function getChangelogBuild(ctx: RouteContext): Response {
  const builds = coll(ctx, "changelog_builds");
  const build = builds.find((b) =>
    (b.update_stream as JsonObject).name === ctx.params.stream && b.version === ctx.params.build
  );
  return build ? json(changelogBuild(ctx, build, builds)) : notFound();
}

/**
 * `GET changelog/{changelog}` (ChangelogController::show): by id with `key=id`; else the exact
 * version, then a stream name (its latest build), then the version with everything but digits
 * and dots removed.
 */
function lookupChangelogBuild(ctx: RouteContext): Response {
  const builds = coll(ctx, "changelog_builds");
  const wanted = ctx.params.changelog;
  const build = ctx.query.get("key") === "id"
    ? builds.find((b) => String(b.id) === wanted)
    : builds.find((b) => b.version === wanted) ??
      builds.filter((b) => (b.update_stream as JsonObject).name === wanted)
        .sort((a, b) => (b.id as number) - (a.id as number))[0] ??
      builds.find((b) => b.version === wanted.replace(/[^0-9.]/g, ""));
  return build ? json(changelogBuild(ctx, build, builds)) : notFound();
}

function getChangelogListing(ctx: RouteContext): Response {
  const stream = ctx.query.get("stream");
  const all = coll(ctx, "changelog_builds");
  const builds = all.filter((b) => !stream || (b.update_stream as JsonObject).name === stream);
  return json({
    builds: builds.map((b) => ({ ...buildBase(b), changelog_entries: changelogEntries(ctx, b) })),
    search: {
      from: ctx.query.get("from"),
      limit: 21,
      max_id: ctx.query.get("max_id"),
      stream,
      to: ctx.query.get("to"),
    },
    streams: coll(ctx, "update_streams").flatMap((s) => {
      const latest = all.find((b) => (b.update_stream as JsonObject).id === s.id);
      return latest ? [{ ...s, latest_build: buildBase(latest) }] : [];
    }),
  });
}

function getEvents(ctx: RouteContext): Response {
  const events = [...coll(ctx, "events")].sort((a, b) =>
    ctx.query.get("sort") === "id_asc"
      ? (a.id as number) - (b.id as number)
      : (b.id as number) - (a.id as number)
  );
  const page = cursorStringPage(events, ctx.query, 50);
  return json({ events: page.items, cursor: page.cursor, cursor_string: page.cursorString });
}

function search(ctx: RouteContext): Response {
  const mode = ctx.query.get("mode") ?? "all";
  const q = (ctx.query.get("query") ?? "").toLowerCase();
  const out: JsonObject = {};
  if (mode === "all" || mode === "user") {
    const users = ctx.state.data.users.filter((u) => String(u.username).toLowerCase().includes(q));
    const page = numberedPage(users, ctx.query, 20, 5000);
    // AllSearch: users without includes
    out.user = { data: page.items.map((u) => userCompact(u, [])), total: users.length };
  }
  if (mode === "all" || mode === "wiki_page") {
    const pages = coll(ctx, "wiki").filter((p) =>
      `${p.title} ${p.markdown}`.toLowerCase().includes(q)
    );
    out.wiki_page = { data: numberedPage(pages, ctx.query, 20).items, total: pages.length };
  }
  return json(out);
}

function getBeatmapPacks(ctx: RouteContext): Response {
  const type = ctx.query.get("type") ?? "standard";
  const packs = coll(ctx, "packs").filter(() => type === "standard").map((p) => ({
    ...p,
    id: p.tag,
  }));
  const page = cursorStringPage(packs, ctx.query, 100);
  return json({
    beatmap_packs: page.items.map(({ id: _id, ...rest }) => strip(rest)),
    cursor: page.cursor,
    cursor_string: page.cursorString,
  });
}

function getBeatmapPack(ctx: RouteContext): Response {
  const pack = coll(ctx, "packs").find((p) => p.tag === ctx.params.pack);
  if (!pack) return notFound();
  const sets = ctx.state.data.beatmapsets.filter((s) =>
    (pack._set_ids as number[]).includes(s.id as number)
  );
  return json({
    ...strip(pack),
    beatmapsets: sets.map((set) => setFull(set, favouritedFor(ctx, set))),
    user_completion_data: { beatmapset_ids: [], completed: false },
  });
}

function getTeam(ctx: RouteContext): Response {
  const team = coll(ctx, "teams").find((t) =>
    String(t.id) === ctx.params.team || t.short_name === ctx.params.team.replace(/^@/, "")
  );
  if (!team) return notFound();
  const ruleset = ctx.params.ruleset;
  const rulesetId = ruleset === undefined
    ? team.default_ruleset_id as number
    : ["osu", "taiko", "fruits", "mania"].indexOf(ruleset);
  if (rulesetId === -1) return unprocessable("invalid ruleset name");
  const card = (id: unknown) =>
    userCompact(ctx.state.data.users.find((u) => u.id === id)!, [
      "country",
      "cover",
      "groups",
      "team",
    ]);
  const { _leader_id, _member_ids, _statistics, ...rest } = team;
  return json({
    ...rest,
    leader: card(_leader_id),
    // members leave out the leader, by name (TeamTransformer::includeMembers)
    members: (_member_ids as number[]).filter((id) => id !== _leader_id).map(card)
      .sort((a, b) => String(a.username).localeCompare(String(b.username))),
    statistics: (_statistics as JsonObject[]).find((s) => s.ruleset_id === rulesetId)!,
  });
}

function discussionPage(
  ctx: RouteContext,
  name: string,
  key: string,
  filter: (item: JsonObject) => boolean,
): Response {
  const items = coll(ctx, name).filter(filter).sort((a, b) => (b.id as number) - (a.id as number));
  const page = cursorStringPage(items, ctx.query, 20, 50);
  const all = coll(ctx, "discussions");
  const discussionOf = (item: JsonObject) =>
    key === "discussions" ? item : all.find((d) => d.id === item.beatmapset_discussion_id);
  const discussions = [...new Set(page.items.map(discussionOf))].filter((d): d is JsonObject =>
    !!d
  );
  const setIds = new Set(discussions.map((d) => d.beatmapset_id));
  const sets = ctx.state.data.beatmapsets.filter((s) => setIds.has(s.id));
  const userIds = new Set([...page.items, ...discussions].map((i) => i.user_id));
  const users = ctx.state.data.users.filter((u) => userIds.has(u.id));
  const plain = (d: JsonObject) => {
    const { starting_post: _post, ...rest } = d;
    return rest;
  };
  const cursor = { cursor: page.cursor, cursor_string: page.cursorString };
  // the shapes of osu-web's BeatmapsetDiscussionsBundle, ...PostsBundle and ...VotesBundle
  if (key === "discussions") {
    return json({
      beatmaps: sets.flatMap((s) => (s.beatmaps as JsonObject[]).map((b) => beatmapFull(b))),
      beatmapsets: sets.map((s) => setFull(s, favouritedFor(ctx, s))),
      // `current_user_attributes` needs a user (BeatmapDiscussionTransformer)
      discussions: page.items.map((d) =>
        ctx.userId === undefined ? d : {
          ...d,
          current_user_attributes: {
            vote_score: coll(ctx, "discussion_votes").find((v) =>
              v.beatmapset_discussion_id === d.id && v.user_id === ctx.userId
            )?.score ?? 0,
            can_moderate_kudosu: false,
            can_resolve: d.user_id === ctx.userId,
            can_reopen: d.user_id === ctx.userId,
            can_destroy: false,
          },
        }
      ),
      included_discussions: [],
      reviews_config: { max_blocks: 10 },
      users: users.map((u) => userCompact(u, ["groups"])),
      ...cursor,
    });
  }
  if (key === "posts") {
    return json({
      beatmapsets: sets.map(setCompact),
      discussions: discussions.map(plain),
      posts: page.items,
      users: users.map((u) => userCompact(u, [])),
      ...cursor,
    });
  }
  return json({
    discussions: discussions.map(plain),
    users: users.map((u) => userCompact(u, ["groups"])),
    votes: page.items,
    ...cursor,
  });
}

function userFilter(ctx: RouteContext, param: string) {
  const value = ctx.query.get(param);
  const user = value ? lookupUser(ctx.state, value) : undefined;
  return (item: JsonObject) => !value || item.user_id === user?.id;
}

function getBeatmapsetEvents(ctx: RouteContext): Response {
  const types = ctx.queryFields.types;
  const events = coll(ctx, "beatmapset_events").filter((e) =>
    !Array.isArray(types) || types.includes(e.type as string)
  );
  const page = numberedPage(events, ctx.query, intParam(ctx.query.get("limit"), 25, 1, 50));
  const userIds = new Set(page.items.map((e) => e.user_id));
  return json({
    // ModdingHistoryEventsBundle: `beatmapset.user` and `discussion.starting_post`
    events: page.items.map((e) => {
      const { _beatmapset_id, ...event } = e;
      const set = ctx.state.data.beatmapsets.find((s) => s.id === _beatmapset_id);
      const mapper = set && ctx.state.data.users.find((u) => u.id === set.user_id);
      const discussionId = (e.comment as JsonObject | null)?.beatmap_discussion_id;
      const discussion = coll(ctx, "discussions").find((d) => d.id === discussionId);
      return {
        ...event,
        ...(set
          ? {
            beatmapset: {
              ...setCompact(set),
              ...(mapper ? { user: userCompact(mapper, []) } : {}),
            },
          }
          : {}),
        ...(discussion ? { discussion } : {}),
      };
    }),
    reviewsConfig: { max_blocks: 10 },
    users: ctx.state.data.users.filter((u) => userIds.has(u.id)).map((u) =>
      userCompact(u, ["groups"])
    ),
  });
}

/** Community route handlers by endpoint name. */
export const COMMUNITY_ROUTES: RouteTable = {
  getNewsListing,
  getNewsPost,
  getWikiPage,
  getChangelogBuild,
  getChangelogListing,
  lookupChangelogBuild,
  getEvents,
  getSeasonalBackgrounds: (ctx) =>
    json({ ends_at: "2026-12-01T00:00:00+00:00", backgrounds: coll(ctx, "seasonal_backgrounds") }),
  search,
  getBeatmapPacks,
  getBeatmapPack,
  getTeam,
  getTags: (ctx) => json({ tags: coll(ctx, "tags") }),
  getBeatmapsetDiscussions: (ctx) => {
    const set = ctx.query.get("beatmapset_id");
    const user = userFilter(ctx, "user");
    return discussionPage(
      ctx,
      "discussions",
      "discussions",
      (d) => (!set || String(d.beatmapset_id) === set) && user(d),
    );
  },
  getBeatmapsetDiscussionPosts: (ctx) => {
    const id = ctx.query.get("beatmapset_discussion_id");
    const user = userFilter(ctx, "user");
    return discussionPage(
      ctx,
      "discussion_posts",
      "posts",
      (p) => (!id || String(p.beatmapset_discussion_id) === id) && user(p),
    );
  },
  getBeatmapsetDiscussionVotes: (ctx) => {
    const id = ctx.query.get("beatmapset_discussion_id");
    const user = userFilter(ctx, "user");
    return discussionPage(
      ctx,
      "discussion_votes",
      "votes",
      (v) => (!id || String(v.beatmapset_discussion_id) === id) && user(v),
    );
  },
  getBeatmapsetEvents,
};
