home-title = 发生了什么？
home-lead = 用你自己的话告诉我们，我们会为你列出合适的帮助。你不需要留下名字。
describe-label = 发生了什么？你可以用自己的话来写
describe-hint = 你可以用任何语言写。你写的内容不会被保存。
describe-counter = 你还可以写 { $remaining } 个字。
describe-submit = 查找帮助
describe-privacy = 你写的内容只用来为你推荐帮助。它不会被保存，也不会出现在你的浏览器历史记录里。
home-situations = 或者选择正在发生的情况
home-needs = 你需要什么？
home-not-your-fault-title = 这不是你的错
home-not-your-fault = 不管发生了什么，你都应该被相信、得到支持。不管你报不报警，也不管你的移民身份如何，你都可以得到帮助。
home-safety-link = 如何安全地使用本网站

results-page-title = 信息
results-title = 可能适合你的帮助
results-lead = 这些服务也许能帮助你处理你说的情况。联系谁，由你自己决定。
results-none = 我们没能根据你写的内容找到合适的服务。试试换一种说法，或者从下面的列表中选择。
results-situations = 这可能与以下情况有关
results-services = 可能有帮助的服务
results-refine = 修改你写的内容


topic-not-your-fault = 这不是你的错。不管你报不报警，你都可以得到帮助。
topic-services = 能提供帮助的服务
topic-service-count = { $count ->
    [0] 没有符合这些选择的服务。试试选择更大的范围。
   *[other] { $count } 项服务
}
filters-submit = 显示服务
borough-label = 你住在哪里？（选填）
borough-any = 伦敦任何地方，或我不想说
group-label = 服务对象（选填）
group-any = 所有人
results-needs = 你可能还需要
