/**
 * The error mechanism: every lib declares its own codes (`<lib>.errors.ts`, exported from its
 * index.ts so that loading the lib registers them) with `defineErrors`, and adds them to the
 * type `ErrorCatalog` by declaration merging, so a DomainError's code stays type-checked:
 *
 *   export const CAPA_ERRORS = defineErrors('capa', {
 *     errors: { VERIFIER_IS_ACTION_OWNER: '403 Người kiểm tra … | The verifier … ' },
 *     resources: { nonconformity: 'điểm không phù hợp | Nonconformity' },
 *   });
 *   declare module '@app/platform' {
 *     interface ErrorCatalog extends CodesOf<typeof CAPA_ERRORS> {}
 *   }
 *
 * The exception filter reads the registry; a code nobody registered answers 500 and is logged.
 */

/** An error code's HTTP status and its message in Vietnamese (the default) and English. */
export interface ErrorEntry {
  readonly status: number;
  readonly vi: string;
  readonly en: string;
}

/** The name of a resource or a state in messages, by language. */
export interface Label {
  readonly vi: string;
  readonly en: string;
}

/**
 * A code on one line: `'<status> <Vietnamese> | <English>'`; the template type makes the
 * compiler refuse a line without a status or without both languages.
 */
export type ErrorLine = `${number} ${string} | ${string}`;

/** A label on one line: `'<Vietnamese> | <English>'`. */
export type LabelLine = `${string} | ${string}`;

export interface ErrorDeclarations<E extends Record<string, ErrorEntry | ErrorLine>> {
  /** Codes and their messages; `{name}` placeholders are filled from the error's params. */
  readonly errors: E;
  /** Names of the lib's resources, for `{resource}` (e.g. NOT_FOUND). */
  readonly resources?: Record<string, Label | LabelLine>;
  /** Names of the states of the lib's lifecycles, for `{state}` (STATE_CONFLICT). */
  readonly states?: Record<string, Label | LabelLine>;
}

export interface DefinedErrors<E extends Record<string, ErrorEntry | ErrorLine>>
  extends ErrorDeclarations<E> {
  readonly owner: string;
}

/** Every code the type checker accepts; platform and each lib extend it (see above). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ErrorCatalog {}

export type ErrorCode = Extract<keyof ErrorCatalog, string>;

/** The codes of a `defineErrors` result, in the form `ErrorCatalog` extends. */
export type CodesOf<D extends DefinedErrors<Record<string, ErrorEntry | ErrorLine>>> = {
  readonly [C in keyof D['errors']]: ErrorEntry;
};

export interface RegisteredError extends ErrorEntry {
  readonly code: string;
  readonly owner: string;
}

const errors = new Map<string, RegisteredError>();
const resources = new Map<string, Label & { owner: string }>();
const states = new Map<string, Label & { owner: string }>();

/** Splits `'<vi> | <en>'`; the one-line forms are checked again at load time. */
function labelOf(kind: string, key: string, label: Label | LabelLine): Label {
  if (typeof label !== 'string') return label;
  const at = label.lastIndexOf(' | ');
  if (at < 0) throw new Error(`${kind} ${key}: expected '<Vietnamese> | <English>'`);
  return { vi: label.slice(0, at), en: label.slice(at + 3) };
}

function entryOf(code: string, entry: ErrorEntry | ErrorLine): ErrorEntry {
  if (typeof entry !== 'string') return entry;
  const status = /^(\d{3}) /.exec(entry);
  if (!status) throw new Error(`error code ${code}: expected '<status> <Vietnamese> | <English>'`);
  return { status: Number(status[1]), ...labelOf('error code', code, entry.slice(4) as LabelLine) };
}

function claim(
  kind: string,
  map: Map<string, Label & { owner: string }>,
  owner: string,
  labels: Record<string, Label | LabelLine> = {},
): void {
  for (const [key, label] of Object.entries(labels)) {
    const held = map.get(key);
    if (held && held.owner !== owner)
      throw new Error(`${kind} ${key} of ${owner} is already ${held.owner}'s`);
    map.set(key, { ...labelOf(kind, key, label), owner });
  }
}

/**
 * Registers a lib's codes, resource names and state names; a code, resource or state belongs
 * to one lib only (a second owner fails at load time). Registering the same owner again (a
 * module loaded twice) replaces its entries.
 */
export function defineErrors<const E extends Record<string, ErrorEntry | ErrorLine>>(
  owner: string,
  declarations: ErrorDeclarations<E>,
): DefinedErrors<E> {
  for (const [code, line] of Object.entries(declarations.errors)) {
    const held = errors.get(code);
    if (held && held.owner !== owner)
      throw new Error(`error code ${code} of ${owner} is already ${held.owner}'s`);
    const entry = entryOf(code, line);
    errors.set(code, { code, owner, status: entry.status, vi: entry.vi, en: entry.en });
  }
  claim('resource', resources, owner, declarations.resources);
  claim('state', states, owner, declarations.states);
  return { owner, ...declarations };
}

/** The registered entry of a code, or undefined when no loaded lib declares it. */
export function errorEntry(code: string): RegisteredError | undefined {
  return errors.get(code);
}

/** The HTTP status of a code (500 for a code no loaded lib declares). */
export function errorStatus(code: string): number {
  return errors.get(code)?.status ?? 500;
}

export function resourceLabel(resource: string): Label | undefined {
  return resources.get(resource);
}

export function stateLabel(state: string): Label | undefined {
  return states.get(state);
}

/** Every registered code, by owner then code (for the generated docs/errors.md). */
export function registeredErrors(): RegisteredError[] {
  return [...errors.values()].sort((a, b) => a.owner.localeCompare(b.owner) || a.code.localeCompare(b.code));
}

const stateConflicts = new Set<string>();

/** The code a client sees for an action refused in a state: `approvalRequest`, `APPROVED` → APPROVAL_REQUEST_IS_APPROVED. */
export function stateConflictCode(resource: string, state: string): string {
  return `${resource.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}_IS_${state}`;
}

/**
 * Declares the state-conflict codes a resource can answer, one per state: every lifecycle
 * declares its states when defined, so the OpenAPI document lists them as the `StateConflictCode`
 * enum (a client can switch on them). A lib that refuses in a state of no lifecycle declares it here.
 */
export function declareStateConflicts(resource: string, states: readonly string[]): void {
  for (const state of states) stateConflicts.add(stateConflictCode(resource, state));
}

/** Every declared `<RESOURCE>_IS_<STATE>` code, sorted. */
export function registeredStateConflicts(): string[] {
  return [...stateConflicts].sort();
}
