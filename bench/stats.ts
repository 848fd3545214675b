/** Small statistics and formatting helpers for the benchmarks. */

function sorted(samples: readonly number[]): number[] {
  if (samples.length === 0) throw new Error('No samples to summarise.');
  return [...samples].sort((a, b) => a - b);
}

/** The nearest-rank percentile: the smallest sample with at least p% of samples at or below it. */
export function percentile(samples: readonly number[], p: number): number {
  const values = sorted(samples);
  const rank = Math.max(1, Math.ceil((p / 100) * values.length));
  return values[Math.min(rank, values.length) - 1] as number;
}

export function median(samples: readonly number[]): number {
  const values = sorted(samples);
  const middle = Math.floor(values.length / 2);
  return values.length % 2 === 1
    ? (values[middle] as number)
    : ((values[middle - 1] as number) + (values[middle] as number)) / 2;
}

export function max(samples: readonly number[]): number {
  return sorted(samples).at(-1) as number;
}

export function ms(value: number): string {
  if (value >= 100) return `${Math.round(value).toLocaleString('en-US')} ms`;
  if (value >= 10) return `${value.toFixed(1)} ms`;
  return `${value.toFixed(2)} ms`;
}

export function ratio(value: number, baseline: number): string {
  const r = value / baseline;
  return `${r >= 100 ? Math.round(r).toLocaleString('en-US') : r.toFixed(1)}×`;
}

export function count(value: number): string {
  return value.toLocaleString('en-US');
}

export function bytes(value: number): string {
  if (value >= 1024 * 1024) return `${(value / (1024 * 1024)).toFixed(1)} MB`;
  if (value >= 1024) return `${(value / 1024).toFixed(1)} kB`;
  return `${value} B`;
}

/** A plain-text table: the first column left-aligned, the others right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, column) =>
    Math.max(...all.map((row) => (row[column] ?? '').length)),
  );
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return ['  ' + line(header), '  ' + rule, ...rows.map((row) => '  ' + line(row))].join('\n');
}
