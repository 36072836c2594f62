# The interface of the Virtual Collection of Asian Masterpieces, in English:
# the reference every other language is translated from.
#
# Fluent syntax (https://projectfluent.org/fluent/guide/). A placeholder is
# written { $name }; a translation keeps the same placeholders. Plural forms
# follow the language's CLDR rules: { $n -> [one] … *[other] … }.


## The frame of every page.

site-name = アジア名品バーチャル・コレクション
site-short-name = VCM
network-name = アジア・ヨーロッパ博物館ネットワーク
needs-javascript = アジア名品バーチャル・コレクションをご利用いただくには JavaScript が必要です。
skip-to-content = 本文へスキップ
nav-label = メインメニュー
nav-collection = コレクション
nav-museums = 加盟館
nav-search = 検索
nav-timeline = 年表
language-menu = 言語
footer-about = アジア名品バーチャル・コレクションは、アジア・ヨーロッパ博物館ネットワークの加盟館が選んだ作品を集めたものです。各作品には、それが名品である理由を所蔵館自身が解説しています。
footer-network = アジア・ヨーロッパ博物館ネットワーク（ASEMUS）のプロジェクトです。
footer-rights = 権利表示は各レコードに個別に記載しています。
footer-api = パートナー向けAPI

## States.

loading = 読み込み中…
error-title = エラーが発生しました
error-network = コレクションに接続できませんでした。接続を確認して、もう一度お試しください。
error-unreadable = サーバーから読み取れない応答が返されました。
error-invalid-title = このリクエストは無効です
try-again = 再試行
not-found-title = ページが見つかりません
not-found-text = このアドレスにはページがありません。リンクの入力間違いか、ページが移動した可能性があります。
work-not-found-title = 作品が見つかりません
work-not-found-text = このアドレスの公開作品はありません。所蔵館が公開を取り下げた可能性があります。
museum-not-found-title = 博物館が見つかりません
museum-not-found-text = このアドレスの加盟館はありません。
country-not-found-title = 国が見つかりません
country-not-found-text = このコードの国はネットワークに登録されていません。
back-home = トップページへ
browse-collection = コレクションを見る

## Home.

home-heading = アジアとヨーロッパの博物館が誇る名品
home-lead = アジア・ヨーロッパ博物館ネットワークの加盟館が選んだ作品を、それが名品である理由についての各館自身の解説とともにご紹介します。
masterpiece-of-the-day = 今日の名品
discover-this-work = この作品を詳しく見る
featured = 注目の名品
featured-empty = 公開されている作品はまだありません。
explore-by-country = 国から探す
explore-by-museum = 博物館から探す
explore-by-type = 種別から探す
all-museums = すべての加盟館
view-whole-collection = コレクション全体を見る
explore-timeline = 年表でコレクションをたどる

## Collection.

collection-title = コレクション
collection-lead = 所蔵館、制作国、種別、年代で名品を絞り込めます。表示内容ごとに固有のアドレスがあるので、そのまま共有できます。
filters = 絞り込み
filter-museum = 所蔵館
filter-country = 制作国
filter-type = 種別
filter-year-from = 開始年
filter-year-to = 終了年
year-hint = 紀元前の年は負の数で入力します。−500は紀元前500年です。
any-museum = すべての所蔵館
any-country = すべての国
any-type = すべての種別
apply-filters = 適用
clear-filters = 絞り込みをすべて解除
load-more-works = さらに作品を表示
loading-more = さらに読み込み中…
end-of-results = 一覧の最後です。
no-works-title = 条件に合う作品はありません
no-works-text = 絞り込み条件を減らすか、年代の範囲を広げてお試しください。

## Works.

no-image = 画像なし
no-image-of-work = この作品の画像はまだありません
original-title = 原題
why-masterpiece = 名品である理由
description = 解説
in-english = 英語
in-original-language = 原語
about-this-work = 作品について
field-museum = 所蔵館
field-makers = 作者
field-object-type = 種別
field-origin = 制作国
field-culture = 文化
field-period = 時代
field-date = 年代
field-years = 年代の範囲
field-materials = 材質
field-technique = 技法
field-dimensions = 法量
field-inventory = 収蔵品番号
field-credit = クレジット
field-rights = 権利
more-from-museum = { $museum }のほかの作品
held-by = 所蔵

## Museums.

museums-title = 加盟館
museums-lead = コレクションに名品を提供しているネットワークの博物館です。
filter-museum-country = 国
no-museums-title = 該当する博物館はまだありません
no-museums-text = この国にはまだ加盟館がありません。
load-more-museums = さらに加盟館を表示
member-since = { $year }年から加盟
visit-website = 博物館のウェブサイトへ
field-location = 所在地
field-membership = 加盟状況
museum-works = コレクションの名品
browse-museum-works = この館の作品をコレクションで絞り込む
museum-no-works = この館が公開している作品はまだありません。

## Countries.

country-works = { $country }の作品
country-museums = { $country }の加盟館
country-no-works = この国の公開作品はまだありません。
country-no-museums = この国にはまだ加盟館がありません。
asem-member = ASEM参加国
browse-country-works = この国の作品をコレクションで絞り込む

## Search box.

search-label = コレクションを検索
search-placeholder = 作品名、作者、地名、材質など
search-button = 検索
suggestions-label = 候補
suggestions-hint = 上下の矢印キーで選び、Enterキーで決定します。
home-search-hint = どの言語・文字でも検索できます。例：

## Search page.

search-title = コレクションを検索
search-lead = すべての名品をどの言語・文字でも検索でき、結果をさらに絞り込めます。検索ごとに固有のアドレスがあるので、そのまま共有できます。
search-results-heading = 検索結果
search-title-for = 「{ $q }」の検索結果
quoted = 「{ $q }」
results-for = 「{ $q }」の検索結果
show-filters = 絞り込み
filters-active = { $n }件適用中
facets-heading = 結果を絞り込む
show-fewer = 表示を減らす
years-legend = 年代
apply-years = 年代を適用
active-filters = 適用中の条件
remove-filter = 条件「{ $filter }」を解除
clear-all = すべて解除
chip-year-from = { $year }年から
chip-year-to = { $year }年まで
sort-label = 並べ替え
results-shown-of = { $total }件中{ $shown }件を表示
no-results-title = 作品が見つかりませんでした
no-results-text = この検索に該当する作品は、現在コレクションにありません。
try-heading = 次の方法をお試しください
try-remove-filter = 条件を解除する：
try-spelling = つづりを確認するか、語数を減らす・増やす、より一般的な言葉にするなどしてください。
try-search-all = 条件を付けずに「{ $q }」を検索
try-scripts = 名前を別の文字やつづりで検索する：
try-browse = すべての作品を見る
remove-bad-parameter = 「{ $param }」を除いて検索
view-on-timeline = これらの作品を年表で見る

## Timeline.

timeline-title = 年表
timeline-lead = 世紀と制作地域ごとにコレクションを示します。棒を選ぶと、その作品が表示されます。
timeline-chart = 世紀・制作地域別の作品
timeline-scroll = グラフ（横にスクロールできます）
timeline-legend = 地域
timeline-bar = { $century }、{ $region }：{ $count }
timeline-table = 数値を表で表示
timeline-gap = { $from }から{ $to }までの作品はありません
timeline-century = 世紀
timeline-total = 合計
timeline-empty-title = 年表に表示できる作品はありません
timeline-empty-text = この検索に該当する、年代の判明している作品はありません。
timeline-filtered = 次の条件に該当する作品を表示しています：
timeline-as-list = これらの作品を一覧で見る
timeline-scale-note = 作品は、考えられる最も早い年代の世紀に配置しています。
# The centuries: $n is the century's number (19 for 1800–1899, 3 for
# 300–201 BCE); $roman is the same in Roman numerals (XIX), for the languages
# that write centuries so. The short forms label the timeline's axis.
century-ce = { $n }世紀
century-bce = 紀元前{ $n }世紀
century-short-ce = { $n }世紀
century-short-bce = 前{ $n }世紀

## Artwork.

related-works = 関連作品

## Signing in and out.

sign-in = ログイン
signing-in = ログイン中…
sign-out = ログアウト
signed-in-as = ログイン中のアカウント
nav-partner = 加盟館ダッシュボード
sign-in-title = ログイン
sign-in-lead = 加盟館の編集担当者とネットワーク事務局のためのページです。コレクションの閲覧にアカウントは必要ありません。
sign-in-first-title = ログインしてください
sign-in-first-text = このページは加盟館の編集担当者向けです。続けるにはログインしてください。
already-signed-in = { $name }としてログインしています。
login-invalid-title = メールアドレスまたはパスワードが正しくありません
login-invalid-text = 両方を確認して、もう一度お試しください。パスワードを忘れた場合は、新しいパスワードを設定できます。
too-many-title = 試行回数が上限に達しました
too-many-text = アカウント保護のため、ログインを一時停止しています。{ $minutes }分待ってからもう一度お試しいただくか、「パスワードをお忘れですか？」から新しいパスワードを設定してください。
forgot-password = パスワードをお忘れですか？
back-to-sign-in = ログインに戻る

## Forms.

required-mark = （必須）
required-note = （必須）の項目は必ず入力してください。
problem-prefix = 問題：
cancel = キャンセル
saving = 保存中…
sending = 送信中…
creating = 作成中…
field-email = メールアドレス
field-password = パスワード
field-name = 氏名
field-role = 役割
field-current-password = 現在のパスワード
field-new-password = 新しいパスワード
field-repeat-password = 新しいパスワード（確認）
email-required = メールアドレスを入力してください。
email-invalid = name@museum.org のような形式でメールアドレスを入力してください。
password-required = パスワードを入力してください。
password-hint = 12文字以上。関連のない単語をいくつか組み合わせると、覚えやすく強力なパスワードになります。
password-too-short = { $n }文字以上で入力してください。
password-too-long = { $n }文字以内で入力してください。
passwords-differ = 2つの新しいパスワードが一致しません。
too-long-chars = { $n }文字以内で入力してください。

## Account.

account-title = アカウント
account-who = アカウント情報
change-password-title = パスワードの変更
change-password-button = パスワードを変更
current-password-wrong = 現在のパスワードが正しくありません。
password-changed = パスワードを変更しました。この端末ではログインしたままですが、ほかの場所でのログインはすべて解除されました。
forgot-title = パスワードをお忘れですか？
forgot-lead = アカウントのメールアドレスを入力してください。新しいパスワードを設定するためのリンクをお送りします。
send-reset-link = リンクを送信
reset-sent = { $email }を使用するアカウントがある場合、新しいパスワードを設定するためのリンクをメールでお送りしました。リンクの有効期間は1時間です。届かない場合は迷惑メールフォルダーをご確認ください。
set-password-title = パスワードの設定
set-password-lead = ログインに使用するパスワードを決めてください。
set-password-button = パスワードを設定
password-set-title = パスワードを設定しました
password-set-text = メールアドレスと新しいパスワードでログインしてください。
reset-token-invalid-title = このリンクは無効です
reset-token-invalid-text = すでに使用されたか、有効期限が切れています（再設定リンクの有効期間は1時間、招待リンクは7日間です）。下のフォームから新しいリンクをお申し込みください。

## Partner pages.

partner-title = 加盟館ダッシュボード
partner-nav-label = 加盟館ダッシュボード
partner-nav-dashboard = 作品
partner-nav-new-work = 新規作品
partner-nav-import = インポート
partner-nav-clients = APIクライアント
editors-only-text = 加盟館ダッシュボードは加盟館の編集担当者向けのページで、自館の作品を準備してコレクションに推薦するための場所です。このアカウントには博物館の編集権限がありません。
admin-console-hint = 事務局は専用の管理画面で作業します：
your-museum = 自館
view-public-profile = 公開ページを見る
quota-used = 名品登録枠 { $quota }件中{ $used }件使用
quota-note = 公開中または審査中の作品が、館の登録枠に数えられます。
quota-full-note = 登録枠に空きがありません。別の作品を推薦するには、先にいずれかの作品を取り下げてください。
partner-works = 自館の作品
new-work = 作品を追加
import-works = ファイルからインポート
filter-by-status = 状態で作品を表示
all-statuses = すべて
no-partner-works-title = 作品はまだありません
no-partner-works-text = 自館の最初の作品を追加するか、ファイルから一括でインポートしてください。
no-works-in-status-title = この状態の作品はありません
no-works-in-status-text = ほかの作品を見るには、上で別の状態を選んでください。
col-title = 作品名
col-status = 状態
col-changed = 最終更新
col-actions = 操作
nominate = 推薦
nominate-named = 「{ $title }」を推薦
nominate-hint = 推薦すると、作品は事務局の審査に回ります。推薦には英語による「名品である理由」が必要です。
withdraw = 取り下げ
withdraw-named = 「{ $title }」を取り下げ
withdraw-question = 「{ $title }」を取り下げますか？
withdraw-published-question = 「{ $title }」を取り下げますか？ 公開コレクションから外れます。
withdraw-confirm = 取り下げる
view-public = コレクションで見る
work-nominated = 「{ $title }」を推薦しました。事務局の審査をお待ちください。
work-withdrawn = 「{ $title }」を取り下げました。
quota-exceeded-title = 館の登録枠に空きがありません
quota-exceeded-text = 「{ $title }」は推薦されませんでした。公開中または審査中の作品数が、すでに館の登録枠の上限に達しています。先にいずれかの作品を取り下げてください。
invalid-transition-title = 現在この変更はできません
invalid-transition-text = 「{ $title }」は現在の状態からこの変更を行えません。その間に誰かが変更した可能性があります。一覧を最新の状態に更新しました。
not-ready-title = この作品はまだ推薦できません
not-ready-text = 「{ $title }」を推薦するには、次の項目が必要です：
edit-this-work = 作品を編集

## The form of a work.

new-work-title = 作品を追加
new-work-lead = 作品は下書きとして保存されます。推薦して事務局が公開するまで、自館以外の人には表示されません。
edit-work-title = 「{ $title }」を編集
edit-work-eyebrow = 作品の編集
partner-work-not-found-text = このアドレスの作品は自館にありません。
group-identity = 作品名と識別情報
group-making = 作者と制作地
group-date = 年代
group-material = 材質と法量
group-rights = 権利とクレジット
field-title = 作品名（英語）
field-title-original = 作品名（原語）
field-original-language = 原語
original-language-hint = ja、ko、th、zh-Hant などの言語タグ。原語のテキストを入力する場合に必要です。
inventory-hint = 自館で付けている番号です。インポート時はこの番号で作品を照合します。
field-slug = アドレス
slug-hint = 任意。小文字の単語をハイフンでつなげます（例：great-wave）。空欄の場合は作品名から作成します。
slug-fixed = 作品のアドレスは変更できません。
field-maker-names = 作者
makers-hint = 1行に1人ずつ、順番に入力します。APIやインポートで送られた役割・生没年・原語表記の名前はそのまま保持されます。
choose-object-type = 種別を選択
object-type-required = 作品の種別を選んでください。
no-country = 指定なし
period-hint = 時代や王朝。例：Edo period
date-text-hint = 表示したいとおりに入力します。例：c. 1831
field-year-begin = 最も早い年
field-year-end = 最も遅い年
year-invalid = 1831や-206のように、年を整数で入力してください。
materials-hint = セミコロンで区切ります（例：ink, colour on silk; gold leaf）。セミコロンを使わない場合はカンマで区切ります。
field-statement = 名品である理由（英語）
field-statement-original = 名品である理由（原語）
statement-hint = この作品が名品である理由についての、館自身による解説です。推薦に必要です。
field-description = 解説（英語）
field-description-original = 解説（原語）
choose-rights = 権利表示を選択
rights-hint = レコードと画像を他者がどのように再利用できるかを示します。クリエイティブ・コモンズ・ライセンスまたは rightsstatements.org の権利表示から選びます。
save-changes = 変更を保存
create-draft = 下書きとして保存
back-to-dashboard = ダッシュボードに戻る
unsaved-changes = 保存されていない変更があります。
work-saved = 変更を保存しました。
work-created = 作品を下書きとして保存しました。
save-before-moving = 先に変更を保存してください。推薦や取り下げは保存済みの作品に対して行われます。
stale-title = この作品はほかの人によって変更されました
stale-text = 作品を開いた後に（同僚またはインポートによって）変更されたため、あなたの変更は保存されませんでした。作品を再読み込みして最新の内容を確認してください。入力した内容を残したい場合は、先にコピーしておいてください。
reload-work = 作品を再読み込み

## Import.

import-title = 作品のインポート
import-lead = CSV、JSON、NDJSONファイルから、多数の作品をまとめて追加・更新できます。各レコードは収蔵品番号で照合され、新しい番号は下書きとして作成され、既存の番号はその作品を更新します。
import-step1 = 1. ファイルを選ぶ
import-step2 = 2. 処理結果を確認する
import-step3 = 3. インポートする
field-file = ファイル
file-hint = ヘッダー行付きのCSV、レコードのJSON配列、またはNDJSON（1行に1レコード）。文字コードはUTF-8。
file-chosen = 選択したファイル：{ $name }（{ $size }）
file-required = インポートするファイルを選んでください。
field-format = 形式
format-from-name = ファイル名から判定
format-unknown = ファイル名から形式を判定できません。形式を選んでください。
field-mapping = 列名
mapping-hint = 列名が異なる場合のみ入力します。「項目:列」の組をカンマで区切って指定します（例：inventory_number:accession_number,makers:artist）。
mapping-not-pair = 「{ $pair }」が「項目:列」の形式になっていません。
mapping-unknown-field = 「{ $field }」は作品の項目ではありません。
mapping-empty-column = 「{ $field }」のコロンの後に列名を入力してください。
ignore-unknown = 作品の項目ではない列を無視する
ignore-unknown-hint = チェックしない場合、そのような列を含むレコードはエラーになります。列名のつづり間違いに気づかないまま、データが失われるのを防ぐためです。
dry-run-button = ファイルを確認（ドライラン）
checking = 確認中…
dry-run-note = ドライランではすべてのレコードを読み込みますが、何も変更しません。
dry-run-outdated = この確認の後にファイルまたはオプションが変更されました。インポートする前にもう一度ファイルを確認してください。
some-will-fail = { $n }件のレコードに問題があり、インポートされません。ファイルを修正してもう一度確認するか、ほかのレコードを今すぐインポートしてください。
file-unreadable = ファイルを最後まで読み込めませんでした。インポートされるのは、エラー箇所より前のレコードのみです。
real-import-note = インポートを実行すると、上に示した作品が作成・更新されます。新しい作品は下書きになります。
import-for-real = インポートを実行
importing = インポート中…
import-done = インポートが完了しました
import-stopped-title = ファイルを最後まで読み込めませんでした
rows-read = 読み込んだレコード
would-create = 作成予定
would-update = 更新予定
created = 作成
updated = 更新
unchanged = 変更なし
failed = 失敗
no-failed-rows = すべてのレコードをインポートできます。
failed-rows-caption = 問題のあるレコード（1行に1件の問題）
col-row = レコード
col-line = 行
col-field = 項目
col-code = 問題
col-message = 修正内容
load-more-rows = さらにレコードを表示
past-imports = 過去のインポート
no-imports-title = インポートの履歴はありません
no-imports-text = インポートやドライランを行うと、ここに表示されます。
col-when = 日時
col-kind = 種類
dry-run = ドライラン
real-import = インポート
show-problems = 問題を表示
problems-of-import = インポート{ $id }の問題

## API clients.

clients-title = APIクライアント
clients-lead = APIクライアントを使うと、個人のパスワードを使わずに、収蔵品管理システムからパートナーAPIを通じて自館のレコードを最新の状態に保てます。システムごとに別のクライアントを作成してください。
new-client-title = クライアントの作成
field-client-name = 名前
client-name-hint = 識別のための名前です。例：収蔵品管理システム
client-name-required = クライアントの名前を入力してください。
create-client = クライアントを作成
client-created = 「{ $name }」を作成しました
secret-once-title = シークレットを今すぐコピーしてください。表示されるのはこの一度だけです
secret-once-text = 収蔵品管理システムのパスワードを保管している場所に保存してください。シークレットを持つ人は誰でも自館の作品を変更できます。紛失または漏洩した場合は、このクライアントを無効にして新しいクライアントを作成してください。
client-id = クライアントID
client-secret = クライアントシークレット
copy-hint = シークレットを選択してコピーするか、ボタンを使ってください。
copy-secret = コピー
copied = クリップボードにコピーしました。
copy-failed = ここではコピーできませんでした。シークレットを選択して手動でコピーしてください。
token-how-to = システムは POST /api/v1/oauth/token でクライアントIDとシークレットをアクセストークンと交換します（OAuth 2.0 クライアントクレデンシャル）。詳しくはAPIリファレンスをご覧ください。
clients-list-title = 自館のクライアント
no-clients-title = APIクライアントはまだありません
no-clients-text = 収蔵品管理システムでパートナーAPIを使う準備ができたら作成してください。
col-created = 作成日
col-last-used = 最終使用
never-used = 未使用
active = 有効
revoked = 無効化済み
revoke = 無効化
revoke-named = 「{ $name }」を無効化
revoke-question = 「{ $name }」を無効にしますか？ すぐに使えなくなります。
revoke-confirm = 無効にする
client-revoked = 「{ $name }」を無効にしました。そのトークンは使えなくなりました。
withdraw-reason-required = 作品を取り下げる理由を選んでください。
withdraw-reason = 理由
choose-withdraw-reason = 理由を選択
withdraw-note = 補足
withdraw-note-hint = 古いリンクからアクセスした閲覧者に、理由とともに表示されます。「その他の理由」を選んだ場合は必須です。
withdrawn-by-museum-on = { $date }に所蔵館が公開を取り下げました：{ $reason }
withdrawn-by-secretariat-on = { $date }に事務局が公開を取り下げました：{ $reason }
decision-published = 事務局がこの作品を公開しました
decision-changes-requested = 事務局から修正の依頼があります
decision-rejected = 事務局はこの作品を採用しませんでした
decision-changes-next = 依頼された修正を行って保存し、もう一度作品を推薦してください。
decision-rejected-next = 作品は自館の一覧に残りますが、再度推薦することはできません。
secretariat-comment = 事務局からのコメント
nominated-on = 最終推薦日
first-published-on = 初回公開日
notifications-title = 事務局からのお知らせ
no-notifications-title = お知らせはまだありません
no-notifications-text = 事務局が作品を公開したり、修正を依頼したり、作品を取り下げたりすると、ここに表示され、自館の編集担当者にメールで通知されます。
notice-published = 公開
notice-changes-requested = 修正依頼
notice-rejected = 不採用
notice-withdrawn = 事務局による取り下げ
withdrawn-work-title = この作品は公開を取り下げられました
withdrawn-work-text = この作品はコレクションに含まれていましたが、現在は公開されていません。所蔵館またはネットワーク事務局による理由は次のとおりです。
withdrawn-on = 取り下げ日
withdrawn-by-label = 取り下げ元
withdrawn-by-museum = 所蔵館
withdrawn-by-secretariat = ネットワーク事務局
nav-admin = 事務局管理画面
admin-title = 事務局管理画面
admin-eyebrow = 事務局
admins-only-title = 事務局専用
admins-only-text = 管理画面は、ネットワーク事務局が作品を審査し、加盟申請に対応し、アカウントを管理するための場所です。このアカウントには管理者権限がありません。
sign-in-first-admin-text = このページはネットワーク事務局向けです。続けるにはログインしてください。
admin-nav-label = 事務局管理画面
admin-nav-dashboard = ダッシュボード
admin-nav-reviews = 審査待ち一覧
admin-nav-applications = 加盟申請
admin-nav-featured = 今日の名品
admin-nav-users = ユーザー
admin-nav-audit = 監査ログ
admin-nav-emails = メール
admin-open = 開く
admin-waiting = 事務局の対応待ち
works-in-review = 審査中の作品
applications-waiting = 対応が必要な申請
applications-with-applicant = 申請者の対応待ちの申請
oldest-in-review = 審査待ちで最も古い推薦の日付：
members-by-country = 国別の加盟館数と公開作品数
no-members-title = 加盟館はまだありません
no-members-text = 申請が承認されると、ここに博物館が追加されます。
col-members = 加盟館
col-published = 公開作品
recent-activity = 最近の操作
whole-audit-log = 監査ログ全体
no-activity-title = まだ操作はありません
no-activity-text = 作品、アカウント、申請への変更が、行われるたびにここに表示されます。
activity-line = { $actor }：{ $entity }「{ $key }」に対する{ $action }
review-queue-lead = 各館が推薦した作品を、古い順に表示しています。作品を公開するには、すべての確認項目を満たす必要があります。
review-decided = 「{ $title }」は「{ $status }」になりました。
queue-empty-title = 審査待ちの作品はありません
queue-empty-text = 審査を待っている作品はありません。各館が推薦した作品がここに表示されます。
check-passed = 適合
check-failed = 不適合
queue-total = 審査中 { $n }件
col-nominated = 推薦日
col-checks = 確認項目
review-work-title = 作品の審査
review-not-found-text = このアドレスの作品はどの館にもありません。
back-to-queue = 審査待ち一覧に戻る
work-withdrawn-by-secretariat = 作品をコレクションから取り下げました。所蔵館の編集担当者に理由が通知されます。
review-stale-title = この間に所蔵館が作品を変更しました
review-stale-text = 判定は行われませんでした。作品を読み直して、変更内容を審査してください。
review-decide-title = 判定
review-comment-label = 所蔵館へのコメント
review-comment-hint = 修正依頼と不採用の場合は必須、公開の場合は任意です。所蔵館の編集担当者が閲覧でき、メールでも通知されます。
publish = 公開
request-changes = 修正を依頼
reject-work = 不採用
publish-blocked = 所蔵館の登録枠に空きがないため、この作品は現在公開できません。修正を依頼するか、所蔵館が作品を取り下げるまでお待ちください。
review-actions-hint = 修正を依頼すると作品は所蔵館に差し戻され、不採用にすると審査は最終的に終了します。
admin-withdraw-hint = 作品を公開コレクションから外します。古いリンクからアクセスした閲覧者には理由が表示されます。
review-record = レコード
no-statement = 「名品である理由」はまだ入力されていません。
version-n = バージョン{ $n }
review-quota-title = 所蔵館の登録枠に空きがありません
review-checks-fail-title = 満たしていない確認項目があります
apply-to-join = 加盟を申請
join-question = ASEM参加国の博物館で、まだ加盟していませんか？
apply-title = ネットワークへの加盟申請
apply-lead = アジア欧州会合（ASEM）参加国の博物館は、アジア・ヨーロッパ博物館ネットワークに加盟し、コレクションに名品を提供することができます。貴館についてご記入のうえ、署名済みの申請書をお送りください。
apply-museum-name = 博物館名（英語）
apply-museum-name-local = 博物館名（現地語）
apply-museum-name-local-hint = 英語名と異なる場合は、現地の文字で入力してください。
apply-museum-name-local-lang = その名称の言語
apply-country-hint = 加盟できるのはASEM参加国の博物館のみです。
apply-country-required = 博物館の所在国を選んでください。
choose-country = 国を選択
apply-city = 都市
apply-website = ウェブサイト
apply-website-hint = https:// で始まるアドレス
apply-founding-year = 設立年
apply-kind = 博物館の種類
choose-museum-kind = 種類を選択
apply-kind-required = 博物館の種類を選んでください。
apply-collections = アジアまたはヨーロッパのコレクション
apply-collections-hint = ネットワークと共有するコレクションについて、数段落でご説明ください。
apply-group-museum = 博物館
apply-group-contact = 担当者
apply-contact-hint = 申請が承認されると、この方を館の最初の編集担当者として招待します。
apply-contact-name = 氏名
apply-contact-title = 役職
apply-contact-email = メールアドレス
apply-group-commitment = 誓約と署名済み申請書
apply-icom = 当館はICOM職業倫理規程を承認します
apply-icom-link = ICOM職業倫理規程を読む（新しいタブで開きます）
apply-document = 署名済み申請書（PDF）
apply-document-hint = 館長が署名した申請書を、{ $max }以内のPDFでお送りください。
apply-document-required = 署名済み申請書（PDFファイル）を選んでください。
apply-document-not-pdf = 署名済み申請書はPDFファイルにしてください。
apply-document-too-large = ファイルが大きすぎます。{ $max }以内にしてください。
apply-honeypot = この欄は空欄のままにしてください
apply-submit = 申請を送信
apply-form-data-failed = フォームの送信準備ができませんでした。ページを再読み込みして、もう一度お試しください。
apply-conflict-title = この博物館は現在申請できません
apply-too-many = この端末から送信された申請が多すぎます。{ $minutes }分待ってから、もう一度お試しください。
apply-done-title = 申請を受け付けました
apply-reference = 受付番号：
apply-done-text = 事務局が内容を確認し、{ $email }宛てにご連絡します。申請の進捗の確認や事務局からの質問への回答は、専用リンクから行えます。
apply-follow = 申請の状況を確認
apply-keep-link = この専用リンクを保管してください。メールでもお送りしています：
application-status-title = 加盟申請
application-not-found-title = 申請が見つかりません
application-not-found-text = このリンクに該当する申請はありません。メールからリンク全体がコピーされているかご確認ください。
admin-application-not-found-text = この番号の申請はありません。
application-where-it-stands = 状況：
application-submitted-text = 事務局は申請を受け付けており、まもなく内容を確認します。
application-info-requested-text = 事務局から追加情報の依頼があります。下のメッセージをお読みのうえ、ご回答ください。
application-approved-text = ネットワークへようこそ！ 担当者の方を、館の編集担当者としてログインできるよう招待しました。
application-rejected-text = 事務局は申請を承認しませんでした。理由は以下のとおりです。
application-submitted-on = 申請日
see-museum-page = { $museum }のページを見る
conversation = メッセージ
no-messages = メッセージはまだありません。
application-closed-note = 申請の審査は終了しました。ここから回答を送ることはできません。
answer-sent = 事務局に回答を送信しました。
your-answer = 事務局への回答
your-answer-hint = 事務局は申請内容とあわせて回答を確認します。
send-answer = 回答を送信
applications-lead = 加盟を申請した博物館を、古い順に表示しています。
no-applications-title = 該当する申請はありません
no-applications-text = この状態の申請はありません。上で別の状態を選んでください。
load-more = さらに表示
application-title = 加盟申請
download-failed = ファイルを保存できませんでした。
yes = はい
no = いいえ
back-to-applications = 申請一覧に戻る
application-now-is = 申請は「{ $status }」になりました。
application-fields = 博物館からの申請内容
downloading = ダウンロード中…
download-pdf = 署名済み申請書をダウンロード（PDF）
message-to-applicant = 申請者へのメッセージ
message-to-applicant-hint = 情報の依頼と不承認の場合は必須、承認の場合は任意です。申請者にはメールと状況確認ページで通知されます。
reopen-message-hint = 任意：申請を再開する理由
request-info = 情報を依頼
approve = 承認
reject-application = 不承認
reopen = 再開
approve-hint = 承認すると博物館は加盟館となり、担当者が最初の編集担当者として招待されます。
featured-lead = 毎日1点の「今日の名品」を、各館から公平に順番で選びます。記念日や展覧会の開幕に合わせて、特定の日に作品を固定することもできます。
pinned-day = 「{ $title }」を{ $date }の名品にしました。
unpinned-day = { $date }を通常のローテーションに戻しました。
featured-schedule = スケジュール
no-featured-title = 選ばれた日はまだありません
no-featured-text = 作品が公開されると、各日の名品がここに表示されます。
col-day = 日付
col-work = 作品
col-chosen-by = 選定方法
col-note = メモ
unpin-named = { $date }の固定を解除
unpin = 固定を解除
today = 今日
pinned = 事務局が固定
rotation = ローテーション
pin-date-required = 日付を選んでください。
pin-date-past = 今日以降の日付を選んでください。
pin-work-required = 公開作品のアドレス名（スラッグ）を入力するか、下で作品を検索してください。
pin-title = 作品を特定の日に固定
pin-date-hint = 今日以降の日付。日付はUTCで数えます。
pin-work = 作品（アドレス名）
pin-work-hint = 作品のアドレスの末尾部分です。例：/artworks/great-wave なら great-wave。公開中の作品に限ります。
pin-find = 作品名で作品を探す
pin-find-hint = 2文字以上入力し、作品を選ぶとアドレス名が入力されます。
pin-find-results = 見つかった作品
pin-note-hint = この日を選んだ理由（事務局の記録用）。
pin-submit = 固定
users-lead = 事務局と各館の編集担当者のアカウントです。
users-list-title = アカウント
no-users-title = アカウントはありません
no-users-text = 上のフォームから、博物館の最初の編集担当者を招待してください。
choose-museum = 博物館を選択
name-required = 氏名を入力してください。
editor-needs-museum = 編集担当者は博物館に所属します。博物館を選んでください。
invite-title = 招待する
invited = { $email }宛てに招待を送信しました。
editor-museum-hint = この編集担当者が作品を準備する博物館です。
send-invitation = 招待を送信
user-disabled = 無効
user-invited = 招待中
change-role-named = { $name }の役割を変更
change-role = 役割を変更
enable-named = { $name }を有効化
disable-named = { $name }を無効化
enable-user = 有効化
disable-user = 無効化
audit-lead = 誰が、いつ、何を変更したかを新しい順に表示します。絞り込み条件ごとに固有のアドレスがあり、共有できます。
audit-actor = 操作者
audit-actor-hint = アカウントのメールアドレス、またはクライアントID。
audit-museum-hint = 博物館のアドレス名。
audit-entity = レコードの種類
audit-entity-hint = 例：artwork、user、application
audit-record-name = レコード
audit-key-hint = 例：作品のアドレス名
audit-action = 操作
audit-action-hint = 例：artwork.publish
audit-since = 開始日時
audit-since-hint = 日時。例：2025-03-01T00:00:00Z
no-audit-title = 記録はありません
no-audit-text = この条件に該当する記録はありません。
audit-record = レコード
audit-change = 変更内容
audit-show-change = 変更前と変更後
audit-before = 変更前
audit-after = 変更後
emails-lead = プラットフォームが作成したメールを新しい順に表示し、送信されたかどうかを示します。
no-emails-title = メールはまだありません
no-emails-text = 招待、パスワードの再設定、各館へのお知らせがここに表示されます。
email-sent = 送信済み
email-failed = 未配信
email-pending = 送信待ち
email-to = 宛先
email-body = メッセージを表示
publish-checks-fail = 満たしていない確認項目があります（上の ✗ 印）。レコードがコレクションにふさわしい場合にのみ公開し、そうでなければ修正を依頼して不足している点を伝えてください。
admin-nav-museums = 博物館
admin-nav-settings = ネットワークの設定
admin-museums-lead = ネットワークのすべての博物館と、その加盟状況、作品による登録枠の使用状況です。博物館を開くと、加盟状況、登録枠、プロフィールを変更できます。
filter-by-membership = 加盟状況で博物館を表示
no-museums-in-status-title = 該当する博物館はありません
no-museums-in-status-text = この加盟状況の博物館はありません。
col-quota = 登録枠
places-used = { $quota }件中{ $used }件使用
admin-museum-title = 博物館
admin-museum-not-found-text = このアドレスの博物館はネットワークにありません。
back-to-museums = 博物館一覧に戻る
works-by-status = 状態別の作品
admin-quota-note = 公開中または審査中の作品が登録枠に数えられます。登録枠をそれより少なくしても作品は取り下げられませんが、作品数が枠を下回るまで新たな推薦はできなくなります。
museum-stale-title = この間に博物館の情報が変更されました
museum-stale-text = このページを開いた後に（館の編集担当者または事務局の別のメンバーによって）変更されたため、何も保存されませんでした。再読み込みして最新の内容を確認してください。入力した内容を残したい場合は、先にコピーしておいてください。
reload-museum = 博物館を再読み込み
membership-status-label = 加盟状況
quota-label = 登録枠
quota-hint = 同時に公開中または審査中にできる作品の数です。
quota-invalid = 0から{ $max }までの整数を入力してください。
membership-reason = 理由
reason-required-hint = 加盟の停止または終了の場合は必須です。館の編集担当者にメールで通知されます。
reason-optional-hint = 任意。加盟を回復した場合、館の編集担当者にメールで通知されます。
save-membership = 加盟状況を保存
membership-saved = 保存しました：{ $status }、登録枠{ $quota }件。
membership-emailed = 館の編集担当者にメールで通知されます。
suspension-title = 加盟停止の影響
suspension-text = 博物館が加盟停止中、または加盟館でなくなった場合、その館の作品は推薦も公開もできなくなり、「今日の名品」の対象からも外れます。公開済みの作品は公開されたままで、編集担当者のアカウントも維持されます。加盟を回復すると、これらの制限はただちに解除されます。
museum-profile = プロフィール
profile-saved = 博物館のプロフィールを保存しました。
save-profile = プロフィールを保存
field-latitude = 緯度
field-longitude = 経度
latitude-hint = -90から90までの10進数の度で入力します。例：37.5240
longitude-hint = -180から180までの10進数の度で入力します。例：126.9803
coordinate-invalid = 37.524のように、10進数の度で数値を入力してください。
museum-description = 紹介文（英語）
museum-description-hint = 博物館についての数文の紹介です。公開ページに表示されます。
group-museum-name = 名称
group-museum-place = 所在地とウェブサイト
group-museum-about = 博物館について
settings-lead = ネットワークの運営設定です。新規加盟館の登録枠、博物館が加盟できる国、検索で同一とみなす語句を設定します。
default-quota-title = 登録枠の初期値
default-quota-label = 新規加盟館の登録枠
default-quota-hint = 申請が承認されたときに博物館に割り当てられます。既存の加盟館はそれぞれの登録枠を維持します。個別の変更は博物館のページで行ってください。
default-quota-saved = 保存しました。今後承認される博物館の登録枠は{ $n }件です。
save-default-quota = 登録枠の初期値を保存
countries-title = 国
countries-lead = 申請できるのはASEM参加国の博物館のみです。チェックボックスを切り替えるとすぐに保存されます。参加国でなくなった国の博物館と作品は、そのまま残ります。
country-code = コード
country-region = 地域
col-works-from = この国の作品
asem-member-of = { $country }はASEM参加国です
country-now-member = { $country }をASEM参加国に設定しました。
country-no-longer-member = { $country }をASEM参加国から外しました。
country-added = { $country }（{ $code }）を一覧に追加しました。
country-changed = { $country }（{ $code }）を変更しました。
add-country-title = 国を追加
add-country-hint = 一覧にある国の名称や地域を変更するには、その国のコードを入力してください。そのコードの国が変更されます。
country-code-hint = ISO 3166-1 の2文字のコード。例：KR
country-code-invalid = KRのように2文字で入力してください。
country-name-hint = 英語の略称。例：Republic of Korea
asem-member-hint = 申請できるのはASEM参加国の博物館のみです。
save-country = 国を保存
terms-title = 同義の検索語
terms-lead = 文字やつづりの違いを越えて、検索で同一とみなす名前や語句のグループです。いずれかの語で検索すると、グループ内のどの語を含む作品も見つかります。
terms-reindex-hint = 変更は検索インデックスの再構築後に検索に反映されます。再構築は変更のたびに、まもなくバックグラウンドで行われます。
terms-filter-label = 語句またはメモでグループを探す
terms-shown-all = { $total }グループ中{ $shown }グループを表示
terms-shown-matching = { $total }グループが該当。{ $shown }グループを表示
no-terms-title = 該当するグループはありません
no-terms-text = このような語句やメモを含むグループはありません。上のフォームから追加してください。
show-more-groups = さらに{ $n }グループを表示
terms-label = 語句
terms-hint = 1行に1語、2語以上を任意の文字で入力します。例：Hokusai と 葛飾北斎。1つの語句は1つのグループにしか属せません。
terms-note = メモ
terms-note-hint = 事務局向けに、グループが何を指すかを記します。例：日本の版画家
add-terms-title = 語句のグループを追加
add-terms-button = グループを追加
terms-added = グループを追加しました：{ $terms }
terms-saved = グループを保存しました：{ $terms }
terms-deleted = グループを削除しました：{ $terms }
edit-terms = 編集
edit-terms-named = グループ{ $terms }を編集
delete-terms = 削除
delete-terms-named = グループ{ $terms }を削除
delete-terms-question = グループ{ $terms }を削除しますか？ 検索でこれらの語句は同一とみなされなくなります。
delete-terms-confirm = 削除する

## Images on a work's page and the deep-zoom viewer.

images-of-work = この作品の画像
image-n-of-m = 画像 { $n }／{ $total }
image-rights-label = 画像の権利
manifest-link = IIIFマニフェスト
manifest-hint = この作品の画像を、MiradorやUniversal ViewerなどのIIIFビューアーで開けます。ビューアーにこのリンクを指定してください。
zoom-open = 拡大
zoom-dialog-label = 拡大表示できる画像：{ $title }
zoom-role-description = 拡大表示できる画像
zoom-hint = ドラッグで移動・スクロールまたはピンチで拡大縮小
zoom-instructions = ドラッグするか矢印キーを使って、画像内を移動できます。スクロール、ピンチ、またはプラス・マイナスキーで拡大・縮小し、ダブルクリックで拡大します。0キーで画像全体の表示に戻り、Escキーで閉じます。
zoom-level = 拡大率 { $percent }%
zoom-in = 拡大
zoom-out = 縮小
zoom-reset = 表示をリセット
zoom-fullscreen = 全画面表示
zoom-close = 閉じる
zoom-loading = 拡大表示用の画像を読み込み中…
zoom-failed = 拡大表示用の画像を読み込めませんでした。
zoom-failed-hint = 作品ページには引き続き画像が表示されています。もう一度お試しいただくか、ビューアーを閉じてください。

## A work's images, on its partner page.

images-title = 画像
images-lead = メイン画像は一覧や作品ページで作品を代表する画像です。ほかの画像はこの順に続きます。画像は準備ができ次第、閲覧者に表示されます。
images-count = 画像 { $max }点中{ $n }点
no-images-title = 画像はまだありません
no-images-text = 下のフォームから、この作品の最初の画像を追加してください。画像のある作品は、はるかに多く閲覧されます。
image-label = 画像{ $n }
image-primary = メイン
image-state-fetching = リンクから取得中…
image-state-processing = 処理中…
image-state-ready = 準備完了
image-state-failed = 失敗：{ $error }
image-failed-unknown = 画像を読み取れませんでした
image-pixels = { $width } × { $height } ピクセル
image-file = 元画像
image-source-url = 取得元
rights-from-work = （作品の権利表示）
image-edit = 説明を編集
image-edit-named = 画像{ $n }の説明を編集
image-make-primary = メインにする
image-make-primary-named = 画像{ $n }をメインにする
image-move-up = 上へ移動
image-move-up-named = 画像{ $n }を上へ移動
image-move-down = 下へ移動
image-move-down-named = 画像{ $n }を下へ移動
image-delete = 削除
image-delete-named = 画像{ $n }を削除
image-delete-question = 画像{ $n }を削除しますか？ この操作は元に戻せません。
image-delete-confirm = 削除する
image-deleted = 画像を削除しました。
image-saved = 画像{ $n }の説明を保存しました。
image-made-primary = 画像{ $n }をメイン画像にしました。
image-moved = 画像を{ $n }番目に移動しました。
save-image = 説明を保存
add-image-title = 画像を追加
image-source-legend = 画像の追加方法
image-source-file = ファイルをアップロード
image-source-link = リンクを指定
field-image-file = 画像ファイル
image-file-hint = JPEG、PNG、WebP、TIFFのファイル。お手元にある最大のサイズでお送りください。閲覧者が細部まで拡大して見られます。
field-image-url = 画像へのリンク
image-url-hint = 自館のサーバー上にあるJPEG、PNG、WebP、TIFFファイルの http または https のアドレス。画像はそこから一度だけ取得されます。
field-alt = 代替テキスト
alt-hint = 画像を見ることができない人のために、何が写っているかを1、2文で説明してください。作品のどの面か（表、裏、部分など）と、色、人物、銘文など重要な点を記します。「～の画像」で始めたり、作品名を繰り返したりする必要はありません。
field-image-caption = キャプション
caption-hint = 画像の下に表示されます。例：「署名部分」
field-image-credit = 写真クレジット
image-credit-hint = 写真の撮影者・提供者。例：「写真提供：韓国国立中央博物館」
field-image-rights = 画像の権利
image-rights-hint = 写真の権利表示が作品のレコードと異なる場合に指定します。
rights-same-as-work = 作品と同じ（{ $rights }）
field-image-position = 順番
image-primary-check = メイン画像にする
image-primary-hint = メイン画像は一覧で作品を代表する画像です。作品の最初の画像は、いずれにしてもメイン画像になります。
add-image-button = 画像を追加
uploading = アップロード中…
image-file-required = 画像ファイルを選んでください。
image-file-type = JPEG、PNG、WebP、TIFFのいずれかの画像を選んでください。
image-url-required = 画像へのリンクを入力してください。
image-url-invalid = http:// または https:// で始まるアドレスを入力してください。
image-too-large = このファイルはサーバーで扱えるサイズを超えています。
image-unsupported = サーバーはこの種類のファイルを読み取れません。JPEG、PNG、WebP、TIFFのいずれかの画像を選んでください。
image-limit-title = この作品の画像は上限に達しています
image-limit-text = 1つの作品に登録できる画像は{ $max }点までです。追加するには、いずれかの画像を削除してください。
image-uploaded = 画像をアップロードしました。現在処理中で、準備ができるとここに表示されます。
image-linked = 画像を追加しました。サーバーがリンクから画像を取得しています。準備ができるとここに表示されます。

## Closed lists: work-status

work-status-draft = 下書き
work-status-in-review = 審査中
work-status-changes-requested = 修正依頼あり
work-status-published = 公開中
work-status-rejected = 不採用
work-status-withdrawn = 取り下げ済み

## Closed lists: withdrawal-reason

withdrawal-reason-end-of-loan = 貸与の終了
withdrawal-reason-restitution = 返還
withdrawal-reason-deaccession = 除籍
withdrawal-reason-error = 誤って公開
withdrawal-reason-other = その他の理由

## Closed lists: review-check

review-check-english-fields = 英語の必須項目
review-check-statement = 名品である理由
review-check-image = 代替テキスト付きの画像
review-check-quota = 館の登録枠内

## Closed lists: museum-kind

museum-kind-art = 美術館
museum-kind-history = 歴史博物館
museum-kind-ethnography = 民族学博物館
museum-kind-archaeology = 考古博物館
museum-kind-decorative-arts = 工芸美術館
museum-kind-university = 大学博物館
museum-kind-general = 総合博物館
museum-kind-other = その他の博物館

## Closed lists: application-status

application-status-submitted = 事務局の対応待ち
application-status-info-requested = 情報の依頼あり
application-status-approved = 承認
application-status-rejected = 不承認

## Closed lists: message-author

message-author-applicant = 申請者
message-author-secretariat = 事務局

## Closed lists: role

role-admin = 事務局（管理者）
role-editor = 加盟館の編集担当者

## Closed lists: import-status

import-status-queued = 待機中
import-status-running = 実行中
import-status-done = 完了
import-status-failed = 中断

## Closed lists: field-problem

field-problem-required = 必須項目です。
field-problem-too-long = 長すぎます。
field-problem-invalid = 形式が正しくありません。
field-problem-unknown-value = 許可されている値ではありません。
field-problem-out-of-range = 範囲外です。
field-problem-duplicate = すでに使用されています。
field-problem-unknown-field = 作品の項目ではありません。

## Closed lists: facet

facet-country = 制作国
facet-museum = 所蔵館
facet-museum-country = 所蔵館の国
facet-region = 制作地域
facet-object-type = 種別
facet-material = 材質
facet-period = 時代
facet-has-image = 画像
facet-reusable = 再利用
with-an-image = 画像あり
without-an-image = 画像なし
free-to-reuse = 自由に再利用可
reuse-restricted = 再利用に制限あり

## Closed lists: sort

sort-relevance = 関連度順
sort-oldest = 年代の古い順
sort-newest = 年代の新しい順
sort-title = 作品名順（A→Z）
sort-recent = 追加日の新しい順

## Closed lists: suggestion-kind

suggestion-kind-title = 作品
suggestion-kind-maker = 作者
suggestion-kind-museum = 博物館
suggestion-kind-period = 時代

## Closed lists: cultural-region

cultural-region-east-asia = 東アジア
cultural-region-south-asia = 南アジア
cultural-region-southeast-asia = 東南アジア
cultural-region-central-asia = 中央アジア
cultural-region-west-asia = 西アジア
cultural-region-europe = ヨーロッパ
cultural-region-oceania = オセアニア

## Closed lists: region

region-asia = アジア
region-europe = ヨーロッパ
region-oceania = オセアニア

## Closed lists: maker-role

maker-role-artist = 作者
maker-role-workshop = 工房
maker-role-school = 流派
maker-role-calligrapher = 書家
maker-role-potter = 陶工
maker-role-maker = 制作者
maker-role-attributed-to = 伝

## Closed lists: membership

membership-applicant = 申請中
membership-active = 加盟中
membership-suspended = 加盟停止中
membership-former = 元加盟館

## Closed lists: membership-plural

membership-plural-applicant = 申請中
membership-plural-active = 加盟中
membership-plural-suspended = 加盟停止中
membership-plural-former = 元加盟館

## Closed lists: object-type

object-type-painting = 絵画
object-type-calligraphy = 書跡
object-type-sculpture = 彫刻
object-type-ceramics = 陶磁
object-type-metalwork = 金工
object-type-textile = 染織
object-type-lacquer = 漆工
object-type-print = 版画
object-type-manuscript = 写本
object-type-jewellery = 装身具
object-type-arms-and-armour = 武器・武具
object-type-furniture = 家具
object-type-photograph = 写真
object-type-other = その他

## Counts, with their plural forms

count-works = { $n }点の作品
count-museums = { $n }館
count-works-shown = { $n }点の作品を表示中
count-results = { $n }件見つかりました
count-suggestions = 候補が{ $n }件あります。
count-more-values = さらに{ $n }件表示
count-undated = 該当する作品のうち{ $n }点は年代または地域が不明のため、年表には表示されていません。
count-problems = 修正が必要な問題が{ $n }件あります

## Language names, by BCP 47 tag

language-zh-Hant = 中国語（繁体字）
language-zh-Hans = 中国語（簡体字）
language-ja = 日本語
language-ko = 韓国語
language-zh = 中国語
language-th = タイ語
language-vi = ベトナム語
language-id = インドネシア語
language-ms = マレー語
language-km = クメール語
language-lo = ラオ語
language-my = ミャンマー語
language-fil = フィリピノ語
language-tl = フィリピノ語
language-hi = ヒンディー語
language-bn = ベンガル語
language-ur = ウルドゥー語
language-mn = モンゴル語
language-kk = カザフ語
language-ru = ロシア語
language-en = 英語
language-fr = フランス語
language-de = ドイツ語
language-nl = オランダ語
language-it = イタリア語
language-es = スペイン語
language-pt = ポルトガル語
language-pl = ポーランド語
language-cs = チェコ語
language-el = ギリシャ語
language-hu = ハンガリー語
language-sv = スウェーデン語
language-da = デンマーク語
language-fi = フィンランド語
language-no = ノルウェー語
language-nb = ノルウェー語

## 国名（ISO 3166-1 コード順）

country-au = オーストラリア
country-at = オーストリア
country-be = ベルギー
country-bn = ブルネイ
country-bg = ブルガリア
country-kh = カンボジア
country-cn = 中国
country-cy = キプロス
country-cz = チェコ
country-dk = デンマーク
country-ee = エストニア
country-fi = フィンランド
country-fr = フランス
country-de = ドイツ
country-gr = ギリシャ
country-hu = ハンガリー
country-in = インド
country-id = インドネシア
country-ie = アイルランド
country-it = イタリア
country-jp = 日本
country-kr = 韓国
country-la = ラオス
country-lv = ラトビア
country-lt = リトアニア
country-lu = ルクセンブルク
country-my = マレーシア
country-mt = マルタ
country-mn = モンゴル
country-mm = ミャンマー
country-nl = オランダ
country-nz = ニュージーランド
country-pk = パキスタン
country-ph = フィリピン
country-pl = ポーランド
country-pt = ポルトガル
country-ro = ルーマニア
country-ru = ロシア
country-sg = シンガポール
country-sk = スロバキア
country-si = スロベニア
country-es = スペイン
country-se = スウェーデン
country-th = タイ
country-gb = イギリス
country-vn = ベトナム
