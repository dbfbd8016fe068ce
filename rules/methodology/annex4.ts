/**
 * Annex 4 of the methodology — "Интернет-ресурстың қолжетімділігі" (accessibility of the internet
 * resource): 24 indicators in four groups, 10 points in all. The Kazakh titles are taken from the
 * original (shared/seeds/004_2ab0d84e587a8842.txt, Annex 4), with obvious character errors of the
 * text layer corrected; the Russian is a faithful translation; the English follows METHODOLOGY.md.
 * Every weight and deduction step of Annex 4 lives here and nowhere else.
 */
import type { LocalizedText } from './localizedText.ts';
import { round3, samePoints } from '../points.ts';

export type IndicatorKind = 'auto' | 'heuristic' | 'manual';
export type Annex4GroupId = 1 | 2 | 3 | 4;

export interface Annex4Group {
  id: Annex4GroupId;
  title: LocalizedText;
  /** The group's points as the original states them. */
  max: number;
}

export interface Annex4Item {
  id: string;
  title: LocalizedText;
}

/** How an indicator's points are given (the "Баллдарды бөлу тәртібі" column). */
export type Annex4Scoring =
  /** Full points when the requirement is met, otherwise 0. */
  | { type: 'all-or-nothing' }
  /** −perItem for each listed item not met (a browser, a menu element, a requirement); floored at 0. */
  | { type: 'per-item'; perItem: number; items: Annex4Item[] }
  /** −perOccurrence for each occurrence of a defect, the total taken off at most `cap`. */
  | { type: 'per-occurrence'; perOccurrence: number; cap: number; occurrence: LocalizedText }
  /** Full points when at least `minShare` of the materials are within `maxClicks` clicks of the home page. */
  | { type: 'share-threshold'; maxClicks: number; minShare: number }
  /** Points by search-engine rank, averaged over the engines. */
  | { type: 'rank-steps'; engines: string[]; steps: { fromRank: number; toRank: number | null; points: number }[] }
  /** One of several levels (the bonus for the English version). */
  | { type: 'levels'; levels: { points: number; title: LocalizedText }[] };

export interface Annex4Indicator {
  /** '2.2' — the number in the original; results use 'A4-2.2'. */
  id: string;
  group: Annex4GroupId;
  title: LocalizedText;
  max: number;
  kind: IndicatorKind;
  scoring: Annex4Scoring;
}

export const ANNEX4_TITLE: LocalizedText = {
  kk: '«Интернет-ресурстың қолжетімділігі» параметрі бойынша бағалау',
  ru: 'Оценка по параметру «Доступность интернет-ресурса»',
  en: 'Evaluation of the "Accessibility of the internet resource" parameter',
};

/** The sum of Annex 4 maxima ("ЖИЫНЫ 10"). */
export const ANNEX4_TOTAL = 10;

export const ANNEX4_GROUPS: readonly Annex4Group[] = [
  {
    id: 1,
    title: {
      kk: 'Интернет желісіндегі интернет-ресурстың қолжетімділігі',
      ru: 'Доступность интернет-ресурса в сети Интернет',
      en: 'Accessibility of the site on the Internet (search engines)',
    },
    max: 1,
  },
  {
    id: 2,
    title: {
      kk: 'Интернет-ресурстағы ақпаратқа қолжетімділігі',
      ru: 'Доступность информации на интернет-ресурсе',
      en: 'Access to information on the site (structure and navigation)',
    },
    max: 6,
  },
  {
    id: 3,
    title: {
      kk: 'Мүмкіндігі шектеулі адамдар үшін ақпараттың қолжетімділігі',
      ru: 'Доступность информации для лиц с ограниченными возможностями',
      en: 'Accessibility of information for persons with disabilities',
    },
    max: 1.6,
  },
  {
    id: 4,
    title: {
      kk: 'Интерактивтік байланыс құралдарының бар болуы',
      ru: 'Наличие средств интерактивного взаимодействия',
      en: 'Interactive communication tools',
    },
    max: 1.4,
  },
];

const item = (id: string, kk: string, ru: string, en: string): Annex4Item => ({ id, title: { kk, ru, en } });

export const ANNEX4: readonly Annex4Indicator[] = [
  {
    id: '1.1',
    group: 1,
    title: {
      kk: 'Мемлекеттік органның қабылданған толық және қысқаша атауы бойынша google, yandex, mail.ru іздеу жүйелерінде интернет-ресурстың қолжетімділігі',
      ru: 'Доступность интернет-ресурса в поисковых системах google, yandex, mail.ru по принятому полному и краткому наименованию государственного органа',
      en: "Site found by the body's full and short name in Google, Yandex, Mail.ru",
    },
    max: 1,
    kind: 'manual',
    scoring: {
      type: 'rank-steps',
      engines: ['Google', 'Yandex', 'Mail.ru'],
      steps: [
        { fromRank: 1, toRank: 10, points: 1 },
        { fromRank: 11, toRank: 20, points: 0.5 },
        { fromRank: 21, toRank: null, points: 0 },
      ],
    },
  },
  {
    id: '2.1',
    group: 2,
    title: {
      kk: 'Firefox, Internet Explorer, Google Chrome, Opera, Safari браузерлерінде, сондай-ақ Android, Windows Phone, iOS браузерлерінің негізгі мобильді тұғырнамаларында интернет-ресурс құрылымы мен ақпаратын дұрыс көрсету',
      ru: 'Корректное отображение структуры и информации интернет-ресурса в браузерах Firefox, Internet Explorer, Google Chrome, Opera, Safari, а также на основных мобильных платформах браузеров Android, Windows Phone, iOS',
      en: 'Structure and information display correctly in Firefox, Internet Explorer, Chrome, Opera, Safari and on Android, Windows Phone, iOS',
    },
    max: 0.25,
    kind: 'auto',
    scoring: {
      type: 'per-item',
      perItem: 0.03,
      items: [
        item('firefox', 'Firefox', 'Firefox', 'Firefox'),
        item('ie', 'Internet Explorer', 'Internet Explorer', 'Internet Explorer'),
        item('chrome', 'Google Chrome', 'Google Chrome', 'Google Chrome'),
        item('opera', 'Opera', 'Opera', 'Opera'),
        item('safari', 'Safari', 'Safari', 'Safari'),
        item('android', 'Android', 'Android', 'Android'),
        item('windows-phone', 'Windows Phone', 'Windows Phone', 'Windows Phone'),
        item('ios', 'iOS', 'iOS', 'iOS'),
      ],
    },
  },
  {
    id: '2.2',
    group: 2,
    title: {
      kk: 'Навигациялық қолжетімділігі (навигация мәзірін пайдалана отырып, бастапқы бетінен бастап кез келген құжат немесе ақпарат 5-тен аспайтын өтумен қолжетімді болуы тиіс)',
      ru: 'Навигационная доступность (любой документ или информация должны быть доступны с начальной страницы с использованием навигационного меню не более чем за 5 переходов)',
      en: 'Navigational accessibility: any document reachable from the home page in ≤ 5 clicks',
    },
    max: 0.3,
    kind: 'auto',
    scoring: { type: 'share-threshold', maxClicks: 5, minShare: 0.5 },
  },
  {
    id: '2.3',
    group: 2,
    title: {
      kk: 'Интернет-ресурстың әрбір парағында негізгі навигациялық мәзірдің, бастапқы парағына сілтеменің, сайт картасының, іздеу түрлерінің бар болуы',
      ru: 'Наличие на каждой странице интернет-ресурса основного навигационного меню, ссылки на начальную страницу, карты сайта, средств поиска',
      en: 'On every page: main navigation menu, link to the home page, link to the site map, search',
    },
    max: 0.45,
    kind: 'auto',
    scoring: {
      type: 'per-item',
      perItem: 0.15,
      items: [
        item('main-menu', 'Негізгі навигациялық мәзір', 'Основное навигационное меню', 'Main navigation menu'),
        item('home-link', 'Бастапқы парағына сілтеме', 'Ссылка на начальную страницу', 'Link to the home page'),
        item('sitemap-link', 'Сайт картасы', 'Карта сайта', 'Link to the site map'),
        item('search', 'Іздеу', 'Поиск', 'Search'),
      ],
    },
  },
  {
    id: '2.4',
    group: 2,
    title: {
      kk: 'Интернет-ресурстың иерархиялық құрылымында пайдаланушының тұрған жерін көрсететін навигациялық тізбегінің бар болуы',
      ru: 'Наличие навигационной цепочки, показывающей местонахождение пользователя в иерархической структуре интернет-ресурса',
      en: "Breadcrumbs showing the user's place in the hierarchy",
    },
    max: 1,
    kind: 'auto',
    scoring: { type: 'all-or-nothing' },
  },
  {
    id: '2.5',
    group: 2,
    title: { kk: 'Сайт картасының бар болуы', ru: 'Наличие карты сайта', en: 'Site map present' },
    max: 0.4,
    kind: 'auto',
    scoring: {
      type: 'per-occurrence',
      perOccurrence: 0.1,
      cap: 0.2,
      occurrence: {
        kk: 'Сайт картасында орналастырылған, жұмыс істемейтін сілтеме',
        ru: 'Неработающая ссылка, размещённая в карте сайта',
        en: 'Broken link in the site map',
      },
    },
  },
  {
    id: '2.6',
    group: 2,
    title: {
      kk: 'Ақпаратты іздеуге қолжетімділігі',
      ru: 'Доступность поиска информации',
      en: 'Search: field of ≥ 20 characters, full-text, advanced, results page keeping the query',
    },
    max: 1,
    kind: 'auto',
    scoring: {
      type: 'per-item',
      perItem: 0.25,
      items: [
        item(
          '1',
          'Іздеу жолында 20-дан кем емес символды енгізу',
          'Ввод в строку поиска не менее 20 символов',
          'The search field takes ≥ 20 characters',
        ),
        item(
          '2',
          'Интернет-ресурста орнатылған, барлық мәтіндік ақпарат бойынша мәтіндік іздеудің бар болуы',
          'Наличие полнотекстового поиска по всей текстовой информации, размещённой на интернет-ресурсе',
          'Full-text search over all text of the site',
        ),
        item(
          '3',
          'Интернет-ресурс бойынша кеңейтілген іздеу функцияларының бар болуы',
          'Наличие функций расширенного поиска по интернет-ресурсу',
          'Advanced search functions',
        ),
        item(
          '4',
          'Іздеу нәтижелерін жеке парақта шығару (бұл ретте іздеу сұрауы іздеу жолында қалуы тиіс)',
          'Вывод результатов поиска на отдельной странице (при этом поисковый запрос должен оставаться в строке поиска)',
          'Results on a separate page with the query kept in the search field',
        ),
      ],
    },
  },
  {
    id: '2.7',
    group: 2,
    title: {
      kk: 'Ақпарат форматына қолжетімділігі',
      ru: 'Доступность формата информации',
      en: 'Formats: machine-readable text, format and size of downloads, no special software, no authorisation',
    },
    max: 1,
    kind: 'heuristic',
    scoring: {
      type: 'per-item',
      perItem: 0.25,
      items: [
        item(
          '1',
          'Ақпаратты мәтіннің еркін фрагментін іздеу және көшіру мүмкіндігін сақтайтын гипермәтіндік және мәтінде оқылатын нысанда орналастыру: мәтіннің коды UTF-8 форматында; мәтіндер rtf, txt, HTML, XML форматтарында; мұрағаттық файлдар zip форматында',
          'Размещение информации в гипертекстовой и машиночитаемой форме, сохраняющей возможность поиска и копирования произвольного фрагмента текста: кодировка текста UTF-8; тексты в форматах rtf, txt, HTML, XML; архивные файлы в формате zip',
          'Hypertext and machine-readable forms allowing search and copying; UTF-8; rtf, txt, HTML, XML; zip archives',
        ),
        item(
          '2',
          'Жүктеу үшін қолжетімді құжаттардың форматтары мен көлемдерін көрсету',
          'Указание форматов и размеров документов, доступных для загрузки',
          'Format and size shown for downloadable documents',
        ),
        item(
          '3',
          'Арнайы бағдарламалық қамтамасыз етуді орнатпай-ақ, интернет-ресурста орналастырылған ақпаратқа қолжеткізуді қамтамасыз ету',
          'Обеспечение доступа к размещённой на интернет-ресурсе информации без установки специального программного обеспечения',
          'No special software needed',
        ),
        item(
          '4',
          'Авторландырусыз, интернет-ресурста орналастырылған ақпаратқа қолжеткізуді қамтамасыз ету',
          'Обеспечение доступа к размещённой на интернет-ресурсе информации без авторизации',
          'No authorisation needed',
        ),
      ],
    },
  },
  {
    id: '2.8',
    group: 2,
    title: {
      kk: 'Көлемді құжаттар бойынша навигациясы',
      ru: 'Навигация по объёмным документам',
      en: 'Navigation in large documents',
    },
    max: 0.4,
    kind: 'heuristic',
    scoring: {
      type: 'per-item',
      perItem: 0.2,
      items: [
        item(
          '1',
          'Ақпаратты мағынасы бойынша үлкен блоктарға бөлу',
          'Разбиение информации на крупные смысловые блоки',
          'Split into meaningful blocks',
        ),
        item(
          '2',
          'Нормативтік құқықтық актілер мәтінінде құжаттың әр түрлі бөлімдеріне ішкі сілтемелердің (якорьлердің) болуы',
          'Наличие в текстах нормативных правовых актов внутренних ссылок (якорей) на различные разделы документа',
          'Anchors to the parts of normative legal act texts',
        ),
      ],
    },
  },
  {
    id: '2.9',
    group: 2,
    title: {
      kk: 'Ақпаратты орналастырылған күні мен уақытын, сондай-ақ ақпаратты соңғы өзгертудің күні мен уақытын көрсету',
      ru: 'Указание даты и времени размещения информации, а также даты и времени последнего изменения информации',
      en: 'Date and time of publication and of last change shown',
    },
    max: 0.4,
    kind: 'auto',
    scoring: {
      type: 'per-item',
      perItem: 0.2,
      items: [
        item(
          'published',
          'Ақпаратты орналастырылған күні мен уақыты',
          'Дата и время размещения информации',
          'Date and time of publication',
        ),
        item(
          'modified',
          'Ақпаратты соңғы өзгертудің күні мен уақыты',
          'Дата и время последнего изменения информации',
          'Date and time of the last change',
        ),
      ],
    },
  },
  {
    id: '2.10',
    group: 2,
    title: {
      kk: 'Гипермәтіндік сілтемелерге қолжетімділік',
      ru: 'Доступность гипертекстовых ссылок',
      en: 'Hyperlinks: no inactive links, language switch to the same page, external links in a new window',
    },
    max: 0.6,
    kind: 'auto',
    scoring: {
      type: 'per-item',
      perItem: 0.2,
      items: [
        item(
          '1',
          'Белсенді емес сілтемелердің және пайдаланылмайтын беттерге сілтемелердің болмауы',
          'Отсутствие неактивных ссылок и ссылок на неиспользуемые страницы',
          'No inactive links and no links to unused pages',
        ),
        item(
          '2',
          'Басқа тілдік нұсқаның сілтемесі бойынша тиісті параққа өту мүмкіндігі (интернет-ресурстың тілін өзгерткен кезде қаралып отырған сол парақ ашылуы тиіс)',
          'Возможность перехода по ссылке другой языковой версии на соответствующую страницу (при смене языка интернет-ресурса должна открываться та же просматриваемая страница)',
          'The language switch opens the same page in the other language',
        ),
        item(
          '3',
          'Сыртқы интернет-ресурсқа гиперсілтеме орналастырылған кезде сыртқы интернет-ресурстың тиісті беті веб-шолғыштың жаңа терезесінде (қойындысында) ашылуы және бұл туралы пайдаланушыны хабардар ету',
          'При размещении гиперссылки на внешний интернет-ресурс соответствующая страница внешнего интернет-ресурса открывается в новом окне (вкладке) браузера, и пользователь об этом уведомляется',
          'External links open in a new window/tab and the user is told so',
        ),
      ],
    },
  },
  {
    id: '2.11',
    group: 2,
    title: {
      kk: 'Мемлекеттік органның ресми интернет-ресурсын көрсету «сайт атауында» болуы',
      ru: 'Указание в «названии сайта» на официальный интернет-ресурс государственного органа',
      en: 'The site name states that it is the official internet resource of the body',
    },
    max: 0.1,
    kind: 'auto',
    scoring: { type: 'all-or-nothing' },
  },
  {
    id: '2.12',
    group: 2,
    title: {
      kk: 'Интернет-ресурстың басты парағына тікелей қолжеткізуді қамтамасыз ету (тіректің болмауы)',
      ru: 'Обеспечение прямого доступа к главной странице интернет-ресурса (отсутствие заставки)',
      en: 'Direct access to the home page (no splash or intermediate page)',
    },
    max: 0.1,
    kind: 'auto',
    scoring: { type: 'all-or-nothing' },
  },
  {
    id: '3.1',
    group: 3,
    title: {
      kk: 'Мағыналық жүктеме арқалайтын мәтіндік емес медиа веб-контент үшін балама мәтіннің бар болуы',
      ru: 'Наличие текстовой альтернативы для нетекстового медиа веб-контента, несущего смысловую нагрузку',
      en: 'Text alternative for non-text content that carries meaning',
    },
    max: 0.2,
    kind: 'auto',
    scoring: { type: 'all-or-nothing' },
  },
  {
    id: '3.2',
    group: 3,
    title: {
      kk: 'Үш секундтан аса автоматты түрде ойнатылатын веб-контент үшін тоқтату, кідірту немесе дыбысын сөндіру тетігінің бар болуы',
      ru: 'Наличие механизма остановки, паузы или отключения звука для веб-контента, автоматически воспроизводимого более трёх секунд',
      en: 'Media that plays automatically for more than 3 s can be stopped, paused or muted',
    },
    max: 0.2,
    kind: 'auto',
    scoring: { type: 'all-or-nothing' },
  },
  {
    id: '3.3',
    group: 3,
    title: {
      kk: 'Үш секундтан аса автоматты түрде іске қосылатын, жарқылды қамтитын жылжымалы, жыпылықтайтын, айналатын веб-контентті тоқтату тетігінің бар болуы',
      ru: 'Наличие механизма остановки движущегося, мигающего, прокручивающегося веб-контента, автоматически запускаемого более чем на три секунды',
      en: 'Moving, blinking, scrolling content that starts automatically for more than 3 s can be stopped',
    },
    max: 0.2,
    kind: 'heuristic',
    scoring: { type: 'all-or-nothing' },
  },
  {
    id: '3.4',
    group: 3,
    title: {
      kk: 'Интерфейстің белсенді құрауышын бір мезгілде бөле отырып, пернетақтаның көмегімен веб-контенттің барлық функционалдығын басқару мүмкіндігінің бар болуы',
      ru: 'Возможность управления всей функциональностью веб-контента с помощью клавиатуры с одновременным выделением активного компонента интерфейса',
      en: 'All functionality operable from the keyboard',
    },
    max: 0.2,
    kind: 'auto',
    scoring: { type: 'all-or-nothing' },
  },
  {
    id: '3.5',
    group: 3,
    title: {
      kk: 'Интернет-ресурстың веб-бетінде мәтіндік ақпараттың үлкен көлемі орналасқан кезде пайдаланушыға веб-беттің басына қайтуға мүмкіндік беретін «Жоғарыға» сілтемесінің және әрбір веб-бетте веб-беттің негізгі мазмұнына өту сілтемесінің бар болуы',
      ru: 'Наличие ссылки «Наверх», позволяющей пользователю вернуться к началу веб-страницы при размещении на ней большого объёма текстовой информации, и ссылки перехода к основному содержимому на каждой веб-странице',
      en: 'A "to top" link on pages with much text, and a link to skip to the main content on every page',
    },
    max: 0.2,
    kind: 'auto',
    scoring: { type: 'all-or-nothing' },
  },
  {
    id: '3.6',
    group: 3,
    title: {
      kk: 'Пайдаланушы ақпаратты енгізген кезде анықталған қате туралы мәтіндік хабарламаның бар болуы (формаларды толтырған кезде)',
      ru: 'Наличие текстового сообщения об ошибке, выявленной при вводе информации пользователем (при заполнении форм)',
      en: 'A text message about an input error when forms are filled in',
    },
    max: 0.2,
    kind: 'auto',
    scoring: { type: 'all-or-nothing' },
  },
  {
    id: '3.7',
    group: 3,
    title: {
      kk: 'Мәтіннің фонға қатысты кереғарлық (контраст) деңгейін 4,5:1-ден кем емес сақтау',
      ru: 'Соблюдение уровня контрастности текста по отношению к фону не менее 4,5:1',
      en: 'Text contrast against the background not below 4.5:1',
    },
    max: 0.2,
    kind: 'auto',
    scoring: { type: 'all-or-nothing' },
  },
  {
    id: '3.8',
    group: 3,
    title: {
      kk: 'Горизонталды айналдыруға бармай-ақ, веб-контентті немесе интернет-ресурстың функционалдығын жоғалтпай-ақ (мәтіннің қиылуын және қабаттасуын болдырмай) шрифт көлемін 200%-ға дейін өзгерту мүмкіндігі',
      ru: 'Возможность изменения размера шрифта до 200 % без горизонтальной прокрутки и без потери веб-контента или функциональности интернет-ресурса (без обрезания и наложения текста)',
      en: 'Font size can be changed up to 200 % without loss of content or function and without horizontal scrolling',
    },
    max: 0.2,
    kind: 'auto',
    scoring: { type: 'all-or-nothing' },
  },
  {
    id: '4.1',
    group: 4,
    title: {
      kk: 'Сұраныстарды жолдау үшін кері байланыс формасының бар болуы',
      ru: 'Наличие формы обратной связи для направления запросов',
      en: 'Feedback form for sending requests',
    },
    max: 0.3,
    kind: 'auto',
    scoring: { type: 'all-or-nothing' },
  },
  {
    id: '4.2',
    group: 4,
    title: {
      kk: 'Анонстарды, жаңалықтарды, мемлекеттік сатып алу конкурстарын өткізу туралы хабарламаларды беру үшін RSS-арнасының бар болуы',
      ru: 'Наличие RSS-канала для трансляции анонсов, новостей, сообщений о проведении конкурсов по государственным закупкам',
      en: 'RSS channel for announcements, news and public-procurement notices',
    },
    max: 0.3,
    kind: 'auto',
    scoring: {
      type: 'per-item',
      perItem: 0.15,
      items: [
        item('news', 'Жаңалықтар', 'Новости', 'News'),
        item('announcements', 'Анонстар (хабарландырулар)', 'Анонсы (объявления)', 'Announcements'),
        item(
          'procurement',
          'Мемлекеттік сатып алу конкурстарын өткізу туралы хабарламалар',
          'Сообщения о проведении конкурсов по государственным закупкам',
          'Public-procurement notices',
        ),
      ],
    },
  },
  {
    id: '4.3',
    group: 4,
    title: {
      kk: 'Мемлекеттік органның интернет-ресурсына жеке және заңды тұлғалардан келіп түскен сұрауларды талдау негізінде қалыптастырылған «Жиі қойылатын сұрақтар» (FAQ) бөлімінің бар болуы',
      ru: 'Наличие раздела «Часто задаваемые вопросы» (FAQ), сформированного на основе анализа запросов, поступивших на интернет-ресурс государственного органа от физических и юридических лиц',
      en: 'FAQ section built from requests received',
    },
    max: 0.3,
    kind: 'auto',
    scoring: { type: 'all-or-nothing' },
  },
  {
    id: '4.4',
    group: 4,
    title: {
      kk: 'Ағылшын тіліндегі нұсқасының бар болуы',
      ru: 'Наличие версии на английском языке',
      en: 'English version (bonus)',
    },
    max: 0.5,
    kind: 'auto',
    scoring: {
      type: 'levels',
      levels: [
        {
          points: 0.5,
          title: {
            kk: 'Ақпараттық материалдардың 100% аудармасы бар (НҚА-дан басқа барлық ақпараттық материалдар)',
            ru: 'Переведено 100 % информационных материалов (все информационные материалы, кроме НПА)',
            en: '100 % of information materials (all but normative acts) translated',
          },
        },
        {
          points: 0.25,
          title: {
            kk: 'Интернет-ресурстың барлық беттерінің интерфейсі және жаңалық хабарламалары аударылған',
            ru: 'Переведены интерфейс всех страниц интернет-ресурса и новостные сообщения',
            en: 'Interface of all pages and the news translated',
          },
        },
        {
          points: 0,
          title: {
            kk: 'Тек басты беттің интерфейсі аударылған',
            ru: 'Переведён только интерфейс главной страницы',
            en: 'Only the home page interface translated',
          },
        },
      ],
    },
  },
];

/** The Annex 4 indicator with this number ('2.2'), or undefined. */
export function annex4Indicator(id: string): Annex4Indicator | undefined {
  return ANNEX4.find((indicator) => indicator.id === id);
}

/** The Annex 4 indicator with this number; throws when the table has no such row (a programming error). */
export function requireAnnex4(id: string): Annex4Indicator {
  const found = annex4Indicator(id);
  if (!found) throw new Error(`Annex 4 has no indicator ${id}`);
  return found;
}

/** Problems with the table: maxima that do not add up to 10 or to their group's points, duplicate ids. */
export function annex4TableProblems(): string[] {
  const problems: string[] = [];
  const total = round3(ANNEX4.reduce((sum, indicator) => sum + indicator.max, 0));
  if (!samePoints(total, ANNEX4_TOTAL)) problems.push(`Annex 4 maxima sum to ${total}, not ${ANNEX4_TOTAL}`);
  for (const group of ANNEX4_GROUPS) {
    const sum = round3(ANNEX4.filter((i) => i.group === group.id).reduce((s, i) => s + i.max, 0));
    if (!samePoints(sum, group.max)) problems.push(`Annex 4 group ${group.id} sums to ${sum}, not ${group.max}`);
  }
  const ids = new Set<string>();
  for (const indicator of ANNEX4) {
    if (ids.has(indicator.id)) problems.push(`Annex 4 indicator ${indicator.id} appears twice`);
    ids.add(indicator.id);
    const s = indicator.scoring;
    if (s.type === 'per-occurrence' && s.cap > indicator.max) problems.push(`Annex 4 ${indicator.id}: cap above max`);
    if (s.type === 'levels' && !s.levels.some((l) => samePoints(l.points, indicator.max))) {
      problems.push(`Annex 4 ${indicator.id}: no level gives the maximum`);
    }
  }
  return problems;
}
