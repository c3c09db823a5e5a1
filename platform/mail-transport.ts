// The SMTP transport (nodemailer) from SMTP_URL; one per process.
import nodemailer, { type Transporter } from 'nodemailer';

export type MailTransport = Transporter;

export function createMailTransport(smtpUrl: string): MailTransport {
  return nodemailer.createTransport(smtpUrl, { pool: true, maxConnections: 4 } as never);
}
