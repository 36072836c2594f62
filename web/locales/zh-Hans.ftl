# The interface of the Virtual Collection of Asian Masterpieces, in English:
# the reference every other language is translated from.
#
# Fluent syntax (https://projectfluent.org/fluent/guide/). A placeholder is
# written { $name }; a translation keeps the same placeholders. Plural forms
# follow the language's CLDR rules: { $n -> [one] … *[other] … }.


## 每个页面的框架。

site-name = 亚洲珍品虚拟典藏
site-short-name = VCM
network-name = 亚欧博物馆网络
needs-javascript = 亚洲珍品虚拟典藏需要启用 JavaScript 才能运行。
skip-to-content = 跳至主要内容
nav-label = 主导航
nav-collection = 典藏
nav-museums = 博物馆
nav-search = 搜索
nav-timeline = 时间轴
language-menu = 语言
footer-about = 亚洲珍品虚拟典藏汇集了亚欧博物馆网络各成员博物馆遴选的作品，每件作品均附有所属博物馆亲自撰写的入选理由。
footer-network = 亚欧博物馆网络（ASEMUS）旗下项目。
footer-rights = 每条记录均附有各自的权利声明。
footer-api = 合作伙伴 API

## 状态。

loading = 正在加载…
error-title = 出错了
error-network = 无法连接典藏数据。请检查网络连接后重试。
error-unreadable = 服务器返回的内容无法读取。
error-invalid-title = 此请求无效
try-again = 重试
not-found-title = 未找到页面
not-found-text = 此地址下没有内容。链接可能有误，或页面已移至别处。
work-not-found-title = 未找到作品
work-not-found-text = 没有已发布的作品使用此地址，所属博物馆可能已将其撤下。
museum-not-found-title = 未找到博物馆
museum-not-found-text = 没有成员博物馆使用此地址。
country-not-found-title = 未找到国家
country-not-found-text = 本网络未收录使用此代码的国家。
back-home = 返回首页
browse-collection = 浏览典藏

## 首页。

home-heading = 亚欧博物馆珍品荟萃
home-lead = 由亚欧博物馆网络各成员博物馆遴选的作品，每件均附有博物馆亲自撰写的入选理由。
masterpiece-of-the-day = 每日珍品
discover-this-work = 探索这件作品
featured = 精选珍品
featured-empty = 尚未发布任何作品。
explore-by-country = 按国家探索
explore-by-museum = 按博物馆探索
explore-by-type = 按类别探索
all-museums = 全部博物馆
view-whole-collection = 查看全部典藏
explore-timeline = 沿时间轴探索典藏

## 典藏。

collection-title = 典藏
collection-lead = 可按博物馆、原产国、类别和年代筛选珍品。每个视图都有独立的网址，方便您分享。
filters = 筛选
filter-museum = 博物馆
filter-country = 原产国
filter-type = 类别
filter-year-from = 起始年份
filter-year-to = 截止年份
year-hint = 公元前的年份以负数表示：−500 即公元前 500 年。
any-museum = 全部博物馆
any-country = 全部国家
any-type = 全部类别
apply-filters = 应用
clear-filters = 清除全部筛选条件
load-more-works = 加载更多作品
loading-more = 正在加载更多…
end-of-results = 已到列表末尾。
no-works-title = 没有符合筛选条件的作品
no-works-text = 请尝试移除某个筛选条件，或扩大年代范围。

## 作品。

no-image = 暂无图像
no-image-of-work = 此作品暂无图像
original-title = 原名
why-masterpiece = 入选理由
description = 简介
in-english = 英文
in-original-language = 原文
about-this-work = 作品信息
field-museum = 博物馆
field-makers = 作者
field-object-type = 类别
field-origin = 原产国
field-culture = 文化
field-period = 时期
field-date = 年代
field-years = 年代范围
field-materials = 材质
field-technique = 工艺
field-dimensions = 尺寸
field-inventory = 藏品编号
field-credit = 来源说明
field-rights = 权利
more-from-museum = { $museum }的更多作品
held-by = 收藏单位

## 博物馆。

museums-title = 成员博物馆
museums-lead = 为典藏贡献珍品的本网络成员博物馆。
filter-museum-country = 国家
no-museums-title = 暂无博物馆
no-museums-text = 该国暂无成员博物馆。
load-more-museums = 加载更多博物馆
member-since = { $year } 年加入
visit-website = 访问博物馆官网
field-location = 所在地
field-membership = 成员资格
museum-works = 典藏中的珍品
browse-museum-works = 在典藏中筛选该馆作品
museum-no-works = 该馆尚未发布任何作品。

## 国家。

country-works = 来自{ $country }的作品
country-museums = { $country }的博物馆
country-no-works = 暂无来自该国的已发布作品。
country-no-museums = 该国暂无成员博物馆。
asem-member = 亚欧会议成员国
browse-country-works = 在典藏中筛选来自该国的作品

## 搜索框。

search-label = 搜索典藏
search-placeholder = 名称、作者、地点、材质…
search-button = 搜索
suggestions-label = 搜索建议
suggestions-hint = 使用上下方向键选择，然后按回车键。
home-search-hint = 可使用任何语言或文字搜索，例如

## 搜索页。

search-title = 搜索典藏
search-lead = 可使用任何语言或文字搜索全部珍品，再进一步筛选结果。每次搜索都有独立的网址，方便您分享。
search-results-heading = 搜索结果
search-title-for = “{ $q }”——搜索
quoted = “{ $q }”
results-for = （关键词：“{ $q }”）
show-filters = 筛选
filters-active = 已启用 { $n } 项
facets-heading = 筛选结果
show-fewer = 收起
years-legend = 年代
apply-years = 应用年代
active-filters = 已启用的筛选条件
remove-filter = 移除筛选条件：{ $filter }
clear-all = 全部清除
chip-year-from = { $year } 年起
chip-year-to = 至 { $year } 年
sort-label = 排序方式
results-shown-of = 显示 { $shown } 件，共 { $total } 件
no-results-title = 未找到作品
no-results-text = 典藏中暂无与此搜索相符的内容。
try-heading = 您可以尝试
try-remove-filter = 移除一个筛选条件：
try-spelling = 检查拼写，或使用更少、更宽泛的词语。
try-search-all = 不加筛选条件搜索“{ $q }”
try-scripts = 换用其他文字或名称的其他写法：
try-browse = 浏览全部作品
remove-bad-parameter = 去掉“{ $param }”后搜索
view-on-timeline = 在时间轴上查看这些作品

## 时间轴。

timeline-title = 时间轴
timeline-lead = 按世纪和原产地区呈现典藏。点击柱条即可查看相应作品。
timeline-chart = 按世纪和原产地区统计的作品
timeline-scroll = 图表，可左右滚动
timeline-legend = 地区
timeline-bar = { $century }，{ $region }：{ $count } 件
timeline-table = 以表格显示数据
timeline-gap = { $from }至{ $to }之间没有作品
timeline-century = 世纪
timeline-total = 合计
timeline-empty-title = 没有可置于时间轴上的作品
timeline-empty-text = 没有符合此搜索且标有年代的作品。
timeline-filtered = 显示符合以下条件的作品：
timeline-as-list = 以列表查看这些作品
timeline-scale-note = 作品按其可能的最早年代归入相应世纪。
# The centuries: $n is the century's number (19 for 1800–1899, 3 for
# 300–201 BCE); $roman is the same in Roman numerals (XIX), for the languages
# that write centuries so. The short forms label the timeline's axis.
century-ce = { $n } 世纪
century-bce = 公元前 { $n } 世纪
century-short-ce = { $n } 世纪
century-short-bce = 公元前 { $n } 世纪

## 艺术品。

related-works = 相关作品

## 登录与退出。

sign-in = 登录
signing-in = 正在登录…
sign-out = 退出登录
signed-in-as = 当前登录账户
nav-partner = 博物馆工作台
sign-in-title = 登录
sign-in-lead = 供成员博物馆编辑和本网络秘书处使用。普通观众无需账户即可浏览典藏。
sign-in-first-title = 请先登录
sign-in-first-text = 此页面供成员博物馆编辑使用。请登录后继续。
already-signed-in = 您已以 { $name } 的身份登录。
login-invalid-title = 电子邮箱或密码不正确
login-invalid-text = 请检查后重试。如果忘记密码，可以重新设置。
too-many-title = 尝试次数过多
too-many-text = 为保护账户安全，登录已暂停。请等待 { $minutes } 分钟后重试，或通过“忘记密码？”设置新密码。
forgot-password = 忘记密码？
back-to-sign-in = 返回登录

## 表单。

required-mark = （必填）
required-note = 标有（必填）的字段须填写。
problem-prefix = 问题：
cancel = 取消
saving = 正在保存…
sending = 正在发送…
creating = 正在创建…
field-email = 电子邮箱
field-password = 密码
field-name = 姓名
field-role = 角色
field-current-password = 当前密码
field-new-password = 新密码
field-repeat-password = 确认新密码
email-required = 请输入您的电子邮箱。
email-invalid = 请输入有效的电子邮箱，例如 name@museum.org。
password-required = 请输入密码。
password-hint = 至少 12 个字符。将几个互不相关的词组合起来，既安全又好记。
password-too-short = 至少须 { $n } 个字符。
password-too-long = 最多 { $n } 个字符。
passwords-differ = 两次输入的新密码不一致。
too-long-chars = 最多 { $n } 个字符。

## 账户。

account-title = 我的账户
account-who = 个人信息
change-password-title = 修改密码
change-password-button = 修改密码
current-password-wrong = 当前密码不正确。
password-changed = 密码已修改。您在此处保持登录，其他设备或浏览器上的登录均已退出。
forgot-title = 忘记密码？
forgot-lead = 请输入您账户的电子邮箱，我们将向您发送设置新密码的链接。
send-reset-link = 发送链接
reset-sent = 如果 { $email } 对应某个账户，一封含有设置新密码链接的邮件正在发送中。链接有效期为一小时。如未收到，请检查垃圾邮件文件夹。
set-password-title = 设置密码
set-password-lead = 请设置您的登录密码。
set-password-button = 设置密码
password-set-title = 密码已设置
password-set-text = 请使用您的电子邮箱和新密码登录。
reset-token-invalid-title = 此链接已失效
reset-token-invalid-text = 该链接已被使用或已过期（重置链接有效期为一小时，邀请链接为七天）。请在下方重新申请链接。

## 合作伙伴页面。

partner-title = 博物馆工作台
partner-nav-label = 博物馆工作台
partner-nav-dashboard = 作品
partner-nav-new-work = 新建作品
partner-nav-import = 导入
partner-nav-clients = API 客户端
editors-only-text = 博物馆工作台供成员博物馆的编辑使用，他们在此整理本馆作品并提名入选典藏。您的账户没有任何博物馆的编辑权限。
admin-console-hint = 秘书处使用专门的管理后台：
your-museum = 本馆
view-public-profile = 查看公开页面
quota-used = 已使用 { $used } 个珍品名额（共 { $quota } 个）
quota-note = 已发布或审核中的作品计入本馆名额。
quota-full-note = 名额已用完：须先撤下一件作品，才能提名新的作品。
partner-works = 本馆作品
new-work = 添加作品
import-works = 从文件导入
filter-by-status = 按状态显示作品
all-statuses = 全部
no-partner-works-title = 暂无作品
no-partner-works-text = 添加本馆的第一件作品，或从文件批量导入。
no-works-in-status-title = 此状态下暂无作品
no-works-in-status-text = 请在上方选择其他状态，查看其余作品。
col-title = 名称
col-status = 状态
col-changed = 最后修改
col-actions = 操作
nominate = 提名
nominate-named = 提名《{ $title }》
nominate-hint = 提名后，作品将提交秘书处审核；提名须附英文入选理由。
withdraw = 撤下
withdraw-named = 撤下《{ $title }》
withdraw-question = 确定撤下《{ $title }》吗？
withdraw-published-question = 确定撤下《{ $title }》吗？该作品将不再在公开典藏中展示。
withdraw-confirm = 确定撤下
view-public = 在典藏中查看
work-nominated = 《{ $title }》已提名，等待秘书处审核。
work-withdrawn = 《{ $title }》已撤下。
quota-exceeded-title = 本馆名额已用完
quota-exceeded-text = 《{ $title }》未能提名：本馆已发布或审核中的作品数量已达名额上限。请先撤下一件作品。
invalid-transition-title = 目前无法进行此操作
invalid-transition-text = 《{ $title }》在当前状态下无法进行此操作，可能已有他人同时作了修改。列表已更新。
not-ready-title = 此作品尚不能提名
not-ready-text = 《{ $title }》还需补充以下内容才能提名：
edit-this-work = 编辑作品

## 作品表单。

new-work-title = 添加作品
new-work-lead = 作品将保存为草稿。在您提名且秘书处发布之前，本馆以外的人员均无法看到。
edit-work-title = 编辑《{ $title }》
edit-work-eyebrow = 编辑作品
partner-work-not-found-text = 本馆没有使用此地址的作品。
group-identity = 名称与标识
group-making = 作者与来源
group-date = 年代
group-material = 材质与尺寸
group-rights = 权利与来源说明
field-title = 英文名称
field-title-original = 原文名称
field-original-language = 原文语言
original-language-hint = 语言标签，如 ja、ko、th 或 zh-Hant；填写原文内容时必填。
inventory-hint = 本馆的藏品编号；导入时依此匹配作品。
field-slug = 网址名
slug-hint = 选填：以连字符连接的小写英文单词，例如 great-wave。留空则根据名称自动生成。
slug-fixed = 作品的网址一经设定便不可更改。
field-maker-names = 作者
makers-hint = 每行一个姓名，按顺序填写。通过 API 或导入提交的角色、生卒年和原文姓名均会保留。
choose-object-type = 选择类别
object-type-required = 请选择作品类别。
no-country = 未注明
period-hint = 时期或朝代，例如江户时代。
date-text-hint = 按显示格式填写，例如约 1831 年。
field-year-begin = 最早年份
field-year-end = 最晚年份
year-invalid = 请输入完整年份，例如 1831 或 -206。
materials-hint = 以分号分隔，例如：绢本设色；金箔（未使用分号时以逗号分隔）。
field-statement = 入选理由（英文）
field-statement-original = 入选理由（原文）
statement-hint = 由本馆阐述此作品为何堪称珍品。提名时必填。
field-description = 英文简介
field-description-original = 原文简介
choose-rights = 选择权利声明
rights-hint = 他人可如何再利用此记录及其图像：知识共享（Creative Commons）许可协议或 rightsstatements.org 权利声明。
save-changes = 保存修改
create-draft = 保存为草稿
back-to-dashboard = 返回工作台
unsaved-changes = 您有未保存的修改。
work-saved = 修改已保存。
work-created = 作品已保存为草稿。
save-before-moving = 请先保存修改：提名或撤下操作针对的是已保存的作品。
stale-title = 此作品已被他人修改
stale-text = 您打开此作品后，它已被修改（由同事或导入操作），因此您的修改未能保存。请重新加载以查看最新版本；重新加载前，请先复制您想保留的输入内容。
reload-work = 重新加载作品

## 导入。

import-title = 导入作品
import-lead = 通过 CSV、JSON 或 NDJSON 文件批量添加或更新作品。每条记录按藏品编号匹配：新编号将创建为草稿，已有编号则更新对应作品。
import-step1 = 1. 选择文件
import-step2 = 2. 预览导入结果
import-step3 = 3. 导入
field-file = 文件
file-hint = 带标题行的 CSV、由记录组成的 JSON 数组，或 NDJSON（每行一条记录）；UTF-8 编码。
file-chosen = 已选择：{ $name }（{ $size }）
file-required = 请选择要导入的文件。
field-format = 格式
format-from-name = 根据文件名判断
format-unknown = 无法根据文件名判断格式，请手动选择。
field-mapping = 列名
mapping-hint = 仅在您的列名与字段名不同时填写：以逗号分隔的“字段:列”对，例如 inventory_number:accession_number,makers:artist。
mapping-not-pair = “{ $pair }”不符合“字段:列”的格式。
mapping-unknown-field = “{ $field }”不是作品的字段。
mapping-empty-column = “{ $field }”的冒号后须填写列名。
ignore-unknown = 跳过不属于作品字段的列
ignore-unknown-hint = 否则，含有此类列的记录将导入失败，以免拼错的列被悄然忽略。
dry-run-button = 检查文件（试运行）
checking = 正在检查…
dry-run-note = 试运行会读取每条记录，但不作任何更改。
dry-run-outdated = 检查后文件或选项已更改：导入前请重新检查文件。
some-will-fail = { $n } 条记录有问题，将不会导入。请在文件中更正后重新检查，或先导入其余记录。
file-unreadable = 文件未能完整读取；只有出错位置之前的记录会被导入。
real-import-note = 导入将创建和更新上述统计的作品。新作品为草稿。
import-for-real = 正式导入
importing = 正在导入…
import-done = 导入完成
import-stopped-title = 文件未能完整读取
rows-read = 已读取记录
would-create = 将创建
would-update = 将更新
created = 已创建
updated = 已更新
unchanged = 未更改
failed = 失败
no-failed-rows = 所有记录均可导入。
failed-rows-caption = 有问题的记录，每行一个问题
col-row = 记录
col-line = 行
col-field = 字段
col-code = 问题
col-message = 更正方法
load-more-rows = 显示更多记录
past-imports = 导入记录
no-imports-title = 暂无导入记录
no-imports-text = 进行导入或试运行后，将在此列出。
col-when = 时间
col-kind = 类型
dry-run = 试运行
real-import = 导入
show-problems = 查看问题
problems-of-import = 导入 { $id } 的问题

## API 客户端。

clients-title = API 客户端
clients-lead = API 客户端可让贵馆的藏品管理系统通过合作伙伴 API 保持本馆记录的更新，无需使用个人密码。请为每个系统单独创建一个客户端。
new-client-title = 创建客户端
field-client-name = 名称
client-name-hint = 便于识别，例如：藏品管理系统。
client-name-required = 请为客户端命名。
create-client = 创建客户端
client-created = “{ $name }”已创建
secret-once-title = 请立即复制密钥：它仅显示这一次
secret-once-text = 请将其保存在藏品管理系统存放密码的地方。任何持有该密钥的人都能修改本馆作品。如密钥丢失或泄露，请吊销此客户端并另建一个。
client-id = 客户端 ID
client-secret = 客户端密钥
copy-hint = 选中密钥后复制，或使用按钮复制。
copy-secret = 复制
copied = 已复制到剪贴板。
copy-failed = 此处无法自动复制：请选中密钥后手动复制。
token-how-to = 您的系统可在 POST /api/v1/oauth/token 处用客户端 ID 和密钥换取访问令牌（OAuth 2.0 客户端凭据模式）；详见 API 参考文档。
clients-list-title = 本馆的客户端
no-clients-title = 暂无 API 客户端
no-clients-text = 当您的藏品管理系统准备好使用合作伙伴 API 时，即可创建客户端。
col-created = 创建时间
col-last-used = 最近使用
never-used = 从未使用
active = 有效
revoked = 已吊销
revoke = 吊销
revoke-named = 吊销“{ $name }”
revoke-question = 确定吊销“{ $name }”吗？吊销后将立即失效。
revoke-confirm = 确定吊销
client-revoked = “{ $name }”已吊销：其令牌已失效。
withdraw-reason-required = 请选择撤下作品的原因。
withdraw-reason = 原因
choose-withdraw-reason = 选择原因
withdraw-note = 说明
withdraw-note-hint = 将与原因一同展示给通过旧链接访问的观众。选择“其他原因”时必填。
withdrawn-by-museum-on = 博物馆已于 { $date } 撤下：{ $reason }
withdrawn-by-secretariat-on = 秘书处已于 { $date } 撤下：{ $reason }
decision-published = 秘书处已发布此作品
decision-changes-requested = 秘书处要求修改
decision-rejected = 秘书处未采纳此作品
decision-changes-next = 请按要求修改并保存，然后重新提名此作品。
decision-rejected-next = 此作品仍保留在本馆列表中，但不能再次提名。
secretariat-comment = 秘书处意见
nominated-on = 最近提名
first-published-on = 首次发布
notifications-title = 秘书处消息
no-notifications-title = 暂无消息
no-notifications-text = 秘书处发布作品、要求修改或撤下作品时，消息将显示在此处，并通过电子邮件发送给本馆编辑。
notice-published = 已发布
notice-changes-requested = 要求修改
notice-rejected = 未采纳
notice-withdrawn = 已被秘书处撤下
withdrawn-work-title = 此作品已撤下
withdrawn-work-text = 此作品曾属于典藏，现已不再展示。其所属博物馆或本网络秘书处给出的原因如下。
withdrawn-on = 撤下日期
withdrawn-by-label = 撤下方
withdrawn-by-museum = 所属博物馆
withdrawn-by-secretariat = 本网络秘书处
nav-admin = 秘书处后台
admin-title = 秘书处后台
admin-eyebrow = 秘书处
admins-only-title = 仅限秘书处使用
admins-only-text = 本网络秘书处在此后台审核作品、答复成员申请并管理账户。您的账户不是管理员账户。
sign-in-first-admin-text = 此页面供本网络秘书处使用。请登录后继续。
admin-nav-label = 秘书处后台
admin-nav-dashboard = 概览
admin-nav-reviews = 审核队列
admin-nav-applications = 入会申请
admin-nav-featured = 每日珍品
admin-nav-users = 用户
admin-nav-audit = 审计日志
admin-nav-emails = 邮件
admin-open = 查看
admin-waiting = 待秘书处处理
works-in-review = 审核中的作品
applications-waiting = 待答复的申请
applications-with-applicant = 待申请方回复的申请
oldest-in-review = 队列中最早的提名提交于
members-by-country = 各国成员及已发布作品
no-members-title = 暂无成员博物馆
no-members-text = 申请获批后，博物馆将添加到此处。
col-members = 成员博物馆
col-published = 已发布作品
recent-activity = 最近动态
whole-audit-log = 完整审计日志
no-activity-title = 暂无动态
no-activity-text = 作品、账户和申请的变更将实时列在此处。
activity-line = { $actor }：对{ $entity }“{ $key }”执行 { $action }
review-queue-lead = 各博物馆提名的作品，按提名时间先后排列。每项检查均须通过，作品方可发布。
review-decided = 《{ $title }》当前状态：{ $status }。
queue-empty-title = 暂无待审核作品
queue-empty-text = 目前没有等待审核的作品。各博物馆的提名将显示在此处。
check-passed = 通过
check-failed = 未通过
queue-total = { $n } 件审核中
col-nominated = 提名时间
col-checks = 检查项
review-work-title = 审核作品
review-not-found-text = 任何博物馆都没有使用此地址的作品。
back-to-queue = 返回审核队列
work-withdrawn-by-secretariat = 此作品已从典藏中撤下，并已告知所属博物馆编辑撤下原因。
review-stale-title = 博物馆在此期间修改了此作品
review-stale-text = 本次未作任何决定。请重新阅读此作品，审核修改之处。
review-decide-title = 审核决定
review-comment-label = 给博物馆的意见
review-comment-hint = 要求修改或拒绝时必填；发布时可选。博物馆编辑可以看到该意见，并会收到电子邮件。
publish = 发布
request-changes = 要求修改
reject-work = 拒绝
publish-blocked = 目前无法发布此作品：所属博物馆的名额已用完。请要求修改，或等待该馆撤下一件作品。
review-actions-hint = 要求修改会将作品退回所属博物馆；拒绝则永久关闭该作品的审核。
admin-withdraw-hint = 将作品从公开典藏中撤下。通过旧链接访问的观众会看到撤下原因。
review-record = 记录
no-statement = 尚无入选理由。
version-n = 第 { $n } 版
review-quota-title = 博物馆名额已用完
review-checks-fail-title = 有检查项未通过
apply-to-join = 申请加入
join-question = 贵馆位于亚欧会议成员国，且尚未加入本网络？
apply-title = 申请加入本网络
apply-lead = 亚欧会议（ASEM）成员国的博物馆均可加入亚欧博物馆网络，并为典藏贡献珍品。请介绍贵馆情况，并提交已签署的申请表。
apply-museum-name = 博物馆英文名称
apply-museum-name-local = 博物馆本国语言名称
apply-museum-name-local-hint = 若与英文名称不同，请使用其本国文字填写。
apply-museum-name-local-lang = 该名称的语言
apply-country-hint = 仅限亚欧会议成员国的博物馆申请加入。
apply-country-required = 请选择博物馆所在国家。
choose-country = 选择国家
apply-city = 城市
apply-website = 网站
apply-website-hint = 网址，以 https:// 开头
apply-founding-year = 建馆年份
apply-kind = 博物馆类型
choose-museum-kind = 选择类型
apply-kind-required = 请选择博物馆类型。
apply-collections = 亚洲或欧洲藏品
apply-collections-hint = 用几段文字介绍贵馆愿与本网络共享的藏品。
apply-group-museum = 博物馆信息
apply-group-contact = 联系人
apply-contact-hint = 申请获批后，将邀请此人担任贵馆的首位编辑。
apply-contact-name = 姓名
apply-contact-title = 头衔或职务
apply-contact-email = 电子邮箱
apply-group-commitment = 承诺及签署的申请表
apply-icom = 本馆认可国际博物馆协会（ICOM）《博物馆职业道德准则》
apply-icom-link = 阅读国际博物馆协会（ICOM）《博物馆职业道德准则》（在新标签页中打开）
apply-document = 已签署的申请表（PDF）
apply-document-hint = 经博物馆馆长签署的申请表，PDF 格式，不超过 { $max }。
apply-document-required = 请选择已签署的申请表（PDF 文件）。
apply-document-not-pdf = 已签署的申请表须为 PDF 文件。
apply-document-too-large = 文件过大：不得超过 { $max }。
apply-honeypot = 此处请留空
apply-submit = 提交申请
apply-form-data-failed = 表单无法准备发送。请刷新页面后重试。
apply-conflict-title = 该博物馆目前无法申请
apply-too-many = 从此处提交的申请过多。请等待 { $minutes } 分钟后重试。
apply-done-title = 您的申请已提交
apply-reference = 申请编号：
apply-done-text = 秘书处将审阅您的申请，并致函 { $email }。您可以通过专属链接跟进申请进度，并回复秘书处的问题。
apply-follow = 跟进您的申请
apply-keep-link = 请妥善保存此专属链接，我们也已通过电子邮件发送给您：
application-status-title = 入会申请
application-not-found-title = 未找到申请
application-not-found-text = 此链接未指向任何申请。请确认已从邮件中完整复制链接。
admin-application-not-found-text = 没有使用此编号的申请。
application-where-it-stands = 状态：
application-submitted-text = 秘书处已收到您的申请，将尽快审阅。
application-info-requested-text = 秘书处需要更多信息：请阅读下方消息并回复。
application-approved-text = 欢迎加入本网络！您的联系人已受邀以博物馆编辑身份登录。
application-rejected-text = 秘书处未接受此申请，原因如下。
application-submitted-on = 提交日期
see-museum-page = 查看{ $museum }的页面
conversation = 消息
no-messages = 暂无消息。
application-closed-note = 此申请已有决定，无法再在此处回复。
answer-sent = 您的回复已发送给秘书处。
your-answer = 您给秘书处的回复
your-answer-hint = 秘书处将结合您的申请阅读回复。
send-answer = 发送回复
applications-lead = 申请加入的博物馆，按申请时间先后排列。
no-applications-title = 暂无申请
no-applications-text = 没有处于此状态的申请。请在上方选择其他状态。
load-more = 加载更多
application-title = 入会申请
download-failed = 文件无法保存。
yes = 是
no = 否
back-to-applications = 返回申请列表
application-now-is = 申请当前状态：{ $status }。
application-fields = 博物馆提交的信息
downloading = 正在下载…
download-pdf = 下载已签署的申请表（PDF）
message-to-applicant = 给申请方的消息
message-to-applicant-hint = 要求补充信息或拒绝时必填；批准时可选。申请方会收到电子邮件，并可在其状态页面查看。
reopen-message-hint = 选填：重新开启申请的原因。
request-info = 要求补充信息
approve = 批准
reject-application = 拒绝
reopen = 重新开启
approve-hint = 批准后，该博物馆即成为成员，其联系人将受邀担任首位编辑。
featured-lead = 每天推出一件每日珍品，由各博物馆公平轮流入选。遇周年纪念或展览开幕等场合，可将某件作品固定到特定日期。
pinned-day = 《{ $title }》为 { $date } 的每日珍品。
unpinned-day = { $date } 已重新归入轮换。
featured-schedule = 日程安排
no-featured-title = 尚未安排任何日期
no-featured-text = 作品发布后，每天的每日珍品将显示在此处。
col-day = 日期
col-work = 作品
col-chosen-by = 选定方式
col-note = 说明
unpin-named = 取消固定 { $date }
unpin = 取消固定
today = 今天
pinned = 由秘书处固定
rotation = 轮换
pin-date-required = 请选择日期。
pin-date-past = 请选择今天或以后的日期。
pin-work-required = 请填写已发布作品的网址名（slug），或在下方查找作品。
pin-title = 将作品固定到某一天
pin-date-hint = 今天或以后；日期以 UTC 时间计算。
pin-work = 作品（网址名）
pin-work-hint = 作品网址的最后一部分，例如 /artworks/great-wave 中的 great-wave。作品须已发布。
pin-find = 按名称查找作品
pin-find-hint = 请至少输入两个字符，然后选择作品以填入其网址名。
pin-find-results = 找到的作品
pin-note-hint = 选择这一天的原因，供秘书处内部记录。
pin-submit = 固定
users-lead = 秘书处及各博物馆编辑的账户。
users-list-title = 账户
no-users-title = 暂无账户
no-users-text = 请在上方邀请博物馆的首位编辑。
choose-museum = 选择博物馆
name-required = 请填写姓名。
editor-needs-museum = 编辑须隶属于一家博物馆：请选择。
invite-title = 邀请用户
invited = 邀请函正在发送至 { $email }。
editor-museum-hint = 该编辑负责整理其作品的博物馆。
send-invitation = 发送邀请
user-disabled = 已停用
user-invited = 已邀请
change-role-named = 更改 { $name } 的角色
change-role = 更改角色
enable-named = 启用 { $name }
disable-named = 停用 { $name }
enable-user = 启用
disable-user = 停用
audit-lead = 谁在何时修改了什么，按时间由近及远排列。筛选结果有独立的网址，方便分享。
audit-actor = 操作者
audit-actor-hint = 账户的电子邮箱或客户端 ID。
audit-museum-hint = 博物馆的网址名。
audit-entity = 记录类型
audit-entity-hint = 例如 artwork、user、application
audit-record-name = 记录
audit-key-hint = 例如作品的网址名
audit-action = 操作
audit-action-hint = 例如 artwork.publish
audit-since = 起始时间
audit-since-hint = 某一时刻，例如 2025-03-01T00:00:00Z
no-audit-title = 暂无记录
no-audit-text = 没有符合这些筛选条件的条目。
audit-record = 记录
audit-change = 变更
audit-show-change = 变更前后
audit-before = 变更前
audit-after = 变更后
emails-lead = 平台发出的邮件，按时间由近及远排列，并显示是否已发送。
no-emails-title = 暂无邮件
no-emails-text = 邀请函、密码重置邮件及发给博物馆的通知将显示在此处。
email-sent = 已发送
email-failed = 未送达
email-pending = 等待发送
email-to = 收件人
email-body = 查看邮件内容
publish-checks-fail = 部分检查项未通过（上方标有 ✗）。仅当记录确实适合收入典藏时方可发布；否则请要求修改，并说明缺少哪些内容。
admin-nav-museums = 博物馆
admin-nav-settings = 网络设置
admin-museums-lead = 本网络的所有博物馆，包括其成员资格及作品所占名额。打开某家博物馆即可更改其成员资格、名额或简介。
filter-by-membership = 按成员资格显示博物馆
no-museums-in-status-title = 暂无博物馆
no-museums-in-status-text = 没有处于此成员状态的博物馆。
col-quota = 名额
places-used = 已用 { $used } 个（共 { $quota } 个）
admin-museum-title = 博物馆
admin-museum-not-found-text = 本网络没有使用此地址的博物馆。
back-to-museums = 返回博物馆列表
works-by-status = 各状态作品
admin-quota-note = 已发布或审核中的作品计入名额。若将名额设为低于当前数量，不会撤下任何作品，只会暂停新的提名，直至数量低于名额。
museum-stale-title = 此博物馆已被他人修改
museum-stale-text = 您打开此页面后，该博物馆信息已被修改（由其编辑或秘书处其他成员），因此未作任何保存。请重新加载以查看最新版本；重新加载前，请先复制您想保留的输入内容。
reload-museum = 重新加载博物馆信息
membership-status-label = 成员状态
quota-label = 名额
quota-hint = 可同时处于已发布或审核中状态的作品数量上限。
quota-invalid = 请输入 0 到 { $max } 之间的整数。
membership-reason = 原因
reason-required-hint = 暂停或终止成员资格时必填：该馆编辑将通过电子邮件收到。
reason-optional-hint = 选填。恢复成员资格时，该馆编辑将通过电子邮件收到。
save-membership = 保存成员资格
membership-saved = 已保存：{ $status }，名额为 { $quota }。
membership-emailed = 已通过电子邮件通知该馆编辑。
suspension-title = 暂停成员资格的影响
suspension-text = 博物馆在暂停期间或不再是成员时，其作品均不能提名或发布，也不会入选每日珍品。其已发布的作品仍保持发布状态，编辑也保留各自的账户。恢复成员资格后，上述限制即刻解除。
museum-profile = 简介
profile-saved = 博物馆简介已保存。
save-profile = 保存简介
field-latitude = 纬度
field-longitude = 经度
latitude-hint = 以十进制度数表示，范围为 -90 至 90，例如 37.5240。
longitude-hint = 以十进制度数表示，范围为 -180 至 180，例如 126.9803。
coordinate-invalid = 请输入以十进制度数表示的数字，例如 37.524。
museum-description = 英文简介
museum-description-hint = 用几句话介绍博物馆，将显示在其公开页面上。
group-museum-name = 名称
group-museum-place = 所在地与网站
group-museum-about = 博物馆简介
settings-lead = 本网络的运行设置：新成员的默认名额、可申请加入的国家，以及搜索时视为等同的词语。
default-quota-title = 默认名额
default-quota-label = 新成员名额
default-quota-hint = 博物馆申请获批时分配的名额。现有成员保留各自的名额：如需更改，请前往该馆页面。
default-quota-saved = 已保存：此后获批的博物馆将获得 { $n } 个名额。
save-default-quota = 保存默认名额
countries-title = 国家
countries-lead = 仅亚欧会议成员国的博物馆可以申请。勾选或取消勾选后即自动保存；某国不再是成员国时，该国的博物馆和作品保持不变。
country-code = 代码
country-region = 地区
col-works-from = 来自该国的作品
asem-member-of = { $country }是亚欧会议成员国
country-now-member = { $country }现已标记为亚欧会议成员国。
country-no-longer-member = { $country }已不再标记为亚欧会议成员国。
country-added = { $country }（{ $code }）已添加到列表。
country-changed = { $country }（{ $code }）已修改。
add-country-title = 添加国家
add-country-hint = 如需重命名已列出的国家或将其移至其他地区，请填写其代码：具有该代码的国家将被修改。
country-code-hint = ISO 3166-1 两位字母代码，例如 KR。
country-code-invalid = 请输入两个字母，例如 KR。
country-name-hint = 英文简称，例如 Republic of Korea。
asem-member-hint = 仅亚欧会议成员国的博物馆可以申请。
save-country = 保存国家
terms-title = 等同搜索词
terms-lead = 搜索时视为等同的名称和词语组，涵盖不同文字和拼写：搜索其中任何一个，都能找到提及组内任一词语的作品。
terms-reindex-hint = 更改需在搜索索引重建后生效；每次更改后，系统会很快在后台自动重建索引。
terms-filter-label = 按词语或备注查找词组
terms-shown-all = 显示 { $shown } 组，共 { $total } 组
terms-shown-matching = { $total } 组符合条件，显示 { $shown } 组
no-terms-title = 没有符合条件的词组
no-terms-text = 没有包含类似词语或备注的词组。请在上方添加。
show-more-groups = 再显示 { $n } 组
terms-label = 词语
terms-hint = 每行一个词语，至少两个，可使用任何文字，例如 Hokusai 和 葛飾北斎。每个词语只能属于一个词组。
terms-note = 备注
terms-note-hint = 说明该词组指代什么，供秘书处参考，例如：日本版画家。
add-terms-title = 添加词组
add-terms-button = 添加词组
terms-added = 词组已添加：{ $terms }。
terms-saved = 词组已保存：{ $terms }。
terms-deleted = 词组已删除：{ $terms }。
edit-terms = 编辑
edit-terms-named = 编辑词组 { $terms }
delete-terms = 删除
delete-terms-named = 删除词组 { $terms }
delete-terms-question = 确定删除词组 { $terms } 吗？搜索将不再把这些词语视为等同。
delete-terms-confirm = 确定删除

## 作品页面上的图像与深度缩放查看器。

images-of-work = 作品图像
image-n-of-m = 第 { $n } 张，共 { $total } 张
image-rights-label = 图像权利
manifest-link = IIIF 清单
manifest-hint = 可在任何 IIIF 查看器（如 Mirador 或 Universal Viewer）中打开此作品的图像：将此链接提供给查看器即可。
zoom-open = 放大查看
zoom-dialog-label = 可缩放图像：{ $title }
zoom-role-description = 可缩放图像
zoom-hint = 拖动以移动 · 滚动或双指缩放
zoom-instructions = 拖动图像或使用方向键移动视图。滚动鼠标、双指捏合，或按加号和减号键进行缩放；双击可放大。按 0 键恢复显示完整图像，按 Esc 键关闭。
zoom-level = 缩放 { $percent }%
zoom-in = 放大
zoom-out = 缩小
zoom-reset = 重置视图
zoom-fullscreen = 全屏
zoom-close = 关闭
zoom-loading = 正在加载可缩放图像…
zoom-failed = 无法加载可缩放图像。
zoom-failed-hint = 作品页面上仍会显示该图像。请重试，或关闭查看器。

## 作品在合作伙伴页面上的图像。

images-title = 图像
images-lead = 主图用于在列表和作品页面中展示作品；其余图像按此顺序排列。图像处理完成后，观众即可看到。
images-count = { $n } 张图像（上限 { $max } 张）
no-images-title = 暂无图像
no-images-text = 请在下方添加此作品的第一张图像：有图像的作品更容易受到关注。
image-label = 图像 { $n }
image-primary = 主图
image-state-fetching = 正在从链接获取…
image-state-processing = 正在处理…
image-state-ready = 已就绪
image-state-failed = 失败：{ $error }
image-failed-unknown = 无法读取图像
image-pixels = { $width } × { $height } 像素
image-file = 原始文件
image-source-url = 获取来源
rights-from-work = （沿用作品设置）
image-edit = 编辑说明
image-edit-named = 编辑图像 { $n } 的说明
image-make-primary = 设为主图
image-make-primary-named = 设为主图：图像 { $n }
image-move-up = 上移
image-move-up-named = 上移：图像 { $n }
image-move-down = 下移
image-move-down-named = 下移：图像 { $n }
image-delete = 删除
image-delete-named = 删除图像 { $n }
image-delete-question = 确定删除图像 { $n } 吗？此操作无法撤销。
image-delete-confirm = 确定删除
image-deleted = 图像已删除。
image-saved = 图像 { $n } 的说明已保存。
image-made-primary = 图像 { $n } 现为主图。
image-moved = 该图像现为图像 { $n }。
save-image = 保存说明
add-image-title = 添加图像
image-source-legend = 图像来源
image-source-file = 上传文件
image-source-link = 提供链接
field-image-file = 图像文件
image-file-hint = JPEG、PNG、WebP 或 TIFF 文件，请尽量使用最大尺寸的原图：观众可以放大查看每个细节。
field-image-url = 图像链接
image-url-hint = 贵馆服务器上 JPEG、PNG、WebP 或 TIFF 文件的 http 或 https 地址；图像将从该地址获取一次。
field-alt = 替代文本
alt-hint = 用一两句话为无法看到图像的人描述图像内容：展示的是作品的哪一面（正面、背面或局部），以及其中的要点，如色彩、人物或题款。无需以“……的图像”开头，也无需重复作品名称。
field-image-caption = 图注
caption-hint = 显示在图像下方，例如“落款局部”。
field-image-credit = 摄影来源
image-credit-hint = 照片的拍摄者，例如“摄影 © 韩国国立中央博物馆”。
field-image-rights = 图像权利
image-rights-hint = 照片的权利声明（如与作品记录不同）。
rights-same-as-work = 与作品相同（{ $rights }）
field-image-position = 位置
image-primary-check = 设为主图
image-primary-hint = 主图用于在列表中展示作品。作品的第一张图像默认即为主图。
add-image-button = 添加图像
uploading = 正在上传…
image-file-required = 请选择图像文件。
image-file-type = 请选择 JPEG、PNG、WebP 或 TIFF 图像。
image-url-required = 请提供图像链接。
image-url-invalid = 请提供以 http:// 或 https:// 开头的地址。
image-too-large = 此文件过大，服务器无法接收。
image-unsupported = 服务器无法读取此类文件：请选择 JPEG、PNG、WebP 或 TIFF 图像。
image-limit-title = 此作品的图像数量已达上限
image-limit-text = 每件作品最多可有 { $max } 张图像。请删除一张后再添加。
image-uploaded = 图像已上传，正在处理中，就绪后将显示在此处。
image-linked = 图像已添加。服务器正在从链接获取图像，就绪后将显示在此处。

## 固定列表：作品状态

work-status-draft = 草稿
work-status-in-review = 审核中
work-status-changes-requested = 要求修改
work-status-published = 已发布
work-status-rejected = 未采纳
work-status-withdrawn = 已撤下

## 固定列表：撤下原因

withdrawal-reason-end-of-loan = 借展结束
withdrawal-reason-restitution = 文物返还
withdrawal-reason-deaccession = 藏品注销
withdrawal-reason-error = 误发布
withdrawal-reason-other = 其他原因

## 固定列表：审核检查项

review-check-english-fields = 英文必填字段
review-check-statement = 入选理由
review-check-image = 带替代文本的图像
review-check-quota = 未超出博物馆名额

## 固定列表：博物馆类型

museum-kind-art = 美术馆
museum-kind-history = 历史博物馆
museum-kind-ethnography = 民族学博物馆
museum-kind-archaeology = 考古博物馆
museum-kind-decorative-arts = 工艺美术博物馆
museum-kind-university = 高校博物馆
museum-kind-general = 综合性博物馆
museum-kind-other = 其他类型博物馆

## 固定列表：申请状态

application-status-submitted = 待秘书处处理
application-status-info-requested = 待补充信息
application-status-approved = 已批准
application-status-rejected = 未接受

## 固定列表：消息发送方

message-author-applicant = 申请方
message-author-secretariat = 秘书处

## 固定列表：角色

role-admin = 秘书处（管理员）
role-editor = 博物馆编辑

## 固定列表：导入状态

import-status-queued = 等待中
import-status-running = 进行中
import-status-done = 已完成
import-status-failed = 已中止

## 固定列表：字段问题

field-problem-required = 此项为必填项。
field-problem-too-long = 内容过长。
field-problem-invalid = 格式不符合要求。
field-problem-unknown-value = 不是允许的取值。
field-problem-out-of-range = 超出允许范围。
field-problem-duplicate = 已被占用。
field-problem-unknown-field = 不是作品的字段。

## 固定列表：筛选维度

facet-country = 原产国
facet-museum = 博物馆
facet-museum-country = 博物馆所在国
facet-region = 原产地区
facet-object-type = 类别
facet-material = 材质
facet-period = 时期
facet-has-image = 有无图像
facet-reusable = 再利用许可
with-an-image = 有图像
without-an-image = 无图像
free-to-reuse = 可自由再利用
reuse-restricted = 再利用受限

## 固定列表：排序

sort-relevance = 最相关
sort-oldest = 年代由远及近
sort-newest = 年代由近及远
sort-title = 名称（A–Z）
sort-recent = 最近添加

## 固定列表：建议类型

suggestion-kind-title = 作品
suggestion-kind-maker = 作者
suggestion-kind-museum = 博物馆
suggestion-kind-period = 时期

## 固定列表：文化区域

cultural-region-east-asia = 东亚
cultural-region-south-asia = 南亚
cultural-region-southeast-asia = 东南亚
cultural-region-central-asia = 中亚
cultural-region-west-asia = 西亚
cultural-region-europe = 欧洲
cultural-region-oceania = 大洋洲

## 固定列表：地区

region-asia = 亚洲
region-europe = 欧洲
region-oceania = 大洋洲

## 固定列表：作者角色

maker-role-artist = 艺术家
maker-role-workshop = 作坊
maker-role-school = 流派
maker-role-calligrapher = 书法家
maker-role-potter = 陶工
maker-role-maker = 制作者
maker-role-attributed-to = 传为其作

## 固定列表：成员资格

membership-applicant = 申请中
membership-active = 正式成员
membership-suspended = 成员资格已暂停
membership-former = 前成员

## 固定列表：成员资格（复数）

membership-plural-applicant = 申请中
membership-plural-active = 正式成员
membership-plural-suspended = 已暂停
membership-plural-former = 前成员

## 固定列表：作品类别

object-type-painting = 绘画
object-type-calligraphy = 书法
object-type-sculpture = 雕塑
object-type-ceramics = 陶瓷
object-type-metalwork = 金属器
object-type-textile = 织绣
object-type-lacquer = 漆器
object-type-print = 版画
object-type-manuscript = 写本
object-type-jewellery = 首饰
object-type-arms-and-armour = 兵器甲胄
object-type-furniture = 家具
object-type-photograph = 摄影
object-type-other = 其他

## 计数（中文无复数形式）

count-works = { $n } 件作品
count-museums = { $n } 家博物馆
count-works-shown = 显示 { $n } 件作品
count-results = 找到 { $n } 件作品
count-suggestions = 共 { $n } 条建议。
count-more-values = 再显示 { $n } 项
count-undated = 有 { $n } 件符合条件的作品未标注年代或地区，因此未显示在时间轴上。
count-problems = 有 { $n } 个问题需要更正

## 语言名称（按 BCP 47 标签）

language-zh-Hant = 中文（繁体）
language-zh-Hans = 中文（简体）
language-ja = 日语
language-ko = 韩语
language-zh = 中文
language-th = 泰语
language-vi = 越南语
language-id = 印度尼西亚语
language-ms = 马来语
language-km = 高棉语
language-lo = 老挝语
language-my = 缅甸语
language-fil = 菲律宾语
language-tl = 菲律宾语
language-hi = 印地语
language-bn = 孟加拉语
language-ur = 乌尔都语
language-mn = 蒙古语
language-kk = 哈萨克语
language-ru = 俄语
language-en = 英语
language-fr = 法语
language-de = 德语
language-nl = 荷兰语
language-it = 意大利语
language-es = 西班牙语
language-pt = 葡萄牙语
language-pl = 波兰语
language-cs = 捷克语
language-el = 希腊语
language-hu = 匈牙利语
language-sv = 瑞典语
language-da = 丹麦语
language-fi = 芬兰语
language-no = 挪威语
language-nb = 挪威语

## 国家名称（按 ISO 3166-1 代码）

country-au = 澳大利亚
country-at = 奥地利
country-be = 比利时
country-bn = 文莱
country-bg = 保加利亚
country-kh = 柬埔寨
country-cn = 中国
country-cy = 塞浦路斯
country-cz = 捷克
country-dk = 丹麦
country-ee = 爱沙尼亚
country-fi = 芬兰
country-fr = 法国
country-de = 德国
country-gr = 希腊
country-hu = 匈牙利
country-in = 印度
country-id = 印度尼西亚
country-ie = 爱尔兰
country-it = 意大利
country-jp = 日本
country-kr = 韩国
country-la = 老挝
country-lv = 拉脱维亚
country-lt = 立陶宛
country-lu = 卢森堡
country-my = 马来西亚
country-mt = 马耳他
country-mn = 蒙古国
country-mm = 缅甸
country-nl = 荷兰
country-nz = 新西兰
country-pk = 巴基斯坦
country-ph = 菲律宾
country-pl = 波兰
country-pt = 葡萄牙
country-ro = 罗马尼亚
country-ru = 俄罗斯
country-sg = 新加坡
country-sk = 斯洛伐克
country-si = 斯洛文尼亚
country-es = 西班牙
country-se = 瑞典
country-th = 泰国
country-gb = 英国
country-vn = 越南
