import { CodesOf, defineErrors } from '@app/platform';

/**
 * The error codes of deadlines (deadlines and notifications), with their status and messages, and the names
 * of its resources in messages. Registered when the lib is loaded (index.ts exports this file).
 */
export const DEADLINES_ERRORS = defineErrors('deadlines', {
  errors: {
    EMAIL_NOT_FAILED:
      '409 Chỉ gửi lại được thư điện tử đã thất bại (trạng thái hiện tại: {status}) | Only a failed e-mail can be retried (it is {status})',
  },
  resources: {
    deadline: 'thời hạn | Deadline',
    notification: 'thông báo | Notification',
    emailDelivery: 'thư điện tử | E-mail',
  },
});

declare module '@app/platform' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CodesOf<typeof DEADLINES_ERRORS> {}
}
