/**
 * Markdown output: tables, and replacing only the report's own block of `BENCHMARKS.md` (other
 * sections of the file belong to other benchmarks and are kept as they are).
 *
 * @module
 */

/** The start marker of the generated block. */
export const START = "<!-- bench:report:start -->";
/** The end marker of the generated block. */
export const END = "<!-- bench:report:end -->";

/**
 * A Markdown table.
 *
 * @param head the header cells
 * @param rows the rows
 * @returns the table text
 */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(head), line(head.map(() => "---")), ...rows.map(line)].join("\n");
}

/**
 * Puts `block` between the markers of `file`, keeping everything outside them. A file without
 * markers gets the block after its first heading (or at the top).
 *
 * @param file the path of BENCHMARKS.md
 * @param block the generated Markdown
 */
export async function writeBlock(file: string, block: string): Promise<void> {
  const generated = `${START}\n${block.trim()}\n${END}`;
  let text: string;
  try {
    text = await Deno.readTextFile(file);
  } catch {
    text = "# Benchmarks\n";
  }
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start >= 0 && end > start) {
    text = text.slice(0, start) + generated + text.slice(end + END.length);
  } else {
    const heading = /^# .*\n/m.exec(text);
    const at = heading ? heading.index + heading[0].length : 0;
    text = `${text.slice(0, at)}\n${generated}\n\n${text.slice(at).replace(/^\n+/, "")}`;
  }
  await Deno.writeTextFile(file, text.replace(/\n{3,}/g, "\n\n").trimEnd() + "\n");
}
