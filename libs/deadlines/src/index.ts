import { Deadline } from './deadline.entity';

export * from './deadline.entity';
export * from './deadlines.module';
export * from './deadlines.service';
export * from './dto/list-deadlines.query';

export const DEADLINE_ENTITIES = [Deadline];
