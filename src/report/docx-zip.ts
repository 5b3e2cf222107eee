import { Zip, type AsyncFlateStreamHandler, type ZipInputFile } from 'fflate';
import { constants, crc32, deflateRawSync } from 'node:zlib';

/** One part of the package: its path in the zip and its XML, whole or as a stream of pieces. */
export interface PackagePart {
  name: string;
  xml: string | Iterable<string>;
}

// Pieces of XML are gathered to about this many UTF-16 units before they are encoded and
// compressed: large enough that zlib works efficiently, small enough that a 50 MB document
// never exists as one string or one buffer.
const BATCH_CHARS = 1 << 20;

/**
 * A zip entry whose data Node's zlib compresses and checksums: several times faster than fflate's
 * JavaScript deflate and CRC-32 on the ~50 MB document.xml of a 3,000-unit report; fflate still writes
 * the zip structure around it (ZipInputFile is its documented interface for streams it does not compress).
 * Each batch is sync-flushed, so the concatenated pieces form one valid deflate stream.
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

  push(chunk: Uint8Array, final = false): void {
    this.crc = crc32(chunk, this.crc);
    this.size += chunk.length;
    const compressed = deflateRawSync(chunk, { level: 6, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH });
    this.ondata(null, new Uint8Array(compressed.buffer, compressed.byteOffset, compressed.byteLength), final);
  }
}

function* batches(xml: string | Iterable<string>): Generator<string> {
  if (typeof xml === 'string') {
    yield xml;
    return;
  }
  let pending: string[] = [];
  let length = 0;
  for (const piece of xml) {
    pending.push(piece);
    length += piece.length;
    if (length >= BATCH_CHARS) {
      yield pending.join('');
      pending = [];
      length = 0;
    }
  }
  yield pending.join('');
}

/**
 * Encodes each batch into one reused buffer. A fresh Buffer per batch would live outside the
 * JavaScript heap until the next full GC, and tens of them (~1–3 MB each) add up to tens of
 * MB of peak memory; reuse is safe because every push is compressed before it returns.
 */
function utf8Writer(): (text: string) => Uint8Array {
  const encoder = new TextEncoder();
  let scratch = new Uint8Array(0);
  return (text) => {
    // A UTF-16 unit never takes more than 3 bytes in UTF-8.
    if (scratch.length < text.length * 3) scratch = new Uint8Array(text.length * 3);
    const { written } = encoder.encodeInto(text, scratch);
    return scratch.subarray(0, written);
  };
}

/** Zips the parts (in order, deflated) into one buffer; `modified` is the entries' timestamp. */
export function zipParts(parts: PackagePart[], modified: Date): Buffer {
  const utf8 = utf8Writer();
  const output: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else output.push(chunk);
  });
  for (const part of parts) {
    const entry = new NativeDeflateEntry(part.name, modified);
    zip.add(entry);
    let previous: string | undefined;
    // One batch is held back so the last one can be pushed as final.
    for (const batch of batches(part.xml)) {
      if (previous !== undefined) entry.push(utf8(previous));
      previous = batch;
    }
    entry.push(utf8(previous ?? ''), true);
  }
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(output);
}
