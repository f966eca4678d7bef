import { AGENCY_LIFECYCLE, AGENCY_STATUSES } from './agencies/agency.entity';
import { QMS_STATUSES, QUALITY_SYSTEM_LIFECYCLE } from './quality-systems/quality-system.entity';

describe('organization lifecycles', () => {
  it('an active agency is merged once; a merged agency never moves again', () => {
    expect(AGENCY_LIFECYCLE).toAllowExactly(AGENCY_STATUSES, ['ACTIVE → MERGED'], 'agency');
  });

  it('a QMS is set to any stage but DECLARED by its managers, and declared only once from another stage', () => {
    const byHand = ['BUILDING', 'APPLYING', 'SUSPENDED'];
    expect(QUALITY_SYSTEM_LIFECYCLE).toAllowExactly(
      QMS_STATUSES,
      [
        ...QMS_STATUSES.flatMap((from) => byHand.map((to) => `${from} → ${to}`)),
        'DECLARED → DECLARED',
        ...byHand.map((from) => `${from} → DECLARED`),
      ],
      'qualitySystem',
    );
    // declaring is its own rule: an edit cannot declare, and a declared QMS is not declared again
    expect(QUALITY_SYSTEM_LIFECYCLE.can('APPLYING', 'DECLARED', 'update')).toBe(false);
    expect(QUALITY_SYSTEM_LIFECYCLE.can('DECLARED', 'DECLARED', 'declare')).toBe(false);
  });
});
