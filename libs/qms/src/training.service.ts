import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { EntityManager, In } from 'typeorm';
import { DeadlinesService, secretaryDeadline } from '@app/deadlines';
import {
  Clock,
  DomainError,
  fetchPage,
  futureDayError,
  findReadable,
  ListReadOptions,
  Page,
  ReadReplica,
  RequestContext,
  Transaction,
  UnitOfWork,
  uploadedFileColumns,
  uploadedFileFields,
} from '@app/platform';
import { isActiveMember, userFullNames } from '@app/reporting';
import { FileDownloads, FileIntake } from '@app/storage';
import {
  agencyList,
  assertMayActIn,
  assertRole,
  clip,
  inActiveAgency,
  QMS_MANAGERS,
  validation,
} from './qms-access';
import { CreateTrainingRecordDto, ListTrainingRecordsQuery } from './dto/qms.dto';
import { QMS_EXPORT_LIMIT, trainingWorkbook } from './qms-exports.xlsx';
import {
  CERTIFICATE_HISTORY,
  TRAINING_HISTORY,
  TrainingCertificate,
  TrainingRecord,
} from './training.entity';

export interface CertificateView {
  id: string;
  name: string;
  size: number;
  contentType: string;
  sha256: string;
  uploadedBy: string | null;
  uploadedAt: Date;
}

export interface TrainingRecordView {
  id: string;
  agencyId: string;
  userId: string;
  category: string;
  course: string;
  provider: string;
  completedOn: string;
  expiresOn: string | null;
  certificateNumber: string | null;
  /** Not expired today. */
  valid: boolean;
  /** The latest certificate file uploaded, if any. */
  certificate: CertificateView | null;
  createdBy: string | null;
  createdAt: Date;
  version: number;
}

/**
 * Competence (TCVN ISO 9001:2015 7.2): the trainings each member completed, with the provider,
 * the certificate (a file in object storage) and its expiry. A valid INTERNAL_AUDITOR record
 * is what qualifies a member as an internal auditor (the audits lib reads it through
 * @app/reporting's internalAuditorQualifications).
 */
@Injectable()
export class TrainingService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly intake: FileIntake,
    private readonly downloads: FileDownloads,
    private readonly deadlines: DeadlinesService,
    private readonly replica: ReadReplica,
  ) {}

  /** The training records the filters select, as a spreadsheet with the members' names. */
  async exportList(ctx: RequestContext, query: ListTrainingRecordsQuery): Promise<Buffer> {
    // an export, nothing written after: on the replica
    const { page, names } = await this.replica.run(ctx, async (manager) => {
      const page = await this.list(ctx, query, { limit: QMS_EXPORT_LIMIT, manager });
      return { page, names: await userFullNames(manager, [...new Set(page.items.map((r) => r.userId))]) };
    });
    return trainingWorkbook(page.items, names);
  }

  async list(
    ctx: RequestContext,
    query: ListTrainingRecordsQuery,
    { limit, manager = this.uow.manager }: ListReadOptions = {},
  ): Promise<Page<TrainingRecordView>> {
    const qb = agencyList(manager, TrainingRecord, 't', ctx, query, {
      user_id: query.userId,
      category: query.category,
    });
    const today = this.clock.today();
    if (query.valid === true) qb.andWhere('(t.expires_on IS NULL OR t.expires_on >= :today)', { today });
    if (query.valid === false) qb.andWhere('t.expires_on < :today', { today });
    const sortable = { completedOn: 't.completed_on', expiresOn: 't.expires_on', createdAt: 't.created_at' };
    const [rows, total] = await fetchPage(qb, query, sortable, 'completedOn', 'DESC', limit);
    return query.result(await this.views(manager, rows), total);
  }

  async get(ctx: RequestContext, id: string): Promise<TrainingRecordView> {
    const record = await findReadable(this.uow.manager, ctx, TrainingRecord, id, 'trainingRecord');
    return (await this.views(this.uow.manager, [record]))[0];
  }

  async create(ctx: RequestContext, dto: CreateTrainingRecordDto): Promise<TrainingRecordView> {
    assertMayActIn(ctx, dto.agencyId, QMS_MANAGERS);
    if (dto.expiresOn && dto.expiresOn < dto.completedOn) {
      throw validation(
        'expiresOn',
        'Ngày hết hạn phải sau ngày hoàn thành',
        'expiresOn cannot be before completedOn',
      );
    }
    if (dto.completedOn > this.clock.today()) throw futureDayError('completedOn', 'Ngày hoàn thành');
    const record = await inActiveAgency(this.uow, ctx, dto.agencyId, async (tx) => {
      if (!(await isActiveMember(tx.manager, dto.userId, dto.agencyId))) {
        throw validation(
          'userId',
          'Người dùng phải là thành viên đang hoạt động của cơ quan',
          'userId must be an active member of the agency',
        );
      }
      const row = tx.manager.create(TrainingRecord, {
        agencyId: dto.agencyId,
        userId: dto.userId,
        category: dto.category,
        course: dto.course.normalize('NFC'),
        provider: dto.provider.normalize('NFC'),
        completedOn: dto.completedOn,
        expiresOn: dto.expiresOn ?? null,
        certificateNumber: dto.certificateNumber?.trim() ?? null,
        createdBy: ctx.userId,
        version: 1,
      });
      await TRAINING_HISTORY.create(tx, row, {
        data: {
          userId: row.userId,
          category: row.category,
          completedOn: row.completedOn,
          expiresOn: row.expiresOn,
        },
      });
      await this.planExpiry(tx, row);
      return row;
    });
    return (await this.views(this.uow.manager, [record]))[0];
  }

  /**
   * A certificate's expiry is a TRAINING_EXPIRY deadline of its holder and the ISO secretary, due
   * at the end of its last valid day. A new record of the same training (same member and category;
   * for professional and other trainings, the same course) that is still valid replaces the earlier
   * ones: their expiry deadlines are met (the member renewed), so only the latest one reminds.
   */
  private async planExpiry(tx: Transaction, record: TrainingRecord): Promise<void> {
    const today = this.clock.today();
    if (record.expiresOn !== null && record.expiresOn < today) return;
    const qb = tx.manager
      .getRepository(TrainingRecord)
      .createQueryBuilder('t')
      .select('t.id', 'id')
      .where('t.agency_id = :agencyId AND t.user_id = :userId AND t.category = :category AND t.id <> :id', {
        agencyId: record.agencyId,
        userId: record.userId,
        category: record.category,
        id: record.id,
      })
      .andWhere('t.expires_on IS NOT NULL');
    if (record.expiresOn !== null) qb.andWhere('t.expires_on <= :expiresOn', { expiresOn: record.expiresOn });
    if (record.category === 'PROFESSIONAL' || record.category === 'OTHER') {
      qb.andWhere('lower(t.course) = lower(:course)', { course: record.course });
    }
    for (const replaced of await qb.getRawMany<{ id: string }>()) {
      await this.deadlines.meet(tx, 'trainingRecord', replaced.id, 'TRAINING_EXPIRY');
    }
    if (record.expiresOn === null) return;
    // the holder is reminded too
    await this.deadlines.register(tx, {
      ...secretaryDeadline(
        record,
        'trainingRecord',
        'TRAINING_EXPIRY',
        `Chứng chỉ đào tạo hết hạn: ${clip(record.course, 200)}`,
        record.expiresOn,
      ),
      responsibleUserIds: [record.userId],
    });
  }

  /** Streams the certificate into storage and records it on the training record. */
  async uploadCertificate(ctx: RequestContext, id: string, request: Request): Promise<CertificateView> {
    const record = await findReadable(this.uow.manager, ctx, TrainingRecord, id, 'trainingRecord');
    assertRole(ctx, record.agencyId, QMS_MANAGERS);
    const blob = await this.intake.receive(request);
    return this.uow.run(ctx, async (tx) => {
      const locked = await tx.manager
        .getRepository(TrainingRecord)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!locked) throw DomainError.notFound('trainingRecord');
      const certificate = tx.manager.create(TrainingCertificate, {
        trainingRecordId: id,
        agencyId: locked.agencyId,
        ...uploadedFileColumns(blob, ctx.userId),
      });
      await CERTIFICATE_HISTORY.create(tx, certificate, {
        data: (row) => ({ certificateId: row.id, name: row.name, size: blob.size, sha256: blob.sha256 }),
      });
      await tx.manager.update(TrainingRecord, { id }, { version: locked.version + 1 });
      return toCertificateView(certificate);
    });
  }

  async downloadCertificate(
    ctx: RequestContext,
    id: string,
    response: Response,
    redirect: boolean,
  ): Promise<void> {
    await findReadable(this.uow.manager, ctx, TrainingRecord, id, 'trainingRecord');
    const certificate = await this.uow.dataSource
      .getRepository(TrainingCertificate)
      .findOne({ where: { trainingRecordId: id }, order: { createdAt: 'DESC', id: 'DESC' } });
    if (!certificate) throw DomainError.notFound('trainingCertificate');
    await this.downloads.send(ctx, response, certificate, redirect);
  }

  private async views(manager: EntityManager, rows: TrainingRecord[]): Promise<TrainingRecordView[]> {
    const certificates = new Map<string, TrainingCertificate>();
    if (rows.length > 0) {
      const found = await manager.find(TrainingCertificate, {
        where: { trainingRecordId: In(rows.map((r) => r.id)) },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
      for (const c of found) certificates.set(c.trainingRecordId, c);
    }
    const today = this.clock.today();
    return rows.map((r) => {
      const certificate = certificates.get(r.id);
      return {
        id: r.id,
        agencyId: r.agencyId,
        userId: r.userId,
        category: r.category,
        course: r.course,
        provider: r.provider,
        completedOn: r.completedOn,
        expiresOn: r.expiresOn,
        certificateNumber: r.certificateNumber,
        valid: r.expiresOn === null || r.expiresOn >= today,
        certificate: certificate ? toCertificateView(certificate) : null,
        createdBy: r.createdBy,
        createdAt: r.createdAt,
        version: r.version,
      };
    });
  }
}

function toCertificateView(c: TrainingCertificate): CertificateView {
  return {
    id: c.id,
    ...uploadedFileFields(c),
    uploadedAt: c.createdAt,
  };
}
