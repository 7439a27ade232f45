import { fileURLToPath } from 'node:url';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

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
      ...(await browserProjects()),
    ],
  },
});

/**
 * The browser project: the same corpus in headless Chromium (Debian's /usr/bin/chromium; playwright never
 * downloads one). The provider is loaded lazily so that a machine whose install lacks it can still run the
 * Node project locally (with a warning); under CI=true a missing provider is an error.
 */
async function browserProjects(): Promise<TestProjectInlineConfiguration[]> {
  let playwright: typeof import('@vitest/browser-playwright').playwright;
  try {
    ({ playwright } = await import('@vitest/browser-playwright'));
  } catch (error) {
    if (process.env.CI) throw error;
    console.warn(`[vitest.config] browser project disabled: ${(error as Error).message}`);
    return [];
  }
  return [
    {
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
          provider: playwright({
            launchOptions: {
              executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
              args: [
                '--no-sandbox',
                '--disable-gpu',
                '--disable-quic',
                '--no-first-run',
                '--disable-background-networking',
                '--disable-component-update',
                '--disable-sync',
              ],
            },
          }),
          instances: [{ browser: 'chromium' }],
        },
      },
    },
  ];
}
