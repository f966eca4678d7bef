import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../password-policy';
import { TextField, OptionalText } from '@app/platform';

export class LoginDto {
  @TextField(1, 100, { example: 'admin' })
  username: string;

  @TextField(1, 200, { example: 'Admin@12345' })
  password: string;
}

export class RefreshDto {
  @TextField(10, 500)
  refreshToken: string;
}

export class LogoutDto {
  @OptionalText(10, 500, { description: 'ignored: the session of the access token is ended' })
  refreshToken?: string;
}

export class ChangePasswordDto {
  @TextField(1, 200)
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
