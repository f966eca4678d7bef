import { Body, Controller, Get, Header, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AppConfig, Ctx, DomainError, RequestContext } from '@app/platform';
import { AuthenticatedRequestState, AuthService, ContextLoader, Public, User } from '@app/identity';
import { boardLoginPage } from './board-login.page';
import { BOARD_LOGIN_PATH, clearBoardCookie, setBoardCookie } from './board-session';
import { QUEUE_BOARD_PATH } from './queue-board.controller';

type RequestWithId = Request & { id?: string };

/** What a refused login shows in the form, by status. */
const REFUSALS: Record<number, string> = {
  401: 'Tên đăng nhập hoặc mật khẩu không đúng.',
  403: 'Chỉ quản trị hệ thống được xem hàng đợi công việc.',
  429: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau.',
};

/**
 * Browser login for Bull Board: POST /admin/login (form fields username, password) by a system
 * administrator sets a 15-minute HttpOnly SameSite=Strict cookie and opens the board;
 * POST /admin/logout ends that session. Logins count against the login throttle and are
 * audited like API logins (it is the same login).
 */
@ApiExcludeController()
@Controller('admin')
export class BoardLoginController {
  constructor(
    private readonly auth: AuthService,
    private readonly contexts: ContextLoader,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Get('login')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  form(): string {
    return boardLoginPage();
  }

  @Public()
  @Post('login')
  async login(@Body() body: unknown, @Req() request: RequestWithId, @Res() response: Response) {
    const { username, password } = (body ?? {}) as Record<string, unknown>;
    const name = typeof username === 'string' ? username.slice(0, 100) : '';
    response.setHeader('Cache-Control', 'no-store');
    try {
      if (typeof password !== 'string' || name === '' || password === '') {
        throw new DomainError('INVALID_CREDENTIALS');
      }
      const requestId = String(request.id ?? '');
      const user: User = await this.auth.validateCredentials(name, password, request.ip, requestId);
      const ctx = await this.contexts.forUser(user.id, requestId);
      if (!ctx?.isSystemAdmin || user.mustChangePassword) throw DomainError.forbidden();
      const tokens = await this.auth.login(user, requestId, request.ip);
      setBoardCookie(response, this.config, tokens.accessToken);
      response.redirect(303, QUEUE_BOARD_PATH);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const status = error.code === 'TOO_MANY_LOGIN_ATTEMPTS' ? 429 : error.code === 'FORBIDDEN' ? 403 : 401;
      response
        .status(status)
        .type('html')
        .send(boardLoginPage({ error: REFUSALS[status], username: name }));
    }
  }

  /** Ends the board's session (the server-side session too, so the cookie's token is dead). */
  @Post('logout')
  @HttpCode(303)
  async logout(
    @Ctx() ctx: RequestContext,
    @Req() request: Request & AuthenticatedRequestState,
    @Res() response: Response,
  ) {
    await this.auth.logout(ctx, String(request.sessionId ?? ''));
    clearBoardCookie(response, this.config);
    response.redirect(303, BOARD_LOGIN_PATH);
  }
}
