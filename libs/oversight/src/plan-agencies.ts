import { bilingualDetail, ErrorDetail } from '@app/platform';

/**
 * What is wrong with the agencies a province's plan lists (rollout or inspection): each item must
 * name an active agency under the province, once. One detail per wrong item, `items[i].agencyId`.
 */
export function planAgencyDetails(agencyIds: string[], under: { has(id: string): boolean }): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  const seen = new Set<string>();
  agencyIds.forEach((agencyId, index) => {
    const field = `items[${index}].agencyId`;
    if (!under.has(agencyId)) {
      details.push(
        bilingualDetail(
          field,
          'Không phải cơ quan đang hoạt động thuộc tỉnh',
          'not an active agency under the province',
        ),
      );
    } else if (seen.has(agencyId)) {
      details.push(bilingualDetail(field, 'Cơ quan được liệt kê hai lần', 'the agency is listed twice'));
    }
    seen.add(agencyId);
  });
  return details;
}
