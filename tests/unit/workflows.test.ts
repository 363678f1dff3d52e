/** The CI workflows only run commands this repository actually has. */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from '../support/paths.ts';
import { COMMANDS, parseCommandArgs } from '../../src/cli/index.ts';

interface Step { run?: string; uses?: string; with?: Record<string, string> }
interface Workflow { on: unknown; jobs: Record<string, { steps: Step[] }> }

const dir = path.join(projectRoot, '.github/workflows');
const scripts = Object.keys(JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')).scripts as Record<string, string>);
const workflows = readdirSync(dir).map((name) => ({ name, workflow: parse(readFileSync(path.join(dir, name), 'utf8')) as Workflow }));
/** Shell words, with double-quoted words kept whole (their ${{ }} expressions stay as text). */
const words = (line: string) => [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((found) => found[1] ?? found[2]!);
const runs = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps.map((step) => step.run).filter((run): run is string => !!run));

describe.each(workflows)('$name', ({ workflow }) => {
  it('runs only npm scripts that exist in package.json', () => {
    const used = runs(workflow).flatMap((run) => [...run.matchAll(/npm run (?:--silent |-s )?([\w:-]+)/g)].map((match) => match[1]!));
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((script) => !scripts.includes(script))).toEqual([]);
  });

  it('installs with npm ci from the lock file', () => {
    expect(runs(workflow)).toContain('npm ci');
  });

  it('calls the policy CLI only with commands and options it accepts', () => {
    for (const run of runs(workflow)) {
      for (const match of run.matchAll(/npm run (?:--silent )?policy -- (.+?)(?:\s*(?:>>|\||&&)|$)/gm)) {
        const [name, ...args] = words(match[1]!);
        const command = COMMANDS.find((candidate) => candidate.name === name);
        expect(command, `policy ${name}`).toBeDefined();
        // Parsing fails (UsageError) on an unknown option, a missing value or an argument too many.
        expect(() => parseCommandArgs(command!, args), match[0]).not.toThrow();
      }
    }
  });
});

describe('the workflows together', () => {
  it('check pull requests against their base, deploy main, and build daily for scheduled revisions', () => {
    const all = Object.fromEntries(workflows.map(({ name, workflow }) => [name, workflow]));
    expect(runs(all['pull-request.yml']!).join('\n')).toMatch(/policy -- check --since "origin\/\$\{\{ github\.base_ref \}\}"/);
    expect(runs(all['pull-request.yml']!)).toContain('npm test');
    expect(JSON.stringify(all['deploy.yml']!.on)).toContain('"schedule"');
    expect(JSON.stringify(all['deploy.yml']!.on)).toContain('"branches":["main"]');
  });

  it('attach the board document (新旧対照表) of every revision a pull request adds', () => {
    const pr = workflows.find(({ name }) => name === 'pull-request.yml')!.workflow;
    expect(runs(pr).join('\n')).toMatch(/policy -- table --since "origin\/\$\{\{ github\.base_ref \}\}" --out shinkyu --format docx,pdf/);
    const upload = Object.values(pr.jobs).flatMap((job) => job.steps).find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with).toMatchObject({ name: 'shinkyu', path: 'shinkyu/' });
  });
});
