import { channelInput, clientInput, postInput } from './inputs.ts';
import { pngFile } from './media-files.ts';

export type HostCall = (method: string, input: unknown) => Promise<Record<string, string>>;

/** A photo added to a post the way the composer does it, over HTTP; its SHA-256 names it under /media/. */
export async function hostedPhoto(call: HostCall): Promise<string> {
  const client = await call('clients.create', clientInput());
  const channel = await call('channels.create', channelInput(client.id ?? ''));
  const post = await call('posts.create', postInput(client.id ?? '', channel.id ?? ''));
  const bytes = pngFile(8, 8);
  const { uploadId } = await call('attachments.begin', {
    postId: post.id,
    name: 'vitrine.png',
    size: bytes.length,
  });
  await call('attachments.chunk', { uploadId, offset: 0, base64: bytes.toString('base64') });
  const attachment = await call('attachments.finish', { uploadId, width: 8, height: 8 });
  return attachment.sha256 ?? '';
}
