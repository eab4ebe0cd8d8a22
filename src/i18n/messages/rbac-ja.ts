// RBAC コマンド(access)と RBAC の explainer の日本語の文面。キーと引数は rbac-en.ts と同じ。
import type { RbacMessages } from './rbac-en.js';

export const rbacJa: RbacMessages = {
  'access.header': (p) => `${p.subject} が${p.where}でできること`,
  'access.where.ns': (p) => ` Namespace ${p.ns} `,
  'access.where.cluster': () => 'クラスタ全体(ClusterRoleBinding のみ)',
  'access.user': (p) => `ユーザー: ${p.user}  グループ: ${p.groups}`,
  'access.none': () => '(なし)',
  'access.nothing': () => 'なし: 該当するバインディングは、調べたどのリソースの権限も与えていません',
  'access.superuser': () => 'system:masters のメンバー: API サーバは RBAC に問い合わせる前にすべてのリクエストを許可します',
  'access.legend': () => '✓ 許可   ~ 下に示す名前のオブジェクトだけ許可   · 不許可   (クラスタスコープの行は ClusterRoleBinding のみ)',
  'access.resource': () => 'リソース',
  'access.named': (p) => `~ ${p.resource} の ${p.verb} は次のオブジェクトだけ: ${p.names}`,
  'access.grantedBy': () => '権限の出どころ:',
  'access.verified': (p) => `認可器 (${p.method}): ${p.checked} セルを照合し、すべて一致`,
  'access.disagree': (p) => `認可器 (${p.method}): ${p.checked} セルを照合し、${p.count} セルが不一致(警告を参照)`,
  'access.rulesIncomplete': () => '認可器はルール一覧が不完全だと答えています(別の認可器がさらに許可している可能性があります)',
  'access.unverified': () => '認可器: 問い合わせていません — 未検証',
  'access.offline': () => '未検証(オフライン): マニフェストから読み取り、クラスタには問い合わせていません',
  incomplete: () => '不完全: 読み取れなかった RBAC オブジェクトがあります。見落としている権限があるかもしれません',
  warning: (p) => `警告: ${p.text}`,

  'role.verdict': (p) =>
    `${p.kind} ${p.name}: ルール ${p.rules} 件、${p.bindings} 件のバインディングが使用${p.risks ? `。権限昇格につながる権限が ${p.risks} 件あります` : '。権限昇格のリスクは見つかりません'}`,
  'role.verdict.unused': (p) =>
    `${p.kind} ${p.name}: ルール ${p.rules} 件、どのバインディングからも参照されていません — 参照されるまで何も許可しません${p.risks ? `(権限昇格につながる権限が ${p.risks} 件あります)` : ''}`,
  'role.rule.title': (p) => `ルール ${p.index}: ${p.rule}`,
  'role.rule.detail': (p) => p.what,
  'role.rule.aggregated': (p) => `(ClusterRole ${p.from} から集約)`,
  'role.rules.none': () => 'ルールがありません: このロールは何も許可しません。',
  'role.aggregation.title': (p) => `${p.count} 個の ClusterRole から集約`,
  'role.aggregation.detail': (p) =>
    `ルールは ${p.selectors} に合うすべての ClusterRole からコントローラーが埋めます: ${p.components}。ルールを直接編集しても元に戻されます。`,
  'role.aggregation.none': (p) => `aggregationRule ${p.selectors} に合う ClusterRole はまだありません: ルールは空です。`,
  'role.aggregatesInto.title': (p) => `${p.targets} に集約される`,
  'role.aggregatesInto.detail': () => 'ラベルがこれらの ClusterRole の aggregationRule に合うため、それらを持つ人はこのルールも得ます。',
  'role.bindings.title': (p) => `${p.count} 件のバインディングが参照`,
  'role.bindings.none.title': () => 'バインドされていません',
  'role.bindings.none.detail': () => 'どの RoleBinding・ClusterRoleBinding からも参照されていないため、何も許可しません。',
  'role.binding.line': (p) => `${p.binding} → ${p.subjects}(${p.scope})`,
  'scope.namespace': (p) => `Namespace ${p.ns} 内`,
  'scope.cluster': () => 'すべての Namespace とクラスタ全体',
  'risk.title': (p) => `権限昇格のリスク: ${p.id}(ルール ${p.rule})`,
  'risk.names': (p) => `名前が ${p.names} のオブジェクトに限られます。`,
  'binding.verdict': (p) => `${p.kind} ${p.name} は ${p.role} を ${p.subjects} 個のサブジェクトに ${p.scope}で与えます`,
  'binding.verdict.missing': (p) => `${p.kind} ${p.name} が参照する ${p.role} は存在しません — ロールが作られるまで何も許可しません`,
  'binding.verdict.unsupported': (p) =>
    `${p.kind} ${p.name} は ${p.role} を参照しています: ClusterRoleBinding は ClusterRole しか参照できず、何も許可しません`,
  'binding.verdict.nosubjects': (p) => `${p.kind} ${p.name} は ${p.role} を参照していますが、サブジェクトがなく何も許可しません`,
  'binding.role.title': (p) => `参照するロール: ${p.role}`,
  'binding.role.exists': (p) => `存在します(ルール ${p.rules} 件)。`,
  'binding.role.clusterRoleInNs': (p) =>
    `ClusterRole を RoleBinding で結ぶと、そのルールは Namespace ${p.ns} 内だけで有効です。クラスタスコープのリソースや非リソース URL は許可されません。`,
  'binding.role.missing': () =>
    '存在しません。バインディングの roleRef は変更できないため、ロールを作成するか、バインディングを作り直してください。',
  'binding.subject.title': (p) => `サブジェクト: ${p.subject}`,
  'binding.subject.sa': (p) => `ServiceAccount: これで動く Pod がこの権限を得ます。${p.exists}`,
  'binding.subject.sa.missing': () => 'まだ存在しません: 作成された時点でこのバインディングが効きます。',
  'binding.subject.sa.nonamespace': () => 'Namespace のない ServiceAccount は ClusterRoleBinding では誰にも一致しません。',
  'binding.subject.user': () => '認証器が報告するユーザー名(証明書の CN、OIDC のクレーム)。Kubernetes はユーザーを保存しません。',
  'binding.subject.group': (p) => `認証器が報告するグループ${p.note ? `: ${p.note}` : ''}。`,
  'binding.subject.unknown': (p) => `不明なサブジェクト種別 ${p.kind}: 誰にも一致しません。`,
  'sa.rbac.title': (p) => `RBAC: ${p.count} 件のバインディングが参照`,
  'sa.rbac.none.title': () => 'RBAC: この ServiceAccount を名指しするバインディングはありません',
  'sa.rbac.none.detail': () =>
    '所属グループ(system:serviceaccounts、system:serviceaccounts:<namespace>、system:authenticated)が得る権限だけを持ちます。',
  'sa.rbac.grant.line': (p) => `${p.binding} → ${p.role}(${p.scope})`,
  'sa.risk.title': (p) => `${p.role} による権限昇格のリスク: ${p.id}`,
  'rule.what': (p) =>
    `API グループ ${p.groups} の ${p.resources} に対する ${p.verbs} を許可します${p.names ? `(名前が ${p.names} のオブジェクトだけ)` : ''}。`,
  'rule.what.nonresource': (p) => `非リソース URL ${p.urls} への ${p.verbs} を許可します(ClusterRoleBinding 経由のときだけ有効)。`,
  'rule.all': () => 'すべて',
  'grants.title': (p) => `与える権限: ルール ${p.rules} 件`,
  'risk.reason': (p) =>
    (
      ({
        bind: 'bind: 自分が持たない権限を含むロールを、自分を含む誰にでも結び付けられます。',
        escalate: 'escalate: 自分が持たない権限を含むロールを作成・編集できます。',
        impersonate: 'impersonate: 他のユーザー・グループ・ServiceAccount(たとえば system:masters のメンバー)になりすませます。',
        'create-pods':
          'Pod の作成: Pod は同じ Namespace のどの ServiceAccount でも動かせ、その Secret をマウントできます。アドミッションが許せば特権 Pod や hostPath も使えます。',
        'create-workloads': 'ワークロードの作成: コントローラーが代わりに Pod を作るため、Pod の作成と同じところまで届きます。',
        'pods-exec': 'pods/exec: 動いているコンテナでコマンドを実行でき、マウントされた ServiceAccount トークンや Secret を読めます。',
        'pods-attach': 'pods/attach: 動いているコンテナの入出力に接続できます。',
        'read-secrets': 'Secret: get で値を読めます。list と watch も名前だけでなくすべての Secret の値を返します。',
        'create-serviceaccount-token': 'serviceaccounts/token: ServiceAccount のトークンを発行し、その権限で操作できます。',
        'nodes-proxy': 'nodes/proxy: kubelet API に届き、ノード上のどの Pod でもコマンドを実行できます。監査とアドミッションを通りません。',
        'wildcard-verbs': '"*" の verbs: escalate・bind・impersonate や今後追加されるものを含むすべての verb。',
        'wildcard-resources': '"*" の resources: 指定グループのすべてのリソースとサブリソース(今後追加されるものも含む)。',
        'wildcard-api-groups': '"*" の apiGroups: 今後インストールされるカスタムリソースを含むすべての API グループ。',
      }) as Record<string, string>
    )[p.id] ?? p.id,
  'role.verdict.component': (p) =>
    `${p.kind} ${p.name}: ルール ${p.rules} 件。直接のバインディングはありませんが、集約により ${p.into} を持つ人に届きます${p.risks ? `。権限昇格につながる権限が ${p.risks} 件あります` : ''}`,
  'access.risks': () => '権限昇格につながる権限:',
  'access.risk.line': (p) => `! ${p.id}${p.names ? `(${p.names} だけ)` : ''} — ${p.source} による`,
  'req.text': (p) => `${p.where} ${p.res}${p.name ? `(名前 ${p.name})` : ''} を ${p.verb}`,
  'req.where.any': () => 'いずれかの Namespace で',
  'req.where.cluster': () => 'クラスタ全体で',
  'req.where.ns': (p) => `Namespace ${p.ns} で`,
  'can.verdict': (p) => `${p.yes ? 'はい' : 'いいえ'} — ${p.subject} は ${p.request} ${p.yes ? 'できます' : 'できません'}`,
  'can.rbac': (p) => `読み取った RBAC では: ${p.allowed ? '許可' : '拒否'}`,
  'can.grantedBy': (p) => `  許可の出どころ ${p.grant}`,
  'can.noNearMiss': () => '  このサブジェクトに近いバインディングはありません',
  'can.nearMiss': (p) => `  惜しいもの ${p.kind}: ${p.detail}`,
  'can.authorizer': (p) =>
    `認可器 (SubjectAccessReview): ${p.allowed ? '許可' : '拒否'}${p.reason ? `(${p.reason})` : ''} — ${p.agree ? '一致' : '不一致'}`,
  'can.authorizer.offline': () => '認可器: 未検証(オフライン)',
  'can.authorizer.forbidden': () => '認可器: 問い合わせていません(SubjectAccessReview を作成する権限がありません) — 未検証',
  'can.incomplete': () => '不完全: 読み取れなかった RBAC オブジェクトがあります',
  'whocan.header': (p) => `${p.request} できるのは:`,
  'whocan.nobody': () => '  誰もいません(読み取った RBAC では)',
  'whocan.status': (p) => (p.status === 'verified' ? '検証済み' : p.status === 'unverified' ? '未検証' : '未検証(オフライン)'),
  'whocan.incomplete': () => '不完全: 読み取れなかった RBAC オブジェクトがあり、漏れているサブジェクトがあるかもしれません',
  'grant.aggregated': (p) => ` ← ClusterRole ${p.from} から集約`,
  'grant.rule': () => 'ルール',
  'grant.superuser': () => 'system:masters のメンバー: API サーバは RBAC に問い合わせる前にこのグループのすべてのリクエストを許可します',
  'nearMiss.detail': (p) => {
    switch (p.kind) {
      case 'other-namespace':
        return `${p.via} はこれを Namespace ${p.ns} でだけ許可します${p.allNs ? '(全 Namespace に対しては ClusterRoleBinding が必要です)' : ''}`;
      case 'cluster-scope-via-rolebinding':
        return `${p.via} はこれを許可しますが、RoleBinding ではクラスタスコープのリソースや非リソース URL は与えられません: ClusterRoleBinding が必要です`;
      case 'other-verb':
        return `${p.via} が許可する verb は ${p.verbs} で、${p.request} ではありません`;
      case 'resource-names':
        return `${p.via} は名前が ${p.names} のオブジェクトにだけ許可します`;
      case 'subresource':
        return `${p.via} は ${p.resources} を許可しますが、リクエストは ${p.request} です: サブリソースはその名前(pods/log や */log)でしか一致しません`;
      case 'other-api-group':
        return `${p.via} が許可する API グループは ${p.groups} で、${p.group} ではありません`;
      case 'serviceaccount-namespace':
        return `${p.via} が名指ししているのは別の Namespace の同名 ServiceAccount です`;
      case 'missing-role':
        return `${p.via} が参照するロールは存在しません`;
      default:
        return p.detail;
    }
  },
  'group.note': (p) => {
    if (p.group === 'system:authenticated') return '認証されたすべてのユーザー(すべての ServiceAccount を含む)';
    if (p.group === 'system:unauthenticated') return '匿名のリクエスト(匿名認証が有効なとき)';
    if (p.group === 'system:serviceaccounts') return 'すべての Namespace のすべての ServiceAccount';
    if (p.group.startsWith('system:serviceaccounts:'))
      return `Namespace ${p.group.slice('system:serviceaccounts:'.length)} のすべての ServiceAccount`;
    if (p.group === 'system:masters') return 'スーパーユーザー: API サーバは RBAC に問い合わせずにすべてを許可します';
    if (p.group === 'system:nodes') return 'kubelet(ノードの認証情報)。Node 認可器も適用されます';
    if (p.group === 'system:bootstrappers' || p.group.startsWith('system:bootstrappers:')) return 'ブートストラップトークン';
    return p.note;
  },
  'warning.text': (p) => {
    const known: Record<string, string> = {
      'group membership is decided by the authenticator (client certificates, OIDC, webhooks) and cannot be listed from the Kubernetes API: every member of the groups listed has this access':
        'グループのメンバーは認証器(クライアント証明書、OIDC、Webhook)が決めるため、Kubernetes API からは一覧できません: 挙げたグループのメンバー全員がこの権限を持ちます',
      'Groups were verified as a synthetic member (no user name; groups: the group and system:authenticated)':
        'グループは仮のメンバー(ユーザー名なし、グループはそのグループと system:authenticated)として検証しました',
      'not allowed to create SubjectAccessReviews: subjects are unverified':
        'SubjectAccessReview を作成する権限がありません: サブジェクトは未検証です',
      'not allowed to create SubjectAccessReviews: the matrix is unverified':
        'SubjectAccessReview を作成する権限がありません: 表は未検証です',
      'not verified (--no-verify): no SubjectAccessReviews were made': '未検証(--no-verify): SubjectAccessReview は作成していません',
      'not verified (offline): read from manifests, no cluster was asked':
        '未検証(オフライン): マニフェストから読み取り、クラスタには問い合わせていません',
    };
    if (known[p.text]) return known[p.text]!;
    let m = /^could not read (.+?)(?: in namespace (\S+))?: the answer may be incomplete$/.exec(p.text);
    if (m) return `${m[2] ? `Namespace ${m[2]} の` : ''}${m[1]} を読み取れませんでした: 答えは不完全かもしれません`;
    m = /^the API server serves no resource (\S+)(?: \(did you mean (.+)\?\))?; RBAC rules may still name it$/.exec(p.text);
    if (m) return `API サーバはリソース ${m[1]} を提供していません${m[2] ? `(${m[2]} のことですか?)` : ''}。RBAC のルールには書けます`;
    return p.text;
  },
};
