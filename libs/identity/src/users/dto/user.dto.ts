import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  PageQuery,
  Role,
  ROLES,
  UuidField,
  OptionalUuid,
  TextField,
  OptionalText,
  OptionalMaxText,
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
  @ApiProperty({ example: 'nguyenvana' })
  @IsString()
  @Matches(/^[A-Za-z0-9._@-]{3,100}$/, { message: 'username: 3–100 letters, digits or . _ @ -' })
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

  @ApiPropertyOptional({
    type: [MembershipDto],
    description: 'initial memberships (required for agency administrators)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MembershipDto)
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

  @ApiPropertyOptional({ description: 'administrators only; deactivating ends every session' })
  @IsOptional()
  @IsBoolean()
  isActive?: boolean;

  @ApiPropertyOptional({ description: 'expected version (optimistic concurrency)' })
  @IsOptional()
  version?: number;
}

export class ListUsersQuery extends PageQuery {
  @OptionalUuid()
  agencyId?: string;

  @ApiPropertyOptional({ enum: ROLES, enumName: 'Role' })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @OptionalMaxText(100)
  q?: string;
}
