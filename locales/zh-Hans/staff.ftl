staff-site-name = 伦敦受害者门户网站：工作人员
staff-sign-in-title = 登录
staff-sign-in = 登录
staff-sign-out = 退出登录
staff-email = 电子邮件地址
staff-password = 密码
staff-forgot-link = 忘记密码？
staff-code-title = 输入验证码
staff-code = 验证码
staff-code-hint = 身份验证器应用显示的六位数验证码，或您的任意一个恢复码。
staff-continue = 继续
staff-back-home = 返回工作人员首页
staff-nav-label = 工作人员页面
staff-nav-home = 首页
staff-nav-services = 服务条目
staff-nav-moderation = 待审批的修改
staff-nav-stale = 未确认的条目
staff-nav-organizations = 机构
staff-nav-users = 账户
staff-nav-audit = 审计日志
staff-nav-account = 您的账户

staff-error-title = 出了点问题
staff-error-summary = 出现了问题
staff-error-signed-out = 您的登录已失效。请重新登录。
staff-error-forbidden = 您的账户无权执行此操作。
staff-error-form-expired = 此表单已过期。请返回上一页，刷新页面后再试一次。
staff-error-not-found = 此页面不存在，或您的账户无权查看。
staff-error-bad-form = 无法读取表单。请刷新页面后再试一次。
staff-error-email = 请输入电子邮件地址，例如 name@example.org。
staff-error-credentials = 电子邮件地址或密码不正确。
staff-error-account-locked = 由于失败次数过多，此账户已被锁定 15 分钟。请稍后再试，或重设密码。
staff-error-too-many-attempts = 此网络的失败尝试次数过多。请等待 15 分钟后再试。
staff-error-code = 验证码不正确，或已被使用过。验证码每 30 秒更换一次。
staff-error-password-short = 请设置至少 12 个字符的密码。把几个互不相关的单词组合起来就是不错的密码。
staff-error-password-long = 请设置不超过 256 个字符的密码。
staff-error-password-mismatch = 两次输入的密码不一致。
staff-error-password-like-email = 请设置不包含您电子邮件地址的密码。
staff-error-password-simple = 请设置包含更多不同字符的密码。
staff-error-current-password = 您的当前密码不正确。
staff-error-link-unknown = 此链接无效。请检查您是否复制了完整的链接。
staff-error-link-expired = 此链接已过期或已被使用。请重新申请一个链接。
staff-error-age = 年龄必须是 0 到 120 之间的整数。
staff-error-listing-field = { $field }：{ $problem }
staff-error-no-change = 没有任何修改。请修改某一项，或者改为点击“此条目信息正确”。
staff-error-already-reviewed = 已有其他人批准或拒绝了这项修改。
staff-error-reason = 请填写原因，不超过 2000 个字符：服务提供方会看到该原因。
staff-error-organization-name = 请输入机构名称（不超过 200 个字符）。
staff-error-organization-slug = 简称只能包含小写字母、数字和单个连字符，例如“solace-women”。
staff-error-organization-website = 网站地址必须以 https:// 开头。
staff-error-organization-exists = 已有机构使用这个简称。
staff-error-organization-needed = 请为服务提供方或个案工作者至少选择一个机构。
staff-error-user-exists = 已有账户使用这个电子邮件地址。
staff-error-date = 日期格式为“年-月-日”，例如 2026-11-29。

staff-done-revision-sent = 您的修改已提交。管理员审核后才会发布。
staff-done-confirmed = 谢谢。此条目的最近核实日期已更新为今天。
staff-done-approved = 修改已批准并已发布。
staff-done-rejected = 修改已被拒绝；服务提供方会看到您填写的原因。
staff-done-password-changed = 您的密码已更改。您在其他设备或浏览器上的登录已被退出。
staff-done-language-changed = 您的语言设置已保存。
staff-done-invited = 账户已创建，设置链接已通过电子邮件发出。
staff-done-organization-created = 机构已创建。
staff-done-user-disabled = 该账户已停用并已退出登录。
staff-done-user-enabled = 该账户已重新启用。
staff-done-memberships-changed = 该账户所属的机构已更新。
staff-done-password-reset = 您的密码已更改。请现在用新密码登录。
staff-done-reset-sent = 如果有账户使用该地址，我们已向该地址发送了一个设置新密码的链接。该链接在一小时内有效。

staff-setup-title = 设置您的账户
staff-reset-title = 设置新密码
staff-setup-for = 账户：{ $email }
staff-link-title = 链接无效
staff-new-password = 新密码
staff-new-password-hint = 至少 12 个字符。几个互不相关的单词既容易记住，又很难被猜到。
staff-confirm-password = 再次输入新密码
staff-save-password = 保存密码
staff-enrol-title = 设置身份验证器应用
staff-enrol-intro = 每个工作人员账户在登录时都需要完成第二步验证。请用手机上的身份验证器应用（例如 Microsoft Authenticator、Google Authenticator 或 FreeOTP）扫描此二维码。
staff-enrol-manual = 如果无法扫描，请在应用中手动输入以下密钥：
staff-enrol-code = 应用显示的六位数验证码
staff-enrol-confirm = 确认
staff-recovery-title = 恢复码
staff-recovery-intro = 请把这些恢复码保存在安全的地方，例如密码管理器。如果手机丢失，每个恢复码可以用来登录一次。这些恢复码不会再次显示。
staff-recovery-remaining = { $count ->
   *[other] 您还有 { $count } 个未使用的恢复码。
}
staff-recovery-new = 生成新的恢复码（旧的恢复码将失效）
staff-forgot-title = 重设密码
staff-forgot-intro = 请输入您账户的电子邮件地址。我们会通过电子邮件向您发送一个设置新密码的链接。
staff-forgot-send = 发送链接
staff-mail-reset-subject = 重设您的伦敦受害者门户网站密码
staff-mail-reset-body = 有人申请重设您的伦敦受害者门户网站工作人员账户密码。如需设置新密码，请在一小时内打开此链接：

    { $link }

    如果这不是您本人的操作，请忽略此邮件：您的密码不会改变。
staff-mail-invite-subject = 您的伦敦受害者门户网站工作人员账户
staff-mail-invite-body = 管理员已为您创建了伦敦受害者门户网站工作人员账户。如需设置密码和身份验证器应用，请在 72 小时内打开此链接：

    { $link }

staff-home-title = 工作人员首页
staff-role-admin = 您是管理员。
staff-role-provider = 您负责及时更新本机构的服务条目。
staff-role-caseworker = 您是个案工作者。
staff-member-of = 所属机构：{ $organizations }
staff-home-services = { $count ->
   *[other] { $count } 个服务条目需要您保持更新
}
staff-home-pending = { $count ->
   *[other] { $count } 项修改待审批
}
staff-home-stale = { $count ->
   *[other] { $count } 个条目已有六个月未经确认
}
staff-home-directory = 在服务目录中查找服务
staff-account-title = 您的账户
staff-language = 语言
staff-save = 保存
staff-change-password = 更改密码
staff-current-password = 当前密码

staff-services-title = 您的服务条目
staff-services-none = 您的账户还没有任何服务条目。请联系管理员添加您的机构。
staff-never-confirmed = 服务提供方从未确认
staff-confirmed-on = 最近确认：{ $date }
staff-last-confirmed = 最近确认
staff-revision-pending = 有一项修改正在等待审批。
staff-revision-rejected = 您上次的修改未获批准：{ $reason }
staff-revision-approved = 您上次的修改已于 { $date } 获得批准。
staff-edit = 编辑
staff-confirm-correct = 此条目信息正确
staff-edit-title = 编辑：{ $name }
staff-edit-intro = 请修改任何不正确的内容。每项修改在发布前都会经过管理员审核。
staff-edit-pending = 此表单显示的是您正在等待审批的修改。再次提交将替换这项修改。
staff-listing-about = 服务简介
staff-listing-availability = 服务可用情况
staff-listing-contact = 联系方式
staff-listing-languages = 语言
staff-listing-submit = 提交审批
staff-hint-one-per-line = 每行填写一项。
staff-capacity-unstated = 未说明
staff-closure-message = 关闭期间显示的信息
staff-closure-until = 关闭至（选填）
staff-phone-n = 电话 { $n }
staff-phone-number = 号码
staff-phone-kind = 类型
staff-phone-kind-voice = 语音电话
staff-phone-kind-sms = 短信
staff-phone-kind-textphone = 文字电话
staff-phone-kind-whatsapp = WhatsApp
staff-phone-description = 备注（选填）
staff-hours-hint = 时间为伦敦时间，格式为 HH:MM。如果结束时间早于开始时间，表示时段跨过午夜；24:00 表示当天结束。某一行留空即表示删除该行。
staff-hours-n = 开放时间 { $n }
staff-hours-opens = 开始
staff-hours-closes = 结束
staff-hours-note = 备注（选填）
staff-languages-hint = 两个或三个字母的语言代码，用英文逗号分隔，例如“en, so, ar”。
staff-places-hint = 保密地点（例如庇护所、安全屋）的地址在任何地方都不会显示：为其填写的任何地址都会被删除。
staff-place-n = 地点 { $n }
staff-place-name = 名称
staff-place-confidential = 保密：绝不显示其位置
staff-place-address = 街道地址
staff-place-city = 城镇或城市
staff-place-postcode = 邮编
staff-place-borough = 区
staff-place-borough-none = 不在伦敦任何一个区内
staff-place-description = 备注（选填）

staff-field-id = 标识符
staff-field-name = 名称
staff-field-organization = 机构
staff-field-description = 简介
staff-field-offers = 提供的服务
staff-field-eligibility_description = 服务对象
staff-field-url = 网站
staff-field-email = 电子邮件
staff-field-chat_url = 网上聊天
staff-field-phones = 电话
staff-field-schedules = 开放时间
staff-field-languages = 使用的语言
staff-field-interpretation_services = 口译服务
staff-field-areas = 服务范围
staff-field-situations = 能帮助处理的情况
staff-field-needs = 能满足的需求
staff-field-groups = 专门服务的群体
staff-field-fees = 费用
staff-field-minimum_age = 最低年龄
staff-field-maximum_age = 最高年龄
staff-field-accepts_online_contact = 接受通过本网站提出的联系请求
staff-field-locations = 地点
staff-field-translations = 翻译
staff-field-capacity = 名额情况
staff-field-capacity_note = 名额情况说明（例如需要等待多久）
staff-field-closure = 暂时关闭

staff-queue-title = 待审批的修改
staff-queue-empty = 没有待审批的修改。
staff-proposed-by = 由 { $email } 于 { $date } 提交
staff-revision-title = 服务条目的修改
staff-revision-heading = 对“{ $name }”的修改
staff-revision-changed-since = 提交这项修改之后，已发布的条目又发生了变化。下表将这项修改与当前已发布的条目进行对比。
staff-diff-caption = 修改内容
staff-diff-field = 项目
staff-diff-before = 当前内容
staff-diff-after = 建议内容
staff-approve = 批准并发布
staff-reject = 拒绝
staff-reject-reason = 拒绝原因（服务提供方会看到）
staff-status-approved = 已批准
staff-status-rejected = 已拒绝
staff-status-withdrawn = 已被更新的修改取代
staff-status-pending = 待审批

staff-organizations-title = 机构
staff-organization-new = 添加机构
staff-organization-name = 名称
staff-organization-slug = 简称
staff-organization-slug-hint = 只能使用小写字母、数字和连字符，例如“solace-women”。设置后无法更改。
staff-organization-website = 网站（选填）
staff-organization-create = 添加机构
staff-organization-services = 服务条目
staff-organization-members = 工作人员账户

staff-users-title = 工作人员账户
staff-invite-title = 创建账户
staff-invite-intro = 对方会收到一封电子邮件，可通过其中的链接设置密码和身份验证器应用。
staff-invite-organizations = 机构（按住 Ctrl 或 ⌘ 键可选择多个）
staff-invite-send = 创建并发送链接
staff-role = 角色
staff-role-name-admin = 管理员
staff-role-name-provider = 服务提供方
staff-role-name-caseworker = 个案工作者
staff-user-organizations = 机构
staff-user-state = 状态
staff-user-actions = 操作
staff-user-active = 已启用
staff-user-invited = 已邀请，尚未设置
staff-user-locked = 暂时锁定
staff-user-disabled = 已停用
staff-user-disable = 停用
staff-user-enable = 启用
staff-membership-add = 添加到机构
staff-membership-add-button = 添加

staff-stale-title = 六个月未经确认的条目
staff-stale-count = { $count ->
   *[other] 有 { $count } 个条目已有六个月或更长时间未经服务提供方确认。
}

staff-audit-title = 审计日志
staff-audit-when = 时间（UTC）
staff-audit-actor = 操作人
staff-audit-action = 操作
staff-audit-any = 所有操作
staff-audit-target = 对象
staff-audit-from = 开始日期
staff-audit-to = 结束日期
staff-audit-filter = 筛选
staff-audit-change = 修改前后
staff-audit-show = 显示
staff-audit-older = 更早的记录

staff-nav-inbox = 收件箱
staff-inbox-title = 收件箱
staff-inbox-empty = 还没有任何联系请求。
staff-inbox-admin-counts = 管理员只能看到请求的数量，永远看不到请求的内容。
staff-inbox-received = 收到时间：{ $date }
staff-done-status-changed = 状态已保存。
staff-contact-heading = 联系请求 { $reference }
staff-contact-name = 称呼
staff-contact-method = 如何联系对方
staff-contact-message = 留言
staff-contact-safe-times = 安全的联系时间
staff-contact-help = 希望得到的帮助
staff-contact-interpreter = 口译员
staff-contact-language = 表单语言
staff-contact-status = 状态
staff-contact-status-new = 新请求
staff-contact-status-contacting = 正在尝试联系
staff-contact-status-engaged = 已取得联系
staff-contact-status-helped = 已提供帮助
staff-contact-status-declined = 已婉拒
staff-contact-status-closed = 已关闭
staff-mail-new-request-subject = 新的联系请求
staff-mail-new-request-body = 有人请求您机构的某项服务与其联系。请登录查看该请求：

    { $link }

    为保护此人的安全，此邮件不包含任何有关其本人的信息。
staff-contact-timeline = 历史记录
staff-contact-timeline-entry = { $date }：{ $email } 将状态改为“{ $status }”
staff-membership-remove = 移除
staff-membership-remove-label = 从 { $organization } 移除
