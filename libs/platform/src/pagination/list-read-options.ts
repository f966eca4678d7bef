import type { EntityManager } from 'typeorm';

/**
 * How a list is read when it is not one page for a client: an export (a spreadsheet, an archive)
 * passes `limit`, the first `limit` rows in the list's order instead of the requested page (see
 * fetchPage), and `manager` when it reads on another connection (the read replica's) than the
 * service's own.
 */
export interface ListReadOptions {
  limit?: number;
  manager?: EntityManager;
}
