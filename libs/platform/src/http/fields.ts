import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';
import { toBoolean } from '../pagination/page';
import { stack } from './decorator-stack';

/**
 * The DTO field rules that recur across the libs, each one decorator: the same OpenAPI schema and
 * the same validation messages as the stacks they replace.
 */
type Doc = ApiPropertyOptions;

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

/** A calendar day, `YYYY-MM-DD` exactly. */
export const DayField = (doc: Doc = {}) =>
  stack(ApiProperty(doc), IsISO8601({ strict: true }), Length(10, 10));

export const OptionalDay = (doc: Doc = {}) =>
  stack(ApiPropertyOptional(doc), IsOptional(), IsISO8601({ strict: true }), Length(10, 10));

/** A boolean query parameter: `true` or `false`, anything else a 400. */
export const OptionalFlag = (doc: Doc = {}) =>
  stack(ApiPropertyOptional(doc), IsOptional(), Transform(toBoolean), IsBoolean());

/** A list of distinct ids, at most `max`. */
export const UuidList = (max: number, doc: Doc = {}) =>
  stack(
    ApiProperty({ type: [String], ...doc }),
    IsArray(),
    ArrayMaxSize(max),
    ArrayUnique(),
    IsUUID('all', { each: true }),
  );

export const OptionalUuidList = (max: number, doc: Doc = {}) =>
  stack(
    ApiPropertyOptional({ type: [String], ...doc }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(max),
    ArrayUnique(),
    IsUUID('all', { each: true }),
  );
