/**
 * "When am I due?" for other features (home's reminder, certify's own approval, family's elders,
 * the kiosk's day): the only file they may import from due-date/ (docs/structure.md; lint holds it).
 */
export { AddToCalendarButton } from './components/add-to-calendar-button';
export { DueDateForm, type DueFormValue } from './components/due-date-form';
export { DueReminderBanner } from './components/due-reminder-banner';
export { DueDateLink, DueReminderSlot } from './components/due-reminder-slot';
export { DueSummary } from './components/due-summary';
export { recordOwnApproval, useDueDateStore } from './due-date-store';
export { useToday } from './hooks/use-today';
export { isBenefitType, nextDueDate, type BenefitType, type DueResult } from './model/due-date-rules';
