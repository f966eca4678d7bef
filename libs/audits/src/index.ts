export * from './audits.errors';
import {
  Audit,
  AuditChecklistItem,
  AuditFinding,
  AuditorUnit,
  AuditProgramme,
  FindingAttachment,
} from './audit.entity';
import { ManagementReview, ManagementReviewOutput } from './management-reviews/management-review.entity';

export * from './audit-programmes.service';
export * from './audit-report.service';
export * from './audit.entity';
export * from './auditor-independence';
export * from './auditor-units.service';
export * from './audits.module';
export * from './audits.service';
export * from './checklists.service';
export * from './dto/audit.dto';
export * from './findings.service';
export * from './management-reviews/dto/management-review.dto';
export * from './management-reviews/management-review.entity';
export * from './management-reviews/management-reviews.service';
export * from './management-reviews/review-inputs';
export * from './qms-activity';

export const AUDIT_ENTITIES = [
  AuditProgramme,
  Audit,
  AuditChecklistItem,
  AuditFinding,
  FindingAttachment,
  AuditorUnit,
  ManagementReview,
  ManagementReviewOutput,
];
