// Tells a letter's workflow that its addressee opened it, so it neither reminds nor marks it for post.
import type { AppContext } from '../../platform/context.js';
import { abgerufenSignal } from '../../workflows/dokument-ausgang-nachrichten.js';

/** The database already says so, so a failure here only delays nothing important. */
export async function abrufMelden(app: AppContext, ausgangsnummer: string): Promise<void> {
  try {
    await app.temporal.client.workflow.getHandle(ausgangsnummer).signal(abgerufenSignal);
  } catch (error) {
    app.log.warn(
      { err: error, ausgangsnummer },
      'retrieval not signalled to its workflow (it checks the database before reminding)',
    );
  }
}
