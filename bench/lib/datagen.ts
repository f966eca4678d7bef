import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { contentPairsLiteral } from '../../libs/documents/src/search/content-pairs';
import { searchKey } from '../../libs/documents/src/search/document-search.sql';
import { REBUILD_COVERAGE_COUNTS_SQL } from '../../libs/reporting/src/province-dashboard.sql';
import { BenchOptions, PASSWORD, Scale } from './options';
import { log, timed } from './util';

/*
 * The national data set, generated set-based (INSERT … SELECT generate_series) into a database
 * migrated with the project's own CLI. Ids are md5-derived UUIDs of each row's index, so every
 * phase can compute the ids of the rows it refers to, and a phase that did not finish (each runs
 * in one transaction) is simply run again. Documents, versions, files, approval history and
 * deadlines are inserted directly, not through the API: their audit-trail entries are not
 * generated, and foreign keys are not checked row by row while loading (session_replication_role
 * = replica), because documents and their current versions refer to each other; the rows are
 * consistent by construction and the constraints stay in force for everything the API writes.
 */

/** The UUID bench_uuid(text) gives: the md5 of the text, marked as a version-4 UUID (the API validates them). */
export function uuidOf(text: string): string {
  const h = createHash('md5').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20)}`;
}

/** bench_uuid(text): created in the benchmark database only (beside bench_meta); the app never calls it. */
const BENCH_UUID = `CREATE OR REPLACE FUNCTION bench_uuid(text) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT overlay(overlay(md5($1) placing '4' from 13) placing '8' from 17)::uuid $$`;

export const ROLES_PER_AGENCY: { suffix: string; roles: string[] }[] = [
  { suffix: 'thuky', roles: ['AGENCY_ADMIN', 'ISO_SECRETARY'] },
  { suffix: 'soanthao', roles: ['DRAFTER', 'STAFF'] },
  { suffix: 'pheduyet', roles: ['APPROVER'] },
  { suffix: 'nhanvien1', roles: ['STAFF'] },
  { suffix: 'nhanvien2', roles: ['STAFF'] },
];
export const SECRETARY = 0;
export const DRAFTER = 1;
export const APPROVER = 2;

export const userIdOf = (agency: number, role: number) => uuidOf(`user-${agency}-${role}`);
export const usernameOf = (agency: number, role: number) => `b${agency}.${ROLES_PER_AGENCY[role].suffix}`;
export const agencyIdOf = (agency: number) => uuidOf(`agency-${agency}`);
export const oversightUserIdOf = (province: number) => uuidOf(`oversight-${province}`);
export const oversightUsernameOf = (province: number) => `b.giamsat${province}`;
/** The Ministry (above every province) and its oversight officer, for the national dashboard. */
export const MINISTRY_ID = uuidOf('ministry');
const MINISTRY_USER_ID = uuidOf('ministry-oversight');
export const MINISTRY_USERNAME = 'b.bo';

const PROVINCES = [
  'Hà Nội',
  'Huế',
  'Lai Châu',
  'Điện Biên',
  'Sơn La',
  'Lạng Sơn',
  'Quảng Ninh',
  'Thanh Hóa',
  'Nghệ An',
  'Hà Tĩnh',
  'Cao Bằng',
  'Tuyên Quang',
  'Lào Cai',
  'Thái Nguyên',
  'Phú Thọ',
  'Bắc Ninh',
  'Hưng Yên',
  'Hải Phòng',
  'Ninh Bình',
  'Quảng Trị',
  'Đà Nẵng',
  'Quảng Ngãi',
  'Gia Lai',
  'Khánh Hòa',
  'Lâm Đồng',
  'Đắk Lắk',
  'Hồ Chí Minh',
  'Đồng Nai',
  'Tây Ninh',
  'Cần Thơ',
  'Vĩnh Long',
  'Đồng Tháp',
  'Cà Mau',
  'An Giang',
];
const DEPARTMENTS = [
  'Văn phòng Ủy ban nhân dân',
  'Sở Tư pháp',
  'Sở Tài chính',
  'Sở Nội vụ',
  'Sở Xây dựng',
  'Sở Y tế',
  'Sở Giáo dục và Đào tạo',
  'Sở Khoa học và Công nghệ',
  'Sở Công Thương',
  'Sở Nông nghiệp và Môi trường',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Dân tộc và Tôn giáo',
  'Sở Ngoại vụ',
  'Thanh tra',
  'Ban Quản lý các khu công nghiệp',
];

/** Subjects of document titles (with their diacritics): "Quy trình" + subject. */
export const SUBJECTS = [
  'kiểm soát tài liệu',
  'kiểm soát hồ sơ',
  'đánh giá nội bộ',
  'hành động khắc phục',
  'xem xét của lãnh đạo',
  'đăng ký khai sinh',
  'đăng ký kết hôn',
  'đăng ký khai tử',
  'đăng ký thường trú',
  'đăng ký kinh doanh hộ cá thể',
  'cấp giấy phép xây dựng',
  'cấp giấy chứng nhận quyền sử dụng đất',
  'cấp phiếu lý lịch tư pháp',
  'chứng thực bản sao từ bản chính',
  'chứng thực chữ ký',
  'giải quyết khiếu nại',
  'giải quyết tố cáo',
  'tiếp công dân',
  'quản lý văn bản đến',
  'quản lý văn bản đi',
  'quản lý con dấu',
  'lưu trữ hồ sơ',
  'mua sắm tài sản công',
  'quản lý tài sản công',
  'lập dự toán ngân sách',
  'quyết toán ngân sách',
  'tuyển dụng công chức',
  'đào tạo bồi dưỡng cán bộ',
  'đánh giá xếp loại công chức',
  'thi đua khen thưởng',
  'cấp phép hoạt động y tế',
  'cấp chứng chỉ hành nghề',
  'thẩm định dự án đầu tư',
  'cấp giấy phép môi trường',
  'cấp giấy phép khai thác nước',
  'xử lý vi phạm hành chính',
  'công khai thủ tục hành chính',
  'tiếp nhận và trả kết quả',
  'số hóa hồ sơ',
  'ứng dụng công nghệ thông tin',
  'an toàn thông tin',
  'phòng cháy chữa cháy',
  'quản lý xe công',
  'cấp giấy phép lái xe',
  'đăng ký phương tiện',
  'trợ giúp pháp lý',
  'hòa giải ở cơ sở',
  'phổ biến giáo dục pháp luật',
  'thẩm định văn bản quy phạm',
  'kiểm tra văn bản',
  'cấp giấy phép kinh doanh rượu',
  'cấp giấy chứng nhận an toàn thực phẩm',
  'hỗ trợ doanh nghiệp nhỏ',
  'xét duyệt hộ nghèo',
  'chi trả trợ cấp xã hội',
  'cấp thẻ bảo hiểm y tế',
  'quản lý đê điều',
  'phòng chống thiên tai',
  'cấp phép biểu diễn nghệ thuật',
  'quản lý di tích',
];
const TYPE_NAMES: Record<string, string> = {
  POLICY: 'Chính sách chất lượng',
  OBJECTIVES: 'Mục tiêu chất lượng',
  MANUAL: 'Sổ tay chất lượng',
  PROCEDURE: 'Quy trình',
  GUIDE: 'Hướng dẫn',
  FORM: 'Biểu mẫu',
  EXTERNAL: 'Văn bản bên ngoài về',
  RECORD: 'Hồ sơ',
};
/**
 * What follows the subject in a title, so titles are as varied as a real register's (a search
 * term matches a realistic fraction of documents, not one subject in sixty): the case the
 * procedure covers, the level or channel, and the year of the regulation it implements.
 */
export const QUALIFIERS = [
  '',
  'lần đầu',
  'cấp lại',
  'điều chỉnh, bổ sung',
  'gia hạn',
  'đối với tổ chức',
  'đối với cá nhân',
  'có yếu tố nước ngoài',
  'theo cơ chế một cửa liên thông',
  'trên môi trường điện tử',
  'theo Nghị định 61/2018/NĐ-CP',
  'theo TCVN ISO 9001:2015',
  'trong trường hợp khẩn cấp',
  'tại Bộ phận Một cửa',
  'qua dịch vụ bưu chính công ích',
  'trên Cổng dịch vụ công quốc gia',
  'đối với doanh nghiệp nhỏ và vừa',
];
/** Sentences of a procedure's body, for the files' extracted text (any of them in most texts). */
const CONTENT_COMMON = [
  'Mục đích: quy định trình tự, thủ tục và trách nhiệm của các đơn vị, cá nhân có liên quan',
  'Phạm vi áp dụng: các phòng chuyên môn và Bộ phận Một cửa của cơ quan',
  'Tài liệu viện dẫn: TCVN ISO 9001:2015 và các văn bản quy phạm pháp luật hiện hành',
  'Công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của thành phần hồ sơ',
  'Trường hợp hồ sơ chưa đầy đủ, hướng dẫn tổ chức, cá nhân bổ sung, hoàn thiện một lần',
  'Thời hạn giải quyết không quá 15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ',
  'Lãnh đạo phòng xem xét, ký duyệt kết quả và chuyển Bộ phận Một cửa trả kết quả',
  'Hồ sơ được lưu tại phòng chuyên môn theo thời hạn bảo quản quy định',
  'Phí, lệ phí thực hiện theo nghị quyết của Hội đồng nhân dân tỉnh',
  'Biểu mẫu kèm theo gồm phiếu tiếp nhận, phiếu hẹn trả kết quả và sổ theo dõi',
  'Trường hợp từ chối giải quyết phải trả lời bằng văn bản và nêu rõ lý do',
  'Thư ký ISO theo dõi việc thực hiện và báo cáo định kỳ cho lãnh đạo cơ quan',
  'Các rủi ro trong quá trình giải quyết được nhận diện và có biện pháp kiểm soát',
  'Định nghĩa và chữ viết tắt: UBND là Ủy ban nhân dân, TTHC là thủ tục hành chính',
  'Sơ đồ quy trình thể hiện các bước từ tiếp nhận đến trả kết quả',
  'Người đứng đầu cơ quan chịu trách nhiệm phê duyệt và ban hành quy trình',
  'Khi văn bản quy phạm pháp luật thay đổi, quy trình được xem xét sửa đổi kịp thời',
  'Chuyên viên thụ lý tham mưu văn bản trình lãnh đạo xem xét',
  'Văn thư đóng dấu, phát hành văn bản và cập nhật vào phần mềm quản lý',
  'Kết quả giải quyết được cập nhật trên hệ thống thông tin giải quyết thủ tục hành chính',
  'Mọi sửa đổi tài liệu được ghi nhận tại trang theo dõi sửa đổi',
  'Các bước thực hiện được mô tả chi tiết trong bảng dưới đây',
  'Trách nhiệm của từng cá nhân được phân công rõ ràng trong quy trình',
  'Ý kiến phản ánh, kiến nghị của tổ chức, cá nhân được tiếp nhận và xử lý theo quy định',
];
/** Sentences found in about one text in fourteen each: what a content search is for. */
const CONTENT_RARE = [
  'Cán bộ thẩm định tổ chức kiểm tra thực địa và lập biên bản',
  'Kết quả được ký bằng chữ ký số của người có thẩm quyền',
  'Danh sách được niêm yết công khai tại trụ sở trong thời hạn 07 ngày',
  'Thông tin được đối chiếu với cơ sở dữ liệu quốc gia về dân cư',
  'Người dân có thể nộp bản sao điện tử thay cho bản giấy',
  'Hội đồng thẩm định giá xác định giá khởi điểm',
  'Người nộp hồ sơ hoàn thành nghĩa vụ lệ phí trước bạ',
  'Cơ quan công an phối hợp xác minh nhân thân của người yêu cầu',
  'Trường hợp bất khả kháng, thời hạn được gia hạn thêm 05 ngày',
  'Hồ sơ được số hóa và lưu trữ trên kho dữ liệu điện tử của tổ chức, cá nhân',
  'Tổ chức thẩm tra thiết kế phòng cháy và chữa cháy trước khi cấp phép',
  'Người có công với cách mạng được miễn phí thực hiện thủ tục',
];

const LEVELS = ['', 'cấp tỉnh', 'cấp xã', 'thuộc thẩm quyền của Sở', 'thuộc thẩm quyền của Ủy ban nhân dân'];

const TYPE_CODES: Record<string, string> = {
  POLICY: 'CS',
  OBJECTIVES: 'MT',
  MANUAL: 'STCL',
  PROCEDURE: 'QT',
  GUIDE: 'HD',
  FORM: 'BM',
  EXTERNAL: 'VB',
  RECORD: 'HS',
};

export interface AgencyRow {
  index: number;
  id: string;
  code: string;
  name: string;
  level: string;
  parent: number | null;
  province: number;
}

/** The agency tree: provinces, each with departments, branches (under departments) and communes. */
export function agencyTree(scale: Scale): AgencyRow[] {
  const rows: AgencyRow[] = [];
  const rest = scale.agencies - scale.bigProvince;
  const others = scale.provinces - 1;
  for (let p = 0; p < scale.provinces; p++) {
    const size = p === 0 ? scale.bigProvince : Math.floor(rest / others) + (p - 1 < rest % others ? 1 : 0);
    const pp = String(p + 1).padStart(2, '0');
    const provinceName = PROVINCES[p % PROVINCES.length];
    const add = (code: string, name: string, level: string, parent: number | null) => {
      const index = rows.length;
      rows.push({ index, id: agencyIdOf(index), code, name, level, parent, province: p });
      return index;
    };
    const province = add(`P${pp}`, `Ủy ban nhân dân tỉnh ${provinceName} (${pp})`, 'PROVINCE', null);
    const departments = Math.max(1, Math.round(size * 0.12));
    const branches = Math.round(size * 0.06);
    const communes = size - 1 - departments - branches;
    const deptIndexes: number[] = [];
    for (let d = 0; d < departments; d++) {
      const base = DEPARTMENTS[d % DEPARTMENTS.length];
      const name = d < DEPARTMENTS.length ? base : `${base} số ${Math.floor(d / DEPARTMENTS.length) + 1}`;
      deptIndexes.push(
        add(`P${pp}-S${d + 1}`, `${name} tỉnh ${provinceName} (${pp})`, 'DEPARTMENT', province),
      );
    }
    for (let b = 0; b < branches; b++) {
      add(
        `P${pp}-CC${b + 1}`,
        `Chi cục số ${b + 1} tỉnh ${provinceName} (${pp})`,
        'BRANCH',
        deptIndexes[b % departments],
      );
    }
    for (let c = 0; c < communes; c++) {
      add(
        `P${pp}-X${c + 1}`,
        `Ủy ban nhân dân xã số ${c + 1} tỉnh ${provinceName} (${pp})`,
        'COMMUNE',
        province,
      );
    }
  }
  return rows;
}

/** The first agency index of each province (its People's Committee). */
export function provinceAgencies(tree: AgencyRow[]): number[] {
  return tree.filter((a) => a.level === 'PROVINCE').map((a) => a.index);
}

const PHASES = [
  'agencies',
  'users',
  'documents',
  'titles',
  'versions',
  'files',
  'fileTexts',
  'filePairs',
  'approvals',
  'deadlines',
  'reminderQueue',
  'ministry',
  'searchKeys',
  'vacuum',
];

/**
 * Per-document plan: every derived column of document `i`, as SQL. `a` is its agency, `k` its
 * number within the agency, `n` its number of versions (1–5, 3 on average), `cur_rev` the
 * effective revision (null for a draft document), `is_open` whether a newer revision is open.
 */
export function docPlan(s: Scale): string {
  const perAgency = s.documents / s.agencies;
  if (!Number.isInteger(perAgency) || perAgency % 5 !== 0)
    throw new Error('documents must be a multiple of 5 × agencies');
  return `
    SELECT i, a, k, n, type, status, is_open, open_status, cur_rev, cur_eff
      FROM generate_series(0, ${s.documents - 1}) AS i
      CROSS JOIN LATERAL (SELECT i % ${s.agencies} AS a, i / ${s.agencies} AS k) b
      CROSS JOIN LATERAL (
        SELECT 1 + (k * 7 + a * 3) % 5 AS n,
               CASE WHEN k = 0 THEN 'POLICY' WHEN k = 1 THEN 'OBJECTIVES' WHEN k = 2 THEN 'MANUAL'
                    ELSE (ARRAY['PROCEDURE','PROCEDURE','PROCEDURE','PROCEDURE','FORM','FORM','FORM','GUIDE','RECORD','EXTERNAL'])[1 + k % 10]
               END AS type,
               CASE k % 50 WHEN 49 THEN 'DRAFT' WHEN 48 THEN 'WITHDRAWN' ELSE 'EFFECTIVE' END AS status) c
      CROSS JOIN LATERAL (
        SELECT (c.status = 'EFFECTIVE' AND c.n >= 2 AND (k * 3 + a) % 10 = 3) AS is_open,
               CASE WHEN ((k * 3 + a) / 10) % 2 = 0 THEN 'IN_APPROVAL' ELSE 'DRAFT' END AS open_status) d
      CROSS JOIN LATERAL (
        SELECT CASE WHEN c.status = 'DRAFT' THEN NULL WHEN d.is_open THEN c.n - 1 ELSE c.n END AS cur_rev,
               (current_date - ((i * 13) % 420)::int) AS cur_eff) e`;
}

/** Every version of every document, with its status and dates. */
export function versionPlan(s: Scale): string {
  return `
    SELECT p.*, r,
           CASE WHEN p.status = 'DRAFT' THEN (CASE WHEN r < p.n THEN 'REJECTED' ELSE 'DRAFT' END)
                WHEN r < p.cur_rev THEN 'SUPERSEDED' WHEN r = p.cur_rev THEN 'EFFECTIVE'
                ELSE p.open_status END AS vstatus,
           CASE WHEN p.cur_rev IS NOT NULL AND r <= p.cur_rev THEN p.cur_eff - (p.cur_rev - r) * 400 END AS eff,
           (COALESCE(p.cur_eff, current_date) - (p.n - r) * 400 - 20)::timestamp + interval '9 hours' AS created
      FROM (${docPlan(s)}) p CROSS JOIN LATERAL generate_series(1, p.n) AS r`;
}

/** The reminder step the planner would keep for an open deadline whose earlier steps fired (default cadence). */
export function plannedStepSql(due: string, horizon: string): { step: string; at: string } {
  const step = `CASE WHEN ${due} - interval '3 days' > ${horizon} THEN 0 WHEN ${due} > ${horizon} THEN 1
                     ELSE floor(extract(epoch FROM (${horizon} - ${due})) / 172800)::int + 2 END`;
  const at = `CASE WHEN ${due} - interval '3 days' > ${horizon} THEN ${due} - interval '3 days'
                   WHEN ${due} > ${horizon} THEN ${due}
                   ELSE ${due} + (floor(extract(epoch FROM (${horizon} - ${due})) / 172800) + 1) * interval '2 days' END`;
  return { step, at };
}

async function phaseDone(db: Client, phase: string): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM bench_meta WHERE phase = $1', [phase]);
  return rows.length > 0;
}

async function runPhase(db: Client, phase: string, work: () => Promise<unknown>): Promise<number> {
  if (await phaseDone(db, phase)) return 0;
  return timed(`generate ${phase}`, async () => {
    await db.query('BEGIN');
    try {
      await db.query("SET LOCAL session_replication_role = 'replica'");
      const detail = await work();
      await db.query('INSERT INTO bench_meta (phase, detail) VALUES ($1, $2)', [
        phase,
        JSON.stringify(detail ?? null),
      ]);
      await db.query('COMMIT');
    } catch (error) {
      await db.query('ROLLBACK');
      throw error;
    }
  });
}

export interface GenerationReport {
  seconds: Record<string, number>;
  counts: Record<string, number>;
  generatedNow: boolean;
}

/** Generates whatever part of the data set is missing; returns per-phase timings and row counts. */
export async function generate(
  options: BenchOptions,
  passwordHash: () => Promise<string>,
): Promise<GenerationReport> {
  const s = options.scale;
  const db = new Client({ connectionString: options.databaseUrl, application_name: 'iso-bench-datagen' });
  await db.connect();
  const seconds: Record<string, number> = {};
  try {
    // compiling these few huge statements costs seconds each; the rows themselves are cheap
    await db.query('SET jit = off');
    await db.query(BENCH_UUID);
    await db.query(`CREATE TABLE IF NOT EXISTS bench_meta (
      phase text PRIMARY KEY, detail jsonb, done_at timestamptz NOT NULL DEFAULT now())`);
    const { rows: scaleRows } = await db.query<{ detail: { scale: string } }>(
      "SELECT detail FROM bench_meta WHERE phase = 'scale'",
    );
    if (scaleRows.length > 0 && scaleRows[0].detail.scale !== s.name) {
      throw new Error(
        `database ${options.databaseName} holds the ${scaleRows[0].detail.scale} data set; use another BENCH_DB for ${s.name}`,
      );
    }
    if (scaleRows.length === 0) {
      await db.query("INSERT INTO bench_meta (phase, detail) VALUES ('scale', $1)", [
        JSON.stringify({ scale: s.name }),
      ]);
    }
    const pending = [];
    for (const phase of PHASES) if (!(await phaseDone(db, phase))) pending.push(phase);
    if (pending.length > 0) log(`data set ${s.name}: generating ${pending.join(', ')}`);
    const tree = agencyTree(s);

    seconds.agencies = await runPhase(db, 'agencies', async () => {
      for (let from = 0; from < tree.length; from += 1000) {
        const batch = tree.slice(from, from + 1000);
        await db.query(
          // search_region: its trigger does not fire while loading; set in the searchKeys phase
          `INSERT INTO agencies (id, code, name, level, parent_id, search_region)
           SELECT id, code, name, level, parent, left(id::text, 8) FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[])
             AS t(id, code, name, level, parent)`,
          [
            batch.map((a) => a.id),
            batch.map((a) => a.code),
            batch.map((a) => a.name),
            batch.map((a) => a.level),
            batch.map((a) => (a.parent === null ? null : agencyIdOf(a.parent))),
          ],
        );
      }
      // one QMS per agency, two in three declared
      await db.query(
        `INSERT INTO quality_systems (id, name, scope, lead_agency_id, status)
         SELECT bench_uuid('qms-' || a), 'HTQLCL ' || ag.name, 'Toàn bộ hoạt động cung cấp dịch vụ hành chính công',
                ag.id, CASE WHEN a % 3 = 0 THEN 'APPLYING' ELSE 'DECLARED' END
           FROM generate_series(0, ${s.agencies - 1}) a JOIN agencies ag ON ag.id = bench_uuid('agency-' || a)`,
      );
      await db.query(
        `INSERT INTO quality_system_agencies (quality_system_id, agency_id)
         SELECT bench_uuid('qms-' || a), bench_uuid('agency-' || a) FROM generate_series(0, ${s.agencies - 1}) a`,
      );
      return { agencies: tree.length };
    });

    seconds.users = await runPhase(db, 'users', async () => {
      const hash = await passwordHash();
      const roles = ROLES_PER_AGENCY.map(
        (r, i) => `(${i}, '${r.suffix}', ARRAY[${r.roles.map((x) => `'${x}'`).join(',')}])`,
      );
      await db.query(
        `INSERT INTO users (id, username, password_hash, full_name, email)
         SELECT bench_uuid('user-' || a || '-' || r.i), 'b' || a || '.' || r.suffix, $1,
                'Cán bộ ' || r.suffix || ' ' || a, 'b' || a || '.' || r.suffix || '@bench.iso.local'
           FROM generate_series(0, ${s.agencies - 1}) a CROSS JOIN (VALUES ${roles.join(',')}) AS r(i, suffix, roles)`,
        [hash],
      );
      await db.query(
        `INSERT INTO memberships (user_id, agency_id, roles)
         SELECT bench_uuid('user-' || a || '-' || r.i), bench_uuid('agency-' || a), r.roles
           FROM generate_series(0, ${s.agencies - 1}) a CROSS JOIN (VALUES ${roles.join(',')}) AS r(i, suffix, roles)`,
      );
      const provinces = provinceAgencies(tree);
      await db.query(
        `INSERT INTO users (id, username, password_hash, full_name, email)
         SELECT bench_uuid('oversight-' || p), 'b.giamsat' || p, $1, 'Sở KH&CN giám sát ' || p, 'b.giamsat' || p || '@bench.iso.local'
           FROM generate_series(0, ${provinces.length - 1}) p`,
        [hash],
      );
      await db.query(
        `INSERT INTO memberships (user_id, agency_id, roles)
         SELECT bench_uuid('oversight-' || p), bench_uuid('agency-' || x.agency), ARRAY['OVERSIGHT']
           FROM unnest($1::int[]) WITH ORDINALITY AS x(agency, ord) CROSS JOIN LATERAL (SELECT x.ord - 1 AS p) q`,
        [provinces],
      );
      return { users: s.agencies * ROLES_PER_AGENCY.length + provinces.length };
    });

    const subjects = `ARRAY[${SUBJECTS.map((x) => `'${x}'`).join(',')}]`;
    const typeName = `(CASE p.type ${Object.entries(TYPE_NAMES)
      .map(([t, n]) => `WHEN '${t}' THEN '${n}'`)
      .join(' ')} END)`;
    const typeCode = `(CASE p.type ${Object.entries(TYPE_CODES)
      .map(([t, c]) => `WHEN '${t}' THEN '${c}'`)
      .join(' ')} END)`;
    const code = `${typeCode} || '-' || lpad(p.k::text, 4, '0')`;
    const qualifiers = `ARRAY[${QUALIFIERS.map((x) => `'${x}'`).join(',')}]`;
    const levels = `ARRAY[${LEVELS.map((x) => `'${x}'`).join(',')}]`;
    // subject, qualifier, level and year vary at different rates (co-prime steps), so the
    // combinations run to hundreds of thousands; rtrim/replace drop the gaps of empty parts
    const title = `replace(rtrim(${typeName} || ' ' || (${subjects})[1 + (p.i * 7 + p.k) % ${SUBJECTS.length}]
      || ' ' || (${qualifiers})[1 + (p.i * 11 + p.k * 3) % ${QUALIFIERS.length}]
      || ' ' || (${levels})[1 + (p.i * 13 + p.a) % ${LEVELS.length}]
      || CASE WHEN p.i % 3 = 0 THEN ' năm ' || (2015 + p.i % 11) ELSE '' END), '  ', ' ')`;
    // documents.search_key: its trigger does not fire while loading (session_replication_role)
    const searchKeySql = `lower(f_unaccent(${code} || ' ' || ${title}))`;

    seconds.documents = await runPhase(db, 'documents', async () => {
      await db.query(
        `INSERT INTO documents (id, agency_id, code, title, type, parent_id, owner_unit, review_interval_months,
                                next_review_date, administrative_procedure_codes, status, current_version_id,
                                created_by, version, created_at, updated_at, search_key)
         SELECT bench_uuid('doc-' || p.i), bench_uuid('agency-' || p.a), ${code}, ${title}, p.type,
                CASE WHEN p.type = 'FORM' AND p.k >= 10 THEN bench_uuid('doc-' || ((p.k - p.k % 10 + 1) * ${s.agencies} + p.a)) END,
                (ARRAY['Văn phòng', 'Phòng Tổng hợp', 'Phòng Chuyên môn', 'Bộ phận Một cửa'])[1 + p.k % 4],
                12,
                CASE WHEN p.status = 'EFFECTIVE' THEN (p.cur_eff + interval '12 months')::date END,
                CASE WHEN p.type = 'PROCEDURE' THEN ARRAY['1.00' || lpad((p.k % 400)::text, 4, '0')] ELSE '{}' END,
                p.status,
                CASE WHEN p.cur_rev IS NOT NULL THEN bench_uuid('ver-' || p.i || '-' || p.cur_rev) END,
                bench_uuid('user-' || p.a || '-${DRAFTER}'), 1 + p.n,
                (COALESCE(p.cur_eff, current_date) - (p.n - 1) * 400 - 20)::timestamp + interval '9 hours',
                (COALESCE(p.cur_eff, current_date))::timestamp + interval '9 hours',
                ${searchKeySql}
           FROM (${docPlan(s)}) p`,
      );
      return { documents: s.documents };
    });

    // a data set generated before the varied titles and documents.search_key gets them here;
    // on a fresh one the documents phase above wrote them already and this only marks itself done
    const documentsNow = seconds.documents > 0;
    seconds.titles = await runPhase(db, 'titles', async () => {
      if (documentsNow) return { updated: 0 };
      const result = await db.query(
        `UPDATE documents d SET title = x.title, search_key = x.search_key
           FROM (SELECT bench_uuid('doc-' || p.i) AS id, ${title} AS title, ${searchKeySql} AS search_key
                   FROM (${docPlan(s)}) p) x
          WHERE d.id = x.id AND d.search_key IS DISTINCT FROM x.search_key`,
      );
      return { updated: result.rowCount };
    });

    seconds.versions = await runPhase(db, 'versions', async () => {
      const result = await db.query(
        `INSERT INTO document_versions (id, document_id, agency_id, revision, status, change_summary, effective_from,
                                        superseded_at, drafted_by, reviewed_by, reviewed_at, approved_by, approved_at,
                                        version, created_at, updated_at)
         SELECT bench_uuid('ver-' || v.i || '-' || v.r), bench_uuid('doc-' || v.i), bench_uuid('agency-' || v.a), v.r,
                v.vstatus,
                CASE WHEN v.r = 1 THEN 'Ban hành lần đầu' ELSE 'Sửa đổi lần ' || (v.r - 1) || ' theo quy định mới' END,
                v.eff,
                CASE WHEN v.vstatus = 'SUPERSEDED' THEN (v.eff + 400)::timestamp + interval '8 hours' END,
                bench_uuid('user-' || v.a || '-${DRAFTER}'),
                CASE WHEN v.vstatus IN ('SUPERSEDED', 'EFFECTIVE') THEN bench_uuid('user-' || v.a || '-${SECRETARY}') END,
                CASE WHEN v.vstatus IN ('SUPERSEDED', 'EFFECTIVE') THEN v.created + interval '5 days' END,
                CASE WHEN v.vstatus IN ('SUPERSEDED', 'EFFECTIVE') THEN bench_uuid('user-' || v.a || '-${APPROVER}') END,
                CASE WHEN v.vstatus IN ('SUPERSEDED', 'EFFECTIVE') THEN v.created + interval '10 days' END,
                3, v.created, v.created + interval '10 days'
           FROM (${versionPlan(s)}) v`,
      );
      return { versions: result.rowCount };
    });

    seconds.files = await runPhase(db, 'files', async () => {
      const result = await db.query(
        `INSERT INTO document_files (id, version_id, document_id, agency_id, name, size, content_type, sha256,
                                     storage_key, uploaded_by, created_at, updated_at)
         SELECT bench_uuid('file-' || v.i || '-' || v.r), bench_uuid('ver-' || v.i || '-' || v.r), bench_uuid('doc-' || v.i),
                bench_uuid('agency-' || v.a), 'tai-lieu-' || v.k || '-lan-' || v.r || '.pdf',
                40000 + (v.i * 31 + v.r * 977) % 2000000, 'application/pdf', h.sha,
                'blobs/sha256/' || substr(h.sha, 1, 2) || '/' || substr(h.sha, 3, 2) || '/' || h.sha,
                bench_uuid('user-' || v.a || '-${DRAFTER}'), v.created + interval '1 hour', v.created + interval '1 hour'
           FROM (${versionPlan(s)}) v
           CROSS JOIN LATERAL (SELECT md5('sha-a' || v.i || '-' || v.r) || md5('sha-b' || v.i || '-' || v.r) AS sha) h`,
      );
      return { files: result.rowCount };
    });

    seconds.fileTexts = await runPhase(db, 'fileTexts', async () => {
      // the text a worker would have extracted from the file of every tenth document's version in
      // force (with its document, region and visibility, which file_texts_fill() writes outside a
      // load): its code and title, then 60–120 sentences of a procedure's body, normalised as
      // searchKey() (each sentence of CONTENT_RARE in about one text in fourteen)
      const result = await db.query(
        `INSERT INTO file_texts (file_id, agency_id, status, text, extracted_at, document_id, region, published, removed)
         SELECT f.id, f.agency_id, 'EXTRACTED', lower(f_unaccent(d.code || ' ' || d.title)) || '. ' || x.body, f.created_at,
                d.id, agency_region(f.agency_id), v.status IN ('EFFECTIVE', 'SUPERSEDED', 'WITHDRAWN'), false
           FROM documents d JOIN document_files f ON f.version_id = d.current_version_id
           JOIN document_versions v ON v.id = f.version_id
           CROSS JOIN LATERAL (
             SELECT string_agg(CASE WHEN abs(hashtext(d.id::text || '/' || g)) % 100 = 0
                                    THEN ($2::text[])[1 + abs(hashtext(g || '/' || d.id::text)) % cardinality($2::text[])]
                                    ELSE ($1::text[])[1 + abs(hashtext(g || '/' || d.id::text)) % cardinality($1::text[])] END,
                               '. ' ORDER BY g) AS body
               FROM generate_series(1, 60 + abs(hashtext(d.id::text)) % 61) g) x
          WHERE d.current_version_id IS NOT NULL AND abs(hashtext(d.id::text)) % 10 = 0
         ON CONFLICT (file_id) DO NOTHING`,
        [CONTENT_COMMON.map(searchKey), CONTENT_RARE.map(searchKey)],
      );
      return { fileTexts: result.rowCount };
    });
    seconds.filePairs = await runPhase(db, 'filePairs', async () => {
      // each text's pairs of adjacent words, written as the worker writes them (FileTexts)
      let paired = 0;
      for (;;) {
        const { rows } = await db.query<{ file_id: string; text: string }>(
          `SELECT file_id, text FROM file_texts WHERE pairs IS NULL AND status = 'EXTRACTED' ORDER BY file_id LIMIT 2000`,
        );
        if (rows.length === 0) return { filePairs: paired };
        await db.query(
          `UPDATE file_texts t SET pairs = p.pairs FROM unnest($1::uuid[], $2::text[]) p (file_id, pairs)
            WHERE t.file_id = p.file_id`,
          [rows.map((r) => r.file_id), rows.map((r) => contentPairsLiteral(r.text))],
        );
        paired += rows.length;
      }
    });
    if (seconds.fileTexts > 0 || seconds.filePairs > 0) await db.query('ANALYZE file_texts');

    seconds.approvals = await runPhase(db, 'approvals', async () => {
      // one request per version that went to approval (two steps: ISO secretary, then head of agency)
      const requests = await db.query(
        `INSERT INTO approval_requests (id, agency_id, kind, subject_type, subject_id, subject_version_id, status,
                                        reason, requested_by, drafter_id, current_step, decided_at, version,
                                        created_at, updated_at)
         SELECT bench_uuid('req-' || v.i || '-' || v.r), bench_uuid('agency-' || v.a),
                CASE WHEN v.r = 1 THEN 'ISSUE' ELSE 'REVISION' END, 'document', bench_uuid('doc-' || v.i),
                bench_uuid('ver-' || v.i || '-' || v.r),
                CASE v.vstatus WHEN 'IN_APPROVAL' THEN 'IN_PROGRESS' WHEN 'REJECTED' THEN 'REJECTED' ELSE 'APPROVED' END,
                'Đề nghị ' || CASE WHEN v.r = 1 THEN 'ban hành' ELSE 'sửa đổi' END || ' tài liệu lần ' || v.r,
                bench_uuid('user-' || v.a || '-${DRAFTER}'), bench_uuid('user-' || v.a || '-${DRAFTER}'),
                CASE WHEN v.vstatus = 'IN_APPROVAL' THEN 1 + (v.i / 7) % 2 ELSE 2 END,
                CASE WHEN v.vstatus = 'IN_APPROVAL' THEN NULL ELSE v.created + interval '10 days' END,
                3, v.created + interval '2 hours', v.created + interval '10 days'
           FROM (${versionPlan(s)}) v
          WHERE v.vstatus IN ('SUPERSEDED', 'EFFECTIVE', 'IN_APPROVAL', 'REJECTED')`,
      );
      const steps = await db.query(
        `INSERT INTO approval_steps (id, request_id, step_order, role, sla_days, status, due_at, decided_by,
                                     decided_at, meaning, created_at, updated_at)
         SELECT bench_uuid('step-' || v.i || '-' || v.r || '-' || o.n), bench_uuid('req-' || v.i || '-' || v.r), o.n,
                o.role, o.sla, st.status,
                CASE WHEN st.status = 'PENDING' THEN now() + ((v.i % 9) - 3) * interval '1 day'
                     WHEN st.status = 'WAITING' THEN NULL
                     ELSE v.created + o.sla * interval '1 day' END,
                CASE WHEN st.status IN ('APPROVED', 'REJECTED') THEN bench_uuid('user-' || v.a || '-' || o.who) END,
                CASE WHEN st.status IN ('APPROVED', 'REJECTED') THEN v.created + o.n * interval '4 days' END,
                CASE WHEN st.status = 'APPROVED' THEN (CASE o.n WHEN 1 THEN 'REVIEWED' ELSE 'APPROVED' END)
                     WHEN st.status = 'REJECTED' THEN 'REJECTED' END,
                v.created + interval '2 hours', v.created + interval '10 days'
           FROM (${versionPlan(s)}) v
           CROSS JOIN (VALUES (1, 'ISO_SECRETARY', 3, ${SECRETARY}), (2, 'APPROVER', 5, ${APPROVER})) AS o(n, role, sla, who)
           CROSS JOIN LATERAL (SELECT CASE
                WHEN v.vstatus = 'REJECTED' THEN (CASE o.n WHEN 1 THEN 'APPROVED' ELSE 'REJECTED' END)
                WHEN v.vstatus = 'IN_APPROVAL' THEN (CASE
                     WHEN o.n = 1 + (v.i / 7) % 2 THEN 'PENDING' WHEN o.n = 1 THEN 'APPROVED' ELSE 'WAITING' END)
                ELSE 'APPROVED' END AS status) st
          WHERE v.vstatus IN ('SUPERSEDED', 'EFFECTIVE', 'IN_APPROVAL', 'REJECTED')`,
      );
      return { requests: requests.rowCount, steps: steps.rowCount };
    });

    seconds.deadlines = await runPhase(db, 'deadlines', async () => {
      const horizon = "(now() + interval '1 day')";
      const plan = plannedStepSql('x.due_at', horizon);
      // the open approval steps' deadlines
      const stepDeadlines = await db.query(
        `INSERT INTO deadlines (id, agency_id, kind, subject_type, subject_id, title, due_at, responsible_role, state,
                                next_reminder_at, next_reminder_step, created_at, updated_at)
         SELECT bench_uuid('dl-' || x.id), x.agency_id, 'APPROVAL_STEP', 'approvalStep', x.id,
                'Bước ' || x.step_order || ' phê duyệt: ' || x.reason, x.due_at, x.role, 'OPEN',
                ${plan.at}, ${plan.step}, x.created_at, x.created_at
           FROM (SELECT s.id, r.agency_id, s.step_order, r.reason, s.due_at, s.role, s.updated_at AS created_at
                   FROM approval_steps s JOIN approval_requests r ON r.id = s.request_id
                  WHERE s.status = 'PENDING') x`,
      );
      const obligations = await ensureObligations(db);
      const remaining = s.deadlines - (stepDeadlines.rowCount ?? 0) - obligations;
      // periodic reviews of documents in force fill the rest of the registry
      const reviews = await db.query(
        `INSERT INTO deadlines (id, agency_id, kind, subject_type, subject_id, title, due_at, responsible_role, state,
                                next_reminder_at, next_reminder_step, created_at, updated_at)
         SELECT bench_uuid('dl-review-' || x.id), x.agency_id, 'PERIODIC_REVIEW', 'document', x.id,
                'Xem xét định kỳ ' || x.code || ' ' || x.title, x.due_at, 'ISO_SECRETARY', 'OPEN',
                ${plan.at}, ${plan.step}, x.created_at, x.created_at
           FROM (SELECT d.id, d.agency_id, d.code, d.title, (d.next_review_date::text || ' 00:00:00+07')::timestamptz AS due_at,
                        d.updated_at AS created_at
                   FROM documents d WHERE d.status = 'EFFECTIVE' AND d.next_review_date IS NOT NULL
                  ORDER BY d.id LIMIT $1) x`,
        [Math.max(0, remaining)],
      );
      return { approvalSteps: stepDeadlines.rowCount, obligations, periodicReviews: reviews.rowCount };
    });

    // reminder_queue (migration 1795170000000): its triggers do not fire while loading either
    seconds.reminderQueue = await runPhase(db, 'reminderQueue', async () => {
      const result = await db.query(
        `INSERT INTO reminder_queue (deadline_id, next_at)
         SELECT id, next_reminder_at FROM deadlines
          WHERE state = 'OPEN' AND next_reminder_at IS NOT NULL AND next_reminder_step IS NOT NULL
         ON CONFLICT (deadline_id) DO NOTHING`,
      );
      return { queued: result.rowCount };
    });

    // the Ministry of Science and Technology above the provinces, with its oversight officer
    seconds.ministry = await runPhase(db, 'ministry', async () => {
      const hash = await passwordHash();
      await db.query(
        `INSERT INTO agencies (id, code, name, level, search_region)
         VALUES ($1::uuid, 'BKHCN', 'Bộ Khoa học và Công nghệ', 'MINISTRY', left($1::uuid::text, 8))`,
        [MINISTRY_ID],
      );
      const provinces = await db.query(
        `UPDATE agencies SET parent_id = $1 WHERE level = 'PROVINCE' AND parent_id IS NULL`,
        [MINISTRY_ID],
      );
      await db.query(
        `INSERT INTO users (id, username, password_hash, full_name, email)
         VALUES ($1, $2, $3, 'Cán bộ giám sát Bộ KH&CN', 'b.bo@bench.iso.local')`,
        [MINISTRY_USER_ID, MINISTRY_USERNAME, hash],
      );
      await db.query(
        `INSERT INTO memberships (user_id, agency_id, roles) VALUES ($1, $2, ARRAY['OVERSIGHT'])`,
        [MINISTRY_USER_ID, MINISTRY_ID],
      );
      return { provinces: provinces.rowCount };
    });

    // agencies.search_region and document_search_keys (migrations 1795210000000 and
    // 1795250000000): their triggers do not fire while loading, and a region is known once the
    // tree is whole; the trigram index is built after the rows
    seconds.searchKeys = await runPhase(db, 'searchKeys', async () => {
      await db.query('UPDATE agencies SET search_region = agency_region(id)');
      await db.query('DROP INDEX document_search_keys_match');
      // a data set generated before the table existed has it filled by its migration
      await db.query('TRUNCATE document_search_keys');
      const result = await db.query(
        `INSERT INTO document_search_keys (document_id, region, agency_id, type, status, search_key, updated_at)
         SELECT d.id, a.search_region, d.agency_id, d.type, d.status, d.search_key, d.updated_at
           FROM documents d JOIN agencies a ON a.id = d.agency_id`,
      );
      await db.query(
        'CREATE INDEX document_search_keys_match ON document_search_keys USING gin (search_tokens(region, search_key))',
      );
      return { documents: result.rowCount };
    });

    // oversight records for the province dashboard, once libs/oversight's migration is applied
    const { rows: oversightTables } = await db.query<{ t: string | null }>(
      "SELECT to_regclass('administrative_procedures')::text AS t",
    );
    if (oversightTables[0].t) {
      seconds.oversight = await runPhase(db, 'oversight', async () => {
        // each agency's TTHC catalogue: 60 codes, those of its effective PROCEDUREs covered
        const catalogue = await db.query(
          `INSERT INTO administrative_procedures (agency_id, code, name, field)
           SELECT bench_uuid('agency-' || a), '1.00' || lpad(k::text, 4, '0'),
                  'Thủ tục ' || (${subjects})[1 + (a + k) % ${SUBJECTS.length}],
                  (ARRAY['Tư pháp', 'Đất đai', 'Xây dựng', 'Y tế', 'Giáo dục', 'Lao động'])[1 + k % 6]
             FROM generate_series(0, ${s.agencies - 1}) a CROSS JOIN generate_series(0, 59) k`,
        );
        // two open nonconformities per agency, one in three major
        const ncs = await db.query(
          `INSERT INTO nonconformities (agency_id, source, severity, description, status, raised_by)
           SELECT bench_uuid('agency-' || a), 'PROCESS', CASE WHEN (a + j) % 3 = 0 THEN 'MAJOR' ELSE 'MINOR' END,
                  'Điểm không phù hợp ' || j || ' của đơn vị ' || a,
                  (ARRAY['OPEN', 'ANALYSED', 'ACTION_PLANNED'])[1 + (a + j) % 3], bench_uuid('user-' || a || '-${SECRETARY}')
             FROM generate_series(0, ${s.agencies - 1}) a CROSS JOIN generate_series(1, 2) j`,
        );
        // a declaration (with the head of agency's confirmation) for every DECLARED QMS
        await db.query(
          `INSERT INTO effectiveness_confirmations (id, quality_system_id, agency_id, confirmed_on, statement, confirmed_by, declaration_id)
           SELECT bench_uuid('conf-' || a), bench_uuid('qms-' || a), bench_uuid('agency-' || a), current_date - 200,
                  'Hệ thống quản lý chất lượng được áp dụng có hiệu lực', bench_uuid('user-' || a || '-${APPROVER}'),
                  bench_uuid('decl-' || a)
             FROM generate_series(0, ${s.agencies - 1}) a WHERE a % 3 <> 0`,
        );
        const declarations = await db.query(
          `INSERT INTO declarations (id, quality_system_id, agency_id, agency_ids, decision_number, decision_date, signer_name,
                                     signer_title, scope, confirmation_id, status, recorded_by)
           SELECT bench_uuid('decl-' || a), bench_uuid('qms-' || a), bench_uuid('agency-' || a), ARRAY[bench_uuid('agency-' || a)],
                  a || '/QĐ-CB', current_date - 190, 'Thủ trưởng đơn vị ' || a, 'Giám đốc',
                  'Toàn bộ hoạt động cung cấp dịch vụ hành chính công', bench_uuid('conf-' || a),
                  CASE WHEN a % 10 = 1 THEN 'REDECLARATION_REQUIRED' ELSE 'IN_FORCE' END, bench_uuid('user-' || a || '-${SECRETARY}')
             FROM generate_series(0, ${s.agencies - 1}) a WHERE a % 3 <> 0`,
        );
        // this year's annual report: half drafted, a quarter submitted
        const reports = await db.query(
          `INSERT INTO annual_reports (agency_id, year, status, figures, compiled_at, submitted_at, submitted_by, created_by)
           SELECT bench_uuid('agency-' || a), extract(year FROM now())::int,
                  CASE WHEN a % 4 = 0 THEN 'SUBMITTED' ELSE 'DRAFT' END, '{}'::jsonb, now() - interval '3 days',
                  CASE WHEN a % 4 = 0 THEN now() - interval '1 day' END,
                  CASE WHEN a % 4 = 0 THEN bench_uuid('user-' || a || '-${SECRETARY}') END, bench_uuid('user-' || a || '-${SECRETARY}')
             FROM generate_series(0, ${s.agencies - 1}) a WHERE a % 2 = 0`,
        );
        return {
          administrativeProcedures: catalogue.rowCount,
          nonconformities: ncs.rowCount,
          declarations: declarations.rowCount,
          annualReports: reports.rowCount,
        };
      });
      if (seconds.oversight > 0) await db.query('ANALYZE');
    }

    // agency_coverage_counts: its triggers do not fire while loading (session_replication_role)
    seconds.coverageCounts = await timed('generate coverage counts', async () => {
      await db.query(REBUILD_COVERAGE_COUNTS_SQL);
    });

    if (!(await phaseDone(db, 'vacuum'))) {
      seconds.vacuum = await timed('generate vacuum (VACUUM ANALYZE)', async () => {
        await db.query('VACUUM ANALYZE');
        await db.query("INSERT INTO bench_meta (phase, detail) VALUES ('vacuum', 'null')");
      });
    }

    const counts: Record<string, number> = {};
    for (const table of [
      'agencies',
      'users',
      'documents',
      'document_versions',
      'document_files',
      'file_texts',
      'approval_requests',
      'approval_steps',
      'deadlines',
      'audit_trail',
    ]) {
      const { rows } = await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
      counts[table] = Number(rows[0].n);
    }
    return { seconds, counts, generatedNow: pending.length > 0 };
  } finally {
    await db.end();
  }
}

/**
 * The current year's periodic obligations (yearly internal audit and management review per QMS,
 * annual report per agency), keyed as the worker's PeriodicObligations keys them, so the worker
 * finds them present and creates none; the yearly audit is met for two QMS in three.
 */
export async function ensureObligations(db: Client): Promise<number> {
  const year = new Date().getUTCFullYear();
  const horizon = "(now() + interval '1 day')";
  const plan = plannedStepSql('o.due_at', horizon);
  const result = await db.query(
    `INSERT INTO deadlines (agency_id, kind, subject_type, subject_id, title, due_at, responsible_role, obligation_key,
                            state, closed_at, next_reminder_at, next_reminder_step)
     SELECT o.agency_id, o.kind, o.subject_type, o.subject_id, o.title, o.due_at, o.role, o.key,
            CASE WHEN o.met THEN 'MET' ELSE 'OPEN' END, CASE WHEN o.met THEN o.due_at - interval '5 days' END,
            CASE WHEN o.met THEN NULL ELSE ${plan.at} END, CASE WHEN o.met THEN NULL ELSE ${plan.step} END
       FROM (
         SELECT q.lead_agency_id AS agency_id, k.kind, 'qualitySystem' AS subject_type, q.id AS subject_id,
                k.title || ' ' || $1 || ': ' || q.name AS title, k.due_at, k.role, k.kind || ':' || q.id || ':' || $1 AS key,
                (k.kind = 'AUDIT' AND abs(hashtext(q.id::text)) % 3 <> 0 AND k.due_at < now()) AS met
           FROM quality_systems q
           CROSS JOIN (VALUES ('AUDIT', 'Đánh giá nội bộ năm', ($1 || '-10-31 00:00:00+07')::timestamptz, 'ISO_SECRETARY'),
                              ('MANAGEMENT_REVIEW', 'Xem xét của lãnh đạo năm', ($1 || '-11-30 00:00:00+07')::timestamptz, 'APPROVER'))
                AS k(kind, title, due_at, role)
          WHERE q.status <> 'SUSPENDED'
         UNION ALL
         SELECT a.id, 'ANNUAL_REPORT', 'agency', a.id, 'Báo cáo định kỳ năm ' || $1 || ' gửi Sở Khoa học và Công nghệ',
                ($1 || '-12-10 00:00:00+07')::timestamptz, 'ISO_SECRETARY', 'ANNUAL_REPORT:' || a.id || ':' || $1, false
           FROM agencies a
          WHERE a.status = 'ACTIVE' AND EXISTS (SELECT 1 FROM quality_system_agencies qa WHERE qa.agency_id = a.id)
       ) o
     ON CONFLICT (obligation_key) DO NOTHING`,
    [String(year)],
  );
  return result.rowCount ?? 0;
}

/**
 * Keeps a data set generated days ago in the state it was generated in: every open deadline
 * (but the benchmark's own) has its next reminder at least a day ahead, as if the earlier steps
 * had been delivered, so no worker starts with a backlog of stale reminders; the current year's
 * obligations exist; reminder deadlines of an earlier run are closed.
 */
export async function settleDeadlines(
  databaseUrl: string,
): Promise<{ replanned: number; obligations: number }> {
  const db = new Client({ connectionString: databaseUrl, application_name: 'iso-bench-settle' });
  await db.connect();
  try {
    await db.query(
      `UPDATE deadlines SET state = 'CANCELLED', closed_at = now(), next_reminder_at = NULL, next_reminder_step = NULL
        WHERE subject_type = 'benchReminder' AND state = 'OPEN'`,
    );
    const obligations = await ensureObligations(db);
    const plan = plannedStepSql('due_at', "(now() + interval '1 day')");
    const result = await db.query(
      `UPDATE deadlines SET next_reminder_at = ${plan.at}, next_reminder_step = ${plan.step}
        WHERE state = 'OPEN' AND next_reminder_at < now() + interval '1 day'`,
    );
    return { replanned: result.rowCount ?? 0, obligations };
  } finally {
    await db.end();
  }
}

export { PASSWORD };
