/** The CI workflows only run commands this repository actually has. */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from '../support/paths.ts';

interface Step { run?: string; uses?: string }
interface Workflow { on: unknown; jobs: Record<string, { steps: Step[] }> }

const dir = path.join(projectRoot, '.github/workflows');
const scripts = Object.keys(JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')).scripts as Record<string, string>);
const workflows = readdirSync(dir).map((name) => ({ name, workflow: parse(readFileSync(path.join(dir, name), 'utf8')) as Workflow }));
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

  it('uses only policy subcommands the CLI has', () => {
    const cli = readFileSync(path.join(projectRoot, 'scripts/policy.ts'), 'utf8');
    for (const run of runs(workflow)) {
      for (const match of run.matchAll(/npm run (?:--silent )?policy -- ([\w-]+)/g)) {
        expect(cli, `policy ${match[1]}`).toMatch(new RegExp(`\\b${match[1]}: \\w+Command`));
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
});
