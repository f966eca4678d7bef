export * from './records.errors';
import {
  ProcedureRecord,
  RecordDisposal,
  RecordFile,
  RecordItem,
  RecordList,
  RecordListItem,
} from './record.entities';

export * from './dto/records.dto';
export * from './procedure-records.service';
export * from './record-disposals.service';
export * from './record-files.service';
export * from './record-files-xlsx';
export * from './record-list-xlsx';
export * from './record-lists.service';
export * from './record.entities';
export * from './records-access';
export * from './records.module';

export const RECORDS_ENTITIES = [
  ProcedureRecord,
  RecordList,
  RecordListItem,
  RecordFile,
  RecordItem,
  RecordDisposal,
];
