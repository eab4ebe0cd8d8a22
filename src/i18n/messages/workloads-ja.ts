// ワークロード・Node・Namespace・設定系の explainer の日本語の文面。キーと引数は workloads-en.ts と同じ。
import type { WMessages } from './workloads-en.js';
import { workloadCausesJa } from './workload-causes-ja.js';

const CONDITIONS: Record<string, string> = {
  'Deployment.Progressing.NewReplicaSetAvailable': '最新の ReplicaSet がすべて利用可能になりました。直前のロールアウトは完了しています。',
  'Deployment.Progressing.ReplicaSetUpdated':
    'ロールアウト中です。新しい ReplicaSet をスケールアップし、古い ReplicaSet をスケールダウンしています。',
  'Deployment.Progressing.NewReplicaSetCreated': '現在の Pod テンプレート用の ReplicaSet が作成され、ロールアウトが始まりました。',
  'Deployment.Progressing.FoundNewReplicaSet': '現在の Pod テンプレートに一致する ReplicaSet が見つかり、それを引き継ぎました。',
  'Deployment.Progressing.ProgressDeadlineExceeded':
    'progressDeadlineSeconds の間ロールアウトが進まなかったため、コントローラーは失敗と判断しました。自動でロールバックはされません。',
  'Deployment.Progressing.DeploymentPaused': 'Deployment は一時停止中です。Pod テンプレートを変更してもロールアウトされません。',
  'Deployment.Progressing.DeploymentResumed': 'Deployment の一時停止が解除され、ロールアウトが再開しました。',
  'Deployment.Progressing': 'ロールアウトが進行中か、完了したかを示します。',
  'Deployment.Available.True': 'replicas − maxUnavailable 個以上の Pod が利用可能です。最低限の処理能力は確保されています。',
  'Deployment.Available.False': '利用可能な Pod が replicas − maxUnavailable 個に届いていません。最低限の処理能力を下回っています。',
  'Deployment.ReplicaFailure':
    'ReplicaSet が Pod を作成できませんでした(ResourceQuota、LimitRange、アドミッション Webhook による拒否など)。',
  'ReplicaSet.ReplicaFailure':
    'ReplicaSet が Pod を作成できませんでした(ResourceQuota、LimitRange、アドミッション Webhook による拒否など)。',
  'Job.Complete': 'Job は completions に達して完了しました。これ以上 Pod は作成されません。',
  'Job.SuccessCriteriaMet': '成功ポリシーの条件を満たしました。残りの Pod を終了させたあと Complete になります。',
  'Job.Failed': 'Job は失敗しました。これ以上 Pod は作成されません。',
  'Job.FailureTarget':
    'コントローラーは Job の失敗を決めました。先に残りの Pod を止め、そのあと同じ理由で Failed を付けます (どちらも True のまま残ります)。',
  'Job.Suspended': 'Job は一時停止中です(spec.suspend=true)。実行中の Pod は削除され、新しい Pod も作成されません。',
  'Node.Ready.True': 'kubelet は正常で、ノードは Pod を受け入れます。',
  'Node.Ready.False': 'kubelet がノードを異常と報告しています。新しい Pod はここにスケジュールされません。',
  'Node.Ready.Unknown':
    'ノードコントローラーが kubelet からの応答を受け取れていません(ノードの Lease が期限切れ)。ノードが停止しているか到達できない可能性があり、toleration の期間(既定 300 秒)後に Pod は退避されます。',
  'Node.MemoryPressure':
    'ノードのメモリが不足すると True になります。kubelet が Pod を退避させ(BestEffort から)、ノードに NoSchedule の taint が付きます。',
  'Node.DiskPressure': 'ディスク容量や inode が不足すると True になります。kubelet が未使用イメージを削除し、Pod を退避させます。',
  'Node.PIDPressure': 'ノードのプロセス ID が不足すると True になります。kubelet が Pod を退避させることがあります。',
  'Node.NetworkUnavailable':
    'ノードのネットワークが設定されていないと True になります(ネットワークプラグインやクラウドプロバイダーが設定します)。',
  'Namespace.NamespaceDeletionContentFailure': 'Namespace 内の一部のオブジェクトの削除に失敗しました。',
  'Namespace.NamespaceDeletionDiscoveryFailure':
    '一部のリソース種別を検出できず(API サービスが利用不可)、Namespace の削除を完了できません。',
  'Namespace.NamespaceContentRemaining': 'Namespace 内にオブジェクトが残っており、削除中です。',
  'Namespace.NamespaceFinalizersRemaining': 'Namespace 内のオブジェクトに、担当コントローラーがまだ外していない finalizer が残っています。',
  'Namespace.NamespaceDeletionGroupVersionParsingFailure': 'Namespace の削除中にリソース種別を解析できませんでした。',
};

const SECRET_TYPES: Record<string, string> = {
  Opaque: 'Opaque: 利用者が定義する任意のデータです。',
  'kubernetes.io/service-account-token':
    '長期間有効な ServiceAccount トークン(旧方式)です。Pod には短命の projected トークンが渡されるので、そちらを使ってください。',
  'kubernetes.io/dockerconfigjson': 'レジストリの認証情報(~/.docker/config.json 形式)です。imagePullSecrets から使われます。',
  'kubernetes.io/dockercfg': 'レジストリの認証情報(旧 ~/.dockercfg 形式)です。imagePullSecrets から使われます。',
  'kubernetes.io/tls': 'TLS 証明書と秘密鍵(tls.crt、tls.key)です。Ingress などで使われます。',
  'kubernetes.io/basic-auth': 'Basic 認証の認証情報(username、password)です。',
  'kubernetes.io/ssh-auth': 'SSH の秘密鍵(ssh-privatekey)です。',
  'bootstrap.kubernetes.io/token': 'ノードがクラスターに参加するときに使う bootstrap トークンです。',
};

export const wja: WMessages = {
  ...workloadCausesJa,
  // What a condition means, as a Message param (one object): the same table as condition().
  'condition.means': (p) =>
    CONDITIONS[`${p.kind}.${p.type}.${p.reason || ''}`] ??
    CONDITIONS[`${p.kind}.${p.type}.${p.status}`] ??
    CONDITIONS[`${p.kind}.${p.type}`] ??
    'コントローラーが報告する Condition です。',
  'condition.title': (p) => `Condition ${p.type}=${p.status}${p.reason ? `(${p.reason})` : ''}`,
  'condition.said': (p) => `コントローラーの報告: ${p.said}`,
  line: (p) => `${p.name}: ${p.state}`,
  'why.and': (p) => `${p.first}${p.second}`,
  'unknown.list': () => '読み取れませんでした(下の警告を参照)。',
  'owner.title': (p) => `所有者: ${p.kind} ${p.name}`,
  'owner.none.title': () => '所有者なし',
  'ref.exists': () => 'あり',
  'ref.missing': () => '見つかりません',
  'ref.unknown': () => '不明',
  'why.pod': (p) => ` — ${p.verdict}`,

  'pods.title': (p) => `Pod: ${p.count} 個`,
  'pods.new.title': (p) => `現行 ReplicaSet の Pod: ${p.count} 個`,
  'pods.old.title': (p) => `古い ReplicaSet の Pod: ${p.count} 個`,
  'pods.none': () => 'まだ Pod はありません。',
  'pods.group': (p) => `${p.state}(${p.count} 個): ${p.names}`,
  'pods.worst.title': (p) => `最も問題のある Pod: ${p.pod}`,
  'pods.worst.detail': (p) => `${p.verdict}\n詳細: kubexplain explain pod/${p.pod} -n ${p.ns}`,
  'selector.title': (p) => `セレクター ${p.selector}`,
  'selector.ok': () =>
    'Pod テンプレートがこのラベルを持つので、作成した Pod を自分のものとして管理できます。セレクターは作成後に変更できません。',
  'selector.mismatch': (p) =>
    `Pod テンプレートのラベル(${p.labels})がセレクターに一致しません。コントローラーが自分の Pod を見つけられません。`,

  'deploy.verdict.paused': (p) =>
    `リビジョン ${p.revision} で一時停止中: ${p.desired} 個中 ${p.updated} 個が更新済み、${p.available} 個が利用可能です。テンプレートの変更はロールアウトされません — kubectl rollout resume deploy/${p.name} -n ${p.ns} で再開してください`,
  'deploy.verdict.pausedChange': (p) =>
    `一時停止中: Pod テンプレートは変更されました(${p.change})が、ロールアウトされていません。Pod ${p.pods} 個はリビジョン ${p.revision}(ReplicaSet ${p.rs})のままです — kubectl rollout resume deploy/${p.name} -n ${p.ns} でロールアウトしてください`,
  'deploy.change.images': (p) => `${p.from} → ${p.to}`,
  'deploy.change.other': (p) => `イメージ ${p.images} は同じで、ほかのフィールドが異なります`,
  'deploy.verdict.failure': (p) =>
    `Pod を作成できません: ${p.message} — ${p.desired} 個中 ${p.updated} 個が更新済み、${p.available} 個が利用可能${p.why}`,
  'deploy.verdict.deadline': (p) =>
    `ロールアウトが停滞しています(ProgressDeadlineExceeded): 新しい ReplicaSet ${p.rs} は ${p.seconds} 秒間進捗がありません(${p.desired} 個中 ${p.updated} 個が更新済み、${p.available} 個が利用可能)${p.why}。直すのに時間がかかるなら kubectl rollout undo deploy/${p.name} -n ${p.ns} で元に戻してください`,
  'deploy.verdict.blocked': (p) =>
    `ロールアウトが停滞しています: 新しい ReplicaSet ${p.rs} の Pod が利用可能になれません(${p.desired} 個中 ${p.updated} 個が更新済み、${p.available} 個が利用可能)${p.why}`,
  'deploy.verdict.rolling': (p) => `ロールアウト中: ${p.desired} 個中 ${p.updated} 個が更新済み、${p.available} 個が利用可能${p.why}`,
  'deploy.verdict.degraded': (p) => `縮退中: 利用可能なレプリカは ${p.desired} 個中 ${p.available} 個です${p.why}`,
  'deploy.verdict.unobserved': (p) =>
    `コントローラーの処理待ち: spec の世代 ${p.generation} はまだ処理されていません(処理済みは ${p.observed}) — 少し待ってから再実行してください`,
  'deploy.verdict.zero': () => 'ゼロにスケール: spec.replicas が 0 で、Pod は必要とされていません',
  'deploy.verdict.ok': (p) =>
    `正常: レプリカ ${p.desired} 個${String(p.desired) === '1' ? 'が' : 'がすべて'}更新済みで利用可能です(リビジョン ${p.revision}、${p.images})`,
  'deploy.why.newPods': (p) => ` — 新しい Pod ${p.pod} が失敗しています: ${p.verdict}`,
  'deploy.why.notReady': (p) => ` — 新しい Pod ${p.pod} は期限内に Ready になりませんでした: ${p.verdict}`,
  'deploy.why.starting': (p) => ` — 新しい Pod ${p.pod} はまだ起動中です: ${p.verdict}`,
  'deploy.why.oldServe': (p) => `。古い ReplicaSet ${p.rs} の Ready な Pod ${p.count} 個がまだトラフィックを処理しています`,
  'deploy.rollout.title': (p) =>
    `レプリカ: 希望 ${p.desired}、現在 ${p.total}、更新済み ${p.updated}、Ready ${p.ready}、利用可能 ${p.available}、利用不可 ${p.unavailable}`,
  'deploy.rollout': () =>
    '更新済み = 現在のテンプレートの Pod、利用可能 = minReadySeconds 以上 Ready が続いた Pod です。すべてのレプリカが更新済みかつ利用可能で、古い Pod が残っていなければロールアウトは完了です。',
  'deploy.deadline': (p) =>
    `progressDeadlineSeconds は ${p.seconds} 秒です。新しい Pod が動かない原因を直すか、元に戻してください: kubectl rollout undo deploy/${p.name}`,
  'deploy.strategy.title': (p) => `戦略 ${p.type}`,
  'deploy.strategy.recreate': () => '古い Pod をすべて停止してから新しい Pod を起動します。ロールアウトのたびにダウンタイムが発生します。',
  'deploy.strategy.rolling': (p) =>
    `maxSurge ${p.surge}、maxUnavailable ${p.unavailable}: ロールアウト中の Pod は最大 ${p.max} 個、利用可能な Pod は最低 ${p.min} 個に保たれます。`,
  'deploy.strategy.zeroUnavailable': () =>
    'maxUnavailable が 0 なので、新しい Pod が利用可能になってから古い Pod を削除します。新バージョンが壊れていても処理能力は減りません。',
  'deploy.paused.title': () => '一時停止中',
  'deploy.paused': (p) => `テンプレートの変更は kubectl rollout resume deploy/${p.name} -n ${p.ns} まで反映されません。`,
  'deploy.rs.none.title': () => 'ReplicaSet',
  'deploy.rs.title': (p) => `ReplicaSet ${p.name}(リビジョン ${p.revision}): 希望 ${p.desired}、Ready ${p.ready}、利用可能 ${p.available}`,
  'deploy.rs.images': (p) => `イメージ: ${p.images}`,
  'deploy.rs.diff': (p) => `リビジョン ${p.prev} からの変更: ${p.from} → ${p.to}`,
  'deploy.rs.current': () => '現行の ReplicaSet です。Deployment の Pod テンプレートを動かしています。',
  'deploy.rs.paused': (p) =>
    `変更前の Pod テンプレートを動かしています。Deployment が一時停止中なので、kubectl rollout resume deploy/${p.name} -n ${p.ns} まで新しいテンプレートの ReplicaSet は作られません。`,
  'deploy.rs.old': (p) =>
    `古いリビジョンです。新しい ReplicaSet が利用可能になるにつれて縮小され、kubectl rollout undo のために(revisionHistoryLimit ${p.limit} まで)残されます。`,

  'rs.verdict.ok': (p) => `正常: ${p.desired} 個中 ${p.ready} 個の Pod が Ready です`,
  'rs.verdict.bad': (p) => `縮退中: 利用可能な Pod は ${p.desired} 個中 ${p.available} 個です${p.why}`,
  'rs.verdict.zero': (p) => `ゼロにスケール: ロールバック用に残された古いリビジョンです${p.owner}`,
  'rs.owner.of': (p) => `(${p.kind} ${p.name})`,
  'rs.replicas.title': (p) => `レプリカ: 希望 ${p.desired}、現在 ${p.current}、Ready ${p.ready}、利用可能 ${p.available}`,
  'rs.replicas': (p) => `ReplicaSet は 1 つのテンプレートの Pod をこの数だけ動かし続けます。イメージ: ${p.images}`,
  'rs.owner.deployment': (p) =>
    `Deployment ${p.name} がロールアウトのたびにこの ReplicaSet をスケールします。変更は ReplicaSet ではなく Deployment に行ってください。`,
  'rs.owner.none': () => 'この ReplicaSet を管理する Deployment はありません。新しいテンプレートをロールアウトする仕組みはありません。',

  'sts.verdict.ok': (p) => `正常: ${p.desired} 個中 ${p.ready} 個の Pod が Ready です${p.why}`,
  'sts.verdict.bad': (p) => `準備未完了: ${p.desired} 個中 ${p.ready} 個の Pod が Ready です${p.why}`,
  'sts.verdict.rolling': (p) => `ロールアウト中: ${p.desired} 個中 ${p.updated} 個の Pod が更新済み、${p.ready} 個が Ready${p.why}`,
  'sts.verdict.zero': () => 'ゼロにスケール: spec.replicas が 0 です(PVC は残ります)',
  'sts.why.ordered': (p) =>
    ` — ${p.missing} は作成されていません。podManagementPolicy OrderedReady では ${p.prev} が Running かつ Ready になるのを待ちますが、${p.prev} はそうなっていません: ${p.verdict}`,
  'sts.verdict.partition': (p) =>
    `段階的な更新(partition): 序数 ${p.partition} 以上は新しいリビジョン ${p.update} で動いています(${p.updated})。updateStrategy.rollingUpdate.partition が ${p.partition} なので、${p.old} はリビジョン ${p.current} のままです — これらも更新するなら partition を下げてください: kubectl patch statefulset ${p.name} -n ${p.ns} -p '{"spec":{"updateStrategy":{"rollingUpdate":{"partition":0}}}}'`,
  'sts.verdict.ondelete': (p) =>
    `更新は手動の削除待ちです: updateStrategy OnDelete では、コントローラーは Pod が削除されたときだけ新しいテンプレートで作り直すため、${p.old} はリビジョン ${p.current} のままです(新しいリビジョン: ${p.update}) — 序数の大きい順に 1 つずつ削除してください: kubectl delete pod ${p.next} -n ${p.ns}`,
  'sts.why.service': (p) => ` — 管理用の Service ${p.name} が存在しないため、Pod に固定の DNS 名が付きません`,
  'sts.ordinals.title': (p) => `序数: ${p.desired} 個中 ${p.ready} 個が Ready`,
  'sts.ordinal.missing': (p) => `${p.name}: 未作成${p.ordered}`,
  'sts.ordinal.waits': (p) => `(${p.prev} が Running かつ Ready になるのを待っています)`,
  'sts.ordered': () =>
    'podManagementPolicy OrderedReady: Pod は序数の順に 1 つずつ、前の Pod が Ready になってから作成され、削除は逆順です。',
  'sts.parallel': () => 'podManagementPolicy Parallel: Pod は互いを待たずに作成・削除されます。',
  'sts.strategy.title': (p) => `更新戦略 ${p.type}`,
  'sts.strategy.rolling': (p) => `Pod は最大の序数から 1 つずつ置き換えられます。partition(${p.partition})以上の序数だけが更新されます。`,
  'sts.strategy.ondelete': () => 'Pod は削除したときだけ更新されます。コントローラーが新しいテンプレートで作り直します。',
  'sts.revision.same': (p) => `すべての Pod が現在のリビジョン ${p.revision} で動いています。`,
  'sts.revision.diff': (p) => `更新中: リビジョン ${p.current} → ${p.update}、${p.desired} 個中 ${p.updated} 個の Pod が更新済みです。`,
  'sts.service.title': (p) => `管理用 Service ${p.name}`,
  'sts.service.none': () => 'serviceName がないため、Pod ごとの DNS 名は作られません。',
  'sts.service.missing': (p) =>
    `Service ${p.name} が存在しません。${p.sts}-0.${p.name} を名前解決できるよう、Pod を選択する Headless Service(clusterIP: None)を作成してください。`,
  'sts.service.ok': (p) => `Headless Service です。各 Pod に ${p.sts}-0.${p.name}.${p.ns}.svc のような固定の DNS 名が付きます。`,
  'sts.service.notheadless': (p) =>
    `Service ${p.name} には ClusterIP があります。Pod ごとの DNS 名には Headless Service(clusterIP: None)が必要です。`,
  'sts.pvc.title': (p) => `volumeClaimTemplate ${p.template}`,
  'sts.pvc.missing': (p) => `${p.name}: まだ作成されていません`,
  'sts.pvc.pending': (p) => `${p.name}: ${p.phase}(StorageClass ${p.sc}) — PVC がボリュームにバインドされるまで Pod は起動できません`,
  'sts.pvc.nosc': () => 'なし: 既定の StorageClass(あれば)',
  'sts.pvc.kept': () =>
    '序数ごとに専用の PVC が作られ、Pod が再スケジュールされても(既定ではスケールダウンや StatefulSet の削除でも)残ります。',

  'ds.verdict.ok': (p) => `正常: 対象ノード ${p.desired} 台${String(p.desired) === '1' ? '' : 'すべて'}で動作し Ready です`,
  'ds.verdict.bad': (p) => `縮退中: 利用可能なのは対象ノード ${p.desired} 台中 ${p.available} 台です${p.why}`,
  'ds.verdict.rolling': (p) => `ロールアウト中: ${p.desired} 台中 ${p.updated} 台のノードで更新済み、${p.available} 台で利用可能${p.why}`,
  'ds.verdict.none': () => '対象ノードがありません: nodeSelector、affinity、taint がすべてのノードを除外しています',
  'ds.verdict.noMatch': (p) =>
    `一致するノードがありません: ${p.total} 台のノードのどれにも、Pod テンプレートが選ぶラベル (${p.selector}) がないため、Pod は 1 つも動いていません — 動かしたいノードにラベルを付ける (kubectl label node NODE ${p.label}) か、テンプレートの nodeSelector/affinity を直してください`,
  'ds.verdict.allTainted': (p) =>
    `対象ノードがありません: ノードの選択条件に合う ${p.total} 台すべてに、Pod テンプレートが許容しない taint (${p.taints}) があるため、Pod は 1 つも動いていません — そこで動かす必要があるなら、一致する toleration を Pod テンプレートに追加してください`,
  'ds.verdict.noNodes': () => 'クラスターにノードがありません: DaemonSet はノードごとに Pod を 1 つ動かしますが、ノードがありません',
  'ds.verdict.stuck': (p) =>
    `ロールアウトが停滞しています: ${p.desired} 台中 ${p.updated} 台のノードで更新済み、${p.available} 台で利用可能 — ノード ${p.node} の新しい Pod ${p.pod} が失敗しています: ${p.verdict}。コントローラーはこの Pod が利用可能になってから次のノードに進みます(maxUnavailable ${p.unavailable}、maxSurge ${p.surge})`,
  'ds.counts.title': (p) =>
    `ノード: 希望 ${p.desired}、現在 ${p.current}、Ready ${p.ready}、更新済み ${p.updated}、利用可能 ${p.available}、誤配置 ${p.misscheduled}`,
  'ds.counts': () => 'DaemonSet は対象となる各ノードで Pod を 1 つずつ動かします。希望数は Pod を動かすべきノードの数です。',
  'ds.selector.title': (p) => `nodeSelector ${p.selector}`,
  'ds.selector': () => 'このラベルを持つノードだけが対象です。',
  'ds.nodes.title': (p) => `Pod のないノード: ${p.total} 台中 ${p.count} 台`,
  'ds.nodes.all': (p) => `すべてのノード(${p.total} 台)で Pod が動いています`,
  'ds.why.selector': (p) => `対象外: ラベルが ${p.selector} に一致しません`,
  'ds.why.taint': (p) =>
    `対象外: taint ${p.taints} を許容(toleration)していません — そのノードでも動かすなら、Pod テンプレートに対応する toleration を追加してください`,
  'ds.why.pending': () => '対象ですが、まだ Pod がありません — 下のイベントを確認してください',
  'ds.misscheduled.title': (p) => `本来動くべきでないノード上の Pod: ${p.count} 個`,
  'ds.misscheduled': () => 'Pod の配置後にノードのラベルや taint が変わりました。コントローラーがこれらの Pod を削除します。',

  'job.verdict.complete': (p) => `完了: ${p.completions} 回中 ${p.succeeded} 回の実行が成功しました${p.duration ? `(${p.duration})` : ''}`,
  'job.verdict.failed': (p) => `失敗 (${p.reason}): ${p.message}${p.why}`,
  'job.verdict.running': (p) =>
    `実行中: 実行中 ${p.active}、成功 ${p.succeeded}/${p.completions}、失敗 ${p.failed}(backoffLimit ${p.limit})${p.why}`,
  'job.verdict.stuck': (p) => `進んでいません: 実行中 ${p.active}、成功 ${p.succeeded}/${p.completions} — Pod ${p.pod}: ${p.verdict}`,
  'job.verdict.suspended': (p) =>
    `一時停止中 (spec.suspend が true): コントローラーは Pod を作りません (一時停止すると動いている Pod は削除されます) — 再開するには kubectl patch job ${p.name} -p '{"spec":{"suspend":false}}'`,
  'job.reason.policy': (p) =>
    `podFailurePolicy のルール ${p.index} (${p.rule}) が Pod ${p.pod} (${p.match}) に一致したため、backoffLimit ${p.limit} の再試行なしに Job はすぐ失敗しました — その失敗を直してから Job を作り直してください (失敗した Job は再び動きません)`,
  'job.reason.policy.unmatched': (p) =>
    `podFailurePolicy のルールにより、backoffLimit の再試行なしに Job はすぐ失敗しました: ${p.message} — その失敗を直してから Job を作り直してください`,
  'job.rule.exit': (p) =>
    `${p.container ? `コンテナ ${p.container} ` : 'いずれかのコンテナ'}の終了コードが [${p.values}] ${p.operator === 'NotIn' ? 'のどれでもない' : 'のいずれか'}なら ${p.action}`,
  'job.rule.conditions': (p) => `Pod に状態 ${p.conditions} があれば ${p.action}`,
  'job.rule.line': (p) => `ルール ${p.index}: ${p.rule}`,
  'job.match.exit': (p) => `コンテナ ${p.container} が終了コード ${p.code} で終了`,
  'job.match.condition': (p) => `状態 ${p.condition} あり`,
  'job.policy.title': (p) => `podFailurePolicy: ルール ${p.count} 個`,
  'job.policy': () =>
    '失敗した Pod はルールに順に照らされ、最初に一致したルールで扱いが決まります: FailJob は Job 全体をすぐ失敗にし (再試行なし)、FailIndex はそのインデックスを失敗にし、Ignore はその失敗を backoffLimit に数えず、Count は数えます。どのルールにも一致しない失敗は通常どおり数えます。',
  'job.policy.matched': (p) => `ルール ${p.index} が Pod ${p.pod} に一致しました: ${p.match}。`,
  'job.why.pod': (p) => ` — 最後に失敗した Pod ${p.pod}: ${p.verdict}`,
  'job.reason.backoff': (p) => `${p.failed} 個の Pod が失敗し、backoffLimit ${p.limit} を超えました`,
  'job.reason.deadline': (p) =>
    `Job の実行時間が activeDeadlineSeconds(${p.seconds} 秒。Job の開始から数え、Pod が Pending だった時間も含みます)を超えたため、コントローラーが Pod を止めました — 処理にもっと時間が要るなら activeDeadlineSeconds を増やし、そうでなければ何が遅らせたかを調べてください (kubectl get events --field-selector involvedObject.kind=Pod)`,
  'job.counts.title': (p) =>
    `completions ${p.completions}、parallelism ${p.parallelism}: 成功 ${p.succeeded}、失敗 ${p.failed}、実行中 ${p.active}`,
  'job.counts': (p) => `${p.completions} 個の Pod が成功すると Job は完了します。parallelism は同時に動かす Pod 数の上限です。`,
  'job.workqueue': () => 'completions がない、ワークキュー型の Job です。いずれかの Pod が成功し、実行中の Pod がなくなると完了します。',
  'job.backoff.title': (p) => `backoffLimit ${p.limit}`,
  'job.backoff': (p) =>
    `失敗した Pod は指数的な待ち時間(10 秒、20 秒、40 秒…最大 6 分)を置いて再試行され、失敗が ${p.limit} 回を超えると Job は Failed になります。ここまでの失敗: ${p.failed} 回。`,
  'job.counts.indexed': (p) =>
    `Indexed Job です。${p.completions} 個のインデックス (0 から ${Number(p.completions) - 1}) のそれぞれで Pod が成功すると Job は完了します。parallelism は同時に動かす Pod 数の上限です。`,
  'job.index.title': (p) => `backoffLimitPerIndex ${p.limit}${p.max}`,
  'job.index.title.max': (p) => `、maxFailedIndexes ${p.max}`,
  'job.index.rule': (p) =>
    `インデックスごとに最大 ${p.tries} 回 (最初の 1 回と再試行 ${p.limit} 回) 試行されます。Pod がその回数失敗したインデックスは失敗が確定し (status.failedIndexes)、ほかのインデックスはそのまま続きます。すべてのインデックスが終わると Job は理由 FailedIndexes で失敗します${p.max}。backoffLimit は使われません。`,
  'job.index.rule.max': (p) => `。失敗したインデックスが ${p.max} 個を超えると、その時点で理由 MaxFailedIndexesExceeded で失敗します`,
  'job.index.lost': (p) => `インデックス ${p.index}: ${p.failures} 回失敗し、再試行は残っていません。失敗が確定しました${p.last}。`,
  'job.index.retrying': (p) => `インデックス ${p.index}: ${p.tries} 回の試行のうち ${p.failures} 回失敗し、再試行中です${p.last}。`,
  'job.index.last': (p) => ` (最後に失敗した Pod ${p.pod}: コンテナ ${p.container} が終了コード ${p.code} で終了)`,
  'job.index.pod': (p) => `インデックス ${p.index}: Pod ${p.pod} のコンテナ ${p.container} が終了コード ${p.code} で終了`,
  'job.index.pod.gone': (p) => `インデックス ${p.index}: 失敗した Pod は残っていません`,
  'job.reason.indexes': (p) =>
    `インデックス ${p.failed} が失敗しました (${p.total} 個中 ${p.count} 個)。いずれも ${p.tries} 回失敗しており (backoffLimitPerIndex ${p.limit})、ほかのインデックスはすべて終わっています (成功: ${p.completed}) — ${p.pods}。${p.next}`,
  'job.reason.maxindexes': (p) =>
    `${p.count} 個のインデックスが失敗し (${p.failed})、maxFailedIndexes ${p.max} を超えたため、Job はその時点で失敗し、動いていた Pod を止めました — ${p.pods}。${p.next}`,
  'job.index.next': (p) =>
    `失敗した Pod のログを読み (kubectl logs ${p.pod})、原因を直してから Job を作り直してください。失敗した Job は再び動きません`,
  'job.index.next.gone': () => 'それらのインデックスが失敗した原因を直してから Job を作り直してください。失敗した Job は再び動きません',
  'job.verdict.running.indexes': (p) =>
    `実行中: 実行中 ${p.active}、成功したインデックス ${p.succeeded}/${p.completions}${p.state}${p.why}`,
  'job.index.running.lost': (p) =>
    `。インデックス ${p.failed} は失敗が確定したため、ほかのインデックスが終わると Job は失敗 (FailedIndexes) で終わります`,
  'job.index.running.retrying': (p) => `。backoffLimitPerIndex ${p.limit} のもとでインデックス ${p.indexes} を再試行中です`,
  'job.index.retry': (p) => `${p.index} (${p.tries} 回中 ${p.failures} 回失敗)`,
  'job.owner.cronjob': (p) => `CronJob ${p.name} がスケジュール実行 1 回分として作成しました。`,

  'cj.verdict.suspended': (p) => `一時停止中: spec.suspend が false になるまで、スケジュール ${p.schedule} による Job は作成されません`,
  'cj.verdict.failed': (p) => `直近の実行が失敗: Job ${p.job} — ${p.verdict}${p.running}`,
  'cj.verdict.ok': (p) => `正常: 直近の実行 Job ${p.job} は成功しました(${p.at})。スケジュール ${p.schedule}${p.running}`,
  'cj.verdict.create': (p) => `実行が始められません: ${p.verdict}`,
  'cj.verdict.stuck': (p) => `現在の実行が止まっています: Job ${p.job} — ${p.verdict}`,
  'cj.verdict.running': (p) => `実行中: Job ${p.jobs} はまだ終わっていません`,
  'cj.verdict.never': (p) => `未実行: ${p.schedule} に一致する次の時刻に最初の Job が作成されます`,
  'cj.why.active': (p) => `。実行中: ${p.jobs}`,
  'cj.schedule.title': (p) => `スケジュール ${p.schedule}${p.tz ? `(${p.tz})` : ''}`,
  'cj.tz': (p) => `時刻はタイムゾーン ${p.tz} で解釈されます。`,
  'cj.tz.none': () =>
    'timeZone の指定がないため、時刻は kube-controller-manager のローカルタイムゾーン(多くは UTC)で解釈されます。明示するには spec.timeZone を設定してください。',
  'cj.suspend.title': (p) => `suspend: ${p.suspend}`,
  'cj.suspend.true': () =>
    '新しい Job は作成されず、実行中の Job はそのまま続きます。停止中に逃した実行は、再開時に開始されることがあります(startingDeadlineSeconds)。',
  'cj.suspend.false': () => 'スケジュールどおりに Job が作成されます。',
  'cj.last.title': (p) => `最終スケジュール ${p.schedule}、最終成功 ${p.success}`,
  'cj.last': () => 'lastScheduleTime は最後に Job を作成した時刻、lastSuccessfulTime は最後に Job が完了した時刻です。',
  'cj.last.never': () => 'まだ Job はスケジュールされていません。',
  'cj.concurrency.title': (p) => `concurrencyPolicy ${p.policy}`,
  'cj.concurrency.Allow': () => '実行の重複を許可します。前の Job が実行中でも新しい Job が始まります。',
  'cj.concurrency.Forbid': () => '実行を重複させません。前の Job が実行中なら、その回はスキップされます。',
  'cj.concurrency.Replace': () => '前の Job が実行中なら、それを削除して新しい Job に置き換えます。',
  'cj.history.title': (p) => `履歴: 成功した Job を ${p.ok} 個、失敗した Job を ${p.failed} 個残します`,
  'cj.history': () => 'それより古い終了済みの Job(とその Pod)は削除されます。',
  'cj.jobs.title': (p) => `Job: ${p.count} 個を保持、${p.active} 個が実行中`,
  'cj.jobs.none': () => '保持されている Job はありません。',

  'node.verdict.notready': (p) =>
    `NotReady(Ready=${p.status}、${p.reason}): 新しい Pod はここにスケジュールされません — kubelet とノードのネットワークを確認してください`,
  'node.verdict.pressure': (p) =>
    `リソース逼迫: ${p.conditions}。kubelet が Pod を退避させることがあり、ノードのコンディションの taint が新しい Pod を遠ざけます — ${p.name} で何がその資源を使っているかを調べ(kubectl describe node ${p.name}、kubectl top pods)、減らすか容量を増やしてください`,
  'node.verdict.cordoned': (p) =>
    `cordon 済み: 新しい Pod はスケジュールされず、動作中の Pod はそのまま残ります — 復帰させるには kubectl uncordon ${p.name}`,
  'node.verdict.tainted': (p) => `Ready、taint ${p.taints} あり: これを許容する Pod だけがスケジュールされます`,
  'node.verdict.ok': (p) => `Ready: スケジュール可能で、リソース逼迫はありません。動作中・起動中の Pod ${p.pods} 個`,
  'node.cordoned.title': () => 'cordon 済み(spec.unschedulable)',
  'node.cordoned': (p) =>
    `スケジューラーは新しい Pod をここに配置しません(DaemonSet の Pod を除く)。動作中の Pod は退避されません。kubectl uncordon ${p.name} で元に戻せます。`,
  'taint.title': (p) => `taint ${p.taint}`,
  'taint.NoSchedule': () =>
    'NoSchedule: 一致する toleration を持たない Pod はここにスケジュールされません。すでに動いている Pod はそのままです。',
  'taint.PreferNoSchedule': () =>
    'PreferNoSchedule: 一致する toleration を持たない Pod について、スケジューラーはこのノードをなるべく避けますが、使うこともあります。',
  'taint.NoExecute': () =>
    'NoExecute: 一致する toleration を持たない Pod はスケジュールされず、動作中の Pod も退避されます(tolerationSeconds があればその時間の後)。',
  'taint.none.title': () => 'taint なし',
  'taint.none': () => 'どの Pod もここにスケジュールできます(セレクターと affinity の条件は別途適用)。',
  'node.capacity.title': () => 'capacity と allocatable',
  'node.capacity.line': (p) => `${p.resource}: capacity ${p.capacity}、allocatable ${p.allocatable}`,
  'node.capacity': () =>
    'allocatable は capacity からシステムと kubelet の予約分を引いたものです。スケジューラーは Pod の requests を allocatable に収まるように配置します。',
  'node.requests.title': (p) => `${p.count} 個の Pod の requests`,
  'node.requests.line': (p) => `${p.resource}: allocatable ${p.allocatable} のうち ${p.requested} を要求(${p.pct}%)`,
  'node.requests.pods': (p) => `pods: ${p.max} 個中 ${p.count} 個`,
  'node.requests': () =>
    'スケジューラーが数えるのは実際の使用量ではなく requests です。Pod は requests が残りに収まる場合だけ配置されます。',
  'node.info.title': (p) => `kubelet ${p.version}`,
  'node.info': (p) => `OS イメージ ${p.os}、コンテナランタイム ${p.runtime}`,

  'ns.verdict.active': (p) => `Active: Pod ${p.pods} 個のうち、Ready でも Completed でもないものが ${p.bad} 個${p.quota}`,
  'ns.verdict.terminating': (p) => `Terminating: Namespace は削除中で、新しいオブジェクトを受け付けません — ${p.reasons}`,
  'ns.verdict.terminating.none': () =>
    '中のオブジェクトの削除を待っています。終わらない場合は finalizer や利用できない API サービスを確認してください',
  'ns.why.quota': (p) => ` — ResourceQuota の上限に達しています: ${p.quotas}`,
  'ns.phase.title': (p) => `フェーズ ${p.phase}`,
  'ns.phase.Active': () => '使用中の Namespace です。オブジェクトを作成できます。',
  'ns.phase.Terminating': () =>
    '削除が要求されました。Namespace コントローラーが中のオブジェクトをすべて削除してから Namespace 自体を削除します。それまで新しいオブジェクトは作成できません。',
  'ns.contents.title': () => '中身',
  'ns.quota.none.title': () => 'ResourceQuota',
  'ns.quota.none': () => 'ResourceQuota はありません。Namespace 全体の使用量に上限はありません。',
  'ns.quota.title': (p) => `ResourceQuota ${p.name}`,
  'ns.quota.line': (p) => `${p.resource}: ${p.hard} のうち ${p.used} を使用(${p.pct}%)`,
  'ns.quota': () =>
    'hard の上限を超える作成は API サーバーに拒否されます(Deployment では ReplicaFailure / FailedCreate として現れます)。requests.* の上限がある場合、すべての Pod が requests を指定する必要があります。',
  'ns.quota.full': () =>
    '上限に達しています。何かを削除するか上限を引き上げるまで、そのリソースの新しいオブジェクトは拒否されます(Deployment では ReplicaFailure / FailedCreate)。',
  'ns.limitrange.title': (p) => `LimitRange ${p.name}`,
  'ns.limitrange.line': (p) => `${p.type}: ${p.limits}`,
  'ns.limitrange': () => 'requests/limits を指定していないコンテナには作成時に既定値が補われます。min/max は作成時に検査されます。',

  'aff.node.title': () => 'ノードアフィニティ',
  'aff.node': () =>
    'required の各項目はいずれか 1 つが一致すればよく(項目内の式はすべて一致が必要)、preferred は一致するノードに重みを加えるだけです。IgnoredDuringExecution なので、ラベルが変わっても動作中の Pod はそのままです。',
  'aff.required': (p) => `required(項目 ${p.n}): ${p.term}`,
  'aff.preferred': (p) => `preferred(重み ${p.weight}): ${p.term}`,
  'aff.pod.title': () => 'Pod アフィニティ',
  'aff.pod': () => 'セレクターに一致する Pod と同じトポロジー領域(topologyKey によりノード、ゾーンなど)にこの Pod を配置します。',
  'aff.anti.title': () => 'Pod アンチアフィニティ',
  'aff.anti': () => 'セレクターに一致する Pod がすでに動いているトポロジー領域を避けて配置します(レプリカをノードに分散させるときなど)。',
  'tol.title': (p) => `toleration: ${p.count} 個`,
  'tol.list': (p) => `許容する taint: ${p.list}`,
  'tol.none': () => '既定のもの(not-ready/unreachable を 300 秒)以外の toleration はありません。',
  'tol.node': (p) => `ノード ${p.node} の taint: ${p.taints}`,
  'tol.untolerated': (p) =>
    `許容していない taint: ${p.taints} — NoExecute の taint では Pod が退避され、NoSchedule は新しい Pod を寄せ付けないだけです`,
  'tol.blocked': () =>
    'スケジューラーが許容されていない taint を報告しています。一致する toleration を追加するか、ノードから taint を外してください。',
  'tol.meaning': () =>
    'taint は、それを許容しない Pod をノードから遠ざけます。toleration はそのノードへの配置を許すだけで、Pod をそこへ引き寄せはしません(引き寄せるには affinity を使います)。',

  'keys.title': (p) => `キー: ${p.count} 個(${p.total} バイト)`,
  'keys.line': (p) => `${p.key}: ${p.bytes} バイト`,
  'use.title': (p) => `${p.count} 個の Pod が使用`,
  'use.line': (p) => `${p.pod}: ${p.state}`,
  'secret.type': (p) => SECRET_TYPES[p.type] ?? '',
  'use.key.missing': (p) =>
    `${p.kind} ${p.name} にはキー ${p.key} がありません。env でこれを必要とする Pod ${p.count} 個のコンテナは起動できません (CreateContainerConfigError)`,
  'use.key.pods': (p) => `Pod: ${p.pods}`,
  'use.key.near': (p) =>
    `${p.near} はあります。${p.key} との違いは大文字・小文字か 1 文字だけです。Pod テンプレートでその名前を使うか、キーの名前を変えてください。`,
  'use.key.add': (p) =>
    `${p.kind} ${p.name} にキー ${p.key} を追加するか、Pod テンプレートのキー名を直してください (または参照を optional: true にします)。`,
  'use.key.optional': (p) =>
    `${p.kind} ${p.name} にはキー ${p.key} がありません。これを optional で参照する Pod ${p.count} 個のコンテナは、環境変数 ${p.env} なしで動いています`,
  'use.key.add.optional': (p) =>
    `エラーもイベントも出ません。アプリにその設定が必要なら ${p.kind} ${p.name} にキー ${p.key} を追加するか (Pod は起動時にだけ env を読むので、その後で再起動します)、Pod テンプレートのキー名を直してください。`,
  'use.none': () => 'Namespace 内にこれを参照する Pod はありません(env、envFrom、volumes、imagePullSecrets)。',
  'cm.verdict': (p) => `キー ${p.keys} 個(${p.total} バイト)の ConfigMap、${p.pods} 個の Pod が使用`,
  'cm.immutable': () => 'immutable: データは変更できません。変えるには新しい ConfigMap を作成してください。',
  'cm.mutable': () => '変更はマウントされたボリュームには少し遅れて反映され、環境変数には Pod を作り直したときだけ反映されます。',
  'secret.verdict': (p) => `タイプ ${p.type}、キー ${p.keys} 個の Secret、${p.pods} 個の Pod が使用(値は表示しません)`,
  'secret.type.title': (p) => `タイプ ${p.type}`,
  'secret.type.other': () => 'ツールやオペレーターが定義したタイプです。',
  'secret.novalues': () => 'kubexplain はキー名とサイズだけを表示し、値は決して表示しません。',
  'sa.verdict': (p) => `${p.pods} 個の Pod が使う ServiceAccount、トークンの自動マウント ${p.automount}`,
  'sa.verdict.missing': (p) =>
    `imagePullSecrets が見つかりません: ${p.secrets} — この ServiceAccount の Pod はプライベートレジストリからイメージを取得できません`,
  'sa.automount.default': () => 'true(既定)',
  'ref.line': (p) => `${p.name}: ${p.state}`,
  'sa.automount.title': (p) => `automountServiceAccountToken: ${p.value}`,
  'sa.automount.true': () =>
    'Pod 側で無効にしない限り、このアカウントの短命トークンが /var/run/secrets/kubernetes.io/serviceaccount にマウントされます。',
  'sa.automount.false': () => 'Pod が求めない限り(spec.automountServiceAccountToken: true)トークンはマウントされません。',
  'sa.pull.title': (p) => `imagePullSecrets: ${p.count} 個`,
  'sa.pull': () => 'このアカウントの全 Pod に追加され、プライベートレジストリからのイメージ取得に使われます。',
  'sa.pull.none': () => 'なし: Pod が自分で指定しない限り、認証情報なしでイメージを取得します。',
  'sa.secrets.title': (p) => `Secret: ${p.count} 個`,
  'sa.secrets': () => '列挙されている Secret(旧方式のトークン Secret、またはマウント可能な Secret)です。',
  'sa.rbac.title': () => '権限',
  'sa.rbac': (p) => `このアカウントに何が許されるかは RoleBinding/ClusterRoleBinding で決まります: kubexplain access sa:${p.ns}/${p.name}`,
};
