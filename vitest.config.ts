import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_LAUNCH } from './test/support/chromium.js';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

/** Tests import the package by its public name, resolved to the sources. */
export const alias = [
  { find: /^@ombuds\/scoring\/rulesets\/(\d{4})$/, replacement: src('rulesets/$1.ts') },
  { find: /^@ombuds\/scoring$/, replacement: src('index.ts') },
];

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**', '**/node_modules/**'],
        },
      },
      {
        // The same corpus in headless Chromium: Debian's /usr/bin/chromium, never a downloaded browser.
        resolve: { alias },
        optimizeDeps: { include: ['decimal.js', 'zod'] },
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/browser/global-setup.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({ launchOptions: CHROMIUM_LAUNCH }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
