import { EntityManager } from 'typeorm';
import { ImportedDocuments, ImportedHistoryEvent } from '@app/documents';
import { AppConfig, DomainError } from '@app/platform';
import { ObjectStorage } from '@app/storage';
import { Archive, ArchiveLimits } from './archive';
import { checkRegister, CheckResult } from './check';
import { assertRowLimit, readRegister } from './register';

/** Limits of an import: the archive's size, what it may unpack to, and its rows. */
export const IMPORT_LIMITS = {
  /** An agency's whole QMS with scans: streamed to storage, never held in memory. */
  maxArchiveBytes: 8 * 1024 * 1024 * 1024,
  maxRows: 20_000,
  archive: {
    maxEntries: 50_000,
    maxUncompressedBytes: 16 * 1024 * 1024 * 1024,
    maxExpansionRatio: 20,
  } satisfies ArchiveLimits,
  /** manifest.json and history/documents.json */
  maxJsonBytes: 64 * 1024 * 1024,
};

const REGISTER_NAMES = ['register.xlsx', 'register.csv'];

export interface ArchiveObject {
  key: string;
  size: number;
  /** The register sent beside the archive, if any. */
  register: { name: string; bytes: Buffer } | null;
}

/** Opens an archive in storage, reads its register (and manifest, history) and checks every row. */
export async function planImport(
  storage: ObjectStorage,
  documents: ImportedDocuments,
  manager: EntityManager,
  config: AppConfig,
  agencyId: string,
  today: string,
  object: ArchiveObject,
  sniffFiles = true,
): Promise<CheckResult & { archive: Archive; registerName: string }> {
  const archive = await Archive.open(storage, object.key, object.size, IMPORT_LIMITS.archive);
  let register = object.register;
  if (!register) {
    const name = REGISTER_NAMES.find((n) => archive.find(n));
    if (!name) throw new DomainError('IMPORT_REGISTER_MISSING');
    register = { name, bytes: await archive.read(archive.find(name)!, 20 * 1024 * 1024) };
  }
  const rows = await readRegister(register.bytes);
  assertRowLimit(rows, IMPORT_LIMITS.maxRows);
  const checksums = new Map<string, string>();
  const manifestEntry = archive.find('manifest.json');
  if (manifestEntry) {
    const manifest = parseJson<{ files?: { path?: unknown; sha256?: unknown }[] }>(
      await archive.read(manifestEntry, IMPORT_LIMITS.maxJsonBytes),
      'manifest.json',
    );
    for (const file of manifest.files ?? []) {
      const entry = typeof file.path === 'string' ? archive.find(file.path) : undefined;
      if (entry && typeof file.sha256 === 'string') checksums.set(entry.name, file.sha256.toLowerCase());
    }
  }
  const history = new Map<string, ImportedHistoryEvent[]>();
  const historyEntry = archive.find('history/documents.json');
  if (historyEntry) {
    const kept = parseJson<
      { code?: unknown; revision?: unknown; events?: Partial<ImportedHistoryEvent>[] }[]
    >(await archive.read(historyEntry, IMPORT_LIMITS.maxJsonBytes), 'history/documents.json');
    for (const item of Array.isArray(kept) ? kept : []) {
      if (!Array.isArray(item.events)) continue;
      history.set(
        `${String(item.code)}#${String(item.revision)}`,
        item.events.map((e) => ({
          at: typeof e.at === 'string' ? e.at : null,
          action: String(e.action ?? ''),
          actorName: typeof e.actorName === 'string' ? e.actorName : null,
          comment: typeof e.comment === 'string' ? e.comment : null,
        })),
      );
    }
  }
  const result = await checkRegister({
    rows,
    archive,
    existing: await documents.existingCodes(manager, agencyId),
    today,
    maxFileBytes: config.UPLOAD_MAX_BYTES,
    checksums,
    history,
    sniffFiles,
  });
  return { ...result, archive, registerName: register.name };
}

function parseJson<T>(bytes: Buffer, name: string): T {
  try {
    return JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, '')) as T;
  } catch {
    throw new DomainError('IMPORT_ARCHIVE_INVALID', { reason: `${name} is not valid JSON` });
  }
}
