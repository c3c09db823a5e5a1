// Deletes intermediate blobs (uploads, prepared parts) once the merged PDF is filed: keep no more than needed.
import type { BlobStore } from '../platform/blob-store.js';

export function createBlobActivities({ blobs }: { blobs: BlobStore }) {
  return {
    async blobsLoeschen({ keys }: { keys: string[] }): Promise<void> {
      await blobs.deleteMany(keys);
    },
  };
}
