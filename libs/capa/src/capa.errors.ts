import { CodesOf, defineErrors } from '@app/platform';

/**
 * The error codes of capa (nonconformities and corrective actions), with their status and messages, and the names
 * of its resources and states in messages. Registered when the lib is loaded (index.ts exports this file).
 */
export const CAPA_ERRORS = defineErrors('capa', {
  errors: {
    VERIFIER_IS_ACTION_OWNER: {
      status: 403,
      vi: 'Người kiểm tra hiệu lực không được là người thực hiện hành động khắc phục',
      en: 'The verifier of effectiveness may not own one of the corrective actions',
    },
  },
  resources: {
    nonconformity: { vi: 'điểm không phù hợp', en: 'Nonconformity' },
    correctiveAction: { vi: 'hành động khắc phục', en: 'Corrective action' },
  },
  states: {
    OPEN: { vi: 'Mới ghi nhận', en: 'open' },
    ANALYSED: { vi: 'Đã phân tích nguyên nhân', en: 'analysed' },
    ACTION_PLANNED: { vi: 'Đã lập kế hoạch hành động', en: 'action planned' },
    IMPLEMENTED: { vi: 'Đã thực hiện hành động', en: 'implemented' },
    VERIFIED: { vi: 'Đã kiểm tra hiệu lực', en: 'verified' },
    CLOSED: { vi: 'Đã đóng', en: 'closed' },
    PLANNED: { vi: 'Đã lập kế hoạch', en: 'planned' },
    DONE: { vi: 'Đã hoàn thành', en: 'done' },
  },
});

declare module '@app/platform' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CodesOf<typeof CAPA_ERRORS> {}
}
