import type { SourceId } from '../data/reference-sources';

/** The six steps of the guide, in order. Points and checks are i18n keys of the guide namespace. */
export const guideSteps = [
  {
    id: 'install',
    points: ['steps.install.points.p1', 'steps.install.points.p2', 'steps.install.points.p3'],
    checks: ['steps.install.checks.c1', 'steps.install.checks.c2'],
    sources: ['mohrssModel', 'eCardAndHelpers'],
  },
  {
    id: 'login',
    points: ['steps.login.points.p1', 'steps.login.points.p2', 'steps.login.points.p3', 'steps.login.points.p4', 'steps.login.points.p5'],
    checks: ['steps.login.checks.c1', 'steps.login.checks.c2', 'steps.login.checks.c3'],
    sources: ['loginFaceNotCertification', 'jiningTwoScans', 'chongqingScam'],
  },
  {
    id: 'find',
    points: ['steps.find.points.p1', 'steps.find.points.p2', 'steps.find.points.p3', 'steps.find.points.p4'],
    checks: ['steps.find.checks.c1', 'steps.find.checks.c2'],
    sources: ['eCardAndHelpers', 'helperFunction', 'fraudWarning'],
  },
  {
    id: 'face',
    points: ['steps.face.points.p1', 'steps.face.points.p2', 'steps.face.points.p3', 'steps.face.points.p4', 'steps.face.points.p5', 'steps.face.points.p6'],
    checks: ['steps.face.checks.c1', 'steps.face.checks.c2', 'steps.face.checks.c3'],
    sources: ['xinxiangTips', 'hebeiAppTips', 'glassesTips', 'jiningTwoScans'],
  },
  {
    id: 'submit',
    points: ['steps.submit.points.p1', 'steps.submit.points.p2', 'steps.submit.points.p3', 'steps.submit.points.p4'],
    checks: ['steps.submit.checks.c1', 'steps.submit.checks.c2'],
    sources: ['mohrssModel', 'consulate', 'weihaiCycle'],
  },
  {
    id: 'result',
    points: ['steps.result.points.p1', 'steps.result.points.p2', 'steps.result.points.p3', 'steps.result.points.p4', 'steps.result.points.p5'],
    checks: ['steps.result.checks.c1', 'steps.result.checks.c2'],
    sources: ['checkRecord', 'loginFaceNotCertification', 'hebeiAppTips', 'enrolment', 'suspensionRules'],
  },
] as const satisfies readonly {
  id: string;
  points: readonly string[];
  checks: readonly string[];
  sources: readonly SourceId[];
}[];

export type GuideStep = (typeof guideSteps)[number];
export type GuideStepId = GuideStep['id'];
export const guideStepCount = guideSteps.length;

/** The step for a route parameter ("1" … "6"), or null for anything else. */
export function stepFromParam(param: string | undefined): { step: GuideStep; number: number } | null {
  if (param === undefined || !/^\d+$/.test(param)) return null;
  const number = Number(param);
  const step = guideSteps[number - 1];
  return step ? { step, number } : null;
}

/** Key under which one checklist item is remembered: its i18n key, e.g. "steps.face.checks.c2". */
export type CheckKey = GuideStep['checks'][number];
