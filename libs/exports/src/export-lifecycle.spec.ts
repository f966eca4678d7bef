import { AgencyExport, EXPORT_LIFECYCLE, EXPORT_STATUSES } from './agency-export.entity';
import { exportView } from './agency-exports.service';

describe('agency export lifecycle', () => {
  it('an export is queued, runs, and completes or fails; only a completed one expires', () => {
    expect(EXPORT_LIFECYCLE).toAllowExactly(
      EXPORT_STATUSES,
      [
        'QUEUED → RUNNING',
        'RUNNING → COMPLETED',
        'RUNNING → FAILED',
        'QUEUED → FAILED',
        'COMPLETED → EXPIRED',
      ],
      'agencyExport',
    );
  });
});

describe('an export as the API shows it', () => {
  const row = (fields: Partial<AgencyExport>) =>
    Object.assign(new AgencyExport(), {
      id: 'e',
      agencyId: 'a',
      status: 'RUNNING',
      filesDone: 0,
      filesTotal: 0,
      size: null,
      sha256: null,
      expiresAt: null,
      ...fields,
    });

  it('shows progress in percent, below 100 until it has completed', () => {
    expect(exportView(row({ filesDone: 0, filesTotal: 0 })).progress).toBe(0);
    expect(exportView(row({ filesDone: 5, filesTotal: 20 })).progress).toBe(25);
    expect(exportView(row({ filesDone: 20, filesTotal: 20 })).progress).toBe(99);
    expect(exportView(row({ status: 'COMPLETED', filesDone: 20, filesTotal: 20 })).progress).toBe(100);
  });

  it('is EXPIRED from the moment its time has passed, before the sweep removes it', () => {
    const now = new Date('2026-11-29T10:00:00Z');
    const completed = (expiresAt: string) =>
      row({ status: 'COMPLETED', expiresAt: new Date(expiresAt), size: '10' });
    expect(exportView(completed('2026-11-29T10:00:01Z'), now)).toMatchObject({
      status: 'COMPLETED',
      size: 10,
    });
    expect(exportView(completed('2026-11-29T10:00:00Z'), now).status).toBe('EXPIRED');
  });
});
