import { parse } from 'csv-parse/sync';
import { ParsedTable, tableOf } from './table';

// the table shape and the XLSX reader are exported with the CSV parser (index.ts is shared)
export * from './table';
export * from './parse-xlsx';

const SEPARATORS = [',', ';', '\t'] as const;

/**
 * The separator of the header line: Excel in a Vietnamese locale saves CSV with `;` (the decimal
 * separator there is the comma), other tools with `,`; the one that occurs most outside quotes wins.
 */
export function detectSeparator(text: string): string {
  const firstLine = text.split('\n').find((line) => line.trim() !== '') ?? '';
  const unquoted = firstLine.replace(/"(?:[^"]|"")*"/g, '');
  let best: string = ',';
  let bestCount = 0;
  for (const separator of SEPARATORS) {
    const count = unquoted.split(separator).length - 1;
    if (count > bestCount) [best, bestCount] = [separator, count];
  }
  return best;
}

/**
 * Parses CSV with csv-parse (RFC 4180 quoting, BOM, CRLF or LF) and the separator of the header
 * line (`,`, `;` or tab). A malformed file (an unclosed quote) throws csv-parse's error.
 */
export function parseCsv(text: string): ParsedTable {
  const input = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const parsed = parse(input, {
    delimiter: detectSeparator(input),
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  return tableOf(
    parsed.map(({ record, info }) => ({
      // info.lines is the record's last line: step back over line breaks inside quoted cells
      line: info.lines - (record.join('').match(/\n/g)?.length ?? 0),
      cells: record,
    })),
  );
}
