import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, RequestContext } from '@app/platform';
import { NOTICE_KIND_NAMES, NOTICE_KINDS, NoticeKind } from './notice-kinds';
import { NotificationPreferencesDto, NotificationPreferencesView } from './notices.dto';

/** Each user's own muted kinds: nobody reads or changes another user's. */
@Injectable()
export class NotificationPreferencesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(ctx: RequestContext): Promise<NotificationPreferencesView> {
    const [row] = await this.dataSource.query<
      { muted_kinds: NoticeKind[]; email_muted_kinds: NoticeKind[]; version: number }[]
    >('SELECT muted_kinds, email_muted_kinds, version FROM notification_preferences WHERE user_id = $1', [
      userOf(ctx),
    ]);
    return view(row?.muted_kinds ?? [], row?.email_muted_kinds ?? [], row?.version ?? 0);
  }

  /** Replaces the caller's muted kinds (version 0: none saved yet). A stale version is a 409. */
  async put(
    ctx: RequestContext,
    dto: NotificationPreferencesDto,
    expected?: number,
  ): Promise<NotificationPreferencesView> {
    const version = expected ?? dto.version;
    const muted = [...new Set(dto.mutedKinds)];
    const emailMuted = [...new Set(dto.emailMutedKinds ?? [])];
    const saved = await this.dataSource.transaction(async (manager) => {
      const [current] = await manager.query<{ version: number }[]>(
        'SELECT version FROM notification_preferences WHERE user_id = $1 FOR UPDATE',
        [userOf(ctx)],
      );
      if (version !== undefined && version !== (current?.version ?? 0))
        throw new DomainError('STALE_VERSION', { current: current?.version ?? 0 });
      const [row] = await manager.query<{ version: number }[]>(
        `INSERT INTO notification_preferences AS p (user_id, muted_kinds, email_muted_kinds)
         VALUES ($1, $2::text[], $3::text[])
         ON CONFLICT (user_id) DO UPDATE
           SET muted_kinds = excluded.muted_kinds, email_muted_kinds = excluded.email_muted_kinds,
               version = p.version + 1, updated_at = now()
         RETURNING version`,
        [userOf(ctx), muted, emailMuted],
      );
      return row.version;
    });
    return view(muted, emailMuted, saved);
  }
}

function view(muted: NoticeKind[], emailMuted: NoticeKind[], version: number): NotificationPreferencesView {
  return {
    mutedKinds: muted,
    emailMutedKinds: emailMuted,
    version,
    kinds: NOTICE_KIND_NAMES.map((kind) => ({ kind, description: NOTICE_KINDS[kind] })),
  };
}

function userOf(ctx: RequestContext): string {
  if (!ctx.userId) throw DomainError.forbidden();
  return ctx.userId;
}
