/**
 * The SVG check of a floor plan upload. No XML parser is among the server's dependencies, so this is
 * a strict, small tokenizer of its own: it accepts well-formed XML with an `<svg>` root in the SVG
 * namespace and nothing that could run or fetch anything. It refuses rather than cleans — what is
 * stored is exactly what staff uploaded, and a file that needs cleaning is a file to look at again.
 *
 * Refused as unsafe (each named in the answer): `<script>`, `<foreignObject>`, frames, embeds,
 * objects and their kin; event attributes (`on…`); `javascript:` anywhere; `data:` URLs except a
 * raster image on `<image>`; any reference that is not a fragment of the file itself (`http:`,
 * `//host`, relative paths, in `href`, `src` and CSS `url(…)`); `@import`; animations of `href` or
 * of event attributes; DOCTYPEs and entity declarations; processing instructions. Anything that is
 * not well-formed is "not an image".
 */
import { FLOOR_PLAN_MAX_SIDE } from '@popdesk/shared';

export type ImageVerdict =
  { ok: true; width: number; height: number } | { ok: false; reason: 'not-an-image' | 'unsafe-svg'; detail: string };

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
const MAX_DEPTH = 256;

/** Elements that run code or embed another document (by local name, lower case). */
const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'foreignobject',
  'iframe',
  'frame',
  'frameset',
  'embed',
  'object',
  'applet',
  'handler',
  'listener',
  'base',
  'link',
  'meta',
]);
/** Animation elements: they may not animate a reference or an event attribute. */
const ANIMATIONS = new Set(['set', 'animate', 'animatetransform', 'animatemotion', 'discard']);
/** A raster image inline, the one kind of `data:` URL a plan may carry (on `<image>`). */
const RASTER_DATA_URL = /^data:image\/(png|jpeg|jpg|gif|webp)[;,]/;

const NAME = /[A-Za-z_:\u00C0-\uFFFF][-A-Za-z0-9_:.\u00B7\u00C0-\uFFFF]*/y;
const WHITESPACE = /[ \t\r\n]*/y;
const ENTITY = /&(#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6}|lt|gt|amp|quot|apos);/y;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

class Refusal extends Error {
  constructor(
    readonly reason: 'not-an-image' | 'unsafe-svg',
    detail: string,
  ) {
    super(detail);
  }
}
const malformed = (detail: string) => new Refusal('not-an-image', `Not a well-formed SVG: ${detail}.`);
const unsafe = (what: string) => new Refusal('unsafe-svg', `The SVG contains ${what}; remove it and upload again.`);

/** Text with its character references resolved; an undefined entity is not well-formed XML. */
function decodeText(raw: string): string {
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const amp = raw.indexOf('&', i);
    if (amp < 0) return out + raw.slice(i);
    out += raw.slice(i, amp);
    ENTITY.lastIndex = amp;
    const m = ENTITY.exec(raw);
    if (!m) throw malformed('an undefined entity or a bare "&"');
    const ref = m[1]!;
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
        throw malformed('a character reference to no character');
      out += String.fromCodePoint(code);
    } else out += PREDEFINED[ref];
    i = amp + m[0].length;
  }
  return out;
}

/** A value as a URL parser sees it: without whitespace and control characters, in lower case. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what a URL parser drops
const normalised = (value: string) => value.replace(/[\u0000-\u0020\u007f-\u009f]+/g, '').toLowerCase();

/** Every `url(…)` target in a value or a style sheet must be a fragment of this file. */
function checkCss(text: string, where: string) {
  // an escape could spell "url(" or "@import" in a way this check would not read
  if (text.includes('\\')) throw unsafe(`a CSS escape (a backslash) in ${where}`);
  const norm = normalised(text);
  if (norm.includes('@import')) throw unsafe(`an @import in ${where}`);
  if (norm.includes('image-set(')) throw unsafe(`an image-set() in ${where}`);
  for (const m of norm.matchAll(/url\(([^)]*)\)?/g)) {
    const target = m[1]!.replace(/^['"]|['"]$/g, '');
    if (!target.startsWith('#'))
      throw unsafe(
        `${target.startsWith('data:') ? 'a data: URL' : 'an external reference'} "url(${target.slice(0, 60)})" in ${where}`,
      );
  }
}

function checkAttribute(element: string, name: string, value: string) {
  const lower = name.toLowerCase();
  const local = lower.slice(lower.lastIndexOf(':') + 1);
  if (lower === 'xmlns' || lower.startsWith('xmlns:')) return; // a namespace name, never fetched
  if (local.startsWith('on')) throw unsafe(`the event attribute ${name} on <${element}>`);
  const norm = normalised(value);
  if (norm.includes('javascript:') || norm.includes('vbscript:'))
    throw unsafe(`a script URL in ${name} on <${element}>`);
  if (local === 'href' || local === 'src') {
    if (norm === '' || norm.startsWith('#')) return;
    if (element.toLowerCase() === 'image' && RASTER_DATA_URL.test(norm)) return;
    if (norm.startsWith('data:'))
      throw unsafe(`a data: URL in ${name} on <${element}> (only raster images may be inline)`);
    throw unsafe(`an external reference ${name}="${value.slice(0, 60)}" on <${element}>`);
  }
  if (local === 'style' || norm.includes('url(')) checkCss(value, `${name} on <${element}>`);
}

/** Size from `viewBox`, else from plain `width` and `height` (px or unit-less). */
function sizeOf(attrs: Map<string, string>): { width: number; height: number } {
  const viewBox = attrs.get('viewBox');
  let width: number | undefined;
  let height: number | undefined;
  if (viewBox !== undefined) {
    const parts = viewBox
      .trim()
      .split(/[\s,]+/)
      .map(Number);
    if (parts.length !== 4 || !parts.every(Number.isFinite)) throw malformed('a viewBox that is not four numbers');
    [, , width, height] = parts;
  } else {
    const length = (v: string | undefined) => {
      const m = v === undefined ? null : /^\s*([0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\s*(px)?\s*$/.exec(v);
      return m ? Number(m[1]) : undefined;
    };
    width = length(attrs.get('width'));
    height = length(attrs.get('height'));
    if (width === undefined || height === undefined)
      throw malformed('no viewBox and no width and height in pixels on <svg>');
  }
  const w = Math.ceil(width!);
  const h = Math.ceil(height!);
  if (!(w >= 1 && h >= 1)) throw malformed('a width or height that is not positive');
  if (w > FLOOR_PLAN_MAX_SIDE || h > FLOOR_PLAN_MAX_SIDE)
    throw new Refusal(
      'not-an-image',
      `The plan is ${w} × ${h}; it may be at most ${FLOOR_PLAN_MAX_SIDE} × ${FLOOR_PLAN_MAX_SIDE}.`,
    );
  return { width: w, height: h };
}

/** Parses the document tag by tag and checks each element and attribute as it goes. */
function scan(s: string): { width: number; height: number } {
  const stack: string[] = [];
  let size: { width: number; height: number } | null = null;
  let rootDone = false;
  let style = ''; // text of the <style> element being read
  let i = 0;
  const skipWhitespace = () => {
    WHITESPACE.lastIndex = i;
    WHITESPACE.exec(s);
    i = WHITESPACE.lastIndex;
  };
  const name = () => {
    NAME.lastIndex = i;
    const m = NAME.exec(s);
    if (!m) throw malformed(`a tag or attribute without a name at character ${i}`);
    i = NAME.lastIndex;
    return m[0];
  };
  const localName = (tag: string) => tag.slice(tag.lastIndexOf(':') + 1).toLowerCase();
  const inStyle = () => stack.length > 0 && localName(stack[stack.length - 1]!) === 'style';
  const text = (raw: string) => {
    if (stack.length === 0) {
      if (raw.trim() !== '') throw malformed('text outside the <svg> element');
      return;
    }
    const decoded = decodeText(raw);
    if (inStyle()) style += decoded;
  };

  while (i < s.length) {
    const lt = s.indexOf('<', i);
    if (lt < 0) {
      text(s.slice(i));
      break;
    }
    if (lt > i) text(s.slice(i, lt));
    i = lt;
    if (s.startsWith('<!--', i)) {
      const end = s.indexOf('-->', i + 4);
      if (end < 0) throw malformed('an unclosed comment');
      i = end + 3;
    } else if (s.startsWith('<![CDATA[', i)) {
      const end = s.indexOf(']]>', i + 9);
      if (end < 0 || stack.length === 0) throw malformed('a misplaced or unclosed CDATA section');
      if (inStyle()) style += s.slice(i + 9, end);
      i = end + 3;
    } else if (s.startsWith('<!', i)) {
      const word = /^<!\s*([A-Za-z]*)/.exec(s.slice(i, i + 20))?.[1]?.toUpperCase();
      if (word === 'DOCTYPE') throw unsafe('a DOCTYPE (it may declare entities)');
      if (word === 'ENTITY') throw unsafe('an entity declaration (<!ENTITY>)');
      throw malformed(`an unexpected "<!" at character ${i}`);
    } else if (s.startsWith('<?', i)) {
      const end = s.indexOf('?>', i + 2);
      if (end < 0) throw malformed('an unclosed processing instruction');
      const body = s.slice(i + 2, end);
      const target = /^[^\s?]*/.exec(body)![0];
      if (target === 'xml' && i === 0) {
        const encoding = /encoding\s*=\s*["']([^"']*)["']/.exec(body)?.[1];
        if (encoding !== undefined && encoding.toLowerCase() !== 'utf-8')
          throw malformed(`the encoding ${encoding} (only UTF-8 is accepted)`);
      } else throw unsafe(`the processing instruction <?${target.slice(0, 40)}?>`);
      i = end + 2;
    } else if (s.startsWith('</', i)) {
      i += 2;
      const tag = name();
      skipWhitespace();
      if (s[i] !== '>') throw malformed(`a broken end tag </${tag}>`);
      i += 1;
      if (stack.pop() !== tag) throw malformed(`an end tag </${tag}> that closes nothing open`);
      if (localName(tag) === 'style') {
        checkCss(style, '<style>');
        style = '';
      }
      if (stack.length === 0) rootDone = true;
    } else {
      i += 1;
      const tag = name();
      const local = localName(tag);
      if (rootDone) throw malformed('a second root element');
      if (stack.length === 0 && local !== 'svg') throw malformed(`the root element <${tag}> instead of <svg>`);
      if (FORBIDDEN_ELEMENTS.has(local)) throw unsafe(`a <${tag}> element`);
      const attrs = new Map<string, string>();
      for (;;) {
        const before = i;
        skipWhitespace();
        if (s.startsWith('/>', i) || s[i] === '>') break;
        if (i === before) throw malformed(`<${tag}> with attributes not separated by whitespace`);
        const attr = name();
        skipWhitespace();
        if (s[i] !== '=') throw malformed(`the attribute ${attr} on <${tag}> without a value`);
        i += 1;
        skipWhitespace();
        const quote = s[i];
        if (quote !== '"' && quote !== "'") throw malformed(`the unquoted attribute ${attr} on <${tag}>`);
        const end = s.indexOf(quote, i + 1);
        if (end < 0) throw malformed(`an unclosed attribute value on <${tag}>`);
        const raw = s.slice(i + 1, end);
        if (raw.includes('<')) throw malformed(`a "<" in the attribute ${attr} on <${tag}>`);
        if (attrs.has(attr)) throw malformed(`the attribute ${attr} twice on <${tag}>`);
        const value = decodeText(raw);
        attrs.set(attr, value);
        checkAttribute(tag, attr, value);
        i = end + 1;
      }
      if (ANIMATIONS.has(local)) {
        const target = normalised(attrs.get('attributeName') ?? '');
        const targetLocal = target.slice(target.lastIndexOf(':') + 1);
        if (targetLocal === 'href' || targetLocal === 'src' || targetLocal.startsWith('on'))
          throw unsafe(`a <${tag}> that changes ${attrs.get('attributeName')}`);
      }
      if (stack.length === 0) {
        if (attrs.get('xmlns') !== SVG_NAMESPACE) throw malformed(`<svg> without xmlns="${SVG_NAMESPACE}"`);
        size = sizeOf(attrs);
      }
      const selfClosing = s[i] === '/';
      i += selfClosing ? 2 : 1;
      if (selfClosing) {
        if (stack.length === 0) rootDone = true;
      } else {
        if (stack.length >= MAX_DEPTH) throw malformed(`elements nested deeper than ${MAX_DEPTH}`);
        stack.push(tag);
      }
    }
  }
  if (!size || !rootDone || stack.length > 0) throw malformed('an <svg> element that is missing or not closed');
  return size;
}

/** The verdict on an uploaded SVG file: its size, or why it is refused. */
export function inspectSvg(bytes: Buffer): ImageVerdict {
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, reason: 'not-an-image', detail: 'Not a well-formed SVG: the file is not UTF-8 text.' };
  }
  try {
    return { ok: true, ...scan(source) };
  } catch (err) {
    if (err instanceof Refusal) return { ok: false, reason: err.reason, detail: err.message };
    throw err;
  }
}
