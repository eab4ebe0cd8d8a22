// RBAC コマンド(access)と RBAC の explainer の日本語の文面。キーと引数は rbac-en.ts と同じ。
import type { RbacMessages } from './rbac-en.js';

export const rbacJa: RbacMessages = {
  'access.header': (p) => `${p.subject} が${p.where}でできること`,
  'access.where.ns': (p) => ` Namespace ${p.ns} `,
  'access.where.cluster': () => 'クラスター全体(ClusterRoleBinding のみ)',
  'access.user': (p) => `ユーザー: ${p.user}  グループ: ${p.groups}`,
  'access.none': () => '(なし)',
  'access.nothing': () => 'なし: 該当するバインディングは、調べたどのリソースの権限も与えていません',
  'access.superuser': () => 'system:masters のメンバー: API サーバは RBAC に問い合わせる前にすべてのリクエストを許可します',
  'access.legend': () => '✓ 許可   ~ 下に示す名前のオブジェクトだけ許可   · 不許可   (クラスタースコープの行は ClusterRoleBinding のみ)',
  'access.resource': () => 'リソース',
  'access.named': (p) => `~ ${p.resource} の ${p.verb} は次のオブジェクトだけ: ${p.names}`,
  'access.grantedBy': () => '権限の出どころ:',
  'access.verified': (p) => `認可器 (${p.method}): ${p.checked} セルを照合し、すべて一致`,
  'access.disagree': (p) => `認可器 (${p.method}): ${p.checked} セルを照合し、${p.count} セルが不一致(警告を参照)`,
  'access.rulesIncomplete': () => '認可器はルール一覧が不完全だと答えています(別の認可器がさらに許可している可能性があります)',
  'access.unverified': () => '認可器: 問い合わせていません — 未検証',
  'access.offline': () => '未検証(オフライン): マニフェストから読み取り、クラスターには問い合わせていません',
  incomplete: () => '不完全: 読み取れなかった RBAC オブジェクトがあります。見落としている権限があるかもしれません',
  warning: (p) => `警告: ${p.text}`,

  'role.verdict': (p) =>
    `${p.kind} ${p.name}: ルール ${p.rules} 件、${p.bindings} 件のバインディングが使用${p.risks ? `。権限昇格につながる権限が ${p.risks} 件あります` : '。権限昇格のリスクは見つかりません'}`,
  'role.verdict.unused': (p) =>
    `${p.kind} ${p.name}: ルール ${p.rules} 件、どのバインディングからも参照されていません — 参照されるまで何も許可しません${p.risks ? `(権限昇格につながる権限が ${p.risks} 件あります)` : ''}`,
  'role.rule.title': (p) => `ルール ${p.index}: ${p.rule}`,
  'role.rule.detail': (p) => `${p.what}${p.aggregated ?? ''}`,
  notation: (p) => `${p.text}`,
  sentences: (p) => `${p.first} ${p.then}`,
  'more.lines': (p) => `… ほか ${p.count} 件`,
  'grants.line': (p) => `${p.rule} — ${p.what}`,
  'risk.detail': (p) => `${p.reason}${p.names ?? ''}`,
  'sa.rbac.role.missing': (p) => `${p.role}(存在しません)`,
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
  'scope.cluster': () => 'すべての Namespace とクラスター全体',
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
    `ClusterRole を RoleBinding で結ぶと、そのルールは Namespace ${p.ns} 内だけで有効です。クラスタースコープのリソースや非リソース URL は許可されません。`,
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
    `${p.groups} の ${p.resources} に対する ${p.verbs} を許可します${p.names ? `(名前が ${p.names} のオブジェクトだけ)` : ''}。`,
  'rule.groups': (p) => `API グループ ${p.groups}`,
  'rule.what.nonresource': (p) => `非リソース URL ${p.urls} への ${p.verbs} を許可します(ClusterRoleBinding 経由のときだけ有効)。`,
  'rule.all.verbs': () => 'すべての verb',
  'rule.all.resources': () => 'すべてのリソース',
  'rule.all.groups': () => 'すべての API グループ',
  'role.rule.star': (p) =>
    `${p.entries} はワイルドカードではありません: RBAC は * (すべて)と */SUB (すべてのリソースのそのサブリソース)以外は書いたとおりに照合するので、どのリクエストにも一致しません。サブリソースを名前で並べる(${p.resource}/SUB)か、すべてのリソースのそのサブリソースなら */SUB と書いてください。`,
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
    )[p.id] ?? `${p.id}`,
  'role.verdict.component': (p) =>
    `${p.kind} ${p.name}: ルール ${p.rules} 件。直接のバインディングはありませんが、集約により ${p.into} を持つ人に届きます${p.risks ? `。権限昇格につながる権限が ${p.risks} 件あります` : ''}`,
  'access.risks': () => '権限昇格につながる権限:',
  'access.risk.line': (p) => `! ${p.id}${p.names ? `(${p.names} だけ)` : ''} — ${p.source} による`,
  'req.text': (p) => `${p.where} ${p.res}${p.name ? `(名前 ${p.name})` : ''} を ${p.verb}`,
  'req.where.any': () => 'いずれかの Namespace で',
  'req.where.cluster': () => 'クラスター全体で',
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
  'md.grantedBy': () => '許可の出どころ',
  'md.nearMisses': () => '惜しいもの',
  'md.warnings': () => '警告',
  'md.col.subject': () => 'サブジェクト',
  'md.col.kind': () => '種別',
  'md.col.verified': () => '検証',
  'md.col.grantedBy': () => '許可の出どころ',
  'warn.node.allowed': (p) =>
    `これを許可しているのは RBAC ではなく Node 認可器です: ノード ${p.node} の kubelet に、そのノードに割り当てられた Pod が使うものへのアクセスを許可します`,
  'warn.node.denied': (p) => `Node 認可器はノード ${p.node} について判断せず(${p.reason})、RBAC も許可していません`,
  'warn.node.whoCan': (p) =>
    `RBAC のほかに、Node 認可器が各 kubelet(グループ system:nodes)に、そのノードに割り当てられた Pod の ${p.resource} へのアクセス(get、トークンは create)を許可します。who-can が挙げるのは RBAC による許可だけです`,
  'warn.bootstrapRoles': (p) =>
    `ファイルに ${p.roles} の定義がないため、Kubernetes ${p.version} の組み込みの定義を使いました(API サーバーが起動時に作成します。クラスターによっては変更されていることがあります)`,
  'superuser.reason': () => 'system:masters のメンバー: API サーバーは RBAC に問い合わせる前にこのグループのすべてのリクエストを許可します',
  list: (p) => `${p.items ?? ''}`,
  via: (p) => `${p.binding} → ${p.role}${p.from ? `(${p.from} から集約されたルール)` : ''}`,
  'req.short': (p) => `${p.res}${p.name ? `(名前 ${p.name})` : ''} の ${p.verb}`,
  more: (p) => `${p.items}${p.more ? ` ほか ${p.more} 件` : ''}`,
  'warn.incomplete': (p) =>
    `${p.ns ? `Namespace ${p.ns} の ` : p.readNs ? `すべての Namespace の(Namespace ${p.readNs} だけ読めた)` : p.allNs ? 'すべての Namespace の ' : ''}${p.resource} を一覧できませんでした: 答えは不完全かもしれません`,
  'warn.dangling.missing': (p) => `${p.binding} が参照する ${p.role} は存在しません: 何も許可しません`,
  'warn.dangling.unsupported': (p) =>
    `${p.binding} は ${p.role} を参照していますが、参照できるのは ${p.crb ? 'ClusterRole' : 'Role か ClusterRole'} だけです: 何も許可しません`,
  'warn.dangling.more': (p) => `ほかに ${p.count} 件のバインディングが存在しないロールを参照しています`,
  'warn.subject.saNoNamespace': (p) =>
    `${p.binding} は Namespace なしで ServiceAccount ${p.name} を名指ししています: ClusterRoleBinding では誰にも一致しません`,
  'warn.subject.unknownKind': (p) => `${p.binding} に不明な種別 ${p.kind} のサブジェクトがあります: 誰にも一致しません`,
  'warn.subject.more': (p) => `ほかに ${p.count} 件のサブジェクトが誰にも一致しません`,
  'warn.notApplied.cluster': (p) =>
    `${p.count} 件の RoleBinding が許可するロールを参照していますが、RoleBinding では${p.nonResource ? '非リソース URL' : 'クラスタースコープのリソース'}は与えられません: ${p.bindings}`,
  'warn.notApplied.namespace': (p) =>
    `${p.count} 件の RoleBinding はそれぞれの Namespace の中でだけ許可し、全 Namespace にわたっては許可しません: ${p.bindings}`,
  'warn.groupMembership': () =>
    'グループのメンバーは認証器(クライアント証明書、OIDC、Webhook)が決めるため、Kubernetes API からは一覧できません: 挙げたグループのメンバー全員がこの権限を持ちます',
  'warn.disagree.allowed': () =>
    '読み取った RBAC では許可されないのに、API サーバーは許可しています: 別の認可器(Node、Webhook)か、読み取れなかったオブジェクトが許可しています',
  'warn.disagree.denied': () =>
    '読み取った RBAC では許可されるのに、API サーバーは拒否しています: オブジェクトが変わったか、別の認可器が先に拒否しています',
  'warn.agg.badOperator': (p) => `ClusterRole ${p.role}: clusterRoleSelector の演算子が不正なため、集約コントローラーは使えません`,
  'warn.agg.cycle': (p) => `ClusterRole ${p.role} は集約の循環に含まれています。ルールは書かれたまま扱います`,
  'warn.agg.differs': (p) =>
    `ClusterRole ${p.role}: マニフェストに書かれたルールが集約の結果と異なります。コントローラーと同じく集約の結果を使います`,
  'warn.agg.unattributed': (p) =>
    `ClusterRole ${p.role}: ルール ${p.count} 件はどの集約元からも来ていません(集約コントローラーの実行後に集約元が変更または削除されました)`,
  'warn.agg.behind': (p) =>
    `ClusterRole ${p.role}: 集約元のルール ${p.count} 件がまだ反映されていません(集約コントローラーが追いついていません)。RBAC は今のルールを使います`,
  'warn.skipped': (p) => `${p.kind} #${p.index} を読み飛ばしました: ${p.why}`,
  'skip.noName': () => 'metadata.name がありません',
  'skip.noNamespace': (p) => `${p.kind} ${p.name} に Namespace がありません`,
  'skip.noRoleRef': (p) => `${p.binding} に roleRef がありません`,
  'warn.ignoredApiVersion': (p) => `apiVersion が ${p.apiVersion} の ${p.kind} は無視しました`,
  'warn.matrixDisagree': (p) => `認可器と ${p.count} セルで答えが異なります: ${p.cells}`,
  'cell.disagree': (p) =>
    `${p.resource} の ${p.verb}(読み取った RBAC: ${p.ours ? '許可' : '拒否'}、認可器: ${p.authorizer ? '許可' : '拒否'})`,
  'warn.offline': () => '未検証(オフライン): マニフェストから読み取り、クラスターには問い合わせていません',
  'warn.noVerify': () => '未検証(--no-verify): SubjectAccessReview は作成していません',
  'warn.sarForbidden.subjects': () => 'SubjectAccessReview を作成する権限がありません: サブジェクトは未検証です',
  'warn.sarForbidden.matrix': () => 'SubjectAccessReview を作成する権限がありません: 表は未検証です',
  'warn.groupsSynthetic': () => 'グループは仮のメンバー(ユーザー名なし、グループはそのグループと system:authenticated)として検証しました',
  'warn.unservedResource': (p) =>
    `API サーバーはリソース ${p.name} を提供していません${p.near ? `(${p.near} のことですか?)` : ''}。RBAC のルールには書けます`,
  'group.authenticated': () => '認証されたすべてのユーザー(すべての ServiceAccount を含む)',
  'group.unauthenticated': () => '匿名のリクエスト(匿名認証が有効なとき)',
  'group.serviceaccounts': () => 'すべての Namespace のすべての ServiceAccount',
  'group.serviceaccountsNs': (p) => `Namespace ${p.ns} のすべての ServiceAccount`,
  'group.masters': () => 'スーパーユーザー: API サーバーは RBAC に問い合わせずにすべてを許可します',
  'group.nodes': () => 'kubelet(ノードの認証情報)。Node 認可器も適用されます',
  'group.bootstrappers': () => 'ブートストラップトークン',
  'near.otherNamespace': (p) =>
    `${p.via} は ${p.request} を Namespace ${p.ns} でだけ許可します${p.allNs ? '(全 Namespace に対しては ClusterRoleBinding が必要です)' : ''}`,
  'near.clusterScope': (p) =>
    `${p.via} は ${p.request} を許可しますが、RoleBinding では${p.nonResource ? '非リソース URL' : 'クラスタースコープのリソース'}は与えられません: ClusterRoleBinding が必要です`,
  'near.otherVerb': (p) => `${p.via} が ${p.target} に許可する verb は ${p.verbs} で、${p.verb} ではありません`,
  'near.names.other': (p) => `${p.via} は名前が ${p.names} のオブジェクトにだけ許可し、${p.name} は含みません`,
  'near.names.none': (p) =>
    `${p.via} は名前付きのオブジェクト(${p.names})にだけ許可します。名前のない ${p.verb}${p.create ? '(create のリクエストは名前を持ちません)' : ' '}は対象外です`,
  'near.subresource': (p) =>
    `${p.via} が許可するのは ${p.listed} ですが、リクエストは ${p.request} です: サブリソースはその名前(${p.match})でしか一致しません`,
  'near.subresource.star': (p) =>
    `${p.via} には ${p.entry} がありますが、これはワイルドカードではありません: RBAC は * (すべて)と */SUB (すべてのリソースのそのサブリソース)以外は書いたとおりに照合するので、${p.entry} はどのリクエストにも一致しません。${p.match} と書いてください`,
  'near.apiGroup': (p) => `${p.via} が ${p.resource} を許可する API グループは ${p.groups} で、${p.group} ではありません`,
  'near.saNamespace': (p) =>
    `${p.via} が名指ししているのは ServiceAccount ${p.ns || '(Namespace なし)'}/${p.name} で、別のアカウントです${p.ns ? '' : '(Namespace なしでは ClusterRoleBinding で誰にも一致しません)'}`,
  'near.missingRole': (p) => `${p.via} が参照するロールは存在しません`,
  'can.unknown': (p) =>
    `不明 — ${p.subject} が ${p.request} できるかどうか分かりません: RBAC をすべては読み取れず、認可器にも問い合わせられませんでした`,
};
