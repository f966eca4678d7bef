import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { stack } from './decorator-stack';

export * from './list-fields';
export { stack } from './decorator-stack';

/**
 * The DTO field rules that recur across the libs, each one decorator: the same OpenAPI schema and
 * the same validation messages as the stacks they replace. Lists of values are in list-fields.ts.
 */
export type Doc = ApiPropertyOptions;

/**
 * For `@Transform` on boolean query parameters: `'true'` and `'false'` become booleans; anything
 * else passes through unchanged so `@IsBoolean` refuses it with a 400.
 */
export const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

export const UuidField = (doc: Doc = {}) => stack(ApiProperty({ format: 'uuid', ...doc }), IsUUID());

export const OptionalUuid = (doc: Doc = {}) =>
  stack(ApiPropertyOptional({ format: 'uuid', ...doc }), IsOptional(), IsUUID());

/** A required string of `min` to `max` characters. */
export const TextField = (min: number, max: number, doc: Doc = {}) =>
  stack(ApiProperty(doc), IsString(), Length(min, max));

export const OptionalText = (min: number, max: number, doc: Doc = {}) =>
  stack(ApiPropertyOptional(doc), IsOptional(), IsString(), Length(min, max));

/** An optional string of at most `max` characters (may be empty). */
export const OptionalMaxText = (max: number, doc: Doc = {}) =>
  stack(ApiPropertyOptional(doc), IsOptional(), IsString(), MaxLength(max));

/** A string matching `pattern`; `message` replaces class-validator's English one. */
export const PatternField = (pattern: RegExp, doc: Doc = {}, message?: string) =>
  stack(ApiProperty(doc), IsString(), matches(pattern, message));

export const OptionalPattern = (pattern: RegExp, doc: Doc = {}, message?: string) =>
  stack(ApiPropertyOptional(doc), IsOptional(), IsString(), matches(pattern, message));

function matches(pattern: RegExp, message?: string): PropertyDecorator {
  return message === undefined ? Matches(pattern) : Matches(pattern, { message });
}

/** A calendar day, `YYYY-MM-DD` exactly. */
export const DayField = (doc: Doc = {}) =>
  stack(ApiProperty(doc), IsISO8601({ strict: true }), Length(10, 10));

export const OptionalDay = (doc: Doc = {}) =>
  stack(ApiPropertyOptional(doc), IsOptional(), IsISO8601({ strict: true }), Length(10, 10));

/** A boolean query parameter: `true` or `false`, anything else a 400. */
export const OptionalFlag = (doc: Doc = {}) =>
  stack(ApiPropertyOptional(doc), IsOptional(), Transform(toBoolean), IsBoolean());

/** A JSON boolean. */
export const BoolField = (doc: Doc = {}) => stack(ApiProperty(doc), IsBoolean());

export const OptionalBool = (doc: Doc = {}) => stack(ApiPropertyOptional(doc), IsOptional(), IsBoolean());

/** One of `values`; `doc.enumName` names the list's schema in the OpenAPI document. */
export const EnumField = <T extends string>(values: readonly T[], doc: Doc = {}) =>
  stack(ApiProperty({ enum: values as T[], ...doc }), IsIn(values as T[]));

export const OptionalEnum = <T extends string>(values: readonly T[], doc: Doc = {}) =>
  stack(ApiPropertyOptional({ enum: values as T[], ...doc }), IsOptional(), IsIn(values as T[]));

/** `?format=xlsx`: the list as a spreadsheet instead of JSON. */
export const XlsxFormat = (description: string) => OptionalEnum(['xlsx'], { description });

/** `?redirect=1`: a stored file's content as a 302 to a short-lived presigned URL. */
export const PresignedRedirect = () =>
  stack(
    ApiPropertyOptional({ description: '1: redirect to a short-lived presigned URL' }),
    IsOptional(),
    IsIn(['0', '1']),
  );

/** The query of a stored file's content: every download route takes it. */
export class StoredFileContentQuery {
  @PresignedRedirect()
  redirect?: '0' | '1';
}

/** The bounds an integer field may have (either may be left out). */
export interface IntRange {
  min?: number;
  max?: number;
}

function bounds({ min, max }: IntRange): PropertyDecorator[] {
  return [...(min === undefined ? [] : [Min(min)]), ...(max === undefined ? [] : [Max(max)])];
}

/** An integer in a JSON body. */
export const IntField = (range: IntRange, doc: Doc = {}) =>
  stack(ApiProperty(doc), IsInt(), ...bounds(range));

export const OptionalInt = (range: IntRange, doc: Doc = {}) =>
  stack(ApiPropertyOptional(doc), IsOptional(), IsInt(), ...bounds(range));

/** An integer query parameter (the query string's text is converted first). */
export const IntQuery = (range: IntRange, doc: Doc = {}) =>
  stack(
    ApiProperty(doc),
    Type(() => Number),
    IsInt(),
    ...bounds(range),
  );

export const OptionalIntQuery = (range: IntRange, doc: Doc = {}) =>
  stack(
    ApiPropertyOptional(doc),
    IsOptional(),
    Type(() => Number),
    IsInt(),
    ...bounds(range),
  );

/** The years the system plans and reports on. */
export const YEARS: IntRange = { min: 2000, max: 2100 };

/** A year in a body (documented with an example year unless `doc` says otherwise). */
export const YearField = (doc: Doc = { example: 2026 }) => IntField(YEARS, doc);

/** A year in the query string. */
export const YearQuery = (doc: Doc = { example: 2026 }) => IntQuery(YEARS, doc);

export const OptionalYearQuery = (doc: Doc = {}) => OptionalIntQuery(YEARS, doc);

/** A number with at most `places` decimals (no NaN or infinity) in [min, max]. */
export const DecimalField = (range: Required<IntRange>, places: number, doc: Doc = {}) =>
  stack(ApiProperty(doc), decimal(places), ...bounds(range));

export const OptionalDecimal = (range: Required<IntRange>, places: number, doc: Doc = {}) =>
  stack(ApiPropertyOptional(doc), IsOptional(), decimal(places), ...bounds(range));

function decimal(places: number): PropertyDecorator {
  return IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: places });
}

const EXPECTED_VERSION = 'expected version (optimistic concurrency)';

/** How a body's `version` is documented and checked; the If-Match header may carry it instead. */
export interface VersionRule {
  /** Default: "expected version (optimistic concurrency)"; '' for none. */
  description?: string;
  /** The least accepted version (none: any integer). */
  min?: number;
  /** false: only optional here, the ExpectedVersion parameter checks it. */
  integer?: boolean;
}

/** `version`: the version of the subject the client read; the service answers 409 when it is stale. */
export const OptionalVersion = ({ description = EXPECTED_VERSION, min, integer = true }: VersionRule = {}) =>
  stack(
    ApiPropertyOptional(description ? { description } : {}),
    IsOptional(),
    ...(integer ? [IsInt(), ...bounds({ min })] : []),
  );

/** The body of an action on a versioned subject: the version the client read (or If-Match), and what the action adds. */
export class VersionedDto {
  @OptionalVersion({ description: 'the version the client saw; 409 when stale', min: 1 })
  version?: number;
}
