/**
 * Which lexicon topics find each section and item of Annex 5 (Tables 1 and 2). Section topics find
 * the section's pages (menu label, heading, URL); item topics find each item inside them.
 */
import type { SiteType } from '../../crawler/snapshot/schema.ts';
import type { ItemTopicKey, SectionTopicKey } from './topics.ts';

export interface SectionLexicon {
  /** Topics naming the section (and its pages). */
  section: readonly SectionTopicKey[];
  /** Item id → the topic that finds it. */
  items: Readonly<Record<string, ItemTopicKey>>;
}

const SYMBOLS: SectionLexicon = { section: ['symbols'], items: { '1': 'flag', '2': 'emblem', '3': 'anthem' } };
const IMAGE: SectionLexicon = {
  section: ['civilServiceImage'],
  items: { '1': 'presidentAddress', '2': 'addressPlan', '3': 'addressProgress', '4': 'headBlog', '5': 'ethicsCode', '6': 'antiCorruption' },
};
const TENDERS: SectionLexicon = {
  section: ['tenders'],
  items: { '1': 'procurementActs', '2': 'procurementPlan', '3': 'tendersHeld', '4': 'eProcurementLinks' },
};
const STAFFING: SectionLexicon = {
  section: ['staffing'],
  items: { '1': 'serviceEntryActs', '2': 'vacancies', '3': 'qualificationRequirements', '4': 'hrContacts' },
};
const POPULATION: SectionLexicon = {
  section: ['workWithPopulation'],
  items: { '1': 'receptionActs', '2': 'receptionSchedule', '3': 'receptionPhones', '4': 'appealsReview', '5': 'decisionAppeal', '6': 'feedbackForms', '7': 'eAppeals' },
};
const ENTREPRENEURSHIP_ITEMS = { '1': 'starterHelp', '2': 'microcredit', '3': 'agriculturePurchase', '4': 'businessConsulting' } as const;

export const ANNEX5_LEXICON: Readonly<Record<SiteType, Readonly<Record<string, SectionLexicon>>>> = {
  omo: {
    '1.1': SYMBOLS,
    '1.2': {
      section: ['generalInfo'],
      items: { '1': 'postalAddress', '2': 'email', '3': 'phones', '4': 'regulation', '5': 'structure', '6': 'territorialUnits' },
    },
    '1.3': IMAGE,
    '1.4': { section: ['ruleMaking'], items: { '1': 'adoptedActs', '2': 'draftActs', '3': 'draftDiscussion' } },
    '1.5': {
      section: ['currentActivity'],
      items: { '1': 'strategicPlan', '2': 'strategicPlanReport', '3': 'programmes', '4': 'programmeReports', '5': 'statistics', '6': 'analytics', '7': 'international' },
    },
    '1.6': { section: ['budget'], items: { '1': 'budgetTotal', '2': 'budgetExecution' } },
    '1.7': TENDERS,
    '1.8': {
      section: ['workProcedures'],
      items: {
        '1': 'controlFunctions',
        '2': 'permitProcedure',
        '3': 'applicationForms',
        '4': 'inspectionSchedule',
        '5': 'inspectionResults',
        '6': 'businessSupport',
        '7': 'businessRoadMap',
      },
    },
    '1.9': {
      section: ['publicServices'],
      items: { '1': 'servicesSection', '2': 'servicesReport', '3': 'servicesPassport', '4': 'servicesStandards', '5': 'servicesRegulations', '6': 'servicesAppeal' },
    },
    '1.10': STAFFING,
    '1.11': POPULATION,
    '1.12': {
      section: ['informationSupport'],
      items: { '1': 'news', '2': 'eventsCalendar', '3': 'otherMaterials', '4': 'publicDatabases', '5': 'usefulLinks', '6': 'latestUpdates', '7': 'methodicalSupport' },
    },
    '1.13': { section: ['greenEconomy'], items: { '1': 'greenLaws', '2': 'greenActivity' } },
  },
  zhao: {
    '1.1': SYMBOLS,
    '1.2': {
      section: ['generalInfo'],
      items: { '1': 'postalAddress', '2': 'email', '3': 'phones', '4': 'regulation', '5': 'powersActs', '6': 'structure', '7': 'subordinateBodies' },
    },
    '1.3': IMAGE,
    '1.4': { section: ['ruleMaking'], items: { '1': 'adoptedActs' } },
    '1.5': {
      section: ['currentActivity'],
      items: { '1': 'territoryPlans', '2': 'regionalProgrammeReport', '3': 'programmes', '4': 'programmeReports', '5': 'socioEconomicResults', '6': 'akimReports' },
    },
    '1.6': { section: ['budget'], items: { '1': 'budgetTotal', '2': 'budgetSocialProjects' } },
    '1.7': TENDERS,
    '1.8': { section: ['entrepreneurship'], items: { ...ENTREPRENEURSHIP_ITEMS, '5': 'businessRoadMap' } },
    '1.9': {
      section: ['publicServices'],
      items: { '1': 'servicesSection', '2': 'servicesReport', '3': 'servicesStandards', '4': 'servicesRegulations', '5': 'servicesPassport', '6': 'servicesAppeal' },
    },
    '1.10': STAFFING,
    '1.11': POPULATION,
    '1.12': { section: ['informationSupport'], items: { '1': 'news', '2': 'publicDatabases', '3': 'usefulLinks' } },
    '1.13': {
      section: ['region'],
      items: {
        '1': 'regionPassport',
        '2': 'industry',
        '3': 'agriculture',
        '4': 'infrastructure',
        '5': 'healthcare',
        '6': 'education',
        '7': 'culture',
        '8': 'investment',
      },
    },
    '1.14': { section: ['socialProtection'], items: { '1': 'employment', '2': 'socialSecurity', '3': 'migration' } },
    '1.15': { section: ['greenEconomy'], items: { '1': 'greenLaws', '2': 'greenActivity' } },
  },
};

export const ENTREPRENEURSHIP_LEXICON_ITEMS = ENTREPRENEURSHIP_ITEMS;
