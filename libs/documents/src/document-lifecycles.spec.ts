import { describeLifecycles } from '@app/platform';
import { DOCUMENT_LIFECYCLE, VERSION_LIFECYCLE } from './document.entity';

describeLifecycles('document lifecycles', {
  // issuing and revising are different rules: a revision never issues a draft, an issue never revises
  'a document is issued once, revised while effective (each later version taking effect), then withdrawn for good':
    [
      DOCUMENT_LIFECYCLE,
      'document',
      'DRAFT → EFFECTIVE by issue',
      'EFFECTIVE → EFFECTIVE by revise',
      'EFFECTIVE → WITHDRAWN',
    ],
  'a version goes to approval, comes back to draft (returned, cancelled) or is decided; only an approved one takes effect':
    [
      VERSION_LIFECYCLE,
      'documentVersion',
      'DRAFT → IN_APPROVAL → APPROVED | REJECTED | DRAFT',
      // withdrawn with its document: no version stays in force
      'APPROVED → EFFECTIVE → SUPERSEDED | WITHDRAWN',
      // a revision approved on paper before the system comes in force or in history by an import
      'DRAFT → EFFECTIVE | SUPERSEDED by import',
    ],
});
