import { Injectable } from '@nestjs/common';
import { endOfBusinessDate, Transaction } from '@app/platform';
import { DeadlinesService } from '@app/deadlines';
import { Document } from './document.entity';

/** When a document's next periodic review falls, and its deadline (shared by reviews and interval changes). */
@Injectable()
export class ReviewSchedule {
  constructor(private readonly deadlines: DeadlinesService) {}

  /**
   * Moves the document's next review to `date` (inside the caller's transaction): its review
   * deadline is met (a review was done) or rescheduled (the interval changed), and the next one
   * is due on that date.
   */
  async scheduleNext(
    tx: Transaction,
    document: Document,
    date: string,
    how: 'meet' | 'reschedule',
  ): Promise<void> {
    await tx.manager.query(
      'UPDATE documents SET next_review_date = $2, version = version + 1, updated_at = now() WHERE id = $1',
      [document.id, date],
    );
    document.nextReviewDate = date;
    document.version += 1;
    await this.moveDeadline(tx, document, date, how);
  }

  /**
   * The review deadline follows the date: met (a review was done), rescheduled (the interval
   * changed) or restarted (a version took effect), then due on `date`.
   */
  async moveDeadline(
    tx: Transaction,
    document: Document,
    date: string,
    how: 'meet' | 'reschedule' | 'restart',
  ): Promise<void> {
    if (how === 'reschedule') {
      const moved = await this.deadlines.reschedule(
        tx,
        'document',
        document.id,
        'PERIODIC_REVIEW',
        reviewDueAt(date),
      );
      if (moved.length > 0) return;
      // none open at another date: start one for that date (replacing one already there)
    }
    if (how === 'meet') await this.deadlines.meet(tx, 'document', document.id, 'PERIODIC_REVIEW');
    else await this.deadlines.cancel(tx, 'document', document.id, 'PERIODIC_REVIEW');
    await this.registerDeadline(tx, document, date);
  }

  /** The document's review deadline, due on `date`, for its ISO secretary. */
  async registerDeadline(tx: Transaction, document: Document, date: string): Promise<void> {
    await this.deadlines.register(tx, {
      agencyId: document.agencyId,
      kind: 'PERIODIC_REVIEW',
      subjectType: 'document',
      subjectId: document.id,
      title: `Xem xét định kỳ ${document.code} ${document.title}`,
      dueAt: reviewDueAt(date),
      responsibleRole: 'ISO_SECRETARY',
    });
  }

  /**
   * The date the current review cycle started: the last "no change" review, or else the day the
   * version in force took effect.
   */
  async cycleStart(tx: Transaction, document: Document): Promise<string | null> {
    const [row] = await tx.manager.query<{ start: string | null }[]>(
      `SELECT GREATEST(
          (SELECT max((r.reviewed_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date) FROM document_periodic_reviews r
            WHERE r.document_id = $1 AND r.outcome = 'NO_CHANGE'),
          (SELECT v.effective_from FROM document_versions v WHERE v.id = $2))::text AS start`,
      [document.id, document.currentVersionId],
    );
    return row?.start ?? null;
  }
}

/** The periodic review falls due at the end of its day in Vietnam, like every date deadline (and as when a version takes effect). */
function reviewDueAt(date: string): Date {
  return endOfBusinessDate(date);
}
