// Where the project and each rule's documentation live. One constant, so SARIF helpUri, rdjson code URLs
// and the CLI's `explain` agree; test/report/formats.test.ts keeps it equal to package.json's repository.

import type { RuleId } from '../model.js';

export const PROJECT_URL = 'https://github.com/OWNER/service-cidr-guard';

/** docs/rules.md has one `## <rule-id>` section per rule; GitHub's heading anchor is the id itself. */
export function ruleDocUrl(rule: RuleId): string {
  return `${PROJECT_URL}/blob/main/docs/rules.md#${rule}`;
}
