/**
 * The long parts of a share link (answers `a=`, a pasted table `t=`): deflate-raw through CompressionStream, then
 * base64url, with a leading `z` (or `j` for uncompressed JSON where CompressionStream is missing), and the bounds
 * on what a link may unpack. A link comes from anyone, so every bound is checked before the work it guards: the
 * packed length before anything is decoded, the unpacked size while decompressing (the stream is cancelled at the
 * bound, so a small link of a thousandfold compression never fills memory), and the count of units before a form
 * is drawn (state.ts). A link the page writes never exceeds them: a part that would is left out of the link.
 */

/** What a link may carry. */
export const LINK_LIMITS = Object.freeze({
  /** Characters of one packed part (`a=` or `t=`). */
  packedChars: 100_000,
  /** UTF-8 bytes of the table once unpacked. */
  tableBytes: 1_000_000,
  /** UTF-8 bytes of the answers once unpacked. */
  answersBytes: 200_000,
  /** Units of answers drawn from a link (each unit is a form of every indicator). */
  units: 100,
});

/** A long part of the link. */
export type LinkPart = 'table' | 'answers';

/** Why a part of a link was not opened. */
export type LinkProblem =
  | { readonly kind: 'long'; readonly part: LinkPart; readonly chars: number }
  | { readonly kind: 'big'; readonly part: LinkPart }
  | { readonly kind: 'units'; readonly units: number }
  | { readonly kind: 'count' };

/** The unpacked bytes allowed for a part. */
export const unpackedLimit = (part: LinkPart): number => (part === 'table' ? LINK_LIMITS.tableBytes : LINK_LIMITS.answersBytes);

/** Packs a text for the link; `null` when the part would exceed what a link may carry. */
export async function pack(text: string, part: LinkPart): Promise<string | null> {
  const bytes = new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;
  if (bytes.length > unpackedLimit(part)) return null;
  let packed: string;
  if (typeof CompressionStream === 'undefined') packed = `j${toBase64Url(bytes)}`;
  else {
    const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    packed = `z${toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()))}`;
  }
  return packed.length > LINK_LIMITS.packedChars ? null : packed;
}

/**
 * Unpacks a part of a link within the bounds: `{ text }`, `{ problem }` when a bound is passed (nothing beyond it
 * is decoded), or `null` for a part that is not a packed text at all (ignored, as any unreadable parameter).
 */
export async function unpack(packed: string, part: LinkPart): Promise<{ text: string } | { problem: LinkProblem } | null> {
  if (packed.length > LINK_LIMITS.packedChars) return { problem: { kind: 'long', part, chars: packed.length } };
  const limit = unpackedLimit(part);
  try {
    const bytes = fromBase64Url(packed.slice(1));
    if (packed.startsWith('j')) {
      return bytes.length > limit ? { problem: { kind: 'big', part } } : { text: new TextDecoder().decode(bytes) };
    }
    if (!packed.startsWith('z') || typeof DecompressionStream === 'undefined') return null;
    const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > limit) {
        await reader.cancel();
        return { problem: { kind: 'big', part } };
      }
      chunks.push(value);
    }
    const all = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) {
      all.set(chunk, at);
      at += chunk.length;
    }
    return { text: new TextDecoder().decode(all) };
  } catch {
    return null;
  }
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
