import { randomBytes } from 'node:crypto';
import { SoakClient } from './soak-client';

/**
 * What an agency does all day, as virtual users of the demo seed's two agencies (Sở Tư pháp and
 * a commune): reads, drafting with uploads of 200 KB–2 MB, two-step approvals (drafter, ISO
 * secretary and approver are three people), revisions, acknowledgements, audit findings,
 * spreadsheet exports, downloads and logins.
 */

export interface Team {
  agencyId: string;
  drafter: string;
  secretary: string;
  approver: string;
  staff: string;
}

/** The demo seed's accounts (apps/cli/src/seed): Sở Tư pháp (agency 3) and a commune (agency 46). */
export const TEAMS: Omit<Team, 'agencyId'>[] = [
  { drafter: 'stp.soanthao', secretary: 'stp.thuky', approver: 'stp.pheduyet', staff: 'stp.nhanvien' },
  { drafter: 'qt.nhanvien', secretary: 'qt.thuky', approver: 'qt.pheduyet', staff: 'qt.nhanvien' },
];
export const AUDITOR = 'stp.danhgia';

export interface Shared {
  teams: Team[];
  auditId: string;
  /** Documents in force, per agency: read, acknowledged and revised by everyone. */
  effective: Map<string, string[]>;
  /** Requests whose every step this soak approved (checked afterwards). */
  approvedRequests: string[];
  /** Files uploaded, per agency (another agency's files are not found), for downloads. */
  files: Map<string, string[]>;
  runId: string;
}

const WEIGHTS: [Action, number][] = [
  ['read', 42],
  ['draft', 12],
  ['approve', 10],
  ['revise', 5],
  ['acknowledge', 8],
  ['finding', 5],
  ['download', 6],
  ['export', 3],
  ['login', 5],
];
type Action =
  | 'read'
  | 'draft'
  | 'approve'
  | 'revise'
  | 'acknowledge'
  | 'finding'
  | 'download'
  | 'export'
  | 'login';

const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)];

function chooseAction(): Action {
  const total = WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  let r = Math.random() * total;
  for (const [action, weight] of WEIGHTS) {
    r -= weight;
    if (r < 0) return action;
  }
  return 'read';
}

/** A PDF of 200 KB–2 MB (a valid header and trailer around random text), different every time. */
export function pdfOf(label: string): Buffer {
  const size = 200 * 1024 + Math.floor(Math.random() * 1800 * 1024);
  const filler = randomBytes(Math.ceil((size * 3) / 4))
    .toString('base64')
    .replace(/(.{76})/g, '% $1\n');
  return Buffer.from(
    `%PDF-1.7\n% ${label}\n${filler}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );
}

export class VirtualUser {
  private readonly drafts: { documentId: string }[] = [];
  private documentsMade = 0;
  private readonly team: Team;

  constructor(
    readonly index: number,
    private readonly api: SoakClient,
    private readonly tokens: Map<string, string>,
    private readonly shared: Shared,
    private readonly password: string,
  ) {
    this.team = shared.teams[index % shared.teams.length];
  }

  async run(until: number): Promise<number> {
    let iterations = 0;
    while (Date.now() < until) {
      await this.step(chooseAction());
      iterations++;
      // a person reads what came back before the next click
      await new Promise((resolve) => setTimeout(resolve, 200 + Math.random() * 600));
    }
    return iterations;
  }

  private token(username: string): string {
    const token = this.tokens.get(username);
    if (!token) throw new Error(`no token for ${username}`);
    return token;
  }

  private async step(action: Action): Promise<void> {
    switch (action) {
      case 'read':
        return this.read();
      case 'draft':
        return this.draft();
      case 'approve':
        return this.drafts.length > 0 ? this.approveDraft() : this.draft();
      case 'revise':
        return this.revise();
      case 'acknowledge':
        return this.acknowledge();
      case 'finding':
        return this.finding();
      case 'download':
        return this.download();
      case 'export':
        return this.export();
      case 'login':
        return this.login();
    }
  }

  private async read(): Promise<void> {
    const { agencyId } = this.team;
    const who = pick([this.team.staff, this.team.drafter, this.team.secretary, this.team.approver]);
    const token = this.token(who);
    const r = Math.random();
    if (r < 0.3) {
      await this.api.call(
        'read: document list',
        'GET',
        `/api/v1/documents?agencyId=${agencyId}&pageSize=20`,
        { token },
      );
    } else if (r < 0.5) {
      const ids = this.shared.effective.get(agencyId) ?? [];
      if (ids.length > 0)
        await this.api.call('read: document', 'GET', `/api/v1/documents/${pick(ids)}`, { token });
      else
        await this.api.call('read: search', 'GET', `/api/v1/documents?q=quy%20trinh&pageSize=20`, { token });
    } else if (r < 0.65) {
      await this.api.call('read: approval inbox', 'GET', '/api/v1/approval-requests?assignedToMe=true', {
        token: this.token(pick([this.team.secretary, this.team.approver])),
      });
    } else if (r < 0.8) {
      await this.api.call('read: deadlines', 'GET', `/api/v1/deadlines?agencyId=${agencyId}&pageSize=20`, {
        token: this.token(this.team.secretary),
      });
    } else if (r < 0.92) {
      await this.api.call('read: notifications', 'GET', '/api/v1/notifications?pageSize=20', { token });
    } else {
      await this.api.call('read: agencies', 'GET', '/api/v1/agencies?pageSize=20', { token });
    }
  }

  /** A new document with its file, left in draft for a later approval. */
  private async draft(): Promise<void> {
    const token = this.token(this.team.drafter);
    const code = `SOAK-${this.shared.runId}-${this.index}-${++this.documentsMade}`;
    const created = await this.api.call<{ id: string; draftVersion: { id: string } }>(
      'draft: create document',
      'POST',
      '/api/v1/documents',
      {
        token,
        json: { agencyId: this.team.agencyId, code, title: `Quy trình thử tải ${code}`, type: 'PROCEDURE' },
      },
    );
    if (!created) return;
    const uploaded = await this.upload(
      'draft: upload 200 KB–2 MB',
      created.body.id,
      created.body.draftVersion.id,
      code,
    );
    if (uploaded) this.drafts.push({ documentId: created.body.id });
  }

  private async upload(op: string, documentId: string, versionId: string, label: string): Promise<boolean> {
    const form = new FormData();
    form.append('file', new Blob([pdfOf(label)], { type: 'application/pdf' }), `${label}.pdf`);
    const answer = await this.api.call<{ id: string }>(
      op,
      'POST',
      `/api/v1/documents/${documentId}/versions/${versionId}/files`,
      { token: this.token(this.team.drafter), form },
    );
    if (answer) {
      const files = this.shared.files.get(this.team.agencyId) ?? [];
      files.push(answer.body.id);
      this.shared.files.set(this.team.agencyId, files);
    }
    return answer !== undefined;
  }

  /** Issue (or revision) through both steps: the drafter submits, the secretary and the approver decide. */
  private async throughApproval(kind: 'ISSUE' | 'REVISION', documentId: string): Promise<boolean> {
    const created = await this.api.call<{ id: string }>(
      `${kind.toLowerCase()}: create request`,
      'POST',
      '/api/v1/approval-requests',
      {
        token: this.token(this.team.drafter),
        json: { kind, documentId, reason: `Thử tải: ${kind === 'ISSUE' ? 'ban hành' : 'sửa đổi'}` },
      },
    );
    if (!created) return false;
    const id = created.body.id;
    let request = await this.api.call<{ version: number; currentStep: number }>(
      `${kind.toLowerCase()}: submit`,
      'POST',
      `/api/v1/approval-requests/${id}/submit`,
      { token: this.token(this.team.drafter), json: {} },
    );
    for (const [order, who] of [
      [1, this.team.secretary],
      [2, this.team.approver],
    ] as const) {
      if (!request) return false;
      // the decision names the request version it was made on and the step it decides
      request = await this.api.call(
        `${kind.toLowerCase()}: approve step ${order}`,
        'POST',
        `/api/v1/approval-requests/${id}/approve`,
        {
          token: this.token(who),
          json: { comment: 'Đồng ý', version: request.body.version, stepOrder: order },
        },
      );
    }
    if (!request) return false;
    this.shared.approvedRequests.push(id);
    return true;
  }

  private async approveDraft(): Promise<void> {
    const draft = this.drafts.shift();
    if (!draft) return;
    if (await this.throughApproval('ISSUE', draft.documentId)) {
      const list = this.shared.effective.get(this.team.agencyId) ?? [];
      list.push(draft.documentId);
      this.shared.effective.set(this.team.agencyId, list);
    }
  }

  /** A revision of a document in force: a new draft version with its file, through both steps. */
  private async revise(): Promise<void> {
    const list = this.shared.effective.get(this.team.agencyId) ?? [];
    if (list.length === 0) return this.draft();
    // taken out while it is being revised, so two users never revise the same document at once
    const documentId = list.splice(Math.floor(Math.random() * list.length), 1)[0];
    try {
      const revision = await this.api.call<{ id: string }>(
        'revise: new revision',
        'POST',
        `/api/v1/documents/${documentId}/revisions`,
        {
          token: this.token(this.team.drafter),
          json: { reason: 'Cập nhật theo quy định mới' },
        },
      );
      if (!revision) return;
      if (
        !(await this.upload(
          'revise: upload 200 KB–2 MB',
          documentId,
          revision.body.id,
          `REV-${documentId.slice(0, 8)}`,
        ))
      )
        return;
      await this.throughApproval('REVISION', documentId);
    } finally {
      list.push(documentId);
    }
  }

  private async acknowledge(): Promise<void> {
    const list = this.shared.effective.get(this.team.agencyId) ?? [];
    if (list.length === 0) return this.read();
    await this.api.call('acknowledge', 'POST', `/api/v1/documents/${pick(list)}/acknowledgements`, {
      token: this.token(this.team.staff),
      json: {},
    });
  }

  private async finding(): Promise<void> {
    await this.api.call('audit finding', 'POST', `/api/v1/audits/${this.shared.auditId}/findings`, {
      token: this.token(AUDITOR),
      json: {
        type: pick(['OBSERVATION', 'OFI']),
        clause: pick(['7.5.3', '8.5.1', '9.1.2']),
        description: 'Hồ sơ lưu chưa ghi đủ thời hạn lưu trữ',
        evidence: 'Kiểm tra ngẫu nhiên hồ sơ tại bộ phận một cửa',
      },
    });
  }

  private async download(): Promise<void> {
    const files = this.shared.files.get(this.team.agencyId) ?? [];
    if (files.length === 0) return this.read();
    await this.api.call('download file', 'GET', `/api/v1/files/${pick(files)}/content`, {
      token: this.token(this.team.drafter),
      binary: true,
    });
  }

  private async export(): Promise<void> {
    const token = this.token(this.team.secretary);
    if (Math.random() < 0.6) {
      await this.api.call(
        'export: document register xlsx',
        'GET',
        `/api/v1/documents?agencyId=${this.team.agencyId}&format=xlsx`,
        {
          token,
          binary: true,
        },
      );
    } else {
      const year = new Date().getFullYear();
      await this.api.call(
        'export: annual report xlsx',
        'GET',
        `/api/v1/reports/annual?year=${year}&agencyId=${this.team.agencyId}&format=xlsx`,
        {
          token,
          binary: true,
        },
      );
    }
  }

  private async login(): Promise<void> {
    const username = pick([this.team.staff, this.team.drafter, this.team.secretary, this.team.approver]);
    const answer = await this.api.call<{ accessToken: string }>('login', 'POST', '/api/v1/auth/login', {
      json: { username, password: this.password },
    });
    if (answer) this.tokens.set(username, answer.body.accessToken);
  }
}
