// Sentences the `docs` command writes (catalog `docs`), in English and Japanese.
// Kept apart from en.ts/ja.ts (the explain catalogs) because `docs` needs no cluster.
export const docsEn = {
  yourDocuments: () => 'Your documents',
  handbook: () => 'Handbook',
  noUserDocs: () => 'no documents of yours given (use --docs DIR, KUBEXPLAIN_DOCS, or docs: in the config file)',
  sections: (p: { n: number }) => `${p.n} section${String(p.n) === '1' ? '' : 's'}`,
  noMatch: (p: { q: string }) => `no section matches "${p.q}"`,
  noMatchConcept: (p: { k: string }) => `no section covers the concept ${p.k}`,
  trySuggestions: (p: { list: string }) => `try a concept: ${p.list} (all of them: kubexplain docs --list)`,
  tryList: () => 'see the concepts with kubexplain docs --list',
  unknownConcept: (p: { k: string }) => `unknown concept "${p.k}"`,
  didYouMean: (p: { list: string }) => `did you mean: ${p.list}? (all of them: kubexplain docs --list)`,
  queryAndConcept: () => 'give a query or --concept, not both',
  listWithOthers: () => '--list takes no query and no --concept',
  alsoSearched: (p: { names: string }) => `also searched as concept: ${p.names}`,
  concepts: () => 'Concepts',
  showWithOthers: () => '--show FILE#anchor takes no query and no --concept',
  noSuchSection: (p: { ref: string }) => `no section "${p.ref}" in the loaded documents`,
  showHint: () => 'FILE#anchor is a file as kubexplain docs QUERY prints it and a heading anchor',
};

export type DocsCatalog = typeof docsEn;

export const docsJa: DocsCatalog = {
  yourDocuments: () => 'あなたのドキュメント',
  handbook: () => 'ハンドブック',
  noUserDocs: () => 'ドキュメントは未指定です（--docs DIR、KUBEXPLAIN_DOCS、設定ファイルの docs: で指定できます）',
  sections: (p) => `${p.n} セクション`,
  noMatch: (p) => `「${p.q}」に合うセクションはありません`,
  noMatchConcept: (p) => `コンセプト ${p.k} を扱うセクションはありません`,
  trySuggestions: (p) => `次のコンセプトを試してください: ${p.list}（一覧: kubexplain docs --list）`,
  tryList: () => '使えるコンセプトは kubexplain docs --list で確認できます',
  unknownConcept: (p) => `不明なコンセプト「${p.k}」`,
  didYouMean: (p) => `もしかして: ${p.list}（一覧: kubexplain docs --list）`,
  queryAndConcept: () => '検索語と --concept は同時に指定できません',
  listWithOthers: () => '--list は検索語や --concept と同時に指定できません',
  alsoSearched: (p) => `コンセプトとしても検索: ${p.names}`,
  concepts: () => 'コンセプト',
  showWithOthers: () => '--show FILE#anchor は検索語や --concept と同時に指定できません',
  noSuchSection: (p) => `セクション「${p.ref}」は読み込んだドキュメントにありません`,
  showHint: () => 'FILE#anchor は kubexplain docs QUERY が表示するファイル名と見出しのアンカーです',
};
