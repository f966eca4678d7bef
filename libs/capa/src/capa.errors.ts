import { CodesOf, defineErrors } from '@app/platform';

/**
 * The error codes of capa (nonconformities and corrective actions), with their status and messages, and the names
 * of its resources and states in messages. Registered when the lib is loaded (index.ts exports this file).
 */
export const CAPA_ERRORS = defineErrors('capa', {
  errors: {
    VERIFIER_IS_ACTION_OWNER:
      '403 Người kiểm tra hiệu lực không được là người thực hiện hành động khắc phục | The verifier of effectiveness may not own one of the corrective actions',
  },
  resources: {
    nonconformity: 'điểm không phù hợp | Nonconformity',
    correctiveAction: 'hành động khắc phục | Corrective action',
    evidenceFile: 'tệp bằng chứng | Evidence file',
  },
  states: {
    OPEN: 'Mới ghi nhận | open',
    ANALYSED: 'Đã phân tích nguyên nhân | analysed',
    ACTION_PLANNED: 'Đã lập kế hoạch hành động | action planned',
    IMPLEMENTED: 'Đã thực hiện hành động | implemented',
    VERIFIED: 'Đã kiểm tra hiệu lực | verified',
    CLOSED: 'Đã đóng | closed',
    PLANNED: 'Đã lập kế hoạch | planned',
    DONE: 'Đã hoàn thành | done',
  },
});

declare module '@app/platform' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CodesOf<typeof CAPA_ERRORS> {}
}
