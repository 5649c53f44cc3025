import { inflateRawSync } from 'node:zlib';
import { IMPORT_LIMITS } from '../../../shared/imports/limits.ts';
import type { FileProblem } from '../../../shared/imports/problems.ts';

/** One file inside a zip, as its central directory lists it. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export type ZipListing = { ok: true; entries: ZipEntry[] } | { ok: false; problem: FileProblem };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** The end record is 22 bytes, followed by a comment of at most 65,535. */
const EOCD_SEARCH = 22 + 0xffff;

export const isZip = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

const unreadable: ZipListing = { ok: false, problem: { code: 'unreadableArchive' } };

function endRecord(buf: Buffer): number {
  for (let at = buf.length - 22; at >= Math.max(0, buf.length - EOCD_SEARCH); at--)
    if (buf.readUInt32LE(at) === EOCD) return at;
  return -1;
}

/**
 * The zip's entries, from its central directory, checked against the limits before a byte is
 * expanded: too many entries, sizes adding up past the limit, encryption and ZIP64 (which no
 * export of this size needs) are refused here.
 */
export function listZip(bytes: Uint8Array): ZipListing {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endRecord(buf);
  if (end < 0) return unreadable;
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff) return unreadable;
  if (count > IMPORT_LIMITS.zipEntries)
    return { ok: false, problem: { code: 'zipTooManyEntries', max: IMPORT_LIMITS.zipEntries } };
  const entries: ZipEntry[] = [];
  let expanded = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL) return unreadable;
    const flags = buf.readUInt16LE(at + 8);
    const nameLength = buf.readUInt16LE(at + 28);
    const entry: ZipEntry = {
      method: buf.readUInt16LE(at + 10),
      compressedSize: buf.readUInt32LE(at + 20),
      size: buf.readUInt32LE(at + 24),
      name: buf.toString('utf8', at + 46, at + 46 + nameLength),
      localOffset: buf.readUInt32LE(at + 42),
    };
    if (flags & 1) return { ok: false, problem: { code: 'encrypted' } };
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) return unreadable;
    expanded += entry.size;
    if (expanded > IMPORT_LIMITS.zipExpanded)
      return { ok: false, problem: { code: 'zipTooLarge', max: IMPORT_LIMITS.zipExpanded } };
    entries.push(entry);
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return { ok: true, entries };
}

/**
 * An entry's bytes, expanded no further than the size the directory declared: a zip that lies
 * about its sizes (to slip a bomb past `listZip`) is refused, not expanded.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL) return null;
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const data = buf.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) return null;
  if (entry.method === STORED) return data.length === entry.size ? data : null;
  if (entry.method !== DEFLATED) return null;
  try {
    // One byte more than declared: an entry that fills it expands past what it claimed.
    const out = inflateRawSync(data, { maxOutputLength: entry.size + 1 });
    return out.length === entry.size ? out : null;
  } catch {
    return null;
  }
}
