import { ParseUUIDPipe } from '@nestjs/common';
import { DomainError } from '@app/platform';

/** Path ids must be UUIDs; anything else is a 400 with the error shape of the API. */
export const uuidPipe = new ParseUUIDPipe({
  exceptionFactory: () =>
    new DomainError('VALIDATION_FAILED', {}, [{ field: 'id', message: 'id must be a UUID' }]),
});
