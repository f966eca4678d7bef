import type { OpenAPIObject } from '@nestjs/swagger';
import type {
  HeaderObject,
  OperationObject,
  ParameterObject,
  ReferenceObject,
  ResponseObject,
  SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { IDEMPOTENCY_KEY_MAX_LENGTH, registeredErrors, registeredStateConflicts } from '@app/platform';
import generated from './response-schemas.generated.json';
import { describeOperation } from './summaries';

/**
 * Completes the document Nest derives from the decorators with what the code does everywhere:
 * each operation's success body (derived from the type its controller returns, see
 * scripts/openapi-responses.js), the shared error body, the headers, a summary and a description.
 * The e2e harness validates every response against the result, so none of it can drift.
 */
interface GeneratedOperation {
  response: SchemaObject | ReferenceObject | null;
  /** Non-JSON bodies (@ApiProduces): files, spreadsheets, decisions. */
  produces?: string[];
  ifMatch: boolean;
  public: boolean;
}

const OPERATIONS = generated.operations as Record<string, GeneratedOperation>;
const ref = (name: string): ReferenceObject => ({ $ref: `#/components/schemas/${name}` });
const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Yêu cầu không hợp lệ (details liệt kê từng trường sai)',
  401: 'Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn',
  403: 'Đã đăng nhập nhưng không có quyền',
  404: 'Không tìm thấy (hoặc thuộc cơ quan khác)',
  408: 'Gửi yêu cầu quá chậm',
  409: 'Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã',
  413: 'Tệp hoặc nội dung quá lớn',
  415: 'Loại tệp không được phép',
  422: 'Idempotency-Key đã được dùng cho một yêu cầu khác',
  429: 'Quá nhiều yêu cầu, thử lại sau (Retry-After)',
  500: 'Lỗi hệ thống (kèm requestId)',
  503: 'Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After)',
};

const HEADERS: Record<string, HeaderObject> = {
  'X-Request-Id': {
    description: 'Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi',
    schema: { type: 'string' },
  },
  ETag: {
    description: 'Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè',
    schema: { type: 'string', example: '"3"' },
  },
  'Retry-After': { description: 'Số giây nên chờ trước khi thử lại', schema: { type: 'integer' } },
};

const REQUEST_HEADERS: Record<string, ParameterObject> = {
  AcceptLanguage: {
    name: 'Accept-Language',
    in: 'header',
    required: false,
    description: 'Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en',
    schema: { type: 'string', example: 'vi' },
  },
  RequestId: {
    name: 'X-Request-Id',
    in: 'header',
    required: false,
    description: 'Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id)',
    schema: { type: 'string', maxLength: 128 },
  },
  IdempotencyKey: {
    name: 'Idempotency-Key',
    in: 'header',
    required: false,
    description: 'Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu',
    schema: { type: 'string', maxLength: IDEMPOTENCY_KEY_MAX_LENGTH, example: '4f6c1e2a-tao-tai-lieu-1' },
  },
  IfMatch: {
    name: 'If-Match',
    in: 'header',
    required: false,
    description: 'Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409',
    schema: { type: 'string', example: '"3"' },
  },
};

function errorSchemas(): Record<string, SchemaObject> {
  const codes = [...new Set(registeredErrors().map((entry) => entry.code))].sort();
  return {
    ErrorCode: {
      type: 'string',
      description: 'Mã lỗi trong danh mục lỗi (xem docs); mỗi mã có một HTTP status cố định',
      enum: codes,
    },
    StateConflictCode: {
      type: 'string',
      description:
        'Thao tác không được phép ở trạng thái hiện tại (409): <ĐỐI_TƯỢNG>_IS_<TRẠNG_THÁI>, một mã cho mỗi trạng thái của mỗi vòng đời',
      enum: registeredStateConflicts(),
      example: 'APPROVAL_REQUEST_IS_APPROVED',
    },
    ErrorDetail: {
      type: 'object',
      properties: {
        field: { type: 'string', example: 'title' },
        code: { type: 'string', example: 'isNotEmpty' },
        message: { type: 'string', example: 'Tên tài liệu không được để trống' },
      },
      required: ['message'],
    },
    ApiError: {
      type: 'object',
      description: 'Thân trả lời của mọi lỗi',
      properties: {
        statusCode: { type: 'integer', example: 409 },
        code: { anyOf: [ref('ErrorCode'), ref('StateConflictCode')] },
        message: {
          type: 'string',
          example: 'Yêu cầu phê duyệt đã được phê duyệt, không thể thực hiện thao tác này',
        },
        details: { type: 'array', items: ref('ErrorDetail') },
        requestId: { type: 'string', description: 'Chỉ với lỗi 5xx' },
      },
      required: ['statusCode', 'code', 'message'],
    },
  };
}

/** The shared error answers (`components/responses`), one per status, each an ApiError. */
const ERROR_RESPONSE_NAMES: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  408: 'RequestTimeout',
  409: 'Conflict',
  413: 'PayloadTooLarge',
  415: 'UnsupportedMediaType',
  422: 'UnprocessableEntity',
  429: 'TooManyRequests',
  500: 'InternalError',
  503: 'ServiceUnavailable',
};

/** Response headers used everywhere, declared once (`components/headers`). */
const headerRef = (name: string): ReferenceObject => ({ $ref: `#/components/headers/${name}` });
const SHARED_HEADERS: Record<string, HeaderObject> = {
  XRequestId: HEADERS['X-Request-Id'],
  ETag: HEADERS.ETag,
  RetryAfter: HEADERS['Retry-After'],
};

function errorResponse(status: number): ResponseObject {
  const headers: Record<string, HeaderObject | ReferenceObject> = { 'X-Request-Id': headerRef('XRequestId') };
  if (status === 429 || status === 503) headers['Retry-After'] = headerRef('RetryAfter');
  return {
    description: ERROR_DESCRIPTIONS[status] ?? 'Lỗi',
    headers,
    content: { 'application/json': { schema: ref('ApiError') } },
  };
}

/** An operation's error answer: a reference to the shared response of its status. */
function errorResponseRef(status: number): ReferenceObject {
  return { $ref: `#/components/responses/${ERROR_RESPONSE_NAMES[status]}` };
}

/** The failures an operation can answer, from what it takes and does. */
function errorStatuses(
  method: string,
  operation: OperationObject,
  meta: GeneratedOperation | undefined,
): number[] {
  // 401 also on public operations: a wrong password, a spent refresh token, an invalid bearer
  const statuses = new Set<number>([400, 401, 408, 500, 503]);
  if (!meta?.public) statuses.add(403);
  // unknown ids, and resources of another agency, are 404; so is a path no route matches
  statuses.add(404);
  // reads too: a report asked of an audit still in progress is a state conflict
  statuses.add(409);
  const multipart = Object.keys((operation.requestBody as { content?: object } | undefined)?.content ?? {});
  if (multipart.includes('multipart/form-data')) [413, 415].forEach((s) => statuses.add(s));
  if (method !== 'get') statuses.add(413); // a JSON body over the limit
  if (meta?.public && method === 'post') statuses.add(429); // login and refresh are throttled
  // an Idempotency-Key reused for a different request (422), or too many keys held at once (429)
  if (method === 'post') [422, 429].forEach((s) => statuses.add(s));
  return [...statuses].sort();
}

function hasVersion(
  schema: SchemaObject | ReferenceObject | null,
  schemas: Record<string, SchemaObject>,
): boolean {
  if (!schema) return false;
  const target = '$ref' in schema ? schemas[schema.$ref.split('/').pop()!] : schema;
  return Boolean(target?.properties && 'version' in target.properties);
}

export function describeContract(document: OpenAPIObject): OpenAPIObject {
  const components = (document.components ??= {});
  const schemas = (components.schemas ??= {}) as Record<string, SchemaObject>;
  for (const [name, schema] of Object.entries({
    ...(generated.schemas as Record<string, SchemaObject>),
    ...errorSchemas(),
  })) {
    // a class annotated with @ApiProperty keeps its own schema (the e2e check holds it to the truth)
    schemas[name] ??= schema;
  }
  components.parameters = { ...components.parameters, ...REQUEST_HEADERS };
  components.headers = { ...components.headers, ...SHARED_HEADERS };
  components.responses = {
    ...components.responses,
    ...Object.fromEntries(
      Object.keys(ERROR_RESPONSE_NAMES).map((status) => [
        ERROR_RESPONSE_NAMES[Number(status)],
        errorResponse(Number(status)),
      ]),
    ),
  };

  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const meta = OPERATIONS[operation.operationId ?? ''];
      const response = meta?.response ?? null;
      const successHeaders: Record<string, ReferenceObject> = { 'X-Request-Id': headerRef('XRequestId') };
      if (hasVersion(response, schemas)) successHeaders.ETag = headerRef('ETag');
      for (const [status, answer] of Object.entries(operation.responses) as [string, ResponseObject][]) {
        if (!status.startsWith('2')) continue;
        answer.headers = { ...answer.headers, ...successHeaders };
        if (response && status !== '204' && !answer.content)
          answer.content = { 'application/json': { schema: response } };
        else if (
          response &&
          answer.content?.['application/json'] &&
          !answer.content['application/json'].schema
        )
          answer.content['application/json'].schema = response;
        for (const type of meta?.produces ?? [])
          (answer.content ??= {})[type] = { schema: { type: 'string', format: 'binary' } };
        if (!answer.description) answer.description = 'Thành công';
      }
      if (path.endsWith('/files/{fileId}/content'))
        operation.responses['302'] ??= {
          description: 'Với ?redirect=1: chuyển tới đường dẫn tải có thời hạn ngắn',
          headers: { Location: { description: 'Đường dẫn tải tệp', schema: { type: 'string' } } },
        };
      // readiness answers 503 with the same report, naming what is down
      if (operation.operationId === 'Health_ready' && response)
        operation.responses['503'] ??= {
          description: 'Một thành phần chưa sẵn sàng (báo cáo như trên)',
          headers: { 'Retry-After': headerRef('RetryAfter') as HeaderObject },
          content: { 'application/json': { schema: response } },
        };
      for (const status of errorStatuses(method, operation, meta))
        operation.responses[status] ??= errorResponseRef(status);

      const parameters = (operation.parameters ??= []);
      const uses = ['AcceptLanguage', 'RequestId'];
      if (method === 'post') uses.push('IdempotencyKey');
      if (meta?.ifMatch) uses.push('IfMatch');
      for (const name of uses) parameters.push({ $ref: `#/components/parameters/${name}` });

      const text = describeOperation(method, path, operation.operationId ?? '');
      operation.summary ??= text.summary;
      operation.description ??= text.description;
    }
  }
  return document;
}
