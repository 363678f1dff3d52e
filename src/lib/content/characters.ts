/**
 * Characters a reader cannot see, or that make a reader see other words than the text
 * holds: control characters (a NUL also makes git treat the file as binary), bidirectional
 * controls (U+202E shows 「約束しない」 where the diff and the search hold another order),
 * and invisible characters that split or fake words. A joiner inside an emoji sequence is
 * legitimate and stays.
 */

export type CharacterKind = 'control' | 'bidi' | 'invisible';
/** The content rule a character of each kind breaks. */
export const CHARACTER_RULES = { control: 'text-control-character', bidi: 'text-bidi-control', invisible: 'text-invisible-character' } as const;

export interface CharacterFinding {
  kind: CharacterKind;
  codePoint: number;
  /** 1-based line of the file. */
  line: number;
}

const NAMES: Record<number, string> = {
  0x00: 'NULL', 0x1b: 'ESCAPE', 0x7f: 'DELETE', 0x061c: 'ARABIC LETTER MARK', 0x200e: 'LEFT-TO-RIGHT MARK', 0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING', 0x202b: 'RIGHT-TO-LEFT EMBEDDING', 0x202c: 'POP DIRECTIONAL FORMATTING', 0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE', 0x2066: 'LEFT-TO-RIGHT ISOLATE', 0x2067: 'RIGHT-TO-LEFT ISOLATE', 0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE', 0x00ad: 'SOFT HYPHEN', 0x200b: 'ZERO WIDTH SPACE', 0x200c: 'ZERO WIDTH NON-JOINER', 0x200d: 'ZERO WIDTH JOINER',
  0x2060: 'WORD JOINER', 0xfeff: 'ZERO WIDTH NO-BREAK SPACE', 0x3164: 'HANGUL FILLER', 0x115f: 'HANGUL CHOSEONG FILLER',
  0x1160: 'HANGUL JUNGSEONG FILLER', 0xffa0: 'HALFWIDTH HANGUL FILLER', 0x2800: 'BRAILLE PATTERN BLANK', 0x180e: 'MONGOLIAN VOWEL SEPARATOR',
};

/** U+202E（RIGHT-TO-LEFT OVERRIDE）: how a message names a character. */
export function describeCodePoint(codePoint: number): string {
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[codePoint];
  return name ? `${hex}（${name}）` : hex;
}

/**
 * Format characters, default-ignorable and noncharacter code points draw nothing (or a
 * box) and change how text is read; variation selectors are the exception where they pick
 * the form of the character before them (selectsVariant).
 */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}\p{Noncharacter_Code_Point}\u{2028}\u{2029}\u{FFFC}\u{2800}]/u;
const VARIATION_SELECTOR = /[\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}\u{180B}-\u{180D}\u{180F}]/u;

function kindOf(ch: string, codePoint: number): CharacterKind | undefined {
  if ((codePoint < 0x20 && codePoint !== 0x09 && codePoint !== 0x0a && codePoint !== 0x0d) || (codePoint >= 0x7f && codePoint <= 0x9f)) return 'control';
  if (/\p{Bidi_Control}/u.test(ch)) return 'bidi';
  if (INVISIBLE.test(ch) || VARIATION_SELECTOR.test(ch)) return 'invisible';
  return undefined;
}

/**
 * A variation selector picks the form of the character before it, so it is legitimate only
 * there: an emoji's presentation (U+FE0E, U+FE0F) after an emoji or a keycap base, a kanji's
 * variant (U+FE00–, U+E0100–: names written with their own glyph) after a kanji, a Mongolian
 * form after a Mongolian letter. Anywhere else it hides in the text.
 */
function selectsVariant(codePoint: number, before: string): boolean {
  if (codePoint === 0xfe0e || codePoint === 0xfe0f) return /[\p{Emoji}]/u.test(before);
  if ((codePoint >= 0xfe00 && codePoint <= 0xfe0d) || (codePoint >= 0xe0100 && codePoint <= 0xe01ef)) return /\p{Ideographic}/u.test(before);
  return /\p{Script=Mongolian}/u.test(before);
}

const TAG_CANCEL = 0xe007f;
const isTag = (codePoint: number) => codePoint >= 0xe0020 && codePoint <= 0xe007e;

/** How many characters after a black flag at `i` form a subdivision flag (🏴 + 2–6 tag letters + CANCEL TAG); 0 if none. */
function flagTags(chars: readonly string[], i: number): number {
  let j = i + 1;
  while (j < chars.length && j - i <= 6 && isTag(chars[j]!.codePointAt(0)!)) j += 1;
  const letters = j - i - 1;
  return letters >= 2 && chars[j]?.codePointAt(0) === TAG_CANCEL ? letters + 1 : 0;
}

const EMOJI_BEFORE_JOINER = /[\p{Extended_Pictographic}\u{FE0F}\u{1F3FB}-\u{1F3FF}]/u;
const EMOJI = /\p{Extended_Pictographic}/u;
const BLACK_FLAG = 0x1f3f4;

/** Every character of these kinds in the text, at most `limit` of them, in order; `firstLine` numbers the text's first line. */
export function findCharacters(text: string, limit = 10, firstLine = 1): CharacterFinding[] {
  const found: CharacterFinding[] = [];
  const chars = Array.from(text);
  let line = firstLine;
  // Tag characters are legitimate only as the subdivision of a flag: 🏴 + tags + CANCEL TAG.
  let flagUntil = -1;
  for (let i = 0; i < chars.length && found.length < limit; i += 1) {
    const ch = chars[i]!;
    const codePoint = ch.codePointAt(0)!;
    // Lines end as the rules count them: LF, CRLF or a lone CR.
    if (ch === '\n' || (ch === '\r' && chars[i + 1] !== '\n')) line += 1;
    if (codePoint === BLACK_FLAG) flagUntil = i + flagTags(chars, i);
    const kind = kindOf(ch, codePoint);
    if (!kind) continue;
    if (codePoint === 0x200d && EMOJI_BEFORE_JOINER.test(chars[i - 1] ?? '') && EMOJI.test(chars[i + 1] ?? '')) continue;
    if (i <= flagUntil) continue;
    if (VARIATION_SELECTOR.test(ch) && selectsVariant(codePoint, chars[i - 1] ?? '')) continue;
    // One report per character per line: a line of twenty is one thing to fix.
    if (found.some((other) => other.codePoint === codePoint && other.line === line)) continue;
    found.push({ kind, codePoint, line });
  }
  return found;
}

/** Characters that draw nothing and mark nothing: what a field made only of them shows. */
const BLANK = /[\p{White_Space}\p{Cc}\p{Cf}\p{M}\u{3164}\u{115F}\u{1160}\u{FFA0}\u{2800}\u{180E}]/gu;

/** Whether a reader would see any character of the text at all. */
export function hasVisibleText(text: string): boolean {
  return text.replace(BLANK, '') !== '';
}

/** A decoded value (a text node, an address, a YAML string) and the line it is written on. */
export interface LocatedText {
  text: string;
  line: number;
}

/**
 * The same characters in decoded values: what `&#x202E;` or a YAML "\u200B" escape becomes is
 * as invisible as the character itself. Each value is judged as one line.
 */
export function findCharactersIn(values: Iterable<LocatedText>, limit = 10): CharacterFinding[] {
  const found: CharacterFinding[] = [];
  for (const { text, line } of values) {
    for (const finding of findCharacters(text.replace(/\r\n?|\n/g, ' '), limit, line)) {
      if (found.length >= limit) return found;
      found.push(finding);
    }
  }
  return found;
}

/** Every string inside a parsed YAML value, depth first. */
export function* stringsOf(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const item of value) yield* stringsOf(item);
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) {
    yield key;
    yield* stringsOf(item);
  }
}
