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
  /** Releases connections. */
  close(): Promise<void>;
}

/** The key holds no bytes (never stored, or deleted). `code` is the one Node uses for a missing file. */
export class BlobNotFoundError extends Error {
  override name = 'BlobNotFoundError';
  readonly code = 'ENOENT';
  constructor(readonly key: string) {
    super(`no blob under key ${JSON.stringify(key)}`);
  }
}
