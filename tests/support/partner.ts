// Partner test helpers: sign in through the real form, a second organisation, the link from an invitation or reset mail.
import { waitUntil } from '../../platform/wait.js';
import { hashPasswort } from '../../platform/passwort.js';
import type { AppContext } from '../../platform/context.js';
import type { MailSink } from '../../platform/dev/mail-sink.js';
import { HttpKunde } from './http-kunde.js';
import { lesen } from './mails.js';

export async function partnerAnmelden(basis: string, email: string, passwort: string): Promise<HttpKunde> {
  const client = new HttpKunde(basis);
  await client.holen('/partner/anmelden');
  const antwort = await client.senden('/partner/anmelden', { email, passwort });
  if (antwort.location !== '/partner') throw new Error(`partner login failed: ${antwort.status}`);
  return client;
}

/** Another organisation with its own admin (password set) and, optionally, assigned clients. */
export async function organisationAnlegen(
  ctx: AppContext,
  name: string,
  admin: { email: string; passwort: string },
  kundennummern: string[] = [],
): Promise<{ partnerId: number; adminId: number }> {
  const [{ id: partnerId }] = await ctx
    .db('partner')
    .insert({ name, email: `poststelle@${name.toLowerCase().replace(/[^a-z]/g, '')}.example` })
    .returning('id');
  const [{ id: adminId }] = await ctx
    .db('partner_benutzer')
    .insert({
      partner_id: partnerId,
      email: admin.email,
      vorname: 'Erika',
      nachname: 'Beispiel',
      ist_admin: true,
      passwort_hash: await hashPasswort(admin.passwort),
    })
    .returning('id');
  for (const kundennummer of kundennummern) {
    const kunde = await ctx.db('kunden').where({ kundennummer }).first('id');
    await ctx.db('partner_kunden').insert({ partner_id: partnerId, kunde_id: kunde.id });
  }
  return { partnerId, adminId };
}

/** The newest /partner/passwort-neu/… link mailed to this address. */
export async function partnerLinkAusMail(mails: MailSink, an: string, vorher = 0): Promise<string> {
  let link = '';
  await waitUntil(
    `link mail to ${an}`,
    async () => {
      const gelesen = await lesen(mails.received.filter((m) => m.to.includes(an)));
      if (gelesen.length <= vorher) return false;
      link = /\/partner\/passwort-neu\/[A-Za-z0-9_-]+/.exec(gelesen.at(-1)?.text ?? '')?.[0] ?? '';
      return link !== '';
    },
    { timeoutMs: 20_000, intervalMs: 100 },
  );
  return link;
}
