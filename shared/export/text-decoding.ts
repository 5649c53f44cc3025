/**
 * Text files from spreadsheets: UTF-8 with or without a byte-order mark, or UTF-16 with one
 * (Excel's "Unicode text"). Anything else — typically Windows-1252 from an older Excel — is
 * refused rather than guessed: a wrong guess would silently garble every accented letter.
 */
export type Decoded = { ok: true; text: string } | { ok: false };

/** Bytes in a known encoding; the imports use it for UTF-16 recognised without its mark. */
export function decodeAs(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): Decoded {
  try {
    // `fatal` throws on the first byte sequence that is not valid in the encoding; the default
    // ignoreBOM: false drops the byte-order mark matching the encoding.
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    // UTF-16 read as UTF-8 is "valid" but full of NULs, which no CSV holds.
    return text.includes('\0') ? { ok: false } : { ok: true, text };
  } catch {
    return { ok: false };
  }
}

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs('utf-16le', bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs('utf-16be', bytes);
  return decodeAs('utf-8', bytes);
}
