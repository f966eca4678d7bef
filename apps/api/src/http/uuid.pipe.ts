import { ParseUUIDPipe } from '@nestjs/common';
import { DomainError, bilingualDetail } from '@app/platform';

/** Path ids must be UUIDs; anything else is a 400 with the error shape of the API. */
export const uuidPipe = new ParseUUIDPipe({
  exceptionFactory: () =>
    new DomainError('VALIDATION_FAILED', {}, [
      bilingualDetail('id', 'Mã định danh (id) phải là UUID hợp lệ', 'id must be a UUID'),
    ]),
});
