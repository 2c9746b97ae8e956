/**
 * The survey's QR code and its poster, as SVG: the QR code (node-qrcode, error correction M, a
 * quiet zone of 2 modules) leads to the survey's public page; the poster (A4 or A3, sized in
 * millimetres so that a browser prints it true to size) shows the town, the survey's title, a
 * call to answer, the QR code large and the link as text. System fonts only, no external files;
 * every text is escaped for XML.
 */
import { qrSvg } from '../../lib/qr-code.js';

export type PosterSize = 'a4' | 'a3';
export type PosterLocale = 'de' | 'en';

/** Text for XML content and attributes; characters XML 1.0 cannot hold are dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * Words into lines of at most `width` characters (a word longer than a line is cut); more than
 * `maxLines` lines end the last one with an ellipsis.
 */
export function wrapText(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (word.length > width) {
      if (line) lines.push(line);
      lines.push(word.slice(0, width));
      word = word.slice(width);
      line = '';
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= width) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${last.length >= width ? last.slice(0, width - 1) : last}…`;
  return kept;
}

const PAPER: Record<PosterSize, { width: number; height: number }> = {
  a4: { width: 210, height: 297 },
  a3: { width: 297, height: 420 },
};

const WORDS = {
  de: {
    call: 'Ihre Meinung zählt – 2 Minuten, anonym',
    scan: 'QR-Code scannen oder Adresse eingeben:',
    until: (d: string) => `Mitmachen bis ${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)}`,
    survey: 'Umfrage',
  },
  en: {
    call: 'Your opinion counts – 2 minutes, anonymous',
    scan: 'Scan the QR code or type the address:',
    until: (d: string) => `Open until ${d}`,
    survey: 'Survey',
  },
} as const;

const FONT = 'Helvetica, Arial, "Liberation Sans", sans-serif';

export interface PosterInput {
  town: string;
  title: string;
  url: string;
  closesOn: string | null;
  size: PosterSize;
  locale: PosterLocale;
}

/** The root `<svg …>` of the QR code placed at x, y in a square of `side`. */
function placeQr(svg: string, x: number, y: number, side: number): string {
  return svg.replace(/^<svg /, `<svg x="${x}" y="${y}" width="${side}" height="${side}" `).trim();
}

/**
 * The poster. Its user units are the millimetres of A4 (210 × 297); A3 has the same proportions
 * (√2), so it is the same drawing, printed larger.
 */
export async function posterSvg(p: PosterInput): Promise<string> {
  const w = WORDS[p.locale];
  const paper = PAPER[p.size];
  const W = 210;
  const H = 297;
  const margin = 16;
  const centre = W / 2;
  // a line that would be wider than the page between the margins (by an estimate of `em` a
  // character) is squeezed into it
  const textLine = (y: number, size: number, content: string, extra = '', em = 0.55) => {
    const fit =
      content.length * size * em > W - 2 * margin
        ? ` textLength="${W - 2 * margin}" lengthAdjust="spacingAndGlyphs"`
        : '';
    return `<text x="${centre}" y="${y}" font-size="${size}" text-anchor="middle"${fit}${extra}>${escapeXml(content)}</text>`;
  };

  const parts: string[] = [];
  let y = margin + 10;
  parts.push(textLine(y, 11, p.town, ' font-weight="bold" letter-spacing="0.3"'));
  y += 6;
  parts.push(`<rect x="${centre - 20}" y="${y}" width="40" height="1.2" fill="#1a5fb4"/>`);
  y += 14;
  // the title: about 0.58 em a bold character at 10 mm, in the width between the margins
  const titleSize = 10;
  const titleLines = wrapText(p.title, Math.floor((W - 2 * margin) / (titleSize * 0.58)), 4);
  for (const line of titleLines) {
    parts.push(textLine(y, titleSize, line, ' font-weight="bold"'));
    y += titleSize * 1.2;
  }
  y += 2;
  parts.push(textLine(y, 6.5, w.call, ' fill="#1a5fb4"'));
  y += 6;
  const side = Math.min(W - 2 * margin - 30, H - y - 48);
  const qr = placeQr(await qrSvg(p.url), centre - side / 2, y, side);
  y += side + 9;
  parts.push(textLine(y, 4.5, w.scan));
  const shown = p.url.replace(/^https?:\/\//, '');
  // monospace: 0.6 em a character; as large as fits, at most 5.5 mm
  const urlSize = Math.floor(Math.min(5.5, (W - 2 * margin) / (shown.length * 0.6)) * 100) / 100;
  y += 8;
  parts.push(textLine(y, urlSize, shown, ' font-family="Courier New, monospace"', 0.6));
  if (p.closesOn) parts.push(textLine(H - margin, 4.5, w.until(p.closesOn)));

  const label = `${w.survey}: ${p.title} – ${p.town}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${paper.width}mm" height="${paper.height}mm" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeXml(label)}" lang="${p.locale}">`,
    `<title>${escapeXml(label)}</title>`,
    // printed from a browser: one sheet of the poster's paper, without the browser's margins
    `<style>@page { size: ${paper.width}mm ${paper.height}mm; margin: 0 }</style>`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<g font-family='${FONT}' fill="#1c1c1c">`,
    ...parts,
    '</g>',
    qr,
    '</svg>',
    '',
  ].join('\n');
}
