/** Which lexicon topics find each section and item of Annex 6 (the mobile version), Tables 1 and 2. */
import type { SiteType } from '../../crawler/snapshot/schema.ts';
import type { SectionLexicon } from './annex5.ts';
import { ENTREPRENEURSHIP_LEXICON_ITEMS } from './annex5.ts';

const GENERAL = (units: 'territorialUnits' | 'subordinateBodies'): SectionLexicon => ({
  section: ['generalInfo'],
  items: { '1': 'postalAddress', '2': 'email', '3': 'phones', '4': 'headsContacts', '5': units },
});
const SERVICES: SectionLexicon = {
  section: ['publicServices'],
  items: {
    '1': 'servicesSection',
    '2': 'servicesList',
    '3.1': 'memoForm',
    '3.2': 'memoSchedule',
    '3.3': 'memoDocuments',
    '3.4': 'memoCost',
    '3.5': 'memoTerm',
    '3.6': 'memoResult',
  },
};
const STAFFING: SectionLexicon = { section: ['staffing'], items: { '1': 'vacancies', '2': 'qualificationRequirements', '3': 'hrContacts' } };
const POPULATION: SectionLexicon = {
  section: ['workWithPopulation'],
  items: { '1': 'receptionSchedule', '2': 'receptionPhones', '3': 'decisionAppeal', '4': 'feedbackForms', '5': 'eAppeals' },
};
const NEWS: SectionLexicon = { section: ['informationSupport'], items: { '1': 'news' } };

export const ANNEX6_LEXICON: Readonly<Record<SiteType, Readonly<Record<string, SectionLexicon>>>> = {
  omo: { '1.1': GENERAL('territorialUnits'), '1.2': SERVICES, '1.3': STAFFING, '1.4': POPULATION, '1.5': NEWS },
  zhao: {
    '1.1': GENERAL('subordinateBodies'),
    '1.2': { section: ['entrepreneurship'], items: ENTREPRENEURSHIP_LEXICON_ITEMS },
    '1.3': SERVICES,
    '1.4': STAFFING,
    '1.5': POPULATION,
    '1.6': NEWS,
    '1.7': { section: ['socialProtection'], items: { '1': 'employment' } },
  },
};
