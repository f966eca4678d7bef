import { RequestMethod } from '@nestjs/common';
import { INTERCEPTORS_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { MetadataScanner } from '@nestjs/core';
import { API_CONTROLLERS } from '../api.module';
import { WriteInterceptors } from './write-interceptors';

/** Every route of the API: its controller, handler name, HTTP method and interceptors. */
function routes() {
  const scanner = new MetadataScanner();
  return API_CONTROLLERS.flatMap((controller) => {
    const prototype = controller.prototype as Record<string, object>;
    return scanner
      .getAllMethodNames(prototype)
      .map((name) => ({
        route: `${controller.name}.${name}`,
        method: Reflect.getMetadata(METHOD_METADATA, prototype[name]) as RequestMethod | undefined,
        interceptors: (Reflect.getMetadata(INTERCEPTORS_METADATA, prototype[name]) as unknown[]) ?? [],
      }))
      .filter((r) => r.method !== undefined);
  });
}

describe('write interceptors', () => {
  const all = routes();
  const reads = all.filter((r) => r.method === RequestMethod.GET || r.method === RequestMethod.HEAD);
  const writes = all.filter((r) => !reads.includes(r));

  it('are the outermost interceptors of every write route, so no refused write goes unaudited', () => {
    expect(writes.length).toBeGreaterThan(100);
    const missing = writes.filter((r) => r.interceptors[0] !== WriteInterceptors).map((r) => r.route);
    expect(missing).toEqual([]);
    // the queue board's catch-all takes every method: its writes are writes too
    expect(writes.map((r) => r.route)).toContain('QueueBoardController.serve');
  });

  it('leave reads without any interceptor, so Nest answers them without its Observable pipeline', () => {
    expect(reads.length).toBeGreaterThan(100);
    expect(reads.filter((r) => r.interceptors.length > 0).map((r) => r.route)).toEqual([]);
  });

  it('are bound once however often the module is defined', async () => {
    const { interceptWrites } = await import('./write-interceptors');
    interceptWrites(API_CONTROLLERS);
    expect(routes().filter((r) => r.interceptors.length > 1)).toEqual([]);
  });
});
