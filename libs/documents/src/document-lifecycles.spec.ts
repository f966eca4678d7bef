import {
  DOCUMENT_LIFECYCLE,
  DOCUMENT_STATUSES,
  VERSION_LIFECYCLE,
  VERSION_STATUSES,
} from './document.entity';

describe('document lifecycles', () => {
  it('a document is issued once, then can only be withdrawn; withdrawn is final', () => {
    expect(DOCUMENT_LIFECYCLE).toAllowExactly(
      DOCUMENT_STATUSES,
      ['DRAFT → EFFECTIVE', 'EFFECTIVE → WITHDRAWN'],
      'document',
    );
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
      ],
      'documentVersion',
    );
  });
});
