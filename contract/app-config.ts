import * as v from 'valibot';
import { challengeKinds } from './challenges';

/**
 * The deployment's settings for the app (/config.json, served by the reference server from
 * APP_CONFIG_JSON): one build serves many deployments. The app reads it at start-up; the server
 * checks APP_CONFIG_JSON against the same schema when it starts, so an operator's mistake is
 * reported there, in words, instead of silently switching something off on every phone.
 *
 * Every section has a default: the app works with no config.json at all (a guide and a practice
 * face check, no certification).
 *
 * Valibot, not zod like the API schemas: the app parses this file before its first screen, and
 * valibot's per-function imports cost about 1 KB there where zod's core costs about 9 KB
 * (`npm run bench:size`). The API schemas load with the screens that use them.
 */

const text = (maxLength: number) => v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(maxLength));

/** Words in Chinese, or in each of the app's languages (zh-CN required; the others fall back to it). */
export const localizedTextSchema = v.union([
  text(400),
  v.object({ 'zh-CN': text(400), 'zh-TW': v.optional(text(400)), en: v.optional(text(400)) }),
]);
export type LocalizedText = v.InferOutput<typeof localizedTextSchema>;

/**
 * Who runs this certification service: without it the app never asks for a face or an ID number
 * (our own advice to retirees is to give them only to an official channel they can check).
 */
export const agencySchema = v.object({
  /** The social-insurance agency's own name, as it appears on its official site. */
  name: localizedTextSchema,
  /** Its official website, where a person can check that this service is really its own. */
  website: v.pipe(v.string(), v.trim(), v.url('must be a web address'), v.regex(/^https?:\/\//i, 'must start with https:// or http://')),
  /** A telephone number of the agency (digits, spaces, dashes; a leading + allowed). */
  phone: v.pipe(v.string(), v.trim(), v.regex(/^\+?[0-9][0-9 ()-]{2,24}$/, 'must be a telephone number')),
  /** How a person verifies this service, in plain words (e.g. where on the official site it is listed). */
  verify: localizedTextSchema,
});
export type Agency = v.InferOutput<typeof agencySchema>;

const backendSchema = v.variant('kind', [
  v.object({ kind: v.literal('demo') }),
  v.object({ kind: v.literal('http'), baseUrl: v.optional(v.string(), '') }),
]);

/** Practice face check: a fixed action list (demonstrations, tests); random when absent. */
const practiceSchema = v.object({ challenges: v.optional(v.array(v.picklist(challengeKinds))) });

const positiveNumber = v.pipe(v.number(), v.gtValue(0, 'must be more than 0'));

/**
 * Community kiosk: `preset` makes this a staff device (kiosk mode on, staff set the PIN once; only
 * then is staff mode offered on the home screen); `idleSeconds` without a touch before the
 * countdown, `countdownSeconds` of countdown before the person's details are wiped.
 */
const kioskSchema = v.object({
  preset: v.optional(v.boolean()),
  idleSeconds: v.optional(positiveNumber),
  countdownSeconds: v.optional(positiveNumber),
});

export const appConfigSchema = v.object({
  backend: v.optional(backendSchema, { kind: 'demo' as const }),
  practice: v.optional(practiceSchema, {}),
  kiosk: v.optional(kioskSchema, {}),
  agency: v.optional(agencySchema),
});
export type AppConfig = v.InferOutput<typeof appConfigSchema>;

/** The sections, each checked on its own: one wrong section falls back alone. */
const sections = appConfigSchema.entries;
type Section = keyof typeof sections;

/** Where (`agency.phone`) and what is wrong. */
export type AppConfigProblem = { path: string; message: string };

export const defaultAppConfig: AppConfig = v.parse(appConfigSchema, {});

/**
 * Reads a config.json: every section that is right is used, every section that is wrong falls back
 * to its default (an agency with a missing phone number is no agency: certification is not
 * offered) and is named in `problems`, with the field and what is wrong with it.
 */
export function parseAppConfig(raw: unknown): { config: AppConfig; problems: AppConfigProblem[] } {
  const input = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const problems: AppConfigProblem[] = [];
  if (raw !== undefined && raw !== null && input !== raw) problems.push({ path: '(the whole file)', message: 'must be a JSON object' });
  const config: Record<string, unknown> = { ...defaultAppConfig };
  for (const section of Object.keys(sections) as Section[]) {
    const result = v.safeParse(sections[section], input[section]);
    if (result.success) {
      config[section] = result.output;
      continue;
    }
    for (const issue of result.issues) {
      const path = v.getDotPath(issue);
      problems.push({ path: path ? `${section}.${path}` : section, message: issue.message });
    }
  }
  return { config: config as AppConfig, problems };
}

/** The words for a language: its own if given, else the Chinese. */
export function localizedText(value: LocalizedText, language: string): string {
  if (typeof value === 'string') return value;
  if (language === 'zh-TW' || language === 'en') return value[language] ?? value['zh-CN'];
  return value['zh-CN'];
}

/**
 * What this deployment offers in the app itself: a real certification (a backend and an agency
 * that stands behind it), the in-browser demonstration (says 演示 everywhere, sends nothing), or no
 * certification (a backend but no named agency: only the guide to the official channels).
 */
export type CertificationOffer = 'real' | 'demo' | 'none';

export function certificationOffer(config: Pick<AppConfig, 'backend' | 'agency'>): CertificationOffer {
  if (config.backend.kind === 'demo') return 'demo';
  return config.agency ? 'real' : 'none';
}
