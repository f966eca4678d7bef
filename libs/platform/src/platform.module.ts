import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import type Redis from 'ioredis';
import { LoggerModule } from 'nestjs-pino';
import { MixedList } from 'typeorm';
import { AuditEntry } from './audit/audit-entry.entity';
import { AuditTrailService } from './audit/audit-trail.service';
import { Clock } from './clock/clock';
import { AppConfig } from './config/app-config';
import { dataSourceOptions, ClassRef } from './database/data-source';
import { HandlerExplorer } from './discovery/handler-explorer';
import { JobHandlers } from './jobs/job-handlers';
import { LifecycleHooks } from './lifecycle/lifecycle-hooks';
import { JobQueue } from './jobs/job-queue';
import { UnitOfWork } from './database/unit-of-work';
import { ReadReplica } from './database/read-replica';
import { createRootLogger, loggerParams, ROOT_LOGGER } from './logging/logging';
import { EventSubscribers } from './outbox/event-subscribers';
import { OutboxEvent } from './outbox/outbox-event.entity';
import { OutboxRelay } from './outbox/outbox-relay';
import { IdempotencyKeys } from './http/idempotency-keys';
import { createRedis, REDIS, requestRedisOptions } from './redis/redis';

export const PLATFORM_ENTITIES = [AuditEntry, OutboxEvent];

/** The platform's services every lib may inject (provided and exported alike). */
const SHARED_SERVICES = [
  AuditTrailService,
  UnitOfWork,
  ReadReplica,
  JobQueue,
  JobHandlers,
  Clock,
  EventSubscribers,
  OutboxRelay,
  IdempotencyKeys,
  LifecycleHooks,
];

export interface PlatformOptions {
  config: AppConfig;
  entities: MixedList<ClassRef>;
  migrations?: MixedList<ClassRef>;
}

class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}
  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}

/** Config, database, Redis, logging, audit trail and unit of work: what every app needs. */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    const { config } = options;
    const rootLogger = createRootLogger(config.LOG_LEVEL);
    return {
      module: PlatformModule,
      imports: [
        LoggerModule.forRoot(loggerParams(rootLogger)),
        DiscoveryModule,
        TypeOrmModule.forRoot(dataSourceOptions(config, options.entities, options.migrations)),
      ],
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: ROOT_LOGGER, useValue: rootLogger },
        { provide: REDIS, useFactory: () => createRedis(config.REDIS_URL, requestRedisOptions()) },
        RedisCloser,
        ...SHARED_SERVICES,
        HandlerExplorer,
      ],
      exports: [AppConfig, ROOT_LOGGER, REDIS, ...SHARED_SERVICES],
    };
  }
}
