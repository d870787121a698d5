/**
 * The endpoint table: every route of osu-web's `api/v2` group (119 of them), as data. Each key is
 * the `Client` method name: osu.py's method name in camelCase where osu.py has one, otherwise the
 * camelCase of the osu! API docs title. Facts from osu-web's `routes/web.php` and the
 * `RequireScopes` middleware of each controller; a test keeps them in step with the route list
 * in the repository (https://github.com/osu-ts/api/blob/main/tests/data/ENDPOINTS.tsv).
 *
 * The rows are compact on purpose (the table ships in every bundle): the docs titles live with
 * the docs generator, not here.
 *
 * @module
 */
import type { Endpoint, EndpointGrant } from "./endpoint_descriptor.ts";

/** The name of an endpoint: a `Client` method name. */
export type EndpointName =
  | "verifySession"
  | "verifySessionByMailFallback"
  | "reissueSessionVerificationCode"
  | "lookupBeatmap"
  | "getBeatmapPacks"
  | "getBeatmapPack"
  | "getUserBeatmapScore"
  | "getUserBeatmapScores"
  | "getBeatmapScores"
  | "getBeatmapScoresNonLegacy"
  | "createScoreToken"
  | "submitSoloScore"
  | "addBeatmapTagVote"
  | "removeBeatmapTagVote"
  | "getBeatmaps"
  | "getBeatmap"
  | "getBeatmapAttributes"
  | "getBeatmapsetEvents"
  | "getBeatmapsetDiscussionPosts"
  | "getBeatmapsetDiscussionVotes"
  | "getBeatmapsetDiscussions"
  | "favouriteBeatmapset"
  | "getBeatmapsetRating"
  | "rateBeatmapset"
  | "getBlocks"
  | "blockUser"
  | "unblockUser"
  | "getComments"
  | "getComment"
  | "postNewComment"
  | "editComment"
  | "deleteComment"
  | "addCommentVote"
  | "removeCommentVote"
  | "chatKeepalive"
  | "createNewPm"
  | "getUpdates"
  | "getChatPresence"
  | "getChannelMessages"
  | "sendMessageToChannel"
  | "joinChannel"
  | "leaveChannel"
  | "markChannelAsRead"
  | "getChannelList"
  | "getChannel"
  | "createChannel"
  | "getChangelogBuild"
  | "getChangelogListing"
  | "lookupChangelogBuild"
  | "getEvents"
  | "lockTopic"
  | "moveTopic"
  | "pinTopic"
  | "replyTopic"
  | "getForumTopics"
  | "getTopicAndPosts"
  | "createTopic"
  | "editTopic"
  | "editPost"
  | "getForums"
  | "getForum"
  | "getMatches"
  | "getMatch"
  | "createReport"
  | "joinRoom"
  | "leaveRoom"
  | "getRoomLeaderboard"
  | "getRoomEvents"
  | "getPlaylistUserHighScore"
  | "getScores"
  | "getPlaylistScore"
  | "createPlaylistScoreToken"
  | "submitPlaylistScore"
  | "getRooms"
  | "getRoom"
  | "createRoom"
  | "deleteRoom"
  | "getSeasonalBackgrounds"
  | "getReplayDataByIdOnly"
  | "getReplayData"
  | "getScoreById"
  | "getScoreByIdOnly"
  | "getAllScores"
  | "reorderPinnedScore"
  | "unpinScore"
  | "pinScore"
  | "getTeam"
  | "lookupUsers"
  | "getUserKudosu"
  | "getUserScores"
  | "getUserBeatmaps"
  | "getUserRecentActivity"
  | "searchBeatmapsPassed"
  | "getUser"
  | "getUsers"
  | "searchBeatmapsets"
  | "lookupBeatmapset"
  | "getBeatmapset"
  | "getFriends"
  | "addFriend"
  | "removeFriend"
  | "getOwnFavouriteBeatmapsets"
  | "getDownloadQuota"
  | "getOwnData"
  | "updateOwnOptions"
  | "unlockClientAchievement"
  | "revokeCurrentToken"
  | "getNewsListing"
  | "getNewsPost"
  | "getNotifications"
  | "markNotificationsAsRead"
  | "getKudosuRanking"
  | "getRanking"
  | "getSpotlights"
  | "search"
  | "getWikiPage"
  | "getTags"
  | "uploadScreenshot"
  | "downloadBeatmapset";

/** The type of {@linkcode endpoints}: each descriptor, with its `name`. */
export type EndpointTable = {
  readonly [K in EndpointName]: Endpoint & { readonly name: K };
};

/**
 * One row per endpoint: `METHOD path scope`, its pagination unless it has none, then the optional
 * fields as `key=value` (`response`, `body`, `bucket`) and the flags `retrySafe` and `deprecated`.
 * The grant follows from the scope ({@linkcode grantOf}).
 */
const ROWS: { readonly [K in EndpointName]: string } = {
  verifySession: "POST session/verify any response=empty",
  verifySessionByMailFallback: "POST session/verify/mail-fallback any",
  reissueSessionVerificationCode: "POST session/verify/reissue any",
  lookupBeatmap: "GET beatmaps/lookup public",
  getBeatmapPacks: "GET beatmaps/packs public cursor_string",
  getBeatmapPack: "GET beatmaps/packs/{pack} public",
  getUserBeatmapScore: "GET beatmaps/{beatmap}/scores/users/{user} public",
  getUserBeatmapScores: "GET beatmaps/{beatmap}/scores/users/{user}/all public",
  getBeatmapScores: "GET beatmaps/{beatmap}/scores public",
  getBeatmapScoresNonLegacy: "GET beatmaps/{beatmap}/solo-scores public deprecated",
  createScoreToken: "POST beatmaps/{beatmap}/solo/scores *",
  submitSoloScore: "PUT beatmaps/{beatmap}/solo/scores/{token} *",
  addBeatmapTagVote: "PUT beatmaps/{beatmap}/tags/{tag} * response=empty",
  removeBeatmapTagVote: "DELETE beatmaps/{beatmap}/tags/{tag} * response=empty",
  getBeatmaps: "GET beatmaps public",
  getBeatmap: "GET beatmaps/{beatmap} public",
  getBeatmapAttributes: "POST beatmaps/{beatmap}/attributes public retrySafe",
  getBeatmapsetEvents: "GET beatmapsets/events public page",
  getBeatmapsetDiscussionPosts: "GET beatmapsets/discussions/posts public cursor_string",
  getBeatmapsetDiscussionVotes: "GET beatmapsets/discussions/votes public cursor_string",
  getBeatmapsetDiscussions: "GET beatmapsets/discussions public cursor_string",
  favouriteBeatmapset: "POST beatmapsets/{beatmapset}/favourites *",
  getBeatmapsetRating: "GET beatmapsets/{beatmapset}/ratings *",
  rateBeatmapset: "POST beatmapsets/{beatmapset}/ratings *",
  getBlocks: "GET blocks * response=array",
  blockUser: "POST blocks *",
  unblockUser: "DELETE blocks/{block} *",
  getComments: "GET comments none cursor",
  getComment: "GET comments/{comment} none",
  postNewComment: "POST comments *",
  editComment: "PUT comments/{comment} *",
  deleteComment: "DELETE comments/{comment} *",
  addCommentVote: "POST comments/{comment}/vote *",
  removeCommentVote: "DELETE comments/{comment}/vote *",
  chatKeepalive: "POST chat/ack chat.read retrySafe",
  createNewPm: "POST chat/new chat.write",
  getUpdates: "GET chat/updates *",
  getChatPresence: "GET chat/presence * response=array deprecated",
  getChannelMessages:
    "GET chat/channels/{channel}/messages chat.read user since/until response=array",
  sendMessageToChannel: "POST chat/channels/{channel}/messages chat.write",
  joinChannel: "PUT chat/channels/{channel}/users/{user} chat.write_manage",
  leaveChannel:
    "DELETE chat/channels/{channel}/users/{user} chat.write_manage user none response=empty",
  markChannelAsRead:
    "PUT chat/channels/{channel}/mark-as-read/{message} chat.read user none response=empty",
  getChannelList: "GET chat/channels chat.read response=array",
  getChannel: "GET chat/channels/{channel} chat.read",
  createChannel: "POST chat/channels chat.write_manage",
  getChangelogBuild: "GET changelog/{stream}/{build} none",
  getChangelogListing: "GET changelog none",
  lookupChangelogBuild: "GET changelog/{changelog} none",
  getEvents: "GET events public cursor_string",
  lockTopic: "POST forums/topics/{topic}/lock forum.write_manage response=empty",
  moveTopic: "POST forums/topics/{topic}/move *",
  pinTopic: "POST forums/topics/{topic}/pin forum.write_manage response=empty",
  replyTopic: "POST forums/topics/{topic}/reply forum.write",
  getForumTopics: "GET forums/topics public cursor_string",
  getTopicAndPosts: "GET forums/topics/{topic} public cursor_string",
  createTopic: "POST forums/topics forum.write",
  editTopic: "PUT forums/topics/{topic} forum.write",
  editPost: "PUT forums/posts/{post} forum.write",
  getForums: "GET forums public",
  getForum: "GET forums/{forum} public",
  getMatches: "GET matches public cursor_string",
  getMatch: "GET matches/{match} public",
  createReport: "POST reports * response=empty",
  joinRoom: "PUT rooms/{room}/users/{user} *",
  leaveRoom: "DELETE rooms/{room}/users/{user} * response=empty",
  getRoomLeaderboard: "GET rooms/{room}/leaderboard public",
  getRoomEvents: "GET rooms/{room}/events public",
  getPlaylistUserHighScore: "GET rooms/{room}/playlist/{playlist}/scores/users/{user} *",
  getScores: "GET rooms/{room}/playlist/{playlist}/scores public cursor_string",
  getPlaylistScore: "GET rooms/{room}/playlist/{playlist}/scores/{score} *",
  createPlaylistScoreToken: "POST rooms/{room}/playlist/{playlist}/scores *",
  submitPlaylistScore: "PUT rooms/{room}/playlist/{playlist}/scores/{score} *",
  getRooms: "GET rooms public cursor_string response=array",
  getRoom: "GET rooms/{room} public",
  createRoom: "POST rooms *",
  deleteRoom: "DELETE rooms/{room} * response=empty",
  getSeasonalBackgrounds: "GET seasonal-backgrounds none",
  getReplayDataByIdOnly: "GET scores/{score}/download public response=bytes bucket=replay",
  getReplayData:
    "GET scores/{ruleset}/{score}/download public any none response=bytes bucket=replay",
  getScoreById: "GET scores/{ruleset}/{score} public",
  getScoreByIdOnly: "GET scores/{score} public",
  getAllScores: "GET scores public cursor_string",
  reorderPinnedScore: "POST score-pins/{score}/reorder * response=empty",
  unpinScore: "DELETE score-pins/{score} * response=empty",
  pinScore: "PUT score-pins/{score} * response=empty",
  getTeam: "GET teams/{team}/{ruleset?} public",
  lookupUsers: "GET users/lookup public",
  getUserKudosu: "GET users/{user}/kudosu public offset response=array",
  getUserScores: "GET users/{user}/scores/{type} public offset response=array",
  getUserBeatmaps: "GET users/{user}/beatmapsets/{type} public offset response=array",
  getUserRecentActivity: "GET users/{user}/recent_activity public offset response=array",
  searchBeatmapsPassed: "GET users/{user}/beatmaps-passed public",
  getUser: "GET users/{user}/{mode?} public",
  getUsers: "GET users public",
  searchBeatmapsets: "GET beatmapsets/search public cursor_string",
  lookupBeatmapset: "GET beatmapsets/lookup public",
  getBeatmapset: "GET beatmapsets/{beatmapset} public",
  getFriends: "GET friends friends.read response=array",
  addFriend: "POST friends *",
  removeFriend: "DELETE friends/{friend} *",
  getOwnFavouriteBeatmapsets: "GET me/beatmapset-favourites identify",
  getDownloadQuota: "GET me/download-quota-check public",
  getOwnData: "GET me/{mode?} identify",
  updateOwnOptions: "PUT me/options *",
  unlockClientAchievement: "PUT me/achievements/{achievementId} * response=empty",
  revokeCurrentToken: "DELETE oauth/tokens/current any response=empty",
  getNewsListing: "GET news none cursor_string",
  getNewsPost: "GET news/{news} none",
  getNotifications: "GET notifications *",
  markNotificationsAsRead: "POST notifications/mark-read * response=empty",
  getKudosuRanking: "GET rankings/kudosu public page",
  getRanking: "GET rankings/{mode}/{type} public page",
  getSpotlights: "GET spotlights public",
  search: "GET search public page",
  getWikiPage: "GET wiki/{locale}/{path} none page",
  getTags: "GET tags public",
  uploadScreenshot: "POST screenshots * body=multipart",
  downloadBeatmapset: "GET beatmapsets/{beatmapset}/download * response=bytes",
};

/**
 * Every osu! API v2 endpoint, keyed by its `Client` method name.
 *
 * @example Look up what an endpoint needs
 * ```ts
 * import { endpoints } from "@osu-ts/api";
 * import { assertEquals } from "@std/assert";
 *
 * assertEquals(endpoints.getFriends.scope, "friends.read");
 * assertEquals(endpoints.getUser.path, "users/{user}/{mode?}");
 * ```
 */
export const endpoints: EndpointTable = parseRows(ROWS);

/**
 * Who may call an endpoint, from its scope: no token for `none`, any token for `any` and `public`,
 * only the lazer client's password grant for `*`, and a user's token for every other scope.
 */
function grantOf(scope: string): EndpointGrant {
  return scope === "none" || scope === "any"
    ? scope
    : scope === "public"
    ? "any"
    : scope === "*"
    ? "lazer"
    : "user";
}

function parseRows(rows: Readonly<Record<string, string>>): EndpointTable {
  const table: Record<string, Endpoint> = {};
  for (const name in rows) {
    const [method, path, scope, ...extra] = rows[name].split(" ");
    const endpoint: Record<string, unknown> = {
      name,
      method,
      path,
      scope,
      grant: grantOf(scope),
      pagination: "none",
    };
    for (const field of extra) {
      const [key, value] = field.split("=");
      if (/^(cursor(_string)?|page|offset|since\/until)$/.test(field)) endpoint.pagination = field;
      else endpoint[key] = value ?? true;
    }
    table[name] = Object.freeze(endpoint) as unknown as Endpoint;
  }
  return Object.freeze(table) as EndpointTable;
}
