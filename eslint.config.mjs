// Flat config: typescript-eslint's recommended rules plus the Office add-in rules from
// eslint-plugin-office-addins (load before read, no sync in loops…). The plugin's own
// "recommended" preset also turns on Prettier formatting, which this project does not use.
// React's hook rules (eslint-plugin-react-hooks, recommended) check the pane's components.
import officeAddins from 'eslint-plugin-office-addins';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'coverage/**', 'node_modules/**'] },
  ...tseslint.configs.recommended,
  { files: ['**/*.tsx', 'src/taskpane/**/*.ts', 'src/pane/**/*.ts', 'src/web/**/*.ts'], ...reactHooks.configs.flat.recommended },
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'warn',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    // Only the Office.js adapter may touch the Office globals; the surfaces go through it.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/office/**'],
    rules: {
      'no-restricted-globals': ['error', { name: 'Excel', message: 'Use src/office.' }, { name: 'Office', message: 'Use src/office.' }],
    },
  },
);
