/** A Markdown table with padded columns, as the benchmarks print them (and docs/ quote them). */
export function markdownTable(header: readonly string[], rows: readonly string[][]): string {
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)),
  );
  const format = (cells: readonly string[]) =>
    '| ' + cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ') + ' |';
  return [
    format(header),
    '| ' + widths.map((w) => '-'.repeat(w)).join(' | ') + ' |',
    ...rows.map(format),
  ].join('\n');
}
