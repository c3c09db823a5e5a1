// Decodes mails the SMTP sink received (subject and text as a reader sees them).
import { simpleParser } from 'mailparser';
import type { ReceivedMail } from '../../platform/dev/mail-sink.js';

export interface GeleseneMail {
  to: string[];
  subject: string;
  text: string;
}

export async function lesen(mails: ReceivedMail[]): Promise<GeleseneMail[]> {
  return Promise.all(
    mails.map(async (mail) => {
      const parsed = await simpleParser(mail.raw);
      return { to: mail.to, subject: parsed.subject ?? '', text: parsed.text ?? '' };
    }),
  );
}
