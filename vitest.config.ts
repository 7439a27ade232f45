import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

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
    ],
  },
});
