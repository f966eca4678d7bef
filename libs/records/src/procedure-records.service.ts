import { Injectable } from '@nestjs/common';
import { bilingualDetail, DomainError, Page, pickFields, RequestContext, UnitOfWork } from '@app/platform';
import { documentSummaries } from '@app/documents';
import { assertAgencyActive } from '@app/organization';
import {
  CreateProcedureRecordDto,
  ListProcedureRecordsQuery,
  UpdateProcedureRecordDto,
} from './dto/records.dto';
import { PROCEDURE_RECORD_HISTORY, ProcedureRecord } from './record.entities';
import { assertMayKeep, clean, readableRecords, retentionLabel, retentionOf } from './records-access';

export interface ProcedureRecordView {
  id: string;
  agencyId: string;
  documentId: string;
  procedureCode: string;
  formCode: string | null;
  name: string;
  ownerUnit: string;
  location: string;
  retentionYears: number | null;
  permanent: boolean;
  /** "10 năm" or "Vĩnh viễn". */
  retention: string;
  medium: string;
  version: number;
  createdAt: Date;
}

const SORTABLE = { procedureCode: 'r.procedure_code', name: 'r.name', createdAt: 'r.created_at' };

/** The records each procedure declares it produces (from its forms): the source of the yearly list. */
@Injectable()
export class ProcedureRecordsService {
  constructor(private readonly uow: UnitOfWork) {}

  async list(ctx: RequestContext, query: ListProcedureRecordsQuery): Promise<Page<ProcedureRecordView>> {
    const qb = readableRecords(this.uow.dataSource, ProcedureRecord, 'r', ctx, {
      agency_id: query.agencyId,
      document_id: query.documentId,
    });
    // by procedure, then by form within it (the order of the list built from them)
    const { column, direction } = query.orderBy(SORTABLE, 'procedureCode');
    const [rows, total] = await qb
      .orderBy(column, direction)
      .addOrderBy('r.form_code', 'ASC', 'NULLS LAST')
      .addOrderBy('r.id')
      .skip(query.offset)
      .take(query.pageSize)
      .getManyAndCount();
    return query.result(rows.map(toProcedureRecordView), total);
  }

  async create(ctx: RequestContext, dto: CreateProcedureRecordDto): Promise<ProcedureRecordView> {
    const retention = retentionOf(dto);
    const row = await this.uow.run(ctx, async (tx) => {
      const [procedure] = await documentSummaries(tx.manager, [dto.documentId]);
      if (!procedure || !ctx.canRead(procedure.agencyId)) throw DomainError.notFound('document');
      assertMayKeep(ctx, procedure.agencyId, 'document');
      if (procedure.type !== 'PROCEDURE') {
        throw new DomainError('VALIDATION_FAILED', {}, [
          bilingualDetail(
            'documentId',
            'Chỉ quy trình (tài liệu loại PROCEDURE) mới khai báo hồ sơ',
            'documentId must be a PROCEDURE document',
          ),
        ]);
      }
      await assertAgencyActive(tx.manager, procedure.agencyId);
      const row = tx.manager.create(ProcedureRecord, {
        agencyId: procedure.agencyId,
        documentId: procedure.id,
        procedureCode: procedure.code,
        formCode: clean(dto.formCode),
        name: clean(dto.name),
        ownerUnit: clean(dto.ownerUnit),
        location: clean(dto.location),
        ...retention,
        medium: dto.medium,
        createdBy: ctx.userId,
        version: 1,
      });
      await PROCEDURE_RECORD_HISTORY.create(tx, row, {
        data: (r) => ({ documentId: r.documentId, name: r.name, retention: retentionLabel(r) }),
      });
      return row;
    });
    return this.get(ctx, row.id);
  }

  async get(ctx: RequestContext, id: string): Promise<ProcedureRecordView> {
    const row = await this.uow.dataSource.getRepository(ProcedureRecord).findOneBy({ id });
    if (!row || !ctx.canRead(row.agencyId)) throw DomainError.notFound('procedureRecord');
    return toProcedureRecordView(row);
  }

  async update(ctx: RequestContext, id: string, dto: UpdateProcedureRecordDto): Promise<ProcedureRecordView> {
    await this.uow.run(ctx, async (tx) => {
      const row = await tx.manager
        .getRepository(ProcedureRecord)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row || !ctx.canRead(row.agencyId)) throw DomainError.notFound('procedureRecord');
      assertMayKeep(ctx, row.agencyId, 'procedureRecord');
      const retention =
        dto.retentionYears !== undefined || dto.permanent !== undefined ? retentionOf(dto) : {};
      await PROCEDURE_RECORD_HISTORY.update(
        tx,
        row,
        {
          formCode: dto.formCode === undefined ? undefined : clean(dto.formCode),
          name: dto.name === undefined ? undefined : clean(dto.name),
          ownerUnit: dto.ownerUnit === undefined ? undefined : clean(dto.ownerUnit),
          location: dto.location === undefined ? undefined : clean(dto.location),
          medium: dto.medium,
          ...retention,
        },
        { expectedVersion: dto.version },
      );
    });
    return this.get(ctx, id);
  }
}

export function toProcedureRecordView(r: ProcedureRecord): ProcedureRecordView {
  return {
    ...pickFields(r, [
      'id',
      'agencyId',
      'documentId',
      'procedureCode',
      'formCode',
      'name',
      'ownerUnit',
      'location',
      'retentionYears',
      'permanent',
    ]),
    retention: retentionLabel(r),
    ...pickFields(r, ['medium', 'version', 'createdAt']),
  };
}
