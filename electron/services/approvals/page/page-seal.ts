import type { PageGlobals } from './page-dom.ts';

export interface SealInput {
  v: number;
  plan: string;
  sig: string;
  replyKey: string;
  begin: string;
  end: string;
}

export interface SealAnswer {
  p: string;
  a: 'approved' | 'changes';
  c: string;
}

/**
 * The reply as `encodeReply` of shared/approval/reply-format.ts writes it, sealed with the plan's
 * reply key. The page cannot import that module, so this redoes it; the tests decode its output
 * with the module itself to prove both agree. Embedded in the page as its source text, it names
 * nothing outside its body but types; it runs in the browser and, for the tests, in Node.
 */
export async function sealReply(input: SealInput, answers: SealAnswer[], at: string): Promise<string> {
  const subtle = (globalThis as unknown as PageGlobals).crypto.subtle;
  if (!subtle) throw new Error('This page is not a secure context: no subtle crypto.');
  const bytes = (text: string) => new TextEncoder().encode(text);
  const base64url = (data: Uint8Array): string => {
    let binary = '';
    for (const b of data) binary += String.fromCharCode(b);
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  };
  const key = await subtle.importKey('raw', bytes(input.replyKey), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  // Keys in the order p, a, c, as `sealedText` stringifies them on the other side.
  const list = answers.map(({ p, a, c }) => ({ p, a, c }));
  const sealed = `${input.sig}\n${JSON.stringify(list)}\n${at}`;
  const mac = base64url(new Uint8Array(await subtle.sign('HMAC', key, bytes(sealed))));
  const body = { v: input.v, plan: input.plan, sig: input.sig, answers: list, at, mac };
  const lines = base64url(bytes(JSON.stringify(body))).match(/.{1,64}/g) ?? [];
  return [input.begin, ...lines, input.end, ''].join('\n');
}
