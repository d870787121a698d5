/**
 * Small statistics and formatting helpers shared by the benchmark scripts.
 *
 * @module
 */

/**
 * The `p`-th percentile (nearest rank) of `values`.
 *
 * @param values the samples (not modified)
 * @param p the percentile, 0 to 100
 * @returns the sample at that rank, or NaN when there are none
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

/**
 * The median of `values`.
 *
 * @param values the samples
 * @returns the median
 */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/**
 * A number with a fixed count of significant decimals, grouped in thousands.
 *
 * @param value the number
 * @param digits decimals
 * @returns the text
 */
export function fmt(value: number, digits = 0): string {
  if (!Number.isFinite(value)) return "n/a";
  return value.toLocaleString("en-US", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/**
 * Milliseconds as microseconds text (`12.3 µs`) or milliseconds when large.
 *
 * @param ms milliseconds
 * @returns the text
 */
export function duration(ms: number): string {
  if (!Number.isFinite(ms)) return "n/a";
  if (ms < 1) return `${fmt(ms * 1000, 1)} µs`;
  if (ms < 1000) return `${fmt(ms, 2)} ms`;
  return `${fmt(ms / 1000, 2)} s`;
}

/**
 * Bytes as KB (1000 bytes) with one decimal.
 *
 * @param bytes the size
 * @returns the text
 */
export function kb(bytes: number): string {
  return Number.isFinite(bytes) ? `${fmt(bytes / 1000, 1)} KB` : "n/a";
}

/**
 * Whether a goal holds, as a table cell.
 *
 * @param ok the verdict
 * @returns "met" or "**missed**"
 */
export function verdict(ok: boolean): string {
  return ok ? "met" : "**missed**";
}
