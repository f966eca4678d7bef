/** One record of a table keyed by the header row, with its line (CSV) or row (XLSX) number; the header is 1. */
export interface CsvRecord {
  line: number;
  values: Record<string, string>;
}

/** A spreadsheet read as a header row and records; names and values trimmed and NFC-normalised. */
export interface ParsedTable {
  header: string[];
  records: CsvRecord[];
}

/** Turns rows of cells (header first) into records keyed by the header. */
export function tableOf(rows: { line: number; cells: string[] }[]): ParsedTable {
  const nonEmpty = rows.filter((r) => r.cells.some((value) => value.trim() !== ''));
  if (nonEmpty.length === 0) return { header: [], records: [] };
  const header = nonEmpty[0].cells.map((name) => name.trim().normalize('NFC'));
  const records = nonEmpty.slice(1).map((r) => ({
    line: r.line,
    values: Object.fromEntries(
      header.map((name, index) => [name, (r.cells[index] ?? '').trim().normalize('NFC')]),
    ),
  }));
  return { header, records };
}
