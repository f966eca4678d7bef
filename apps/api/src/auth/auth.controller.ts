import { Body, Controller, Get, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Ctx, RequestContext } from '@app/platform';
import {
  AuthService,
  LocalAuthGuard,
  LoginDto,
  LogoutDto,
  Public,
  RefreshDto,
  TokenPair,
  User,
  UsersService,
} from '@app/identity';

type AuthenticatedRequest = Request & { id?: string; user: User };

@ApiTags('identity')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @UseGuards(LocalAuthGuard)
  @Post('auth/login')
  @HttpCode(200)
  @ApiBody({ type: LoginDto })
  @ApiOkResponse({ type: TokenPair })
  login(@Req() request: AuthenticatedRequest) {
    return this.auth.login(request.user, String(request.id ?? ''));
  }

  @Public()
  @Post('auth/refresh')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPair })
  refresh(@Body() dto: RefreshDto, @Req() request: Request & { id?: string }) {
    return this.auth.refresh(dto.refreshToken, String(request.id ?? ''));
  }

  @ApiBearerAuth()
  @Post('auth/logout')
  @HttpCode(204)
  async logout(
    @Ctx() ctx: RequestContext,
    @Body() _dto: LogoutDto,
    @Req() request: Request & { authInfo?: unknown },
  ) {
    await this.auth.logout(ctx, sessionIdOf(request));
  }

  @ApiBearerAuth()
  @Get('me')
  me(@Ctx() ctx: RequestContext) {
    return this.users.me(ctx);
  }
}

/** The session id (`sid` claim) of the verified access token on this request. */
function sessionIdOf(request: Request): string {
  const token = (request.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
  const payload = JSON.parse(
    Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8') || '{}',
  ) as { sid?: string };
  return String(payload.sid ?? '');
}
