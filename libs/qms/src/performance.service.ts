import { Injectable } from '@nestjs/common';
import {
  bilingualDetail,
  createSubject,
  DomainError,
  ErrorDetail,
  fetchPage,
  headerKey,
  Page,
  ParsedTable,
  ReadReplica,
  RequestContext,
  UnitOfWork,
} from '@app/platform';
import { agenciesUnder } from '@app/organization';
import { missingColumnsError, RequiredColumn } from '@app/oversight';
import { agencyList, assertMayActIn, assertReadable, inActiveAgency, QMS_MANAGERS } from './qms-access';
import {
  ListPerformanceImportsQuery,
  PerformanceImportQuery,
  PerformanceRowInput,
  ProcessPerformanceQuery,
} from './dto/qms.dto';
import { ObjectivesService } from './objectives.service';
import {
  ImportFormat,
  PERFORMANCE_IMPORT_LIFECYCLE,
  ProcessPerformance,
  ProcessPerformanceImport,
} from './performance.entity';
import { comparePeriods, parsePeriod } from './period';

export interface PerformanceFigures {
  received: number;
  onTime: number;
  late: number;
  pending: number;
  /** Resolved on time ÷ resolved (on time + late); null when nothing was resolved. */
  onTimeRate: number | null;
}

export interface PerformanceImportView {
  id: string;
  agencyId: string;
  period: string;
  status: string;
  format: string;
  rowCount: number;
  received: number;
  onTime: number;
  late: number;
  pending: number;
  onTimeRate: number | null;
  importedBy: string | null;
  replacedBy: string | null;
  createdAt: Date;
  version: number;
}

export interface PerformanceImportResult extends PerformanceImportView {
  /** The upload this one replaced (same agency and period), if any. */
  replaced: string | null;
  /** Objectives bound to the one-stop data that measured themselves from it. */
  objectivesMeasured: number;
}

export interface ProcedurePerformance extends PerformanceFigures {
  procedureCode: string;
  procedureName: string | null;
}

export interface AgencyPerformance extends PerformanceFigures {
  agencyId: string;
  code: string | null;
  name: string | null;
  /** Periods with data. */
  periods: string[];
}

export interface ProcessPerformanceReport {
  agencyId: string | null;
  provinceAgencyId: string | null;
  period: string | null;
  year: number | null;
  totals: PerformanceFigures;
  byAgency: AgencyPerformance[];
  byProcedure: ProcedurePerformance[];
}

/** A column of an import under its key's own name or the names the one-stop system exports it with. */
const importColumn = (key: keyof PerformanceRowInput, required: boolean, ...names: string[]) => ({
  key,
  column: key,
  accepted: [key, ...names],
  required,
});

/** The columns of an import, with the header names accepted (English and Vietnamese, as the one-stop system exports them). */
export const PERFORMANCE_COLUMNS: (RequiredColumn & { key: keyof PerformanceRowInput; required: boolean })[] =
  [
    importColumn('procedureCode', true, 'Mã TTHC', 'Mã thủ tục'),
    importColumn('procedureName', false, 'Tên TTHC', 'Tên thủ tục'),
    importColumn('received', true, 'Số hồ sơ tiếp nhận', 'Tiếp nhận'),
    importColumn('onTime', true, 'Giải quyết đúng hạn', 'Đúng hạn'),
    importColumn('late', true, 'Giải quyết quá hạn', 'Quá hạn', 'Trễ hạn'),
    importColumn('pending', true, 'Đang giải quyết', 'Chưa giải quyết'),
  ];

/** The rows of a parsed CSV/XLSX table; 400 listing the missing columns, or each bad cell. */
export function rowsOfTable(table: ParsedTable): PerformanceRowInput[] {
  const byKey = new Map(table.header.map((h) => [headerKey(h), h]));
  const found = new Map<string, string>();
  const missing: RequiredColumn[] = [];
  for (const col of PERFORMANCE_COLUMNS) {
    const header = col.accepted.map((a) => byKey.get(headerKey(a))).find((h) => h !== undefined);
    if (header) found.set(col.key, header);
    else if (col.required) missing.push(col);
  }
  if (missing.length > 0) throw missingColumnsError(missing);
  const details: ErrorDetail[] = [];
  const rows: PerformanceRowInput[] = [];
  for (const record of table.records) {
    const cell = (key: string) => (found.has(key) ? (record.values[found.get(key)!] ?? '').trim() : '');
    const row = {
      procedureCode: cell('procedureCode'),
      procedureName: cell('procedureName') || undefined,
    } as PerformanceRowInput;
    if (!row.procedureCode) {
      details.push(
        bilingualDetail(
          `line ${record.line}: procedureCode`,
          `Dòng ${record.line}: thiếu mã TTHC`,
          `row ${record.line}: no procedureCode`,
        ),
      );
    }
    for (const key of ['received', 'onTime', 'late', 'pending'] as const) {
      const text = cell(key).replace(/[.\s]/g, '');
      if (!/^\d{1,9}$/.test(text)) {
        details.push(
          bilingualDetail(
            `line ${record.line}: ${key}`,
            `Dòng ${record.line}: cột "${found.get(key)}" phải là số nguyên không âm`,
            `row ${record.line}: ${key} must be a non-negative integer`,
          ),
        );
      } else row[key] = Number(text);
    }
    rows.push(row);
  }
  if (details.length > 0) throw new DomainError('VALIDATION_FAILED', {}, details.slice(0, 100));
  return rows;
}

function figures(received: number, onTime: number, late: number, pending: number): PerformanceFigures {
  const resolved = onTime + late;
  return {
    received,
    onTime,
    late,
    pending,
    onTimeRate: resolved === 0 ? null : Math.round((onTime / resolved) * 10_000) / 10_000,
  };
}

/**
 * Process performance from the one-stop system (Hệ thống thông tin giải quyết TTHC): per TTHC and
 * period, dossiers received, resolved on time, late and pending. One upload per agency and
 * period is current; a new upload replaces it (the old one kept, REPLACED, both in the audit
 * trail). Each import measures the objectives bound to the on-time rate.
 */
@Injectable()
export class ProcessPerformanceService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly objectives: ObjectivesService,
    private readonly replica: ReadReplica,
  ) {}

  /** Checks the caller may import for the agency (before a body is read). */
  assertMayImport(ctx: RequestContext, agencyId: string): void {
    assertMayActIn(ctx, agencyId, QMS_MANAGERS);
  }

  async import(
    ctx: RequestContext,
    query: PerformanceImportQuery,
    rows: PerformanceRowInput[],
    format: ImportFormat,
  ): Promise<PerformanceImportResult> {
    assertMayActIn(ctx, query.agencyId, QMS_MANAGERS);
    const seen = new Set<string>();
    const details: ErrorDetail[] = [];
    rows.forEach((row, index) => {
      const code = row.procedureCode.trim();
      if (seen.has(code))
        details.push(
          bilingualDetail(
            `rows.${index}.procedureCode`,
            `Mã TTHC ${code} xuất hiện hai lần`,
            `procedure ${code} appears twice`,
          ),
        );
      seen.add(code);
    });
    if (rows.length === 0)
      details.push(bilingualDetail('rows', 'Tệp không có dòng số liệu nào', 'the upload has no rows'));
    if (details.length > 0) throw new DomainError('VALIDATION_FAILED', {}, details.slice(0, 100));
    const totals = rows.reduce(
      (t, r) => ({
        received: t.received + r.received,
        onTime: t.onTime + r.onTime,
        late: t.late + r.late,
        pending: t.pending + r.pending,
      }),
      { received: 0, onTime: 0, late: 0, pending: 0 },
    );
    return inActiveAgency(this.uow, ctx, query.agencyId, async (tx) => {
      // one import per agency and period at a time: the current one is locked and replaced
      await tx.manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `pp:${query.agencyId}:${query.period}`,
      ]);
      const current = await tx.manager.findOne(ProcessPerformanceImport, {
        where: { agencyId: query.agencyId, period: query.period, status: 'CURRENT' },
        lock: { mode: 'pessimistic_write' },
      });
      if (current) {
        await PERFORMANCE_IMPORT_LIFECYCLE.transition(tx, current, 'REPLACED', {
          data: { period: query.period, rowCount: current.rowCount },
        });
      }
      const row = tx.manager.create(ProcessPerformanceImport, {
        agencyId: query.agencyId,
        period: query.period,
        status: 'CURRENT',
        format,
        rowCount: rows.length,
        ...totals,
        importedBy: ctx.userId,
        replacedBy: null,
        version: 1,
      });
      await createSubject(tx, PERFORMANCE_IMPORT_LIFECYCLE, row, {
        action: 'import',
        data: {
          period: query.period,
          format,
          rowCount: rows.length,
          ...totals,
          replaces: current?.id ?? null,
        },
      });
      if (current)
        await tx.manager.update(ProcessPerformanceImport, { id: current.id }, { replacedBy: row.id });
      await tx.manager.insert(
        ProcessPerformance,
        rows.map((r) => ({
          importId: row.id,
          agencyId: query.agencyId,
          period: query.period,
          procedureCode: r.procedureCode.trim(),
          procedureName: r.procedureName?.normalize('NFC').trim() || null,
          received: r.received,
          onTime: r.onTime,
          late: r.late,
          pending: r.pending,
        })),
      );
      const rate = (code: string | null) => {
        const selected = code ? rows.filter((r) => r.procedureCode.trim() === code) : rows;
        const onTime = selected.reduce((s, r) => s + r.onTime, 0);
        const resolved = selected.reduce((s, r) => s + r.onTime + r.late, 0);
        return resolved === 0 ? null : Math.round((onTime / resolved) * 1_000_000) / 10_000;
      };
      const objectivesMeasured = await this.objectives.measureBound(
        tx,
        query.agencyId,
        query.period,
        rate,
        `Số liệu Hệ thống một cửa kỳ ${query.period} (lần nhập ${row.id})`,
      );
      return { ...toImportView(row), replaced: current?.id ?? null, objectivesMeasured };
    });
  }

  async imports(
    ctx: RequestContext,
    query: ListPerformanceImportsQuery,
  ): Promise<Page<PerformanceImportView>> {
    const qb = agencyList(this.uow.manager, ProcessPerformanceImport, 'i', ctx, query, {
      period: query.period,
    });
    const sortable = { createdAt: 'i.created_at', period: 'i.period' };
    const [rows, total] = await fetchPage(qb, query, sortable, 'createdAt', 'DESC');
    return query.result(rows.map(toImportView), total);
  }

  /** The current figures of one agency, or of every agency under a province the caller oversees. */
  async report(ctx: RequestContext, query: ProcessPerformanceQuery): Promise<ProcessPerformanceReport> {
    if (!query.agencyId && !query.provinceAgencyId) {
      throw new DomainError('VALIDATION_FAILED', {}, [
        bilingualDetail(
          'agencyId',
          'Nêu agencyId (một cơ quan) hoặc provinceAgencyId (các cơ quan thuộc tỉnh)',
          'give agencyId (one agency) or provinceAgencyId (the agencies under a province)',
        ),
      ]);
    }
    let agencies: { id: string; code: string | null; name: string | null }[];
    if (query.agencyId) {
      // one agency (with a province too: that agency, which must lie under it)
      assertReadable(ctx, query.agencyId);
      if (query.provinceAgencyId) {
        const under = await agenciesUnder(this.uow.manager, query.provinceAgencyId);
        if (!under.some((a) => a.id === query.agencyId)) throw DomainError.notFound('agency');
      }
      agencies = [{ id: query.agencyId, code: null, name: null }];
    } else {
      assertReadable(ctx, query.provinceAgencyId!);
      const under = await agenciesUnder(this.uow.manager, query.provinceAgencyId!);
      const unique = new Map(under.filter((a) => ctx.canRead(a.id)).map((a) => [a.id, a]));
      agencies = [...unique.values()].map((a) => ({ id: a.id, code: a.code, name: a.name }));
    }
    const ids = agencies.map((a) => a.id);
    const params: unknown[] = [ids, query.period ?? null, query.year ? String(query.year) : null];
    // the figures of a province: a heavy read, on the replica
    const rows = await this.replica.run(ctx, (manager) =>
      manager.query<
        {
          agency_id: string;
          period: string;
          procedure_code: string;
          procedure_name: string | null;
          received: number;
          on_time: number;
          late: number;
          pending: number;
        }[]
      >(
        `SELECT p.agency_id, p.period, p.procedure_code, p.procedure_name, p.received, p.on_time, p.late, p.pending
         FROM process_performance p JOIN process_performance_imports i ON i.id = p.import_id AND i.status = 'CURRENT'
        WHERE p.agency_id = ANY($1::uuid[]) AND ($2::text IS NULL OR p.period = $2)
          AND ($3::text IS NULL OR p.period LIKE $3 || '%')
        ORDER BY p.procedure_code, p.period`,
        params,
      ),
    );
    const sum = (list: typeof rows) =>
      figures(
        list.reduce((s, r) => s + r.received, 0),
        list.reduce((s, r) => s + r.on_time, 0),
        list.reduce((s, r) => s + r.late, 0),
        list.reduce((s, r) => s + r.pending, 0),
      );
    const byProcedure = new Map<string, typeof rows>();
    for (const r of rows)
      byProcedure.set(r.procedure_code, [...(byProcedure.get(r.procedure_code) ?? []), r]);
    return {
      agencyId: query.agencyId ?? null,
      provinceAgencyId: query.provinceAgencyId ?? null,
      period: query.period ?? null,
      year: query.year ?? null,
      totals: sum(rows),
      byAgency: agencies
        .map((a) => {
          const own = rows.filter((r) => r.agency_id === a.id);
          return {
            agencyId: a.id,
            code: a.code,
            name: a.name,
            periods: [...new Set(own.map((r) => r.period))].sort(comparePeriods),
            ...sum(own),
          };
        })
        .filter((a) => a.periods.length > 0 || query.agencyId),
      byProcedure: [...byProcedure.entries()].map(([code, list]) => ({
        procedureCode: code,
        procedureName: list.find((r) => r.procedure_name)?.procedure_name ?? null,
        ...sum(list),
      })),
    };
  }
}

export function toImportView(i: ProcessPerformanceImport): PerformanceImportView {
  return {
    id: i.id,
    agencyId: i.agencyId,
    period: i.period,
    status: i.status,
    format: i.format,
    rowCount: i.rowCount,
    received: i.received,
    onTime: i.onTime,
    late: i.late,
    pending: i.pending,
    onTimeRate: figures(i.received, i.onTime, i.late, i.pending).onTimeRate,
    importedBy: i.importedBy,
    replacedBy: i.replacedBy,
    createdAt: i.createdAt,
    version: i.version,
  };
}

export { parsePeriod };
