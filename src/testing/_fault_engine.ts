/**
 * The fault injector's engine: picks the fault for each request (script first, then chance),
 * applies it around the upstream call, and counts.
 *
 * @module
 */
import { type Clock, systemClock } from "../clock.ts";
import { InvalidArgumentError } from "../errors.ts";
import type {
  Fault,
  FaultCounts,
  FaultKind,
  FaultOptions,
  FaultRule,
  FaultTarget,
} from "./faults.ts";
import type { UpgradeOutcome } from "./_emulator_sockets.ts";
import {
  CONNECTION_RESET,
  cutBody,
  discard,
  proxyPage,
  refreshRejected,
  serverError,
  tooManyRequests,
  truncated,
} from "./_fault_responses.ts";

const KINDS = [
  "rateLimit",
  "serverError",
  "slow",
  "drop",
  "cutBody",
  "truncated",
  "html",
  "revokeTokens",
  "rejectRefresh",
  "refuseToken",
] as const satisfies readonly FaultKind[];

/** How the answer reaches the caller: a `fetch` promise, or a served response. */
export type FaultMode = "fetch" | "handler";

type Upstream = (request: Request) => Promise<Response>;

interface Rule {
  readonly source: FaultRule;
  readonly at: ReadonlySet<number> | undefined;
  left: number;
}

/** Applies faults to requests and counts them. */
export class FaultEngine {
  /** Whether faults are injected at all. */
  active = true;
  readonly #clock: Clock;
  readonly #random: () => number;
  readonly #rules: Rule[];
  readonly #options: FaultOptions;
  readonly #revoke: (() => void) | undefined;
  readonly #injected: Record<FaultKind, number>;
  #requests = 0;
  #forwarded = 0;
  #total = 0;

  /**
   * @param options the script, chances, random source and clock
   * @param revoke what `revokeTokens` calls
   * @throws {InvalidArgumentError} on a bad probability, delay or a revoke fault without `revoke`
   */
  constructor(options: FaultOptions, revoke: (() => void) | undefined) {
    this.#options = options;
    this.#clock = options.clock ?? systemClock;
    this.#random = options.random ?? Math.random;
    this.#revoke = revoke;
    this.#injected = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<
      FaultKind,
      number
    >;
    this.#rules = (options.script ?? []).map((source) => {
      check(source.fault, revoke);
      const at = source.at === undefined
        ? undefined
        : new Set(typeof source.at === "number" ? [source.at] : source.at);
      return { source, at, left: source.times ?? at?.size ?? 1 };
    });
    for (const chance of options.probabilities ?? []) {
      check(chance.fault, revoke);
      if (!(chance.probability >= 0 && chance.probability <= 1)) {
        throw new InvalidArgumentError(
          `A fault probability must be in [0, 1], not ${chance.probability}`,
        );
      }
    }
  }

  /** The counters, as a snapshot. */
  get counts(): FaultCounts {
    return {
      requests: this.#requests,
      forwarded: this.#forwarded,
      injected: { ...this.#injected },
      total: this.#total,
    };
  }

  /**
   * Answers one request: upstream's answer, or a fault.
   *
   * @param request the request
   * @param upstream sends it on
   * @param mode whether a drop rejects (`fetch`) or aborts the body (`handler`)
   * @returns the answer
   */
  async serve(request: Request, upstream: Upstream, mode: FaultMode): Promise<Response> {
    const index = this.#requests++;
    const fault = this.active ? await this.#choose(request, index) : undefined;
    const forward = (r: Request) => {
      this.#forwarded++;
      return upstream(r);
    };
    if (!fault) return await forward(request);
    this.#injected[fault.kind]++;
    this.#total++;
    switch (fault.kind) {
      case "rateLimit":
        return tooManyRequests(fault.retryAfter);
      case "serverError":
        if (fault.upstream) await discard(await forward(request));
        return serverError(fault.status);
      case "slow":
        await this.#clock.sleep(fault.delayMs, request.signal);
        return await forward(request);
      case "drop": {
        if (fault.upstream) await discard(await forward(request));
        if (mode === "handler") return await cutBody(undefined);
        throw new TypeError(CONNECTION_RESET);
      }
      case "cutBody":
        return await cutBody(await forward(request));
      case "truncated":
        return await truncated(await forward(request));
      case "html":
        if (fault.upstream) await discard(await forward(request));
        return proxyPage(fault.status ?? 502);
      case "revokeTokens":
        this.#revoke?.();
        return await forward(request);
      case "rejectRefresh":
        return refreshRejected();
      case "refuseToken": // never chosen for a request that is not an upgrade
        return await forward(request);
    }
  }

  /**
   * Decides one websocket upgrade: accepted (after `slow` waits and `revokeTokens` revokes), its
   * token refused (`refuseToken`), or dropped before it opens (any other fault).
   *
   * @param request the upgrade request (`upgrade: websocket`)
   * @returns the outcome
   */
  async upgrade(request: Request): Promise<UpgradeOutcome> {
    const index = this.#requests++;
    const fault = this.active ? await this.#choose(request, index) : undefined;
    if (fault) {
      this.#injected[fault.kind]++;
      this.#total++;
    }
    switch (fault?.kind) {
      case undefined:
        break;
      case "slow":
        await this.#clock.sleep(fault.delayMs, request.signal);
        break;
      case "revokeTokens":
        this.#revoke?.();
        break;
      case "refuseToken":
        this.#forwarded++;
        return "refuse";
      default:
        return "drop";
    }
    this.#forwarded++;
    return "accept";
  }

  async #choose(request: Request, index: number): Promise<Fault | undefined> {
    const url = new URL(request.url);
    let refresh: boolean | undefined;
    const applies = async (target: FaultTarget, fault: Fault) => {
      if (!matches(target, request.method, url.pathname)) return false;
      const upgrade = request.headers.get("upgrade")?.toLowerCase() === "websocket";
      if (fault.kind === "refuseToken") return upgrade;
      if (fault.kind !== "rejectRefresh") return true;
      refresh ??= await isRefreshRequest(request, url);
      return refresh;
    };
    for (const rule of this.#rules) {
      if (rule.left <= 0 || (rule.at && !rule.at.has(index))) continue;
      if (!(await applies(rule.source, rule.source.fault))) continue;
      rule.left--;
      return rule.source.fault;
    }
    for (const chance of this.#options.probabilities ?? []) {
      if (!(await applies(chance, chance.fault))) continue;
      if (this.#random() < chance.probability) return chance.fault;
    }
    return undefined;
  }
}

function check(fault: Fault, revoke: (() => void) | undefined): void {
  if (fault.kind === "slow" && !(fault.delayMs >= 0)) {
    throw new InvalidArgumentError(
      `A slow fault needs a delay of 0 ms or more, not ${fault.delayMs}`,
    );
  }
  if (fault.kind === "revokeTokens" && !revoke) {
    throw new InvalidArgumentError(
      "A revokeTokens fault needs revokeAllTokens; pass emulator.revokeAllTokens or use withFaults",
    );
  }
}

function matches(target: FaultTarget, method: string, path: string): boolean {
  if (target.method !== undefined && target.method.toUpperCase() !== method) return false;
  if (target.path === undefined) return true;
  return typeof target.path === "string" ? target.path === path : target.path.test(path);
}

async function isRefreshRequest(request: Request, url: URL): Promise<boolean> {
  if (request.method !== "POST" || !url.pathname.endsWith("/oauth/token")) return false;
  const text = await request.clone().text();
  if ((request.headers.get("content-type") ?? "").includes("json")) {
    try {
      return JSON.parse(text)?.grant_type === "refresh_token";
    } catch {
      return false;
    }
  }
  return new URLSearchParams(text).get("grant_type") === "refresh_token";
}
