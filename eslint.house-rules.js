import { readdirSync } from 'node:fs';

/**
 * The house rules of docs/structure.md, for eslint-plugin-import-x's no-restricted-paths: which
 * layer may import which, and which feature may use which other feature (only through its
 * index.ts). Change this table and docs/structure.md together.
 */

/** Feature → the features it may use. Every other cross-feature import fails lint. */
export const featureEdges = {
  certify: ['liveness', 'submission', 'due-date'],
  kiosk: ['certify', 'submission', 'status', 'due-date'],
  family: ['certify', 'submission', 'due-date'],
  status: ['submission'],
  practice: ['liveness', 'region'],
  'due-date': ['region'],
  guide: ['region'],
  home: ['due-date', 'submission'],
};

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const layerZones = [
  {
    target: './src/shared',
    from: ['./src/adapters', './src/features', './src/app'],
    message: 'src/shared/ is the bottom layer: it imports no adapter, feature or app code (docs/structure.md).',
  },
  {
    target: './src/i18n',
    from: ['./src/adapters', './src/features', './src/app'],
    message: 'src/i18n/ sits with shared/: it imports no adapter, feature or app code (docs/structure.md).',
  },
  {
    target: './src/adapters',
    from: ['./src/features', './src/app'],
    message: 'Adapters sit below the features: a port and its types live in the adapter, not in a feature (docs/structure.md).',
  },
  {
    target: './src/features',
    from: './src/app',
    message: 'Features never import src/app/: what they need from the composition root comes through shared/ or their own providers (docs/structure.md).',
  },
  {
    target: ['./src', './review'],
    from: './server',
    message: 'The app and the review console never import server code; shared rules live in contract/.',
  },
  {
    target: './server',
    from: ['./src', './review'],
    message: 'The server never imports app or console code; shared rules live in contract/.',
  },
  {
    target: './review',
    from: './src',
    except: ['./i18n'],
    message: 'The review console is its own bundle: of the app it uses only src/i18n/ (languages).',
  },
];

const featureZones = features.map((feature) => {
  const allowed = featureEdges[feature] ?? [];
  return {
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`, ...allowed.map((other) => `./${other}/index.ts`)],
    message:
      allowed.length === 0
        ? `${feature} uses no other feature (docs/structure.md lists the allowed edges; eslint.house-rules.js holds them).`
        : `${feature} may use only ${allowed.join(', ')}, and only through their index.ts (docs/structure.md; eslint.house-rules.js).`,
  };
});

export const houseRuleZones = [...layerZones, ...featureZones];
