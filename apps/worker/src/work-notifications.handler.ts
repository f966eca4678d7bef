import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  dueBusinessDate,
  EventMap,
  EventName,
  JobName,
  JobPayloads,
  JobQueue,
  OnEvent,
  OnJob,
  RelayedEvent,
  Role,
} from '@app/platform';
import { ReminderScheduler, WorkNotice, WorkNotifier } from '@app/deadlines';
import {
  approvalRequestFacts,
  ApprovalRequestFacts,
  correctiveActionFacts,
  deadlineFacts,
  declarationFacts,
  inspectionFacts,
  nonconformityFacts,
} from '@app/reporting';

/** Events whose notifications this handler writes. */
type Noticed =
  | 'approvalRequest.in_progress'
  | 'approvalRequest.approved'
  | 'approvalRequest.rejected'
  | 'approvalRequest.returned'
  | 'approvalRequest.cancelled'
  | 'deadline.registered'
  | 'nonconformity.opened'
  | 'correctiveAction.planned'
  | 'inspection.recorded'
  | 'inspection.reportRejected'
  | 'declaration.lapsed';

const KIND_LABEL: Record<string, string> = { ISSUE: 'ban hành', REVISION: 'sửa đổi', WITHDRAWAL: 'bãi bỏ' };

/**
 * Notifications that follow the work: a relayed domain event becomes a job (id derived from the
 * event, so a re-relayed event adds nothing), which works out who must act and tells them in the
 * app and by e-mail (WorkNotifier: once per event and person, muted kinds left out). Reminders
 * of deadlines remain the RemindersHandler's.
 */
@Injectable()
export class WorkNotificationsHandler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly notifier: WorkNotifier,
    private readonly scheduler: ReminderScheduler,
  ) {}

  @OnEvent('approvalRequest.in_progress')
  @OnEvent('approvalRequest.approved')
  @OnEvent('approvalRequest.rejected')
  @OnEvent('approvalRequest.returned')
  @OnEvent('approvalRequest.cancelled')
  @OnEvent('deadline.registered')
  @OnEvent('nonconformity.opened')
  @OnEvent('correctiveAction.planned')
  @OnEvent('inspection.recorded')
  @OnEvent('inspection.reportRejected')
  @OnEvent('declaration.lapsed')
  async enqueue(payload: EventMap[Noticed], event: RelayedEvent): Promise<void> {
    await this.jobs.add(
      JobName.NotifyWork,
      { eventId: event.id, type: event.type as EventName, payload: payload },
      { jobId: `notify-${event.id}` },
    );
  }

  @OnJob(JobName.NotifyWork)
  async notify({ eventId, type, payload }: JobPayloads[JobName.NotifyWork]): Promise<void> {
    const deliveryIds = await this.dataSource.transaction(async (manager) => {
      const notices = await this.noticesOf(manager, type, payload);
      const ids: string[] = [];
      for (const notice of notices) ids.push(...(await this.notifier.notify(manager, eventId, notice)));
      return ids;
    });
    await this.scheduler.enqueueEmails(deliveryIds);
  }

  private async noticesOf(
    manager: EntityManager,
    type: EventName,
    payload: Record<string, unknown>,
  ): Promise<WorkNotice[]> {
    switch (type) {
      case 'approvalRequest.in_progress':
      case 'approvalRequest.approved':
      case 'approvalRequest.rejected':
      case 'approvalRequest.returned':
      case 'approvalRequest.cancelled': {
        const facts = await approvalRequestFacts(manager, payload.requestId as string);
        return facts ? [approvalNotice(type, facts)] : [];
      }
      case 'deadline.registered':
        return this.deadlineNotices(manager, payload.deadlineId as string);
      case 'nonconformity.opened': {
        const nc = await nonconformityFacts(manager, payload.nonconformityId as string);
        if (!nc) return [];
        const severity = nc.severity === 'MAJOR' ? 'nặng' : 'nhẹ';
        return [
          {
            kind: 'NONCONFORMITY_OPENED',
            agencyId: nc.agencyId,
            roles: ['ISO_SECRETARY'],
            title: `Điểm không phù hợp mới (${severity}): ${short(nc.description)}`,
            body: `Một điểm không phù hợp ${severity} (nguồn: ${SOURCE_LABEL[nc.source] ?? nc.source}) được ghi nhận: "${nc.description}". Vui lòng phân tích nguyên nhân và lập kế hoạch khắc phục.`,
            resourceType: 'nonconformity',
            resourceId: nc.id,
          },
        ];
      }
      case 'correctiveAction.planned': {
        const action = await correctiveActionFacts(manager, payload.correctiveActionId as string);
        if (!action) return [];
        return [
          {
            kind: 'CORRECTIVE_ACTION_ASSIGNED',
            agencyId: action.agencyId,
            userIds: [action.ownerId],
            title: `Hành động khắc phục được giao: ${short(action.description)}`,
            body: `Bạn được giao thực hiện hành động khắc phục: ${action.description}, hạn ngày ${vietnameseDate(action.dueDate)}.`,
            resourceType: 'correctiveAction',
            resourceId: action.id,
          },
        ];
      }
      case 'inspection.recorded':
      case 'inspection.reportRejected': {
        const inspection = await inspectionFacts(manager, payload.inspectionId as string);
        if (!inspection) return [];
        const due = inspection.reportDue
          ? ` Hạn nộp báo cáo khắc phục: ${vietnameseDate(inspection.reportDue)}.`
          : '';
        return [
          type === 'inspection.recorded'
            ? {
                kind: 'INSPECTION_RECORDED',
                agencyId: inspection.agencyId,
                roles: ['ISO_SECRETARY', 'AGENCY_ADMIN'],
                title: `Kết quả kiểm tra HTQLCL ngày ${vietnameseDate(inspection.inspectedOn)}`,
                body: `Sở Khoa học và Công nghệ đã ghi nhận kết quả kiểm tra: "${inspection.conclusion}".${due}`,
                resourceType: 'inspection',
                resourceId: inspection.id,
              }
            : {
                kind: 'INSPECTION_REPORT_REJECTED',
                agencyId: inspection.agencyId,
                roles: ['ISO_SECRETARY', 'AGENCY_ADMIN'],
                title: 'Báo cáo khắc phục sau kiểm tra chưa được chấp nhận',
                body: `Sở Khoa học và Công nghệ yêu cầu làm lại báo cáo khắc phục sau kiểm tra ngày ${vietnameseDate(inspection.inspectedOn)}.${due}`,
                resourceType: 'inspection',
                resourceId: inspection.id,
              },
        ];
      }
      case 'declaration.lapsed': {
        const declaration = await declarationFacts(manager, payload.declarationId as string);
        if (!declaration) return [];
        // every agency the declaration covered hears of it
        return declaration.agencyIds.map((agencyId) => ({
          kind: 'DECLARATION_LAPSED' as const,
          agencyId,
          roles: ['ISO_SECRETARY', 'AGENCY_ADMIN'] as Role[],
          title: `Công bố HTQLCL hết hiệu lực: ${declaration.decisionNumber}`,
          body: `${declaration.qualitySystemName} bị tạm dừng áp dụng nên công bố theo quyết định ${declaration.decisionNumber} không còn hiệu lực. Cần công bố lại khi HTQLCL được áp dụng trở lại.`,
          resourceType: 'declaration',
          resourceId: declaration.id,
        }));
      }
      default:
        return [];
    }
  }

  /**
   * A deadline given to people or a role is work assigned to them: an approval step, a version
   * to read, or the agency's answer to oversight. (A corrective action is told from its own
   * event, correctiveAction.planned.)
   */
  private async deadlineNotices(manager: EntityManager, deadlineId: string): Promise<WorkNotice[]> {
    const d = await deadlineFacts(manager, deadlineId);
    if (!d || d.state !== 'OPEN') return [];
    const due = vietnameseDate(dueBusinessDate(new Date(d.dueAt)));
    const base = {
      agencyId: d.agencyId,
      userIds: d.responsibleUserIds,
      roles: d.responsibleRole ? [d.responsibleRole as Role] : [],
      resourceType: d.resourceType,
      resourceId: d.resourceId,
    };
    switch (d.kind) {
      case 'APPROVAL_STEP':
        return [
          {
            ...base,
            kind: 'APPROVAL_STEP_ASSIGNED',
            title: `Cần phê duyệt: ${d.title}`,
            body: `${d.title} đang chờ bạn (hoặc vai trò của bạn) xem xét, hạn ngày ${due}.`,
          },
        ];
      case 'ACKNOWLEDGEMENT':
        return [
          {
            ...base,
            kind: 'READ_REQUIRED',
            title: d.title,
            body: `Một phiên bản mới có hiệu lực: ${d.title}. Vui lòng đọc và xác nhận trước ngày ${due}.`,
          },
        ];
      case 'INSPECTION_REPORT':
      case 'REDECLARATION':
      case 'LEGAL_CHANGE':
        return [
          {
            ...base,
            kind: 'AGENCY_ACTION_REQUIRED',
            title: `Cơ quan cần thực hiện: ${d.title}`,
            body: `${d.title}, hạn ngày ${due}.`,
          },
        ];
      default:
        return [];
    }
  }
}

const SOURCE_LABEL: Record<string, string> = {
  AUDIT: 'đánh giá nội bộ',
  COMPLAINT: 'phản ánh, khiếu nại',
  PROCESS: 'theo dõi quá trình',
  INSPECTION: 'kiểm tra của Sở Khoa học và Công nghệ',
  OTHER: 'khác',
};

function approvalNotice(type: EventName, r: ApprovalRequestFacts): WorkNotice {
  const subject = r.documentCode ? `${r.documentCode} ${r.documentTitle}` : r.reason;
  const what = `Yêu cầu ${KIND_LABEL[r.kind] ?? ''} ${subject}`.replace(/\s+/g, ' ');
  const comment = r.comment ? ` Ý kiến: "${r.comment}".` : '';
  const authors = {
    agencyId: r.agencyId,
    userIds: [r.drafterId, r.requestedBy],
    resourceType: 'approvalRequest',
    resourceId: r.id,
  };
  switch (type) {
    case 'approvalRequest.in_progress':
      // the drafter hears that their draft went in (the one who submitted it knows)
      return {
        ...authors,
        userIds: [r.drafterId],
        exceptUserIds: [r.requestedBy],
        kind: 'APPROVAL_SUBMITTED',
        title: `Đã trình phê duyệt: ${subject}`,
        body: `${what} đã được trình phê duyệt.`,
      };
    case 'approvalRequest.approved':
      return {
        ...authors,
        kind: 'APPROVAL_APPROVED',
        title: `Đã phê duyệt: ${subject}`,
        body: `${what} đã được phê duyệt.${comment}`,
      };
    case 'approvalRequest.rejected':
      return {
        ...authors,
        exceptUserIds: [r.decidedBy],
        kind: 'APPROVAL_REJECTED',
        title: `Bị từ chối: ${subject}`,
        body: `${what} đã bị từ chối.${comment}`,
      };
    case 'approvalRequest.returned':
      return {
        ...authors,
        exceptUserIds: [r.decidedBy],
        kind: 'APPROVAL_RETURNED',
        title: `Trả lại để chỉnh sửa: ${subject}`,
        body: `${what} đã được trả lại để chỉnh sửa.${comment}`,
      };
    default:
      return {
        ...authors,
        userIds: [r.drafterId],
        exceptUserIds: [r.requestedBy],
        kind: 'APPROVAL_CANCELLED',
        title: `Đã hủy yêu cầu phê duyệt: ${subject}`,
        body: `${what} đã bị hủy.`,
      };
  }
}

function vietnameseDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

function short(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
