// A small English ↔ Japanese word glossary for translating free-text queries, so that
// "resource limits" also searches "リソース制限" and "ヘルスチェック" also searches "health check".
// Concept names go through the catalog; this covers the everyday words around them. Pure.
import { norm } from './normalize.js';

// [English word (singular), Japanese words]. Japanese compounds of these words are usually written
// in the English order without spaces (resource limits → リソース制限), or with の between two nouns.
const PAIRS: [string, string[]][] = [
  ['access', ['アクセス']],
  ['account', ['アカウント']],
  ['affinity', ['アフィニティ']],
  ['annotation', ['アノテーション']],
  ['architecture', ['アーキテクチャ']],
  ['authentication', ['認証']],
  ['authorization', ['認可']],
  ['autoscaling', ['オートスケーリング', 'オートスケール']],
  ['backup', ['バックアップ']],
  ['binding', ['バインディング']],
  ['certificate', ['証明書']],
  ['check', ['チェック']],
  ['class', ['クラス']],
  ['cluster', ['クラスタ', 'クラスター']],
  ['command', ['コマンド']],
  ['component', ['コンポーネント']],
  ['condition', ['コンディション', '条件']],
  ['config', ['設定', 'コンフィグ']],
  ['configuration', ['設定']],
  ['container', ['コンテナ']],
  ['control', ['コントロール', '制御']],
  ['controller', ['コントローラ', 'コントローラー']],
  ['create', ['作成']],
  ['creation', ['作成']],
  ['debug', ['デバッグ']],
  ['delete', ['削除']],
  ['deletion', ['削除']],
  ['deploy', ['デプロイ']],
  ['discovery', ['ディスカバリ']],
  ['environment', ['環境']],
  ['escalation', ['昇格', 'エスカレーション']],
  ['event', ['イベント']],
  ['external', ['外部']],
  ['file', ['ファイル']],
  ['forward', ['フォワード']],
  ['group', ['グループ']],
  ['health', ['ヘルス']],
  ['history', ['履歴']],
  ['image', ['イメージ']],
  ['init', ['初期化']],
  ['lifecycle', ['ライフサイクル']],
  ['limit', ['制限']],
  ['log', ['ログ']],
  ['management', ['管理']],
  ['manifest', ['マニフェスト']],
  ['memory', ['メモリ']],
  ['name', ['名前']],
  ['network', ['ネットワーク']],
  ['node', ['ノード']],
  ['permission', ['権限']],
  ['persistent', ['永続']],
  ['phase', ['フェーズ']],
  ['plane', ['プレーン']],
  ['policy', ['ポリシー']],
  ['port', ['ポート']],
  ['privilege', ['権限', '特権']],
  ['probe', ['プローブ']],
  ['proxy', ['プロキシ']],
  ['record', ['レコード']],
  ['replica', ['レプリカ']],
  ['request', ['要求', 'リクエスト']],
  ['resolution', ['解決']],
  ['resource', ['リソース']],
  ['restart', ['再起動']],
  ['role', ['ロール']],
  ['rollback', ['ロールバック']],
  ['rolling', ['ローリング']],
  ['rollout', ['ロールアウト']],
  ['routing', ['ルーティング']],
  ['rule', ['ルール']],
  ['runtime', ['ランタイム']],
  ['scale', ['スケール']],
  ['scheduler', ['スケジューラ']],
  ['scheduling', ['スケジューリング']],
  ['secret', ['シークレット']],
  ['security', ['セキュリティ']],
  ['selector', ['セレクタ']],
  ['service', ['サービス']],
  ['shutdown', ['シャットダウン']],
  ['sidecar', ['サイドカー']],
  ['state', ['状態', 'ステート']],
  ['storage', ['ストレージ']],
  ['strategy', ['戦略']],
  ['traffic', ['トラフィック', '通信']],
  ['type', ['タイプ', '種類']],
  ['update', ['アップデート', '更新']],
  ['usage', ['使用量']],
  ['variable', ['変数']],
  ['volume', ['ボリューム']],
  ['worker', ['ワーカー']],
];

// Built on first use: annotating never translates, and norm() on every word cost each start.
let maps: { EN_TO_JA: Map<string, string[]>; JA_TO_EN: Map<string, string>; JA_WORDS: string[] } | undefined;
function glossary() {
  if (!maps) {
    const EN_TO_JA = new Map<string, string[]>();
    const JA_TO_EN = new Map<string, string>();
    for (const [en, jas] of PAIRS) {
      const normalized = jas.map(norm);
      EN_TO_JA.set(en, normalized);
      for (const j of normalized) if (!JA_TO_EN.has(j)) JA_TO_EN.set(j, en);
    }
    maps = { EN_TO_JA, JA_TO_EN, JA_WORDS: [...JA_TO_EN.keys()].sort((a, b) => b.length - a.length) };
  }
  return maps;
}
const PARTICLES = ['の', 'と', 'を', 'に', 'が', 'は', 'で', 'や'];

function singular(word: string): string[] {
  const out = [word];
  if (word.endsWith('ies')) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  if (word.endsWith('s')) out.push(word.slice(0, -1));
  return out;
}

function enWordToJa(word: string): string[] | null {
  const { EN_TO_JA } = glossary();
  for (const w of singular(word)) {
    const ja = EN_TO_JA.get(w);
    if (ja) return ja;
  }
  return null;
}

export interface Translation {
  /** Whole-phrase translations: "resource limits" → "リソース制限", "リソースの制限". */
  phrases: string[];
  /**
   * The query's words in the other language, one list of alternatives per word, for matching
   * text that has all of them in any order: "resource limits" → [["リソース"], ["制限"]] also finds
   * "リソース使用量の制限". Null for a single word.
   */
  words: string[][] | null;
  /** A Japanese query cut into glossary words ("リソース制限" → ["リソース", "制限"]); null otherwise. */
  segments: string[] | null;
}

/**
 * Translates a normalized query into the other language. English words become a Japanese
 * compound ("resource limits" → "リソース制限", also "リソースの制限" for two words); Japanese made
 * only of known words becomes English ("podのライフサイクル" → "pod lifecycle"). Words without a
 * translation (Pod, kube-proxy) are kept as written. Empty when nothing translates.
 */
export function translateQuery(q: string): Translation {
  const none: Translation = { phrases: [], words: null, segments: null };
  if (!q) return none;
  if (/^[a-z0-9 ]+$/.test(q)) {
    const words = q.split(' ');
    if (words.length > 4) return none;
    const options = words.map((w) => enWordToJa(w) ?? [w]);
    if (!words.some((w) => enWordToJa(w))) return none;
    let combos: string[][] = [[]];
    for (const opt of options) combos = combos.flatMap((c) => opt.map((o) => [...c, o])).slice(0, 8);
    const out = new Set<string>();
    for (const c of combos) {
      out.add(c.join(''));
      if (c.length === 2) out.add(`${c[0]}の${c[1]}`);
    }
    return { phrases: [...out].slice(0, 8), words: options.length > 1 ? options : null, segments: null };
  }
  // Japanese (possibly with Latin words): longest-match segmentation over the glossary.
  const { JA_TO_EN, JA_WORDS } = glossary();
  const words: string[] = [];
  const segments: string[] = [];
  let i = 0;
  while (i < q.length) {
    const ch = q[i]!;
    if (ch === ' ') {
      i++;
      continue;
    }
    const latin = /^[a-z0-9]+/.exec(q.slice(i));
    if (latin) {
      words.push(latin[0]);
      segments.push(latin[0]);
      i += latin[0].length;
      continue;
    }
    const hit = JA_WORDS.find((w) => q.startsWith(w, i));
    if (hit) {
      words.push(JA_TO_EN.get(hit)!);
      segments.push(hit);
      i += hit.length;
      continue;
    }
    if (PARTICLES.includes(ch) && words.length > 0) {
      i++;
      continue;
    }
    return none; // an untranslatable Japanese word: no reliable translation
  }
  if (words.length === 0 || words.every((w) => q.includes(w))) return none;
  const many = words.length > 1;
  return { phrases: [words.join(' ')], words: many ? words.map((w) => [w]) : null, segments: many ? segments : null };
}

/** Glossary words of a query in the other language, word by word ("イメージ プル" → image; "image pull" → イメージ). */
export function translateWords(q: string): string[] {
  const out = new Set<string>();
  for (const w of q.split(' ')) {
    if (/^[a-z0-9]+$/.test(w)) for (const ja of enWordToJa(w) ?? []) out.add(ja);
  }
  const { JA_TO_EN, JA_WORDS } = glossary();
  for (const ja of JA_WORDS) if (q.includes(ja)) out.add(JA_TO_EN.get(ja)!);
  return [...out];
}

/** Every Japanese word of the glossary. */
export function glossaryJapanese(): string[] {
  return PAIRS.flatMap(([, ja]) => ja);
}
