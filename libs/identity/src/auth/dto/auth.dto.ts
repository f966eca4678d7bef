import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../password-policy';

export class LoginDto {
  @ApiProperty({ example: 'admin' })
  @IsString()
  @Length(1, 100)
  username: string;

  @ApiProperty({ example: 'Admin@12345' })
  @IsString()
  @Length(1, 200)
  password: string;
}

export class RefreshDto {
  @ApiProperty()
  @IsString()
  @Length(10, 500)
  refreshToken: string;
}

export class LogoutDto {
  @ApiPropertyOptional({ description: 'ignored: the session of the access token is ended' })
  @IsOptional()
  @IsString()
  @Length(10, 500)
  refreshToken?: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @Length(1, 200)
  currentPassword: string;

  @ApiProperty({
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: PASSWORD_MAX_LENGTH,
    description:
      'at least 10 characters after NFC normalisation; not containing the username; not a common password; no control characters',
  })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword: string;
}

export class TokenPair {
  @ApiProperty() accessToken: string;
  @ApiProperty() refreshToken: string;
  @ApiProperty({ description: 'access-token lifetime in seconds' }) expiresIn: number;
  @ApiProperty() tokenType: 'Bearer';
  @ApiProperty({
    description:
      'the password was set by an administrator: until POST /api/v1/me/password every route but /me and logout answers 403 PASSWORD_CHANGE_REQUIRED',
  })
  passwordChangeRequired: boolean;
}
