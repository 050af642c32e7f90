import { ENDPOINTS } from '../../extensions/client/endpoints';

/**
 * The deployable HubSpot project, as data: which component goes in which folder of
 * `src/app`, built from which source file. HubSpot reads `*-hsmeta.json` only directly inside
 * `app/`, `app/cards`, `app/functions`, `app/pages` and `app/settings`
 * (@hubspot/project-parsing-lib), and builds only what is inside the project's srcDir.
 */
export const PLATFORM_VERSION = '2026.03';
export const PROJECT_NAME = 'sales-kpi-cards';
export const APP_UID = 'sales_kpi_cards';

export type ExtensionDir = 'cards' | 'pages' | 'settings';

export interface ExtensionComponent {
  uid: string;
  type: 'card' | 'page' | 'settings';
  dir: ExtensionDir;
  /** Repo-relative entry that calls hubspot.extend. */
  source: string;
  /** File name written inside the component folder. */
  output: string;
  config: Record<string, unknown>;
}

const card = (uid: string, name: string, description: string, source: string, output: string, location: string, objectTypes: string[]): ExtensionComponent => ({
  uid,
  type: 'card',
  dir: 'cards',
  source,
  output,
  config: { name, description, entrypoint: `/app/cards/${output}`, location, objectTypes },
});

export const EXTENSIONS: readonly ExtensionComponent[] = [
  card('deal_kpi_card', 'Deal KPIs', "The deal's health and what closing it does for its owner.", 'extensions/entries/DealCardEntry.tsx', 'DealCard.jsx', 'crm.record.sidebar', ['DEAL']),
  card('owner_scorecard_tab', 'Owner scorecard', "The record owner's weighted scorecard, grade and trend.", 'extensions/entries/OwnerScorecardTabEntry.tsx', 'OwnerScorecardTab.jsx', 'crm.record.tab', ['DEAL', 'COMPANY', 'CONTACT']),
  {
    uid: 'kpi_app_page',
    type: 'page',
    dir: 'pages',
    source: 'extensions/entries/AppPageEntry.tsx',
    output: 'AppPage.jsx',
    // HubSpot's 2026.03 page component: an entrypoint and no location; the page routes inside
    // itself with createPageRouter (extensions/pages/AppPage.tsx).
    config: { entrypoint: '/app/pages/AppPage.jsx' },
  },
  {
    uid: 'kpi_settings',
    type: 'settings',
    dir: 'settings',
    source: 'extensions/entries/SettingsPageEntry.tsx',
    output: 'SettingsPage.jsx',
    config: { entrypoint: '/app/settings/SettingsPage.jsx' },
  },
];

/** One app function per handler, named as the cards call them (extensions/client/endpoints.ts). */
export const FUNCTION_NAMES: readonly string[] = Object.values(ENDPOINTS).map((endpoint) => endpoint.functionName);

/** The TypeScript entry of an app function: serverless/functions/<name>.ts exports `main`. */
export const functionSource = (name: string): string => `serverless/functions/${name}.ts`;

/** HubSpot uids allow letters, digits, _ - . ; the function names already fit. */
export const functionUid = (name: string): string => name;
