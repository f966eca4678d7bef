import { Module } from '@nestjs/common';
import { DeadlinesModule } from '@app/deadlines';
import { OrganizationModule } from '@app/organization';
import { SignaturesModule } from '@app/signatures';
import { StorageModule } from '@app/storage';
import { ApprovalSubjects } from './approval-subjects';
import { ApprovalsService } from './approvals.service';
import { DecisionNumbering } from './decision-numbers';
import { SignedApprovalsService } from './signed-approvals.service';
import { WorkflowTemplatesService } from './workflow-templates.service';

@Module({
  imports: [DeadlinesModule, OrganizationModule, StorageModule, SignaturesModule],
  providers: [
    ApprovalSubjects,
    ApprovalsService,
    SignedApprovalsService,
    WorkflowTemplatesService,
    DecisionNumbering,
  ],
  exports: [
    ApprovalSubjects,
    ApprovalsService,
    SignedApprovalsService,
    WorkflowTemplatesService,
    DecisionNumbering,
  ],
})
export class ApprovalsModule {}
