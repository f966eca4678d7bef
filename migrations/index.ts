import { Foundation1795000000000 } from './1795000000000-Foundation';

/** Every migration, in order. New ones are appended here (no globs: the bundle must list them). */
export const MIGRATIONS = [Foundation1795000000000];
