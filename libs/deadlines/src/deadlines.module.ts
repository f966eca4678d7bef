import { Module } from '@nestjs/common';
import { OrganizationModule } from '@app/organization';
import { DeadlinesService } from './deadlines.service';

@Module({ imports: [OrganizationModule], providers: [DeadlinesService], exports: [DeadlinesService] })
export class DeadlinesModule {}
