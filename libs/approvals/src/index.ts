export * from './approvals.errors';
import { ApprovalRequest, ApprovalStep, WorkflowTemplate } from './approval.entity';
import { DecisionNumber, DecisionNumberCounter } from './decision-numbers';
import { ApprovalStepSignature } from './step-signature.entity';

export * from './approval-subjects';
export * from './approval.entity';
export * from './approvals.module';
export * from './approvals.service';
export * from './decision-numbers';
export * from './dto/approval.dto';
export * from './dto/signed-approval.dto';
export * from './signed-approvals.service';
export * from './step-signature.entity';
export * from './workflow-templates.service';

export const APPROVAL_ENTITIES = [
  ApprovalRequest,
  ApprovalStep,
  WorkflowTemplate,
  ApprovalStepSignature,
  DecisionNumber,
  DecisionNumberCounter,
];
