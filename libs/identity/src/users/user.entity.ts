import { Column, Entity } from 'typeorm';
import { BaseEntity, TextColumn, IntColumn, BoolColumn, defineHistory } from '@app/platform';

@Entity('users')
export class User extends BaseEntity {
  /** citext: `Admin` and `admin` are the same user. */
  @Column({ type: 'citext', unique: true })
  username: string;

  @TextColumn({ select: false })
  passwordHash: string;

  @TextColumn()
  fullName: string;

  @TextColumn({ nullable: true })
  email: string | null;

  /** The one system-wide role; every other role is held per agency through a membership. */
  @BoolColumn({ default: false })
  isSystemAdmin: boolean;

  @BoolColumn({ default: true })
  isActive: boolean;

  /** Set by an administrator's password reset: until the user picks their own, only /me, /me/password and logout answer. */
  @BoolColumn({ default: false })
  mustChangePassword: boolean;

  @IntColumn({ default: 1 })
  version: number;
}

/** Edits of an account (name, e-mail, activation); sign-ins and passwords are SecurityEvents. */
export const USER_HISTORY = defineHistory<User>({ subject: 'user', entity: () => User });
