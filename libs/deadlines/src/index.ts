export * from './deadlines.errors';
import { Deadline } from './deadline.entity';
import {
  DeadlineReminder,
  EmailDelivery,
  Notification,
  NotificationPreference,
  ReminderPolicy,
} from './reminders/reminder.entities';

export * from './administrator-alerts';
export * from './deadline.entity';
export * from './deadline-transitions';
export * from './deadlines.module';
export * from './deadlines.service';
export * from './dto/list-deadlines.query';
export * from './dto/notification.dto';
export * from './email-sender';
export * from './notifications.service';
export * from './notices/notice-kinds';
export * from './notices/work-notifier';
export * from './notices/notification-preferences.service';
export * from './notices/email-deliveries.service';
export * from './notices/notices.dto';
export * from './periodic-obligations';
export * from './secretary-deadline';
export * from './reminders/cadence';
export * from './reminders/reminder.entities';
export * from './reminders/reminder-policies.service';
export * from './reminders/reminder-scheduler';
export * from './reminders/reminders.service';

export const DEADLINE_ENTITIES = [
  Deadline,
  ReminderPolicy,
  DeadlineReminder,
  Notification,
  EmailDelivery,
  NotificationPreference,
];
