/**
 * The catalogue of every problem staff can meet: one id per rule, with what is wrong and
 * what to do, in Japanese. Rules build their problems from here and nowhere else, so the
 * wording is reviewed in one place and the tests list the rules from this table (each
 * must have a fixture that triggers it).
 */
import type { Problem } from './problems.ts';
import { looksLikeHost } from './links.ts';
import type { DeadLink } from './site-links.ts';
import type { UnparsedKind } from './unparsed.ts';

interface RuleText<P> {
  message: (params: P) => string;
  hint: (params: P) => string;
  /** Rules that judge git history rather than the files: tested against repositories, not fixtures. */
  needsGit?: true;
  /** Rules about what the system refuses to read (root reads everything): tested as an unprivileged user. */
  needsPermissions?: true;
}

function rule<P>(message: (params: P) => string, hint: (params: P) => string, options: { needsGit?: true; needsPermissions?: true } = {}): RuleText<P> {
  return { message, hint, ...options };
}

const SAVE_AS_UTF8 = 'エディタで「UTF-8（BOMなし）」を選んで保存し直してください。';
const QUOTE_HINT = '値に「: 」や「#」を含むときは全体を "…" で囲みます。';
const IMMUTABLE_HINT = '公開した版は変更・改名・削除できません。元のファイルを元に戻し、訂正や改定は npm run policy -- new で新しい日付の版として加えてください。';

export const RULES = {
  // Files and folders.
  'registry-missing': rule<{ file: string }>(
    () => 'ポリシーの登録ファイルがありません。',
    ({ file }) => `${file} を作り、各ポリシーの slug・title・issuer を書いてください。`),
  'revision-location': rule<{ policiesDir: string }>(
    () => '版のファイルがポリシーごとのフォルダに入っていません。',
    ({ policiesDir }) => `${policiesDir}/<slug>/YYYY-MM-DD.mdx の位置に移してください。`),
  'revision-unregistered': rule<{ slug: string; registryFile: string; registered: string[] }>(
    ({ slug }) => `フォルダ「${slug}」は登録されていないポリシーです。`,
    ({ slug, registryFile, registered }) => `${registryFile} に slug: ${slug} の項目を加えるか、フォルダ名を登録済みの slug（${registered.join('、')}）に直してください。`),
  'revision-file-name': rule(
    () => 'ファイル名が「YYYY-MM-DD.mdx」（その版が適用された日付）になっていません。',
    () => '例: 2027-04-01.mdx のように、半角数字の日付と拡張子 .mdx に名前を変えてください。'),
  'revision-extension': rule<{ extension: string; date: string }>(
    ({ extension }) => `拡張子が .${extension} です。版のファイルは .mdx だけを読みます。`,
    ({ date }) => `ファイル名を ${date}.mdx に変えてください。`),
  'revision-date': rule<{ date: string }>(
    ({ date }) => `ファイル名の日付 ${date} は実在しない日付です。`,
    () => '暦にある日付（月は01〜12、日はその月の日数まで）に名前を変えてください。'),
  'revision-duplicate-date': rule<{ slug: string; date: string; names: string[] }>(
    ({ slug, date, names }) => `「${slug}」には ${date} の版が${names.length}つあります（${names.join('、')}）。`,
    () => '1日に1つの版だけにしてください。別の日に適用される版なら、その日付に名前を変えます。'),
  'policy-without-revisions': rule<{ slug: string; policiesDir: string }>(
    ({ slug }) => `ポリシー「${slug}」の版がひとつもありません。`,
    ({ slug, policiesDir }) => `${policiesDir}/${slug}/YYYY-MM-DD.mdx に最初の版を置くか、登録を外してください。`),

  'content-unreadable': rule<{ code: string }>(
    ({ code }) => `ファイルかフォルダを読めません（${code}）。`,
    () => 'ファイルの読み取りの権限を確かめてください（ls -l で r があるか）。ほかのプログラムが消したり書き換えたりしている最中なら、終わってからもう一度試してください。',
    { needsPermissions: true }),
  'content-not-a-file': rule<{ kind: 'link' | 'folder' | 'special' }>(
    ({ kind }) => ({
      link: 'シンボリックリンクは読みません。',
      folder: '版を置くフォルダの中に、さらにフォルダがあります。',
      special: '普通のファイルではありません（名前付きパイプなど）。',
    })[kind],
    ({ kind }) => ({
      link: 'リンクではなく、ファイル（またはフォルダ）そのものをこの場所に置いてください。リンク先の内容は読みません。',
      folder: '版のファイルは content/policies/<slug>/YYYY-MM-DD.mdx の位置に直接置き、このフォルダは消すか外に移してください。',
      special: '消して、普通のファイルとして置き直してください。',
    })[kind]),
  'content-not-a-folder': rule<{ name: string }>(
    ({ name }) => `「${name}」はフォルダでなければなりません。`,
    ({ name }) => `${name} というフォルダを作り、その中にポリシーごとのフォルダを置いてください。`),
  'content-misplaced': rule<{ name: string; registryFile: string; policiesDir: string }>(
    ({ name }) => `「${name}」は読まれません（コンテンツのフォルダに置けるのは policies.yaml、policies/、search-aliases.yaml と search-everyday-words.yaml だけです）。`,
    ({ name, registryFile, policiesDir }) => /^policies\.ya?ml$/i.test(name)
      ? `登録ファイルの名前は ${registryFile} です。内容を確かめて、その名前にしてください。`
      : `不要なら消してください。版のファイルなら ${policiesDir}/<slug>/ に移します。`),
  'content-too-large': rule<{ bytes: number; limit: number }>(
    ({ bytes, limit }) => `ファイルが大きすぎます（${Math.ceil(bytes / 1024)} KB。上限は ${limit / 1024} KB です）。`,
    () => '1つのファイルは文書1つ分の文章です。別の文書や画像を貼り付けていないか確かめてください。'),

  // Encoding.
  'encoding-bom': rule(
    () => 'ファイルの先頭に BOM（バイト順マーク）が付いています。',
    () => SAVE_AS_UTF8),
  'encoding-utf8': rule(
    () => 'ファイルが UTF-8 ではありません（Shift_JIS などで保存されています）。',
    () => 'エディタで文字コードを「UTF-8（BOMなし）」にして保存し直してください。'),

  // The registry.
  'registry-yaml': rule<{ detail: string }>(
    ({ detail }) => `YAML の書き方に誤りがあります（${detail}）。`,
    () => '字下げ（半角スペース）と「- 」「: 」の位置を、ほかの項目とそろえてください。'),
  'registry-duplicate-slug': rule<{ slug: string }>(
    ({ slug }) => `slug「${slug}」が二度登録されています。`,
    () => '重複している方の項目を消すか、別の slug にしてください。'),
  'registry-slug-format': rule<{ slug: string }>(
    ({ slug }) => `slug「${slug}」は URL に使えない形です。`,
    () => '英小文字・数字と、間をつなぐハイフンだけで書いてください（例: basic-policy）。'),
  'registry-slug-reserved': rule<{ slug: string }>(
    ({ slug }) => `slug「${slug}」は使えません（ほかの意味を持つ名前か、長すぎる名前です）。`,
    () => 'con・nul などの装置名、history・changes・search などサイトのアドレスに使う語を避け、60文字以内の英小文字で書いてください（例: basic-policy）。'),
  'registry-unknown-section': rule<{ section: string; slug: string; newest: string }>(
    ({ section, slug, newest }) => `advanceNotice の section「${section}」という見出しが、「${slug}」の最新の版（${newest}）にありません。`,
    () => 'このままでは予告の確認が働きません。見出しを変えたときは section も新しい見出しに合わせ、本文の見出しの文字をそのまま（番号や【】も含めて）書いてください。'),
  'registry-shape': rule(
    () => '登録ファイルが、ポリシーの一覧（「- slug: …」で始まる項目の並び）になっていません。',
    () => '各ポリシーを「- slug: basic-policy」のように「- 」で始め、その下に title: と issuer: を字下げして書いてください。'),

  // Frontmatter.
  'frontmatter-missing': rule(
    () => '先頭にフロントマター（--- で囲んだ title と summary）がありません。',
    () => '1行目を --- にし、title: と summary: を書いて、もう一度 --- で閉じてください。'),
  'frontmatter-unclosed': rule(
    () => 'フロントマターが --- で閉じられていません。',
    () => 'summary などの項目の後に、--- だけの行を入れてください。'),
  'frontmatter-yaml': rule<{ detail: string }>(
    ({ detail }) => `フロントマターの YAML に誤りがあります（${detail}）。`,
    () => `「項目: 値」の形か確かめてください。${QUOTE_HINT}`),
  'yaml-aliases': rule(
    () => 'YAML の別名（*）は使えません。',
    () => '& と * を使わず、値をそのまま書いてください。'),
  'frontmatter-shape': rule(
    () => 'フロントマターが「項目: 値」の組になっていません（一覧や文章だけになっています）。',
    () => '--- と --- の間に、title: "…" と summary: "…" を1行ずつ書いてください。'),

  // Fields, in the registry and in frontmatter alike.
  'field-unknown': rule<{ keys: string[]; allowed: readonly string[] }>(
    ({ keys }) => `「${keys.join('」「')}」という項目は使えません。`,
    ({ allowed }) => `綴りを確かめてください。使える項目: ${allowed.join('、')}`),
  'field-missing': rule<{ key: string; description: string }>(
    ({ key }) => `必須の項目「${key}」がありません。`,
    ({ key, description }) => `「${key}: …」の形で${description}を書いてください。`),
  'field-empty': rule<{ key: string; description: string }>(
    ({ key }) => `「${key}」が空です。`,
    ({ description }) => `${description}を書いてください。`),
  'field-choice': rule<{ key: string; choices: string[] }>(
    ({ key }) => `「${key}」の値が正しくありません。`,
    ({ choices }) => `${choices.join(' または ')} のどちらかを書いてください。`),
  'field-type': rule<{ key: string; expected: string; description: string }>(
    ({ key, expected }) => `「${key}」の形が正しくありません（${expected}が必要です）。`,
    ({ description }) => `${description}を書いてください。${QUOTE_HINT}`),
  'field-date': rule<{ key: string; value: string; dayOnly: boolean }>(
    ({ key, value }) => `「${key}」の日付「${value}」が正しくありません。`,
    ({ dayOnly }) => dayOnly
      ? '"2015-12-01" のように、実在する日を YYYY-MM-DD の形で引用符で囲んで書いてください。'
      : '"2001-01" や "2015-12-01" のように、実在する日付を引用符で囲んで書いてください。'),
  'field-invisible': rule<{ key: string; description: string }>(
    ({ key }) => `「${key}」に見える文字がありません（空白や見えない文字だけです）。`,
    ({ description }) => `${description}を、読める文字で書いてください。`),
  'field-html': rule<{ key: string }>(
    ({ key }) => `「${key}」に HTML タグが含まれています。`,
    () => '要約は普通の文章で書いてください（< > のタグは使えません）。'),

  // Characters a reader cannot see, in any line of a file.
  'text-control-character': rule<{ character: string }>(
    ({ character }) => `制御文字 ${character} が含まれています。`,
    () => 'エディタで見えない文字です。その行を打ち直すか、文字コードを確かめて保存し直してください（NUL があると git もファイルを読めません）。'),
  'text-bidi-control': rule<{ character: string }>(
    ({ character }) => `文字の並ぶ向きを変える制御文字 ${character} が含まれています。`,
    () => '画面に見える文字の順と、差分・検索が読む文字の順が食い違います。その行を打ち直してください。'),
  'text-invisible-character': rule<{ character: string }>(
    ({ character }) => `見えない文字 ${character} が含まれています。`,
    () => '言葉が途中で切れたり、別の言葉に見えたりします。その行の前後を打ち直してください（絵文字の中のつなぎ文字はそのままで構いません）。'),

  // The body.
  'revision-mdx': rule<{ detail: string }>(
    ({ detail }) => `本文の MDX に誤りがあります（${detail}）。`,
    () => '{ } < > は MDX では特別な意味を持ちます。文字として書くときは \\{ \\< のように前に \\ を付け、タグは必ず閉じてください。'),
  'revision-too-complex': rule<{ what: string }>(
    ({ what }) => `本文の書き方が複雑すぎます（${what}）。`,
    () => '文書の文章として読める形に直してください。記号の繰り返しや深い入れ子は、検査と表示に時間がかかるため使えません。'),
  'table-extra-cells': rule<{ cells: number; columns: number }>(
    ({ cells, columns }) => `表の行に ${cells} 個のセルがありますが、見出しの行は ${columns} 列です。はみ出したセルはページに表示されません。`,
    () => '見出しの行に列を足すか、セルの中の「|」を「\\|」と書いて文字にしてください。'),
  'markdown-unparsed': rule<{ kind: UnparsedKind; text: string }>(
    ({ kind, text }) => ({
      'heading-space': `「${text}」は見出しになっていません（「#」のあとに半角の空白がありません）。ページには「#」がそのまま表示されます。`,
      'heading-full-width': `「${text}」は見出しになっていません（全角の「＃」は見出しの印になりません）。ページには「＃」がそのまま表示されます。`,
      'heading-depth': `「${text}」は見出しになっていません（「#」は6つまでです）。ページには「#」がそのまま表示されます。`,
      'heading-empty': `見出し「${text}」に文字がありません。`,
      link: `「${text}」はリンクになっていません。ページには [ ] ( ) がそのまま表示されます。`,
      'address-run-on': `アドレス「${text}」に、後ろの文までが入ってしまっています。このリンクは正しいページに行きません。`,
      emphasis: `「${text}」の「*」は太字・斜体にならず、そのまま表示されます。`,
      'note-mark': `「${text}」の「*」や「_」が、太字・斜体の印として読まれて消えています。`,
    })[kind],
    ({ kind }) => ({
      'heading-space': '「## 6.目的」のように、「#」と見出しの文字のあいだに半角の空白を入れてください（日本語入力の全角の空白では見出しになりません）。見出しでなく文字の # なら「\\#」と書きます。',
      'heading-full-width': '「## 7.目的」のように、半角の「#」と半角の空白で書いてください（日本語入力を切ってから # を打ちます）。',
      'heading-depth': '見出しの「#」は1〜6個にしてください（## が大見出し、### がその中の見出しです）。',
      'heading-empty': '見出しの文字を書くか、その行を消してください。',
      link: 'リンクは [文字](https://…) のように半角の [ ] ( ) で書きます。全角の「）」「（」「］」が混じっていないか、[文字][名前] なら「[名前]: アドレス」の行があるかを確かめてください。',
      'address-run-on': 'アドレスのすぐ後ろに文を続けると、全角の文字までアドレスとして読まれます。アドレスの後ろに半角の空白を入れるか、[文字](https://…) の形で書いてください。',
      emphasis: '「**」の内側がかっこや句読点で始まり（終わり）、外側に文字が続くと太字になりません。「**「重要」**です」なら「「**重要**」です」のように、かっこを ** の外に出してください。記号として * を書くときは「\\*」と書きます。',
      'note-mark': '注の印や伏せ字の「*」、名前の中の「_」は、「\\*1」「\\*\\*\\*\\*」「\\_\\_utma」のように前に \\ を付けて書いてください。',
    })[kind]),
  'footnote-unreferenced': rule(
    () => '本文から参照されていない注（[^…]: …）があります。',
    () => '参照されない注はページに表示されません。本文の該当箇所に [^…] を書くか、注を消してください。'),
  'revision-empty-body': rule(
    () => '本文がありません（見える文字がひとつもありません）。',
    () => 'フロントマターの --- の後に、その版の全文を書いてください。'),
  'revision-date-implausible': rule<{ date: string; year: number }>(
    ({ date }) => `ファイル名の日付 ${date} は、この文書の日付として考えられません。`,
    ({ year }) => `年（${year}）を4桁で正しく書いてください（例: 2015 を 0015 と、2025 を 2205 と打っていないか）。`),
  'revision-before-established': rule<{ date: string; established: string; registryFile: string }>(
    ({ date, established }) => `この版の日付 ${date} が、ポリシーの制定（established: ${established}）より前です。`,
    ({ registryFile }) => `ファイル名の日付か、${registryFile} の established を確かめてください。`),
  'event-before-established': rule<{ date: string; event: string; established: string }>(
    ({ date, event, established }) => `textlessEvents の「${event}」（${date}）が、ポリシーの制定（established: ${established}）より前です。`,
    () => 'textlessEvents の date か established を確かめてください（制定より前の出来事は記録できません）。'),
  'link-scheme': rule<{ url: string }>(
    ({ url }) => `リンク先「${url}」には移動できません。`,
    () => '使えるのは https:// か http:// で始まるアドレス、mailto: と tel:、このサイトの / から始まるページだけです（javascript: や data:、// で始まる書き方は使えません）。'),
  'link-relative': rule<{ url: string }>(
    ({ url }) => (looksLikeHost(url) ? `リンク先「${url}」は、ほかのサイトのアドレスに見えますが https:// がありません。` : `リンク先「${url}」が相対パスです。`),
    // 「example.coop/…」 reads as another site's address to staff, and as a path of this one to a browser.
    ({ url }) => (looksLikeHost(url)
      ? `ほかのサイトへのリンクなら https://${url} のように https:// から書いてください（ないと、このサイトの中のページとして読まれます）。`
      : 'このサイトのページは /policies/… のように / から書いてください（相対パスは、現在の版と日付の版のページで行き先が変わってしまいます）。')),
  'link-space': rule<{ url: string }>(
    ({ url }) => `リンク先「${url}」の前か後ろに空白（全角の空白やノーブレークスペースなど）があります。`,
    () => 'リンク先の前後の空白を消してください。空白があると、ブラウザはこのサイトの中の別のページへのリンクとして読みます。'),
  'link-deceptive': rule<{ url: string }>(
    ({ url }) => `リンク先「${url}」に、行き先を見誤らせる書き方（\\ や、ホスト名の前の「名前@」）があります。`,
    () => 'アドレスは https://ホスト名/… の形で、\\ や「名前@」を入れずに書いてください（ブラウザは「@」の後ろのホストへ移動します）。'),
  'link-text-mismatch': rule<{ url: string; text: string }>(
    ({ url, text }) => `リンクの文字「${text}」はアドレスに見えますが、実際のリンク先は「${url}」です。`,
    () => '読む人は文字に見えるアドレスへ行くと思って押します。文字とリンク先を同じアドレスにするか、文字をアドレスでない言葉（「問合せ窓口」など）にしてください。'),
  'link-dead': rule<{ url: string; kind: 'link' | 'image'; dead: DeadLink }>(
    ({ url, kind, dead }) => (dead.reason === 'heading'
      ? (url.startsWith('#') ? `このページに見出し「#${dead.fragment}」はありません。` : `リンク先「${url}」の見出し「#${dead.fragment}」は、そのページにありません。`)
      : `${kind === 'image' ? '画像' : 'リンク先'}「${url}」は、このサイトにありません。`),
    ({ dead }) => deadLinkHint(dead)),
  'image-external': rule<{ url: string }>(
    ({ url }) => `画像「${url}」はこのサイトの中にありません。`,
    () => '画像は、このサイトに置いたもの（/ から始まるアドレス）だけを使えます。ほかのサイトの画像や data: は読み込めません。'),
  'revision-text-only': rule<{ what: string }>(
    ({ what }) => `本文に MDX の${what}があります。版の本文は文字だけで書きます（画面の文字と、差分・検索が読む文字を一致させるためです）。`,
    () => '文字として < や { を書くときは \\< \\{ のように前に \\ を付けてください。見た目を変えたいときは Markdown の書き方（**太字** など）を使います。'),

  // What the law requires the documents to say (APPI).
  'required-item': rule<{ label: string; phrases: string[] }>(
    ({ label, phrases }) => `法令上必要な記載「${label}」が見当たりません（「${phrases.join('」「')}」のいずれかが必要です）。`,
    () => '消してしまった場合は元に戻してください。言い回しを変えた場合は、content/policies.yaml の requiredItems の語句も合わせて直してください。'),
  'advance-notice-missing': rule<{ where: string; previous: string; reason: string; date: string }>(
    ({ where, previous, reason }) => `${where}が前の版（${previous}）から変わっていますが、予告した日（announced）がありません。${reason}は、適用の前に知らせる必要があります。`,
    ({ date }) => `フロントマターに announced: "YYYY-MM-DD"（${date} より前の、組合員に知らせた日）を書いてください。`),
  'announced-before-previous': rule<{ announced: string; previous: string }>(
    ({ announced, previous }) => `予告した日（announced: ${announced}）が、前の版の適用日（${previous}）より前です。まだ適用されていない版の改定を予告したことになります。`,
    () => '組合員にこの改定を知らせた日を確かめて、announced を直してください（年の打ち間違いが多い箇所です）。'),
  'announced-before-established': rule<{ announced: string; established: string }>(
    ({ announced, established }) => `予告した日（announced: ${announced}）が、ポリシーの制定（established: ${established}）より前です。`,
    () => '組合員にこの改定を知らせた日を確かめて、announced を直してください（年の打ち間違いが多い箇所です）。'),
  'announced-not-before': rule<{ announced: string; date: string }>(
    ({ announced, date }) => `予告した日（announced: ${announced}）が、この版の適用日（${date}）より前ではありません。`,
    () => '予告は適用より前にするものです。適用日を遅らせるか、正しい予告日を書いてください。'),

  // --- Search aliases (content/search-aliases.yaml; src/lib/content/aliases.ts, docs/search.md). ---
  'aliases-yaml': rule<{ detail: string }>(
    ({ detail }) => `検索の別名ファイルの YAML に誤りがあります（${detail}）。`,
    () => '「言葉: [別の書き方, 別の書き方]」の形で、1行に1つずつ書いてください。'),
  'aliases-shape': rule(
    () => '検索の別名が「言葉: [別の書き方, …]」の形になっていません。',
    () => '例: 共済連: [生活クラブ共済連, 生活クラブ共済事業連合生活協同組合連合会] のように、言葉の後に「: 」と、[ ] で囲んだ別の書き方（1つ以上）を書いてください。'),
  'aliases-duplicate': rule<{ word: string; first: string }>(
    ({ word, first }) => `「${word}」は「${first}」の項目にすでに書かれています。`,
    ({ first }) => `1つの言葉は1つの項目にだけ書きます。同じ意味なら「${first}」の項目にまとめ、違う意味ならこの行を消してください。`),
  'aliases-repeated': rule<{ word: string }>(
    ({ word }) => `「${word}」が同じ行に2回書かれています。`,
    () => '1回だけにしてください。別の書き方を書くつもりだったなら、そちらに直してください。'),
  'aliases-not-in-text': rule<{ word: string }>(
    ({ word }) => `別名「${word}」の項目の言葉は、どのポリシーの本文にも出てきません。`,
    () => '本文での書き方（漢字・かな・全角半角）と同じか確かめてください。本文にない言葉どうしの別名は検索に効きません。'),
  // Everyday words (content/search-everyday-words.yaml; same module and docs).
  'everyday-words-yaml': rule<{ detail: string }>(
    ({ detail }) => `検索のふだんの言葉ファイルの YAML に誤りがあります（${detail}）。`,
    () => '「本文の言葉: [ふだんの言い方, ふだんの言い方]」の形で、1行に1つずつ書いてください。'),
  'everyday-words-shape': rule(
    () => '検索のふだんの言葉が「本文の言葉: [ふだんの言い方, …]」の形になっていません。',
    () => '例: 委託: [任せる, 外注, 下請け] のように、本文の言葉の後に「: 」と、[ ] で囲んだふだんの言い方（1つ以上）を書いてください。'),
  'everyday-words-duplicate': rule<{ term: string; first: number }>(
    ({ term, first }) => `「${term}」の項目は ${first} 行目にもあります。`,
    ({ first }) => `本文の言葉ごとに1行にします。ふだんの言い方は ${first} 行目の [ ] の中にまとめ、この行を消してください。`),
  'everyday-words-repeated': rule<{ word: string }>(
    ({ word }) => `「${word}」が同じ行に2回書かれています。`,
    () => '1回だけにしてください。別の言い方を書くつもりだったなら、そちらに直してください。'),
  'everyday-words-not-in-text': rule<{ term: string }>(
    ({ term }) => `「${term}」は、どのポリシーの本文にも出てこない言葉です。`,
    () => '項目の左側には本文での書き方（漢字・かな・送りがなまで同じ）を書きます。本文にない言葉に言い換えても検索に効きません。'),
  // --- End of search aliases. ---

  // Published revisions never change (`policy check --since`).
  'revision-immutable-modified': rule(() => '公開済みの版が書き換えられています。', () => IMMUTABLE_HINT, { needsGit: true }),
  'revision-immutable-renamed': rule<{ to: string }>(({ to }) => `公開済みの版の名前が ${to} に変えられています。`, () => IMMUTABLE_HINT, { needsGit: true }),
  'revision-immutable-deleted': rule(() => '公開済みの版が削除されています。', () => IMMUTABLE_HINT, { needsGit: true }),
} satisfies Record<string, RuleText<never>>;

/** What to write instead of a link to the site that leads nowhere. */
function deadLinkHint(dead: DeadLink): string {
  switch (dead.reason) {
    case 'policy':
      return `「${dead.slug}」というポリシーは登録されていません。登録済みの slug（${dead.slugs.join('、')}）を使って /policies/<slug>/ と書いてください。`;
    case 'revision':
      return `「${dead.slug}」に ${dead.date} の版はありません（ある版: ${dead.dates.join('、')}）。そのとき適用されている版へのリンクなら /policies/${dead.slug}/ と書きます。`;
    case 'draft':
      return `${dead.date} の版は下書きで、公開サイトにはありません。その版を公開してからリンクするか、/policies/${dead.slug}/ にリンクしてください。`;
    case 'unpublished':
      return `「${dead.slug}」には、まだ公開した版がありません（下書きだけです）。公開サイトにはこのポリシーのページがないので、版を公開してからリンクしてください。`;
    case 'first':
      return `${dead.date} は「${dead.slug}」の最初の版なので、変更点のページはありません。版そのもの（/policies/${dead.slug}/${dead.date}/）にリンクしてください。`;
    case 'slash':
      return `このサイトのページのアドレスは / で終わります。${dead.path}/ と書いてください。`;
    case 'page':
      return 'このサイトのページは /policies/<slug>/、/policies/<slug>/<日付>/、/policies/<slug>/history/、/changes/、/search/ などです。画像は public/ に置いたファイルだけを使えます。アドレスを確かめてください。';
    case 'heading': {
      if (dead.anchors.length === 0) return 'そのページには見出しがありません。「#」から後ろを消してください。';
      const listed = dead.anchors.slice(0, 8).map((anchor) => `#${anchor}`).join('、');
      return `見出しへのリンクは、見出しの文字から作られます（${listed}${dead.anchors.length > 8 ? ' など' : ''}）。見出しを書き換えたなら、リンクも合わせて直してください。`;
    }
  }
}

export type RuleId = keyof typeof RULES;
type Declared<R extends RuleId> = Parameters<(typeof RULES)[R]['message']>[0];
/** A rule's parameters; `{}` for a rule whose text takes none (its functions are inferred as taking never). */
type ParamsOf<R extends RuleId> = [Declared<R>] extends [never] ? Record<string, never> : Declared<R>;

/** Where a problem is: the file (relative to the project root) and, when known, the line. */
export interface Place {
  file: string;
  line?: number | undefined;
}

/** A problem of rule `rule` at `place`, worded from the catalogue. */
export function problem<R extends RuleId>(rule: R, place: Place, params: ParamsOf<R>): Problem {
  const text = RULES[rule] as RuleText<ParamsOf<R>>;
  return {
    file: place.file,
    ...(place.line === undefined ? {} : { line: place.line }),
    rule,
    message: text.message(params),
    hint: text.hint(params),
  };
}

/** The rules a content folder can break (the ones every fixture set must cover). */
export function contentRuleIds(): RuleId[] {
  return (Object.keys(RULES) as RuleId[]).filter((id) => {
    const text = RULES[id] as RuleText<never>;
    return !text.needsGit && !text.needsPermissions;
  });
}
