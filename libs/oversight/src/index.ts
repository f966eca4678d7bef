export * from './oversight.errors';
import { AnnualReport } from './annual-reports/annual-report.entity';
import { Declaration, EffectivenessConfirmation } from './declarations/declaration.entity';
import {
  Inspection,
  InspectionFinding,
  InspectionPlan,
  InspectionPlanItem,
  InspectionReport,
} from './inspections/inspection.entity';
import { LegalChange, LegalChangeDocument } from './legal-changes/legal-change.entity';
import { RolloutPlan, RolloutPlanItem } from './rollout-plans/rollout-plan.entity';
import { AdministrativeProcedure } from './tthc/administrative-procedure.entity';

export * from './annual-reports/annual-report-figures';
export {
  DECLARATION_STATUS_NAMES,
  QMS_STATUS_NAMES,
  REPORT_STATUS_NAMES,
} from './annual-reports/annual-report-xlsx';
export * from './annual-reports/annual-report.entity';
export * from './annual-reports/annual-reports.service';
export * from './annual-reports/dto/annual-report.dto';
export * from './csv';
export * from './dashboard/province-dashboard.service';
export * from './declarations/declaration-preconditions';
export * from './declarations/declaration.entity';
export * from './declarations/declarations.service';
export * from './declarations/dto/declaration.dto';
export * from './inspections/dto/inspection.dto';
export * from './inspections/inspection-plans.service';
export * from './inspections/inspection.entity';
export * from './inspections/inspections.service';
export * from './legal-changes/dto/legal-change.dto';
export * from './legal-changes/legal-change.entity';
export * from './legal-changes/legal-changes.service';
export * from './oversight.module';
export * from './rollout-plans/dto/rollout-plan.dto';
export * from './rollout-plans/rollout-plan.entity';
export * from './rollout-plans/rollout-plans.service';
export * from './tthc/administrative-procedure.entity';
export * from './tthc/administrative-procedures.service';
export * from './tthc/dto/administrative-procedure.dto';

export const OVERSIGHT_ENTITIES = [
  EffectivenessConfirmation,
  Declaration,
  AdministrativeProcedure,
  LegalChange,
  LegalChangeDocument,
  RolloutPlan,
  RolloutPlanItem,
  InspectionPlan,
  InspectionPlanItem,
  Inspection,
  InspectionFinding,
  InspectionReport,
  AnnualReport,
];
