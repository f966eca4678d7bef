import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches, ValidateBy } from 'class-validator';
import { bilingualDetail, DomainError } from '../errors/domain-error';
import { OptionalIntQuery } from '../http/fields';

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

/** Names every plain object inherits (constructor, toString, __proto__…): never a sort field. */
const INHERITED_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

/** `sort` must not name an inherited property: looked up in a plain map it would find a function, not a column. */
function IsNotInheritedName(): PropertyDecorator {
  return ValidateBy({
    name: 'isNotInheritedName',
    validator: {
      validate: (value: unknown) =>
        typeof value !== 'string' || !INHERITED_NAMES.has(value.replace(/^-/, '')),
      defaultMessage: () => 'sort must name a sortable field',
    },
  });
}

/** `?page=1&pageSize=20&sort=-field`; list query DTOs extend it. */
export class PageQuery {
  @OptionalIntQuery(
    { min: 1, max: 1_000_000 },
    { type: 'integer', minimum: 1, maximum: 1_000_000, default: 1, example: 1 },
  )
  page = 1;

  @OptionalIntQuery(
    { min: 1, max: 100 },
    { type: 'integer', minimum: 1, maximum: 100, default: 20, example: 20 },
  )
  pageSize = 20;

  @ApiPropertyOptional({
    type: String,
    description: 'Tên trường để sắp xếp, thêm dấu - phía trước để sắp giảm dần',
    example: '-createdAt',
  })
  @IsOptional()
  @Matches(/^-?[a-zA-Z]{1,40}$/)
  @IsNotInheritedName()
  sort?: string;

  get offset(): number {
    return (this.page - 1) * this.pageSize;
  }

  /** Direction requested for the default sort field (a `-` prefix alone flips it). */
  sortDirection(defaultDirection: 'ASC' | 'DESC'): 'ASC' | 'DESC' {
    if (!this.sort) return defaultDirection;
    return this.sort.startsWith('-') ? 'DESC' : 'ASC';
  }

  /**
   * Maps `sort` onto a column from an allow-list; an unknown field is a 400. Only the list's own
   * keys count (`allowed.constructor` is Object, not a column).
   */
  orderBy(allowed: Record<string, string>, fallback: string): { column: string; direction: 'ASC' | 'DESC' } {
    if (!this.sort) return { column: allowed[fallback], direction: 'ASC' };
    const field = this.sort.replace(/^-/, '');
    const column = Object.hasOwn(allowed, field) ? allowed[field] : undefined;
    if (typeof column !== 'string') {
      throw new DomainError('VALIDATION_FAILED', {}, [
        bilingualDetail(
          'sort',
          `Trường "sort" phải là một trong các giá trị: ${Object.keys(allowed).join(', ')}`,
          `sort must be one of: ${Object.keys(allowed).join(', ')}`,
        ),
      ]);
    }
    return { column, direction: this.sort.startsWith('-') ? 'DESC' : 'ASC' };
  }

  result<T>(items: T[], total: number): Page<T> {
    return { items, page: this.page, pageSize: this.pageSize, total };
  }
}
