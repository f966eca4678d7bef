import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { bilingualDetail, DomainError, isUniqueViolation, Transaction } from '@app/platform';
import { AgencyMergeRegistry, AgencyTransfer, AgencyTransferSection } from '@app/organization';
import { Document, DOCUMENT_HISTORY, DocumentCodeAlias } from './document.entity';
import { DOCUMENT_CODE_PATTERN } from './dto/document.dto';

/** Tables of the documents lib whose rows follow their document to another agency. */
const FOLLOWING = [
  'document_versions',
  'document_files',
  'acknowledgements',
  'document_periodic_reviews',
  'document_code_aliases',
];

export interface DocumentTransferItem {
  documentId: string;
  code: string;
  newCode: string;
  title: string;
  status: string;
  intoAgencyId: string;
  /** The receiving agency already has a document with this code. */
  codeCollides: boolean;
}

/**
 * A merged (or dissolved) agency's documents, with their versions, files, acknowledgements,
 * reviews and approval history, go to the receiving agency. Two communes built from one
 * template share codes (QT-HCTP-01), so each document gets a new code: by default the merged
 * agency's code before its own (`<agency code>-QT-HCTP-01`), or the one the caller's mapping
 * gives. The old code stays as an alias the register's search still finds. Nothing is moved
 * while any new code is invalid or taken: the plan lists each problem.
 */
@Injectable()
export class DocumentTransfer implements OnModuleInit {
  constructor(private readonly registry: AgencyMergeRegistry) {}

  onModuleInit(): void {
    this.registry.registerPlanner('documents', (manager, transfer) => this.plan(manager, transfer));
    this.registry.register('documents', (_manager, _from, _into, transfer, tx) => this.apply(tx, transfer));
  }

  async plan(manager: EntityManager, transfer: AgencyTransfer): Promise<AgencyTransferSection> {
    const documents = await manager.query<{ id: string; code: string; title: string; status: string }[]>(
      'SELECT id, code, title, status FROM documents WHERE agency_id = $1 ORDER BY lower(code), id',
      [transfer.fromAgencyId],
    );
    const problems: AgencyTransferSection['problems'] = [];
    const byId = new Map(documents.map((d) => [d.id, d]));
    for (const documentId of transfer.documentTargets.keys()) {
      if (!byId.has(documentId)) {
        problems.push(
          bilingualDetail(
            'documents',
            `${documentId} không phải là tài liệu của cơ quan bị giải thể`,
            `${documentId} is not a document of the agency`,
          ),
        );
      }
    }
    const codes = new Set(documents.map((d) => d.code.toLowerCase()));
    for (const from of transfer.codeMapping.keys()) {
      if (!codes.has(from.toLowerCase())) {
        problems.push(
          bilingualDetail(
            'codeMapping',
            `Cơ quan không có tài liệu mã ${from}`,
            `the agency has no document with code ${from}`,
          ),
        );
      }
    }
    const mapping = new Map([...transfer.codeMapping].map(([from, to]) => [from.toLowerCase(), to]));
    const targets = [...new Set([transfer.intoAgencyId, ...transfer.documentTargets.values()])];
    const taken = await manager.query<{ agency_id: string; code: string }[]>(
      'SELECT agency_id, lower(code) AS code FROM documents WHERE agency_id = ANY($1::uuid[])',
      [targets],
    );
    const takenCodes = new Set(taken.map((r) => `${r.agency_id}:${r.code}`));
    const claimed = new Map<string, string>();
    const items: DocumentTransferItem[] = documents.map((d) => {
      const intoAgencyId = transfer.documentTargets.get(d.id) ?? transfer.intoAgencyId;
      const newCode = (mapping.get(d.code.toLowerCase()) ?? `${transfer.fromAgencyCode}-${d.code}`).normalize(
        'NFC',
      );
      const key = `${intoAgencyId}:${newCode.toLowerCase()}`;
      if (!DOCUMENT_CODE_PATTERN.test(newCode)) {
        problems.push(
          bilingualDetail(
            'codeMapping',
            `${d.code} → ${newCode}: mã không hợp lệ (chữ, số và . _ / -, tối đa 60 ký tự); hãy nêu mã mới trong codeMapping`,
            `${d.code} → ${newCode}: not a valid code (letters, digits and . _ / -, at most 60); give its new code in codeMapping`,
          ),
        );
      } else if (takenCodes.has(key)) {
        problems.push(
          bilingualDetail(
            'codeMapping',
            `${d.code} → ${newCode}: mã đã được một tài liệu của cơ quan nhận sử dụng`,
            `${d.code} → ${newCode}: the code is already used by a document of the receiving agency`,
          ),
        );
      } else if (claimed.has(key)) {
        problems.push(
          bilingualDetail(
            'codeMapping',
            `${d.code} → ${newCode}: trùng với mã mới của ${claimed.get(key)}`,
            `${d.code} → ${newCode}: the same new code as ${claimed.get(key)}`,
          ),
        );
      }
      claimed.set(key, d.code);
      return {
        documentId: d.id,
        code: d.code,
        newCode,
        title: d.title,
        status: d.status,
        intoAgencyId,
        codeCollides: takenCodes.has(`${intoAgencyId}:${d.code.toLowerCase()}`),
      };
    });
    // records of other libs about a document sent elsewhere (its approvals, its deadlines) follow it
    const elsewhere = items.filter((i) => i.intoAgencyId !== transfer.intoAgencyId);
    if (elsewhere.length > 0) {
      const versions = await manager.query<{ id: string; document_id: string }[]>(
        'SELECT id, document_id FROM document_versions WHERE document_id = ANY($1::uuid[])',
        [elsewhere.map((i) => i.documentId)],
      );
      for (const item of elsewhere) transfer.recordTargets.set(item.documentId, item.intoAgencyId);
      for (const v of versions)
        transfer.recordTargets.set(
          v.id,
          transfer.documentTargets.get(v.document_id) ?? transfer.intoAgencyId,
        );
    }
    return { items: items as unknown as Record<string, unknown>[], problems };
  }

  private async apply(tx: Transaction, transfer: AgencyTransfer): Promise<void> {
    // the same plan the caller saw, computed again under the merge's locks
    const { items, problems } = await this.plan(tx.manager, transfer);
    if (problems.length > 0) {
      throw new DomainError('AGENCY_MERGE_INVALID', { reason: problems[0].message }, problems);
    }
    for (const item of items as unknown as DocumentTransferItem[]) {
      const document = await tx.manager
        .getRepository(Document)
        .findOne({ where: { id: item.documentId }, lock: { mode: 'pessimistic_write' } });
      if (!document) continue;
      if (item.newCode !== document.code) {
        await tx.manager.insert(DocumentCodeAlias, {
          documentId: document.id,
          agencyId: item.intoAgencyId,
          code: document.code,
          formerAgencyId: transfer.fromAgencyId,
          reason: transfer.reason,
        });
      }
      try {
        await DOCUMENT_HISTORY.update(
          tx,
          document,
          { code: item.newCode, agencyId: item.intoAgencyId },
          {
            action: transfer.kind,
            reason: transfer.reason,
            agencyId: item.intoAgencyId,
            data: { fromAgencyId: transfer.fromAgencyId },
          },
        );
      } catch (error) {
        // a document created meanwhile under the same code in the receiving agency
        if (isUniqueViolation(error, 'documents_agency_code'))
          throw new DomainError('DUPLICATE', { resource: 'document', field: 'code', value: item.newCode });
        throw error;
      }
    }
    for (const table of FOLLOWING) {
      await tx.manager.query(
        `UPDATE ${table} t SET agency_id = d.agency_id FROM documents d
          WHERE t.document_id = d.id AND t.agency_id = $1 AND d.agency_id <> $1`,
        [transfer.fromAgencyId],
      );
    }
  }
}
