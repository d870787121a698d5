/**
 * A chat listener as a Node.js app would write it, bundled by the test and run by `node`: it logs
 * in with an authorization code, connects with Node's own `WebSocket`, starts chat, says "ready"
 * on stdout, then prints the first message it receives and exits.
 *
 * Arguments: base URL, websocket endpoint, client id, client secret, redirect URI, code, verifier.
 */
import { Client, NotificationWebsocket, Scope } from "../../mod.ts";

declare const process: { argv: string[] };

const [baseUrl, endpoint, clientId, clientSecret, redirectUri, code, codeVerifier] = process.argv
  .slice(2);
const client = Client.fromClientCredentials({
  clientId: Number(clientId),
  clientSecret,
  redirectUri,
  code,
  codeVerifier,
  scope: new Scope("public", "chat.read"),
  baseUrl,
  requestWaitTime: 0,
});
const ws = new NotificationWebsocket(client, { endpoint });
await ws.connect();
await ws.chatStart();
console.log(JSON.stringify({ ready: true }));
for await (const event of ws) {
  if (event.event !== "chat.message.new") continue;
  console.log(JSON.stringify({ content: event.data.messages[0].content }));
  ws.close();
}
