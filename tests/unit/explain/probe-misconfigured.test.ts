// Probes that fail because the probe is wrong, not the app (captured from the sandbox:
// tests/scenarios/probe-misconfigured.yaml, its status patched and its events shaped as the kubelet writes
// them). Before: a readiness probe naming a port the container does not declare ("Readiness probe errored
// and resulted in unknown state: strconv.Atoi: parsing \"http\": invalid syntax") was read as no failure at
// all ("has not passed yet, and no failure of it is recorded … Wait past that"), and a liveness probe that
// timed out was told to "fix what the endpoint checks, or give the app time to start" without timeoutSeconds, and
// an exec probe whose program the image lacks (also "errored") was read as no failure at all.
import { describe, expect, it } from 'vitest';
import { explainObjects, fixtureObjects } from '../../support/fixture-reader.js';
import { citedSection } from '../../support/handbook.js';

const NS = 'scn-probe-misconfigured-r71qh';
const NAMED = 'named-65f4bbd7fc-cvshm';
const SLOW = 'slow-db87b5898-2lh7z';
const WRONG = 'wrongport-5f58bbcd6b-jvn94';
const NOCURL = 'nocurl-679659cbdd-dkl2r';
const explain = (kind: string, name: string, lang: 'en' | 'ja' = 'en') =>
  explainObjects(fixtureObjects('probe-misconfigured'), kind, name, NS, lang).then((r) => r.e);
const cited = (e: Awaited<ReturnType<typeof explain>>) => e.findings.find((f) => f.id === 'cause')!;

describe('a probe that cannot work', () => {
  it('a port name the container does not declare: the probe, the name, the ports it has, and how to fix it', async () => {
    const e = await explain('pod', NAMED);
    expect(e.verdict.severity).toBe('warning');
    expect(e.verdict.text).toContain('the readiness probe of web (HTTP GET /ready :http) cannot run');
    expect(e.verdict.text).toContain('container web declares no port of that name (its ports: 8080)');
    expect(e.verdict.text).toContain('add name: http to the container port it should check, or give the probe the port number');
    expect(e.verdict.text).not.toMatch(/has not passed yet|no failure of it is recorded/);
    expect(cited(e).concept).toBe('probes.misconfigured');
    expect(await citedSection(cited(e), 'en')).toBe('A probe that cannot work: wrong port name, too short a timeout');
    const ja = await explain('pod', NAMED, 'ja');
    expect(ja.verdict.text).toContain('web の readiness probe (HTTP GET /ready :http) は実行できません');
    expect(ja.verdict.text).toContain('コンテナ web はその名前のポートを宣言していません (宣言しているポート: 8080)');
    expect(ja.verdict.text).toContain('name: http を付けるか、probe にポート番号を指定してください');
    expect(ja.verdict.text).not.toMatch(/cannot run|declares no port/);
    expect(await citedSection(cited(ja), 'ja')).toBe('動くはずのない probe：ポート名の誤り、短すぎるタイムアウト');
  });

  it('the Deployment repeats the Pod verdict', async () => {
    const e = await explain('deploy', 'named');
    expect(e.verdict.text).toContain('declares no port of that name (its ports: 8080)');
    const ja = await explain('deploy', 'named', 'ja');
    expect(ja.verdict.text).toContain('その名前のポートを宣言していません');
  });

  it('a liveness probe that times out: timeoutSeconds, the kills, and raise timeoutSeconds as a next step', async () => {
    const e = await explain('pod', SLOW);
    expect(e.verdict.severity).toBe('warning');
    expect(e.verdict.text).toContain('the liveness probe of web (HTTP GET /healthz :http) gets no answer within timeoutSeconds (1s)');
    expect(e.verdict.text).toContain('the kubelet killed the container 3 times (exit 137, not OOM)');
    expect(e.verdict.text).toContain('or raise timeoutSeconds');
    expect(cited(e).concept).toBe('probes.misconfigured');
    const ja = await explain('pod', SLOW, 'ja');
    expect(ja.verdict.text).toContain('web の liveness probe (HTTP GET /healthz :http) に timeoutSeconds (1 秒) 以内の応答がなく');
    expect(ja.verdict.text).toContain('kubelet がコンテナを 3 回強制終了しました');
    expect(ja.verdict.text).toContain('timeoutSeconds を増やしてください');
    const deploy = await explain('deploy', 'slow');
    expect(deploy.verdict.text).toContain('timeoutSeconds (1s)');
  });

  it('connection refused on a port the app does not listen on stays a readiness failure, not a port-name or timeout claim', async () => {
    const e = await explain('pod', WRONG);
    expect(e.verdict.text).toContain(
      'the readiness probe of web (HTTP GET /ready :8081) fails (connection refused: nothing listens on that port)',
    );
    expect(e.verdict.text).not.toMatch(/timeoutSeconds|declares no port/);
    expect(cited(e).concept).toBe('probes.readiness');
    // The container declares 8080: a lead beside the cause, since declared ports are informational.
    expect(cited(e).detail).toContain('The probe checks port 8081, but container web declares containerPort 8080');
    const ja = await explain('pod', WRONG, 'ja');
    expect(ja.verdict.text).toContain('(接続拒否: そのポートで待ち受けているプロセスがありません)');
    expect(cited(ja).detail).toContain('probe はポート 8081 を確認していますが、コンテナ web が宣言している containerPort は 8080 です');
  });

  it('an exec probe whose program the image does not have: the program, and a command the image has as the next step', async () => {
    const e = await explain('pod', NOCURL);
    expect(e.verdict.severity).toBe('warning');
    expect(e.verdict.text).toContain('the readiness probe of web (exec curl -f http://localhost:8080/ready) cannot run');
    expect(e.verdict.text).toContain('the image of container web has no curl ("executable file not found")');
    expect(e.verdict.text).toContain('use a command the image has, or an httpGet/tcpSocket probe');
    expect(e.verdict.text).not.toMatch(/has not passed yet|path\/port/);
    expect(cited(e).concept).toBe('probes.misconfigured');
    const ja = await explain('pod', NOCURL, 'ja');
    expect(ja.verdict.text).toContain('コンテナ web のイメージに curl がありません');
    expect(ja.verdict.text).toContain('イメージにあるコマンドを使うか');
  });
});
