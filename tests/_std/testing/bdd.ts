/**
 * A tiny stand-in for `jsr:@std/testing/bdd`: `describe` and `it` on top of `Deno.test` steps.
 *
 * @module
 */

type Body = () => void | Promise<void>;
const pending: { name: string; fn: Body }[][] = [];

/** Groups tests; each `it` inside becomes a step of one `Deno.test`. */
export function describe(name: string, fn: () => void): void {
  pending.push([]);
  fn();
  const cases = pending.pop() ?? [];
  Deno.test(name, async (t) => {
    for (const c of cases) await t.step(c.name, c.fn);
  });
}

/** Declares one test case, inside or outside `describe`. */
export function it(name: string, fn: Body): void {
  const group = pending.at(-1);
  if (group) group.push({ name, fn });
  else Deno.test(name, fn);
}
