/**
 * The two ways a socket reaches the emulator's notification server: in-process (a socket pair in
 * memory, for `osu.webSocket`) and served (a server-side `WebSocket` from `Deno.upgradeWebSocket`
 * or a Workers `WebSocketPair`, for `osu.realtime.accept`). Web standards only.
 *
 * @module
 */
import type { WebSocketFactory, WebSocketLike } from "../realtime/web_socket_factory.ts";
import type { HubConnection, NotificationHub, Peer, Upgrade } from "./_notification_hub.ts";
import type { Emulator, UpgradeWebSocket } from "./types.ts";

/** Each emulator's notification server, for the fault injector. */
export const HUBS: WeakMap<Emulator, NotificationHub> = new WeakMap();

/**
 * The emulator's websocket entry points, with a gate (the fault injector's) on each upgrade.
 *
 * @param emulator the emulator
 * @param gate decides each upgrade
 * @returns the in-process factory and the served socket's entry
 */
export function gatedSockets(emulator: Emulator, gate: UpgradeGate): {
  webSocket: WebSocketFactory;
  acceptWebSocket: (request: Request, upgradeWebSocket: UpgradeWebSocket) => Response;
} {
  const hub = HUBS.get(emulator);
  if (!hub) throw new TypeError("Not an emulator made by createEmulator()");
  return {
    webSocket: (url, init) => openInProcess(hub, gate, url, init.headers.authorization ?? null),
    acceptWebSocket: (request, upgradeWebSocket) =>
      acceptServed(hub, gate, request, upgradeWebSocket),
  };
}

/** What an upgrade meets: accepted, its token refused, or dropped before it opens (faults). */
export type UpgradeOutcome = "accept" | "refuse" | "drop";

/** Decides each upgrade (the fault injector's hook); the emulator alone accepts every one. */
export type UpgradeGate = (request: Request) => Promise<UpgradeOutcome>;

/** Accepts every upgrade. */
export const acceptAll: UpgradeGate = () => Promise.resolve("accept");

function upgradeRequest(url: string, authorization: string | null): Request {
  const headers = new Headers({ upgrade: "websocket" });
  if (authorization !== null) headers.set("authorization", authorization);
  return new Request(url.replace(/^ws(s?):/i, "http$1:"), { headers });
}

function event(type: string, fields: Record<string, unknown> = {}): Event {
  const e = new Event(type);
  for (const [key, value] of Object.entries(fields)) {
    Object.defineProperty(e, key, { value, enumerable: true });
  }
  return e;
}

/** The client's end of an in-process socket: the part of `WebSocket` the library uses. */
class InProcessWebSocket extends EventTarget implements WebSocketLike {
  readyState = 0;
  /** Set once the server side is attached. */
  toServer: ((text: string) => void) | undefined;
  onServerClose: (() => void) | undefined;

  send(data: string): void {
    if (this.readyState === 0) throw new DOMException("Still connecting", "InvalidStateError");
    if (this.readyState !== 1) return;
    const text = String(data);
    queueMicrotask(() => this.toServer?.(text));
  }

  close(code = 1000, reason = ""): void {
    if (this.readyState >= 2) return;
    this.readyState = 2;
    queueMicrotask(() => {
      this.onServerClose?.();
      this.finish(code, reason);
    });
  }

  /** Delivers a frame from the server. */
  deliver(text: string): void {
    if (this.readyState !== 1) return;
    // Frames sent before a close arrive before its close event, as on a real socket.
    queueMicrotask(() => {
      if (this.readyState !== 3) this.dispatchEvent(event("message", { data: text }));
    });
  }

  /** The server closed or dropped the connection. */
  serverClosed(code: number, reason: string): void {
    if (this.readyState >= 2) return;
    this.readyState = 2;
    queueMicrotask(() => this.finish(code, reason));
  }

  finish(code: number, reason: string): void {
    if (this.readyState === 3) return;
    this.readyState = 3;
    if (code === 1006) this.dispatchEvent(event("error"));
    this.dispatchEvent(event("close", { code, reason, wasClean: code !== 1006 }));
  }
}

/**
 * Opens an in-process socket to the hub.
 *
 * @param hub the notification server
 * @param gate decides the upgrade
 * @param url the websocket URL (its query may carry `access_token`)
 * @param authorization the `Authorization` header, if any
 * @returns the client's end, connecting
 */
export function openInProcess(
  hub: NotificationHub,
  gate: UpgradeGate,
  url: string,
  authorization: string | null,
): WebSocketLike {
  const socket = new InProcessWebSocket();
  const upgrade: Upgrade = { url, authorization };
  gate(upgradeRequest(url, authorization)).then((outcome) => {
    if (socket.readyState !== 0) return;
    if (outcome === "drop") return socket.finish(1006, "");
    socket.readyState = 1;
    socket.dispatchEvent(event("open"));
    const peer: Peer = {
      send: (text) => socket.deliver(text),
      close: (code, reason) => socket.serverClosed(code, reason),
    };
    const connection = hub.accept(peer, upgrade, outcome === "refuse");
    if (!connection) return;
    socket.toServer = (text) => hub.receive(connection, text);
    socket.onServerClose = () => hub.closed(connection);
  }, () => socket.finish(1006, ""));
  return socket;
}

/**
 * Serves a websocket upgrade. The upgrade's URL and header are read first: Deno's request cannot
 * be read once it is upgraded.
 *
 * @param hub the notification server
 * @param gate decides the upgrade
 * @param request the upgrade request
 * @param upgradeWebSocket upgrades it
 * @returns the upgrade's response, to return from the server's handler
 */
export function acceptServed(
  hub: NotificationHub,
  gate: UpgradeGate,
  request: Request,
  upgradeWebSocket: UpgradeWebSocket,
): Response {
  const upgrade: Upgrade = {
    url: request.url,
    authorization: request.headers.get("authorization"),
  };
  const { socket, response } = upgradeWebSocket(request);
  const decided = gate(upgradeRequest(upgrade.url, upgrade.authorization));
  // Settles when the socket opens, or closes before it did (the client went away).
  const opened = socket.readyState === 0
    ? new Promise<void>((resolve) => {
      socket.addEventListener("open", () => resolve());
      socket.addEventListener("close", () => resolve());
    })
    : Promise.resolve();
  Promise.all([decided, opened]).then(([outcome]) => {
    if (socket.readyState !== 1) return;
    // Server code may not send 1006; 4000 stands for "dropped" on the wire.
    const close = (code: number, reason: string) => {
      if (socket.readyState < 2) socket.close(code === 1006 ? 4000 : code, reason);
    };
    if (outcome === "drop") return close(1006, "");
    let connection: HubConnection | undefined;
    const peer: Peer = {
      send: (text) => {
        if (socket.readyState === 1) socket.send(text);
      },
      close: (code, reason) => {
        connection = undefined;
        close(code, reason);
      },
    };
    connection = hub.accept(peer, upgrade, outcome === "refuse");
    socket.addEventListener("message", (e) => {
      if (connection) hub.receive(connection, (e as MessageEvent).data);
    });
    socket.addEventListener("close", () => {
      if (connection) hub.closed(connection);
    });
  }, () => {
    if (socket.readyState < 2) socket.close(4000, "");
  });
  return response;
}
