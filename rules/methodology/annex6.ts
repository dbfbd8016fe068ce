/**
 * Annex 6 of the methodology — "Интернет-ресурстың мобилді нұсқасы" (mobile version): Table 1 for
 * central bodies (OMO, 5 sections), Table 2 for local executive bodies (ZhAO, 7 sections), 25
 * points per language version. Judged on what a phone shows. Kazakh titles from the original
 * (shared/seeds/004_2ab0d84e587a8842.txt, Annex 6), Russian a faithful translation, English after
 * METHODOLOGY.md §4. The memo of the public-services section is split into its six parts 3.1–3.6.
 */
import type { SiteType } from '../../crawler/snapshot/schema.ts';
import type { LocalizedText } from './localizedText.ts';
import { ENTREPRENEURSHIP_SUPPORT_ITEMS, ENTREPRENEURSHIP_SUPPORT_TITLE } from './annex5.ts';
import { sectionItem as item, sectionTableProblems, type DeficiencyType, type Section, type SectionTable } from './sectionTable.ts';

export const ANNEX6_TITLE: LocalizedText = {
  kk: '«Интернет-ресурстың мобилді нұсқасы» көрсеткіші бойынша бағалау',
  ru: 'Оценка по показателю «Мобильная версия интернет-ресурса»',
  en: 'Evaluation of the "Mobile version of the internet resource" indicator',
};

/** Points per language version in each table ("Барлығы 25 25"). */
export const ANNEX6_TOTAL_PER_LANG = 25;

const IF_ANY = { ifAny: true } as const;
const both = (points: number) => ({ kk: points, ru: points });

const generalInfo = (units: { kk: string; ru: string; en: string }): Section => ({
  id: '1.1',
  title: {
    kk: 'Мемлекеттік орган туралы жалпы ақпарат',
    ru: 'Общая информация о государственном органе',
    en: 'General information',
  },
  points: both(5),
  items: [
    item('1', 'Пошталық мекенжайы', 'Почтовый адрес', 'Postal address'),
    item('2', 'Электрондық пошта адресі', 'Адрес электронной почты', 'E-mail'),
    item('3', 'Анықтамалық қызметтердің телефондары', 'Телефоны справочных служб', 'Reference phones'),
    item(
      '4',
      'Орталық аппарат басшыларының байланыс деректері (басшыларының Т.А.Ә. (бар болса), телефон нөмірлері және электрондық пошта адрестері)',
      'Контактные данные руководителей центрального аппарата (Ф.И.О. (при наличии) руководителей, номера телефонов и адреса электронной почты)',
      'Heads of the central office with contacts',
    ),
    item('5', units.kk, units.ru, units.en, IF_ANY),
  ],
});

const PUBLIC_SERVICES_ITEMS = [
  item('1', '«Мемлекеттік қызмет» бөлімінің бар болуы', 'Наличие раздела «Государственные услуги»', 'A "Public services" section'),
  item('2', 'Мемлекеттік орган көрсететін мемлекеттік қызметтердің тізбесі', 'Перечень государственных услуг, оказываемых государственным органом', 'List of services'),
  item(
    '3.1',
    'Мемлекеттік қызметті алу туралы жадынама: мемлекеттік қызметті алу нысаны',
    'Памятка о получении государственной услуги: форма получения государственной услуги',
    'Memo for each service: form of the service',
  ),
  item(
    '3.2',
    'Жадынама: жұмыс кестесі (мемлекеттік көрсетілетін қызметті eGov порталы арқылы алу кезінде eGov порталына, оның ішінде AppStore немесе PlayMarket-тегі eGov мобильді қосымшасына сілтеме орналастыру)',
    'Памятка: график работы (при получении государственной услуги через портал eGov — размещение ссылки на портал eGov, в том числе на мобильное приложение eGov в AppStore или PlayMarket)',
    'Memo: schedule, with a link to egov.kz incl. the eGov mobile app in AppStore/PlayMarket',
  ),
  item('3.3', 'Жадынама: қажетті құжаттар', 'Памятка: необходимые документы', 'Memo: documents needed'),
  item('3.4', 'Жадынама: қызметтердің бағасы және төлем тәртібі', 'Памятка: стоимость услуг и порядок оплаты', 'Memo: cost and payment'),
  item('3.5', 'Жадынама: мемлекеттік қызметті көрсету мерзімі', 'Памятка: срок оказания государственной услуги', 'Memo: time limits'),
  item('3.6', 'Жадынама: мемлекеттік қызмет көрсетудің нәтижесі', 'Памятка: результат оказания государственной услуги', 'Memo: result'),
];
const publicServices = (id: string): Section => ({
  id,
  title: {
    kk: 'Мемлекеттік қызметтерді, оның ішінде электрондық форматта көрсету',
    ru: 'Оказание государственных услуг, в том числе в электронном формате',
    en: 'Public services, incl. electronic',
  },
  points: both(10),
  items: PUBLIC_SERVICES_ITEMS,
});

const staffing = (id: string): Section => ({
  id,
  title: {
    kk: 'Мемлекеттік органдарды кадрмен қамтамасыз ету',
    ru: 'Кадровое обеспечение государственных органов',
    en: 'Staffing',
  },
  points: both(3),
  items: [
    item('1', 'Мемлекеттік органдағы бос лауазымдық орындар туралы мәлімет', 'Сведения о вакантных должностях государственного органа', 'Vacancies'),
    item(
      '2',
      'Мемлекеттік қызметтегі бос орындарға орналасуға кандидаттарға қойылатын біліктілік талаптары',
      'Квалификационные требования к кандидатам на занятие вакантных должностей государственной службы',
      'Qualification requirements',
    ),
    item(
      '3',
      'Бос орындарға орналасу мәселелері жөнінде консультация беруге уәкілетті тұлғалардың Т.А.Ә. (бар болса), телефон нөмірлері, электрондық пошта адрестері',
      'Ф.И.О. (при наличии), номера телефонов, адреса электронной почты лиц, уполномоченных консультировать по вопросам замещения вакантных должностей',
      'Contacts for consultation',
    ),
  ],
});

const workWithPopulation = (id: string, points: number): Section => ({
  id,
  title: { kk: 'Халықпен жұмыс', ru: 'Работа с населением', en: 'Work with the population' },
  points: both(points),
  items: [
    item('1', 'Азаматтарды қабылдау кестесі', 'График приёма граждан', 'Reception schedule'),
    item(
      '2',
      'Азаматтарды қабылдау және олардың өтініштерін қарау мәселелері жөнінде уәкілетті тұлғалардан ақпарат алуға болатын байланыс телефондары',
      'Контактные телефоны, по которым граждане могут получить информацию у уполномоченных лиц по вопросам приёма граждан и рассмотрения их обращений',
      'Phones',
    ),
    item(
      '3',
      'Жауапты тұлғалардың байланыс деректерін көрсетумен, өтініштерді қарау нәтижелері бойынша қабылданған шешімдерге шағымдану тәртібі',
      'Порядок обжалования решений, принятых по результатам рассмотрения обращений, с указанием контактных данных ответственных лиц',
      'How to appeal decisions, with contacts',
    ),
    item(
      '4',
      'Кері байланыс түрі («Сұрақ-жауап», сауалнамалар мен дауыс беру, жиі қойылатын сұрақтарға жауаптар, интернет-қабылдау және басқалары)',
      'Форма обратной связи («Вопрос-ответ», опросы и голосования, ответы на часто задаваемые вопросы, интернет-приёмная и другие)',
      'Feedback form',
    ),
    item(
      '5',
      'eGov порталына, оның ішінде AppStore немесе PlayMarket-тегі eGov мобильді қосымшасына сілтеме орналастырумен, «электрондық үкімет» порталы арқылы электрондық өтініштер беру мүмкіндігі туралы ақпарат',
      'Информация о возможности подачи электронных обращений через портал «электронного правительства» с размещением ссылки на портал eGov, в том числе на мобильное приложение eGov в AppStore или PlayMarket',
      'E-appeals via egov.kz (incl. the eGov mobile app)',
    ),
  ],
});

const informationSupport = (id: string, points: number): Section => ({
  id,
  title: { kk: 'Ақпараттық қолдау', ru: 'Информационное сопровождение', en: 'Information support' },
  points: both(points),
  items: [
    item(
      '1',
      'Жаңалықтардың өзекті тізбегі (жаңалықтар мұрағатын құрумен)',
      'Актуальная лента новостей (с формированием архива новостей)',
      'Current news with archive',
    ),
  ],
});

/** Table 1 — OMO. */
export const ANNEX6_OMO: SectionTable = {
  title: {
    kk: '1-кесте. «ОМО интернет-ресурсының мобилді нұсқасы» көрсеткіші бойынша бағалау',
    ru: 'Таблица 1. Оценка по показателю «Мобильная версия интернет-ресурса ЦГО»',
    en: 'Table 1. Mobile version of the site: central state bodies (OMO)',
  },
  totalPerLang: ANNEX6_TOTAL_PER_LANG,
  sections: [
    generalInfo({
      kk: 'Басшыларының Т.А.Ә. (бар болса), телефон нөмірлері, электрондық пошта адрестері және интернет-ресурстарына сілтемелері (олар болған кезде) көрсетілген аумақтық бөлімшелердің тізбесі',
      ru: 'Перечень территориальных подразделений с указанием Ф.И.О. (при наличии) руководителей, номеров телефонов, адресов электронной почты и ссылок на интернет-ресурсы (при их наличии)',
      en: 'Territorial units with contacts and links (if any)',
    }),
    publicServices('1.2'),
    staffing('1.3'),
    workWithPopulation('1.4', 5),
    informationSupport('1.5', 2),
  ],
};

/** Table 2 — ZhAO. */
export const ANNEX6_ZHAO: SectionTable = {
  title: {
    kk: '2-кесте. «ЖАО интернет-ресурстарының мобилді нұсқасы» көрсеткіші бойынша бағалау',
    ru: 'Таблица 2. Оценка по показателю «Мобильная версия интернет-ресурсов МИО»',
    en: 'Table 2. Mobile version of the site: local executive bodies (ZhAO, akimats)',
  },
  totalPerLang: ANNEX6_TOTAL_PER_LANG,
  sections: [
    generalInfo({
      kk: 'Басшыларының Т.А.Ә. (бар болса), телефон нөмірлері, электрондық пошта адрестері және интернет-ресурстарына сілтемелері (олар болған кезде) көрсетілген мемлекеттік органның құрылымдық бөлімшелерінің және оған ведомстволық бағынысты ұйымдардың тізбесі',
      ru: 'Перечень структурных подразделений государственного органа и подведомственных ему организаций с указанием Ф.И.О. (при наличии) руководителей, номеров телефонов, адресов электронной почты и ссылок на интернет-ресурсы (при их наличии)',
      en: 'Subordinate bodies and structural units with contacts and links (if any)',
    }),
    { id: '1.2', title: ENTREPRENEURSHIP_SUPPORT_TITLE, points: both(2), items: ENTREPRENEURSHIP_SUPPORT_ITEMS },
    publicServices('1.3'),
    staffing('1.4'),
    workWithPopulation('1.5', 3),
    informationSupport('1.6', 1),
    {
      id: '1.7',
      title: { kk: 'Халықты әлеуметтік қорғау', ru: 'Социальная защита населения', en: 'Social protection' },
      points: both(1),
      items: [
        item(
          '1',
          'Жұмысқа орналастыру (мемлекеттік қолдау шаралары, бос лауазымдық орындар туралы хабарлама)',
          'Трудоустройство (меры государственной поддержки, объявления о вакантных должностях)',
          'Employment (support measures, vacancies)',
        ),
      ],
    },
  ],
};

export const ANNEX6: Readonly<Record<SiteType, SectionTable>> = { omo: ANNEX6_OMO, zhao: ANNEX6_ZHAO };

/** The deficiencies under the Annex 6 tables: 0.1 point each, at most 50 % of M. */
export const ANNEX6_DEFICIENCY_TYPES: readonly DeficiencyType[] = [
  {
    id: 'insufficient',
    title: {
      kk: 'Ұсынылған ақпарат жеткіліксіз',
      ru: 'Представленная информация недостаточна',
      en: 'Insufficient information',
    },
  },
  {
    id: 'not-updated',
    title: {
      kk: 'Ақпараттық материалдар уақтылы өзектілендірілмеген',
      ru: 'Информационные материалы своевременно не актуализируются',
      en: 'Materials not updated in time',
    },
  },
  {
    id: 'languages-differ',
    title: {
      kk: 'Мемлекеттік және орыс тілдеріндегі мәтіндердің бірдейлестірілмеуі',
      ru: 'Неидентичность текстов на государственном и русском языках',
      en: 'Kazakh and Russian texts not identical',
    },
  },
];

export function annex6TableProblems(): string[] {
  return [...sectionTableProblems('Annex 6 Table 1 (OMO)', ANNEX6_OMO), ...sectionTableProblems('Annex 6 Table 2 (ZhAO)', ANNEX6_ZHAO)];
}
