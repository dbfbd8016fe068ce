/**
 * Patterns (data) for the items and deficiencies that are found by their form, not by a word:
 * e-mail addresses, Kazakhstan phone numbers, postal addresses with an index, citations of laws
 * and orders in Kazakh and Russian, and the marks of a repealed act.
 */

export const EMAIL_PATTERN = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/i;

/** +7 7162 25 10 21, 8 (7172) 74-00-00, +7 (701) 123 45 67, 1414 (a short service number). */
export const PHONE_PATTERN = /(?:\+7|(?<!\d)8)[\s(-]*\d{3,4}[\s)-]*\d{1,3}[\s-]*\d{2}[\s-]*\d{2}(?!\d)/;

/** A six-digit index near a street word: «020000, Көкшетау қ., Абай к-сі, 1» / «010000, г. Астана, ул. …». */
export const POSTAL_ADDRESS_PATTERN =
  /(?<!\d)\d{6}(?!\d)[^\n]{0,80}?(?:көше|даңғыл|к-сі|даң\.|ул\.|улица|пр\.|проспект|мкр|шағын аудан|бульвар|алаң|площадь|ш\.а\.|к\.|үй|дом)/i;

/** A citation of a law, code, decree, resolution or order, Kazakh or Russian. */
export const ACT_CITATION_PATTERNS: readonly RegExp[] = [
  /Қазақстан Республикасының[^.\n]{0,120}?(?:Заңы|Заңымен|Заңына|Заңында|кодексі|Кодексі|Жарлығы|Жарлығымен|қаулысы|Қаулысы)/,
  /[^.\n]{0,80}?(?:бұйрығы|бұйрығымен|бұйрығына)[^.\n]{0,40}?№\s*\d+/,
  /Закон(?:а|ом|е|у)? Республики Казахстан(?: от [^.\n]{0,40})?(?: №\s*[\d-]+[A-ZА-Яа-я-]*)?/,
  /[Кк]одекс(?:а|ом|е|у)? Республики Казахстан от [^.\n]{0,30}?№\s*[\d-]+/,
  /(?:Указ(?:ом|а)?|Постановлени(?:е|ем|я)|[Пп]риказ(?:ом|а)?)[^.\n]{0,80}?от [^.\n]{0,30}?№\s*[\d-]+/,
];

/** Marks of a repealed act on its page. */
export const REPEALED_PATTERNS: readonly RegExp[] = [/күші жойылды/i, /күшін жойды/i, /утратил[аои]? силу/i];

/** Hosts where the texts of legal acts are published. */
export const LEGAL_ACT_HOSTS: readonly string[] = ['adilet.zan.kz', 'zan.kz', 'legalacts.egov.kz', 'online.zakon.kz', 'zakon.kz', 'egov.kz'];

/** Phrases a site uses to say an "if any" item does not exist («жоқ», «не имеется»). */
export const NOT_APPLICABLE_PATTERNS: readonly RegExp[] = [
  /(?:бөлімшелері|органдары|ұйымдары)\s+жоқ/i,
  /(?:подразделени[йя]|орган[ыов]*|организаци[йи])\s+(?:не имеет|не имеется|отсутству)/i,
  /(?:не имеет|не имеется|отсутствуют)\s+(?:территориальн|подведомствен)/i,
  /жоспарланған тексерулер жоқ/i,
  /проверки не (?:запланированы|проводятся)/i,
];
