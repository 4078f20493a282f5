import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/*
 * Proves that the layering rules in eslint.config.js are in force: each fixture in
 * src/lint-fixtures/ is linted with the project's real configuration (typed rules included) as if
 * it lived in the layer it would break. The fixtures' folder is ignored by the normal lint run.
 */

const root = join(import.meta.dirname, '..', '..');
const fixture = (name: string): string => readFileSync(join(root, 'src', 'lint-fixtures', name), 'utf8');

let eslint: ESLint;

/**
 * The fixtures are linted under paths that do not exist on disk, which the tsconfig project cannot
 * hold; typescript-eslint's default project (with the same compiler options) hosts them instead.
 * Only the parser's project lookup is overridden: the rules are the project's own.
 */
const virtualFilesProject: Linter.Config = {
  languageOptions: {
    parserOptions: {
      projectService: { allowDefaultProject: ['src/*/__layering_fixture__.ts'], defaultProject: 'tsconfig.json' },
      tsconfigRootDir: root,
    },
  },
};

beforeAll(() => {
  eslint = new ESLint({
    cwd: root,
    overrideConfigFile: join(root, 'eslint.config.js'),
    overrideConfig: virtualFilesProject,
    ignore: false,
  });
});

/** Lints `code` as the (not existing) file `relativePath` and returns its messages. */
async function lintAs(code: string, relativePath: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, relativePath) });
  if (!result) throw new Error(`ESLint returned no result for ${relativePath}`);
  return result.messages;
}

/** The layering violations among `messages`, as `line: message`. */
const layeringViolations = (messages: Linter.LintMessage[]): string[] =>
  messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => `${String(m.line)}: ${m.message}`);

describe('layering rules', () => {
  it('refuse React in src/model/', async () => {
    const messages = await lintAs(fixture('model-imports-react.ts'), 'src/model/__layering_fixture__.ts');
    expect(layeringViolations(messages)).toEqual([
      "5: 'react' import is restricted from being used by a pattern. The pure core (model/engine) may not import React.",
    ]);
  });

  it('refuse zustand in src/engine/', async () => {
    const messages = await lintAs(fixture('engine-imports-zustand.ts'), 'src/engine/__layering_fixture__.ts');
    expect(layeringViolations(messages)).toEqual([
      "5: 'zustand' import is restricted from being used by a pattern. The pure core (model/engine) may not import zustand.",
    ]);
  });

  it('refuse the store in src/worker/', async () => {
    const messages = await lintAs(fixture('worker-imports-store.ts'), 'src/worker/__layering_fixture__.ts');
    expect(layeringViolations(messages)).toEqual([
      "6: '../store/x' import is restricted from being used by a pattern. worker/ may import only engine/ and model/.",
    ]);
  });

  it('let a model file that imports only the model pass without any message', async () => {
    const messages = await lintAs(fixture('model-clean.ts'), 'src/model/__layering_fixture__.ts');
    expect(messages).toEqual([]);
  });

  it('allow React outside the pure core, so the refusals above are about the layer', async () => {
    const messages = await lintAs(fixture('model-imports-react.ts'), 'src/ui/__layering_fixture__.ts');
    expect(layeringViolations(messages)).toEqual([]);
  });
});
