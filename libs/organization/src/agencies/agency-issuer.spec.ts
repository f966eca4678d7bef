import { agencyAbbreviation, headTitleOf, parentLine, placeOf } from './agency-issuer';

describe('how an agency names itself on the documents it issues (Nghị định 30/2020)', () => {
  // the first letter of each word, keeping Đ and dropping "và"; a People's Committee is UBND
  it.each([
    ['Sở Tư pháp', 'STP'],
    ['Sở Kế hoạch và Đầu tư', 'SKHĐT'],
    ['Sở Giao thông vận tải', 'SGTVT'],
    ['Sở Khoa học và Công nghệ', 'SKHCN'],
    ['Chi cục Thủy lợi', 'CCTL'],
    ['Ủy ban nhân dân phường Quyết Thắng', 'UBND'],
    ['Uỷ ban nhân dân tỉnh Kon Tum', 'UBND'],
  ])('abbreviates "%s" as %s', (name, abbreviation) => {
    expect(agencyAbbreviation(name)).toBe(abbreviation);
  });

  it.each([
    ['Ủy ban nhân dân tỉnh Kon Tum', 'Kon Tum'],
    ['Ủy ban nhân dân phường Quyết Thắng', 'Quyết Thắng'],
    ['Sở Tư pháp', null],
  ])('takes the place of "%s" from its People’s Committee: %s', (name, place) => {
    expect(placeOf(name)).toBe(place);
  });

  it.each([
    ['Sở Tư pháp', 'GIÁM ĐỐC'],
    ['Ủy ban nhân dân xã Đăk Pxi', 'CHỦ TỊCH'],
    ['Chi cục Kiểm lâm', 'CHI CỤC TRƯỞNG'],
  ])('takes the title of the head of "%s" from the kind of agency: %s', (name, title) => {
    expect(headTitleOf(name)).toBe(title);
  });

  it('names the parent of a People’s Committee’s agencies in capitals', () => {
    expect(parentLine('Ủy ban nhân dân tỉnh Kon Tum')).toBe('UBND TỈNH KON TUM');
  });
});
