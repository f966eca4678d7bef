import { Column, type ColumnOptions, type ColumnType } from 'typeorm';

/**
 * Column decorators by PostgreSQL type whose column name is the property's name in snake_case
 * (`agencyId` → `agency_id`), the rule every table follows: the name is derived, not repeated.
 * They pass exactly what `@Column({ name, type, ... })` would, so the schema the migrations
 * create is unchanged. A column whose name breaks the rule keeps a plain `@Column`.
 */
export function columnName(property: string): string {
  return property.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

type TypedColumnOptions = Omit<ColumnOptions, 'name' | 'type'>;

function columnOfType(type: ColumnType) {
  return (options: TypedColumnOptions = {}): PropertyDecorator =>
    (target, property) => {
      const name = columnName(String(property));
      Column({ ...(name === property ? {} : { name }), type, ...options })(target, String(property));
    };
}

export const UuidColumn = columnOfType('uuid');
export const TextColumn = columnOfType('text');
export const IntColumn = columnOfType('int');
export const BoolColumn = columnOfType('boolean');
export const JsonColumn = columnOfType('jsonb');
/** A calendar day (`YYYY-MM-DD`, read as a string). */
export const DateColumn = columnOfType('date');
export const TimestampColumn = columnOfType('timestamptz');
