import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { classifyDependencyFailure } from './dependency-failure';
import { Language, languageOf } from '../i18n/language';
// the language helpers are exported through the filter that uses them (index.ts is shared)
export * from '../i18n/language';
import { DomainError, ErrorDetail, bilingualDetail } from './domain-error';
import './error-catalog';
import { ErrorCode, errorEntry, resourceLabel, stateLabel } from './error-registry';

/** Details written in both languages are sent in the one asked for. */
function detailsIn(details: ErrorDetail[], lang: Language): ErrorDetail[] {
  return details.map(({ messages, ...detail }) =>
    messages ? { ...detail, message: messages[lang] } : detail,
  );
}

export function renderMessage(
  code: ErrorCode,
  params: Record<string, string | number>,
  lang: Language,
): string {
  const template = errorEntry(code)?.[lang] ?? code;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) return '';
    if (name === 'resource' && typeof value === 'string') return resourceLabel(value)?.[lang] ?? value;
    if (name === 'state' && typeof value === 'string') return stateLabel(value)?.[lang] ?? value;
    return String(value);
  });
}

/** The one place where failures become the error body of API.md. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: string }>();
    const response = http.getResponse<Response>();
    if (response.headersSent) {
      response.destroy();
      return;
    }
    const requestId = String(request.id ?? '');
    const error = this.known(this.toDomainError(exception, requestId), requestId);
    const status = errorEntry(error.code)!.status;
    if (status >= 500) {
      const stack = exception instanceof Error ? (exception.stack ?? exception.message) : String(exception);
      this.logger.error(`request ${requestId} failed with ${error.code}: ${stack}`);
    }
    if (status === 429 && error.params.retryAfter !== undefined) {
      response.setHeader('Retry-After', String(error.params.retryAfter));
    }
    if (status === 503) response.setHeader('Retry-After', '5');
    // Vary and Content-Language are set for every answer by contentLanguage() (i18n/language.ts)
    const lang = languageOf(request);
    response.status(status).json({
      statusCode: status,
      code: error.publicCode ?? error.code,
      message: renderMessage(error.code, error.params, lang),
      details: detailsIn(error.details, lang),
      ...(status >= 500 ? { requestId } : {}),
    });
  }

  /** A code no loaded lib registered is a defect: logged, and answered as an internal error. */
  private known(error: DomainError, requestId: string): DomainError {
    if (errorEntry(error.code)) return error;
    this.logger.error(`request ${requestId} failed with the unregistered error code ${error.code}`);
    return new DomainError('INTERNAL', { requestId });
  }

  private toDomainError(exception: unknown, requestId: string): DomainError {
    if (exception instanceof DomainError) return exception;
    const bodyParserType = (exception as { type?: string } | null)?.type;
    if (bodyParserType === 'entity.parse.failed') return new DomainError('MALFORMED_JSON');
    if (bodyParserType === 'entity.too.large')
      return new DomainError('PAYLOAD_TOO_LARGE', { limit: 1048576 });
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status === 404) return new DomainError('ROUTE_NOT_FOUND');
      if (status === 401) return new DomainError('UNAUTHENTICATED');
      if (status === 403) return new DomainError('FORBIDDEN');
      if (status === 413) return new DomainError('PAYLOAD_TOO_LARGE', { limit: 1048576 });
      if (status === 400) {
        // the JSON body parser reports syntax errors as plain 400s
        if (/JSON|Unexpected (token|end)|Expected/.test(exception.message))
          return new DomainError('MALFORMED_JSON');
        const details: ErrorDetail[] = [{ message: exception.message }];
        return new DomainError('VALIDATION_FAILED', {}, details);
      }
    }
    const dependency = classifyDependencyFailure(exception);
    if (dependency) return new DomainError('DEPENDENCY_UNAVAILABLE', { dependency });
    if (exception instanceof QueryFailedError) {
      const driverError = exception.driverError as { code?: string };
      // invalid text representation (e.g. a malformed uuid that slipped past validation)
      if (driverError.code === '22P02') {
        return new DomainError('VALIDATION_FAILED', {}, [
          bilingualDetail(undefined, 'Mã định danh không hợp lệ', 'invalid identifier'),
        ]);
      }
      // any other data exception comes from the input (a NUL character, a number or date out of
      // range): the client's to fix, and the transaction it failed in wrote nothing
      if (driverError.code?.startsWith('22')) {
        return new DomainError('VALIDATION_FAILED', {}, [
          bilingualDetail(
            undefined,
            'Một giá trị không thể lưu như đã gửi',
            'a value cannot be stored as given',
          ),
        ]);
      }
    }
    return new DomainError('INTERNAL', { requestId });
  }
}
