import ExcelJS from 'exceljs';
import { addTableSheet, tableWorkbook } from './table-sheet';

interface Row {
  title: string;
  due: Date | null;
}

const TABLE = {
  name: 'Danh sách',
  landscape: true,
  numbered: true,
  columns: [
    { header: 'Tiêu đề', width: 40, cell: (r: Row) => r.title, wrap: true },
    { header: 'Hạn', width: 10, cell: (r: Row) => r.due, date: true },
  ],
};

describe('addTableSheet: an exported table declared as columns', () => {
  it('numbers the rows in a first STT column and fills each row from the column cells', () => {
    const sheet = addTableSheet(new ExcelJS.Workbook(), TABLE, [
      { title: 'Một', due: new Date(Date.UTC(2026, 0, 31)) },
      { title: 'Hai', due: null },
    ]);
    expect(sheet.name).toBe('Danh sách');
    expect(sheet.getRow(1).values).toEqual([undefined, 'STT', 'Tiêu đề', 'Hạn']);
    expect(sheet.getRow(2).values).toEqual([undefined, 1, 'Một', new Date(Date.UTC(2026, 0, 31))]);
    expect(sheet.getRow(3).getCell(1).value).toBe(2);
    expect(sheet.getRow(3).getCell(3).value).toBeNull();
    expect(sheet.getColumn(1).width).toBe(6);
  });

  it('lays the table out: date columns dd/mm/yyyy (at least 12 wide), wrapped text, frozen filtered header', () => {
    const sheet = addTableSheet(new ExcelJS.Workbook(), TABLE, [{ title: 'Một', due: null }]);
    expect(sheet.getColumn(3).numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getColumn(3).width).toBe(12);
    expect(sheet.getColumn(2).alignment).toEqual({ wrapText: true, vertical: 'top' });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toEqual({ from: { row: 1, column: 1 }, to: { row: 1, column: 3 } });
    expect(sheet.pageSetup.orientation).toBe('landscape');
  });

  it('without numbering the declared columns come first; tableWorkbook answers the bytes of one sheet', async () => {
    const bytes = await tableWorkbook({ ...TABLE, numbered: false }, [{ title: 'Một', due: null }]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(book.creator).toBe('ISO điện tử');
    expect(book.worksheets.map((s) => s.name)).toEqual(['Danh sách']);
    expect(book.worksheets[0].getRow(1).values).toEqual([undefined, 'Tiêu đề', 'Hạn']);
  });
});
