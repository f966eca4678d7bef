import { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { isPublicRoute } from '@app/identity';
import { describeContract } from '../openapi/contract';

const BEARER = 'bearer';

/** What each tag groups, for the index of Swagger UI and of generated clients. */
const TAG_DESCRIPTIONS: Record<string, string> = {
  approvals: 'Phiếu trình ban hành, sửa đổi, hủy bỏ tài liệu và các bước phê duyệt',
  'audit trail': 'Nhật ký kiểm tra: ai làm gì, khi nào, từ trạng thái nào sang trạng thái nào',
  deadlines: 'Mọi thời hạn: bước phê duyệt, xem xét định kỳ, hành động khắc phục, đánh giá',
  documents: 'Thông tin dạng văn bản: tài liệu, phiên bản (lần ban hành), tệp đính kèm',
  health: 'Tình trạng hoạt động của dịch vụ',
  identity: 'Đăng nhập, phiên làm việc, người dùng và vai trò',
  integration: 'Luồng sự kiện nghiệp vụ cho hệ thống tích hợp',
  'internal audit': 'Chương trình và cuộc đánh giá nội bộ, phát hiện',
  'management review': 'Xem xét của lãnh đạo',
  'nonconformities and corrective actions': 'Sự không phù hợp và hành động khắc phục',
  notifications: 'Thông báo gửi người dùng',
  organization: 'Cơ quan, đơn vị và hệ thống quản lý chất lượng',
  'oversight: administrative procedures': 'Danh mục thủ tục hành chính',
  'oversight: annual reports': 'Báo cáo định kỳ hằng năm',
  'oversight: dashboards': 'Bảng điều khiển cấp tỉnh',
  'oversight: declarations': 'Công bố hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015',
  'oversight: inspections': 'Kiểm tra việc áp dụng, duy trì hệ thống',
  'oversight: legal changes': 'Thay đổi văn bản pháp luật ảnh hưởng đến tài liệu',
  'oversight: rollout plans': 'Kế hoạch triển khai áp dụng của tỉnh',
  exports: 'Xuất toàn bộ dữ liệu HTQLCL của một cơ quan thành một tệp ZIP',
  imports: 'Nhập HTQLCL sẵn có của một cơ quan từ tệp ZIP và danh mục tài liệu',
  printing: 'Bản in theo Nghị định 30/2020: quyết định ban hành, bản sao có kiểm soát, báo cáo',
  'quality: competence': 'Năng lực: hồ sơ đào tạo, chứng chỉ, chuyên gia đánh giá nội bộ',
  'quality: objectives and process performance': 'Mục tiêu chất lượng, đo lường và kết quả giải quyết hồ sơ',
  'quality: risks and opportunities': 'Rủi ro và cơ hội, biện pháp xử lý, xem xét hằng năm',
  'quality: satisfaction and feedback': 'Khảo sát sự hài lòng và ý kiến phản hồi',
  records: 'Hồ sơ: danh mục hồ sơ, lưu trữ, thời hạn bảo quản và tiêu hủy',
};

/**
 * The OpenAPI document of the API, as served at /api/docs-json and committed as openapi.json
 * (npm run openapi; test/openapi-contract.e2e-spec.ts fails when the two differ). Maps whose
 * order only reflects the order Nest happened to scan things in (paths, component schemas,
 * tags) are sorted, so moving a controller or a DTO does not show up as a contract change.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('ISO điện tử API')
      .setDescription(
        'Hệ thống quản lý chất lượng TCVN ISO 9001:2015 của cơ quan hành chính nhà nước. ' +
          'Hướng dẫn tích hợp (đăng nhập, mã lỗi, phân trang, If-Match, Idempotency-Key, tệp, ngôn ngữ, ' +
          'múi giờ): thư mục docs/ của kho mã nguồn.',
      )
      .setVersion('1')
      .addServer('/', 'Máy chủ phục vụ tài liệu này')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, BEARER)
      .build(),
    { operationIdFactory },
  );
  // package.json's licence: the software is not licensed to third parties
  document.info.license = { name: 'UNLICENSED' };
  declareSecurity(app, document);
  // responses, errors, headers, summaries: apps/api/src/openapi/contract.ts
  return sortedDocument(typeNullableReferences(unwrapLoneAllOf(describeContract(document))));
}

/** `Documents_create` for DocumentsController.create: unique (class and method names are) and stable. */
function operationIdFactory(controllerKey: string, methodKey: string): string {
  return `${controllerKey.replace(/Controller$/, '')}_${methodKey}`;
}

/**
 * Security from what the global guard enforces rather than from per-controller decorators: a
 * @Public() route gets `security: []`, every other one the bearer token.
 */
function declareSecurity(app: INestApplication, document: OpenAPIObject): void {
  const publicIds = publicOperationIds(app);
  for (const item of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const) {
      const operation = item[method];
      if (!operation) continue;
      operation.security = publicIds.has(operation.operationId ?? '') ? [] : [{ [BEARER]: [] }];
    }
  }
}

function publicOperationIds(app: INestApplication): Set<string> {
  const ids = new Set<string>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) continue;
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name !== 'constructor' && typeof handler === 'function' && isPublicRoute(handler, controller))
          ids.add(operationIdFactory(controller.name, name));
      }
    }
  }
  return ids;
}

/**
 * Nest wraps every enum reference in `{ allOf: [$ref] }`; alone (no description, no nullable
 * beside it) that is just the reference (Redocly: no-illogical-composition-keywords).
 */
function unwrapLoneAllOf(document: OpenAPIObject): OpenAPIObject {
  const unwrap = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(unwrap);
    if (typeof node !== 'object' || node === null) return node;
    const entries = Object.entries(node as Record<string, unknown>);
    const allOf = (node as { allOf?: unknown[] }).allOf;
    if (entries.length === 1 && Array.isArray(allOf) && allOf.length === 1) return unwrap(allOf[0]);
    return Object.fromEntries(entries.map(([key, value]) => [key, unwrap(value)]));
  };
  return {
    ...document,
    paths: unwrap(document.paths) as OpenAPIObject['paths'],
    components: unwrap(document.components) as OpenAPIObject['components'],
  };
}

/**
 * OpenAPI 3.0 ignores `nullable` without a `type` beside it, so `{ allOf: [$ref], nullable: true }`
 * (what Nest and the response generator write for an optional related object) would not admit
 * null. A reference to an object schema gets `type: object`, which makes the null real (and
 * generated clients type it `X | null`).
 */
function typeNullableReferences(document: OpenAPIObject): OpenAPIObject {
  const schemas = (document.components?.schemas ?? {}) as Record<string, Record<string, unknown>>;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const schema = node as Record<string, unknown>;
    if (schema.nullable === true && schema.type === undefined) {
      const variants = (schema.allOf ?? schema.oneOf ?? schema.anyOf) as { $ref?: string }[] | undefined;
      const targets = (variants ?? []).map((v) => schemas[String(v.$ref).split('/').pop() ?? '']);
      if (targets.length > 0 && targets.every((t) => t?.type === 'object')) schema.type = 'object';
    }
    Object.values(schema).forEach(visit);
  };
  visit(document.paths);
  visit(document.components);
  return document;
}

function sortedDocument(document: OpenAPIObject): OpenAPIObject {
  const used = new Set(
    Object.values(document.paths).flatMap((item) =>
      Object.values(item).flatMap((operation: { tags?: string[] }) => operation?.tags ?? []),
    ),
  );
  const components = document.components ?? {};
  return {
    ...document,
    // a tag without a description here is reported by `npm run openapi:lint` (tag-description)
    tags: [...used]
      .sort()
      .map((name) => ({ name, ...(TAG_DESCRIPTIONS[name] && { description: TAG_DESCRIPTIONS[name] }) })),
    paths: sortedKeys(document.paths),
    components: { ...components, ...(components.schemas && { schemas: sortedKeys(components.schemas) }) },
  };
}

function sortedKeys<T>(map: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
