import type ExcelJS from 'exceljs';
import { layoutTable, newWorkbook, workbookBytes } from './sheet-layout';

/** One column of an exported table: its Vietnamese header, its width and how a row fills its cell. */
export interface SheetColumn<T> {
  header: string;
  width: number;
  cell: (row: T) => ExcelJS.CellValue;
  /** A day column (cells from excelDay): shown dd/mm/yyyy. */
  date?: boolean;
  /** Long text: wrapped, aligned to the top. */
  wrap?: boolean;
}

/** An exported table declared as data: the sheet's name, its columns and how it prints. */
export interface TableSheet<T> {
  name: string;
  columns: SheetColumn<T>[];
  /** Wide tables print landscape; narrow ones portrait. */
  landscape: boolean;
  /** A first column STT numbering the rows from 1, as every Vietnamese list starts. */
  numbered?: boolean;
}

/** A register as every list export prints it: landscape, its rows numbered in a first STT column. */
export function registerSheet<T>(name: string, columns: SheetColumn<T>[]): TableSheet<T> {
  return { name, columns, landscape: true, numbered: true };
}

/** The 1-based numbers of the columns that have the flag. */
const numbersOf = <T>(columns: SheetColumn<T>[], flag: 'date' | 'wrap') =>
  columns.flatMap((column, index) => (column[flag] ? [index + 1] : []));

/** Adds the table as a sheet of the workbook: header row, one row per item, laid out by layoutTable. */
export function addTableSheet<T>(book: ExcelJS.Workbook, table: TableSheet<T>, rows: T[]): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(table.name);
  const columns = table.numbered
    ? [{ header: 'STT', width: 6, cell: () => null } as SheetColumn<T>, ...table.columns]
    : table.columns;
  sheet.columns = columns.map((column) => ({ header: column.header, width: column.width }));
  rows.forEach((row, index) => {
    const cells = columns.map((column) => column.cell(row));
    if (table.numbered) cells[0] = index + 1;
    sheet.addRow(cells);
  });
  layoutTable(sheet, sheet.getRow(1), {
    landscape: table.landscape,
    dates: numbersOf(columns, 'date'),
    wrap: numbersOf(columns, 'wrap'),
  });
  return sheet;
}

/** A workbook of one table, as its bytes: what a list's `?format=xlsx` answers. */
export async function tableWorkbook<T>(table: TableSheet<T>, rows: T[]): Promise<Buffer> {
  const book = newWorkbook();
  addTableSheet(book, table, rows);
  return workbookBytes(book);
}
