import { Foundation1795000000000 } from './1795000000000-Foundation';
import { DocumentsAndApprovals1795000100000 } from './1795000100000-DocumentsAndApprovals';
import { Reminders1795000200000 } from './1795000200000-Reminders';
import { AuditsAndCapa1795000300000 } from './1795000300000-AuditsAndCapa';
import { Oversight1795000400000 } from './1795000400000-Oversight';
import { IdempotencyKeys1795000500000 } from './1795000500000-IdempotencyKeys';
import { BenchIndexes1795000900000 } from './1795000900000-BenchIndexes';
import { ReminderSweepIndex1795001000000 } from './1795001000000-ReminderSweepIndex';
import { MustChangePassword1795002000000 } from './1795002000000-MustChangePassword';
import { ApprovalAuthorsAndProposedTitle1795002100000 } from './1795002100000-ApprovalAuthorsAndProposedTitle';
import { AuditTrailKeyedChain1795002200000 } from './1795002200000-AuditTrailKeyedChain';
import { BlobIntegrity1795002210000 } from './1795002210000-BlobIntegrity';
import { IdempotencyKeysPerOwner1795002500000 } from './1795002500000-IdempotencyKeysPerOwner';
import { IntegrationFeed1795003300000 } from './1795003300000-IntegrationFeed';
import { MergersAndDocumentGaps1795030000000 } from './1795030000000-MergersAndDocumentGaps';
import { WorkNotifications1795040000000 } from './1795040000000-WorkNotifications';
import { CapaEvidenceFiles1795040100000 } from './1795040100000-CapaEvidenceFiles';
import { InspectionNonconformities1795040200000 } from './1795040200000-InspectionNonconformities';
import { DeclarationLapse1795040300000 } from './1795040300000-DeclarationLapse';
import { Records1795050000000 } from './1795050000000-Records';
import { QualityManagementData1795060000000 } from './1795060000000-QualityManagementData';
import { Signatures1795070000000 } from './1795070000000-Signatures';
import { DecisionNumbers1795080000000 } from './1795080000000-DecisionNumbers';
import { SignedApprovalFileAgency1795080100000 } from './1795080100000-SignedApprovalFileAgency';
import { SignedDecisions1795081000000 } from './1795081000000-SignedDecisions';
import { DecisionSigningStages1795082000000 } from './1795082000000-DecisionSigningStages';
import { DocumentImports1795100000000 } from './1795100000000-DocumentImports';
import { AgencyExports1795110000000 } from './1795110000000-AgencyExports';
import { DocumentSearchKey1795130000000 } from './1795130000000-DocumentSearchKey';
import { FileTexts1795135000000 } from './1795135000000-FileTexts';
import { NationalAgencyLevel1795140000000 } from './1795140000000-NationalAgencyLevel';
import { AgencyCoverageCounts1795150000000 } from './1795150000000-AgencyCoverageCounts';
import { ReminderQueue1795170000000 } from './1795170000000-ReminderQueue';
import { DocumentFileLookups1795180000000 } from './1795180000000-DocumentFileLookups';
import { DocumentSearchTokens1795190000000 } from './1795190000000-DocumentSearchTokens';
import { AuditChainHead1795200000000 } from './1795200000000-AuditChainHead';
import { AgencySearchRegion1795210000000 } from './1795210000000-AgencySearchRegion';
import { ContentSearchPairs1795220000000 } from './1795220000000-ContentSearchPairs';
import { FileTextSearchColumns1795230000000 } from './1795230000000-FileTextSearchColumns';
import { ContentPairPositions1795240000000 } from './1795240000000-ContentPairPositions';
import { DocumentSearchKeys1795250000000 } from './1795250000000-DocumentSearchKeys';

/** Every migration, in order. New ones are appended here (no globs: the bundle must list them). */
export const MIGRATIONS = [
  Foundation1795000000000,
  DocumentsAndApprovals1795000100000,
  Reminders1795000200000,
  AuditsAndCapa1795000300000,
  Oversight1795000400000,
  IdempotencyKeys1795000500000,
  BenchIndexes1795000900000,
  ReminderSweepIndex1795001000000,
  MustChangePassword1795002000000,
  ApprovalAuthorsAndProposedTitle1795002100000,
  AuditTrailKeyedChain1795002200000,
  BlobIntegrity1795002210000,
  IdempotencyKeysPerOwner1795002500000,
  IntegrationFeed1795003300000,
  MergersAndDocumentGaps1795030000000,
  WorkNotifications1795040000000,
  CapaEvidenceFiles1795040100000,
  InspectionNonconformities1795040200000,
  DeclarationLapse1795040300000,
  Records1795050000000,
  QualityManagementData1795060000000,
  Signatures1795070000000,
  DecisionNumbers1795080000000,
  SignedApprovalFileAgency1795080100000,
  SignedDecisions1795081000000,
  DecisionSigningStages1795082000000,
  DocumentImports1795100000000,
  AgencyExports1795110000000,
  DocumentSearchKey1795130000000,
  FileTexts1795135000000,
  NationalAgencyLevel1795140000000,
  AgencyCoverageCounts1795150000000,
  ReminderQueue1795170000000,
  DocumentFileLookups1795180000000,
  DocumentSearchTokens1795190000000,
  AuditChainHead1795200000000,
  AgencySearchRegion1795210000000,
  ContentSearchPairs1795220000000,
  FileTextSearchColumns1795230000000,
  ContentPairPositions1795240000000,
  DocumentSearchKeys1795250000000,
];
