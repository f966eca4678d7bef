import { Column, Entity } from 'typeorm';
import { Pg, BaseEntity, defineHistory } from '@app/platform';

@Entity('users')
export class User extends BaseEntity {
  /** citext: `Admin` and `admin` are the same user. */
  @Column({ type: 'citext', unique: true })
  username: string;

  @Pg.text({ select: false })
  passwordHash: string;

  @Pg.text()
  fullName: string;

  @Pg.text({ nullable: true })
  email: string | null;

  /** The one system-wide role; every other role is held per agency through a membership. */
  @Pg.boolean({ default: false })
  isSystemAdmin: boolean;

  @Pg.boolean({ default: true })
  isActive: boolean;

  /** Set by an administrator's password reset: until the user picks their own, only /me, /me/password and logout answer. */
  @Pg.boolean({ default: false })
  mustChangePassword: boolean;

  @Pg.int({ default: 1 })
  version: number;
}

/** Edits of an account (name, e-mail, activation); sign-ins and passwords are SecurityEvents. */
export const USER_HISTORY = defineHistory<User>({ subject: 'user', entity: () => User });
