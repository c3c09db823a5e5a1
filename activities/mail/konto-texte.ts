// Account and appointment e-mails in the client's language: no social data, only a pointer into the portal.
import type { Sprache } from '../../domain/sprache.js';
import type { Mailtext } from './einmal-senden.js';

interface KontoTexte {
  anrede: string;
  automatisch: string;
  linkBetreff: string;
  linkEinleitung: string;
  /** {minuten} is replaced. */
  linkGueltig: string;
  linkNichtAngefordert: string;
  einladungBetreff: string;
  /** {organisation} is replaced. */
  einladungEinleitung: string;
  /** {tage} is replaced. */
  einladungGueltig: string;
  terminBetreff: string;
  terminMorgen: string;
  /** Followed by the portal URL. */
  terminDetails: string;
  terminVerhindert: string;
  briefBetreff: string;
  /** Followed by the portal URL. */
  briefNeu: string;
  briefErinnerungBetreff: string;
  briefErinnerung: string;
}

const texte: Record<Sprache, KontoTexte> = {
  de: {
    anrede: 'Guten Tag,',
    automatisch: 'Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht darauf.',
    linkBetreff: 'Neues Passwort für das Jobcenter-Portal',
    linkEinleitung:
      'Sie haben ein neues Passwort für das Jobcenter-Portal angefordert. Mit diesem Link legen Sie es fest:',
    linkGueltig: 'Der Link gilt {minuten} Minuten und nur ein einziges Mal.',
    linkNichtAngefordert:
      'Wenn Sie kein neues Passwort angefordert haben, können Sie diese E-Mail ignorieren. Ihr bisheriges Passwort gilt weiter.',
    einladungBetreff: 'Ihr Zugang zum Partnerportal des Jobcenters',
    einladungEinleitung:
      'Für Sie wurde ein Zugang zum Partnerportal des Jobcenters angelegt (Organisation: {organisation}). Mit diesem Link legen Sie Ihr Passwort fest:',
    einladungGueltig:
      'Der Link gilt {tage} Tage und nur ein einziges Mal. Danach melden Sie sich mit Ihrer E-Mail-Adresse und Ihrem Passwort an.',
    terminBetreff: 'Erinnerung an Ihren Termin',
    terminMorgen: 'morgen haben Sie einen Termin im Jobcenter.',
    terminDetails: 'Uhrzeit, Raum und Ansprechpartner finden Sie im Portal unter „Termine“:',
    terminVerhindert:
      'Wenn Sie den Termin nicht wahrnehmen können, rufen Sie bitte die dort angegebene Telefonnummer an.',
    briefBetreff: 'Neues Schreiben im Jobcenter-Portal',
    briefNeu: 'im Portal liegt ein neues Schreiben des Jobcenters für Sie. Sie finden es unter „Dokumente › Eingang“:',
    briefErinnerungBetreff: 'Erinnerung: ungelesenes Schreiben im Jobcenter-Portal',
    briefErinnerung:
      'Sie haben das Schreiben im Portal noch nicht geöffnet. Bitte lesen Sie es bald; es kann Fristen enthalten.',
  },
  en: {
    anrede: 'Hello,',
    automatisch: 'This message was created automatically. Please do not reply to it.',
    linkBetreff: 'New password for the Jobcenter portal',
    linkEinleitung: 'You asked for a new password for the Jobcenter portal. Use this link to set it:',
    linkGueltig: 'The link is valid for {minuten} minutes and can be used only once.',
    linkNichtAngefordert:
      'If you did not ask for a new password, you can ignore this e-mail. Your current password stays valid.',
    einladungBetreff: 'Your access to the Jobcenter partner portal',
    einladungEinleitung:
      'An account for the Jobcenter partner portal was created for you (organisation: {organisation}). Use this link to set your password:',
    einladungGueltig:
      'The link is valid for {tage} days and can be used only once. Afterwards, sign in with your e-mail address and your password.',
    terminBetreff: 'Reminder of your appointment',
    terminMorgen: 'You have an appointment at the Jobcenter tomorrow.',
    terminDetails: 'You find the time, room and contact person in the portal under “Appointments” (Termine):',
    terminVerhindert: 'If you cannot attend, please call the phone number given there.',
    briefBetreff: 'New letter in the Jobcenter portal',
    briefNeu:
      'There is a new letter from the Jobcenter for you in the portal. You find it under “Documents › Inbox” (Eingang):',
    briefErinnerungBetreff: 'Reminder: unread letter in the Jobcenter portal',
    briefErinnerung: 'You have not opened the letter in the portal yet. Please read it soon; it may contain deadlines.',
  },
  tr: {
    anrede: 'Merhaba,',
    automatisch: 'Bu mesaj otomatik olarak oluşturulmuştur. Lütfen yanıtlamayınız.',
    linkBetreff: 'Jobcenter portalı için yeni şifre',
    linkEinleitung:
      'Jobcenter portalı için yeni bir şifre talep ettiniz. Şifrenizi bu bağlantı ile belirleyebilirsiniz:',
    linkGueltig: 'Bağlantı {minuten} dakika geçerlidir ve yalnızca bir kez kullanılabilir.',
    linkNichtAngefordert:
      'Yeni şifre talep etmediyseniz bu e-postayı dikkate almayınız. Mevcut şifreniz geçerli kalır.',
    einladungBetreff: 'Jobcenter ortak portalına erişiminiz',
    einladungEinleitung:
      'Sizin için Jobcenter ortak portalında bir hesap oluşturuldu (kuruluş: {organisation}). Şifrenizi bu bağlantı ile belirleyiniz:',
    einladungGueltig:
      'Bağlantı {tage} gün ve yalnızca bir kez geçerlidir. Ardından e-posta adresiniz ve şifrenizle giriş yapınız.',
    terminBetreff: 'Randevunuz için hatırlatma',
    terminMorgen: 'Yarın Jobcenter’da bir randevunuz var.',
    terminDetails: 'Saat, oda ve görüşeceğiniz kişiyi portalda „Randevular“ (Termine) bölümünde bulabilirsiniz:',
    terminVerhindert: 'Randevuya gelemeyecekseniz lütfen orada belirtilen telefon numarasını arayınız.',
    briefBetreff: 'Jobcenter portalında yeni yazı',
    briefNeu:
      'Portalda Jobcenter’dan size yeni bir yazı var. Yazıyı “Belgeler › Gelen” (Eingang) bölümünde bulabilirsiniz:',
    briefErinnerungBetreff: 'Hatırlatma: Jobcenter portalında okunmamış yazı',
    briefErinnerung: 'Portaldaki yazıyı henüz açmadınız. Lütfen yakında okuyunuz; süreler içerebilir.',
  },
  ar: {
    anrede: 'مرحبًا،',
    automatisch: 'أُنشئت هذه الرسالة تلقائيًا. يُرجى عدم الرد عليها.',
    linkBetreff: 'كلمة مرور جديدة لبوابة مركز العمل (Jobcenter)',
    linkEinleitung: 'لقد طلبتم كلمة مرور جديدة لبوابة مركز العمل. يمكنكم تعيينها عبر هذا الرابط:',
    linkGueltig: 'الرابط صالح لمدة {minuten} دقيقة ولمرة واحدة فقط.',
    linkNichtAngefordert: 'إذا لم تطلبوا كلمة مرور جديدة فيمكنكم تجاهل هذه الرسالة. تبقى كلمة المرور الحالية سارية.',
    einladungBetreff: 'حسابكم في بوابة الشركاء لدى الجوب سنتر',
    einladungEinleitung:
      'تم إنشاء حساب لكم في بوابة الشركاء لدى الجوب سنتر (المؤسسة: {organisation}). استخدموا هذا الرابط لتعيين كلمة المرور:',
    einladungGueltig:
      'الرابط صالح لمدة {tage} أيام ولمرة واحدة فقط. بعد ذلك سجلوا الدخول بعنوان بريدكم الإلكتروني وكلمة المرور.',
    terminBetreff: 'تذكير بموعدكم',
    terminMorgen: 'لديكم غدًا موعد في مركز العمل (Jobcenter).',
    terminDetails: 'تجدون الوقت والغرفة والشخص المسؤول في البوابة تحت «المواعيد» (Termine):',
    terminVerhindert: 'إذا لم تتمكنوا من الحضور، يُرجى الاتصال برقم الهاتف المذكور هناك.',
    briefBetreff: 'رسالة جديدة في بوابة مركز العمل (Jobcenter)',
    briefNeu: 'توجد لكم في البوابة رسالة جديدة من مركز العمل. تجدونها تحت «المستندات › الوارد» (Eingang):',
    briefErinnerungBetreff: 'تذكير: رسالة غير مقروءة في بوابة مركز العمل',
    briefErinnerung: 'لم تفتحوا الرسالة في البوابة بعد. يُرجى قراءتها قريبًا، فقد تتضمن مواعيد نهائية.',
  },
  ru: {
    anrede: 'Здравствуйте!',
    automatisch: 'Это сообщение создано автоматически. Пожалуйста, не отвечайте на него.',
    linkBetreff: 'Новый пароль для портала Jobcenter',
    linkEinleitung: 'Вы запросили новый пароль для портала Jobcenter. Задайте его по этой ссылке:',
    linkGueltig: 'Ссылка действительна {minuten} минут и только один раз.',
    linkNichtAngefordert:
      'Если Вы не запрашивали новый пароль, просто проигнорируйте это письмо. Ваш текущий пароль остаётся в силе.',
    einladungBetreff: 'Ваш доступ к партнёрскому порталу Jobcenter',
    einladungEinleitung:
      'Для Вас создана учётная запись в партнёрском портале Jobcenter (организация: {organisation}). По этой ссылке Вы зададите пароль:',
    einladungGueltig:
      'Ссылка действительна {tage} дней и только один раз. Затем входите с Вашим адресом электронной почты и паролем.',
    terminBetreff: 'Напоминание о Вашей встрече',
    terminMorgen: 'Завтра у Вас назначена встреча в Jobcenter.',
    terminDetails: 'Время, кабинет и контактное лицо указаны на портале в разделе «Встречи» (Termine):',
    terminVerhindert: 'Если Вы не можете прийти, пожалуйста, позвоните по указанному там номеру телефона.',
    briefBetreff: 'Новое письмо на портале Jobcenter',
    briefNeu:
      'На портале для Вас есть новое письмо от Jobcenter. Вы найдёте его в разделе «Документы › Входящие» (Eingang):',
    briefErinnerungBetreff: 'Напоминание: непрочитанное письмо на портале Jobcenter',
    briefErinnerung:
      'Вы ещё не открыли письмо на портале. Пожалуйста, прочитайте его в ближайшее время: в нём могут быть сроки.',
  },
  uk: {
    anrede: 'Добрий день!',
    automatisch: 'Це повідомлення створено автоматично. Будь ласка, не відповідайте на нього.',
    linkBetreff: 'Новий пароль для порталу Jobcenter',
    linkEinleitung: 'Ви запросили новий пароль для порталу Jobcenter. Встановіть його за цим посиланням:',
    linkGueltig: 'Посилання дійсне {minuten} хвилин і лише один раз.',
    linkNichtAngefordert:
      'Якщо Ви не запитували новий пароль, просто проігноруйте цей лист. Ваш чинний пароль залишається дійсним.',
    einladungBetreff: 'Ваш доступ до партнерського порталу Jobcenter',
    einladungEinleitung:
      'Для Вас створено обліковий запис у партнерському порталі Jobcenter (організація: {organisation}). За цим посиланням Ви встановите пароль:',
    einladungGueltig:
      'Посилання дійсне {tage} днів і лише один раз. Потім входьте з Вашою адресою електронної пошти та паролем.',
    terminBetreff: 'Нагадування про Вашу зустріч',
    terminMorgen: 'Завтра у Вас призначена зустріч у Jobcenter.',
    terminDetails: 'Час, кімнату та контактну особу Ви знайдете на порталі в розділі «Зустрічі» (Termine):',
    terminVerhindert: 'Якщо Ви не можете прийти, будь ласка, зателефонуйте за вказаним там номером.',
    briefBetreff: 'Новий лист на порталі Jobcenter',
    briefNeu:
      'На порталі для Вас є новий лист від Jobcenter. Ви знайдете його в розділі «Документи › Вхідні» (Eingang):',
    briefErinnerungBetreff: 'Нагадування: непрочитаний лист на порталі Jobcenter',
    briefErinnerung:
      'Ви ще не відкрили лист на порталі. Будь ласка, прочитайте його найближчим часом: у ньому можуть бути строки.',
  },
};

export function passwortLinkText(sprache: Sprache, daten: { link: string; minuten: number }): Mailtext {
  const t = texte[sprache];
  return {
    betreff: t.linkBetreff,
    text: [
      t.anrede,
      '',
      t.linkEinleitung,
      '',
      daten.link,
      '',
      t.linkGueltig.replace('{minuten}', String(daten.minuten)),
      t.linkNichtAngefordert,
      '',
      t.automatisch,
    ].join('\n'),
  };
}

export function terminErinnerungText(sprache: Sprache, daten: { portalUrl: string }): Mailtext {
  const t = texte[sprache];
  return {
    betreff: t.terminBetreff,
    text: [
      t.anrede,
      '',
      t.terminMorgen,
      `${t.terminDetails} ${daten.portalUrl}`,
      '',
      t.terminVerhindert,
      '',
      t.automatisch,
    ].join('\n'),
  };
}

export function briefNeuText(sprache: Sprache, daten: { portalUrl: string }): Mailtext {
  const t = texte[sprache];
  return {
    betreff: t.briefBetreff,
    text: [t.anrede, '', `${t.briefNeu} ${daten.portalUrl}`, '', t.automatisch].join('\n'),
  };
}

export function briefErinnerungText(sprache: Sprache, daten: { portalUrl: string }): Mailtext {
  const t = texte[sprache];
  return {
    betreff: t.briefErinnerungBetreff,
    text: [t.anrede, '', t.briefErinnerung, daten.portalUrl, '', t.automatisch].join('\n'),
  };
}

export function einladungText(sprache: Sprache, daten: { link: string; tage: number; organisation: string }): Mailtext {
  const t = texte[sprache];
  return {
    betreff: t.einladungBetreff,
    text: [
      t.anrede,
      '',
      t.einladungEinleitung.replace('{organisation}', daten.organisation),
      '',
      daten.link,
      '',
      t.einladungGueltig.replace('{tage}', String(daten.tage)),
      '',
      t.automatisch,
    ].join('\n'),
  };
}
