// The e-mail saying an Auskunft is ready, in the client's language: no social data, only a pointer into the portal.
import type { Sprache } from '../../domain/sprache.js';
import type { Mailtext } from './einmal-senden.js';

interface AuskunftTexte {
  betreff: string;
  anrede: string;
  /** Followed by the portal URL. */
  bereit: string;
  /** {tage} is replaced. */
  frist: string;
  automatisch: string;
}

const texte: Record<Sprache, AuskunftTexte> = {
  de: {
    betreff: 'Ihre Auskunft im Jobcenter-Portal',
    anrede: 'Guten Tag,',
    bereit: 'die Auskunft über Ihre gespeicherten Daten, die Sie angefordert haben, liegt im Portal für Sie bereit:',
    frist: 'Sie können sie {tage} Tage lang herunterladen.',
    automatisch: 'Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht darauf.',
  },
  en: {
    betreff: 'Your copy of your data in the Jobcenter portal',
    anrede: 'Hello,',
    bereit: 'The copy of the data stored about you, which you asked for, is ready for you in the portal:',
    frist: 'You can download it for {tage} days.',
    automatisch: 'This message was created automatically. Please do not reply to it.',
  },
  tr: {
    betreff: 'Jobcenter portalındaki bilgi talebiniz',
    anrede: 'Merhaba,',
    bereit: 'Talep ettiğiniz, hakkınızda kayıtlı verilere ilişkin bilgi portalda sizin için hazır:',
    frist: 'Bunu {tage} gün boyunca indirebilirsiniz.',
    automatisch: 'Bu mesaj otomatik olarak oluşturulmuştur. Lütfen yanıtlamayınız.',
  },
  ru: {
    betreff: 'Ваша справка о данных на портале Jobcenter',
    anrede: 'Здравствуйте,',
    bereit: 'запрошенная вами справка о хранящихся о вас данных готова на портале:',
    frist: 'Вы можете скачать её в течение {tage} дней.',
    automatisch: 'Это сообщение создано автоматически. Пожалуйста, не отвечайте на него.',
  },
  uk: {
    betreff: 'Ваша довідка про дані на порталі Jobcenter',
    anrede: 'Добрий день,',
    bereit: 'запитана вами довідка про збережені про вас дані готова на порталі:',
    frist: 'Ви можете завантажити її протягом {tage} днів.',
    automatisch: 'Це повідомлення створено автоматично. Будь ласка, не відповідайте на нього.',
  },
  ar: {
    betreff: 'المعلومات عن بياناتك في بوابة مركز التوظيف',
    anrede: 'مرحباً،',
    bereit: 'المعلومات التي طلبتها عن بياناتك المحفوظة جاهزة لك في البوابة:',
    frist: 'يمكنك تنزيلها خلال {tage} يوماً.',
    automatisch: 'تم إنشاء هذه الرسالة تلقائياً. يرجى عدم الرد عليها.',
  },
};

export function auskunftBereitText(sprache: Sprache, daten: { portalUrl: string; tage: number }): Mailtext {
  const t = texte[sprache];
  return {
    betreff: t.betreff,
    text: [
      t.anrede,
      '',
      `${t.bereit} ${daten.portalUrl}`,
      t.frist.replace('{tage}', String(daten.tage)),
      '',
      t.automatisch,
    ].join('\n'),
  };
}
