// The narrow stream interface every blob backend (directory, S3) implements, and its one failure.
import type { Readable } from 'node:stream';

/**
 * What a storage backend must do, bytes in and out as streams. Keep it this narrow: encryption at rest
 * wraps an adapter, so everything a backend offers beyond these calls would have to be encrypted too.
 */
export interface BlobAdapter {
  /** Stores the whole stream under the key, atomically: the key holds all bytes or none. */
  write(key: string, body: Readable): Promise<void>;
  /** Rejects with BlobNotFoundError when the key holds nothing. */
  read(key: string): Promise<Readable>;
  /** Rejects with BlobNotFoundError when the key holds nothing. */
  size(key: string): Promise<number>;
  /** Nothing happens for a missing key. */
  delete(key: string): Promise<void>;
  /** Resolves when the store answers and its bucket or directory exists; for readiness. */
  erreichbar(): Promise<void>;
  /** Every key that holds bytes, in no particular order (for the key rotation run); objects being written are left out. */
  list(): AsyncIterable<string>;
  /**
   * Every key after `nach` (all without it) in ascending order of its characters, as S3 lists them, with when its bytes
   * were last written; objects being written are left out. For the orphan sweep, which goes on from where it stopped.
   */
  auflisten(nach?: string): AsyncIterable<BlobEintrag>;
  /** Releases connections. */
  close(): Promise<void>;
}

/** One stored object as a listing names it. */
export interface BlobEintrag {
  key: string;
  geschriebenAm: Date;
}

/** The key holds no bytes (never stored, or deleted). `code` is the one Node uses for a missing file. */
export class BlobNotFoundError extends Error {
  override name = 'BlobNotFoundError';
  readonly code = 'ENOENT';
  constructor(readonly key: string) {
    super(`no blob under key ${JSON.stringify(key)}`);
  }
}
