/**
 * Words of Annex 4 groups 2 and 4 in Kazakh (Cyrillic and Latin), Russian and English: the home
 * page, search, breadcrumbs, FAQ, feedback, "under construction", publication and update dates,
 * "official internet resource", "opens in a new window", "page not found", advanced search.
 */

const test = (re: RegExp, text: string | null | undefined): boolean => typeof text === 'string' && re.test(text);

/** A link to the home page: «Басты бет», «Главная», «Home». */
export const HOME_LINK_TEXT = /^(\s*(басты\s+бет(ке)?|басты\s+парақ|bastı\s+bet|basty\s+bet|главная(\s+страница)?|на\s+главную|home(\s*page)?|main\s+page)\s*)$/iu;
/** Search: «Іздеу», «Поиск», «Search». */
export const SEARCH_TEXT = /(іздеу|izdeu|поиск|найти|search)/iu;
/** Advanced search: «Кеңейтілген іздеу», «Расширенный поиск», «Advanced search». */
export const ADVANCED_SEARCH_TEXT = /(кеңейтілген\s+іздеу|keñeıtılgen\s+izdeu|kengeitilgen\s+izdeu|расширенный\s+поиск|advanced\s+search)/iu;
/** Field names of search filters (section, type, dates). */
export const SEARCH_FILTER_NAME = /(section|category|cat|type|rubric|from|to|date|since|until|period|year|sort|bolim|razdel)/i;
/** Breadcrumbs by class/label: «Навигациялық тізбек», «Хлебные крошки», «breadcrumb». */
export const BREADCRUMB_TEXT = /(breadcrumb|навигациялық\s+тізбек|хлебн\p{L}*\s+крошк|навигационная\s+цепочка)/iu;
/** FAQ: «Жиі қойылатын сұрақтар», «Часто задаваемые вопросы», «FAQ». */
export const FAQ_TEXT = /(жиі\s+қойылатын\s+сұрақ|jıı\s+qoıylatyn\s+suraq|zhii\s+koiylatyn|часто\s+задаваемые\s+вопрос|вопрос[ыа]?\s*(и|-|–)\s*ответ|сұрақ(-|\s)жауап|frequently\s+asked|\bfaq\b)/iu;
export const FAQ_PATH = /(faq|chzv|voprosy|questions)/i;
/** Feedback / internet reception: «Кері байланыс», «Обратная связь», «Интернет-қабылдау», «Интернет-приёмная», eOtinish. */
export const FEEDBACK_TEXT = /(кері\s+байланыс|keri\s+baılanys|keri\s+bailanys|обратная\s+связь|интернет[-\s]*(қабылдау|приемная|приёмная)|блог\s+(руководителя|басшы)|өтініш\s+жіберу|отправить\s+обращение|e-?otinish|feedback|contact\s+us|internet\s+reception)/iu;
export const FEEDBACK_URL = /(eotinish\.kz|e-otinish|\/feedback|obratnaya-svyaz|kerі-bailanys|internet-priemnaya|blog)/i;
/** Message fields of a feedback form (by name/label). */
export const MESSAGE_FIELD_TEXT = /(message|msg|text|body|comment|question|appeal|хабарлама|мәтін|сұрақ|өтініш|сообщение|текст|вопрос|обращение)/iu;
/** "Under construction": «Бөлім әзірленуде», «Раздел в разработке», «Страница в стадии наполнения». */
export const UNDER_CONSTRUCTION_TEXT = /(бөлім\s+әзірлену|бет\s+әзірлену|әзірлену\s+үстінде|толтырылу\s+үстінде|толықтырылу\s+үстінде|раздел\s+в\s+разработке|страница\s+в\s+разработке|в\s+стадии\s+(наполнения|разработки)|находится\s+в\s+разработке|раздел\s+наполняется|under\s+construction|coming\s+soon|page\s+is\s+being\s+prepared)/iu;
/** A page that says it was not found although it answered 200 (a soft 404). */
export const NOT_FOUND_TEXT = /(бет\s+табылмады|парақ\s+табылмады|страница\s+не\s+найдена|запрашиваемая\s+страница\s+не\s+(существует|найдена)|page\s+not\s+found|not\s+found|^\s*404\b|\b404\s*[-–:|])/iu;
/** Publication labels: «Жарияланды», «Жарияланған күні», «Опубликовано», «Дата публикации», «Published». */
export const PUBLISHED_LABEL = /(жарияланды|жарияланған|жариялану\s+күні|орналастырылған\s+күні|орналастырылды|опубликовано|дата\s+публикации|дата\s+размещения|размещено|published|posted|date\s+of\s+publication)/iu;
/** Last-change labels: «Жаңартылды», «Соңғы өзгеріс», «Өзгертілген күні», «Обновлено», «Дата изменения», «Updated». */
export const MODIFIED_LABEL = /(жаңартылды|жаңартылған|соңғы\s+өзгеріс|өзгертілген\s+күні|өзгертілді|өзгеріс\s+енгізілген|обновлено|дата\s+(последнего\s+)?изменения|изменено|последнее\s+изменение|дата\s+обновления|updated|last\s+(modified|changed|updated)|modified)/iu;
/** «ресми интернет-ресурсы», «официальный интернет-ресурс», «официальный сайт», «official website». */
export const OFFICIAL_RESOURCE_TEXT = /(ресми\s+(интернет[-\s]*ресурс|сайт|веб[-\s]*сайт|портал)|resmi\s+(ınternet|internet)[-\s]*resurs|официальн\p{L}*\s+(интернет[-\s]*ресурс|сайт|веб[-\s]*сайт|портал)|official\s+(internet[-\s]*resource|web\s*site|website|site|portal))/iu;
/** The user is told a link opens in a new window/tab. */
export const NEW_WINDOW_TEXT = /(жаңа\s+(терезе|бет|қойынды)|жаңа\s+терезеде|в\s+новом\s+(окне|вкладке)|откроется\s+в\s+нов|открывается\s+в\s+нов|нов(ое|ом)\s+(окн|вкладк)|new\s+(window|tab)|external\s+link|сыртқы\s+сілтеме|внешняя\s+ссылка)/iu;
/** Normative legal acts: «НҚА», «Нормативтік құқықтық акт», «НПА», «Нормативные правовые акты», laws, decrees. */
export const NORMATIVE_ACT_TEXT = /(нормативтік\s+құқықтық|нқа|нормативн\p{L}*\s+правов|нпа|normative\s+legal|\bзаң\b|\bзакон\b|қаулы|постановлени|бұйрық|приказ|шешім|решени)/iu;
export const NORMATIVE_ACT_PATH = /(npa|nqa|nka|normativ|legal-?acts|zakon|documents\/(law|act))/i;

export const isHomeLinkText = (t: string | null | undefined) => test(HOME_LINK_TEXT, t);
export const isSearchText = (t: string | null | undefined) => test(SEARCH_TEXT, t);
export const isAdvancedSearchText = (t: string | null | undefined) => test(ADVANCED_SEARCH_TEXT, t);
export const isFaqText = (t: string | null | undefined) => test(FAQ_TEXT, t);
export const isFeedbackText = (t: string | null | undefined) => test(FEEDBACK_TEXT, t);
export const isMessageFieldText = (t: string | null | undefined) => test(MESSAGE_FIELD_TEXT, t);
export const saysUnderConstruction = (t: string | null | undefined) => test(UNDER_CONSTRUCTION_TEXT, t);
export const saysNotFound = (t: string | null | undefined) => test(NOT_FOUND_TEXT, t);
export const hasPublishedLabel = (t: string | null | undefined) => test(PUBLISHED_LABEL, t);
export const hasModifiedLabel = (t: string | null | undefined) => test(MODIFIED_LABEL, t);
export const namesOfficialResource = (t: string | null | undefined) => test(OFFICIAL_RESOURCE_TEXT, t);
export const tellsNewWindow = (t: string | null | undefined) => test(NEW_WINDOW_TEXT, t);
export const namesNormativeActs = (t: string | null | undefined) => test(NORMATIVE_ACT_TEXT, t);

/** Share of letters that are Latin among Latin + Cyrillic letters (0 when there are none). */
export function latinShare(text: string): number {
  let latin = 0;
  let cyrillic = 0;
  for (const ch of text) {
    if (/[a-z]/i.test(ch)) latin += 1;
    else if (/[\u0400-\u04ff]/.test(ch)) cyrillic += 1;
  }
  return latin + cyrillic === 0 ? 0 : latin / (latin + cyrillic);
}

/** A document format named next to a link: «PDF», «DOCX», «формат: pdf». */
export const DOC_FORMAT_TEXT = /(\b|[\s(,.])(pdf|docx?|xlsx?|pptx?|odt|ods|rtf|txt|csv|zip|rar|7z|djvu|xml|html?)(\b|[\s),.])/iu;
/** A size next to a link: «12 КБ», «1,2 MB», «340 Кб», «15 байт». */
export const DOC_SIZE_TEXT = /\d+([.,]\d+)?\s*(б|байт|кб|kб|мб|гб|b|bytes?|kb|kib|mb|mib|gb)(?![\p{L}])/iu;
/** Pages that ask to sign in (a document behind authorisation redirects there). */
export const LOGIN_PATH = /(\/login|\/signin|\/sign-in|\/auth\b|\/auth\/|\/account\/login|\/kiru|\/vhod|\/oauth|idp\.|\/sso\b)/i;
/** News, announcements and documents: the "materials" whose dates indicator 2.9 asks for. */
export const MATERIAL_PATH = /(news|novost|zhanalyq|jana|press|announce|obyavlen|habarland|events|sobyti|documents|dokument|npa|nqa|legal-acts|articles|publications|details\/\d)/i;

export const showsDocFormat = (t: string | null | undefined) => test(DOC_FORMAT_TEXT, t);
export const showsDocSize = (t: string | null | undefined) => test(DOC_SIZE_TEXT, t);
