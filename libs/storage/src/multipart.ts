import busboy from 'busboy';
import type { Request } from 'express';
import { DomainError } from '@app/platform';

/**
 * A multipart parser for the request's body (names decoded as UTF-8) with these limits; 400
 * UPLOAD_MALFORMED when the request's headers do not describe a multipart body.
 */
export function multipartParser(request: Request, limits: busboy.Limits): busboy.Busboy {
  try {
    return busboy({ headers: request.headers, limits, defParamCharset: 'utf8' });
  } catch {
    throw new DomainError('UPLOAD_MALFORMED', { reason: 'bad multipart headers' });
  }
}
