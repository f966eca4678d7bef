import { Injectable } from '@nestjs/common';
import { Entity, EntityManager, PrimaryColumn } from 'typeorm';
import { Pg, BaseEntity, DomainError, OnTransition, toBusinessDate, Transaction } from '@app/platform';
import { AgencyIssuer, agencyIssuer } from '@app/organization';
import { ApprovalRequest, REQUEST_LIFECYCLE } from './approval.entity';

/**
 * The number of the decision an approval is (Nghị định 30/2020 art. 15): per issuing agency and
 * calendar year, from 01, unique and without gaps, assigned once when the request is approved
 * and kept. The counter row of the agency and year is incremented in the transaction of the
 * approval (INSERT … ON CONFLICT DO UPDATE holds its row lock until commit), so concurrent
 * approvals are numbered one after the other and a rolled-back approval gives its number back.
 * The issuing agency, its names and the symbol are kept as they were, so a later rename or a
 * merger (which moves the request to the surviving agency) never changes an issued number.
 */
@Entity('decision_numbers')
export class DecisionNumber extends BaseEntity {
  @Pg.uuid()
  requestId: string;

  /** The agency that issued the number (not moved by a merger). */
  @Pg.uuid()
  issuerAgencyId: string;

  @Pg.int()
  year: number;

  @Pg.int()
  number: number;

  /** `QĐ-STP`: the kind of document and the issuer's abbreviation. */
  @Pg.text()
  symbol: string;

  /** The day of the decision (Viet Nam), printed after the place name. */
  @Pg.date()
  decidedOn: string;

  @Pg.jsonb()
  issuer: AgencyIssuer;
}

/** The counter of an agency's decisions in a year: the last number given. */
@Entity('decision_number_counters')
export class DecisionNumberCounter {
  @PrimaryColumn({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @PrimaryColumn({ type: 'int' })
  year: number;

  @Pg.int()
  lastNumber: number;
}

export interface DecisionNumberView {
  /** `12/QĐ-STP` (two digits at least, as Nghị định 30/2020 writes numbers below 10). */
  text: string;
  number: number;
  year: number;
  symbol: string;
  decidedOn: string;
  issuer: AgencyIssuer;
}

export function decisionNumberText(number: number, symbol: string): string {
  return `${String(number).padStart(2, '0')}/${symbol}`;
}

export function toDecisionNumberView(row: DecisionNumber): DecisionNumberView {
  return {
    text: decisionNumberText(row.number, row.symbol),
    number: row.number,
    year: row.year,
    symbol: row.symbol,
    decidedOn: row.decidedOn,
    issuer: row.issuer,
  };
}

/** The decision number of a request, or null while it is not approved. */
export async function decisionNumberOf(
  manager: EntityManager,
  requestId: string,
): Promise<DecisionNumberView | null> {
  const row = await manager.findOneBy(DecisionNumber, { requestId });
  return row ? toDecisionNumberView(row) : null;
}

@Injectable()
export class DecisionNumbering {
  /** Numbers the decision in the transaction that approves the request. */
  @OnTransition(REQUEST_LIFECYCLE, { to: 'APPROVED' })
  async onApproved(tx: Transaction, change: { subject: ApprovalRequest }): Promise<void> {
    const request = change.subject;
    await this.numberAndRecord(tx, request, request.decidedAt ?? new Date(), false);
  }

  /**
   * The number of an approved request, given now if it has none (a request approved before
   * numbering existed): in the year of its approval, under the request's row lock.
   */
  async numberApproved(tx: Transaction, requestId: string, now: Date): Promise<DecisionNumberView> {
    const request = await tx.manager
      .getRepository(ApprovalRequest)
      .findOne({ where: { id: requestId }, lock: { mode: 'pessimistic_write' } });
    if (!request || request.status !== 'APPROVED') throw DomainError.notFound('approvalRequest');
    const known = await tx.manager.findOneBy(DecisionNumber, { requestId });
    if (known) return toDecisionNumberView(known);
    return this.numberAndRecord(tx, request, request.decidedAt ?? now, true);
  }

  /** Numbers the request and records `decision.numbered` in the audit trail (`late`: after its approval). */
  private async numberAndRecord(
    tx: Transaction,
    request: ApprovalRequest,
    decidedAt: Date,
    late: boolean,
  ): Promise<DecisionNumberView> {
    const number = await this.assign(tx.manager, request, decidedAt);
    tx.audit({
      subjectType: 'approvalRequest',
      subjectId: request.id,
      agencyId: request.agencyId,
      action: 'decision.numbered',
      data: {
        number: number.text,
        year: number.year,
        decidedOn: number.decidedOn,
        ...(late ? { late: true } : {}),
      },
    });
    return number;
  }

  async assign(
    manager: EntityManager,
    request: ApprovalRequest,
    decidedAt: Date,
  ): Promise<DecisionNumberView> {
    const existing = await manager.findOneBy(DecisionNumber, { requestId: request.id });
    if (existing) return toDecisionNumberView(existing);
    const issuer = await agencyIssuer(manager, request.agencyId);
    if (!issuer) throw new Error(`agency ${request.agencyId} of request ${request.id} not found`);
    const decidedOn = toBusinessDate(decidedAt);
    const year = Number(decidedOn.slice(0, 4));
    const [counter] = await manager.query<{ last_number: number }[]>(
      `INSERT INTO decision_number_counters (agency_id, year, last_number) VALUES ($1, $2, 1)
       ON CONFLICT (agency_id, year) DO UPDATE SET last_number = decision_number_counters.last_number + 1
       RETURNING last_number`,
      [issuer.agencyId, year],
    );
    const row = manager.create(DecisionNumber, {
      requestId: request.id,
      issuerAgencyId: issuer.agencyId,
      year,
      number: counter.last_number,
      symbol: `QĐ-${issuer.abbreviation}`,
      decidedOn,
      issuer,
    });
    await manager.insert(DecisionNumber, row);
    return toDecisionNumberView(row);
  }
}
