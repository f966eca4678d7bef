import { Entity } from 'typeorm';
import {
  Pg,
  defineHistory,
  defineLifecycle,
  domainEvent,
  AgencyPart,
  VersionedAgencyPart,
} from '@app/platform';

export const DECLARATION_STATUSES = ['IN_FORCE', 'REDECLARATION_REQUIRED', 'SUPERSEDED', 'LAPSED'] as const;
export type DeclarationStatus = (typeof DECLARATION_STATUSES)[number];

/**
 * A declaration is in force until the QMS's scope changes (it then awaits re-declaration) and
 * is superseded by the next declaration of the same QMS. It lapses when its QMS is suspended:
 * no longer in force, and a new declaration is needed once the QMS is applied again.
 */
export const DECLARATION_LIFECYCLE = defineLifecycle<DeclarationStatus, Declaration>({
  subject: 'declaration',
  entity: () => Declaration,
  states: DECLARATION_STATUSES,
  initial: ['IN_FORCE'],
  transitions: [
    {
      from: 'IN_FORCE',
      to: 'REDECLARATION_REQUIRED',
      action: 'requireRedeclaration',
      emit: ({ subject }) =>
        domainEvent('declaration.redeclarationRequired', {
          declarationId: subject.id,
          qualitySystemId: subject.qualitySystemId,
          agencyIds: subject.agencyIds,
        }),
    },
    // recorded with the declaration that replaces it (declaration.recorded)
    { from: 'REDECLARATION_REQUIRED', to: 'SUPERSEDED', action: 'supersede', emit: () => null },
    {
      from: ['IN_FORCE', 'REDECLARATION_REQUIRED'],
      to: 'LAPSED',
      action: 'lapse',
      emit: ({ subject }) =>
        domainEvent('declaration.lapsed', {
          declarationId: subject.id,
          qualitySystemId: subject.qualitySystemId,
          agencyIds: subject.agencyIds,
        }),
    },
  ],
});

/** A confirmation is recorded once (action 'confirm', RECORDED) and never edited. */
export const CONFIRMATION_HISTORY = defineHistory<EffectivenessConfirmation>({
  subject: 'effectivenessConfirmation',
  entity: () => EffectivenessConfirmation,
  createAction: 'confirm',
});

/**
 * The head of agency's confirmation that the QMS is effective (xác nhận hiệu lực), the last
 * precondition of a declaration; each declaration relies on a confirmation of its own.
 */
@Entity('effectiveness_confirmations')
export class EffectivenessConfirmation extends AgencyPart {
  @Pg.uuid()
  qualitySystemId: string;

  /** The QMS's lead agency, whose head confirms. */

  @Pg.date()
  confirmedOn: string;

  @Pg.text()
  statement: string;

  @Pg.uuid({ nullable: true })
  confirmedBy: string | null;

  /** The declaration that relied on it, once one did. */
  @Pg.uuid({ nullable: true })
  declarationId: string | null;
}

/** A conformity declaration (công bố HTQLCL phù hợp TCVN ISO 9001:2015) of a QMS. */
@Entity('declarations')
export class Declaration extends VersionedAgencyPart {
  @Pg.uuid()
  qualitySystemId: string;

  /** The QMS's lead agency, whose head signs the decision. */

  /** Every agency the QMS covered when it was declared (the declaration is published for each). */
  @Pg.uuid({ array: true })
  agencyIds: string[];

  @Pg.text()
  decisionNumber: string;

  @Pg.date()
  decisionDate: string;

  @Pg.text()
  signerName: string;

  @Pg.text()
  signerTitle: string;

  @Pg.text()
  scope: string;

  /** The administrative procedures (TTHC) the declared QMS covers. */
  @Pg.text({ array: true })
  administrativeProcedureCodes: string[];

  @Pg.uuid()
  confirmationId: string;

  /** The declaration this one re-declares. */
  @Pg.uuid({ nullable: true })
  previousId: string | null;

  @Pg.text({ default: 'IN_FORCE' })
  status: DeclarationStatus;

  @Pg.timestamptz({ nullable: true })
  redeclarationRequiredAt: Date | null;

  @Pg.text({ nullable: true })
  redeclarationReason: string | null;

  @Pg.uuid({ nullable: true })
  supersededById: string | null;

  @Pg.timestamptz({ nullable: true })
  supersededAt: Date | null;

  /** When its QMS was suspended and it stopped being in force (LAPSED). */
  @Pg.timestamptz({ nullable: true })
  lapsedAt: Date | null;

  @Pg.uuid({ nullable: true })
  recordedBy: string | null;
}
