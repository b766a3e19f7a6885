import * as z from 'zod/mini';
import { challengeKinds } from './challenges';

/**
 * The deployment's settings for the app (/config.json, served by the reference server from
 * APP_CONFIG_JSON): one build serves many deployments. The app reads it at start-up; the server
 * checks APP_CONFIG_JSON against the same schema when it starts, so an operator's mistake is
 * reported there, in words, instead of silently switching something off on every phone.
 *
 * Every section has a default: the app works with no config.json at all (a guide and a practice
 * face check, no certification).
 */

const text = (maxLength: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(maxLength));

/** Words in Chinese, or in each of the app's languages (zh-CN required; the others fall back to it). */
export const localizedTextSchema = z.union([
  text(400),
  z.object({ 'zh-CN': text(400), 'zh-TW': z.optional(text(400)), en: z.optional(text(400)) }),
]);
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/**
 * Who runs this certification service: without it the app never asks for a face or an ID number
 * (our own advice to retirees is to give them only to an official channel they can check).
 */
export const agencySchema = z.object({
  /** The social-insurance agency's own name, as it appears on its official site. */
  name: localizedTextSchema,
  /** Its official website, where a person can check that this service is really its own. */
  website: z.url({ protocol: /^https?$/ }),
  /** A telephone number of the agency (digits, spaces, dashes; a leading + allowed). */
  phone: z.string().check(z.trim(), z.regex(/^\+?[0-9][0-9 ()-]{2,24}$/)),
  /** How a person verifies this service, in plain words (e.g. where on the official site it is listed). */
  verify: localizedTextSchema,
});
export type Agency = z.infer<typeof agencySchema>;

const backendSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('demo') }),
  z.object({ kind: z.literal('http'), baseUrl: z._default(z.string(), '') }),
]);

/** Practice face check: a fixed action list (demonstrations, tests); random when absent. */
const practiceSchema = z.object({ challenges: z.optional(z.array(z.enum(challengeKinds))) });

/**
 * Community kiosk: `preset` makes this a staff device (kiosk mode on, staff set the PIN once; only
 * then is staff mode offered on the home screen); `idleSeconds` without a touch before the
 * countdown, `countdownSeconds` of countdown before the person's details are wiped.
 */
const kioskSchema = z.object({
  preset: z.optional(z.boolean()),
  idleSeconds: z.optional(z.number().check(z.positive())),
  countdownSeconds: z.optional(z.number().check(z.positive())),
});

export const appConfigSchema = z.object({
  backend: z._default(backendSchema, { kind: 'demo' as const }),
  practice: z._default(practiceSchema, {}),
  kiosk: z._default(kioskSchema, {}),
  agency: z.optional(agencySchema),
});
export type AppConfig = z.infer<typeof appConfigSchema>;

/** The sections, each checked on its own: one wrong section falls back alone. */
const sections = {
  backend: appConfigSchema.shape.backend,
  practice: appConfigSchema.shape.practice,
  kiosk: appConfigSchema.shape.kiosk,
  agency: appConfigSchema.shape.agency,
} as const;
type Section = keyof typeof sections;

/** Where (`agency.phone`) and what is wrong. */
export type AppConfigProblem = { path: string; message: string };

export const defaultAppConfig: AppConfig = appConfigSchema.parse({});

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
    const result = sections[section].safeParse(input[section]);
    if (result.success) {
      config[section] = result.data;
      continue;
    }
    for (const issue of result.error.issues) {
      problems.push({ path: [section, ...issue.path.map(String)].join('.'), message: issue.message });
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
