import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { stack } from './decorator-stack';

/**
 * List fields: an array of at most `max` values (at least `min`; distinct when `unique`), each
 * checked by the item rules. The rules run in the order the hand-written stacks had, so the
 * validation messages come in the same order.
 */
type Doc = ApiPropertyOptions;

/** A DTO class (validated as nested objects). */
type DtoClass = new () => object;

export interface ListSize {
  min?: number;
  max: number;
  unique?: boolean;
}

function list({ min, max, unique }: ListSize, items: PropertyDecorator[]): PropertyDecorator[] {
  return [
    IsArray(),
    ...(min === undefined ? [] : [ArrayMinSize(min)]),
    ArrayMaxSize(max),
    ...(unique ? [ArrayUnique()] : []),
    ...items,
  ];
}

export const ListField = (size: ListSize, items: PropertyDecorator[], doc: Doc) =>
  stack(ApiProperty(doc), ...list(size, items));

export const OptionalList = (size: ListSize, items: PropertyDecorator[], doc: Doc) =>
  stack(ApiPropertyOptional(doc), IsOptional(), ...list(size, items));

/** A list of distinct ids, at most `max`. */
export const UuidList = (max: number, doc: Doc = {}, min?: number) =>
  ListField({ min, max, unique: true }, [IsUUID('all', { each: true })], { type: [String], ...doc });

export const OptionalUuidList = (max: number, doc: Doc = {}) =>
  OptionalList({ max, unique: true }, [IsUUID('all', { each: true })], { type: [String], ...doc });

/** A list of objects of `type`, each validated as that class. */
export const NestedList = (type: DtoClass, size: ListSize, doc: Doc = {}) =>
  ListField(size, nested(type), { type: [type], ...doc });

export const OptionalNestedList = (type: DtoClass, size: ListSize, doc: Doc = {}) =>
  OptionalList(size, nested(type), { type: [type], ...doc });

function nested(type: DtoClass): PropertyDecorator[] {
  return [ValidateNested({ each: true }), Type(() => type)];
}

/** Item rules: each value one of `values`. */
export const eachIn = (values: readonly string[]) => [IsIn(values as string[], { each: true })];

/** Item rules: each value a string matching `pattern`. */
export const eachMatching = (pattern: RegExp) => [Matches(pattern, { each: true })];

/** Item rules: each value a string of `min` to `max` characters. */
export const eachText = (min: number, max: number) => [
  IsString({ each: true }),
  Length(min, max, { each: true }),
];
