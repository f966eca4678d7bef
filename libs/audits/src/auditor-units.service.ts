import { Injectable } from '@nestjs/common';
import {
  DomainError,
  Page,
  PageQuery,
  RequestContext,
  toBusinessDate,
  UnitOfWork,
  bilingualDetail,
} from '@app/platform';
import {
  auditorQualificationOf,
  auditorRegister,
  AuditorRegisterRow,
  internalAuditorQualifications,
} from '@app/reporting';
import { assertMayActIn, cleanLabel, membershipsOf, PROGRAMME_MANAGERS } from './audit-access';
import { PutAuditorUnitDto } from './dto/audit.dto';

/** A row of the agency's register of internal auditors (reporting's auditorRegister), with the agency. */
export interface AuditorUnitView extends AuditorRegisterRow {
  agencyId: string;
}

/**
 * The agency's register of internal auditors and their home units (danh sách chuyên gia đánh
 * giá nội bộ), against which an audit team's independence is judged.
 */
@Injectable()
export class AuditorUnitsService {
  constructor(private readonly uow: UnitOfWork) {}

  /** The agency's INTERNAL_AUDITORs, and anyone else with a registered unit there. */
  async list(ctx: RequestContext, agencyId: string, page: PageQuery): Promise<Page<AuditorUnitView>> {
    if (!ctx.canRead(agencyId)) throw DomainError.notFound('agency');
    const { total, rows } = await auditorRegister(this.uow.manager, agencyId, {
      direction: page.sortDirection('ASC'),
      limit: page.pageSize,
      offset: page.offset,
    });
    return page.result(
      rows.map((r) => ({ agencyId, ...r })),
      total,
    );
  }

  /** Registers (or changes) a member's home unit in the agency. */
  async put(
    ctx: RequestContext,
    agencyId: string,
    userId: string,
    dto: PutAuditorUnitDto,
  ): Promise<AuditorUnitView> {
    assertMayActIn(ctx, agencyId, PROGRAMME_MANAGERS);
    return this.uow.run(ctx, async (tx) => {
      const [member] = await membershipsOf(tx.manager, [userId], [agencyId]);
      if (!member) {
        throw new DomainError('VALIDATION_FAILED', {}, [
          bilingualDetail(
            'userId',
            'Người dùng phải là thành viên đang hoạt động của cơ quan',
            'the user must be an active member of the agency',
          ),
        ]);
      }
      const unit = cleanLabel(dto.unit);
      const [before] = await tx.manager.query<{ unit: string }[]>(
        'SELECT unit FROM auditor_units WHERE agency_id = $1 AND user_id = $2 FOR UPDATE',
        [agencyId, userId],
      );
      const [row] = await tx.manager.query<{ id: string; updated_at: Date; version: number }[]>(
        `INSERT INTO auditor_units (agency_id, user_id, unit, updated_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT ON CONSTRAINT auditor_units_agency_user DO UPDATE
           SET unit = EXCLUDED.unit, updated_by = EXCLUDED.updated_by, updated_at = now(),
               version = auditor_units.version + 1
         RETURNING id, updated_at, version`,
        [agencyId, userId, unit, ctx.userId],
      );
      tx.audit({
        subjectType: 'auditorUnit',
        subjectId: row.id,
        agencyId,
        action: before ? 'update' : 'create',
        data: { userId, before: before?.unit ?? null, after: unit },
      });
      const found = (
        await internalAuditorQualifications(tx.manager, [userId], toBusinessDate(new Date()))
      ).get(userId);
      const qualification = auditorQualificationOf(found);
      return {
        agencyId,
        userId,
        fullName: member.fullName,
        internalAuditor: member.roles.includes('INTERNAL_AUDITOR') && qualification !== null,
        qualification,
        unit,
        updatedAt: row.updated_at,
        version: row.version,
      };
    });
  }
}
