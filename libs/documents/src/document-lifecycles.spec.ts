import {
  DOCUMENT_LIFECYCLE,
  DOCUMENT_STATUSES,
  VERSION_LIFECYCLE,
  VERSION_STATUSES,
} from './document.entity';

describe('document lifecycles', () => {
  it('a document is issued once, revised while effective (each later version taking effect), then withdrawn for good', () => {
    expect(DOCUMENT_LIFECYCLE).toAllowExactly(
      DOCUMENT_STATUSES,
      ['DRAFT → EFFECTIVE', 'EFFECTIVE → EFFECTIVE', 'EFFECTIVE → WITHDRAWN'],
      'document',
    );
  });

  it('issuing and revising are different rules: a revision never issues a draft, an issue never revises', () => {
    expect(DOCUMENT_LIFECYCLE.can('DRAFT', 'EFFECTIVE', 'issue')).toBe(true);
    expect(DOCUMENT_LIFECYCLE.can('DRAFT', 'EFFECTIVE', 'revise')).toBe(false);
    expect(DOCUMENT_LIFECYCLE.can('EFFECTIVE', 'EFFECTIVE', 'revise')).toBe(true);
    expect(DOCUMENT_LIFECYCLE.can('EFFECTIVE', 'EFFECTIVE', 'issue')).toBe(false);
  });

  it('a version goes to approval, comes back to draft (returned, cancelled) or is decided; only an approved one takes effect', () => {
    expect(VERSION_LIFECYCLE).toAllowExactly(
      VERSION_STATUSES,
      [
        'DRAFT → IN_APPROVAL',
        'IN_APPROVAL → APPROVED',
        'IN_APPROVAL → REJECTED',
        'IN_APPROVAL → DRAFT',
        'APPROVED → EFFECTIVE',
        'EFFECTIVE → SUPERSEDED',
        // withdrawn with its document: no version stays in force
        'EFFECTIVE → WITHDRAWN',
      ],
      'documentVersion',
    );
  });
});
