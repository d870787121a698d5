/**
 * One coordinator Durable Object over in-memory SQLite, behind a namespace whose stubs copy
 * arguments and results as RPC does; the SQL is at hand, so tests can count rows.
 */
import {
  type SessionCoordinatorNamespace,
  SqlCoordinator,
  type SqlCoordinatorOptions,
} from "@osu-ts/api/durable-objects";
import { openSql, type TestSql } from "./cloudflare/_sqlite.ts";

/** The namespace, the coordinator, its SQL, a row counter and `close()`. */
export interface SqlNamespace {
  readonly namespace: SessionCoordinatorNamespace<string>;
  readonly coordinator: SqlCoordinator;
  readonly sql: TestSql;
  /** Rows in a table. */
  rows(table: string): number;
  close(): void;
}

/**
 * Makes the namespace (every name reaches the same coordinator).
 *
 * @param options the coordinator's clock and id maker
 * @returns the namespace and its parts
 */
export function sqlNamespace(options: SqlCoordinatorOptions = {}): SqlNamespace {
  const sql = openSql();
  const coordinator = new SqlCoordinator(sql, options);
  const methods = coordinator as unknown as Record<string, (...args: unknown[]) => unknown>;
  const stub = new Proxy({}, {
    get: (_, method: string) => async (...args: unknown[]) => {
      await Promise.resolve();
      return structuredClone(methods[method].apply(coordinator, structuredClone(args)));
    },
  }) as ReturnType<SessionCoordinatorNamespace["get"]>;
  return {
    namespace: { idFromName: (name) => name, get: () => stub },
    coordinator,
    sql,
    rows(table) {
      const [row] = sql.exec(`SELECT COUNT(*) AS n FROM ${table}`).toArray();
      return Number(row.n);
    },
    close: () => sql.close(),
  };
}
