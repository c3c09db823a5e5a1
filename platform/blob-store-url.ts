// Where blobs live: the directory by default, or the S3 bucket named by BLOB_STORE_URL (parsed and checked here).

export interface S3Ziel {
  art: 's3';
  bucket: string;
  /** Prepended to every key ('' or ending in '/'), so several installations can share a bucket. */
  prefix: string;
  /** An S3-compatible server; unset means AWS itself. */
  endpoint: string | undefined;
  region: string;
  forcePathStyle: boolean;
  /** From AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY; unset means the SDK's default chain (profile, instance role …). */
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string } | undefined;
}

export type BlobStoreZiel = { art: 'verzeichnis'; verzeichnis: string } | S3Ziel;

const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const PARAMETER = new Set(['endpoint', 'region', 'forcePathStyle']);

/** Parses `s3://bucket[/prefix]?endpoint=…&region=…&forcePathStyle=true`; throws an Error saying what is wrong. */
export function s3ZielAusUrl(
  wert: string,
  env: { AWS_REGION?: string; AWS_ACCESS_KEY_ID?: string; AWS_SECRET_ACCESS_KEY?: string; AWS_SESSION_TOKEN?: string },
): S3Ziel {
  let url: URL;
  try {
    url = new URL(wert);
  } catch {
    throw new Error('is not a URL');
  }
  if (url.protocol !== 's3:') throw new Error('must start with s3://');
  if (url.username || url.password)
    throw new Error('must not carry credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY');
  if (url.port) throw new Error('names the bucket after s3://, the server goes into ?endpoint=');
  if (!BUCKET.test(url.hostname)) throw new Error('needs a bucket name after s3:// (3–63 of a-z, 0-9, ".", "-")');
  for (const name of url.searchParams.keys())
    if (!PARAMETER.has(name))
      throw new Error(`has an unknown parameter "${name}" (known: ${[...PARAMETER].join(', ')})`);
  const endpoint = url.searchParams.get('endpoint') ?? undefined;
  if (endpoint !== undefined) {
    let protokoll = '';
    try {
      protokoll = new URL(endpoint).protocol;
    } catch {
      // reported below
    }
    if (protokoll !== 'http:' && protokoll !== 'https:') throw new Error('endpoint must be an http:// or https:// URL');
  }
  const pfadStil = url.searchParams.get('forcePathStyle') ?? 'false';
  if (pfadStil !== 'true' && pfadStil !== 'false') throw new Error('forcePathStyle must be true or false');
  const region = url.searchParams.get('region') || env.AWS_REGION || 'us-east-1';
  const prefix = decodeURIComponent(url.pathname).replace(/^\/+|\/+$/g, '');
  if (Boolean(env.AWS_ACCESS_KEY_ID) !== Boolean(env.AWS_SECRET_ACCESS_KEY))
    throw new Error('needs both AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or neither');
  return {
    art: 's3',
    bucket: url.hostname,
    prefix: prefix ? `${prefix}/` : '',
    endpoint,
    region,
    forcePathStyle: pfadStil === 'true',
    credentials: env.AWS_ACCESS_KEY_ID
      ? {
          accessKeyId: env.AWS_ACCESS_KEY_ID,
          secretAccessKey: env.AWS_SECRET_ACCESS_KEY!,
          ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
        }
      : undefined,
  };
}
