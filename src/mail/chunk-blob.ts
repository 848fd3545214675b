/**
 * postal-mime joins every decoded part (base64, quoted-printable, plain) through
 * `new Blob(chunks).arrayBuffer()`. On Node 20 reading a Blob back goes through a stream, a
 * few microtasks per chunk: over half of parsing an mbox went there. This Blob is a real one
 * (built from the same parts, so anything that reads it natively sees the same bytes), but
 * keeps its parts and answers arrayBuffer() and text() with one copy of them.
 *
 * Installed only in the mbox parsing thread, which runs nothing but the reader and the parser.
 */
export function installChunkBlob(): void {
  const NativeBlob = globalThis.Blob;
  if ((NativeBlob as { isChunkBlob?: boolean }).isChunkBlob) return;
  const encoder = new TextEncoder();

  class ChunkBlob extends NativeBlob {
    static isChunkBlob = true;
    readonly #parts: readonly BlobPart[];

    constructor(parts: BlobPart[] = [], options?: BlobPropertyBag) {
      super(parts, options);
      this.#parts = [...parts];
    }

    /** The parts as bytes, or null when one is itself a Blob (then it is read natively). */
    #bytes(): Uint8Array[] | null {
      const bytes: Uint8Array[] = [];
      for (const part of this.#parts) {
        if (typeof part === 'string') bytes.push(encoder.encode(part));
        else if (part instanceof ArrayBuffer) bytes.push(new Uint8Array(part));
        else if (ArrayBuffer.isView(part))
          bytes.push(new Uint8Array(part.buffer, part.byteOffset, part.byteLength));
        else return null;
      }
      return bytes;
    }

    override async arrayBuffer(): Promise<ArrayBuffer> {
      const bytes = this.#bytes();
      if (!bytes) return super.arrayBuffer();
      const joined = new Uint8Array(this.size);
      let at = 0;
      for (const b of bytes) {
        joined.set(b, at);
        at += b.byteLength;
      }
      return joined.buffer;
    }

    override async text(): Promise<string> {
      return new TextDecoder().decode(await this.arrayBuffer());
    }
  }

  globalThis.Blob = ChunkBlob;
}
