import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';

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

export class TokenPair {
  @ApiProperty() accessToken: string;
  @ApiProperty() refreshToken: string;
  @ApiProperty({ description: 'access-token lifetime in seconds' }) expiresIn: number;
  @ApiProperty() tokenType: 'Bearer';
}
