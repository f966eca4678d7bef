import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';
import {
  AgencyPageQuery,
  OptionalBool,
  OptionalEnum,
  OptionalMaxText,
  OptionalNestedList,
  OptionalText,
  OptionalVersion,
  PatternField,
  Role,
  ROLES,
  TextField,
  UuidField,
} from '@app/platform';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../auth/password-policy';

const MEMBERSHIP_ROLES = ROLES.filter((r) => r !== 'SYSTEM_ADMIN');
const PASSWORD_RULES =
  'At least 10 characters after NFC normalisation, not containing the username, not a common password, no control characters.';

export class MembershipDto {
  @UuidField()
  agencyId: string;

  @ApiProperty({ enum: MEMBERSHIP_ROLES, enumName: 'MembershipRole', isArray: true })
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(10)
  @IsIn(MEMBERSHIP_ROLES, { each: true })
  roles: Role[];
}

export class CreateUserDto {
  @PatternField(
    /^[A-Za-z0-9._@-]{3,100}$/,
    { example: 'nguyenvana' },
    'username: 3–100 letters, digits or . _ @ -',
  )
  username: string;

  @ApiProperty({
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: PASSWORD_MAX_LENGTH,
    description: PASSWORD_RULES,
  })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;

  @TextField(1, 200, { example: 'Nguyễn Văn A' })
  fullName: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail()
  @MaxLength(200)
  email?: string;

  @OptionalNestedList(
    MembershipDto,
    { max: 50 },
    { description: 'initial memberships (required for agency administrators)' },
  )
  memberships?: MembershipDto[];
}

export class UpdateUserDto {
  @OptionalText(1, 200)
  fullName?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(200)
  email?: string;

  @ApiPropertyOptional({
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: PASSWORD_MAX_LENGTH,
    description: `administrators only, for another user: a one-time password (the user must change it at next login; their sessions end). ${PASSWORD_RULES}`,
  })
  @IsOptional()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password?: string;

  @OptionalBool({ description: 'administrators only; deactivating ends every session' })
  isActive?: boolean;

  @OptionalVersion({ integer: false })
  version?: number;
}

export class ListUsersQuery extends AgencyPageQuery {
  @OptionalEnum(ROLES, { enumName: 'Role' })
  role?: Role;

  @OptionalMaxText(100)
  q?: string;
}
