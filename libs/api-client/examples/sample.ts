/**
 * A front-end's first day with the API, as a program: log in, list documents, open an approval
 * request, upload a file, read an error's code. Compiled under `tsc --strict` by
 * `npm run client:build` against the generated client, so a change to the contract that breaks
 * a front-end breaks CI first; test/api-client-sample.e2e-spec.ts runs it against a live API.
 */
import {
  createApiClient,
  ifMatch,
  isApiError,
  newIdempotencyKey,
  toFormData,
  type ApiError,
  type ApiErrorCode,
  type ErrorCode,
  type Schema,
  type StateConflictCode,
} from '@iso-dien-tu/api-client';

type Document = Schema<'DocumentView'>;

/** What the program saw, step by step (the e2e test checks it against the database). */
export interface FirstDay {
  documents?: number;
  uploaded?: { id: string; name: string; sha256: string };
  requestId?: string;
  requestStatus?: string;
  /** The code of the first refusal. */
  refusedWith?: string;
}

export async function firstDay(
  baseUrl: string,
  username: string,
  password: string,
  pdf: File,
): Promise<FirstDay> {
  const seen: FirstDay = {};
  const explain = (error: ApiError): FirstDay => {
    seen.refusedWith ??= error.code;
    describe(error);
    return seen;
  };
  // keep tokens in memory (not localStorage); the client reads the access token before each call
  const session: { accessToken?: string; refreshToken?: string } = {};
  const api = createApiClient({ baseUrl, accessToken: () => session.accessToken, language: 'vi' });

  // 1. log in
  const login = await api.POST('/api/v1/auth/login', { body: { username, password } });
  if (login.error) return explain(login.error);
  session.accessToken = login.data.accessToken;
  session.refreshToken = login.data.refreshToken;
  if (login.data.passwordChangeRequired) {
    console.log('Mật khẩu do quản trị viên đặt: hãy đổi mật khẩu trước (POST /api/v1/me/password)');
    return seen;
  }

  // 2. list documents: a page { items, page, pageSize, total }
  const list = await api.GET('/api/v1/documents', {
    params: {
      query: { q: 'kiem soat tai lieu', status: 'DRAFT', page: 1, pageSize: 20, sort: '-updatedAt' },
    },
  });
  if (list.error) return explain(list.error);
  const pages = Math.ceil(list.data.total / list.data.pageSize);
  console.log(`${list.data.total} tài liệu, ${pages} trang`);
  seen.documents = list.data.total;
  const listed = list.data.items[0];
  if (!listed) return seen;
  const opened = await api.GET('/api/v1/documents/{id}', { params: { path: { id: listed.id } } });
  if (opened.error) return explain(opened.error);
  const document: Document = opened.data;
  const draft = document.draftVersion;
  if (!draft) return seen;

  // 3. upload a file to the draft version (multipart; the key makes a retry safe)
  const upload = await api.POST('/api/v1/documents/{id}/versions/{versionId}/files', {
    params: {
      path: { id: document.id, versionId: draft.id },
      header: { 'Idempotency-Key': newIdempotencyKey() },
    },
    body: { file: pdf },
    bodySerializer: toFormData,
  });
  if (upload.error) return explain(upload.error);
  console.log(`đã tải lên ${upload.data.name} (${upload.data.size} byte, sha256 ${upload.data.sha256})`);
  seen.uploaded = { id: upload.data.id, name: upload.data.name, sha256: upload.data.sha256 };

  // 4. edit with optimistic concurrency: the version read goes back in If-Match
  const renamed = await api.PATCH('/api/v1/documents/{id}', {
    params: { path: { id: document.id }, header: { 'If-Match': ifMatch(document.version) } },
    body: { title: `${document.title} (dự thảo)` },
  });
  if (renamed.error) return explain(renamed.error);

  // 5. open an approval request to issue it, then submit it
  const request = await api.POST('/api/v1/approval-requests', {
    params: { header: { 'Idempotency-Key': newIdempotencyKey() } },
    body: { kind: 'ISSUE', documentId: document.id, versionId: draft.id, reason: 'Ban hành lần đầu' },
  });
  if (request.error) return explain(request.error);
  const submitted = await api.POST('/api/v1/approval-requests/{id}/submit', {
    params: { path: { id: request.data.id } },
    body: {},
  });
  if (submitted.error) return explain(submitted.error);
  console.log(`yêu cầu ${submitted.data.id}: ${submitted.data.status}`);
  seen.requestId = submitted.data.id;
  seen.requestStatus = submitted.data.status;

  // 6. the author approving their own request: refused, and the code says why
  const selfApproval = await api.POST('/api/v1/approval-requests/{id}/approve', {
    params: { path: { id: submitted.data.id } },
    body: { stepOrder: 1 },
  });
  if (selfApproval.error) return explain(selfApproval.error);
  return seen;
}

/** `code` is a union of the API's codes, not `string`: this line fails to compile if it ever widens. */
const codeIsAUnionOfLiterals: string extends ApiErrorCode ? never : true = true;
void codeIsAUnionOfLiterals;

/** Branch on `code` (stable), show `message` (in the language asked for). */
function describe(error: ApiError): void {
  // `satisfies ErrorCode`: a code renamed or removed in the API fails this compilation
  switch (error.code) {
    case 'SEPARATION_OF_DUTIES' satisfies ErrorCode:
      console.log(`Không thể tự phê duyệt: ${error.message}`);
      break;
    case 'STALE_VERSION' satisfies ErrorCode:
      console.log('Tài liệu vừa được người khác sửa: tải lại rồi sửa lại');
      break;
    case 'PASSWORD_CHANGE_REQUIRED' satisfies ErrorCode:
      console.log('Hãy đổi mật khẩu');
      break;
    // states: <RESOURCE>_IS_<STATUS>, each one a member of StateConflictCode
    case 'APPROVAL_REQUEST_IS_APPROVED' satisfies StateConflictCode:
    case 'APPROVAL_REQUEST_IS_CANCELLED' satisfies StateConflictCode:
      console.log(`Yêu cầu đã kết thúc: ${error.message}`);
      break;
    default:
      console.log(`${error.statusCode} ${error.code}: ${error.message}`);
      for (const detail of error.details ?? []) console.log(`  ${detail.field ?? ''}: ${detail.message}`);
  }
}

/** Any thrown value (network failure, a bug) is not an ApiError: tell them apart. */
export function describeFailure(failure: unknown): string {
  return isApiError(failure) ? `${failure.code}: ${failure.message}` : String(failure);
}
