import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CliModule } from '../apps/cli/src/cli.module';
import { SEED_RECORDS_DEPARTMENT, seedKonTum } from '../apps/cli/src/seed/kon-tum-seed';
import { seedDepartmentRecords } from '../apps/cli/src/seed/records-seed';
import { startTestApp, TestApp, testConfig } from './support/harness';
import { client } from './support/documents';
import { ok, thisYear } from './support/audits';

/** The demo seed's records for Sở Tư pháp, made by the CLI's own module as its users would. */
describe('Kon Tum demo seed: records of Sở Tư pháp', () => {
  let t: TestApp;
  let cli: INestApplicationContext;
  let departmentId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const seeded = await seedKonTum(t.app, { password: 'Demo@12345' });
    departmentId = seeded.agencyIdsByNo.get(SEED_RECORDS_DEPARTMENT.agencyNo)!;
    cli = await NestFactory.createApplicationContext(CliModule.forRoot(testConfig(t.databaseName)), {
      logger: false,
    });
  });

  afterAll(async () => {
    await cli.close();
    await t.close();
  });

  it('declares records of two procedures, approves the list of the year through the engine, opens files; safe to run twice', async () => {
    const first = await seedDepartmentRecords(cli, { agencyId: departmentId, ...SEED_RECORDS_DEPARTMENT });
    expect(first.created).toBe(true);
    const second = await seedDepartmentRecords(cli, { agencyId: departmentId, ...SEED_RECORDS_DEPARTMENT });
    expect(second).toEqual({ created: false, listId: first.listId });

    const staff = client(t, await t.login('stp.nhanvien', 'Demo@12345'));
    const lists = await ok(staff.get(`/api/v1/record-lists?agencyId=${departmentId}`));
    expect(lists.items).toEqual([
      expect.objectContaining({ year: thisYear(), status: 'APPROVED', itemCount: 4 }),
    ]);
    const approverId = (
      await t.sql<{ id: string }>("SELECT id FROM users WHERE username = 'stp.pheduyet'")
    )[0].id;
    expect(lists.items[0].approvedBy).toBe(approverId);
    const files = await ok(staff.get(`/api/v1/record-files?agencyId=${departmentId}&sort=code`));
    expect(files.items.map((f: any) => f.status).sort()).toEqual(['CLOSED', 'OPEN']);
    expect(files.items.find((f: any) => f.status === 'CLOSED')).toMatchObject({ retention: '5 năm' });
    // found without diacritics, as a user would type it
    const found = await ok(staff.get('/api/v1/record-files?q=ly%20lich%20tu%20phap'));
    expect(found.total).toBe(1);
    // the province's oversight reads it too
    const oversight = client(t, await t.login('skhcn.giamsat', 'Demo@12345'));
    expect((await ok(oversight.get(`/api/v1/record-lists/${first.listId}`))).items).toHaveLength(4);
  });
});
