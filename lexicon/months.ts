/** Month names as gov.kz sites write them in dates, per language (index 0 = January). Data. */
export const MONTH_NAMES: Readonly<Record<'kk' | 'ru' | 'en', readonly (readonly string[])[]>> = {
  // Kazakh stems: the case endings (қарашада, қарашадағы, қарашаның) follow the stem.
  kk: [['қаңтар'], ['ақпан'], ['наурыз'], ['сәуір'], ['мамыр'], ['маусым'], ['шілде'], ['тамыз'], ['қыркүйек'], ['қазан'], ['қараша'], ['желтоқсан']],
  // Russian: genitive as in «12 ноября 2026 г.», and the nominative for headers like «Ноябрь 2026».
  ru: [
    ['января', 'январь'], ['февраля', 'февраль'], ['марта', 'март'], ['апреля', 'апрель'], ['мая', 'май'], ['июня', 'июнь'],
    ['июля', 'июль'], ['августа', 'август'], ['сентября', 'сентябрь'], ['октября', 'октябрь'], ['ноября', 'ноябрь'], ['декабря', 'декабрь'],
  ],
  en: [
    ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
    ['july', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec'],
  ],
};
