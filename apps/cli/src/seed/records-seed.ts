import { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock, RequestContext, Role } from '@app/platform';
import { ApprovalsService } from '@app/approvals';
import { DocumentsService } from '@app/documents';
import {
  CreateProcedureRecordDto,
  ProcedureRecordsService,
  RecordFilesService,
  RecordListsService,
} from '@app/records';

/**
 * A year of records for Sở Tư pháp (the demo department): the records two of its procedures
 * declare (civil status and judicial records), the yearly list of records built from them and
 * approved by the head of agency through the approval engine, and record files opened under it,
 * one of them closed. Done as its demo users would, so the audit trail tells the same story.
 * Skipped when the department already has a list for the year.
 */
export async function seedDepartmentRecords(
  app: INestApplicationContext,
  options: { agencyId: string; secretaryUsername: string; approverUsername: string },
): Promise<{ created: boolean; listId: string | null }> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const year = Number(app.get(Clock).today().slice(0, 4));
  const existing = await dataSource.query<{ id: string }[]>(
    'SELECT id FROM record_lists WHERE agency_id = $1 AND year = $2',
    [options.agencyId, year],
  );
  if (existing.length > 0) return { created: false, listId: existing[0].id };
  const secretary = await userContext(
    dataSource,
    options.secretaryUsername,
    options.agencyId,
    'ISO_SECRETARY',
  );
  const approver = await userContext(dataSource, options.approverUsername, options.agencyId, 'APPROVER');
  if (!secretary || !approver) return { created: false, listId: null };

  const documents = app.get(DocumentsService);
  const declare = app.get(ProcedureRecordsService);
  const procedures: {
    code: string;
    title: string;
    records: Omit<CreateProcedureRecordDto, 'documentId'>[];
  }[] = [
    {
      code: 'QT-HT-01',
      title: 'Quy trình đăng ký khai sinh, kết hôn, khai tử có yếu tố nước ngoài',
      records: [
        {
          formCode: 'BM-01/QT-HT-01',
          name: 'Hồ sơ đăng ký khai sinh có yếu tố nước ngoài',
          ownerUnit: 'Phòng Hành chính tư pháp',
          location: 'Kho lưu trữ Sở Tư pháp, giá 3',
          permanent: true,
          medium: 'BOTH',
        },
        {
          formCode: 'BM-02/QT-HT-01',
          name: 'Sổ theo dõi tiếp nhận và trả kết quả hồ sơ hộ tịch',
          ownerUnit: 'Bộ phận Một cửa',
          location: 'Bộ phận Một cửa, Trung tâm Phục vụ hành chính công tỉnh',
          retentionYears: 10,
          medium: 'ELECTRONIC',
        },
      ],
    },
    {
      code: 'QT-LLTP-01',
      title: 'Quy trình cấp Phiếu lý lịch tư pháp',
      records: [
        {
          formCode: 'BM-03/QT-LLTP-01',
          name: 'Hồ sơ cấp Phiếu lý lịch tư pháp',
          ownerUnit: 'Phòng Hành chính tư pháp',
          location: 'Kho lưu trữ Sở Tư pháp, giá 5',
          retentionYears: 5,
          medium: 'BOTH',
        },
        {
          formCode: 'BM-04/QT-LLTP-01',
          name: 'Sổ cấp Phiếu lý lịch tư pháp',
          ownerUnit: 'Phòng Hành chính tư pháp',
          location: 'Kho lưu trữ Sở Tư pháp, giá 5',
          permanent: true,
          medium: 'PAPER',
        },
      ],
    },
  ];
  for (const procedure of procedures) {
    const found = await dataSource.query<{ id: string }[]>(
      'SELECT id FROM documents WHERE agency_id = $1 AND code = $2',
      [options.agencyId, procedure.code],
    );
    const documentId =
      found[0]?.id ??
      (
        await documents.create(secretary, {
          agencyId: options.agencyId,
          code: procedure.code,
          title: procedure.title,
          type: 'PROCEDURE',
          ownerUnit: 'Phòng Hành chính tư pháp',
        })
      ).id;
    for (const record of procedure.records) await declare.create(secretary, { documentId, ...record });
  }

  const lists = app.get(RecordListsService);
  const list = await lists.create(secretary, { agencyId: options.agencyId, year });
  const approvals = app.get(ApprovalsService);
  const request = await approvals.create(secretary, {
    kind: 'RECORD_LIST',
    subjectType: 'recordList',
    subjectId: list.id,
    reason: `Trình Giám đốc Sở phê duyệt Danh mục hồ sơ năm ${year}`,
  });
  await approvals.submit(secretary, request.id, {});
  await approvals.decide(approver, request.id, 'approve', { stepOrder: 1, comment: 'Đồng ý ban hành' });

  const files = app.get(RecordFilesService);
  const approved = await lists.get(secretary, list.id);
  const item = (code: string) => approved.items.find((i) => i.title.includes(code))!;
  // a quarter's files, or as much of it as the year has had
  const today = app.get(Clock).today();
  const notAfterToday = (day: string) => (day > today ? today : day);
  const opened = notAfterToday(`${year}-01-02`);
  const judicial = await files.create(secretary, {
    listItemId: item('BM-03/QT-LLTP-01').id,
    title: `Hồ sơ cấp Phiếu lý lịch tư pháp quý I năm ${year}`,
    openedOn: opened,
  });
  await files.close(secretary, judicial.id, { closedOn: notAfterToday(`${year}-03-31`) });
  await files.create(secretary, {
    listItemId: item('BM-01/QT-HT-01').id,
    title: `Hồ sơ đăng ký khai sinh có yếu tố nước ngoài năm ${year}`,
    openedOn: opened,
  });
  return { created: true, listId: list.id };
}

async function userContext(
  dataSource: DataSource,
  username: string,
  agencyId: string,
  role: Role,
): Promise<RequestContext | null> {
  const [user] = await dataSource.query<{ id: string; full_name: string }[]>(
    'SELECT id, full_name FROM users WHERE username = $1',
    [username],
  );
  if (!user) return null;
  return new RequestContext({ id: user.id, username, fullName: user.full_name }, [
    { agencyId, roles: [role] },
  ]);
}
