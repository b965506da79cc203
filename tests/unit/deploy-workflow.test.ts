import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseSiteUrl } from '~lib/site/address';

// The GitHub Pages workflow cannot run here; this checks what can be checked: the build it runs,
// the address and base path it gives that build, and the folder it uploads.
interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: { push: { branches: string[] } };
  permissions: Record<string, string>;
  jobs: { build: { env: Record<string, string>; steps: Step[] }; deploy: { needs: string; steps: Step[] } };
}

const workflow = load(readFileSync(new URL('../../.github/workflows/pages.yml', import.meta.url), 'utf8')) as Workflow;
const { build, deploy } = workflow.jobs;
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };

/** The workflow's expressions with a repository's values put in, as GitHub would. */
function expand(value: string, owner: string, repo: string): string {
  return value.replaceAll('${{ github.repository_owner }}', owner).replaceAll('${{ github.event.repository.name }}', repo);
}

describe('the GitHub Pages workflow', () => {
  it('builds on pushes to main with Node 24, npm ci and the npm script that builds the site with its PDFs', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    const runs = build.steps.flatMap((s) => (s.run ? [s.run] : []));
    expect(runs).toEqual(['npm ci', 'npm run pdf']);
    expect(pkg.scripts.pdf).toBeDefined();
    expect(build.steps.find((s) => s.uses?.startsWith('actions/setup-node'))?.with?.['node-version']).toBe(24);
  });

  it("gives the build the repository's Pages address and its name as the base path", () => {
    const site = expand(build.env.SITE_URL ?? '', 'a-course', 'resnet');
    const base = expand(build.env.BASE_PATH ?? '', 'a-course', 'resnet');
    expect(parseSiteUrl(site)).toBe('https://a-course.github.io');
    expect(base).toBe('/resnet/');
  });

  it('uploads the folder the build writes, and deploys only after the build', () => {
    const upload = build.steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'));
    expect(upload?.with?.path).toBe('dist');
    expect(deploy.needs).toBe('build');
    expect(deploy.steps.some((s) => s.uses?.startsWith('actions/deploy-pages'))).toBe(true);
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  });
});
