import { defineErrors } from '@app/platform';

/**
 * The error codes of deadlines (deadlines and notifications), with their status and messages, and the names
 * of its resources in messages. Registered when the lib is loaded (index.ts exports this file).
 */
export const DEADLINES_ERRORS = defineErrors('deadlines', {
  errors: {},
  resources: {
    deadline: 'thời hạn | Deadline',
    notification: 'thông báo | Notification',
  },
});
