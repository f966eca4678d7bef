import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { AppConfig, updateReturning } from '@app/platform';

const MAX_ATTEMPTS = 8;

/**
 * Sends one queued e-mail. The delivery row is claimed first (one worker wins; a claim whose
 * worker died is taken over after a lease), then sent, then marked SENT. The Message-ID is
 * derived from the notification, so even the one unavoidable double send (a worker killed
 * between the SMTP answer and the mark) reaches the mail server as the same message.
 */
@Injectable()
export class EmailSender implements OnModuleDestroy {
  private transport?: Transporter;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async send(deliveryId: string): Promise<'SENT' | 'NOT_MINE'> {
    const [claimed] = await updateReturning<{
      id: string;
      to_address: string;
      subject: string;
      body: string;
      message_id: string;
      attempts: number;
    }>(
      this.dataSource.manager,
      `UPDATE email_deliveries SET status = 'SENDING', attempts = attempts + 1, claimed_at = now(), updated_at = now()
        WHERE id = $1 AND (status = 'PENDING' OR (status = 'SENDING' AND claimed_at < now() - make_interval(secs => $2)))
        RETURNING id, to_address, subject, body, message_id, attempts`,
      [deliveryId, this.config.EMAIL_CLAIM_LEASE_SECONDS],
    );
    if (!claimed) return 'NOT_MINE';
    try {
      await this.transporter().sendMail({
        from: this.config.SMTP_FROM,
        to: claimed.to_address,
        subject: claimed.subject,
        text: claimed.body,
        messageId: claimed.message_id,
      });
    } catch (error) {
      await this.dataSource.query(
        `UPDATE email_deliveries SET status = $2, last_error = $3, claimed_at = NULL, updated_at = now() WHERE id = $1`,
        [claimed.id, claimed.attempts >= MAX_ATTEMPTS ? 'FAILED' : 'PENDING', String(error).slice(0, 1000)],
      );
      throw error; // BullMQ retries with backoff
    }
    await this.dataSource.query(
      `UPDATE email_deliveries SET status = 'SENT', sent_at = now(), last_error = NULL, updated_at = now() WHERE id = $1`,
      [claimed.id],
    );
    return 'SENT';
  }

  private transporter(): Transporter {
    if (!this.config.SMTP_URL) throw new Error('SMTP_URL is not configured');
    this.transport ??= createTransport(
      `${this.config.SMTP_URL}${this.config.SMTP_URL.includes('?') ? '&' : '?'}pool=true&maxConnections=4`,
    );
    return this.transport;
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
