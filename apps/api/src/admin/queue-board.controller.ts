import { All, Controller, Next, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { NextFunction, Request, Response, Router } from 'express';
import { Ctx, DomainError, JobQueue, QueueName, RequestContext } from '@app/platform';

export const QUEUE_BOARD_PATH = '/admin/queues';

/**
 * Bull Board (queues, delayed, failed and completed jobs, retry by hand) for system
 * administrators. It sits behind the global JWT guard like every other route, so a caller
 * without a bearer token gets the usual 401 and anyone else but an administrator a 403; a
 * browser signs in at /admin/login and sends its token in a cookie (board-session.ts).
 */
@ApiExcludeController()
@Controller('admin/queues')
export class QueueBoardController {
  private readonly router: Router;

  constructor(jobs: JobQueue) {
    const adapter = new ExpressAdapter();
    adapter.setBasePath(QUEUE_BOARD_PATH);
    createBullBoard({
      queues: Object.values(QueueName).map((name) => new BullMQAdapter(jobs.queue(name))),
      serverAdapter: adapter,
    });
    this.router = adapter.getRouter() as Router;
  }

  @All(['', '*path'])
  serve(
    @Ctx() ctx: RequestContext,
    @Req() request: Request,
    @Res() response: Response,
    @Next() next: NextFunction,
  ) {
    if (!ctx.isSystemAdmin) throw DomainError.forbidden();
    // the board's router expects paths relative to where it is mounted
    request.url = request.url.slice(QUEUE_BOARD_PATH.length) || '/';
    withoutWebFonts(response);
    this.router(request, response, next);
  }
}

/** Bull Board's page links Google Fonts; the API serves no resource from the internet (the UI falls back to system fonts). */
const WEB_FONTS = /<link[^>]+fonts\.(googleapis|gstatic)\.com[^>]*>\s*/g;

function withoutWebFonts(response: Response): void {
  const render = response.render.bind(response);
  const renderWithoutFonts = (view: string, options?: object) => {
    render(view, options ?? {}, (error: Error | null, html: string) => {
      if (error) {
        response.status(500).end();
        return;
      }
      response.type('html').send(html.replace(WEB_FONTS, ''));
    });
  };
  response.render = renderWithoutFonts;
}
