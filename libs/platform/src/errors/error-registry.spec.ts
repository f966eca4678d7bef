import { Logger, type ArgumentsHost } from '@nestjs/common';
import { DomainError } from './domain-error';
import { ErrorFilter, renderMessage } from './error.filter';
import { defineErrors, errorEntry, errorStatus, type ErrorCode } from './error-registry';

function answer(error: unknown, acceptLanguage?: string) {
  const sent: { status?: number; body?: any } = {};
  const response = {
    headersSent: false,
    setHeader: () => undefined,
    status(code: number) {
      sent.status = code;
      return this;
    },
    json(body: unknown) {
      sent.body = body;
    },
  };
  const request = { id: 'req-1', headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {} };
  const host = { switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }) };
  new ErrorFilter().catch(error, host as unknown as ArgumentsHost);
  return sent;
}

describe('error registry', () => {
  // the filter logs the unregistered code on purpose; keep the test output clean
  beforeAll(() => Logger.overrideLogger(false));

  it('answers a registered code with its status and message, Vietnamese by default', () => {
    const sent = answer(DomainError.notFound('auditEntry'));
    expect(sent.status).toBe(404);
    expect(sent.body).toMatchObject({ code: 'NOT_FOUND', message: 'Không tìm thấy bản ghi nhật ký' });
    expect(answer(DomainError.notFound('auditEntry'), 'en').body.message).toBe('Audit-trail entry not found');
  });

  it('answers a code no lib registered as 500 INTERNAL instead of crashing the filter', () => {
    const sent = answer(new DomainError('NOT_REGISTERED_ANYWHERE' as ErrorCode));
    expect(sent.status).toBe(500);
    expect(sent.body).toMatchObject({ code: 'INTERNAL', requestId: 'req-1' });
    expect(errorStatus('NOT_REGISTERED_ANYWHERE')).toBe(500);
  });

  it('makes a code, resource or state belong to one lib: a second owner fails at load time', () => {
    expect(() =>
      defineErrors('intruder', { errors: { NOT_FOUND: { status: 400, vi: 'x', en: 'x' } } }),
    ).toThrow(/NOT_FOUND of intruder is already platform's/);
    expect(() =>
      defineErrors('intruder', { errors: {}, resources: { auditEntry: { vi: 'x', en: 'x' } } }),
    ).toThrow(/resource auditEntry/);
    expect(errorEntry('NOT_FOUND')).toMatchObject({ owner: 'platform', status: 404 });
  });

  it('fills placeholders, naming resources and states through the registered labels', () => {
    defineErrors('spec-lib', {
      errors: {
        SPEC_LIMIT: { status: 422, vi: 'tối đa {limit} {resource}', en: 'at most {limit} {resource}' },
      },
      resources: { specThing: { vi: 'vật thử', en: 'test things' } },
      states: { SPEC_STATE: { vi: 'Đang thử', en: 'being tried' } },
    });
    expect(renderMessage('SPEC_LIMIT' as ErrorCode, { limit: 3, resource: 'specThing' }, 'vi')).toBe(
      'tối đa 3 vật thử',
    );
    expect(renderMessage('SPEC_LIMIT' as ErrorCode, { limit: 3, resource: 'specThing' }, 'en')).toBe(
      'at most 3 test things',
    );
    expect(renderMessage('STATE_CONFLICT', { resource: 'specThing', state: 'SPEC_STATE' }, 'en')).toBe(
      'test things is being tried; this action is not allowed',
    );
  });

  it('reads the one-line forms: status, Vietnamese | English; a line without them fails at load time', () => {
    defineErrors('one-line-lib', {
      errors: { ONE_LINE_CODE: '422 Không hợp lệ: {reason} | Invalid: {reason}' },
      resources: { oneLineThing: 'mục | Item' },
    });
    expect(errorEntry('ONE_LINE_CODE')).toMatchObject({
      status: 422,
      vi: 'Không hợp lệ: {reason}',
      en: 'Invalid: {reason}',
    });
    expect(() => defineErrors('bad-lib', { errors: { NO_STATUS: 'Thiếu | Missing' as never } })).toThrow(
      /NO_STATUS/,
    );
    expect(() => defineErrors('bad-lib', { errors: { NO_ENGLISH: '400 Chỉ tiếng Việt' as never } })).toThrow(
      /NO_ENGLISH/,
    );
    expect(errorEntry('NO_STATUS')).toBeUndefined();
  });
});
