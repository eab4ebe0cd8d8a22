// 日本語の文面。キーと引数は en.ts と同じ(Messages 型で揃える)。
import type { Messages } from './en.js';
import { causesJa } from './causes-ja.js';

export const ja: Messages = {
  ...causesJa,
  'verdict.terminating': (p) =>
    `Terminating: Pod は削除処理中です${p.grace}。止めている finalizer はなく、ノード ${p.node} の kubelet がコンテナを停止します (SIGTERM、猶予期間が終わる ${p.until} に SIGKILL) — ${p.until} を過ぎてもしばらく残っているなら、その kubelet が停止を確認できていません: ノード ${p.node} (kubectl describe node ${p.node}) とそこの kubelet のログを確認してください`,
  'verdict.terminating.finalizers': (p) =>
    `Terminating: 削除が要求されましたが、finalizer ${p.finalizers} があるため、それを付けたコントローラーが外すまで Pod オブジェクトは残ります — そのコントローラーを探し (finalizer の名前が持ち主を示します)、なぜ処理を終えないのかを確認してください。そのコントローラーがもうない場合に限り、手で外してください: kubectl patch pod ${p.pod} --type=merge -p '{"metadata":{"finalizers":null}}'`,
  'verdict.terminating.node': (p) =>
    `Terminating: 削除が要求されましたが、ノード ${p.node} が Ready でないため、kubelet がコンテナの停止を確認できず Pod が残っています — ノードを復旧するか Node オブジェクトを削除してください。Pod の強制削除(kubectl delete pod --grace-period=0 --force)は、コンテナが止まっていると分かっている場合だけにしてください`,
  'verdict.terminating.node-gone': (p) =>
    `Terminating: 削除が要求されましたが、Pod のノード ${p.node} はもう存在しないため、コンテナの停止を確認する kubelet がいません。kube-controller-manager の Pod ガベージコレクターが、このような持ち主のいない Pod を 1 分ほどで削除します — 残り続けるなら kube-controller-manager が動いているか確認するか、強制削除してください (ノードがないので、コンテナもありません): kubectl delete pod ${p.pod} --grace-period=0 --force`,
  'verdict.failed': (p) =>
    `Failed: コンテナ ${p.container} が終了コード ${p.code} (${p.reason}) で終了し、再起動されません — ログを確認してください: kubectl logs ${p.pod} -c ${p.container}`,
  'verdict.failed.generic': (p) => `Failed: ${p.reason} — 下の Condition とイベントを確認してください`,
  'verdict.succeeded': () => 'Completed: すべてのコンテナが終了コード 0 で終了しました — 対応は不要です',
  'verdict.ready': () => 'Running かつ Ready: すべてのコンテナが動作し、Service からのトラフィックを受けています',
  'verdict.ready.noservice': () =>
    'Running かつ Ready: すべてのコンテナが動作し、readiness チェックに合格しています (この Pod を選ぶ Service はありません)',
  'verdict.notready': (p) =>
    `Running だが Ready ではありません: ${p.containers} が準備できていません — Service のトラフィックは届きません。readiness probe を確認してください`,
  'verdict.pending': (p) => `Pending: ${p.reason} — 下のイベントを確認してください`,
  'verdict.pending.starting': () => 'コンテナを起動中です',
  'verdict.unknown': (p) => `${p.phase}: kubelet から Pod の状態が得られません — ノードを確認してください`,

  'phase.title': (p) => `フェーズ: ${p.phase}`,
  'phase.Pending': () =>
    'クラスターには受け付けられましたが、まだ全コンテナは動いていません。スケジューリング、イメージの取得、コンテナの作成のいずれかを待っています。',
  'phase.Running': () =>
    'ノードに割り当てられ、少なくとも 1 つのコンテナが動作中(または起動・再起動中)です。Running は Ready と同じではありません。',
  'phase.Succeeded': () => 'すべてのコンテナが終了コード 0 で終了し、再起動されることはありません。',
  'phase.Failed': () =>
    'すべてのコンテナが停止し、少なくとも 1 つが失敗しました(0 以外の終了コード、またはシステムによる強制終了)。再起動はされません。',
  'phase.Unknown': () => 'Pod の状態を取得できません。多くの場合、ノードと通信できないことが原因です。',

  'condition.title': (p) => `Condition ${p.type}=${p.status}`,
  'condition.PodScheduled': () => 'スケジューラーが Pod をノードに割り当てたかどうか。',
  'condition.PodReadyToStartContainers': () =>
    'Pod のサンドボックス(ネットワーク名前空間と IP)が用意され、コンテナを起動できる状態かどうか。',
  'condition.Initialized': () => 'すべての init コンテナが完了したかどうか(サイドカーは起動済みかどうか)。',
  'condition.ContainersReady': () => 'すべてのコンテナが readiness チェックに合格しているかどうか。',
  'condition.Ready': () => 'Pod がリクエストを処理できるかどうか。True のとき、対応する Service のエンドポイントに加えられます。',
  'condition.DisruptionTarget': () => '退避・プリエンプション・ノード停止などの中断によって、まもなく終了されることを示します。',
  'condition.gate': () => 'readiness gate: 外部のコントローラーがこの Condition を True にするまで Pod は Ready になりません。',
  'condition.other': () => 'コントローラーが設定した Condition です。',
  'condition.missing': (p) => `Condition ${p.type} はまだ報告されていません`,

  'container.kind.container': () => 'コンテナ',
  'container.kind.init': () => 'init コンテナ',
  'container.kind.sidecar': () => 'サイドカーコンテナ',
  'container.title': (p) => `${p.kind} ${p.name}: ${p.state}`,
  'container.running': (p) => `${p.since} から動作中です。`,
  'container.waiting': (p) => `待機中: ${p.reason}${p.message}。`,
  'container.terminated': (p) => `終了コード ${p.code} (${p.reason}) で終了しました${p.signal}。`,
  'container.nostatus': () => 'まだ状態がありません。コンテナは作成されていません。',
  'container.image': (p) => `イメージ ${p.image}。`,
  'container.ready': (p) => `Ready: ${p.ready}。`,
  'container.restarts': (p) => `${p.count} 回再起動しています。`,
  'container.last': (p) => `前回の実行は終了コード ${p.code} (${p.reason}) で終わりました。`,
  'container.code137': () =>
    '終了コード 137 = 128 + 9: SIGKILL で強制終了されたことを示します(理由が OOMKilled ならメモリ不足による強制終了)。',
  'container.sidecar': () => 'restartPolicy: Always の init コンテナはサイドカーです。アプリのコンテナより先に起動し、並んで動き続けます。',
  'state.running': () => '動作中',
  'state.waiting': (p) => `待機中 (${p.reason})`,
  'state.terminated': (p) => `終了 (${p.reason}, 終了コード ${p.code})`,
  'state.unknown': () => '未起動',

  'probe.readiness.title': (p) => `${p.container} の readiness probe`,
  'probe.readiness.none': () => 'readiness probe がありません。コンテナは起動した時点で Ready とみなされます。',
  'probe.readiness.set': (p) =>
    `${p.probe}。成功するまで Pod は Ready にならず、Service のトラフィックを受けません。失敗してもコンテナは再起動されません。`,
  'probe.liveness.title': (p) => `${p.container} の liveness probe`,
  'probe.liveness.set': (p) => `${p.probe}。失敗が続くと kubelet がコンテナを再起動します。`,
  'probe.startup.title': (p) => `${p.container} の startup probe`,
  'probe.startup.set': (p) =>
    `${p.probe}。成功するまで liveness probe と readiness probe は始まりません。失敗が続くと kubelet がコンテナを再起動します。`,
  'probe.every': (p) => `${p.what}、${p.period} 秒ごと`,

  'resources.title': (p) => `${p.container} のリソース`,
  'resources.detail': (p) => `requests: ${p.requests}。limits: ${p.limits}。`,
  'resources.none': () => 'なし',
  'resources.nomemlimit': () => 'メモリ上限がありません。ノードの空きメモリを使えるぶん、メモリ逼迫時には先に強制終了されます。',
  'qos.title': (p) => `QoS クラス: ${p.qos}`,
  'qos.Guaranteed': () =>
    'すべてのコンテナで CPU とメモリの requests と limits が等しく設定されています。ノードの資源が逼迫したとき最後に退避されます。',
  'qos.Burstable': () => 'requests か limits が一部だけ設定されています。BestEffort の Pod の次に退避されます。',
  'qos.BestEffort': () => 'requests も limits も設定されていません。ノードの資源が逼迫すると真っ先に退避されます。',

  'scheduling.title.node': (p) => `ノード ${p.node} にスケジュール済み`,
  'scheduling.title.none': () => 'どのノードにもスケジュールされていません',
  'scheduling.selector': (p) => `nodeSelector: ${p.selector}(このラベルを持つノードだけが候補になります)。`,
  'scheduling.message': (p) => `スケジューラーのメッセージ: ${p.message}`,
  'scheduling.node.notready': (p) => `ノード ${p.node} は Ready ではありません。`,

  'owner.none.title': () => 'オーナーなし: 単独の Pod',
  'owner.none': () =>
    '削除されたりノードが故障したりしても、この Pod を作り直すものはありません。必要なら Deployment や Job を使ってください。',
  'owner.title': (p) => `${p.kind} ${p.name} が所有`,
  'owner.replicaset': (p) => `ReplicaSet がレプリカ数を保ちます${p.deployment}。Pod が削除されると作り直します。`,
  'owner.ofDeployment': (p) => `(この ReplicaSet 自体は Deployment ${p.name} が管理しています)`,
  'owner.deployment.title': (p) => `Deployment ${p.name} が管理`,
  'owner.deployment': () =>
    'Deployment は新しい ReplicaSet を作り、古いものを縮小することで変更をロールアウトします。Pod ではなく Deployment を編集してください。',
  'owner.job': (p) => `Job は必要な数の Pod が正常終了するまで Pod を実行します${p.cronjob}。`,
  'owner.ofCronJob': (p) => `(この Job は CronJob ${p.name} が作成しました)`,
  'owner.other': (p) => `${p.kind} のコントローラーがこの Pod を管理しています。`,
  'owner.missing': (p) => `${p.kind} ${p.name} はもう存在しません。Pod は孤立しており、ガベージコレクションで削除されます。`,
  'owner.unknown': () => '詳細は読み取っていません。',

  'dns.title': (p: { count: number }) => `DNS 名(${p.count} 個)`,
  'dns.detail': (p: { names: string; pod: string; ns: string }) =>
    `この Pod に届く名前: ${p.names}。Service の名前が指すのは Service(headless なら Ready な Pod 全体)で、この Pod だけではありません。ゾーンは cluster.local と仮定しています。kubexplain dns pod/${p.pod} -n ${p.ns} でゾーンの検出と短い名前の一覧が見られます。`,
  'dns.subdomain.title': (p: { name: string }) => `${p.name} は名前解決できません`,
  'dns.subdomain.detail': (p: { subdomain: string }) =>
    `Pod は hostname と subdomain ${p.subdomain} を設定していますが、同じ Namespace に ${p.subdomain} という名前の headless Service(clusterIP: None)がないため、DNS はこの名前を返しません。その headless Service を作るか、spec.subdomain を直してください。`,
  'sa.title': (p) => `ServiceAccount ${p.name}`,
  'sa.detail': () =>
    'Pod 内のプロセスが API サーバーに対して使う ID です。何ができるかは、これに対する RBAC のバインディングで決まります。',

  'ref.cm.title': (p) => `ConfigMap ${p.name}: ${p.state}`,
  'ref.secret.title': (p) => `Secret ${p.name}: ${p.state}`,
  'ref.exists': () => '存在します',
  'ref.missing': () => '見つかりません',
  'ref.keymissing': () => '存在しますが、参照しているキーがありません',
  'ref.optionalkey': () => '存在しますが、optional な参照が指すキーがありません',
  'ref.optional.key': (p) =>
    `${p.kind} ${p.name} にキー ${p.key} はありません。参照が optional なので、コンテナ ${p.container} は環境変数 ${p.env} なしで起動します (エラーもイベントも出ません) — アプリに必要なら ${p.kind} ${p.name} に ${p.key} を足す (またはキー名を直す) うえで Pod を作り直してください。env は起動時にだけ読まれます。`,
  'ref.unknown': () => '存在を確認できません',
  'ref.missing.detail': (p) =>
    `Pod が参照している ${p.kind} が同じ名前空間にありません。参照が optional でない限り、作成されるまでコンテナを作れません。`,
  'ref.optional': () => 'なし(optional)',
  'ref.pull': () => 'なし(イメージプル用 Secret)',
  'ref.optional.detail': (p) =>
    `この ${p.kind} への参照はすべて optional です。コンテナはそれなしで起動し、それが与えるはずの環境変数やファイルはありません。`,
  'ref.pull.detail': (p) =>
    `この ${p.kind} は imagePullSecrets にだけ書かれています。kubelet はそれなしでプルし(イベント FailedToRetrieveImagePullSecret)、プライベートレジストリはそのプルを拒みます。`,
  'ref.exists.detail': () => 'Pod が参照しており、同じ名前空間に存在します。',
  'ref.secret.keys': (p) => `Pod が参照しており、存在します。キー: ${p.keys}(値は表示しません)。`,
  'ref.unknown.detail': () => '確認できませんでした(警告を参照)。',

  'svc.title': (p) => `Service ${p.name}: ${p.state}`,
  'svc.none.title': () => 'この Pod を選択する Service はありません',
  'svc.none': () => 'Pod のラベルに一致するセレクターを持つ Service がないため、Service 経由のトラフィックは届きません。',
  'svc.ready': () => 'トラフィックを受信中',
  'svc.notready': () => '選択されているが Ready ではない',
  'svc.terminating': () => '終了処理中',
  'svc.absent': () => 'まだエンドポイントに入っていない',
  'svc.detail': (p) =>
    `セレクター ${p.selector} が Pod に一致します。EndpointSlice 上の状態: ready=${p.ready}、serving=${p.serving}、terminating=${p.terminating}。`,
  'svc.detail.absent': (p) =>
    `セレクター ${p.selector} は Pod に一致しますが、どの EndpointSlice にも載っていません(IP が未割り当てか、コントローラーの反映待ち)。`,
  'svc.detail.unknown': (p) => `セレクター ${p.selector} が Pod に一致します。EndpointSlice は読み取れませんでした。`,

  'events.title': (p) => `最近のイベント (${p.count} 件)`,
  'events.none': () => 'イベントはありません(イベントは既定で 1 時間後に消えます)。',
  'events.line': (p) => `${p.type} ${p.reason}${p.count > 1 ? ` ×${p.count}` : ''}: ${p.message}`,

  'terminating.title': () => '終了処理中',
  'terminating.detail': (p) =>
    `猶予期間 ${p.grace} 秒で削除が要求されました。kubelet は各コンテナの preStop フックを実行してから SIGTERM を送り、${p.until} (deletionTimestamp: 要求した時刻に猶予期間を足した時刻) にまだ動いているものを SIGKILL します。`,

  'netpol.dns.blocked': (p) =>
    `DNS が遮断されています: この Pod の Egress は NetworkPolicy ${p.policies} が制限しており、どれも kube-dns への 53/UDP を許していません — 失敗の原因かもしれません`,
  'netpol.dns.cause': (p) =>
    `失敗がこれによるものかどうかは、ここからは分かりません。ログ(kubectl logs ${p.pod} --previous)に、ホストが見つからないというエラーやタイムアウトが出ていないか確かめてください。`,
  yes: () => 'はい',
  no: () => 'いいえ',
  'warning.budget': (p) => `未取得(リクエスト数の上限): ${p.parts}`,
};
