import { Body, Controller, Get, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Ctx, RequestContext } from '@app/platform';
import {
  AllowedWithPasswordChangePending,
  AuthenticatedRequestState,
  AuthService,
  ChangePasswordDto,
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
    return this.auth.login(request.user, String(request.id ?? ''), request.ip);
  }

  @Public()
  @Post('auth/refresh')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPair })
  refresh(@Body() dto: RefreshDto, @Req() request: Request & { id?: string }) {
    return this.auth.refresh(dto.refreshToken, String(request.id ?? ''));
  }

  @ApiBearerAuth()
  @AllowedWithPasswordChangePending()
  @Post('auth/logout')
  @HttpCode(204)
  async logout(
    @Ctx() ctx: RequestContext,
    @Body() _dto: LogoutDto,
    @Req() request: Request & AuthenticatedRequestState,
  ) {
    await this.auth.logout(ctx, String(request.sessionId ?? ''));
  }

  @ApiBearerAuth()
  @AllowedWithPasswordChangePending()
  @Get('me')
  me(@Ctx() ctx: RequestContext) {
    return this.users.me(ctx);
  }

  /**
   * Changes the caller's own password: the current one is required (wrong answers count
   * against the login throttle); every other session of the user ends.
   */
  @ApiBearerAuth()
  @AllowedWithPasswordChangePending()
  @Post('me/password')
  @HttpCode(204)
  async changePassword(
    @Ctx() ctx: RequestContext,
    @Body() dto: ChangePasswordDto,
    @Req() request: Request & AuthenticatedRequestState,
  ) {
    await this.auth.changeOwnPassword(ctx, String(request.sessionId ?? ''), dto, request.ip);
  }
}
