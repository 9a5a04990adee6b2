import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError } from '../../common/problem/domain-error';

/** The two formats a PDF embeds as they are (the schema's check constraint allows only these). */
export type LogoMediaType = 'image/png' | 'image/jpeg';

export interface LibraryLogo {
  data: Buffer;
  mediaType: LogoMediaType;
}

/** The schema's limit (octet_length(logo) ≤ 262144): plenty for a logo printed about 2 inches wide. */
export const LOGO_MAX_BYTES = 256 * 1024;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** What the file's first bytes say it is; the declared Content-Type is only a hint (browsers mislabel files). */
export function imageTypeOf(data: Buffer): LogoMediaType | null {
  // A PNG starts with its signature and then its IHDR chunk (the image's size); without it no reader can draw it.
  if (data.length > 24 && data.subarray(0, 8).equals(PNG_SIGNATURE) && data.subarray(12, 16).toString('latin1') === 'IHDR') return 'image/png';
  if (data.length > 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  return null;
}

function invalid(message: string): DomainError {
  return new DomainError('validation_failed', message, [{ field: 'logo', message }]);
}

function tooLarge(bytes: number | null): DomainError {
  const size = bytes === null ? 'larger than 256 KB' : `${Math.ceil(bytes / 1024).toLocaleString('en-US')} KB`;
  return new DomainError(
    'body_too_large',
    `The logo is ${size}; a logo can be at most 256 KB. Save it smaller (a PNG or JPEG about 600 pixels wide is plenty for a report) and try again.`,
  );
}

/**
 * The logo sent as the raw request body (Content-Type image/png or image/jpeg), read here rather than by a body
 * parser so its own limit and its own words apply. A body over the limit is refused as soon as that is known; Node
 * discards the rest of it.
 */
export async function readLogoUpload(req: FastifyRequest): Promise<LibraryLogo> {
  const declaredType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (declaredType !== 'image/png' && declaredType !== 'image/jpeg') {
    throw invalid('Send the logo as a PNG or JPEG image (Content-Type image/png or image/jpeg).');
  }
  const declaredLength = Number(req.headers['content-length']);
  if (Number.isFinite(declaredLength) && declaredLength > LOGO_MAX_BYTES) throw tooLarge(declaredLength);
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of req.raw as AsyncIterable<Buffer>) {
    length += chunk.length;
    if (length > LOGO_MAX_BYTES) throw tooLarge(null);
    chunks.push(chunk);
  }
  if (length === 0) throw invalid('The logo file is empty. Choose a PNG or JPEG image.');
  const data = Buffer.concat(chunks, length);
  const mediaType = imageTypeOf(data);
  if (!mediaType) throw invalid('This file is not a PNG or JPEG image. Save the logo as PNG or JPEG and try again.');
  return { data, mediaType };
}

/**
 * Any image body reaches the route unread (Fastify refuses media types it has no parser for with 415), so that
 * readLogoUpload applies its own limit and words, and a GIF is told what to send instead.
 */
export function acceptLogoUploads(fastify: FastifyInstance): void {
  fastify.addContentTypeParser(/^image\//, (_request, _payload, done) => done(null, undefined));
}
