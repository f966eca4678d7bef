import { PresignedRedirect } from '@app/platform';

export class EvidenceContentQuery {
  @PresignedRedirect()
  redirect?: '0' | '1';
}
