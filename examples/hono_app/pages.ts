/**
 * The pages of the example site: a layout with simple CSS, the home page and the profile page.
 * `html` from Hono escapes every value put into the templates.
 *
 * @module
 */
import type { Score, User } from "@osu-ts/api";
import type { OsuUser } from "@osu-ts/api/hono";

/** HTML that is already safe: made by {@linkcode html} or {@linkcode raw}. */
export class SafeHtml {
  /** @param text the HTML */
  constructor(readonly text: string) {}
  /** @returns the HTML */
  toString(): string {
    return this.text;
  }
}

/**
 * Marks text as HTML that needs no escaping.
 *
 * @param text the HTML
 * @returns the safe HTML
 */
export function raw(text: string): SafeHtml {
  return new SafeHtml(text);
}

/**
 * A template tag that escapes every value (arrays are joined), except {@linkcode SafeHtml}.
 *
 * @param strings the template's text
 * @param values the values
 * @returns the safe HTML
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  const show = (value: unknown): string => {
    if (value instanceof SafeHtml) return value.text;
    if (Array.isArray(value)) return value.map(show).join("");
    if (value === undefined || value === null || value === false) return "";
    return String(value).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
  };
  return raw(strings.reduce((out, text, i) => out + show(values[i - 1]) + text));
}

const CSS = `
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",sans-serif;background:#1c1719;color:#eee}
a{color:#ff66aa;text-decoration:none}
header{display:flex;align-items:center;justify-content:space-between;padding:14px 28px;
background:#2a2226;border-bottom:1px solid #3a3034}
header .brand{font-weight:700;font-size:18px;color:#fff}
header .brand span{color:#ff66aa}
header nav{display:flex;gap:14px;align-items:center;font-size:14px;color:#bbb}
main{max-width:760px;margin:32px auto;padding:0 20px}
.card{background:#2a2226;border-radius:14px;padding:28px;box-shadow:0 8px 30px #0006}
.hero{text-align:center;padding:56px 28px}
.hero h1{font-size:30px;margin:0 0 10px}.hero p{color:#bbb;margin:0 0 28px}
.button{display:inline-block;border:0;border-radius:999px;padding:12px 26px;font-size:15px;
font-weight:600;cursor:pointer;background:#ff66aa;color:#fff}
.button:hover{background:#ff80bb}
.button.quiet{background:#4a3c42;color:#eee;padding:8px 18px;font-size:13px}
.profile{display:flex;gap:22px;align-items:center}
.avatar{width:96px;height:96px;border-radius:22px;background:#4a3c42 center/cover;display:grid;
place-items:center;font-size:40px;font-weight:700;color:#ff66aa;overflow:hidden;flex:none;
position:relative}
.avatar img{position:absolute;inset:0;width:100%;height:100%;object-fit:cover}
.profile h1{margin:0;font-size:28px}.profile .country{color:#aaa;font-size:14px;margin-top:4px}
.stats{display:grid;grid-template-columns:repeat(auto-fit,minmax(120px,1fr));gap:12px;margin:24px 0 8px}
.stat{background:#231d20;border-radius:10px;padding:12px 14px}
.stat b{display:block;font-size:20px;color:#fff}.stat small{color:#999;font-size:12px;text-transform:uppercase;letter-spacing:.05em}
h2{font-size:17px;margin:28px 0 12px;color:#ddd}
.plays{list-style:none;margin:0;padding:0;display:grid;gap:8px}
.plays li{display:flex;align-items:center;gap:14px;background:#231d20;border-radius:10px;padding:10px 14px}
.grade{width:38px;font-weight:800;font-size:20px;text-align:center}
.grade.X,.grade.XH{color:#ffd966}.grade.S,.grade.SH{color:#ffcc22}.grade.A{color:#88da20}
.grade.B{color:#e9b941}.grade.C{color:#ff8e5d}.grade.D{color:#ff5a5a}
.play{flex:1;min-width:0}.play .title{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.play .meta{color:#999;font-size:12px;margin-top:2px}
.pp{font-weight:700;color:#ff66aa;min-width:70px;text-align:right}
.empty{color:#999}
footer{text-align:center;color:#777;font-size:12px;margin:40px 0}
`;

/** What every page needs to know. */
export interface PageContext {
  /** Who is logged in. */
  readonly user: OsuUser | undefined;
  /** The login and logout routes. */
  readonly paths: { readonly login: string; readonly logout: string };
  /** A line for the footer (which osu! this talks to). */
  readonly footer: string;
}

function layout(page: PageContext, title: string, body: unknown) {
  const nav = page.user
    ? html`
      <a href="/profile">${page.user.username}</a>
      <form method="post" action="${page.paths.logout}" style="margin:0">
        <button class="button quiet" type="submit" id="logout">Log out</button>
      </form>
    `
    : html`<a class="button quiet" href="${page.paths.login}?next=/profile">Log in</a>`;
  return html`
    <!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>${title} · osu! stats</title>
        <style>${raw(CSS)}</style>
      </head>
      <body>
        <header><a class="brand" href="/">osu!<span>stats</span></a><nav>${nav}</nav></header>
        <main>${body}</main>
        <footer>${page.footer}</footer>
      </body>
    </html>
  `;
}

/**
 * The home page: a "Log in with osu!" button, or a link to the profile.
 *
 * @param page the page context
 * @returns the HTML
 */
export function homePage(page: PageContext) {
  const body = page.user
    ? html`
      <section class="card hero">
        <h1>Welcome back, ${page.user.username}!</h1>
        <p>Your rank and best plays are one click away.</p>
        <a class="button" href="/profile">View my profile</a>
      </section>
    `
    : html`
      <section class="card hero">
        <h1>Your osu! profile, at a glance</h1>
        <p>Log in with your osu! account to see your rank and your top plays.</p>
        <a class="button" id="login" href="${page.paths.login}?next=/profile">Log in with osu!</a>
      </section>
    `;
  return layout(page, "Home", body);
}

const number = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/**
 * The profile page: avatar, username, rank and top plays.
 *
 * @param page the page context
 * @param user the user, from `getUser`
 * @param best the user's best scores
 * @returns the HTML
 */
export function profilePage(page: PageContext, user: User, best: readonly Score[]) {
  const stats = user.statistics;
  const rank = (value: number | null | undefined) => value ? `#${number.format(value)}` : "–";
  const plays = best.length
    ? html`<ol class="plays">${best.map(play)}</ol>`
    : html`<p class="empty">No ranked plays yet.</p>`;
  const body = html`<section class="card">
    <div class="profile">
      <div class="avatar">${user.username.slice(0, 1).toUpperCase()}<img
        src="${user.avatar_url}" alt="" onerror="this.remove()"></div>
      <div>
        <h1 id="username">${user.username}</h1>
        <div class="country">${user.country?.name ?? user.country_code}</div>
      </div>
    </div>
    <div class="stats">
      <div class="stat"><small>Global rank</small><b id="rank">${rank(stats?.global_rank)}</b></div>
      <div class="stat"><small>Country</small><b>${rank(stats?.country_rank)}</b></div>
      <div class="stat"><small>Performance</small><b>${number.format(stats?.pp ?? 0)}pp</b></div>
      <div class="stat"><small>Accuracy</small><b>${
    (stats?.hit_accuracy ?? 0).toFixed(2)
  }%</b></div>
      <div class="stat"><small>Play count</small><b>${
    number.format(stats?.play_count ?? 0)
  }</b></div>
    </div>
    <h2>Top plays</h2>
    ${plays}
  </section>`;
  return layout(page, user.username, body);
}

function play(score: Score) {
  const beatmap = score.beatmap as { version?: string } | undefined;
  const set = score.beatmapset as { title?: string; artist?: string } | undefined;
  const grade = String(score.rank ?? "");
  return html`
    <li>
      <span class="grade ${grade}">${grade.replace("H", "").replace("X", "SS")}</span>
      <div class="play">
        <div class="title">${set?.title ??
          `Beatmap ${score.beatmap_id}`} <small>[${beatmap?.version ?? "?"}]</small></div>
        <div class="meta">${set?.artist ?? ""} · ${(score.accuracy * 100).toFixed(2)}%</div>
      </div>
      <span class="pp">${number.format(score.pp ?? 0)}pp</span>
    </li>
  `;
}
