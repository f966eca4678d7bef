import { Column, Entity } from 'typeorm';
import { BaseEntity, defineLifecycle, domainEvent } from '@app/platform';

export const DECLARATION_STATUSES = ['IN_FORCE', 'REDECLARATION_REQUIRED', 'SUPERSEDED'] as const;
export type DeclarationStatus = (typeof DECLARATION_STATUSES)[number];

/**
 * A declaration is in force until the QMS's scope changes (it then awaits re-declaration) and
 * is superseded by the next declaration of the same QMS.
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
        }),
    },
    // recorded with the declaration that replaces it (declaration.recorded)
    { from: 'REDECLARATION_REQUIRED', to: 'SUPERSEDED', action: 'supersede', emit: () => null },
  ],
});

/**
 * The head of agency's confirmation that the QMS is effective (xác nhận hiệu lực), the last
 * precondition of a declaration; each declaration relies on a confirmation of its own.
 */
@Entity('effectiveness_confirmations')
export class EffectivenessConfirmation extends BaseEntity {
  @Column({ name: 'quality_system_id', type: 'uuid' })
  qualitySystemId: string;

  /** The QMS's lead agency, whose head confirms. */
  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ name: 'confirmed_on', type: 'date' })
  confirmedOn: string;

  @Column({ type: 'text' })
  statement: string;

  @Column({ name: 'confirmed_by', type: 'uuid', nullable: true })
  confirmedBy: string | null;

  /** The declaration that relied on it, once one did. */
  @Column({ name: 'declaration_id', type: 'uuid', nullable: true })
  declarationId: string | null;
}

/** A conformity declaration (công bố HTQLCL phù hợp TCVN ISO 9001:2015) of a QMS. */
@Entity('declarations')
export class Declaration extends BaseEntity {
  @Column({ name: 'quality_system_id', type: 'uuid' })
  qualitySystemId: string;

  /** The QMS's lead agency, whose head signs the decision. */
  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  /** Every agency the QMS covered when it was declared (the declaration is published for each). */
  @Column({ name: 'agency_ids', type: 'uuid', array: true })
  agencyIds: string[];

  @Column({ name: 'decision_number', type: 'text' })
  decisionNumber: string;

  @Column({ name: 'decision_date', type: 'date' })
  decisionDate: string;

  @Column({ name: 'signer_name', type: 'text' })
  signerName: string;

  @Column({ name: 'signer_title', type: 'text' })
  signerTitle: string;

  @Column({ type: 'text' })
  scope: string;

  /** The administrative procedures (TTHC) the declared QMS covers. */
  @Column({ name: 'administrative_procedure_codes', type: 'text', array: true })
  administrativeProcedureCodes: string[];

  @Column({ name: 'confirmation_id', type: 'uuid' })
  confirmationId: string;

  /** The declaration this one re-declares. */
  @Column({ name: 'previous_id', type: 'uuid', nullable: true })
  previousId: string | null;

  @Column({ type: 'text', default: 'IN_FORCE' })
  status: DeclarationStatus;

  @Column({ name: 'redeclaration_required_at', type: 'timestamptz', nullable: true })
  redeclarationRequiredAt: Date | null;

  @Column({ name: 'redeclaration_reason', type: 'text', nullable: true })
  redeclarationReason: string | null;

  @Column({ name: 'superseded_by_id', type: 'uuid', nullable: true })
  supersededById: string | null;

  @Column({ name: 'superseded_at', type: 'timestamptz', nullable: true })
  supersededAt: Date | null;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;
}
