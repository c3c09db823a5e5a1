// Receipt e-mail wording per language; a missing language or line is a compile error. German terms stay where letters use them.
import type { Sprache } from '../../domain/sprache.js';

export interface EmpfangsTexte {
  betreff: string;
  anrede: string;
  eingegangen: string;
  eingangsnummer: string;
  art: string;
  seiten: string;
  /** Followed by the portal URL. */
  stand: string;
  automatisch: string;
}

export const empfangsTexte: Record<Sprache, EmpfangsTexte> = {
  de: {
    betreff: 'Eingangsbestätigung',
    anrede: 'Guten Tag,',
    eingegangen: 'Ihre Sendung ist beim Jobcenter eingegangen.',
    eingangsnummer: 'Eingangsnummer',
    art: 'Art',
    seiten: 'Seiten',
    stand: 'Den Stand der Bearbeitung sehen Sie im Portal unter „Dokumente › gesendet“:',
    automatisch: 'Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht darauf.',
  },
  en: {
    betreff: 'Confirmation of receipt (Eingangsbestätigung)',
    anrede: 'Hello,',
    eingegangen: 'Your submission has been received by the Jobcenter.',
    eingangsnummer: 'Receipt number (Eingangsnummer)',
    art: 'Type (Dokumentart)',
    seiten: 'Pages',
    stand: 'You can follow its progress in the portal under “Documents › Sent”:',
    automatisch: 'This message was created automatically. Please do not reply to it.',
  },
  tr: {
    betreff: 'Alındı onayı (Eingangsbestätigung)',
    anrede: 'Merhaba,',
    eingegangen: 'Gönderiniz Jobcenter’a ulaştı.',
    eingangsnummer: 'Alındı numarası (Eingangsnummer)',
    art: 'Tür (Dokumentart)',
    seiten: 'Sayfa sayısı',
    stand: 'İşlemin durumunu portalda “Belgeler › Gönderilenler” bölümünde görebilirsiniz:',
    automatisch: 'Bu mesaj otomatik olarak oluşturulmuştur. Lütfen yanıtlamayın.',
  },
  ar: {
    betreff: 'تأكيد الاستلام (Eingangsbestätigung)',
    anrede: 'مرحبًا،',
    eingegangen: 'تم استلام ما أرسلتموه لدى مركز العمل (Jobcenter).',
    eingangsnummer: 'رقم الاستلام (Eingangsnummer)',
    art: 'النوع (Dokumentart)',
    seiten: 'عدد الصفحات',
    stand: 'يمكنكم متابعة حالة المعالجة في البوابة ضمن «المستندات › المُرسَل»:',
    automatisch: 'أُنشئت هذه الرسالة تلقائيًا. يُرجى عدم الرد عليها.',
  },
  ru: {
    betreff: 'Подтверждение получения (Eingangsbestätigung)',
    anrede: 'Здравствуйте!',
    eingegangen: 'Ваше отправление поступило в Jobcenter.',
    eingangsnummer: 'Входящий номер (Eingangsnummer)',
    art: 'Вид (Dokumentart)',
    seiten: 'Страниц',
    stand: 'Ход рассмотрения Вы можете отслеживать на портале в разделе «Документы › Отправленные»:',
    automatisch: 'Это сообщение создано автоматически. Пожалуйста, не отвечайте на него.',
  },
  uk: {
    betreff: 'Підтвердження отримання (Eingangsbestätigung)',
    anrede: 'Добрий день!',
    eingegangen: 'Ваше відправлення надійшло до Jobcenter.',
    eingangsnummer: 'Вхідний номер (Eingangsnummer)',
    art: 'Вид (Dokumentart)',
    seiten: 'Сторінок',
    stand: 'Хід розгляду Ви можете відстежувати на порталі в розділі «Документи › Надіслані»:',
    automatisch: 'Це повідомлення створено автоматично. Будь ласка, не відповідайте на нього.',
  },
};
