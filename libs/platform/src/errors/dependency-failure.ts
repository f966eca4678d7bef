/** Recognises errors that mean a dependency (PostgreSQL, Redis, object storage) is unreachable. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

export class DependencyUnavailableError extends Error {
  constructor(
    readonly dependency: 'database' | 'redis' | 'storage',
    cause?: unknown,
  ) {
    super(`${dependency} unavailable`, { cause });
  }
}

export function isNetworkError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const e = error as { code?: string; message?: string; errors?: unknown[]; cause?: unknown };
  if (e.code && NETWORK_CODES.has(e.code)) return true;
  if (Array.isArray(e.errors) && e.errors.some(isNetworkError)) return true;
  if (e.cause && e.cause !== error && isNetworkError(e.cause)) return true;
  return false;
}

/** Which dependency a raw error points at, if it is a dependency outage at all. */
export function classifyDependencyFailure(
  error: unknown,
): DependencyUnavailableError['dependency'] | undefined {
  if (error instanceof DependencyUnavailableError) return error.dependency;
  if (!error || typeof error !== 'object') return undefined;
  const e = error as { code?: string; message?: string; name?: string };
  const message = e.message ?? '';
  // pg: admin shutdown, cannot connect now, connection lost mid-query, pool timeout
  // SQLSTATE class 08 (connection exception) and 57P (operator intervention: shutdown, restart)
  if (typeof e.code === 'string' && (e.code.startsWith('08') || e.code.startsWith('57P'))) return 'database';
  // TypeORM releases a transaction's query runner when its connection dies: the transaction's
  // next statement then fails with one of these instead of a connection error
  if (e.name === 'QueryRunnerProviderAlreadyReleasedError' || e.name === 'QueryRunnerAlreadyReleasedError')
    return 'database';
  if (
    /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed and is not queryable|terminating connection/.test(
      message,
    )
  ) {
    return 'database';
  }
  if (e.name === 'MaxRetriesPerRequestError' || /Connection is closed|Stream isn't writeable/.test(message)) {
    return 'redis';
  }
  if (isNetworkError(error)) {
    // a socket error on a query (TypeORM wraps pg's) is the database's, whatever its port
    if (e.name === 'QueryFailedError') return 'database';
    const text = `${message} ${String((error as { address?: string }).address ?? '')}`;
    if (/6379|redis/i.test(text)) return 'redis';
    if (/5432|postgres/i.test(text)) return 'database';
    return 'storage';
  }
  return undefined;
}
