export * from './qms.errors';
import { ObjectiveMeasurement, QualityObjective } from './objective.entity';
import { ProcessPerformance, ProcessPerformanceImport } from './performance.entity';
import { Risk, RiskAction, RiskLevelPolicy, RiskReview } from './risk.entity';
import { CitizenFeedback, SatisfactionSurvey } from './satisfaction.entity';
import { TrainingCertificate, TrainingRecord } from './training.entity';

export * from './dto/qms.dto';
export * from './objective.entity';
export * from './objectives.service';
export * from './performance.entity';
export * from './performance.service';
export * from './period';
export * from './qms-access';
export * from './qms-exports.xlsx';
export * from './qms.module';
export * from './risk-register.service';
export * from './risk.entity';
export * from './risks.service';
export * from './satisfaction.entity';
export * from './satisfaction.service';
export * from './training.entity';
export * from './training.service';

export const QMS_ENTITIES = [
  Risk,
  RiskAction,
  RiskReview,
  RiskLevelPolicy,
  QualityObjective,
  ObjectiveMeasurement,
  ProcessPerformanceImport,
  ProcessPerformance,
  SatisfactionSurvey,
  CitizenFeedback,
  TrainingRecord,
  TrainingCertificate,
];
