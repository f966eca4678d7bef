import { Module } from '@nestjs/common';
import { OrganizationModule } from '@app/organization';
import { AdministratorAlerts } from './administrator-alerts';
import { DeadlinesService } from './deadlines.service';
import { EmailSender } from './email-sender';
import { NotificationsService } from './notifications.service';
import { EmailDeliveriesService } from './notices/email-deliveries.service';
import { NotificationPreferencesService } from './notices/notification-preferences.service';
import { WorkNotifier } from './notices/work-notifier';
import { PeriodicObligations } from './periodic-obligations';
import { ReminderPlanner } from './reminders/reminder-planner';
import { ReminderPoliciesService } from './reminders/reminder-policies.service';
import { ReminderRecipients } from './reminders/recipients';
import { ReminderScheduler } from './reminders/reminder-scheduler';
import { RemindersService } from './reminders/reminders.service';

const EXPORTED = [
  AdministratorAlerts,
  DeadlinesService,
  NotificationsService,
  ReminderPoliciesService,
  ReminderScheduler,
  RemindersService,
  EmailSender,
  PeriodicObligations,
  WorkNotifier,
  NotificationPreferencesService,
  EmailDeliveriesService,
];

@Module({
  imports: [OrganizationModule],
  providers: [...EXPORTED, ReminderPlanner, ReminderRecipients],
  exports: EXPORTED,
})
export class DeadlinesModule {}
