import { CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Pg } from './columns';

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
  @Pg.int({ default: 1 })
  version: number;
}

/** Adds `agencyId`, the agency whose row it is: it scopes every query that reads the row. */
function ofAgency<B extends abstract new (...args: any[]) => BaseEntity>(base: B) {
  abstract class OfAgency extends base {
    @Pg.uuid()
    agencyId: string;
  }
  return OfAgency;
}

/** A row of one agency that is written once or replaced, not edited (a finding, a list item, a review). */
export abstract class AgencyPart extends ofAgency(BaseEntity) {}

/** A row of one agency that is edited in place, under its optimistic-concurrency `version`. */
export abstract class VersionedAgencyPart extends ofAgency(VersionedEntity) {}

/**
 * A record an agency keeps (a document, an audit, a risk, one of their parts): `agencyId` scopes
 * every query that reads it, `createdBy` is who made it (null when the system did).
 */
export abstract class AgencyRecord extends VersionedAgencyPart {
  @Pg.uuid({ nullable: true })
  createdBy: string | null;
}

/**
 * Something to be done that is recorded as done with a note: a corrective action, a risk's
 * treatment action, an action decided by a management review.
 */
export abstract class ActionRecord extends AgencyRecord {
  @Pg.text()
  description: string;

  @Pg.timestamptz({ nullable: true })
  completedAt: Date | null;

  @Pg.uuid({ nullable: true })
  completedBy: string | null;

  @Pg.text({ nullable: true })
  completionNote: string | null;
}

/** An action owned by one person and due on a date (a deadline of its owner), PLANNED until DONE. */
export abstract class OwnedAction<S extends string> extends ActionRecord {
  @Pg.uuid()
  ownerId: string;

  @Pg.date()
  dueDate: string;

  @Pg.text({ default: 'PLANNED' })
  status: S;
}
