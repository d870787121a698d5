/**
 * The endpoint table against osu-web's routes (`ENDPOINTS.tsv`), and the table against `Client`.
 */
import { assert, assertEquals } from "@std/assert";
import { Client, endpoints } from "../mod.ts";

const TSV = new URL("./data/ENDPOINTS.tsv", import.meta.url);

interface Route {
  readonly title: string;
  readonly method: string;
  readonly path: string;
  readonly scope: string;
  readonly deprecated: boolean;
}

async function routes(): Promise<Route[]> {
  const lines = (await Deno.readTextFile(TSV)).trim().split("\n");
  const [header, ...rows] = lines.filter((line) => !line.startsWith("#"));
  const columns = header.split("\t");
  return rows.map((row) => {
    const cells = row.split("\t");
    const cell = (name: string) => cells[columns.indexOf(name)];
    return {
      title: cell("title"),
      method: cell("method"),
      path: cell("path"),
      scope: cell("scope"),
      deprecated: cell("notes").includes("deprecated route"),
    };
  });
}

const key = (method: string, path: string) => `${method} ${path}`;

Deno.test("endpoints has every route of ENDPOINTS.tsv with its method, path and scope", async () => {
  const table = new Map(Object.values(endpoints).map((e) => [key(e.method, e.path), e]));
  const all = await routes();
  assertEquals(all.length, 119);
  for (const route of all) {
    const endpoint = table.get(key(route.method, route.path));
    assert(endpoint, `missing: ${route.method} ${route.path} (${route.title})`);
    assertEquals(endpoint.scope, route.scope, `scope of ${endpoint.name}`);
    assertEquals(endpoint.deprecated ?? false, route.deprecated, `deprecation of ${endpoint.name}`);
  }
});

Deno.test("endpoints has no route that ENDPOINTS.tsv lacks", async () => {
  const known = new Set((await routes()).map((r) => key(r.method, r.path)));
  const extra = Object.values(endpoints).filter((e) => !known.has(key(e.method, e.path)));
  assertEquals(extra.map((e) => e.name), []);
  assertEquals(Object.keys(endpoints).length, 119);
});

Deno.test("every endpoint is a Client method of the same name", () => {
  const missing = Object.keys(endpoints).filter((name) =>
    typeof (Client.prototype as unknown as Record<string, unknown>)[name] !== "function"
  );
  assertEquals(missing, []);
});

Deno.test("Client has osu.py's extra names: createPmChannel, createAnnouncementChannel", () => {
  for (const name of ["createPmChannel", "createAnnouncementChannel", "paginate"]) {
    assertEquals(typeof (Client.prototype as unknown as Record<string, unknown>)[name], "function");
  }
});

Deno.test("every endpoint's name is its key and lazer-only routes are the * ones", () => {
  for (const [name, endpoint] of Object.entries(endpoints)) {
    assertEquals(endpoint.name, name);
    assertEquals(endpoint.grant === "lazer", endpoint.scope === "*", name);
  }
});
