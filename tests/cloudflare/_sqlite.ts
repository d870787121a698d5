/**
 * A Durable Object's `ctx.storage.sql` over `node:sqlite`, so the coordinator's logic runs in
 * Deno tests without workerd.
 *
 * @module
 */
import { DatabaseSync } from "node:sqlite";
import type { CoordinatorSql, SqlValue } from "@osu-ts/api/durable-objects";

/** An in-memory SQLite database with the `SqlStorage.exec` shape; `close()` when done. */
export interface TestSql extends CoordinatorSql {
  /** Closes the database. */
  close(): void;
}

/**
 * Opens an in-memory (or file) SQLite database.
 *
 * @param path `":memory:"` or a file
 * @returns the storage
 */
export function openSql(path = ":memory:"): TestSql {
  const db = new DatabaseSync(path);
  return {
    exec(query, ...bindings) {
      const statement = db.prepare(query);
      const rows = /^\s*select/i.test(query)
        ? statement.all(...bindings) as Record<string, SqlValue>[]
        : (statement.run(...bindings), []);
      return { toArray: () => rows };
    },
    close: () => db.close(),
  };
}
