import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The secret an exported plan and its client's reply are signed with (issue 17). It stays in the
 * data folder, beside the database and never inside an exported file, so a reply that was altered,
 * or made for another plan, cannot carry a signature that checks.
 */
export const APPROVAL_KEY_FILE = 'approval.key';
const KEY_BYTES = 32;

/** The folder's key if it has one: a reply is checked against it, never by making one. */
export function existingApprovalKey(dataDir: string): Buffer | null {
  try {
    const key = readFileSync(join(dataDir, APPROVAL_KEY_FILE));
    return key.length === KEY_BYTES ? key : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * The folder's key, made on first use. A file that is not a key (truncated, edited) is replaced:
 * plans signed with the lost key are then flagged as not matching, never trusted.
 */
export function approvalKey(dataDir: string): Buffer {
  const existing = existingApprovalKey(dataDir);
  if (existing) return existing;
  const path = join(dataDir, APPROVAL_KEY_FILE);
  const key = randomBytes(KEY_BYTES);
  // Written whole under another name, then renamed: a crash never leaves half a key.
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, key, { mode: 0o600, flush: true });
  renameSync(temp, path);
  return key;
}

/** The signature of a text: HMAC-SHA-256, in base64url so it travels in a file or an e-mail. */
export const signText = (key: Buffer, text: string): string =>
  createHmac('sha256', key).update(text, 'utf8').digest('base64url');

/** Whether `signature` is this key's for `text`, compared in constant time. */
export function signatureMatches(key: Buffer, text: string, signature: string): boolean {
  const expected = Buffer.from(signText(key, text), 'base64url');
  const given = Buffer.from(signature, 'base64url');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
