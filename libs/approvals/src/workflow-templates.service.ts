import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { findAgency, holdsRole } from '@app/organization';
import { assertVersion, DomainError, RequestContext, UnitOfWork, invalidField } from '@app/platform';
import { ApprovalKind, defaultSteps, TemplateStep, WorkflowTemplate } from './approval.entity';
import { PutWorkflowTemplateDto } from './dto/approval.dto';

export interface WorkflowTemplateView {
  agencyId: string;
  kind: ApprovalKind;
  steps: TemplateStep[];
  version: number;
  isDefault: boolean;
}

/** Each agency's approval steps per kind; the default applies until the agency sets its own. */
@Injectable()
export class WorkflowTemplatesService {
  constructor(private readonly uow: UnitOfWork) {}

  async get(ctx: RequestContext, agencyId: string, kind: ApprovalKind): Promise<WorkflowTemplateView> {
    if (!ctx.canRead(agencyId)) throw DomainError.notFound('agency');
    await this.assertAgencyExists(this.uow.manager, agencyId);
    const template = await this.uow.dataSource.getRepository(WorkflowTemplate).findOneBy({ agencyId, kind });
    return template
      ? { agencyId, kind, steps: template.steps, version: template.version, isDefault: false }
      : { agencyId, kind, steps: defaultSteps(kind), version: 0, isDefault: true };
  }

  /**
   * Replaces the steps. The last step must be the head of agency's approval (APPROVER): the
   * rules let a document take effect only on that approval. Named assignees must hold the role.
   */
  async put(
    ctx: RequestContext,
    agencyId: string,
    kind: ApprovalKind,
    dto: PutWorkflowTemplateDto,
  ): Promise<WorkflowTemplateView> {
    if (!ctx.canRead(agencyId)) throw DomainError.notFound('agency');
    if (!ctx.isSystemAdmin && !ctx.hasRole(agencyId, 'AGENCY_ADMIN', 'ISO_SECRETARY'))
      throw DomainError.forbidden();
    if (dto.steps[dto.steps.length - 1].role !== 'APPROVER') {
      throw invalidField(
        'steps',
        'Bước cuối cùng phải là APPROVER (thủ trưởng cơ quan)',
        'the last step must be APPROVER (the head of agency)',
      );
    }
    await this.uow.run(ctx, async (tx) => {
      await this.assertAgencyExists(tx.manager, agencyId);
      for (const [index, step] of dto.steps.entries()) {
        if (!step.assigneeId) continue;
        if (!(await holdsRole(tx.manager, step.assigneeId, agencyId, step.role))) {
          throw invalidField(
            `steps[${index}].assigneeId`,
            `Người được giao phải giữ vai trò ${step.role} tại cơ quan này`,
            `the assignee must hold ${step.role} in this agency`,
          );
        }
      }
      const current = await tx.manager
        .getRepository(WorkflowTemplate)
        .findOne({ where: { agencyId, kind }, lock: { mode: 'pessimistic_write' } });
      assertVersion(dto.version, current?.version ?? 0);
      const steps: TemplateStep[] = dto.steps.map((s) => ({
        role: s.role,
        assigneeId: s.assigneeId ?? null,
        slaDays: s.slaDays,
        ...(s.requiresSignature ? { requiresSignature: true } : {}),
      }));
      const version = (current?.version ?? 0) + 1;
      await tx.manager.upsert(WorkflowTemplate, { agencyId, kind, steps, version, updatedBy: ctx.userId }, [
        'agencyId',
        'kind',
      ]);
      tx.audit({
        subjectType: 'workflowTemplate',
        subjectId: `${agencyId}:${kind}`,
        agencyId,
        action: 'update',
        data: { before: current?.steps ?? defaultSteps(kind), after: steps },
      });
    });
    return this.get(ctx, agencyId, kind);
  }

  async stepsFor(manager: EntityManager, agencyId: string, kind: ApprovalKind): Promise<TemplateStep[]> {
    const template = await manager.getRepository(WorkflowTemplate).findOneBy({ agencyId, kind });
    return template?.steps ?? defaultSteps(kind);
  }

  private async assertAgencyExists(manager: EntityManager, agencyId: string): Promise<void> {
    if (!(await findAgency(manager, agencyId))) throw DomainError.notFound('agency');
  }
}
