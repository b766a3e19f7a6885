import type { SourceId } from './reference-sources';

/** FAQ entries in display order: ids name i18n keys faq:questions.<id>.{q,a}; every answer cites sources. */
export const faqQuestions = [
  { id: 'why', sources: ['regulation', 'lawBasis'] },
  { id: 'when', sources: ['mohrssModel', 'rumourRebuttal', 'weihaiCycle', 'birthdayTip'] },
  { id: 'missed', sources: ['suspensionRules', 'jilinBackPay'] },
  { id: 'silent', sources: ['mohrssModel', 'weihaiCycle', 'hainanSilent'] },
  { id: 'loginFace', sources: ['loginFaceNotCertification', 'checkRecord'] },
  { id: 'others', sources: ['helperFunction', 'eCardAndHelpers', 'fraudWarning'] },
  { id: 'elsewhere', sources: ['abolishCollective', 'mohrssModel'] },
  { id: 'abroad', sources: ['consulate'] },
  { id: 'offline', sources: ['mohrssPress', 'hainanHomeVisit', 'heilongjiangBanks', 'helperFunction'] },
] as const satisfies readonly { id: string; sources: readonly SourceId[] }[];
