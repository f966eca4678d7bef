import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { addMonths, Clock, Page, PageQuery, RequestContext, pickFields } from '@app/platform';
import { DocumentAccess } from './document-access';
import {
  DOCUMENT_LIFECYCLE,
  DocumentPeriodicReview,
  PERIODIC_REVIEW_HISTORY,
  PeriodicReviewOutcome,
} from './document.entity';
import { DocumentsService } from './documents.service';
import { ReviewSchedule } from './review-schedule';
import { CreatePeriodicReviewDto } from './dto/document.dto';

/** Who reviews a document in force: the agency's ISO secretary or administrator (the deadline is theirs). */
export const REVIEWING_ROLES = ['AGENCY_ADMIN', 'ISO_SECRETARY'] as const;

export interface PeriodicReviewView {
  id: string;
  documentId: string;
  versionId: string | null;
  outcome: PeriodicReviewOutcome;
  comment: string | null;
  reviewedBy: string | null;
  reviewedAt: Date;
  nextReviewDate: string | null;
}

/**
 * Periodic review (xem xét định kỳ) of a document in force. "No change" keeps the version in force,
 * meets the review deadline and sets the next review date one interval later; "revision needed"
 * records the decision and leaves the deadline open until a revision takes effect (which
 * schedules the next review itself).
 */
@Injectable()
export class PeriodicReviewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: DocumentAccess,
    private readonly documents: DocumentsService,
    private readonly schedule: ReviewSchedule,
    private readonly clock: Clock,
  ) {}

  async record(
    ctx: RequestContext,
    documentId: string,
    dto: CreatePeriodicReviewDto,
  ): Promise<PeriodicReviewView> {
    return this.access.change(ctx, documentId, REVIEWING_ROLES, async (tx, document) => {
      // only a document in force is reviewed
      DOCUMENT_LIFECYCLE.requireState(document.status, 'EFFECTIVE');
      const nextReviewDate =
        dto.outcome === 'NO_CHANGE' ? addMonths(this.clock.today(), document.reviewIntervalMonths) : null;
      const review = tx.manager.create(DocumentPeriodicReview, {
        documentId,
        agencyId: document.agencyId,
        versionId: document.currentVersionId,
        outcome: dto.outcome,
        comment: dto.comment?.normalize('NFC') ?? null,
        reviewedBy: ctx.userId,
        reviewedAt: this.clock.now(),
        nextReviewDate,
      });
      await PERIODIC_REVIEW_HISTORY.create(tx, review, {
        reason: review.comment,
        data: (row) => ({
          reviewId: row.id,
          outcome: row.outcome,
          versionId: row.versionId,
          nextReviewDate,
          previousReviewDate: document.nextReviewDate,
        }),
      });
      if (nextReviewDate) await this.schedule.scheduleNext(tx, document, nextReviewDate, 'meet');
      return toView(review);
    });
  }

  async list(ctx: RequestContext, documentId: string, query: PageQuery): Promise<Page<PeriodicReviewView>> {
    const scope = await this.access.scope(ctx);
    await this.documents.findReadable(scope, documentId);
    const [items, total] = await this.dataSource.getRepository(DocumentPeriodicReview).findAndCount({
      where: { documentId },
      order: { reviewedAt: query.sortDirection('DESC'), id: 'ASC' },
      skip: query.offset,
      take: query.pageSize,
    });
    return query.result(items.map(toView), total);
  }
}

function toView(r: DocumentPeriodicReview): PeriodicReviewView {
  return pickFields(r, [
    'id',
    'documentId',
    'versionId',
    'outcome',
    'comment',
    'reviewedBy',
    'reviewedAt',
    'nextReviewDate',
  ]);
}
