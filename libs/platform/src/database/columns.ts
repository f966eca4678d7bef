import { Column, type ColumnOptions, type ColumnType } from 'typeorm';

/**
 * Column decorators by PostgreSQL type (`Pg` below) whose column name is the property's name in
 * snake_case (`agencyId` → `agency_id`), the rule every table follows: the name is derived, not
 * repeated. They pass exactly what `@Column({ name, type, ... })` would, so the schema the
 * migrations create is unchanged. A column whose name breaks the rule keeps a plain `@Column`.
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

/**
 * The column decorators, each named by the PostgreSQL type it declares, as the migrations spell
 * it: `@Pg.uuid()`, `@Pg.timestamptz({ nullable: true })`. An entity reads against its migration
 * line by line, and imports one name whatever types its columns have.
 */
export const Pg = {
  uuid: columnOfType('uuid'),
  text: columnOfType('text'),
  int: columnOfType('int'),
  boolean: columnOfType('boolean'),
  jsonb: columnOfType('jsonb'),
  /** A calendar day (`YYYY-MM-DD`, read as a string). */
  date: columnOfType('date'),
  timestamptz: columnOfType('timestamptz'),
} as const;
