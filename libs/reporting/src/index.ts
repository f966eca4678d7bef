/*
 * The read-model lib: the one place allowed to join several libraries' tables. It reads, never
 * writes, and imports no domain lib (domain libs and apps import it), so its SQL can also be
 * imported verbatim by the benchmark.
 */
export * from './coverage';
export * from './province-dashboard';
export * from './province-dashboard.sql';
export * from './people';
export * from './session-user.sql';
export * from './oversight-registers';
export * from './document-changes';
export * from './qms';
export * from './work-notices';
export * from './user-names';
export * from './agency-archive';
