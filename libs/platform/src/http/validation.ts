import { PipeTransform, ValidationError, ValidationPipe } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DomainError, ErrorDetail, bilingualDetail } from '../errors/domain-error';
import { memoizeValidationMetadata } from './validation-metadata-memo';
import { vietnameseConstraintMessage } from './validation-messages';

function flatten(errors: ValidationError[], prefix = ''): ErrorDetail[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([code, message]) =>
      bilingualDetail(
        field,
        vietnameseConstraintMessage(error, code, field),
        code === 'whitelistValidation' ? `${field} is not an accepted field` : message,
        code,
      ),
    );
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Unknown fields and wrong types are refused with a 400 listing every bad field. */
export function createValidationPipe(): ValidationPipe {
  memoizeValidationMetadata();
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    stopAtFirstError: false,
    // the target lets the messages read each constraint's arguments (see validation-messages.ts)
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => new DomainError('VALIDATION_FAILED', {}, flatten(errors)),
  });
}

/** Validates a JSON array body item by item, with the same rules and error details as the global pipe. */
export class ValidatedArrayPipe<T extends object> implements PipeTransform<unknown, Promise<T[]>> {
  constructor(
    private readonly itemClass: new () => T,
    private readonly maxItems = 100,
  ) {}

  async transform(value: unknown): Promise<T[]> {
    if (!Array.isArray(value)) {
      throw new DomainError('VALIDATION_FAILED', {}, [
        bilingualDetail('body', 'Nội dung yêu cầu phải là một danh sách JSON', 'body must be an array'),
      ]);
    }
    if (value.length > this.maxItems) {
      throw new DomainError('VALIDATION_FAILED', {}, [
        bilingualDetail(
          'body',
          `Danh sách có tối đa ${this.maxItems} phần tử`,
          `at most ${this.maxItems} items`,
        ),
      ]);
    }
    const items = value.map((item) => plainToInstance(this.itemClass, item as object));
    const details: ErrorDetail[] = [];
    for (const [index, item] of items.entries()) {
      if (typeof value[index] !== 'object' || value[index] === null) {
        details.push(
          bilingualDetail(
            `[${index}]`,
            'Mỗi phần tử phải là một đối tượng JSON',
            'each item must be an object',
          ),
        );
        continue;
      }
      const errors = await validate(item, {
        whitelist: true,
        forbidNonWhitelisted: true,
        validationError: { target: true, value: false },
      });
      details.push(...flatten(errors, `[${index}]`));
    }
    if (details.length > 0) throw new DomainError('VALIDATION_FAILED', {}, details);
    return items;
  }
}
