// The words of the Antwortbogen in the six languages of the portal (German is always printed, the client's beside it).
import type { Sprache } from '../../domain/sprache.js';

export interface AntwortbogenTexte {
  titel: string;
  anleitung: string;
  hinweis: string;
  kundennummer: string;
  bezug: string;
  unterlagen: string;
}

export const antwortbogenTexte: Record<Sprache, AntwortbogenTexte> = {
  de: {
    titel: 'Antwortbogen',
    anleitung:
      'Wenn Sie uns zu diesem Schreiben Unterlagen per Post senden oder in unseren Briefkasten werfen, legen Sie bitte diesen Bogen obenauf. Dann kommen Ihre Unterlagen ohne Umweg in Ihre Akte.',
    hinweis:
      'Bitte den Code nicht knicken, beschriften oder abdecken. Für weitere Sendungen drucken Sie das Schreiben im Portal erneut aus.',
    kundennummer: 'Kundennummer',
    bezug: 'Bezug',
    unterlagen: 'Unterlagen',
  },
  en: {
    titel: 'Reply sheet',
    anleitung:
      'If you send us documents about this letter by post or put them in our letterbox, please place this sheet on top. Your documents then go straight into your file.',
    hinweis:
      'Please do not fold, write on or cover the code. For further mailings, print the letter again in the portal.',
    kundennummer: 'Customer number',
    bezug: 'Reference',
    unterlagen: 'Documents',
  },
  tr: {
    titel: 'Yanıt formu',
    anleitung:
      'Bu mektupla ilgili belgeleri bize posta ile gönderir veya posta kutumuza atarsanız, lütfen bu formu en üste koyun. Böylece belgeleriniz doğrudan dosyanıza girer.',
    hinweis:
      'Lütfen kodu katlamayın, üzerine yazmayın ve kapatmayın. Başka gönderiler için mektubu portaldan yeniden yazdırın.',
    kundennummer: 'Müşteri numarası',
    bezug: 'Referans',
    unterlagen: 'Belgeler',
  },
  ru: {
    titel: 'Лист ответа',
    anleitung:
      'Если вы отправляете нам документы по этому письму почтой или опускаете их в наш почтовый ящик, пожалуйста, положите этот лист сверху. Тогда ваши документы сразу попадут в ваше дело.',
    hinweis:
      'Пожалуйста, не сгибайте код, не пишите на нём и не закрывайте его. Для следующих отправлений распечатайте письмо в портале ещё раз.',
    kundennummer: 'Номер клиента',
    bezug: 'Ссылка',
    unterlagen: 'Документы',
  },
  uk: {
    titel: 'Аркуш відповіді',
    anleitung:
      'Якщо ви надсилаєте нам документи щодо цього листа поштою або кидаєте їх у нашу поштову скриньку, будь ласка, покладіть цей аркуш зверху. Тоді ваші документи одразу потраплять до вашої справи.',
    hinweis:
      'Будь ласка, не згинайте код, не пишіть на ньому і не закривайте його. Для наступних відправлень роздрукуйте лист у порталі ще раз.',
    kundennummer: 'Номер клієнта',
    bezug: 'Посилання',
    unterlagen: 'Документи',
  },
  ar: {
    titel: 'ورقة الرد',
    anleitung:
      'إذا أرسلت إلينا مستندات بخصوص هذه الرسالة بالبريد أو وضعتها في صندوق بريدنا، فيرجى وضع هذه الورقة في الأعلى. عندها تصل مستنداتك مباشرة إلى ملفك.',
    hinweis: 'يرجى عدم طي الرمز أو الكتابة عليه أو تغطيته. للإرسال مرة أخرى، اطبع الرسالة من البوابة من جديد.',
    kundennummer: 'رقم العميل',
    bezug: 'المرجع',
    unterlagen: 'المستندات',
  },
};
