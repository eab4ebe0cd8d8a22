// Docker Hub's "pull access denied, repository does not exist or may require authorization … insufficient_scope:
// authorization failed" with no HTTP status (captured from the sandbox, tests/fixtures/pull-denied/capture.sh).
// Before: "the registry refused to serve shopcorp/app:1.0 … create a docker-registry Secret", a claim the message
// does not make (a misspelled repository gets the same answer).
import { describe, expect, it } from 'vitest';
import { explainObjects, fixtureObjects } from '../../support/fixture-reader.js';
import { classifyPull } from '../../../src/explain/causes/image-pull.js';

const explain = (lang: 'en' | 'ja') => explainObjects(fixtureObjects('pull-denied'), 'pod', 'hub', 'sweepct-hub', lang).then((r) => r.e);

describe('pull access denied without a status', () => {
  it('says either the repository does not exist or it is private, name first, and keeps the runtime words', async () => {
    const e = await explain('en');
    expect(e.verdict.severity).toBe('error');
    expect(e.verdict.text).toContain('the registry denied shopcorp/app:1.0 to the node for container app without saying why');
    expect(e.verdict.text).toContain('either the repository does not exist (a wrong name) or it is private and needs credentials');
    expect(e.verdict.text).toContain('check the repository name first');
    expect(e.verdict.text).not.toContain('refused to serve');
    const ja = await explain('ja');
    expect(ja.verdict.text).toContain('リポジトリが存在しない (名前の誤り) か、非公開で認証情報が必要かのどちらかです');
    expect(ja.verdict.text).toContain('まずリポジトリ名を確認し');
  });

  it('an explicit 401/403 still says which', () => {
    const denied = 'pull access denied, repository does not exist or may require authorization: server message: insufficient_scope';
    expect(classifyPull(`${denied}: authorization failed`)).toMatchObject({ kind: 'unauthorized', missingOrPrivate: true });
    expect(classifyPull(`${denied}: authorization failed: 403 Forbidden`)).toEqual({ kind: 'unauthorized', status: 403 });
    expect(classifyPull('failed to fetch anonymous token: 401 Unauthorized')).toEqual({ kind: 'unauthorized', status: 401 });
  });
});
