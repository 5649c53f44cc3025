/** Small enough for a card, sharp enough for the composer's strip. */
const THUMB_SIZE = 320;

export interface Thumbnail {
  width: number;
  height: number;
  /** A small WebP, or null when the browser cannot draw the file (HEIC, an unknown codec). */
  blob: Blob | null;
}

function scaled(source: CanvasImageSource, width: number, height: number): Promise<Blob | null> {
  const ratio = Math.min(1, THUMB_SIZE / Math.max(width, height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * ratio));
  canvas.height = Math.max(1, Math.round(height * ratio));
  canvas.getContext('2d')?.drawImage(source, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/webp', 0.8));
}

async function imageThumbnail(file: File): Promise<Thumbnail> {
  const bitmap = await createImageBitmap(file);
  try {
    return {
      width: bitmap.width,
      height: bitmap.height,
      blob: await scaled(bitmap, bitmap.width, bitmap.height),
    };
  } finally {
    bitmap.close();
  }
}

/** A video the browser cannot decode may never say so: the upload goes on without a picture. */
const VIDEO_FRAME_TIMEOUT_MS = 10_000;

/** A video's first frame, as the networks show it before it plays. */
function videoThumbnail(file: File): Promise<Thumbnail> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(file);
    const video = document.createElement('video');
    video.muted = true;
    video.preload = 'auto';
    const timer = setTimeout(() => {
      done();
      reject(new Error('no frame in time'));
    }, VIDEO_FRAME_TIMEOUT_MS);
    const done = () => {
      clearTimeout(timer);
      URL.revokeObjectURL(url);
    };
    video.onloadeddata = () => {
      video.currentTime = Math.min(0.5, video.duration / 2 || 0);
    };
    video.onseeked = () => {
      scaled(video, video.videoWidth, video.videoHeight)
        .then((blob) => resolve({ width: video.videoWidth, height: video.videoHeight, blob }))
        .catch(reject)
        .finally(done);
    };
    video.onerror = () => {
      done();
      reject(new Error('video not readable'));
    };
    video.src = url;
  });
}

/** The file's size in pixels and a small picture of it; a file the browser cannot read still gets added. */
export async function makeThumbnail(file: File): Promise<Thumbnail | null> {
  try {
    return file.type.startsWith('video/') ? await videoThumbnail(file) : await imageThumbnail(file);
  } catch {
    return null;
  }
}
