/**
 * An option's words in lines of about `width` characters for a chart's axis (SVG text does not
 * wrap), at most `maxLines`, the last shortened with "…". The table under the chart has the full text.
 */
export function wrapLabel(text: string, width = 16, maxLines = 3): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= width || !line) {
      line = next;
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  const cut = (s: string) => (s.length > width ? `${s.slice(0, width - 1)}…` : s);
  if (lines.length <= maxLines) return lines.map(cut);
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = last.length >= width ? `${last.slice(0, width - 1)}…` : `${last}…`;
  return kept.map((l, i) => (i < maxLines - 1 ? cut(l) : l));
}
