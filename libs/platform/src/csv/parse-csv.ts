/** One record of a CSV file keyed by the header row, with its line number (the header is line 1). */
export interface CsvRecord {
  line: number;
  values: Record<string, string>;
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF, optional BOM); values are trimmed and NFC. */
export function parseCsv(text: string): { header: string[]; records: CsvRecord[] } {
  const rows: { line: number; cells: string[] }[] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const input = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && input[i + 1] === '\n') i++;
      row.push(field);
      rows.push({ line: rowLine, cells: row });
      line++;
      rowLine = line;
      row = [];
      field = '';
    } else {
      field += c;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push({ line: rowLine, cells: row });
  }
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
