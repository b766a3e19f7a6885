import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The house rules of docs/structure.md are lint errors, not advice: these feed ESLint (the project's
 * own eslint.config.js) a few lines at real paths of the tree and read back what it says.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('house rules (eslint.config.js + eslint.house-rules.js)', { timeout: 60_000 }, () => {
  it('a feature may use an allowed library feature through its index.ts', async () => {
    const ids = await ruleIds(
      'src/features/practice/components/lint-probe.tsx',
      "import { LivenessFlow } from '../../liveness';\nexport const probe = LivenessFlow;\n",
    );
    expect(ids).not.toContain('import-x/no-restricted-paths');
  });

  it('fails a cross-feature import that reaches past the index.ts', async () => {
    const ids = await ruleIds(
      'src/features/certify/components/lint-probe.tsx',
      "import { OutboxEntryCard } from '../../submission/components/outbox-entry-card';\nexport const probe = OutboxEntryCard;\n",
    );
    expect(ids).toContain('import-x/no-restricted-paths');
  });

  it('fails a cross-feature import outside the allowed edges, even through the index.ts', async () => {
    const ids = await ruleIds(
      'src/features/home/components/lint-probe.tsx',
      "import { LivenessFlow } from '../../liveness';\nexport const probe = LivenessFlow;\n",
    );
    expect(ids).toContain('import-x/no-restricted-paths');
  });

  it('fails a lower layer importing a higher one (shared → feature, adapter → feature, feature → app)', async () => {
    expect(
      await ruleIds('src/shared/ui/lint-probe.tsx', "import { useCertification } from '../../features/submission';\nexport const probe = useCertification;\n"),
    ).toContain('import-x/no-restricted-paths');
    expect(
      await ruleIds('src/adapters/backend/lint-probe.ts', "import { entryDisplay } from '../../features/submission';\nexport const probe = entryDisplay;\n"),
    ).toContain('import-x/no-restricted-paths');
    expect(
      await ruleIds('src/features/home/components/lint-probe.tsx', "import { createServices } from '../../../app/services';\nexport const probe = createServices;\n"),
    ).toContain('import-x/no-restricted-paths');
  });

  it('fails an import cycle', async () => {
    // components/person-form.tsx imports model/person-form.ts: making the model import it back closes a cycle.
    const ids = await ruleIds(
      'src/features/certify/model/person-form.ts',
      "import { PersonForm } from '../components/person-form';\nexport const probe = PersonForm;\n",
    );
    expect(ids).toContain('import-x/no-cycle');
  });

  it('keeps contract/ free of app and server code', async () => {
    const ids = await ruleIds('contract/lint-probe.ts', "import { browserRandomBytes } from '../src/shared/random';\nexport const probe = browserRandomBytes;\n");
    expect(ids).toContain('no-restricted-imports');
  });
});
