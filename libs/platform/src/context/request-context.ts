import { Role } from './roles';

export interface Membership {
  agencyId: string;
  roles: Role[];
}

export interface Actor {
  id: string;
  username: string;
  fullName: string;
}

/**
 * Who is acting and in which agencies: the first argument of every service method.
 * Built once per request from the caller's memberships; queries are scoped through it.
 */
export class RequestContext {
  private readonly rolesByAgency: Map<string, Set<Role>>;
  private readonly oversightScope: Set<string>;

  constructor(
    readonly actor: Actor | null,
    readonly memberships: Membership[],
    /** Agencies under the caller's OVERSIGHT memberships (the province agencies themselves included). */
    oversightAgencyIds: string[] = [],
    readonly requestId = '',
    /**
     * Agencies merged or dissolved into one the caller is a member of: their records now belong to
     * the caller's agency, and their history (audit entries written before the merger) is read there.
     */
    formerAgencyIds: string[] = [],
    /**
     * Agencies sharing a quality system with one the caller is a member of, when the context was
     * read with them (the session's statement); undefined: not known, ask the quality systems.
     */
    readonly sharedAgencyIds?: string[],
    /**
     * The search regions (agencies.search_region) of every agency the caller reads or shares a
     * quality system with, when the context was read with them (the session's statement);
     * undefined: not known, a search asks for them.
     */
    readonly searchRegions?: string[],
  ) {
    this.rolesByAgency = new Map(memberships.map((m) => [m.agencyId, new Set(m.roles)]));
    this.oversightScope = new Set(oversightAgencyIds);
    this.formerAgencies = new Set(formerAgencyIds);
  }

  private readonly formerAgencies: Set<string>;

  /** The context of the system itself (seed, migrations, jobs): no scoping. */
  static system(requestId = 'system'): RequestContext {
    return new RequestContext(null, [], [], requestId);
  }

  get isSystem(): boolean {
    return this.actor === null;
  }

  get userId(): string | null {
    return this.actor?.id ?? null;
  }

  get isSystemAdmin(): boolean {
    return this.isSystem || this.memberships.some((m) => m.roles.includes('SYSTEM_ADMIN'));
  }

  hasRole(agencyId: string, ...roles: Role[]): boolean {
    const held = this.rolesByAgency.get(agencyId);
    return held !== undefined && roles.some((r) => held.has(r));
  }

  /** Agencies where the caller holds one of the roles. */
  agenciesWithRole(...roles: Role[]): string[] {
    return this.memberships.filter((m) => roles.some((r) => m.roles.includes(r))).map((m) => m.agencyId);
  }

  isMemberOf(agencyId: string): boolean {
    return this.rolesByAgency.has(agencyId);
  }

  /** May the caller read this agency's non-public data? */
  canRead(agencyId: string): boolean {
    return (
      this.isSystemAdmin ||
      this.isMemberOf(agencyId) ||
      this.oversightScope.has(agencyId) ||
      this.formerAgencies.has(agencyId)
    );
  }

  /** Agency ids the caller may read, or 'ALL' for administrators. Queries filter with it. */
  readableAgencyIds(): string[] | 'ALL' {
    if (this.isSystemAdmin) return 'ALL';
    return [...new Set([...this.rolesByAgency.keys(), ...this.oversightScope, ...this.formerAgencies])];
  }

  get hasOversight(): boolean {
    return this.oversightScope.size > 0;
  }
}
