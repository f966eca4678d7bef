import { EntityManager } from 'typeorm';

/**
 * How an agency names itself on the documents it issues (Nghị định 30/2020, Phụ lục I): the
 * name of the issuing agency and of the agency it answers to (cơ quan chủ quản), the short form
 * of its name in document symbols (`QĐ-STP`), the place name before the date, and the title
 * of its head in the signature block. Derived from the agency tree; a decision keeps what was
 * derived when it was numbered, so a later rename or merger does not change an issued one.
 */
export interface AgencyIssuer {
  agencyId: string;
  name: string;
  /** The agency it answers to, as the header's first line prints it; null for a People's Committee. */
  parentName: string | null;
  abbreviation: string;
  place: string;
  /** Title of the head of agency (GIÁM ĐỐC, CHỦ TỊCH, CHI CỤC TRƯỞNG…). */
  headTitle: string;
}

const PEOPLES_COMMITTEE = /^(ủy|uỷ) ban nhân dân\s*/iu;

/** The short form of an agency's name: the first letter of each word, Đ kept, `và` dropped (Sở Kế hoạch và Đầu tư → SKHĐT). */
export function agencyAbbreviation(name: string): string {
  const clean = name.normalize('NFC').trim();
  if (PEOPLES_COMMITTEE.test(clean)) return 'UBND';
  const initials = clean
    .split(/[\s,\-–()]+/u)
    .filter((word) => word.length > 0 && word.toLowerCase() !== 'và')
    .map((word) => {
      const first = word[0].toUpperCase();
      return first === 'Đ' ? 'Đ' : first.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    })
    .join('');
  return initials.replace(/[^A-ZĐ0-9]/gu, '') || 'CQ';
}

/** The place name of a People's Committee (`Ủy ban nhân dân tỉnh Kon Tum` → `Kon Tum`), or null. */
export function placeOf(name: string): string | null {
  const match =
    /^(?:ủy|uỷ) ban nhân dân\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\s+(.+)$/iu.exec(
      name.normalize('NFC').trim(),
    );
  return match ? match[1].trim() : null;
}

/** The title of the head of an agency, from the kind of agency its name says it is. */
export function headTitleOf(name: string): string {
  const n = name.normalize('NFC').trim().toLowerCase();
  if (PEOPLES_COMMITTEE.test(n)) return 'CHỦ TỊCH';
  if (n.startsWith('sở ')) return 'GIÁM ĐỐC';
  if (n.startsWith('chi cục ')) return 'CHI CỤC TRƯỞNG';
  if (n.startsWith('văn phòng ')) return 'CHÁNH VĂN PHÒNG';
  if (n.startsWith('thanh tra ')) return 'CHÁNH THANH TRA';
  if (n.startsWith('ban ')) return 'TRƯỞNG BAN';
  if (n.startsWith('trung tâm ')) return 'GIÁM ĐỐC';
  return 'THỦ TRƯỞNG CƠ QUAN';
}

/** The parent's name as the header's first line prints it: `Ủy ban nhân dân` shortened to UBND. */
export function parentLine(name: string): string {
  return name.normalize('NFC').trim().replace(PEOPLES_COMMITTEE, 'UBND ').toUpperCase();
}

/**
 * The issuer of the agency's documents, from the agency and its ancestors. A People's Committee
 * (province, district, commune) prints no parent line and its own place; any other agency prints
 * its parent and the place of the nearest People's Committee above it.
 */
export async function agencyIssuer(manager: EntityManager, agencyId: string): Promise<AgencyIssuer | null> {
  const chain = await manager.query<{ id: string; name: string; level: string }[]>(
    `WITH RECURSIVE up AS (
       SELECT id, parent_id, name, level, 0 AS depth FROM agencies WHERE id = $1
       UNION ALL SELECT a.id, a.parent_id, a.name, a.level, up.depth + 1 FROM agencies a JOIN up ON a.id = up.parent_id
        WHERE up.depth < 50)
     SELECT id, name, level FROM up ORDER BY depth`,
    [agencyId],
  );
  if (chain.length === 0) return null;
  const [self, parent] = chain;
  const committee = PEOPLES_COMMITTEE.test(self.name.normalize('NFC'));
  const place = chain.map((a) => placeOf(a.name)).find((p): p is string => p !== null) ?? '';
  return {
    agencyId: self.id,
    name: self.name.normalize('NFC'),
    parentName: committee || !parent ? null : parentLine(parent.name),
    abbreviation: agencyAbbreviation(self.name),
    place,
    headTitle: headTitleOf(self.name),
  };
}
