import { Zip, type AsyncFlateStreamHandler, type ZipInputFile } from 'fflate';
import { crc32, createDeflateRaw, type DeflateRaw } from 'node:zlib';

/** One part of the package: its path in the zip and its XML, whole or as a stream of pieces. */
export interface PackagePart {
  name: string;
  xml: string | Iterable<string>;
}

// XML is encoded into buffers of this size before zlib gets it: large enough that a hand-over
// costs nothing next to its compression, small enough that a 50 MB document never exists as one
// string or one buffer.
const BATCH_BYTES = 2 << 20;

// Buffers of encoded XML: one being filled while the others wait for or go through zlib. With three,
// encoding on the main thread and deflating on the threadpool overlap, and the memory stays ~6 MB.
const BUFFERS = 3;

// zlib's fastest level. On varied text (not the bench's ten repeated sentences) level 6 costs ~3 s of
// CPU for the ~50 MB document.xml of a 3,000-unit report and level 1 ~0.6 s, for a file ~15 % larger;
// the deflate runs beside the XML being written, and at level 6 it would be the whole compile's critical path.
const LEVEL = 1;

/**
 * A zip entry whose data Node's zlib compresses: several times faster than fflate's JavaScript
 * deflate on the ~50 MB document.xml of a 3,000-unit report, and on libuv's threadpool, so it runs
 * while the next pieces are written. fflate still writes the zip structure around it (ZipInputFile
 * is its documented interface for streams it does not compress).
 */
class NativeDeflateEntry implements ZipInputFile {
  readonly compression = 8;
  size = 0;
  crc = 0;
  ondata: AsyncFlateStreamHandler = () => {
    throw new Error('zip entry pushed before it was added to the zip');
  };

  constructor(
    readonly filename: string,
    readonly mtime: Date,
  ) {}
}

/** A waiting list of the buffers not in zlib's hands: taking one waits until zlib gives one back. */
class BufferPool {
  readonly #free: Uint8Array[];
  readonly #waiting: Array<(buffer: Uint8Array) => void> = [];

  constructor(count: number, bytes: number) {
    this.#free = Array.from({ length: count }, () => new Uint8Array(bytes));
  }

  take(): Promise<Uint8Array> | Uint8Array {
    return this.#free.pop() ?? new Promise((resolve) => this.#waiting.push(resolve));
  }

  give(buffer: Uint8Array): void {
    const waiter = this.#waiting.shift();
    if (waiter) waiter(buffer);
    else this.#free.push(buffer);
  }
}

/**
 * Encodes the XML into pooled buffers and writes them to one deflate stream: its output goes to
 * the entry as it comes, and the CRC and size are counted on the way in. A buffer goes back to the
 * pool only when zlib has consumed it (the write's callback), never while it is being read.
 */
async function deflateEntry(entry: NativeDeflateEntry, xml: string | Iterable<string>, pool: BufferPool): Promise<void> {
  // An output buffer as large as an input batch: zlib then hands each batch back in one round, where
  // a small one would need a round trip through the (busy) main thread for every 16 KB it fills.
  const deflate: DeflateRaw = createDeflateRaw({ level: LEVEL, chunkSize: typeof xml === 'string' ? undefined : BATCH_BYTES });
  // zlib's output buffers are its own ArrayBuffers, never shared ones.
  deflate.on('data', (chunk: Buffer<ArrayBuffer>) => entry.ondata(null, chunk, false));
  // A failed stream calls no more write callbacks: whatever waits for a buffer or the end waits for this too.
  const failed = new Promise<never>((_, reject) => deflate.once('error', reject));
  const ended = new Promise<void>((resolve) => deflate.once('end', resolve));
  const encoder = new TextEncoder();
  const take = () => Promise.race([pool.take(), failed]);
  let buffer = await take();
  let filled = 0;
  const write = (last: boolean): void => {
    const chunk = buffer.subarray(0, filled);
    entry.crc = crc32(chunk, entry.crc);
    entry.size += filled;
    const handed = buffer;
    if (last) deflate.end(chunk, () => pool.give(handed));
    else deflate.write(chunk, () => pool.give(handed));
  };
  for (let piece of typeof xml === 'string' ? [xml] : xml) {
    for (;;) {
      // encodeInto writes whole characters only, so `read` never splits a surrogate pair.
      const { read, written } = encoder.encodeInto(piece, buffer.subarray(filled));
      filled += written;
      if (read === piece.length) break;
      piece = piece.slice(read);
      write(false);
      buffer = await take();
      filled = 0;
    }
  }
  write(true);
  await Promise.race([ended, failed]);
  entry.ondata(null, new Uint8Array(0), true);
}

/** Zips the parts (in order, deflated) into one buffer; `modified` is the entries' timestamp. */
export async function zipParts(parts: PackagePart[], modified: Date): Promise<Buffer> {
  const output: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else output.push(chunk);
  });
  const pool = new BufferPool(BUFFERS, BATCH_BYTES);
  for (const part of parts) {
    const entry = new NativeDeflateEntry(part.name, modified);
    zip.add(entry);
    await deflateEntry(entry, part.xml, pool);
  }
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(output);
}
