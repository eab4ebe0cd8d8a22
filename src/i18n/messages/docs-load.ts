// Sentences about loading documents (catalog `docload`): files and settings that src/docs/load.ts skips.
// A reason is its own key so that both languages build their sentence around it.
type Code = { code?: string };
const paren = (code?: string) => (code ? ` (${code})` : '');

export const docsLoadEn = {
  skipped: (p: { file: string; reason: string }) => `${p.file}: ${p.reason}; skipped`,
  'reason.not-found': () => 'not found',
  'reason.no-access': (p: Code) => `cannot read${paren(p.code)}`,
  'reason.is-folder': () => 'is a folder',
  'reason.unreadable': (p: Code) => `cannot read${paren(p.code)}`,
  'reason.unlistable': (p: Code) => `cannot list folder${paren(p.code)}`,
  'reason.not-file-or-folder': () => 'not a file or folder',
  'reason.too-large': (p: { limit: number; size?: string }) => `larger than ${p.limit} MB${p.size ? ` (${p.size} MB)` : ''}`,
  'reason.binary': () => 'binary file',
  'reason.not-utf8': () => 'not valid UTF-8',
  'too-many': (p: { paths: string; max: number }) => `${p.paths}: more than ${p.max} documents; only the first ${p.max} are indexed`,
  'handbook.missing': () => 'handbook: docs/handbook not found next to the program; only your documents are used',
  'handbook.unreadable': (p: { dir: string }) => `handbook: ${p.dir} cannot be read`,
  'config.missing': (p: { file: string }) => `${p.file}: config file not found`,
  'config.docs': (p: { file: string }) => `${p.file}: "docs" must be a path or a list of paths`,
  'config.yaml': (p: { file: string; error: string }) => `${p.file}: not valid YAML (${p.error}); ignored`,
};

export const docsLoadJa: { [K in keyof typeof docsLoadEn]: (p: Parameters<(typeof docsLoadEn)[K]>[0]) => string } = {
  skipped: (p) => `${p.file}: ${p.reason}ため、読み込みませんでした`,
  'reason.not-found': () => '見つからない',
  'reason.no-access': (p) => `読み取る権限がない${paren(p.code)}`,
  'reason.is-folder': () => 'フォルダである',
  'reason.unreadable': (p) => `読み取れない${paren(p.code)}`,
  'reason.unlistable': (p) => `フォルダの中を一覧できない${paren(p.code)}`,
  'reason.not-file-or-folder': () => 'ファイルでもフォルダでもない',
  'reason.too-large': (p) => `${p.limit} MB を超える${p.size ? ` (${p.size} MB)` : ''}`,
  'reason.binary': () => 'バイナリファイルである',
  'reason.not-utf8': () => '正しい UTF-8 ではない',
  'too-many': (p) => `${p.paths}: ドキュメントが ${p.max} 個を超えています。最初の ${p.max} 個だけを索引にしました`,
  'handbook.missing': () => 'ハンドブック: プログラムの隣に docs/handbook が見つかりません。あなたのドキュメントだけを使います',
  'handbook.unreadable': (p) => `ハンドブック: ${p.dir} を読み取れません`,
  'config.missing': (p) => `${p.file}: 設定ファイルが見つかりません`,
  'config.docs': (p) => `${p.file}: "docs" にはパスかパスのリストを書いてください`,
  'config.yaml': (p) => `${p.file}: 正しい YAML ではないため無視しました (${p.error})`,
};
