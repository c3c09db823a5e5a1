// The SMTP transport (nodemailer) from SMTP_URL; one per process, its connections kept open and reused.
import nodemailer, { type Transporter } from 'nodemailer';

export type MailTransport = Transporter;

/**
 * Pooled: up to 4 connections, each reused for the next mail instead of a new connection, greeting and EHLO per mail.
 * The options go beside the URL in one object; as the second argument they would only be defaults for each message.
 */
export function createMailTransport(smtpUrl: string): MailTransport {
  return nodemailer.createTransport({ url: smtpUrl, pool: true, maxConnections: 4 });
}
