// The booking confirmation in the booker's language: time and place only, the calendar file, and the cancel/move link.
import type { Sprache } from '../../domain/sprache.js';

interface BestaetigungsTexte {
  betreff: string;
  anrede: string;
  /** {datum}, {uhrzeit} and {ort} are replaced. */
  gebucht: string;
  kalender: string;
  /** Followed by the link. */
  aendern: string;
  einmal: string;
  automatisch: string;
  /** {jobcenter} is replaced: the calendar entry's title. */
  titel: string;
}

export const bestaetigungsTexte: Record<Sprache, BestaetigungsTexte> = {
  de: {
    betreff: 'Ihr Termin im Jobcenter ist gebucht',
    anrede: 'Guten Tag,',
    gebucht: 'Ihr Termin ist gebucht: {datum} um {uhrzeit} Uhr, {ort}.',
    kalender: 'Im Anhang finden Sie den Termin als Kalenderdatei (.ics).',
    aendern: 'Wenn Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte ab oder verschieben Sie ihn hier:',
    einmal: 'Der Link gilt bis zum Termin und nur ein einziges Mal.',
    automatisch: 'Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht darauf.',
    titel: 'Termin im {jobcenter}',
  },
  en: {
    betreff: 'Your appointment at the Jobcenter is booked',
    anrede: 'Hello,',
    gebucht: 'Your appointment is booked: {datum} at {uhrzeit}, {ort}.',
    kalender: 'The appointment is attached as a calendar file (.ics).',
    aendern: 'If you cannot come, please cancel or move the appointment here:',
    einmal: 'The link is valid until the appointment and can be used only once.',
    automatisch: 'This message was created automatically. Please do not reply to it.',
    titel: 'Appointment at {jobcenter}',
  },
  tr: {
    betreff: 'Jobcenter randevunuz alındı',
    anrede: 'Merhaba,',
    gebucht: 'Randevunuz alındı: {datum}, saat {uhrzeit}, {ort}.',
    kalender: 'Randevuyu ekte takvim dosyası (.ics) olarak bulabilirsiniz.',
    aendern: 'Randevuya gelemeyecekseniz lütfen buradan iptal edin veya erteleyin:',
    einmal: 'Bağlantı randevuya kadar ve yalnızca bir kez geçerlidir.',
    automatisch: 'Bu mesaj otomatik olarak oluşturulmuştur. Lütfen yanıtlamayın.',
    titel: '{jobcenter} randevusu',
  },
  ru: {
    betreff: 'Ваша встреча в Jobcenter забронирована',
    anrede: 'Здравствуйте!',
    gebucht: 'Ваша встреча забронирована: {datum} в {uhrzeit}, {ort}.',
    kalender: 'Встреча приложена в виде файла календаря (.ics).',
    aendern: 'Если вы не сможете прийти, пожалуйста, отмените или перенесите встречу здесь:',
    einmal: 'Ссылка действительна до встречи и только один раз.',
    automatisch: 'Это сообщение создано автоматически. Пожалуйста, не отвечайте на него.',
    titel: 'Встреча в {jobcenter}',
  },
  uk: {
    betreff: 'Вашу зустріч у Jobcenter заброньовано',
    anrede: 'Добрий день!',
    gebucht: 'Вашу зустріч заброньовано: {datum} о {uhrzeit}, {ort}.',
    kalender: 'Зустріч додано як файл календаря (.ics).',
    aendern: 'Якщо ви не зможете прийти, будь ласка, скасуйте або перенесіть зустріч тут:',
    einmal: 'Посилання дійсне до зустрічі й лише один раз.',
    automatisch: 'Це повідомлення створено автоматично. Будь ласка, не відповідайте на нього.',
    titel: 'Зустріч у {jobcenter}',
  },
  ar: {
    betreff: 'تم حجز موعدك في مركز العمل',
    anrede: 'مرحبًا،',
    gebucht: 'تم حجز موعدك: {datum} الساعة {uhrzeit}، {ort}.',
    kalender: 'تجد الموعد مرفقًا كملف تقويم (.ics).',
    aendern: 'إذا لم تتمكن من الحضور، يرجى إلغاء الموعد أو تغييره من هنا:',
    einmal: 'الرابط صالح حتى الموعد ولمرة واحدة فقط.',
    automatisch: 'تم إنشاء هذه الرسالة تلقائيًا. يرجى عدم الرد عليها.',
    titel: 'موعد في {jobcenter}',
  },
};
