import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, ConfigError, ensureDatabase, loadConfig, runMigrationsLocked } from '@app/platform';
import { UsersService } from '@app/identity';
import { REBUILD_COVERAGE_COUNTS_SQL } from '@app/reporting';
import { CliModule } from './cli.module';
import { seedDepartmentQuality } from './seed/qms-seed';
import { seedKonTum, SEED_RECORDS_DEPARTMENT } from './seed/kon-tum-seed';
import { seedDepartmentRecords } from './seed/records-seed';
import { backup, BackupError, restore } from './backup/backup';

const USAGE = [
  'usage: node dist/apps/cli/src/main.js <migrate|seed|recount-coverage>',
  '       node dist/apps/cli/src/main.js backup <directory>',
  '       node dist/apps/cli/src/main.js restore <directory> --database-url <url of a new database> --bucket <new bucket>',
].join('\n');

/** The value following `--name` on the command line. */
function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

/** `backup` and `restore` work on the database and the bucket directly, without booting the application. */
async function backupOrRestore(command: 'backup' | 'restore', args: string[]): Promise<void> {
  const directory = args[0];
  if (!directory || directory.startsWith('--')) throw new ConfigError(USAGE);
  const config = loadConfig();
  if (command === 'backup') {
    const manifest = await backup(config, directory);
    console.log(
      `backup: ${directory}: database ${manifest.database.size} bytes (${Object.keys(manifest.database.rowCounts).length} tables), ${manifest.objects.length} objects, audit head ${manifest.auditHead?.lastId ?? 'none'}, ${manifest.durationMs} ms`,
    );
    return;
  }
  const databaseUrl = option(args, '--database-url');
  const bucket = option(args, '--bucket');
  if (!databaseUrl || !bucket) throw new ConfigError(USAGE);
  const result = await restore(config, directory, { databaseUrl, bucket });
  console.log(
    `restore: ${result.tables} tables, ${result.rows} rows, ${result.objects} objects into ${bucket}; row counts and audit head match the manifest; ${result.durationMs} ms`,
  );
}

/** Password of the demo users; production has no default (the development one is published). */
function seedPassword(config: AppConfig): string {
  const password = process.env.SEED_PASSWORD;
  if (password) return password;
  if (config.NODE_ENV === 'production')
    throw new ConfigError(
      'Invalid environment:\n  - SEED_PASSWORD: required to seed demo users in production',
    );
  return 'Demo@12345';
}

/**
 * Operator commands: `migrate` applies pending migrations; `seed` migrates, then loads the Kon Tum
 * demo data; `recount-coverage` migrates, then recounts every agency's TTHC coverage counts (after
 * rows were loaded with triggers off); `backup` and `restore` (apps/cli/src/backup/backup.ts).
 */
async function main(command: string | undefined, args: string[]): Promise<void> {
  if (command === 'backup' || command === 'restore') return backupOrRestore(command, args);
  if (!['migrate', 'seed', 'recount-coverage'].includes(command ?? '')) throw new ConfigError(USAGE);
  const config = loadConfig();
  const demoPassword = command === 'seed' ? seedPassword(config) : '';
  if (await ensureDatabase(config.DATABASE_URL)) console.log('created the database');
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(config), {
    logger: ['error', 'warn'],
  });
  try {
    const applied = await runMigrationsLocked(app.get<DataSource>(getDataSourceToken()));
    console.log(applied.length > 0 ? `applied migrations: ${applied.join(', ')}` : 'migrations: up to date');
    if (command === 'recount-coverage') {
      await app.get<DataSource>(getDataSourceToken()).query(REBUILD_COVERAGE_COUNTS_SQL);
      console.log('coverage counts: recounted for every agency');
    }
    if (command === 'seed') {
      await app.get(UsersService).ensureBootstrapAdmin();
      const result = await seedKonTum(app, {
        password: demoPassword,
        csvPath: process.env.SEED_CSV,
      });
      console.log(
        `seed: ${result.created.agencies} agencies, ${result.created.qualitySystems} quality systems, ${result.created.users} users created (${result.agencyIdsByNo.size} agencies in the plan)`,
      );
      // Sở Tư pháp (no. 3 of the plan): risks, objectives, one-stop figures, satisfaction, training
      const justice = result.agencyIdsByNo.get(3);
      if (justice) {
        const quality = await seedDepartmentQuality(app, {
          agencyId: justice,
          secretaryUsername: 'stp.thuky',
          auditorUsername: 'stp.danhgia',
          staffUsername: 'stp.nhanvien',
        });
        if (quality.created)
          console.log(
            'seed: quality data of Sở Tư pháp (risks, objectives, one-stop figures, surveys, training)',
          );
      }
      const department = result.agencyIdsByNo.get(SEED_RECORDS_DEPARTMENT.agencyNo);
      if (department) {
        const records = await seedDepartmentRecords(app, {
          agencyId: department,
          ...SEED_RECORDS_DEPARTMENT,
        });
        if (records.created)
          console.log('seed: records of Sở Tư pháp (declared records, approved list, record files)');
      }
    }
  } finally {
    await app.close();
  }
}

main(process.argv[2], process.argv.slice(3)).catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof BackupError ? error.message : error);
  process.exit(1);
});
