import { agencyAbbreviation, headTitleOf, parentLine, placeOf } from './agency-issuer';

describe('how an agency names itself on the documents it issues (Nghị định 30/2020)', () => {
  it('abbreviates the name by the first letter of each word, keeping Đ and dropping "và"', () => {
    expect(agencyAbbreviation('Sở Tư pháp')).toBe('STP');
    expect(agencyAbbreviation('Sở Kế hoạch và Đầu tư')).toBe('SKHĐT');
    expect(agencyAbbreviation('Sở Giao thông vận tải')).toBe('SGTVT');
    expect(agencyAbbreviation('Sở Khoa học và Công nghệ')).toBe('SKHCN');
    expect(agencyAbbreviation('Chi cục Thủy lợi')).toBe('CCTL');
    expect(agencyAbbreviation('Ủy ban nhân dân phường Quyết Thắng')).toBe('UBND');
    expect(agencyAbbreviation('Uỷ ban nhân dân tỉnh Kon Tum')).toBe('UBND');
  });

  it('takes the place from a People’s Committee, the title of the head from the kind of agency', () => {
    expect(placeOf('Ủy ban nhân dân tỉnh Kon Tum')).toBe('Kon Tum');
    expect(placeOf('Ủy ban nhân dân phường Quyết Thắng')).toBe('Quyết Thắng');
    expect(placeOf('Sở Tư pháp')).toBeNull();
    expect(headTitleOf('Sở Tư pháp')).toBe('GIÁM ĐỐC');
    expect(headTitleOf('Ủy ban nhân dân xã Đăk Pxi')).toBe('CHỦ TỊCH');
    expect(headTitleOf('Chi cục Kiểm lâm')).toBe('CHI CỤC TRƯỞNG');
    expect(parentLine('Ủy ban nhân dân tỉnh Kon Tum')).toBe('UBND TỈNH KON TUM');
  });
});
