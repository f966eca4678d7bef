import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import {
  DomainError,
  ErrorDetail,
  Page,
  ParsedTable,
  pickFields,
  ReadReplica,
  RequestContext,
  UnitOfWork,
  updateReturning,
  bilingualDetail,
  invalidField,
} from '@app/platform';
import { findAgency, managesThroughQualitySystem } from '@app/organization';
import { missingColumnsError, readTableBody } from '../csv';
import {
  AGENCY_MANAGERS,
  agenciesUnder,
  assertAgencyActive,
  assertMayActIn,
  assertOverseesProvince,
  assertReadable,
  cleanText,
  nameKey,
  resolveProvince,
} from '../oversight-access';
import { AdministrativeProcedure } from './administrative-procedure.entity';
import { AgencyCoverage, computeCoverage, ratioOf } from '@app/reporting';
import {
  ImportAdministrativeProceduresQuery,
  ListAdministrativeProceduresQuery,
  TTHC_CODE,
} from './dto/administrative-procedure.dto';

export interface AdministrativeProcedureView {
  id: string;
  agencyId: string;
  code: string;
  name: string;
  field: string | null;
  active: boolean;
  version: number;
  updatedAt: Date;
}

export interface CatalogueImportResult {
  agencyId: string;
  created: number;
  updated: number;
  unchanged: number;
  deactivated: number;
  /** Active entries after the import. */
  total: number;
}

export interface ProvinceCoverage {
  provinceAgencyId: string;
  total: number;
  covered: number;
  ratio: number | null;
  agencies: {
    agencyId: string;
    code: string;
    name: string;
    level: string;
    total: number;
    covered: number;
    ratio: number | null;
  }[];
}

const SORTABLE = { code: 'p.code', name: 'p.name', field: 'p.field', updatedAt: 'p.updated_at' };
/** Header names accepted for each column (compared without diacritics or case). */
const COLUMNS: Record<'code' | 'name' | 'field', string[]> = {
  code: ['code', 'ma', 'ma tthc', 'ma thu tuc', 'ma_tthc'],
  name: ['name', 'ten', 'ten tthc', 'ten thu tuc', 'ten thu tuc hanh chinh', 'ten_tthc'],
  field: ['field', 'linh vuc', 'linh_vuc'],
};
const MAX_ROWS = 5000;

/** Each agency's catalogue of administrative procedures (TTHC) and how far its QMS covers them. */
@Injectable()
export class AdministrativeProceduresService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly replica: ReadReplica,
  ) {}

  async list(
    ctx: RequestContext,
    agencyId: string,
    query: ListAdministrativeProceduresQuery,
  ): Promise<Page<AdministrativeProcedureView>> {
    assertReadable(ctx, agencyId, 'agency');
    const { column, direction } = query.orderBy(SORTABLE, 'code');
    const qb = this.uow.dataSource
      .getRepository(AdministrativeProcedure)
      .createQueryBuilder('p')
      .where('p.agency_id = :agencyId', { agencyId })
      .andWhere('p.active = :active', { active: query.active ?? true });
    if (query.q) {
      qb.andWhere(
        `(lower(f_unaccent(p.name)) LIKE '%' || lower(f_unaccent(:q)) || '%' OR lower(p.code) LIKE '%' || lower(:q) || '%')`,
        { q: query.q },
      );
    }
    qb.orderBy(column, direction).addOrderBy('p.id').skip(query.offset).take(query.pageSize);
    const [items, total] = await qb.getManyAndCount();
    return query.result(items.map(toView), total);
  }

  /**
   * Imports the catalogue from CSV or XLSX (columns code, name and optionally field; Vietnamese
   * headers "Mã TTHC", "Tên TTHC", "Lĩnh vực" are accepted). All or nothing: any bad row refuses the
   * file with a 400 naming each line. Existing codes are updated, new ones added; with
   * `replace`, codes missing from the file are removed from the catalogue (marked inactive).
   */
  async import(
    ctx: RequestContext,
    agencyId: string,
    request: Request,
    options: ImportAdministrativeProceduresQuery,
  ): Promise<CatalogueImportResult> {
    // the lead agency's managers keep the catalogues of the branches their QMS covers
    if (!(await managesThroughQualitySystem(this.uow.manager, ctx, agencyId)))
      assertMayActIn(ctx, agencyId, AGENCY_MANAGERS);
    const rows = parseCatalogue(await readTableBody(request));
    return this.uow.run(ctx, async (tx) => {
      await assertAgencyActive(tx.manager, agencyId);
      // serialise imports of one agency's catalogue
      await tx.manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`tthc:${agencyId}`]);
      const upserted = await tx.manager.query<{ inserted: boolean }[]>(
        `INSERT INTO administrative_procedures (agency_id, code, name, field, created_by, updated_by)
         SELECT $1, r.code, r.name, r.field, $5, $5
           FROM unnest($2::text[], $3::text[], $4::text[]) AS r(code, name, field)
         ON CONFLICT (agency_id, code) DO UPDATE
           SET name = EXCLUDED.name, field = EXCLUDED.field, active = true, updated_by = EXCLUDED.updated_by,
               version = administrative_procedures.version + 1, updated_at = now()
         WHERE (administrative_procedures.name, administrative_procedures.field, administrative_procedures.active)
               IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.field, true)
         RETURNING (xmax = 0) AS inserted`,
        [agencyId, rows.map((r) => r.code), rows.map((r) => r.name), rows.map((r) => r.field), ctx.userId],
      );
      let deactivated = 0;
      if (options.replace) {
        const removed = await updateReturning<{ code: string }>(
          tx.manager,
          `UPDATE administrative_procedures SET active = false, updated_by = $3, version = version + 1, updated_at = now()
            WHERE agency_id = $1 AND active AND code <> ALL($2::text[]) RETURNING code`,
          [agencyId, rows.map((r) => r.code), ctx.userId],
        );
        deactivated = removed.length;
      }
      const [{ n }] = await tx.manager.query<{ n: string }[]>(
        'SELECT count(*)::text AS n FROM administrative_procedures WHERE agency_id = $1 AND active',
        [agencyId],
      );
      const created = upserted.filter((r) => r.inserted).length;
      const result: CatalogueImportResult = {
        agencyId,
        created,
        updated: upserted.length - created,
        unchanged: rows.length - upserted.length,
        deactivated,
        total: Number(n),
      };
      tx.audit({
        subjectType: 'administrativeProcedureCatalogue',
        subjectId: agencyId,
        agencyId,
        action: 'import',
        data: { ...result, rows: rows.length, replace: options.replace ?? false },
      });
      tx.emit('administrativeProcedures.imported', { agencyId });
      return result;
    });
  }

  /** The agency's catalogue, each TTHC with the procedures in force that cover it. */
  async coverage(ctx: RequestContext, agencyId: string): Promise<AgencyCoverage> {
    assertReadable(ctx, agencyId, 'agency');
    return this.replica.run(ctx, async (manager) => {
      if (!(await findAgency(manager, agencyId))) throw DomainError.notFound('agency');
      return (await computeCoverage(manager, [agencyId])).get(agencyId)!;
    });
  }

  /** Coverage of every agency under the province, and of the province as a whole (a report: on the replica). */
  async provinceCoverage(ctx: RequestContext, provinceAgencyId?: string): Promise<ProvinceCoverage> {
    const provinceId = resolveProvince(ctx, provinceAgencyId);
    assertOverseesProvince(ctx, provinceId);
    const { agencies, coverage } = await this.replica.run(ctx, async (manager) => {
      const under = (await agenciesUnder(manager, provinceId)).filter(
        (a) => a.id !== provinceId || a.qualitySystemId !== null,
      );
      const ids = under.map((a) => a.id);
      return { agencies: under, coverage: await computeCoverage(manager, ids) };
    });
    if (agencies.length === 0) throw DomainError.notFound('agency');
    let total = 0;
    let covered = 0;
    const rows = agencies.map((a) => {
      const c = coverage.get(a.id)!;
      total += c.total;
      covered += c.covered;
      return {
        agencyId: a.id,
        code: a.code,
        name: a.name,
        level: a.level,
        total: c.total,
        covered: c.covered,
        ratio: c.ratio,
      };
    });
    return { provinceAgencyId: provinceId, total, covered, ratio: ratioOf(covered, total), agencies: rows };
  }
}

function parseCatalogue({
  header,
  records,
}: ParsedTable): { code: string; name: string; field: string | null }[] {
  const column = (key: keyof typeof COLUMNS) => header.find((h) => COLUMNS[key].includes(nameKey(h)));
  const codeColumn = column('code');
  const nameColumn = column('name');
  const fieldColumn = column('field');
  const missing = (['code', 'name'] as const).filter((c) => !column(c));
  if (missing.length > 0) {
    throw missingColumnsError(missing.map((c) => ({ column: c, accepted: COLUMNS[c] })));
  }
  if (records.length === 0) {
    throw invalidField('file', 'Tệp không có dòng dữ liệu nào', 'the CSV has no rows');
  }
  if (records.length > MAX_ROWS) {
    throw invalidField(
      'file',
      `Mỗi lần nhập có tối đa ${MAX_ROWS} dòng`,
      `at most ${MAX_ROWS} rows per import`,
    );
  }
  const details: ErrorDetail[] = [];
  const seen = new Map<string, number>();
  const rows = records.map((r) => {
    const code = r.values[codeColumn!];
    const name = cleanText(r.values[nameColumn!] ?? '');
    const field = fieldColumn ? cleanText(r.values[fieldColumn] ?? '') || null : null;
    if (!TTHC_CODE.test(code)) {
      details.push(
        bilingualDetail(
          `line ${r.line}: code`,
          'Mã (code) chỉ gồm chữ cái, chữ số và . _ - (tối đa 50 ký tự)',
          'code: letters, digits and . _ - (at most 50)',
        ),
      );
    } else if (seen.has(code)) {
      details.push(
        bilingualDetail(
          `line ${r.line}: code`,
          `Mã ${code} đã có ở dòng ${seen.get(code)}`,
          `code ${code} is already on line ${seen.get(code)}`,
        ),
      );
    } else {
      seen.set(code, r.line);
    }
    if (name.length === 0 || name.length > 1000)
      details.push(
        bilingualDetail(
          `line ${r.line}: name`,
          'Tên (name) phải dài từ 1 đến 1000 ký tự',
          'name must be 1 to 1000 characters',
        ),
      );
    if (field && field.length > 300)
      details.push(
        bilingualDetail(
          `line ${r.line}: field`,
          'Lĩnh vực (field) dài tối đa 300 ký tự',
          'field must be at most 300 characters',
        ),
      );
    return { code, name, field };
  });
  if (details.length > 0) throw new DomainError('VALIDATION_FAILED', {}, details.slice(0, 100));
  return rows;
}

function toView(p: AdministrativeProcedure): AdministrativeProcedureView {
  return pickFields(p, ['id', 'agencyId', 'code', 'name', 'field', 'active', 'version', 'updatedAt']);
}
