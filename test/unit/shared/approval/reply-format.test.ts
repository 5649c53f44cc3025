import { describe, expect, it } from 'vitest';
import { decodeReply, encodeReply, type ReplyBody } from '../../../../shared/approval/reply-format.ts';

const body: ReplyBody = {
  v: 1,
  plan: '{"v":1,"id":"exp-1"}',
  sig: 'c2lnbmF0dXJl',
  answers: [{ p: 'post-1', a: 'changes', c: 'Plutôt la photo du fournil ✨' }],
  at: '2026-12-10T18:00:00.000Z',
  mac: 'A'.repeat(43),
};

describe('a reply as text in an e-mail', () => {
  it('reads back as it was written, accents and emoji included', () => {
    expect(decodeReply(encodeReply(body))).toEqual(body);
  });

  it('is still read when the mail program quoted it once, twice, or wrapped it in other text', () => {
    const text = encodeReply(body);
    const quoted = text.replace(/^/gm, '> ');
    const forwarded = quoted.replace(/^/gm, '> ');
    const nested = text.replace(/^/gm, '>> ');
    for (const mail of [quoted, forwarded, nested])
      expect(decodeReply(`Bonjour,\nvoici mes réponses :\n\n${mail}\nBien à vous`)).toEqual(body);
  });

  it('is not read when a character of it is lost or the markers are missing', () => {
    const text = encodeReply(body);
    const lines = text.split('\n');
    const damaged = [...lines.slice(0, 2), (lines[2] ?? '').slice(1), ...lines.slice(3)].join('\n');
    expect(decodeReply(damaged)).toBeNull();
    expect(decodeReply(lines.slice(1, -2).join('\n'))).toBeNull();
    expect(decodeReply('')).toBeNull();
  });
});
