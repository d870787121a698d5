/**
 * Writes `docs/ENDPOINTS.md` and the README's copy: a Markdown table of every endpoint (method
 * name, HTTP method and route, scope, who may call it) generated from the `endpoints` table, then
 * what osu-web deprecates and what to use instead.
 *
 * Run: `deno task endpoints:table` (add `--check` to fail when the file is out of date).
 */
import { type Endpoint, endpoints } from "../mod.ts";

/** The osu! API docs title of each route (`METHOD path`), from the route table's data file. */
function titles(): Map<string, string> {
  const text = Deno.readTextFileSync(new URL("../tests/data/ENDPOINTS.tsv", import.meta.url));
  const [header, ...rows] = text.trim().split("\n").filter((line) => !line.startsWith("#"));
  const columns = header.split("\t");
  const at = (cells: string[], name: string) => cells[columns.indexOf(name)];
  return new Map(
    rows.map((row) => row.split("\t")).map((cells) => [
      `${at(cells, "method")} ${at(cells, "path")}`,
      at(cells, "title"),
    ]),
  );
}

const GRANTS: Record<string, string> = {
  none: "anyone (no token)",
  any: "any token",
  user: "a user's token",
  lazer: "lazer only (`*`)",
};

/**
 * What osu-web deprecates, by method, and what to use instead: two whole routes (the endpoint's
 * `deprecated` flag), and for four routes only a parameter or a response field (the notes of
 * `tests/data/ENDPOINTS.tsv`, from osu-web's controllers and API docs).
 */
export const DEPRECATIONS: Readonly<Record<string, string>> = {
  getBeatmapScoresNonLegacy: "the route: use `getBeatmapScores` (the client sends `x-api-version`)",
  getChatPresence: "the route (osu-web marks it `@deprecated`; lazer only)",
  getUserBeatmapScores: "its `mode` parameter: use `ruleset`",
  createChannel: "the `recent_messages` attribute of the response: use `getChannelMessages`",
  createNewPm: "the `new_channel_id` field of the response: use `channel.channel_id`",
  getUser: 'its `key` parameter: prefix a username with `@` instead (`getUser("@peppy")`)',
};

/**
 * The Markdown document.
 *
 * @returns the document's text
 */
export function endpointsTable(): string {
  const header = ["Method", "osu! API docs title", "Route", "Scope", "Who may call", "Pages"];
  const title = titles();
  const all: readonly Endpoint[] = Object.values(endpoints);
  const rows = all
    .toSorted((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method))
    .map((e) => [
      `\`${e.name}\``,
      `${title.get(`${e.method} ${e.path}`)}${
        e.deprecated ? " (deprecated)" : DEPRECATIONS[e.name] ? " ¹" : ""
      }`,
      `\`${e.method} ${e.path}\``,
      `\`${e.scope}\``,
      GRANTS[e.grant],
      e.pagination === "none" ? "" : `\`${e.pagination}\``,
    ]);
  // Padded as `deno fmt` pads tables, so the file stays formatted.
  const widths = header.map((_, i) => Math.max(3, ...[header, ...rows].map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  return [
    "# Endpoints",
    "",
    `All ${rows.length} routes of the osu! API v2, each a \`Client\` method of the same name. ` +
    "Generated from",
    "`src/endpoints.ts` by `deno task endpoints:table`; do not edit by hand.",
    "",
    line(header),
    line(widths.map((w) => "-".repeat(w))),
    ...rows.map(line),
    "",
    "Deprecated by osu-web (¹: the route stays, a parameter or a response field goes):",
    "",
    ...Object.entries(DEPRECATIONS).map(([name, what]) => `- \`${name}\`: ${what}.`),
    "",
  ].join("\n");
}

/** Marks the README's copy of the table. */
const START = "<!-- endpoints:start -->";
const END = "<!-- endpoints:end -->";

/**
 * The README with its endpoints section replaced by `table` (without the document's heading).
 *
 * @param readme the README's text
 * @param table the document from {@linkcode endpointsTable}
 * @returns the new README text
 */
export function withReadmeTable(readme: string, table: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return readme;
  const body = table.split("\n").slice(2).join("\n").trimEnd();
  return `${readme.slice(0, start + START.length)}\n\n${body}\n\n${readme.slice(end)}`;
}

if (import.meta.main) {
  const target = new URL("../docs/ENDPOINTS.md", import.meta.url);
  const readmeFile = new URL("../README.md", import.meta.url);
  const text = endpointsTable();
  const readme = await Deno.readTextFile(readmeFile);
  const newReadme = withReadmeTable(readme, text);
  if (Deno.args.includes("--check")) {
    const current = await Deno.readTextFile(target).catch(() => "");
    if (current !== text || readme !== newReadme) {
      console.error("docs/ENDPOINTS.md or README.md is out of date: run deno task endpoints:table");
      Deno.exit(1);
    }
  } else {
    await Deno.writeTextFile(target, text);
    await Deno.writeTextFile(readmeFile, newReadme);
    console.log(
      `Wrote ${Object.keys(endpoints).length} endpoints to docs/ENDPOINTS.md and README.md`,
    );
  }
}
