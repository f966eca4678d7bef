import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { ErrorDetail, Transaction } from '@app/platform';

/**
 * What moves when an agency's work goes to others: a merger (everything into one survivor) or a
 * dissolution (split: named documents and users to the agencies the mapping says, the rest to
 * the main successor `intoAgencyId`).
 */
export interface AgencyTransfer {
  kind: 'merge' | 'dissolve';
  fromAgencyId: string;
  fromAgencyCode: string;
  /** The survivor (merger) or main successor (dissolution): receives whatever is not mapped elsewhere. */
  intoAgencyId: string;
  reason: string;
  /** Old document code → new code, as the caller asked (the others get the default prefix). */
  codeMapping: Map<string, string>;
  /** Dissolution: documentId → the agency it goes to. */
  documentTargets: Map<string, string>;
  /** Dissolution: userId → the agency their membership moves to. */
  userTargets: Map<string, string>;
  /**
   * Filled by the planners: record id (a document, one of its versions) → the agency it goes to
   * when that is not `intoAgencyId`, so records of other libs about it (approval requests,
   * deadlines) follow it.
   */
  recordTargets: Map<string, string>;
}

/** One lib's part of the plan: what it would do, and what stops it (each problem names a field). */
export interface AgencyTransferSection {
  items: Record<string, unknown>[];
  problems: ErrorDetail[];
}

/**
 * Re-points a lib's records from a merged agency to the surviving one, inside the merge
 * transaction. Libs that own agency-scoped data register one, so organization imports none of them.
 * `transfer` says where records mapped elsewhere go (a dissolution); `tx` is the merge's transaction.
 */
export type AgencyMergeParticipant = (
  manager: EntityManager,
  fromAgencyId: string,
  intoAgencyId: string,
  transfer: AgencyTransfer,
  tx: Transaction,
) => Promise<void>;

/** Computes a lib's section of the plan (dry run and apply alike), in the merge's transaction when applying. */
export type AgencyTransferPlanner = (
  manager: EntityManager,
  transfer: AgencyTransfer,
) => Promise<AgencyTransferSection>;

@Injectable()
export class AgencyMergeRegistry {
  private readonly participants = new Map<string, AgencyMergeParticipant>();
  private readonly planners = new Map<string, AgencyTransferPlanner>();

  register(name: string, participant: AgencyMergeParticipant): void {
    if (this.participants.has(name)) throw new Error(`agency merge participant "${name}" registered twice`);
    this.participants.set(name, participant);
  }

  /** A lib whose part of a merger needs deciding first (document codes, quality systems). */
  registerPlanner(name: string, planner: AgencyTransferPlanner): void {
    if (this.planners.has(name)) throw new Error(`agency merge planner "${name}" registered twice`);
    this.planners.set(name, planner);
  }

  /** Every planner's section, by name. Planners run before any participant moves anything. */
  async planAll(
    manager: EntityManager,
    transfer: AgencyTransfer,
  ): Promise<Record<string, AgencyTransferSection>> {
    const plan: Record<string, AgencyTransferSection> = {};
    for (const [name, planner] of this.planners) plan[name] = await planner(manager, transfer);
    return plan;
  }

  async runAll(tx: Transaction, transfer: AgencyTransfer): Promise<void> {
    for (const participant of this.participants.values()) {
      await participant(tx.manager, transfer.fromAgencyId, transfer.intoAgencyId, transfer, tx);
    }
  }
}

/**
 * A participant's usual move: every row of `tables` from the merged agency to `intoAgencyId`.
 * Rows of `bySubject` tables (their `subject_id` names a record) whose record a dissolution sends
 * elsewhere (`transfer.recordTargets`) follow that record first.
 */
export async function moveAgencyRows(
  manager: EntityManager,
  transfer: Pick<AgencyTransfer, 'fromAgencyId' | 'intoAgencyId' | 'recordTargets'>,
  tables: readonly string[],
  bySubject: readonly string[] = [],
): Promise<void> {
  const { fromAgencyId, intoAgencyId, recordTargets } = transfer;
  if (recordTargets.size > 0) {
    for (const table of bySubject)
      await manager.query(
        `UPDATE ${table} r SET agency_id = t.agency_id
           FROM unnest($2::uuid[], $3::uuid[]) AS t(subject_id, agency_id)
          WHERE r.agency_id = $1 AND r.subject_id = t.subject_id`,
        [fromAgencyId, [...recordTargets.keys()], [...recordTargets.values()]],
      );
  }
  for (const table of tables)
    await manager.query(`UPDATE ${table} SET agency_id = $2 WHERE agency_id = $1`, [
      fromAgencyId,
      intoAgencyId,
    ]);
}
