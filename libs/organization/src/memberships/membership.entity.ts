import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { Role } from '@app/platform';
import { Pg } from '@app/platform';

/** A user's roles in one agency. Keyed by (user, agency); replaced as a whole by an administrator. */
@Entity('memberships')
export class Membership {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Pg.text({ array: true })
  roles: Role[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
