// Sentences of `kubexplain check` (catalog `check`).
export const checkEn = {
  summary: (p: { errors: number; warnings: number; objects: number; requests: number; scope: string }) =>
    `${p.errors} error${p.errors === 1 ? '' : 's'}, ${p.warnings} warning${p.warnings === 1 ? '' : 's'} in ${p.scope} (${p.objects} objects read in ${p.requests} requests)`,
  'scope.ns': (p: { ns: string }) => `namespace ${p.ns}`,
  'scope.all': () => 'all namespaces',
  none: () => 'No problems found.',
  fix: (p: { fix: string }) => `fix: ${p.fix}`,
  affected: (p: { list: string }) => `affects: ${p.list}`,
  pods: (p: { ref: string; pods: number }) => `${p.ref} (${p.pods} Pod${p.pods === 1 ? '' : 's'})`,
  docs: () => 'learn',
  code: () => 'code',
  cause: () => 'cause',
  severity: () => 'severity',
  title: () => 'kubexplain check',
  'offline.api.removed': (p: { apiVersion: string; kind: string }) =>
    `${p.kind} uses apiVersion ${p.apiVersion}, which Kubernetes v1.36 no longer serves`,
  'offline.api.removed.fix': (p: { replacement: string }) => `move it to ${p.replacement} (kubectl convert helps; check renamed fields)`,
  'offline.selector': (p: { selector: string; labels: string }) =>
    `the selector ${p.selector} does not match the Pod template's labels (${p.labels || 'none'}): the API server rejects it`,
  'offline.selector.fix': () => 'make spec.selector.matchLabels a subset of spec.template.metadata.labels',
  'offline.probe.port': (p: { probe: string; container: string; port: string }) =>
    `the ${p.probe} probe of container ${p.container} checks port ${p.port}, which the container does not declare`,
  'offline.probe.port.fix': (p: { container: string }) => `declare the port in ports of ${p.container}, or probe a port the app listens on`,
  'offline.ref.missing': (p: { kind: string; name: string }) => `${p.kind} ${p.name} is referred to but not in these files`,
  'offline.ref.missing.fix': (p: { kind: string; name: string; ns: string }) =>
    `apply ${p.kind} ${p.name} in namespace ${p.ns} first (or add it to these files)`,
  'offline.quota': (p: { quota: string; key: string; containers: string }) =>
    `ResourceQuota ${p.quota} limits ${p.key}, so Pods must set it; containers without it: ${p.containers}`,
  'offline.quota.fix': (p: { field: string }) => `set ${p.field} on every container (or a LimitRange default)`,
  'offline.service.selector': (p: { selector: string }) => `the selector ${p.selector} matches no Pod template in these files`,
  'offline.service.selector.fix': () => 'change the selector to the labels of the Pod template it should reach',
  'offline.service.targetport': (p: { port: string; target: string }) =>
    `port ${p.port} sends to targetPort ${p.target}, which no selected container declares`,
  'offline.service.targetport.fix': () => 'set targetPort to a containerPort (or its name) of the selected Pods',
  'offline.ingress.service': (p: { service: string }) => `the backend Service ${p.service} is not in these files`,
  'offline.ingress.port': (p: { service: string; port: string }) => `the backend port ${p.port} does not exist on Service ${p.service}`,
  'offline.ingress.port.fix': (p: { ports: string }) => `use one of the Service's ports: ${p.ports}`,
  'offline.note': () => 'offline: checked the manifests only; what needs live status (readiness, scheduling, restarts) is not judged',
};

export type CheckMessages = typeof checkEn;

export const checkJa: typeof checkEn = {
  summary: (p) =>
    `${p.scope}: エラー ${p.errors} 件、警告 ${p.warnings} 件(${p.requests} 回のリクエストで ${p.objects} 個のオブジェクトを読みました)`,
  'scope.ns': (p) => `名前空間 ${p.ns}`,
  'scope.all': () => 'すべての名前空間',
  none: () => '問題は見つかりませんでした。',
  fix: (p) => `対処: ${p.fix}`,
  affected: (p) => `影響: ${p.list}`,
  pods: (p) => `${p.ref}(Pod ${p.pods} 個)`,
  docs: () => '学ぶ',
  code: () => 'コード',
  cause: () => '原因',
  severity: () => '重大度',
  title: () => 'kubexplain check',
  'offline.api.removed': (p) => `${p.kind} の apiVersion ${p.apiVersion} は Kubernetes v1.36 では提供されていません`,
  'offline.api.removed.fix': (p) =>
    `${p.replacement} に移行してください(kubectl convert が使えます。名前の変わったフィールドも確認してください)`,
  'offline.selector': (p) =>
    `セレクター ${p.selector} が Pod テンプレートのラベル(${p.labels || 'なし'})に一致しません。API サーバーが拒否します`,
  'offline.selector.fix': () => 'spec.selector.matchLabels を spec.template.metadata.labels の部分集合にしてください',
  'offline.probe.port': (p) => `コンテナ ${p.container} の ${p.probe} プローブが確認するポート ${p.port} は、コンテナで宣言されていません`,
  'offline.probe.port.fix': (p) => `${p.container} の ports にポートを宣言するか、アプリが待ち受けるポートをプローブしてください`,
  'offline.ref.missing': (p) => `${p.kind} ${p.name} を参照していますが、これらのファイルにはありません`,
  'offline.ref.missing.fix': (p) => `先に名前空間 ${p.ns} に ${p.kind} ${p.name} を作成してください(またはファイルに追加してください)`,
  'offline.quota': (p) =>
    `ResourceQuota ${p.quota} が ${p.key} を制限しているため、Pod はこれを指定する必要があります。指定のないコンテナ: ${p.containers}`,
  'offline.quota.fix': (p) => `すべてのコンテナに ${p.field} を設定してください(または LimitRange の既定値)`,
  'offline.service.selector': (p) => `セレクター ${p.selector} に一致する Pod テンプレートがこれらのファイルにありません`,
  'offline.service.selector.fix': () => '届けたい Pod テンプレートのラベルにセレクターを合わせてください',
  'offline.service.targetport': (p) => `ポート ${p.port} の転送先 targetPort ${p.target} を、選択されたどのコンテナも宣言していません`,
  'offline.service.targetport.fix': () => 'targetPort を選択される Pod の containerPort(またはその名前)にしてください',
  'offline.ingress.service': (p) => `バックエンドの Service ${p.service} がこれらのファイルにありません`,
  'offline.ingress.port': (p) => `バックエンドのポート ${p.port} は Service ${p.service} にありません`,
  'offline.ingress.port.fix': (p) => `Service のポートのどれかを使ってください: ${p.ports}`,
  'offline.note': () => 'オフライン: マニフェストだけを確認しました。実行時の状態(Ready、スケジューリング、再起動)は判断していません',
};
