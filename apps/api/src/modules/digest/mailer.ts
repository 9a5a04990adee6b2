import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport } from 'nodemailer';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';

export interface OutgoingMail {
  to: { name: string; address: string };
  subject: string;
  text: string;
  html: string;
}

type Transport = ReturnType<typeof createTransport>;

/**
 * Sends email through the SMTP server in SMTP_URL (nodemailer). Without SMTP_URL the mailer is off: `enabled` is
 * false and nothing is ever sent, so a library without a mail server runs the same app.
 */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly transport: Transport | null;
  private readonly from: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.transport = config.smtpUrl ? createTransport(config.smtpUrl) : null;
    this.from = config.mailFrom;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  /** Hands one message to the SMTP server; rejects when the server refuses it or cannot be reached. */
  async send(mail: OutgoingMail): Promise<void> {
    if (!this.transport) return;
    await this.transport.sendMail({ from: this.from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
