# 个案工作者提交的转介，以及联系请求和转介在服务提供方收件箱中共用的功能：
# 分配、内部备注、历史记录，以及与之相关的电子邮件（绝不包含任何个人信息）。

## 转介表单
referral-client-heading = 服务对象
referral-name-label = 服务方可以用来称呼服务对象的名字
referral-name-hint = 名字、姓名首字母或化名均可。
referral-method-legend = 服务方应该如何联系服务对象？
referral-method-phone = 打电话
referral-method-text = 发短信
referral-method-email = 发电子邮件
referral-method-none = 通过我（个案工作者）联系
referral-detail-label = 服务对象的电话号码或电子邮件地址
referral-safe-times-label = 什么时候联系服务对象是安全的？（选填）
referral-message-legend = 服务方可以留言吗？
referral-message-yes = 可以，可以留言
referral-message-no = 不可以，请不要留任何消息
referral-language-label = 服务对象使用的语言
referral-interpreter-label = 需要口译员（如语言不在以上选项中，请注明语言）
referral-need-heading = 服务对象的需求
referral-help-label = 服务对象需要什么帮助？
referral-risk-label = 服务方应了解的风险
referral-risk-hint = 例如风险评估等级、是否已转介至 MARAC，或者伤害服务对象的人是否能查看其手机。
referral-urgency-legend = 紧急程度
referral-urgency-routine = 常规
referral-urgency-soon = 尽快：一周内
referral-urgency-urgent = 紧急：一个工作日内
referral-consent-heading = 同意
referral-consent-label = 服务对象已同意此次转介（或由有权代其表示同意的人同意）。
referral-consent-by-legend = 由谁表示同意？
referral-consent-by-client = 服务对象本人
referral-consent-by-parent-or-carer = 父母或照顾者（适用于儿童）
referral-consent-by-legal-authority = 有法定权限代表服务对象行事的人
referral-consent-on-label = 表示同意的日期
referral-shares-legend = 根据所获同意，我可以分享
referral-share-contact-details = 服务对象的联系方式
referral-share-situation = 发生了什么以及所需的帮助
referral-share-risk = 有关风险的信息
referral-notes-label = 服务方还应了解的其他情况（选填）
referral-send = 发送转介

## 表单中的问题
referral-error-name = 请填写一个服务方可以用来称呼服务对象的名字（最多 100 个字）。
referral-error-method = 请选择服务方应如何联系服务对象。
referral-error-message = 请说明服务方是否可以留言。
referral-error-urgency = 请选择此次转介的紧急程度。
referral-error-consent = 转介需要取得同意：请确认已取得同意。
referral-error-consent-by = 请说明由谁表示同意。
referral-error-consent-date = 请填写表示同意的日期，必须是真实有效且不晚于今天的日期。
referral-error-share-contact = 所获同意不包括联系方式：请选择“通过我（个案工作者）联系”；如果服务对象同意，也可以勾选联系方式。
referral-error-share-situation = 所获同意不包括发生了什么：请将所需帮助留空；如果服务对象同意，也可以勾选此项。
referral-error-share-risk = 所获同意不包括风险：请将风险留空；如果服务对象同意，也可以勾选此项。
referral-error-decline-reason = 请选择婉拒此转介的原因。

## 状态和原因
referral-status-sent = 已发送
referral-status-received = 已收到
referral-status-accepted = 已接受
referral-status-contacting = 正在尝试联系
referral-status-engaged = 已取得联系
referral-status-helped = 已提供帮助
referral-status-declined = 已婉拒
referral-status-closed = 已关闭
referral-reason-not-eligible = 不符合条件
referral-reason-no-capacity = 没有名额
referral-reason-could-not-contact = 无法取得联系
referral-reason-no-longer-wanted = 已不再需要

## 个案工作者页面
staff-nav-referrals = 我的转介
staff-nav-refer = 转介服务对象
staff-referrals-title = 我的转介
staff-referrals-new = 转介服务对象
staff-referrals-none = 您还没有发送任何转介。
staff-referral-updated = 最近更改：{ $date }
staff-referral-news = 自您上次查看以来有更新
staff-referral-find-title = 查找可转介的服务
staff-referral-find-label = 描述服务或所需帮助的关键词
staff-referral-find-button = 搜索
staff-referral-find-none = 没有与这些关键词匹配的服务条目。请尝试其他关键词。
staff-referral-listing = 查看服务条目
staff-referral-refer = 将服务对象转介到这里
staff-referral-new-title = 将服务对象转介至 { $service }
staff-referral-not-receivable = 此服务目前还不通过本门户网站接收转介。请按其服务条目中的说明与其联系。
staff-referral-heading = 转介 { $reference }
staff-referral-service = 服务
staff-referral-referrer = 转介人
staff-referral-sent = 发送时间
staff-referral-consent = 由 { $who } 于 { $date } 表示同意，可分享：{ $shares }
staff-referral-withdraw = 撤回转介
staff-referral-withdraw-hint = 如果服务对象不再需要此服务，请撤回转介：服务方会收到通知，该转介随即关闭。
staff-referral-from = 来自 { $email }，{ $date }
staff-referral-reason-label = 原因（如婉拒）
staff-referral-reason-hint = 仅在您婉拒此转介时需要填写。

## 服务提供方收件箱
staff-inbox-requests = 联系请求
staff-inbox-referrals = 转介
staff-inbox-no-referrals = 还没有任何转介。
staff-assigned-to = 已分配给 { $email }
staff-assign-heading = 分配给
staff-assign-label = 负责处理的同事
staff-assign-nobody = 尚未分配
staff-assign = 分配
staff-notes-title = 内部备注
staff-notes-private = 只有您的机构可以查看这些备注。个案工作者和服务对象都无法查看。
staff-notes-none = 还没有备注。
staff-note-label = 新备注
staff-note-hint = 最多 2000 个字符。
staff-note-add = 添加备注
staff-note-meta = { $date }，{ $email }
staff-error-note-empty = 备注是空的。请填写内容，或返回上一页。
staff-error-note-long = 备注超过了 2000 个字符。请缩短一些。
staff-back = 返回
staff-timeline-someone = 某人
staff-timeline-assigned = { $date }：{ $email } 将其分配给 { $assignee }
staff-timeline-unassigned = { $date }：{ $email } 取消了分配
staff-done-assigned = 分配已保存。
staff-done-note-added = 备注已保存。
staff-done-referral-sent = 转介已发送。服务方更新该转介时，您会收到电子邮件。
staff-done-referral-withdrawn = 转介已撤回。

## 电子邮件：只包含登录链接，绝不包含任何有关此人的信息
staff-mail-new-referral-subject = 新的转介
staff-mail-new-referral-body = 一位个案工作者已将某人转介至您机构的某项服务。请登录查看该转介：

    { $link }
staff-mail-referral-update-subject = 一项转介有了变化
staff-mail-referral-update-body = 一项转介有了更新。请登录查看：

    { $link }
staff-mail-assigned-subject = 有事项分配给了您
staff-mail-assigned-body = 一位同事将您机构收件箱中的一个事项分配给了您。请登录查看：

    { $link }
