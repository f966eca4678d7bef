import { isUniqueViolation } from '../database/unit-of-work';
import { bilingualDetail, DomainError, ErrorDetail } from './domain-error';

/*
 * The request errors services raise by hand, named once: a field the caller got wrong (400), a
 * date in the future, a list of details, and a unique key taken (409 DUPLICATE or another code).
 */

/** 400 VALIDATION_FAILED with one detail about `field`, in both languages (and the detail's code, if any). */
export function invalidField(field: string, vi: string, en: string, code?: string): DomainError {
  return new DomainError('VALIDATION_FAILED', {}, [bilingualDetail(field, vi, en, code)]);
}

/** 400 for a date (or year) after today: `<label> (<field>) không được ở trong tương lai`. */
export function futureDateError(field: string, label: string): DomainError {
  return invalidField(
    field,
    `${label} (${field}) không được ở trong tương lai`,
    `${field} must not be in the future`,
  );
}

/**
 * 400 for a day after today in the shorter wording the qms and records endpoints answer with:
 * `<label> không được ở tương lai` (kept apart from futureDateError so their messages do not change).
 */
export function futureDayError(field: string, label: string): DomainError {
  return invalidField(field, `${label} không được ở tương lai`, `${field} cannot be in the future`);
}

/** 400 VALIDATION_FAILED naming the first 100 details, when there are any. */
export function assertNoInvalid(details: ErrorDetail[]): void {
  if (details.length > 0) throw new DomainError('VALIDATION_FAILED', {}, details.slice(0, 100));
}

/** 409 DUPLICATE: another row of `resource` already has this value of `field`. */
export function duplicateError(resource: string, field: string, value: string | number): DomainError {
  return new DomainError('DUPLICATE', { resource, field, value: String(value) });
}

/**
 * Awaits `work`; a unique violation of one of the named constraints becomes that constraint's
 * error (any other failure is thrown as it is).
 */
export async function uniqueViolationAs<T>(
  work: Promise<T>,
  errors: Record<string, () => DomainError>,
): Promise<T> {
  try {
    return await work;
  } catch (error) {
    const constraint = Object.keys(errors).find((name) => isUniqueViolation(error, name));
    throw constraint ? errors[constraint]() : error;
  }
}
