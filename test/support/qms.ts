import type { Response } from 'supertest';
import { Role } from '../../libs/platform/src';
import { TestApp } from './harness';

/**
 * Gives a user holding INTERNAL_AUDITOR a valid internal-auditor training record (libs/qms), as
 * an agency keeps for its trained auditors: an audit team is qualified by the role and the
 * training (auditor-independence.ts). Suites that test qualification itself create their own.
 */
export async function qualifyAuditors(
  t: TestApp,
  userId: string,
  memberships: { agencyId: string; roles: Role[] }[],
): Promise<void> {
  const auditorOf = memberships.find((m) => m.roles.includes('INTERNAL_AUDITOR'));
  if (!auditorOf) return;
  await t.sql(
    `INSERT INTO training_records (agency_id, user_id, category, course, provider, completed_on, expires_on)
     VALUES ($1, $2, 'INTERNAL_AUDITOR', 'Chuyên gia đánh giá nội bộ TCVN ISO 9001:2015',
             'Trung tâm đào tạo (dữ liệu thử)', current_date - 30, NULL)`,
    [auditorOf.agencyId, userId],
  );
}

/** Agency A's quality records behind the qms paths of the security matrix, each carrying the secret marker. */
export async function buildQmsFixtures(
  t: TestApp,
  w: { agencyA: string; users: Record<string, { id: string; token: string }> },
  secretary: { post: (path: string, body?: object) => PromiseLike<Response> },
): Promise<Record<string, string>> {
  const SECRET = 'BI-MAT-CUA-CO-QUAN-A';
  const ok = async (call: PromiseLike<Response>) => {
    const response = await call;
    if (response.status >= 300)
      throw new Error(`qms fixture: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as { id: string; actions?: { id: string }[] };
  };
  const year = new Date().getFullYear();
  const due = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  const risk = await ok(
    secretary.post('/api/v1/risks', {
      agencyId: w.agencyA,
      title: SECRET,
      cause: SECRET,
      likelihood: 3,
      impact: 4,
    }),
  );
  const treated = await ok(
    secretary.post(`/api/v1/risks/${risk.id}/treatment`, {
      strategy: 'MITIGATE',
      treatment: SECRET,
      actions: [{ description: SECRET, ownerId: w.users['a.staff'].id, dueDate: due }],
    }),
  );
  const objective = await ok(
    secretary.post('/api/v1/quality-objectives', {
      agencyId: w.agencyA,
      year,
      title: SECRET,
      indicator: SECRET,
      target: 95,
      unit: '%',
    }),
  );
  await ok(
    secretary.post(`/api/v1/quality-objectives/${objective.id}/measurements`, {
      period: `${year}-Q1`,
      value: 96,
      evidence: SECRET,
    }),
  );
  const survey = await ok(
    secretary.post('/api/v1/satisfaction-surveys', {
      agencyId: w.agencyA,
      period: `${year}-Q1`,
      title: SECRET,
      respondents: 10,
      satisfied: 9,
      questions: [{ question: SECRET, average: 4.5 }],
    }),
  );
  const feedback = await ok(
    secretary.post('/api/v1/feedback', {
      agencyId: w.agencyA,
      kind: 'COMPLAINT',
      channel: 'PORTAL',
      receivedOn: new Date().toISOString().slice(0, 10),
      citizenName: SECRET,
      content: SECRET,
    }),
  );
  const training = await ok(
    secretary.post('/api/v1/training-records', {
      agencyId: w.agencyA,
      userId: w.users['a.staff'].id,
      category: 'ISO_9001',
      course: SECRET,
      provider: SECRET,
      completedOn: `${year - 1}-06-01`,
    }),
  );
  const certificate = await t
    .http()
    .post(`/api/v1/training-records/${training.id}/certificate`)
    .set('Authorization', `Bearer ${w.users['a.iso_secretary'].token}`)
    .attach(
      'file',
      Buffer.from(
        `%PDF-1.7\n% ${SECRET}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
      ),
      'chung-chi.pdf',
    );
  if (certificate.status !== 201) throw new Error(`qms fixture certificate: ${certificate.status}`);
  return {
    risk: risk.id,
    riskAction: treated.actions![0].id,
    qualityObjective: objective.id,
    satisfactionSurvey: survey.id,
    feedback: feedback.id,
    trainingRecord: training.id,
  };
}
