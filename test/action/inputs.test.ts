import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { getInputs } from '../../src/inputs.js';
import { actionDefaults } from '../support/run-action.js';

const saved = { ...process.env };
// getInputs masks the token with core.setSecret, which writes `::add-mask::<token>` to stdout: captured
// here (and checked below) so the test log stays quiet.
let written: string[] = [];
beforeEach(() => {
  written = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
});
afterEach(() => {
  process.env = { ...saved };
  jest.restoreAllMocks();
});

/** Sets INPUT_* as the runner does: action.yml defaults, then the step's `with:` values. */
function withInputs(inputs: Record<string, string>): void {
  for (const [name, value] of Object.entries({ ...actionDefaults(), ...inputs })) process.env[`INPUT_${name.toUpperCase()}`] = value;
}

describe('getInputs', () => {
  it('reads the action.yml defaults', () => {
    withInputs({});
    const inputs = getInputs();
    expect(written.join('')).toContain('::add-mask::ghs_test_token');
    expect(inputs).toEqual({
      token: 'ghs_test_token',
      failOn: 'error',
      kubernetesVersion: undefined,
      configPath: '.github/service-cidr-guard.yml',
      configRequired: false,
      paths: [],
      exclude: [],
      allowLabel: 'service-cidr-change-approved',
      approvers: [],
      requireApprovalForSuppressions: false,
      comment: 'auto',
      checkRun: false,
      sarifFile: undefined,
    });
  });

  it.each([
    ['fail-on', 'eror', "Invalid 'fail-on' value 'eror'. Expected one of: error, warning, notice, never."],
    ['fail-on', 'Error', "Invalid 'fail-on' value 'Error'. Expected one of: error, warning, notice, never."],
    ['comment', 'sometimes', "Invalid 'comment' value 'sometimes'. Expected one of: auto, always, never."],
    ['check-run', 'yes', "Invalid 'check-run' value 'yes'. Expected one of: true, false."],
    ['kubernetes-version', '1.x', "Invalid 'kubernetes-version' value '1.x'. Expected X.Y, e.g. 1.33."],
    ['paths', 'clusters/[abc', "Invalid 'paths' value: Invalid glob 'clusters/[abc': unclosed '['."],
    ['approvers', 'alice, not a login', "Invalid 'approvers' value 'not a login'. Expected GitHub logins or org/team slugs"],
    ['require-approval-for-suppressions', 'yes', "Invalid 'require-approval-for-suppressions' value 'yes'. Expected one of: true, false."],
  ])('rejects %s=%s', (name, value, message) => {
    withInputs({ [name]: value });
    expect(() => getInputs()).toThrow(message);
  });

  it.each([
    [{ 'fail-on': 'never' }, { failOn: 'never' }],
    [{ 'check-run': 'TRUE' }, { checkRun: true }],
    [{ 'kubernetes-version': 'v1.33.2' }, { kubernetesVersion: '1.33' }],
    [{ config: 'ci/guard.yml' }, { configPath: 'ci/guard.yml', configRequired: true }],
    [
      { paths: 'clusters/**\nkind/*.yaml', exclude: 'a/**, b/{x,y}/*' },
      { paths: ['clusters/**', 'kind/*.yaml'], exclude: ['a/**', 'b/{x,y}/*'] },
    ],
    [{ 'allow-label': '' }, { allowLabel: '' }],
    [{ 'sarif-file': 'out.sarif' }, { sarifFile: 'out.sarif' }],
    [
      { approvers: '@alice\nacme/platform-team, bob' },
      {
        approvers: [
          { kind: 'user', login: 'alice' },
          { kind: 'team', org: 'acme', slug: 'platform-team' },
          { kind: 'user', login: 'bob' },
        ],
      },
    ],
    [{ 'require-approval-for-suppressions': 'TRUE' }, { requireApprovalForSuppressions: true }],
  ])('reads %j', (inputs, expected) => {
    withInputs(inputs as Record<string, string>);
    expect(getInputs()).toMatchObject(expected);
  });
});
