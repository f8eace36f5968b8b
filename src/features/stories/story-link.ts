// A whole story in a link: its JSON deflated (CompressionStream 'deflate-raw'), in base64url, after `z1.`.
import { MAX_STORY_VALUE } from '@/state/url-keys';
import { storySchema, type Story } from './story-schema';

const PREFIX = 'z1.';
/** Far above any story the format allows; a crafted link cannot make the page inflate more. */
const MAX_INFLATED = 256 * 1024;

async function readAll(readable: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
  const reader = readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new Error('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

async function transform(
  bytes: Uint8Array<ArrayBuffer>,
  stream: CompressionStream | DecompressionStream,
  limit: number,
): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  // Not awaited: the writes settle only as the other end is read.
  const written = writer.write(bytes).then(() => writer.close());
  try {
    return await readAll(stream.readable, limit);
  } finally {
    // A broken input fails both ends; the reading end's error is the one reported.
    await written.catch(() => undefined);
  }
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The `story` link value for a story (always; whether it fits a link is `fitsLink`'s question). */
export async function encodeStory(story: Story): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(story));
  const packed = await transform(json, new CompressionStream('deflate-raw'), Infinity);
  return PREFIX + toBase64Url(packed);
}

/** The story a `z1.` link value carries, validated like a file, or null when it cannot be read. */
export async function decodeStory(value: string): Promise<Story | null> {
  if (!value.startsWith(PREFIX)) return null;
  try {
    const packed = fromBase64Url(value.slice(PREFIX.length));
    const json = await transform(packed, new DecompressionStream('deflate-raw'), MAX_INFLATED);
    const parsed = storySchema.safeParse(JSON.parse(new TextDecoder().decode(json)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Whether a link value is short enough for the `story` key (MAX_STORY_VALUE characters). */
export function fitsLink(value: string): boolean {
  return value.length <= MAX_STORY_VALUE;
}
