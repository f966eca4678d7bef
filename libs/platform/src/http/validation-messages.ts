import { ValidationError, getMetadataStorage } from 'class-validator';

/**
 * Vietnamese messages of class-validator constraints, by constraint key. `{s}` is the subject
 * (the field, or each value of it), `{0}`, `{1}` the constraint's arguments, `{list}` the
 * accepted values. English keeps class-validator's own message, which already carries them.
 */
const VI: Record<string, string> = {
  isUuid: '{s} phải là một mã định danh UUID hợp lệ',
  isString: '{s} phải là chuỗi ký tự',
  maxLength: '{s} dài tối đa {0} ký tự',
  minLength: '{s} phải dài ít nhất {0} ký tự',
  isLength: '{s} phải dài từ {0} đến {1} ký tự',
  isInt: '{s} phải là số nguyên',
  isNumber: '{s} phải là số',
  isNumberString: '{s} phải là chuỗi chữ số',
  isPositive: '{s} phải là số dương',
  min: '{s} không được nhỏ hơn {0}',
  max: '{s} không được lớn hơn {0}',
  isEnum: '{s} phải là một trong các giá trị: {list}',
  isIn: '{s} phải là một trong các giá trị: {list}',
  isDateString: '{s} phải là ngày hoặc thời điểm theo ISO 8601 (ví dụ 2026-01-31)',
  isIso8601: '{s} phải là ngày hoặc thời điểm theo ISO 8601 (ví dụ 2026-01-31)',
  isDate: '{s} phải là ngày hợp lệ',
  isNotEmpty: '{s} không được để trống',
  isDefined: '{s} là bắt buộc',
  isArray: '{s} phải là một danh sách',
  arrayMaxSize: '{s} có tối đa {0} phần tử',
  arrayMinSize: '{s} phải có ít nhất {0} phần tử',
  arrayNotEmpty: '{s} không được là danh sách rỗng',
  arrayUnique: '{s} không được có phần tử trùng nhau',
  isBoolean: '{s} phải là giá trị logic (true hoặc false)',
  isEmail: '{s} phải là địa chỉ thư điện tử hợp lệ',
  isObject: '{s} phải là một đối tượng JSON',
  matches: '{s} không đúng định dạng quy định',
  nestedValidation: '{s} phải là một đối tượng JSON hoặc danh sách đối tượng',
  whitelistValidation: '{s} không được chấp nhận: yêu cầu này không có trường đó',
  isIsoClause: '{s} phải là một điều khoản của TCVN ISO 9001:2015, ví dụ 8.5.1',
  isNotInheritedName: '{s} phải là tên một trường được phép sắp xếp',
  unknownValue: 'Dữ liệu gửi lên không hợp lệ',
};

const FALLBACK_VI = '{s} không hợp lệ';

interface ConstraintInfo {
  args: unknown[];
  each: boolean;
}

/** The arguments a decorator was given (`@MaxLength(200)` → [200]), read from class-validator's metadata. */
function constraintInfo(error: ValidationError, key: string): ConstraintInfo {
  const target = error.target;
  if (!target || typeof target !== 'object') return { args: [], each: false };
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((m) => m.propertyName === error.property && (m.name ?? m.type) === key);
  return { args: metadata?.constraints ?? [], each: metadata?.each ?? false };
}

function acceptedValues(key: string, args: unknown[]): string {
  const values =
    key === 'isEnum'
      ? Array.isArray(args[1])
        ? (args[1] as unknown[])
        : Object.values((args[0] as object) ?? {})
      : ((args[0] as unknown[]) ?? []);
  return values.map(String).join(', ');
}

/** The message of one failed constraint in Vietnamese, with the constraint's arguments. */
export function vietnameseConstraintMessage(error: ValidationError, key: string, field: string): string {
  const { args, each } = constraintInfo(error, key);
  const subject = each ? `Mỗi giá trị của trường "${field}"` : `Trường "${field}"`;
  const template = key === 'isLength' && args[1] === undefined ? VI.minLength : (VI[key] ?? FALLBACK_VI);
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name === 's') return subject;
    if (name === 'list') return acceptedValues(key, args);
    const value = args[Number(name)];
    return typeof value === 'number' || typeof value === 'string' ? String(value) : '';
  });
}
