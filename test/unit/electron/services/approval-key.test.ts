import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  APPROVAL_KEY_FILE,
  approvalKey,
  signatureMatches,
  signText,
} from '../../../../electron/services/approvals/approval-key.ts';

const folders: string[] = [];
const dataDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'calepin-key-'));
  folders.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("the data folder's approval key", () => {
  it('is made once, kept private, and read again the same', () => {
    const dir = dataDir();
    const key = approvalKey(dir);
    expect(key).toHaveLength(32);
    expect(approvalKey(dir).equals(key)).toBe(true);
    if (process.platform !== 'win32') expect(statSync(join(dir, APPROVAL_KEY_FILE)).mode & 0o777).toBe(0o600);
  });

  it('is replaced when the file is not a key, so nothing signed before is trusted', () => {
    const dir = dataDir();
    const before = approvalKey(dir);
    const signed = signText(before, 'plan');
    writeFileSync(join(dir, APPROVAL_KEY_FILE), 'short');
    const after = approvalKey(dir);
    expect(after).toHaveLength(32);
    expect(readFileSync(join(dir, APPROVAL_KEY_FILE)).equals(after)).toBe(true);
    expect(signatureMatches(after, 'plan', signed)).toBe(false);
  });
});

describe('a signature', () => {
  it('matches its text and key only', () => {
    const key = approvalKey(dataDir());
    const other = approvalKey(dataDir());
    const text = JSON.stringify({ plan: 'semaine du 14 décembre', posts: ['a', 'b'] });
    const signature = signText(key, text);
    expect(signature).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(signatureMatches(key, text, signature)).toBe(true);
    expect(signatureMatches(key, text.replace('14', '15'), signature)).toBe(false);
    expect(signatureMatches(other, text, signature)).toBe(false);
    expect(signatureMatches(key, text, signature.slice(1))).toBe(false);
    expect(signatureMatches(key, text, '')).toBe(false);
  });
});
