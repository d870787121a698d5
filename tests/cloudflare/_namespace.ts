/**
 * A Durable Object namespace in this process: one {@linkcode SqlCoordinator} per name over
 * in-memory SQLite, reached through async stubs that copy arguments and results the way RPC does.
 *
 * @module
 */
import {
  type CoordinatorStub,
  type SessionCoordinatorNamespace,
  type SessionCoordinatorStub,
  SqlCoordinator,
  type SqlCoordinatorOptions,
} from "@osu-ts/api/durable-objects";
import { openSql, type TestSql } from "./_sqlite.ts";

/** The namespace, its objects by name, and `close()`. */
export interface TestNamespace extends SessionCoordinatorNamespace<string> {
  /** The coordinator named `name` (made on first use). */
  object(name: string): SqlCoordinator;
  /** How many RPC calls the stubs made. */
  readonly calls: number;
  /** Closes every database. */
  close(): void;
}

/**
 * Makes a namespace.
 *
 * @param options the coordinators' clock and id maker
 * @returns the namespace
 */
export function testNamespace(options: SqlCoordinatorOptions = {}): TestNamespace {
  const objects = new Map<string, { sql: TestSql; coordinator: SqlCoordinator }>();
  let calls = 0;
  const object = (name: string) => {
    let entry = objects.get(name);
    if (!entry) {
      const sql = openSql();
      entry = { sql, coordinator: new SqlCoordinator(sql, options) };
      objects.set(name, entry);
    }
    return entry.coordinator;
  };
  const rpc =
    <A extends unknown[], R>(name: string, run: (c: SqlCoordinator, ...a: A) => R) =>
    async (...args: A): Promise<R> => {
      calls++;
      const copied = structuredClone(args);
      await Promise.resolve();
      return structuredClone(run(object(name), ...copied));
    };
  return {
    idFromName: (name) => name,
    get(name): CoordinatorStub & SessionCoordinatorStub {
      return {
        reserve: rpc(name, (c, request) => c.reserve(request)),
        cancel: rpc(name, (c, id) => c.cancel(id)),
        pause: rpc(name, (c, ms) => c.pause(ms)),
        used: rpc(name, (c, windowMs?: number, bucket?: string) => c.used(windowMs, bucket)),
        getToken: rpc(name, (c, key) => c.getToken(key)),
        setToken: rpc(name, (c, key, value) => c.setToken(key, value)),
        deleteToken: rpc(name, (c, key) => c.deleteToken(key)),
        acquireLease: rpc(name, (c, key, ttlMs) => c.acquireLease(key, ttlMs)),
        releaseLease: rpc(name, (c, key, holder) => c.releaseLease(key, holder)),
        createSession: rpc(name, (c, key, row) => c.createSession(key, row)),
        readSession: rpc(name, (c, key) => c.readSession(key)),
        deleteSession: rpc(name, (c, key) => c.deleteSession(key)),
        countUserSessions: rpc(name, (c, userId) => c.countUserSessions(userId)),
        deleteExpiredSessions: rpc(name, (c) => c.deleteExpiredSessions()),
      };
    },
    object,
    get calls() {
      return calls;
    },
    close() {
      for (const { sql } of objects.values()) sql.close();
    },
  };
}
