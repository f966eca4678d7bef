import { Injectable, OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import {
  addMonths,
  Clock,
  createSubject,
  domainEvent,
  DomainError,
  duplicateError,
  futureDateError,
  OnTransition,
  Page,
  PageQuery,
  pickFields,
  RequestContext,
  Transaction,
  TransitionChange,
  UnitOfWork,
  uniqueViolationAs,
  updateReturning,
  bilingualDetail,
} from '@app/platform';
import {
  findAgency,
  loadQualitySystem,
  QUALITY_SYSTEM_LIFECYCLE,
  QualitySystemScopeChange,
  QualitySystemStatus,
  QualitySystemScopeListeners,
  QualitySystemsService,
  QualitySystemWithAgencies,
  requireQualitySystemOf,
} from '@app/organization';
import { CapaReportsService } from '@app/capa';
import { DeadlinesService, secretaryDeadline } from '@app/deadlines';
import { AGENCY_MANAGERS, HEAD_OF_AGENCY, readableFilter } from '../oversight-access';
import {
  computeCoverage,
  DeclarationDecision,
  declarationsCovering,
  PublicDeclarationRow,
} from '@app/reporting';
import { evaluatePreconditions, Precondition } from './declaration-preconditions';
import {
  CONFIRMATION_HISTORY,
  Declaration,
  DECLARATION_LIFECYCLE,
  EffectivenessConfirmation,
} from './declaration.entity';
import {
  CreateDeclarationDto,
  CreateEffectivenessConfirmationDto,
  ListDeclarationsQuery,
} from './dto/declaration.dto';

/** Months an agency has to re-declare its QMS after a change of scope. */
export const REDECLARATION_MONTHS = 3;

export interface DeclarationView extends DeclarationDecision {
  id: string;
  qualitySystemId: string;
  agencyId: string;
  agencyIds: string[];
  status: string;
  redeclarationRequiredAt: Date | null;
  redeclarationReason: string | null;
  previousId: string | null;
  supersededById: string | null;
  supersededAt: Date | null;
  /** When it lapsed because its QMS was suspended (status LAPSED). */
  lapsedAt: Date | null;
  confirmationId: string;
  recordedBy: string | null;
  createdAt: Date;
  version: number;
}

/** What anyone may read of a declaration (it is published): the read model's row as it is. */
export type PublicDeclarationView = PublicDeclarationRow;

export interface ConfirmationView {
  id: string;
  qualitySystemId: string;
  agencyId: string;
  confirmedOn: string;
  statement: string;
  confirmedBy: string | null;
  declarationId: string | null;
  createdAt: Date;
}

export interface DeclarationReadiness {
  qualitySystemId: string;
  ready: boolean;
  preconditions: Precondition[];
  /** The QMS's current declaration, if any. */
  current: DeclarationView | null;
}

const SORTABLE = {
  decisionDate: 'd.decision_date',
  decisionNumber: 'd.decision_number',
  createdAt: 'd.created_at',
  status: 'd.status',
};

/**
 * Conformity declarations (công bố HTQLCL phù hợp TCVN ISO 9001:2015). The head of agency
 * confirms the QMS's effectiveness; the lead agency's ISO secretary (or agency administrator)
 * records the decision the head signed, which is accepted only when the preconditions hold in
 * the records. A later change of the QMS's scope puts the declaration in
 * REDECLARATION_REQUIRED with a deadline; the next declaration supersedes it.
 */
@Injectable()
export class DeclarationsService implements OnModuleInit {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly deadlines: DeadlinesService,
    private readonly qualitySystems: QualitySystemsService,
    private readonly scopeListeners: QualitySystemScopeListeners,
    private readonly capa: CapaReportsService,
  ) {}

  onModuleInit(): void {
    this.scopeListeners.register('declarations', (tx, change) => this.requireRedeclaration(tx, change));
  }

  // ---- confirmation of effectiveness (head of agency)

  async confirmEffectiveness(
    ctx: RequestContext,
    qualitySystemId: string,
    dto: CreateEffectivenessConfirmationDto,
  ): Promise<ConfirmationView> {
    await this.qualitySystems.get(ctx, qualitySystemId);
    if (dto.confirmedOn > this.clock.today()) throw futureDateError('confirmedOn', 'Ngày xác nhận');
    return this.uow.run(ctx, async (tx) => {
      const qms = await loadQualitySystem(tx.manager, qualitySystemId, true);
      if (!ctx.isSystemAdmin && !ctx.hasRole(qms.leadAgencyId, ...HEAD_OF_AGENCY))
        throw DomainError.forbidden();
      const confirmation = tx.manager.create(EffectivenessConfirmation, {
        qualitySystemId,
        agencyId: qms.leadAgencyId,
        confirmedOn: dto.confirmedOn,
        statement: dto.statement.normalize('NFC').trim(),
        confirmedBy: ctx.userId,
        declarationId: null,
      });
      await CONFIRMATION_HISTORY.create(tx, confirmation, {
        to: 'RECORDED',
        data: { qualitySystemId, confirmedOn: dto.confirmedOn },
        event: (row) =>
          domainEvent('qualitySystem.effectivenessConfirmed', {
            qualitySystemId,
            confirmationId: row.id,
            agencyId: row.agencyId,
          }),
      });
      return toConfirmationView(confirmation);
    });
  }

  async listConfirmations(
    ctx: RequestContext,
    qualitySystemId: string,
    page: PageQuery,
  ): Promise<Page<ConfirmationView>> {
    await this.qualitySystems.get(ctx, qualitySystemId);
    const [items, total] = await this.uow.dataSource.getRepository(EffectivenessConfirmation).findAndCount({
      where: { qualitySystemId },
      order: { confirmedOn: 'DESC', createdAt: 'DESC' },
      skip: page.offset,
      take: page.pageSize,
    });
    return page.result(items.map(toConfirmationView), total);
  }

  // ---- declarations

  /** Which preconditions of a declaration hold for the QMS today. */
  async readiness(ctx: RequestContext, qualitySystemId: string): Promise<DeclarationReadiness> {
    await this.qualitySystems.get(ctx, qualitySystemId);
    const manager = this.uow.manager;
    const qms = await loadQualitySystem(manager, qualitySystemId);
    const { preconditions } = await evaluatePreconditions(manager, this.capa, qms, this.clock.today());
    const current = await currentDeclaration(manager, qualitySystemId);
    return {
      qualitySystemId,
      ready: preconditions.every((p) => p.met),
      preconditions,
      current: current ? toView(current) : null,
    };
  }

  async list(ctx: RequestContext, query: ListDeclarationsQuery): Promise<Page<DeclarationView>> {
    const { column, direction } = query.orderBy(SORTABLE, 'decisionDate');
    const qb = this.uow.dataSource.getRepository(Declaration).createQueryBuilder('d');
    const readable = readableFilter(ctx);
    if (readable) qb.andWhere('d.agency_ids && CAST(:readable AS uuid[])', { readable });
    if (query.agencyId) qb.andWhere(':agencyId = ANY(d.agency_ids)', { agencyId: query.agencyId });
    if (query.qualitySystemId) qb.andWhere('d.quality_system_id = :qms', { qms: query.qualitySystemId });
    if (query.status) qb.andWhere('d.status = :status', { status: query.status });
    qb.orderBy(column, query.sort ? direction : 'DESC')
      .addOrderBy('d.created_at', 'DESC')
      .skip(query.offset)
      .take(query.pageSize);
    const [items, total] = await qb.getManyAndCount();
    return query.result(items.map(toView), total);
  }

  async get(ctx: RequestContext, id: string): Promise<DeclarationView> {
    const declaration = await this.uow.dataSource.getRepository(Declaration).findOneBy({ id });
    if (!declaration || !declaration.agencyIds.some((a) => ctx.canRead(a)))
      throw DomainError.notFound('declaration');
    return toView(declaration);
  }

  /**
   * Records the declaration decision of the QMS covering `agencyId`. 409 listing every unmet
   * precondition; 409 DECLARATION_IS_IN_FORCE while the QMS's declaration is still in force.
   */
  async create(ctx: RequestContext, dto: CreateDeclarationDto): Promise<DeclarationView> {
    if (!ctx.canRead(dto.agencyId)) throw DomainError.notFound('agency');
    const today = this.clock.today();
    if (dto.decisionDate > today) throw futureDateError('decisionDate', 'Ngày quyết định');
    return uniqueViolationAs(
      this.uow.run(ctx, async (tx) => {
        const qualitySystemId = await requireQualitySystemOf(tx.manager, dto.agencyId);
        const qms = await loadQualitySystem(tx.manager, qualitySystemId, true);
        if (!ctx.isSystemAdmin && !ctx.hasRole(qms.leadAgencyId, ...AGENCY_MANAGERS))
          throw DomainError.forbidden();
        const current = await currentDeclaration(tx.manager, qms.id, true);
        // only a declaration awaiting re-declaration may be replaced (one in force: 409)
        if (current) DECLARATION_LIFECYCLE.assert(current.status, 'SUPERSEDED');

        const { preconditions, confirmationId } = await evaluatePreconditions(
          tx.manager,
          this.capa,
          qms,
          today,
        );
        const unmet = preconditions.filter((p) => !p.met);
        if (unmet.length > 0) {
          throw new DomainError(
            'DECLARATION_PRECONDITIONS_NOT_MET',
            { count: unmet.length },
            unmet.map((p) => ({ code: p.code, message: p.message })),
          );
        }
        const codes = await this.declaredCodes(tx.manager, qms, dto.administrativeProcedureCodes);

        // the declaration it re-declares leaves the QMS's single current slot first
        const id = randomUUID();
        if (current) await this.supersede(tx, current, id);
        const declaration = tx.manager.create(Declaration, {
          id,
          qualitySystemId: qms.id,
          agencyId: qms.leadAgencyId,
          agencyIds: qms.agencyIds,
          decisionNumber: dto.decisionNumber.normalize('NFC').trim(),
          decisionDate: dto.decisionDate,
          signerName: dto.signerName.normalize('NFC').trim(),
          signerTitle: dto.signerTitle.normalize('NFC').trim(),
          scope: dto.scope.normalize('NFC').trim(),
          administrativeProcedureCodes: codes,
          confirmationId: confirmationId!,
          previousId: current?.id ?? null,
          status: 'IN_FORCE',
          redeclarationRequiredAt: null,
          redeclarationReason: null,
          supersededById: null,
          supersededAt: null,
          lapsedAt: null,
          recordedBy: ctx.userId,
          version: 1,
        });
        await createSubject(tx, DECLARATION_LIFECYCLE, declaration, {
          action: current ? 'redeclare' : 'declare',
          data: {
            qualitySystemId: qms.id,
            decisionNumber: declaration.decisionNumber,
            decisionDate: declaration.decisionDate,
            scope: declaration.scope,
            administrativeProcedureCodes: codes.length,
            previousId: current?.id ?? null,
          },
          event: (row) =>
            domainEvent('declaration.recorded', {
              declarationId: row.id,
              qualitySystemId: qms.id,
              agencyIds: qms.agencyIds,
            }),
        });
        const used = await updateReturning<{ id: string }>(
          tx.manager,
          `UPDATE effectiveness_confirmations SET declaration_id = $2, updated_at = now()
            WHERE id = $1 AND declaration_id IS NULL RETURNING id`,
          [confirmationId, declaration.id],
        );
        if (used.length !== 1) throw DomainError.stateConflict('effectivenessConfirmation', 'USED');
        await this.qualitySystems.markDeclared(tx, qms.id);
        return toView(declaration);
      }),
      {
        declarations_decision_number: () =>
          duplicateError('declaration', 'decisionNumber', dto.decisionNumber),
        declarations_current: () => DomainError.stateConflict('declaration', 'IN_FORCE'),
      },
    );
  }

  /** The published declarations covering an agency: no sign-in needed. */
  async listPublic(agencyId: string, page: PageQuery): Promise<Page<PublicDeclarationView>> {
    if (!(await findAgency(this.uow.manager, agencyId))) throw DomainError.notFound('agency');
    const { total, rows } = await declarationsCovering(this.uow.manager, agencyId, {
      offset: page.offset,
      limit: page.pageSize,
    });
    return page.result(rows, total);
  }

  /**
   * A QMS suspended: its declarations still in force (or awaiting re-declaration) lapse in the
   * same transaction (status LAPSED, event declaration.lapsed that tells the agency), and a
   * re-declaration deadline they had is cancelled: a suspended QMS declares nothing.
   */
  @OnTransition(QUALITY_SYSTEM_LIFECYCLE, { to: 'SUSPENDED', phase: 'end' })
  async lapseOnSuspension(
    tx: Transaction,
    {
      subject: qms,
      from,
    }: TransitionChange<QualitySystemStatus, { id: string; version: number; status: QualitySystemStatus }>,
  ): Promise<void> {
    if (from === 'SUSPENDED') return;
    const current = await tx.manager.find(Declaration, {
      where: [
        { qualitySystemId: qms.id, status: 'IN_FORCE' },
        { qualitySystemId: qms.id, status: 'REDECLARATION_REQUIRED' },
      ],
      lock: { mode: 'pessimistic_write' },
    });
    for (const declaration of current) {
      await DECLARATION_LIFECYCLE.transition(tx, declaration, 'LAPSED', {
        reason: 'HTQLCL bị tạm dừng áp dụng',
        data: { qualitySystemId: qms.id },
        set: { lapsedAt: this.clock.now() },
      });
      await this.deadlines.cancel(tx, 'declaration', declaration.id, 'REDECLARATION');
    }
  }

  /**
   * Called inside the transaction that changed the QMS's scope: its declaration in force now
   * needs re-declaration, due within REDECLARATION_MONTHS (a deadline of the ISO secretary).
   */
  private async requireRedeclaration(tx: Transaction, change: QualitySystemScopeChange): Promise<void> {
    const parts = [
      change.before.scope !== change.after.scope ? 'nội dung phạm vi' : null,
      change.before.memberAgencyIds.join() !== change.after.memberAgencyIds.join()
        ? 'các cơ quan thuộc HTQLCL'
        : null,
    ].filter((p): p is string => p !== null);
    const reason = `Thay đổi phạm vi áp dụng HTQLCL (${parts.join(', ') || 'phạm vi'})`;
    const inForce = await tx.manager.find(Declaration, {
      where: { qualitySystemId: change.qualitySystemId, status: 'IN_FORCE' },
      lock: { mode: 'pessimistic_write' },
    });
    for (const declaration of inForce) {
      const due = addMonths(this.clock.today(), REDECLARATION_MONTHS);
      await DECLARATION_LIFECYCLE.transition(tx, declaration, 'REDECLARATION_REQUIRED', {
        reason,
        data: { qualitySystemId: change.qualitySystemId, before: change.before, after: change.after, due },
        set: { redeclarationRequiredAt: this.clock.now(), redeclarationReason: reason },
      });
      await this.deadlines.register(
        tx,
        secretaryDeadline(
          declaration,
          'declaration',
          'REDECLARATION',
          `Công bố lại HTQLCL sau khi thay đổi phạm vi (thay thế quyết định ${declaration.decisionNumber})`,
          due,
        ),
      );
    }
  }

  private async supersede(tx: Transaction, current: Declaration, byId: string): Promise<void> {
    await DECLARATION_LIFECYCLE.transition(tx, current, 'SUPERSEDED', {
      data: { supersededById: byId },
      set: { supersededById: byId, supersededAt: this.clock.now() },
    });
    await this.deadlines.meet(tx, 'declaration', current.id, 'REDECLARATION');
  }

  /**
   * The TTHC codes a declaration covers: those asked for, which must be in the catalogue of an
   * agency of the QMS (400 naming the others), or by default every TTHC a procedure in force covers.
   */
  private async declaredCodes(
    manager: EntityManager,
    qms: QualitySystemWithAgencies,
    requested?: string[],
  ): Promise<string[]> {
    const coverage = await computeCoverage(manager, qms.agencyIds);
    const items = [...coverage.values()].flatMap((c) => c.items);
    if (requested === undefined) {
      return [...new Set(items.filter((i) => i.covered).map((i) => i.code))].sort();
    }
    const known = new Set(items.map((i) => i.code));
    const unknown = requested.filter((code) => !known.has(code));
    if (unknown.length > 0) {
      throw new DomainError(
        'VALIDATION_FAILED',
        {},
        unknown
          .slice(0, 100)
          .map((code) =>
            bilingualDetail(
              'administrativeProcedureCodes',
              `${code} không có trong danh mục TTHC của các cơ quan thuộc HTQLCL`,
              `${code} is not in the TTHC catalogue of the QMS's agencies`,
            ),
          ),
      );
    }
    return [...requested].sort();
  }
}

/** The QMS's declaration neither superseded nor lapsed (in force or awaiting re-declaration), if any. */
async function currentDeclaration(
  manager: EntityManager,
  qualitySystemId: string,
  lock = false,
): Promise<Declaration | null> {
  const qb = manager.getRepository(Declaration).createQueryBuilder('d');
  if (lock) qb.setLock('pessimistic_write');
  return qb
    .where('d.quality_system_id = :id', { id: qualitySystemId })
    .andWhere("d.status NOT IN ('SUPERSEDED', 'LAPSED')")
    .getOne();
}

function toView(d: Declaration): DeclarationView {
  return pickFields(d, [
    'id',
    'qualitySystemId',
    'agencyId',
    'agencyIds',
    'decisionNumber',
    'decisionDate',
    'signerName',
    'signerTitle',
    'scope',
    'administrativeProcedureCodes',
    'status',
    'redeclarationRequiredAt',
    'redeclarationReason',
    'previousId',
    'supersededById',
    'supersededAt',
    'lapsedAt',
    'confirmationId',
    'recordedBy',
    'createdAt',
    'version',
  ]);
}

function toConfirmationView(c: EffectivenessConfirmation): ConfirmationView {
  return pickFields(c, [
    'id',
    'qualitySystemId',
    'agencyId',
    'confirmedOn',
    'statement',
    'confirmedBy',
    'declarationId',
    'createdAt',
  ]);
}
