import { describeLifecycles } from '@app/platform';
import { AGENCY_LIFECYCLE } from './agencies/agency.entity';
import { QUALITY_SYSTEM_LIFECYCLE } from './quality-systems/quality-system.entity';

describeLifecycles('organization lifecycles', {
  'an active agency is merged or dissolved once; a merged or dissolved agency never moves again': [
    AGENCY_LIFECYCLE,
    'agency',
    'ACTIVE → MERGED | DISSOLVED',
  ],
  // declaring is its own rule: an edit cannot declare, and a declared QMS is not declared again
  'a QMS is set to any stage but DECLARED by its managers, declared only once from another stage, and merged at a merger':
    [
      QUALITY_SYSTEM_LIFECYCLE,
      'qualitySystem',
      'BUILDING | APPLYING | SUSPENDED | DECLARED → BUILDING | APPLYING | SUSPENDED by update',
      'DECLARED → DECLARED by update',
      'BUILDING | APPLYING | SUSPENDED → DECLARED by declare',
      // merged into the receiving agency's QMS at a merger; a merged QMS never changes again
      'BUILDING | APPLYING | SUSPENDED | DECLARED → MERGED by merge',
    ],
});
