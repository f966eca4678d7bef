export * from './exports.errors';
import { AgencyExport } from './agency-export.entity';

export * from './agency-archive.job';
export * from './agency-export.entity';
export * from './agency-exports.service';
export * from './archive-sheets';
export * from './exports-access';
export * from './exports.module';
export * from './zip-writer';

export const EXPORTS_ENTITIES = [AgencyExport];
