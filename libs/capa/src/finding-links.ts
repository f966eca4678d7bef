import { Injectable } from '@nestjs/common';
import { Transaction } from '@app/platform';

/** What capa needs to know of an audit finding it raises a nonconformity from. */
export interface LinkedFinding {
  findingId: string;
  auditId: string;
  /** The audited agency the finding is about: the nonconformity belongs to it. */
  agencyId: string;
  clause: string;
  type: string;
}

/**
 * Resolves a finding the caller may see (404 otherwise, 409 when its audit no longer takes
 * nonconformities), inside the caller's transaction, holding the audit so that it cannot
 * close meanwhile.
 */
export type FindingResolver = (tx: Transaction, findingId: string) => Promise<LinkedFinding>;

/**
 * capa does not know audits: the audits lib registers how a finding is resolved, so a
 * nonconformity can be raised by hand from a finding (an observation judged to be a
 * nonconformity after all). The dependency stays one-way, audits → capa.
 */
@Injectable()
export class FindingLinks {
  private resolver?: FindingResolver;

  register(resolver: FindingResolver): void {
    if (this.resolver) throw new Error('a finding resolver is already registered');
    this.resolver = resolver;
  }

  resolve(tx: Transaction, findingId: string): Promise<LinkedFinding> {
    if (!this.resolver) throw new Error('no finding resolver registered (is the audits module loaded?)');
    return this.resolver(tx, findingId);
  }
}
