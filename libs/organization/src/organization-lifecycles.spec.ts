import { AGENCY_LIFECYCLE, AGENCY_STATUSES } from './agencies/agency.entity';
import { QMS_STATUSES, QUALITY_SYSTEM_LIFECYCLE } from './quality-systems/quality-system.entity';

describe('organization lifecycles', () => {
  it('an active agency is merged or dissolved once; a merged or dissolved agency never moves again', () => {
    expect(AGENCY_LIFECYCLE).toAllowExactly(
      AGENCY_STATUSES,
      ['ACTIVE → MERGED', 'ACTIVE → DISSOLVED'],
      'agency',
    );
  });

  it('a QMS is set to any stage but DECLARED by its managers, and declared only once from another stage', () => {
    const byHand = ['BUILDING', 'APPLYING', 'SUSPENDED'];
    const live = QMS_STATUSES.filter((s) => s !== 'MERGED');
    expect(QUALITY_SYSTEM_LIFECYCLE).toAllowExactly(
      QMS_STATUSES,
      [
        ...live.flatMap((from) => byHand.map((to) => `${from} → ${to}`)),
        'DECLARED → DECLARED',
        ...byHand.map((from) => `${from} → DECLARED`),
        // merged into the receiving agency's QMS at a merger; a merged QMS never changes again
        ...live.map((from) => `${from} → MERGED`),
      ],
      'qualitySystem',
    );
    // declaring is its own rule: an edit cannot declare, and a declared QMS is not declared again
    expect(QUALITY_SYSTEM_LIFECYCLE.can('APPLYING', 'DECLARED', 'update')).toBe(false);
    expect(QUALITY_SYSTEM_LIFECYCLE.can('DECLARED', 'DECLARED', 'declare')).toBe(false);
  });
});
