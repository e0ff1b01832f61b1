/**
 * Every setting the extension contributes, without the `clauseAnnotator.` prefix
 * (package.json `contributes.configuration`). No `vscode` import: the manifest test imports this in plain Node.
 */
export const SETTING_SECTION = 'clauseAnnotator';

export const SETTING_KEYS = [
  'termModel',
  'languages',
  'severity',
  'debounceMs',
  'decorations.enabled',
  'maxFileSize',
] as const;

export type SettingKey = (typeof SETTING_KEYS)[number];

/** Defaults, identical to package.json (the manifest test can compare them). */
export const SETTING_DEFAULTS = {
  termModel: '',
  languages: ['contract'],
  severity: {},
  debounceMs: 200,
  'decorations.enabled': true,
  maxFileSize: 5_000_000,
} as const satisfies Record<SettingKey, unknown>;
