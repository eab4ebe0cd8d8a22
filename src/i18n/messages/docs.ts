// Sentences the `docs` command writes, in Japanese and English.
// Kept apart from en.ts/ja.ts (the explain catalogs) because `docs` needs no cluster.
import type { Lang } from '../lang.js';

export const docsMessages = {
  ja: {
    yourDocuments: 'あなたのドキュメント',
    handbook: 'ハンドブック',
    noUserDocs: 'ドキュメントは未指定です（--docs DIR、KUBEXPLAIN_DOCS、設定ファイルの docs: で指定できます）',
    sections: (n: number) => `${n} セクション`,
    noMatch: (q: string) => `「${q}」に合うセクションはありません`,
    noMatchConcept: (k: string) => `コンセプト ${k} を扱うセクションはありません`,
    trySuggestions: (list: string) => `次のコンセプトを試してください: ${list}（一覧: kubexplain docs --list）`,
    tryList: '使えるコンセプトは kubexplain docs --list で確認できます',
    unknownConcept: (k: string) => `不明なコンセプト「${k}」`,
    didYouMean: (list: string) => `もしかして: ${list}（一覧: kubexplain docs --list）`,
    queryAndConcept: '検索語と --concept は同時に指定できません',
    listWithOthers: '--list は検索語や --concept と同時に指定できません',
    alsoSearched: (names: string) => `コンセプトとしても検索: ${names}`,
    concepts: 'コンセプト',
    showWithOthers: '--show FILE#anchor は検索語や --concept と同時に指定できません',
    noSuchSection: (ref: string) => `セクション「${ref}」は読み込んだドキュメントにありません`,
    showHint: 'FILE#anchor は kubexplain docs QUERY が表示するファイル名と見出しのアンカーです',
  },
  en: {
    yourDocuments: 'Your documents',
    handbook: 'Handbook',
    noUserDocs: 'no documents of yours given (use --docs DIR, KUBEXPLAIN_DOCS, or docs: in the config file)',
    sections: (n: number) => `${n} section${n === 1 ? '' : 's'}`,
    noMatch: (q: string) => `no section matches "${q}"`,
    noMatchConcept: (k: string) => `no section covers the concept ${k}`,
    trySuggestions: (list: string) => `try a concept: ${list} (all of them: kubexplain docs --list)`,
    tryList: 'see the concepts with kubexplain docs --list',
    unknownConcept: (k: string) => `unknown concept "${k}"`,
    didYouMean: (list: string) => `did you mean: ${list}? (all of them: kubexplain docs --list)`,
    queryAndConcept: 'give a query or --concept, not both',
    listWithOthers: '--list takes no query and no --concept',
    alsoSearched: (names: string) => `also searched as concept: ${names}`,
    concepts: 'Concepts',
    showWithOthers: '--show FILE#anchor takes no query and no --concept',
    noSuchSection: (ref: string) => `no section "${ref}" in the loaded documents`,
    showHint: 'FILE#anchor is a file as kubexplain docs QUERY prints it and a heading anchor',
  },
} satisfies Record<Lang, unknown>;

export type DocsMessages = (typeof docsMessages)['en'];

export function messagesFor(lang: Lang): DocsMessages {
  return docsMessages[lang];
}
