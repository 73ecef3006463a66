/** Container image references split into what operators ask about: repository, tag, digest. */

export interface ImageRef {
  /** The reference as the pod spec has it. */
  readonly image: string;
  /** Registry and path, without tag or digest. */
  readonly repository: string;
  /** The tag; `latest` when the reference has neither tag nor digest, as the runtime reads it. */
  readonly tag: string | null;
  /** `sha256:...` when the reference pins a digest. */
  readonly digest: string | null;
}

export function parseImage(image: string): ImageRef {
  const at = image.indexOf('@');
  const digest = at >= 0 ? image.slice(at + 1) : null;
  const named = at >= 0 ? image.slice(0, at) : image;
  // A colon after the last slash is a tag; one before it belongs to a registry host:port.
  const colon = named.lastIndexOf(':');
  const hasTag = colon > named.lastIndexOf('/');
  const repository = hasTag ? named.slice(0, colon) : named;
  const tag = hasTag ? named.slice(colon + 1) : digest ? null : 'latest';
  return { image, repository, tag, digest };
}

/** Short form for a table: `repo:tag`, `repo@sha256:0123456789ab` (12 hex digits of the digest). */
export function shortImage(ref: ImageRef): string {
  if (ref.digest) {
    const [algorithm, hex = ''] = ref.digest.split(':');
    return `${ref.repository}${ref.tag ? `:${ref.tag}` : ''}@${algorithm}:${hex.slice(0, 12)}`;
  }
  return `${ref.repository}:${ref.tag}`;
}
