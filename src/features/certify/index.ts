/**
 * The one certification flow, for the routes that mount it with their own "who" step (kiosk,
 * family): the only file they may import from certify/ (docs/structure.md; lint holds it).
 */
export { CertifyFlow, type CertifyFlowProps, type PersonStepProps, type SentStepProps } from './components/certify-flow';
export { AgencyDetails } from './components/agency-details';
export { PersonForm } from './components/person-form';
export type { CertifyStep } from './model/certify-flow';
export { SentEntry } from './components/sent-entry';
