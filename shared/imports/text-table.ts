/**
 * An export file's bytes as text to read records from, before anything is known about its
 * columns: the encoding, Excel's `sep=` line and the delimiter are settled here.
 */
import { detectDelimiter, type ReadDelimiter } from '../export/csv.ts';
import { decodeAs, decodeText } from '../export/text-decoding.ts';
import { IMPORT_LIMITS } from './limits.ts';
import type { FileProblem } from './problems.ts';

export type TextSource =
  | { ok: true; text: string; delimiter: ReadDelimiter }
  | { ok: false; problem: FileProblem };

/** How many leading code units must look like UTF-16LE text for a file without a mark to be read so. */
const SNIFF_UNITS = 64;

/**
 * UTF-16LE without its mark, recognised only where no other reading is possible: every high byte
 * NUL and every low byte not, over the first units. Latin text (accents included) has that shape;
 * valid UTF-8 never does, since it holds no NUL.
 */
function looksLikeBareUtf16Le(bytes: Uint8Array): boolean {
  const units = Math.min(SNIFF_UNITS, Math.floor(bytes.length / 2));
  if (units < 2 || bytes.length % 2 !== 0) return false;
  for (let i = 0; i < units; i++) if (bytes[2 * i] === 0 || bytes[2 * i + 1] !== 0) return false;
  return true;
}

/** Excel's first line `sep=;` names the delimiter and is not shown as a row; a tab too, written either way. */
const SEP_LINE = /^"?sep=(,|;|\t|\\t)"?[ \t]*(?:\r\n|\n|\r|$)/i;

function separatorLine(text: string): { delimiter: ReadDelimiter; rest: string } | null {
  const m = SEP_LINE.exec(text);
  if (!m) return null;
  const named = m[1] === '\\t' ? '\t' : m[1];
  return { delimiter: named as ReadDelimiter, rest: text.slice(m[0].length) };
}

/** The file's text, past its `sep=` line, and the delimiter its records are read with. */
export function readTextSource(bytes: Uint8Array): TextSource {
  if (bytes.length > IMPORT_LIMITS.bytes)
    return { ok: false, problem: { code: 'tooLarge', max: IMPORT_LIMITS.bytes } };
  const decoded = looksLikeBareUtf16Le(bytes) ? decodeAs('utf-16le', bytes) : decodeText(bytes);
  if (!decoded.ok) return { ok: false, problem: { code: 'badEncoding' } };
  const sep = separatorLine(decoded.text);
  const text = sep?.rest ?? decoded.text;
  return { ok: true, text, delimiter: sep?.delimiter ?? detectDelimiter(text, [',', ';', '\t']) };
}
