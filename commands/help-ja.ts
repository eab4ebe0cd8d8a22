// Japanese --help (--lang ja, or a Japanese locale): the same examples and notes as help-text.ts, and
// the descriptions of the program, its verbs and flags, and commander's headings, in Japanese.
import type { Command, Option } from 'commander';

export const HELP: Record<string, string> = {
  main: `
例:
  kubexplain -n shop                              名前空間 shop で TUI を開く（端末で）
  kubexplain po/worker-oom -n shop                この Pod はなぜ失敗しているか、次に何をするか
  kubexplain trace ingress/web -n shop            通信がどこで止まるか
  kubexplain dns service/db -n shop               どの名前がどこから引けるか
  kubexplain who-can get secrets -A               許されている全員と、許している Binding
  kubexplain can sa:shop/deployer get pods/log -n shop
  kubexplain docs "readiness probe" --docs ~/notes/k8s

終了コード: 0 成功（can: 許可） · 1 can: 拒否 · 2 使い方の誤り · 3 接続・認証できない ·
4 見つからない · 5 権限がない · 6 未実装 · 7 サンドボックス · 70 内部エラー（--debug で再実行）
`,
  explain: `
@kinds 種類:
その他の種類は汎用の説明になります（状態、オーナー、イベント）。Secret はキーだけを示します。
1 行目が判定です: いま何が起きていて、次に何をすればよいか。

例:
  kubexplain explain pod/db-0 -n shop
  kubexplain explain deploy web -n shop -o json
  kubexplain explain pods -l app=web -n shop      一致するすべてを悪い順に、最後に要約
  kubexplain explain clusterrole/admin -f rbac/   オフライン、マニフェストから（RBAC の種類のみ）
`,
  trace: `
ホップ: Ingress のルール → Service のポート → targetPort → EndpointSlice → Pod → コンテナのポート。
それぞれ ok・warning・broken と直し方を示します。結果にかかわらず終了コードは 0 です（検査ではなく説明）。

例:
  kubexplain trace service/web -n shop
  kubexplain trace service/web:http -n shop       ポートを 1 つ、名前か番号で
  kubexplain trace ingress/web -n shop
  kubexplain trace web.shop.svc.cluster.local:80  短い名前でも: web, web.shop
  kubexplain trace svc/web -f examples/           オフライン: Pod テンプレートが Pod の代わり
`,
  dns: `
例:
  kubexplain dns service/db -n shop               A/AAAA、名前付きポートごとの SRV、ヘッドレス Service の Pod ごとの名前
  kubexplain dns pod/db-0 -n shop
  kubexplain dns svc/web -n shop --from default   名前空間 default の Pod が使える短い名前
`,
  'who-can': `
リソース: pods, pods/log（サブリソース）, pods/NAME, deployments.apps, deploy, widgets.example.com,
/healthz（リソースでない URL）。RoleBinding は常に読みます。-A はすべての名前空間について。
--no-verify でなければ、主体ごとに SubjectAccessReview で確かめます。

例:
  kubexplain who-can get pods/log -n shop
  kubexplain who-can list secrets -A -o json
  kubexplain who-can create pods -A -f rbac/      オフライン、マニフェストから
`,
  can: `
主体: me | user:NAME | group:NAME | sa:NAMESPACE/NAME。kubectl auth can-i と同じく、許可なら 0、
拒否なら 1 で終了します。答えには Binding ← Role ← ルール、惜しい候補、認可器自身の答えを示します。

例:
  kubexplain can me list secrets -n shop
  kubexplain can sa:shop/deployer get pods/log -n shop
  kubexplain can group:auditors get widgets.example.com -A
`,
  access: `
例:
  kubexplain access sa:shop/deployer -n shop
  kubexplain access me -A -o markdown
`,
  docs: `
ドキュメント: --docs DIR|FILE（繰り返し可）、なければ KUBEXPLAIN_DOCS、なければ
~/.config/kubexplain/config.yaml の docs:。そのあとに組み込みの日本語・英語ハンドブック。

例:
  kubexplain docs "readiness probe"
  kubexplain docs リソース制限 --docs ~/notes/k8s
  kubexplain docs --concept service.headless
  kubexplain docs --list
`,
  check: `
名前空間（-A ならすべて）を種類ごとに 1 回の list で読み、その 1 つのスナップショットで Pod、ワークロード、
Service、Ingress、PVC、ServiceAccount をすべて説明し、問題を根本原因ごとにまとめて悪い順に示します。
各問題にはコード（原因のコンセプトキー。kubexplain docs --list）があり、CI で絞り込めます。

例:
  kubexplain check -n shop                       shop で壊れているものと、原因ごとの直し方
  kubexplain check -A --fail-on warning          クラスター全体。warning 以上があれば終了コード 1
  kubexplain check -n shop -l app=api            app=api のラベルが付いたものだけ
  kubexplain check -n shop -o junit > check.xml  CI のテストレポートに（-o sarif、-o json も）

終了コード: 0 --fail-on（既定 error）以上の問題なし · 1 あり · 2 使い方の誤り · 3 接続できない ·
5 権限がない（list できない種類は警告になり、残りは検査します）
`,
  tui: `
キー: ↑↓ 移動 · ←→ 種類 · Enter/d ドキュメントのセクション · t トレース（Service、Ingress）·
r who-can/can · / 絞り込み · n 名前空間 · ? ヘルプ · q または Ctrl-C 終了
`,
};

const PROGRAM =
  '動いている Kubernetes のオブジェクト、通信の経路、DNS 名、RBAC を説明し、その概念を教えるあなた自身の' +
  '学習ドキュメント（または組み込みのハンドブック）のセクションを示します。読み取り専用で、クラスターを変更しません。';

const VERBS: Record<string, string> = {
  explain: 'オブジェクトを説明する: TYPE/NAME… または TYPE NAME…（例: pod/web-1、deploy web、pods -l app=web）',
  trace: '通信をホップごとにたどる: service/<名前>[:ポート] | ingress/<名前> | <DNS 名>[:ポート]',
  dns: 'service/<名前> または pod/<名前> にクラスターの DNS が答える名前を一覧する',
  'who-can': '誰が <動詞> <リソース>[/<名前>] をできるか（例: who-can get pods/log、who-can list secrets -A）',
  can: '<主体>（me | user:NAME | group:NAME | sa:NS/NAME）はそれをできるか。できれば 0、できなければ 1、不明なら 8',
  access: '主体ができることを リソース × 動詞 の表で示す（me | user:NAME | group:NAME | sa:NS/NAME）',
  docs: 'あなたのドキュメントとハンドブックを検索する: docs "readiness probe"、docs --concept pod.phase',
  check: '名前空間（または -A）で壊れているものを根本原因ごとに示す。--fail-on 以上なら終了コード 1',
  tui: '全画面の端末 UI を開く（端末で引数なしのときの既定）',
  completion: 'シェル補完のスクリプトを出力する: bash、zsh、fish（source <(kubexplain completion bash)）',
  help: 'コマンドのヘルプを表示する',
};

// Keyed by the flag's long name (or short, when it has no long one); verbs share most of them.
const FLAGS: Record<string, string> = {
  '--kubeconfig': 'kubeconfig ファイル（既定: $KUBECONFIG か ~/.kube/config）',
  '--context': '使う kubeconfig のコンテキスト',
  '--namespace': '名前空間（既定: コンテキストの名前空間、なければ "default"）',
  '--all-namespaces': 'すべての名前空間で',
  '--request-timeout': 'API リクエストと認証プラグインの期限（例: 10s、1m。0 は期限なし）',
  '--as': 'このユーザーになりすます（Impersonate-User、kubectl --as と同じ。読み取り専用のまま）',
  '--as-group': 'このグループにもなりすます（繰り返し可。--as が必要）',
  '--output': '出力の形式',
  '--lang': '説明の言語（既定は LANG/LC_ALL から）',
  '--docs': '参照する Markdown のファイルかフォルダー（繰り返し可。KUBEXPLAIN_DOCS でも）',
  '--no-color': '色を付けない（NO_COLOR、TERM=dumb でも。FORCE_COLOR で強制）',
  '--filename': 'クラスターの代わりにファイルかフォルダーのマニフェストを読む（オフライン）',
  '--debug': 'スタックトレースとリクエストのログを表示する',
  '--version': 'バージョンを表示する',
  '--help': 'コマンドのヘルプを表示する',
  '--selector': 'ラベルセレクターに一致するオブジェクトだけ',
  'explain --selector': 'TYPE のうちラベルセレクターに一致するものをすべて、悪い順に説明する',
  '--cluster-domain': 'CoreDNS の ConfigMap を読めないときのクラスターの DNS ゾーン（既定: cluster.local と仮定）',
  '--from': 'この名前空間の Pod が使える短い名前（既定: 対象の名前空間とそれ以外）',
  '--no-verify': '主体ごとの SubjectAccessReview を省く（主体が多いクラスターで速い）',
  '--name': 'オブジェクト名を RESOURCE[/SUBRESOURCE] とは別に（サブリソース名と重なる名前のとき）',
  '--concept': 'カタログのコンセプトキーでセクションを順位付けする',
  '--list': 'コンセプトキーを一覧する',
  '--show': 'いちばん合うセクション（または指定したもの）の本文を端末向けに表示する',
  '--kind': 'この種類だけ（カンマ区切り: pod,deploy,svc,…）',
  '--fail-on': 'この重大度以上の問題があれば終了コード 1: warning か error',
};

const TITLES: Record<string, string> = {
  'Usage:': '使い方:',
  'Options:': 'オプション:',
  'Global Options:': '共通のオプション:',
  'Commands:': 'コマンド:',
  'Arguments:': '引数:',
};

/** commander's "(choices: …, default: …)" in Japanese. */
function optionDescription(o: Option): string {
  const extra: string[] = [];
  if (o.argChoices) extra.push(`選択肢: ${o.argChoices.join(', ')}`);
  const d: unknown = o.defaultValue;
  if (d !== undefined && !o.negate && !(Array.isArray(d) && d.length === 0)) extra.push(`既定: ${JSON.stringify(d)}`);
  return extra.length ? `${o.description}（${extra.join('、')}）` : o.description;
}

/** Puts the Japanese descriptions on a program built with the English ones. */
export function localizeHelp(program: Command): void {
  program.description(PROGRAM);
  program.helpCommand('help [command]', VERBS.help);
  for (const cmd of [program, ...program.commands]) {
    cmd.configureHelp({ ...cmd.configureHelp(), styleTitle: (title: string) => TITLES[title] ?? title, optionDescription });
    if (cmd !== program && VERBS[cmd.name()]) cmd.description(VERBS[cmd.name()]!);
    cmd.helpOption('-h, --help', FLAGS['--help']);
    for (const o of cmd.options) {
      const key = o.long ?? o.short ?? '';
      o.description = FLAGS[`${cmd.name()} ${key}`] ?? FLAGS[key] ?? o.description;
    }
  }
}
