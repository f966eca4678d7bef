import { CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { IntColumn } from './columns';

/** Every entity has a server-chosen uuid and timestamps; clients never choose ids. */
export abstract class BaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * A record that changes after its creation: `version` is its optimistic-concurrency counter, which
 * every guarded update (the lifecycle and history engines) checks and raises.
 */
export abstract class VersionedEntity extends BaseEntity {
  @IntColumn({ default: 1 })
  version: number;
}
