/**
 * DEFLATE for the zip layer in a browser page (src/web), where node's zlib does not exist.
 * The zip layer calls its codec synchronously while it reads a part, so the browser's own
 * DecompressionStream (promises only) cannot serve without making the whole .xlsx layer
 * async; fflate is the field's small synchronous DEFLATE in plain JavaScript (8 kB, no
 * dependencies), the fastest portable one measured in zip.ts. It checks no CRC, so the
 * zip layer's own CRC-32 does.
 */
import { deflateSync, inflateSync } from 'fflate';
import { type Codec, crc32 } from './zip';

export const browserCodec: Codec = {
  // Inflated into a buffer of the size the directory states: a zip bomb stops there (fflate
  // does not grow a buffer it was given), and a shorter or longer stream fails the size or CRC check.
  inflate: (data, size) => inflateSync(data, { out: new Uint8Array(size) }),
  deflate: (data) => deflateSync(data, { level: 6 }),
  crc32: (data) => crc32(data),
};
