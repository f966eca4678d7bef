import { timingSafeEqual } from 'node:crypto';
import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AppConfig, DomainError } from '@app/platform';
import { Public } from '@app/identity';
import { MetricsService } from './metrics.service';

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

/**
 * GET /metrics for Prometheus. With METRICS_TOKEN set, the scraper sends it as a bearer token
 * (401 without one, 403 with another); without it, only a direct loopback client may scrape
 * (a request relayed by a proxy, carrying X-Forwarded-For or Forwarded, is refused).
 */
@ApiExcludeController()
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    private readonly config: AppConfig,
  ) {}

  @Get()
  async scrape(@Req() request: Request, @Res() response: Response) {
    this.authorize(request);
    response.setHeader('Content-Type', this.metrics.registry.contentType);
    response.setHeader('Cache-Control', 'no-store');
    response.send(await this.metrics.registry.metrics());
  }

  private authorize(request: Request): void {
    const token = this.config.METRICS_TOKEN;
    if (token !== '') {
      const given = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
      if (given === undefined) throw new DomainError('UNAUTHENTICATED');
      const a = Buffer.from(given);
      const b = Buffer.from(token);
      if (a.length !== b.length || !timingSafeEqual(a, b)) throw DomainError.forbidden();
      return;
    }
    const relayed =
      request.headers['x-forwarded-for'] !== undefined || request.headers.forwarded !== undefined;
    if (relayed || !LOOPBACK.test(request.socket.remoteAddress ?? '')) throw DomainError.forbidden();
  }
}
