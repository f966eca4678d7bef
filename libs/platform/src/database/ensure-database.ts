import { Client } from 'pg';

/** Creates the database named in the URL if it does not exist (fresh machines, test runs). */
export async function ensureDatabase(url: string): Promise<boolean> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`unsupported database name: ${name}`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return false;
    try {
      await client.query(`CREATE DATABASE "${name}"`);
    } catch (error) {
      // created by a concurrent process
      if ((error as { code?: string }).code !== '42P04' && (error as { code?: string }).code !== '23505')
        throw error;
      return false;
    }
    return true;
  } finally {
    await client.end();
  }
}
