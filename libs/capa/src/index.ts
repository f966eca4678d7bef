export * from './capa.errors';
import {
  CorrectiveAction,
  Nonconformity,
  NonconformityAnalysis,
  NonconformityVerification,
} from './nonconformity.entity';
import { CapaEvidenceFile } from './evidence-file.entity';

export * from './capa-access';
export * from './capa-reports.service';
export * from './capa.module';
export * from './corrective-actions.service';
export * from './dto/nonconformity.dto';
export * from './evidence-file.entity';
export * from './evidence-files.service';
export * from './finding-links';
export * from './iso-clauses';
export * from './nonconformities.service';
export * from './nonconformity.entity';

export const CAPA_ENTITIES = [
  Nonconformity,
  NonconformityAnalysis,
  CorrectiveAction,
  NonconformityVerification,
  CapaEvidenceFile,
];
