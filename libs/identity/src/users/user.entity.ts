import { Column, Entity } from 'typeorm';
import { BaseEntity } from '@app/platform';

@Entity('users')
export class User extends BaseEntity {
  /** citext: `Admin` and `admin` are the same user. */
  @Column({ type: 'citext', unique: true })
  username: string;

  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName: string;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  /** The one system-wide role; every other role is held per agency through a membership. */
  @Column({ name: 'is_system_admin', type: 'boolean', default: false })
  isSystemAdmin: boolean;

  @Column({ name: 'is_active', type: 'boolean', default: true })
  isActive: boolean;

  /** Set by an administrator's password reset: until the user picks their own, only /me, /me/password and logout answer. */
  @Column({ name: 'must_change_password', type: 'boolean', default: false })
  mustChangePassword: boolean;

  @Column({ type: 'int', default: 1 })
  version: number;
}
