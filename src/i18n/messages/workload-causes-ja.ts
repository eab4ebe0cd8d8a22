// ワークロード、CronJob、ノード、名前空間の原因の日本語文面(workload-causes-en.ts と同じキーと引数)。
import type { workloadCausesEn } from './workload-causes-en.js';

export const workloadCausesJa: typeof workloadCausesEn = {
  'cause.create.quota-exceeded': (p) =>
    `${p.owner} が Pod を作れません: ResourceQuota ${p.quota} を超えます (${p.detail}) — requests/limits かレプリカ数を下げるか、クォータを引き上げてください (kubectl describe resourcequota ${p.quota})`,
  'cause.create.quota-pods': (p) =>
    `${p.owner} が Pod を作れません: Pod の数を制限する ResourceQuota ${p.quota} を超えます (${p.detail}) — レプリカ数を下げる (このワークロードか、名前空間のほかのワークロードで) か、クォータを引き上げてください (pods の上限。kubectl describe resourcequota ${p.quota})`,
  'cause.create.quota-surge': (p) =>
    `${p.owner} がロールアウトの新しい Pod を作れません: ResourceQuota ${p.quota} を超えます (${p.detail})。ロールアウトは ${p.desired} レプリカに加えて maxSurge ${p.surge} 個まで Pod を増やし、maxUnavailable が 0 なので古い Pod を先に減らしません — クォータをサージ分だけ引き上げる (kubectl describe resourcequota ${p.quota}) か、maxUnavailable: 1 にして古い Pod を先に減らしてください`,
  'cause.create.quota-line': (p) => `${p.resource}: 要求 ${p.requested}、使用中 ${p.used}、上限 ${p.limited}`,
  'cause.create.quota-must-specify': (p) =>
    `${p.owner} が Pod を作れません: ResourceQuota ${p.quota} が ${p.resources} を管理しているため、すべてのコンテナにその指定が必要です (指定のないコンテナ: ${p.containers}) — Pod テンプレートに指定するか、既定値を持つ LimitRange を追加してください`,
  'cause.create.serviceaccount-missing': (p) =>
    `${p.owner} が Pod を作れません: ServiceAccount ${p.sa} が存在しません — 作成する (kubectl create serviceaccount ${p.sa}) か、Pod テンプレートの serviceAccountName を直してください`,
  'cause.create.webhook-denied': (p) =>
    `${p.owner} が Pod を作れません: admission webhook ${p.webhook} が拒否しています。webhook の理由: ${p.reason} — ポリシーを満たすよう Pod テンプレートを変えるか、webhook の管理者に確認してください`,
  'cause.create.policy-denied': (p) =>
    `${p.owner} が Pod を作れません: ValidatingAdmissionPolicy ${p.policy} が拒否しています。ポリシーの理由: ${p.reason} — ポリシーを満たすよう Pod テンプレートを変えてください`,
  'cause.create.limitrange': (p) =>
    `${p.owner} が Pod を作れません: 名前空間の LimitRange が拒否しています。API サーバーのメッセージ: ${p.detail} — requests/limits を LimitRange に合わせてください (kubectl describe limitrange)`,
  'cause.create.pod-security': (p) =>
    `${p.owner} が Pod を作れません: Namespace が Pod Security のレベル ${p.level} を強制しており (ラベル pod-security.kubernetes.io/enforce)、Pod テンプレートがそのチェック ${p.checks} を満たしていません — これらのチェックが示す項目を Pod テンプレートの securityContext に設定してください (各チェックの原文は原因の詳細にあります)`,
  'cause.create.other': (p) => `${p.owner} が Pod を作れません。API サーバーのメッセージ: ${p.message} — 示された問題を直してください`,
  'cause.pods.restarting': (p) => `${p.desired} 個中 ${p.available} 個のレプリカが利用可能ですが、問題のある Pod があります: ${p.verdict}`,

  'cause.cj.invalid': (p) =>
    `スケジュール ${p.schedule} は不正です: CronJob コントローラーが使えず (${p.error})、Job を作りません — spec.schedule を直してください (分 時 日 月 曜日 の 5 フィールド)`,
  'cause.cj.timezone': (p) =>
    `タイムゾーン ${p.tz} は存在しません: CronJob コントローラーは Job を作りません — spec.timeZone に Asia/Tokyo や Etc/UTC のような IANA 名を指定してください`,
  'cause.cj.never': (p) =>
    `スケジュール ${p.schedule} は決して実行されません (一致する日付がありません。例: その月に存在しない日) — Job は作られません。spec.schedule を直してください`,
  'cause.cj.event': (p) => `CronJob コントローラーが ${p.reason} を報告しています。コントローラーのメッセージ: ${p.message}`,
  'cause.cj.missed': (p) =>
    `実行漏れ: 予定された ${p.count} 回の開始が Job なしで過ぎました。最後は ${p.last} で、startingDeadlineSeconds (${p.deadline} 秒) より古いためコントローラーはそれを飛ばします — kube-controller-manager が動いているか確認し、開始が遅れるなら startingDeadlineSeconds を増やしてください`,
  'cause.cj.toomany': (p) =>
    `予定された開始が ${p.count} 回を超えて実行されませんでした (TooManyMissedTimes): コントローラーは最新の 1 回だけを開始し、残りは飛ばします — startingDeadlineSeconds を設定するか短くし、コントローラーの時刻を確認してください`,
  'cause.cj.next': (p) => `未実行: 最初の Job は ${p.next} (${p.tz}) に作られます。${p.schedule} に一致する次の時刻です`,
  'cause.cj.next.title': (p) => `次回の実行: ${p.next}`,
  'cause.cj.next.detail': (p) => `${p.tz} での次の開始時刻: ${p.times}。`,
  'cause.cj.tz.default': () => 'コントローラーのタイムゾーン (ここでは UTC)',

  'cause.node.network-plugin': (p) =>
    `NotReady: ${p.name} の kubelet がコンテナネットワークの準備ができていないと報告しています (${p.reason}: ${p.message}) — ノードの CNI プラグインを導入・修復してください (kube-system の DaemonSet、または /etc/cni/net.d)`,
  'cause.node.runtime': (p) =>
    `NotReady: ${p.name} のコンテナランタイムが準備できていません (${p.message}) — ノードの containerd/CRI-O を確認してください (systemctl status containerd、journalctl -u kubelet)`,
  'cause.node.pleg': (p) =>
    `NotReady: ${p.name} の kubelet がコンテナの一覧を時間内に取得できません (${p.message}) — ランタイムが過負荷か停止しています。ノードの負荷とランタイムを確認してください`,
  'cause.node.kubelet-stopped': (p) =>
    `NotReady (Unknown): ${p.name} の kubelet が報告を止めています (最後のハートビート ${p.since}) — ノードの停止・到達不能、または kubelet の停止です。マシンと journalctl -u kubelet を確認してください`,
  'cause.node.other': (p) =>
    `NotReady: ${p.name} の kubelet の報告 (${p.reason}): ${p.message} — ノードの kubelet を確認してください (journalctl -u kubelet)`,
  'cause.node.taints': (p) =>
    `ノードコントローラーが taint ${p.taints} を追加しました: NoSchedule は新しい Pod を寄せ付けず、NoExecute はそれを許容しない動作中の Pod を退避させます (既定では、すべての Pod が持つ tolerationSeconds の 300 秒後)。`,
  'cause.node.evict.after': (p) =>
    `Pod ${p.count} 個は ${p.taint} を ${p.seconds} 秒だけ許容しており、ノードが Ready に戻らなければ ${p.at} に退避されます: ${p.pods}`,
  'cause.node.evict.now': (p) => `Pod ${p.count} 個は ${p.taint} を許容しておらず、すぐに退避されます: ${p.pods}`,
  'cause.node.evict.never': (p) =>
    `Pod ${p.count} 個は ${p.taint} を期限なしで許容しており、ノードに残ります (DaemonSet の Pod など): ${p.pods}`,

  'cause.ns.finalizers': (p) =>
    `Terminating: 名前空間 ${p.name} は、finalizer が外れないオブジェクトを待っています: ${p.objects} — 各 finalizer を担当するコントローラーが処理を終える必要があります (動いていますか)。手で finalizer を外すと、その後始末は行われません`,
  'cause.ns.object': (p) => `${p.kind} ${p.name} (finalizer ${p.finalizers})`,
  'cause.ns.unseen': (p) =>
    `ここで読んでいないオブジェクトの finalizer も残っています: ${p.finalizers} — kubectl api-resources --verbs=list --namespaced -o name | xargs -n 1 kubectl get -n ${p.name} --ignore-not-found で見つかります`,
  'cause.ns.remaining': (p) =>
    `Terminating: 名前空間 ${p.name} に finalizer (${p.finalizers}) の付いた内容が ${p.resources} に残っています — それらを探し (kubectl get ${p.get} -n ${p.name})、担当のコントローラーが終えるのを待ってください`,
  'cause.ns.failure': (p) =>
    `Terminating: 名前空間コントローラーが ${p.name} の削除を終えられません (${p.type})。コントローラーのメッセージ: ${p.message} — 示された API を直してください (多くは利用できない APIService)`,
  'cause.ns.content': (p) =>
    `Terminating: 名前空間 ${p.name} は内容 (${p.resources}) を削除中です — 待つか、それらのオブジェクトを止めているものを確認してください`,
  'cause.ns.resource': (p) => `${p.resource} ×${p.count}`,
  'cause.ns.finalizer': (p) => `${p.finalizer} ×${p.count}`,
};
