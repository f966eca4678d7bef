import { Module } from '@nestjs/common';
import { DeadlinesModule } from '@app/deadlines';
import { OrganizationModule } from '@app/organization';
import { ApprovalSubjects } from './approval-subjects';
import { ApprovalsService } from './approvals.service';
import { WorkflowTemplatesService } from './workflow-templates.service';

@Module({
  imports: [DeadlinesModule, OrganizationModule],
  providers: [ApprovalSubjects, ApprovalsService, WorkflowTemplatesService],
  exports: [ApprovalSubjects, ApprovalsService, WorkflowTemplatesService],
})
export class ApprovalsModule {}
