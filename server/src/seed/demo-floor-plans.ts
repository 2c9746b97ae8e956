/**
 * Floor plans of two demo spaces: the Oestrich-Winkel pop-up (seven desks, the conference table, a
 * seating corner) and the Ammersee Denkerhaus (twelve desks, four of them in a quiet area). Both
 * are plain, hand-drawn SVGs: walls, windows, the door, the tables and their chairs, a few labels.
 * No scripts, no styles, no links, nothing fetched from elsewhere: what an uploaded plan may hold
 * too. Every layout is ILLUSTRATIVE.
 *
 * The tables are drawn from the same centres that place the desks (`positions`), so a desk's
 * marker always sits on its table.
 */

export interface DemoFloorPlan {
  /** The SVG, as stored (base64 of it in floor_plans.data). */
  svg: string;
  /** The viewBox's width and height. */
  width: number;
  height: number;
  /** Desk name → where it sits, in fractions (0–1) of width and height. */
  positions: Record<string, { planX: number; planY: number }>;
}

interface Table {
  name: string;
  /** centre, in viewBox units */
  x: number;
  y: number;
  /** table size; a desk is 140 × 70 */
  w?: number;
  h?: number;
  /** where the chair stands: below, above, left or right of the table, or around it (a meeting table) */
  chair: 'below' | 'above' | 'left' | 'right' | 'around';
}

const WALL = '#37474f';
const TABLE = 'fill="#f3e7d3" stroke="#6d4c41" stroke-width="3"';
const CHAIR = 'fill="#ffffff" stroke="#6d4c41" stroke-width="3"';
const WINDOW = 'fill="#e1f0fa" stroke="#1e5a7a" stroke-width="3"';
const LABEL = 'font-family="sans-serif" font-size="26" fill="#37474f" text-anchor="middle"';

const round = (n: number) => Math.round(n * 10) / 10;

function chairs(t: Required<Table>): string {
  const at = (cx: number, cy: number) => `<circle cx="${round(cx)}" cy="${round(cy)}" r="18" ${CHAIR}/>`;
  const gap = 38;
  switch (t.chair) {
    case 'below':
      return at(t.x, t.y + t.h / 2 + gap - 10);
    case 'above':
      return at(t.x, t.y - t.h / 2 - gap + 10);
    case 'left':
      return at(t.x - t.w / 2 - gap + 10, t.y);
    case 'right':
      return at(t.x + t.w / 2 + gap - 10, t.y);
    case 'around': {
      // five a side on the long edges: the meeting table seats ten
      const xs = Array.from({ length: 5 }, (_, i) => t.x - t.w / 2 + (t.w / 5) * (i + 0.5));
      return xs.flatMap((x) => [at(x, t.y - t.h / 2 - gap + 10), at(x, t.y + t.h / 2 + gap - 10)]).join('');
    }
  }
}

function tables(list: Table[]): string {
  return list
    .map((t) => ({ w: 140, h: 70, ...t }))
    .map(
      (t) =>
        `<rect x="${round(t.x - t.w / 2)}" y="${round(t.y - t.h / 2)}" width="${t.w}" height="${t.h}" rx="4" ${TABLE}/>` +
        chairs(t),
    )
    .join('\n    ');
}

function plan(width: number, height: number, title: string, body: string, list: Table[]): DemoFloorPlan {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">
  <title>${title}</title>
  <rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>
  <rect x="20" y="20" width="${width - 40}" height="${height - 40}" fill="#fbfaf7" stroke="${WALL}" stroke-width="14"/>
  ${body}
  <g>
    ${tables(list)}
  </g>
</svg>
`;
  const positions = Object.fromEntries(
    list.map((t) => [
      t.name,
      { planX: round((t.x / width) * 1000) / 1000, planY: round((t.y / height) * 1000) / 1000 },
    ]),
  );
  return { svg, width, height, positions };
}

/** A window in a horizontal wall at `y`, from x1 to x2. */
const windowH = (x1: number, x2: number, y: number) =>
  `<rect x="${x1}" y="${y - 8}" width="${x2 - x1}" height="16" ${WINDOW}/>`;
/** A window in a vertical wall at `x`, from y1 to y2. */
const windowV = (x: number, y1: number, y2: number) =>
  `<rect x="${x - 8}" y="${y1}" width="16" height="${y2 - y1}" ${WINDOW}/>`;
/** A door in the bottom wall at `y`, from x1 to x2, opening inwards: the gap, the leaf, its swing. */
const doorBottom = (x1: number, x2: number, y: number) => {
  const w = x2 - x1;
  return (
    `<rect x="${x1}" y="${y - 9}" width="${w}" height="18" fill="#fbfaf7"/>` +
    `<line x1="${x1}" y1="${y}" x2="${x1}" y2="${y - w}" stroke="${WALL}" stroke-width="4"/>` +
    `<path d="M ${x1} ${y - w} A ${w} ${w} 0 0 1 ${x2} ${y}" fill="none" stroke="${WALL}" stroke-width="2" stroke-dasharray="8 6"/>`
  );
};
const label = (x: number, y: number, text: string) => `<text x="${x}" y="${y}" ${LABEL}>${text}</text>`;

/**
 * The pop-up in Rheingaustraße 70: one room of 10 × 7 m on the ground floor, the street windows
 * along the top, the entrance at the bottom right, the conference table at the bottom left.
 */
export const OESTRICH_WINKEL_PLAN = plan(
  1000,
  700,
  'Pop-up Coworking-Space Oestrich-Winkel – Grundriss',
  [
    windowH(100, 240, 20),
    windowH(280, 420, 20),
    windowH(460, 600, 20),
    windowH(640, 780, 20),
    windowV(20, 260, 400),
    doorBottom(820, 910, 680),
    label(870, 570, 'Eingang'),
    // the seating corner: an L-shaped sofa and a low table
    '<path d="M 600 520 L 760 520 L 760 545 L 625 545 L 625 650 L 600 650 Z" fill="#e8eaf6" stroke="#3949ab" stroke-width="3"/>',
    '<rect x="660" y="575" width="70" height="50" rx="6" fill="#ffffff" stroke="#3949ab" stroke-width="3"/>',
    label(690, 505, 'Sitzecke'),
  ].join('\n  '),
  [
    { name: 'Arbeitsplatz 1', x: 170, y: 95, chair: 'below' },
    { name: 'Arbeitsplatz 2', x: 350, y: 95, chair: 'below' },
    { name: 'Arbeitsplatz 3', x: 530, y: 95, chair: 'below' },
    { name: 'Arbeitsplatz 4', x: 710, y: 95, chair: 'below' },
    { name: 'Arbeitsplatz 5', x: 880, y: 400, chair: 'left' },
    { name: 'Arbeitsplatz 6', x: 260, y: 320, chair: 'below' },
    { name: 'Arbeitsplatz 7', x: 470, y: 320, chair: 'below' },
    { name: 'Konferenztisch', x: 300, y: 560, w: 400, h: 100, chair: 'around' },
  ],
);

/**
 * The Ammersee Denkerhaus: one long room of 12 × 8 m, windows to the lake side along the top and
 * the garden on the right, the entrance at the bottom left, a kitchenette, and a quiet area on the
 * right behind a partition.
 */
export const DIESSEN_PLAN = plan(
  1200,
  800,
  'Ammersee Denkerhaus – Grundriss',
  [
    windowH(120, 280, 20),
    windowH(320, 480, 20),
    windowH(520, 680, 20),
    windowH(720, 880, 20),
    windowV(1180, 300, 420),
    windowV(1180, 560, 720),
    doorBottom(130, 230, 780),
    label(180, 660, 'Eingang'),
    // the partition of the quiet area, open at its lower end
    `<line x1="960" y1="20" x2="960" y2="560" stroke="${WALL}" stroke-width="8"/>`,
    label(1075, 100, 'Ruhebereich'),
    // the kitchenette: a counter along the bottom wall
    '<rect x="560" y="700" width="300" height="60" fill="#eceff1" stroke="#546e7a" stroke-width="3"/>',
    label(710, 680, 'Teeküche'),
  ].join('\n  '),
  [
    { name: 'Arbeitsplatz 1', x: 200, y: 95, chair: 'below' },
    { name: 'Arbeitsplatz 2', x: 400, y: 95, chair: 'below' },
    { name: 'Arbeitsplatz 3', x: 600, y: 95, chair: 'below' },
    { name: 'Arbeitsplatz 4', x: 800, y: 95, chair: 'below' },
    { name: 'Arbeitsplatz 5', x: 380, y: 340, chair: 'above' },
    { name: 'Arbeitsplatz 6', x: 520, y: 340, chair: 'above' },
    { name: 'Arbeitsplatz 7', x: 380, y: 410, chair: 'below' },
    { name: 'Arbeitsplatz 8', x: 520, y: 410, chair: 'below' },
    { name: 'Arbeitsplatz 9', x: 1095, y: 200, chair: 'left' },
    { name: 'Arbeitsplatz 10', x: 1095, y: 330, chair: 'left' },
    { name: 'Arbeitsplatz 11', x: 1095, y: 460, chair: 'left' },
    { name: 'Arbeitsplatz 12', x: 1095, y: 640, chair: 'left' },
  ],
);

/** The plans by space key. */
export const DEMO_FLOOR_PLANS: Readonly<Record<string, DemoFloorPlan>> = {
  'oestrich-winkel': OESTRICH_WINKEL_PLAN,
  diessen: DIESSEN_PLAN,
};
