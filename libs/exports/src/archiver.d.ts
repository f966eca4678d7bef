// archiver 5 ships no types (and @types/archiver is not installed): the little of it used here.
declare module 'archiver' {
  import { Readable, Transform } from 'node:stream';

  export interface EntryData {
    name: string;
    date?: Date;
    /** Stored, not deflated (already compressed content: PDF, DOCX, images). */
    store?: boolean;
  }

  export interface Archiver extends Transform {
    append(source: Readable | Buffer | string, data: EntryData): this;
    finalize(): Promise<void>;
    abort(): this;
    pointer(): number;
  }

  export default function archiver(format: 'zip', options?: { zlib?: { level?: number } }): Archiver;
}
