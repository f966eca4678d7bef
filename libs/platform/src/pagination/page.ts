import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { DomainError } from '../errors/domain-error';

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

/** `?page=1&pageSize=20&sort=-field`; list query DTOs extend it. */
export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  page = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize = 20;

  @ApiPropertyOptional({ description: 'field name, prefixed with - for descending order' })
  @IsOptional()
  @Matches(/^-?[a-zA-Z]{1,40}$/)
  sort?: string;

  get offset(): number {
    return (this.page - 1) * this.pageSize;
  }

  /** Direction requested for the default sort field (a `-` prefix alone flips it). */
  sortDirection(defaultDirection: 'ASC' | 'DESC'): 'ASC' | 'DESC' {
    if (!this.sort) return defaultDirection;
    return this.sort.startsWith('-') ? 'DESC' : 'ASC';
  }

  /** Maps `sort` onto a column from an allow-list; an unknown field is a 400. */
  orderBy(allowed: Record<string, string>, fallback: string): { column: string; direction: 'ASC' | 'DESC' } {
    if (!this.sort) return { column: allowed[fallback], direction: 'ASC' };
    const field = this.sort.replace(/^-/, '');
    const column = allowed[field];
    if (!column) {
      throw new DomainError('VALIDATION_FAILED', {}, [
        { field: 'sort', message: `sort must be one of: ${Object.keys(allowed).join(', ')}` },
      ]);
    }
    return { column, direction: this.sort.startsWith('-') ? 'DESC' : 'ASC' };
  }

  result<T>(items: T[], total: number): Page<T> {
    return { items, page: this.page, pageSize: this.pageSize, total };
  }
}

/**
 * For `@Transform` on boolean query parameters: `'true'` and `'false'` become booleans; anything
 * else passes through unchanged so `@IsBoolean` refuses it with a 400.
 */
export const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;
