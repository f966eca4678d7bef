import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, PLATFORM_ENTITIES, PlatformModule } from '@app/platform';
import { HeartbeatHandler } from './heartbeat.handler';
import { JobRunner } from './job-runner';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [PlatformModule.forRoot({ config, entities: PLATFORM_ENTITIES })],
      providers: [HeartbeatHandler, JobRunner],
    };
  }
}
