<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Action</name>
    <message>
        <source>Automatic refund</source>
        <translation>系统自动退款</translation>
    </message>
    <message>
        <source>Automatically agreed</source>
        <translation>系统自动同意</translation>
    </message>
    <message>
        <source>Refund without return</source>
        <translation>自动同意，无需退货直接退款</translation>
    </message>
    <message>
        <source>Request lapses</source>
        <translation>申请失效</translation>
    </message>
    <message>
        <source>Case closes</source>
        <translation>售后关闭</translation>
    </message>
    <message>
        <source>Arbitration window closes</source>
        <translation>买家不能再申请介入</translation>
    </message>
    <message>
        <source>Platform acts automatically</source>
        <translation>平台自动处理</translation>
    </message>
    <message>
        <source>Shop promise broken</source>
        <translation>违反店铺承诺</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>{count} of your playbook files could not be used: see Tools → Scenario playbooks.</source>
        <extracomment>How long quitting waits for background work to stop (it checks for Cancel every 2,000 rows). How often a window waiting for the watcher to hand over tries the delivery lock again.</extracomment>
        <translation>有 {count} 个自定义场景文件无法使用：请查看 工具 → 场景与话术库。</translation>
    </message>
    <message>
        <source>CaseWatch keeps running</source>
        <translation>售后盯单仍在运行</translation>
    </message>
    <message>
        <source>Reminders go on from the tray. Quit from the tray menu.</source>
        <translation>提醒会继续从托盘弹出。要退出，请在托盘菜单中选择“退出”。</translation>
    </message>
    <message>
        <source>CaseWatch is saving an import. Try again when it is done.</source>
        <translation>售后盯单正在保存导入的数据，请稍后再试。</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>In 15 minutes</source>
        <translation>15 分钟后</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>1 小时后</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>When work starts ({day} {time})</source>
        <translation>上班时（{day} {time}）</translation>
    </message>
    <message>
        <source>{countdown} · {platform} {after_sale_id}</source>
        <translation>{countdown} · {platform} {after_sale_id}</translation>
    </message>
    <message>
        <source> (before work ends)</source>
        <translation>（下班前提醒）</translation>
    </message>
    <message>
        <source>Deadline {due}: {action}</source>
        <translation>截止 {due}：{action}</translation>
    </message>
    <message>
        <source> · {amount}</source>
        <translation> · {amount}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>知道了</translation>
    </message>
    <message>
        <source>CaseWatch reminders</source>
        <translation>售后盯单提醒</translation>
    </message>
    <message>
        <source>Show all in CaseWatch</source>
        <translation>在售后盯单中查看全部</translation>
    </message>
    <message>
        <source>Got it, all</source>
        <translation>全部知道了</translation>
    </message>
    <message>
        <source>%n after-sales case(s) need you</source>
        <translation>%n 个售后需要处理</translation>
    </message>
    <message>
        <source> · %n overdue</source>
        <translation> · %n 个已超时</translation>
    </message>
    <message>
        <source> · {amount} at stake</source>
        <translation> · 涉及 {amount}</translation>
    </message>
    <message>
        <source>CaseWatch daily briefing</source>
        <translation>售后盯单每日简报</translation>
    </message>
    <message>
        <source>… and %n more: Show all in CaseWatch</source>
        <translation>……还有 %n 个：在售后盯单中查看全部</translation>
    </message>
    <message>
        <source>Remind me later, all</source>
        <translation>全部稍后提醒</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后提醒</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>No clock is known for this platform and stage. Enter the deadline shown in the platform's back-end (Platform deadline changed), so that CaseWatch can warn you.</source>
        <translation>此平台在这个阶段没有已知的时效规则。请录入平台后台显示的截止时间（“平台截止时间变更”），售后盯单才能按时提醒你。</translation>
    </message>
    <message>
        <source>The return's shipping was not recorded: the clock counts from a later event, so the real deadline may be earlier.</source>
        <translation>没有记录买家寄回退货的时间：时钟从较晚的事件起算，实际截止时间可能更早。</translation>
    </message>
    <message>
        <source>More receipt extensions were recorded than the platform allows.</source>
        <translation>记录的延长收货次数超过了平台允许的次数。</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}：{old} → {new}</translation>
    </message>
    <message>
        <source>Choose a case on the left to see its clocks and timeline.</source>
        <translation>在左侧选择一个售后单，查看它的时效和时间线。</translation>
    </message>
    <message>
        <source>Correct details…</source>
        <translation>修改信息…</translation>
    </message>
    <message>
        <source>Clocks</source>
        <translation>时效</translation>
    </message>
    <message>
        <source>Record what happened</source>
        <translation>记录进展</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Check: the platform's export (its data as of {as_of}) still says “{status}” ({platform_stage}), but you recorded “{recorded}” at {recorded_at}. Your record stands and the clocks follow it; if the platform has not registered it yet, do it there, or withdraw your entry if it was a mistake.</source>
        <translation>待核对：平台导出（数据截至 {as_of}）仍显示“{status}”（{platform_stage}），但你在 {recorded_at} 记录了“{recorded}”。以你的记录为准，时效按它计算；如果平台还没登记，请到平台后台操作；如果是记错了，请撤回你的记录。</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理步骤</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Withdraw selected event…</source>
        <translation>撤销所选事件…</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Return parcel</source>
        <translation>退货包裹</translation>
    </message>
    <message>
        <source>Outbound parcel</source>
        <translation>发货包裹</translation>
    </message>
    <message>
        <source>Intercepted</source>
        <translation>已拦截</translation>
    </message>
    <message>
        <source>Platform status</source>
        <translation>平台状态</translation>
    </message>
    <message>
        <source>Evidence ({n})</source>
        <translation>证据（{n}）</translation>
    </message>
    <message>
        <source>What to do ({done}/{total})</source>
        <translation>处理步骤（{done}/{total}）</translation>
    </message>
    <message>
        <source>Next step: {step}</source>
        <translation>下一步：{step}</translation>
    </message>
    <message>
        <source>No clock is running: the case is finished.</source>
        <translation>没有在计时：此售后已完结。</translation>
    </message>
    <message>
        <source>No clock is running in this stage.</source>
        <translation>这个阶段没有在计时。</translation>
    </message>
    <message>
        <source>until {time}</source>
        <translation>截止 {time}</translation>
    </message>
    <message>
        <source>Replaced by the platform's own deadline.</source>
        <translation>已由平台截止时间取代。</translation>
    </message>
    <message>
        <source>Receipt extension used.</source>
        <translation>已使用延长收货。</translation>
    </message>
    <message>
        <source>Receipt extension (延长收货, +{adds}) from {time}; %n left.</source>
        <translation>{time} 起可以使用延长收货（+{adds}），还剩 %n 次。</translation>
    </message>
    <message>
        <source>Receipt extension (延长收货, +{adds}) can be used now; %n left.</source>
        <translation>现在可以使用延长收货（+{adds}），还剩 %n 次。</translation>
    </message>
    <message>
        <source>Recorded {time}</source>
        <translation>记录于 {time}</translation>
    </message>
    <message>
        <source>refunded by the platform; a missed clock</source>
        <translation>平台已自动退款；计为超时</translation>
    </message>
    <message>
        <source>closed by the platform; a missed clock</source>
        <translation>平台已自动关闭；计为超时</translation>
    </message>
    <message>
        <source>new deadline {time}</source>
        <translation>新截止时间 {time}</translation>
    </message>
    <message>
        <source>still “{status}”</source>
        <translation>仍为“{status}”</translation>
    </message>
    <message>
        <source>withdraws “{event}” of {time}</source>
        <translation>撤销 {time} 的“{event}”</translation>
    </message>
    <message>
        <source>(imported; the platform's data as of {time})</source>
        <translation>（导入；平台数据截至 {time}）</translation>
    </message>
    <message>
        <source>(imported)</source>
        <translation>（导入）</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>New after-sales case</source>
        <translation>新建售后单</translation>
    </message>
    <message>
        <source>Correct case details</source>
        <translation>修改售后信息</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>The platform's after-sales / refund number</source>
        <translation>平台的售后单号 / 退款编号</translation>
    </message>
    <message>
        <source>After-sales id</source>
        <translation>售后单号</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>售后类型</translation>
    </message>
    <message>
        <source>Refund amount in yuan, e.g. 88.50</source>
        <translation>退款金额（元），例如 88.50</translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>商品名称 / 宝贝标题, and the SKU</source>
        <translation>商品名称 / 宝贝标题，以及规格</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>The platform shows a deadline for this case</source>
        <translation>平台显示了这单的截止时间</translation>
    </message>
    <message>
        <source>Platform deadline</source>
        <translation>平台截止时间</translation>
    </message>
</context>
<context>
    <name>CaseType</name>
    <message>
        <source>Refund only</source>
        <translation>仅退款</translation>
    </message>
    <message>
        <source>Return and refund</source>
        <translation>退货退款</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>换货</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>补寄</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>In the WeCom group: ⋯ → 消息推送 / 群机器人 → 添加机器人, then copy its webhook address.</source>
        <translation>在企业微信群里：⋯ → 消息推送 / 群机器人 → 添加机器人，然后复制它的 Webhook 地址。</translation>
    </message>
    <message>
        <source>In the DingTalk group: 设置 → 机器人 → 添加机器人 → 自定义. Choose 加签 and copy the secret (SEC…) and the webhook address. With keywords instead, add 售后.</source>
        <translation>在钉钉群里：设置 → 机器人 → 添加机器人 → 自定义。安全设置选“加签”，复制密钥（SEC 开头）和 Webhook 地址。若用自定义关键词，请加上“售后”。</translation>
    </message>
    <message>
        <source>In the Feishu group: 设置 → 群机器人 → 添加机器人 → 自定义机器人. Switch on 签名校验 and copy the secret and the webhook address.</source>
        <translation>在飞书群里：设置 → 群机器人 → 添加机器人 → 自定义机器人。打开“签名校验”，复制密钥和 Webhook 地址。</translation>
    </message>
    <message>
        <source>QQ邮箱: smtp.qq.com, port 465; 163: smtp.163.com, port 465. Switch on SMTP in the mailbox's settings and use its authorisation code (授权码), not the password.</source>
        <translation>QQ邮箱：smtp.qq.com，端口 465；163：smtp.163.com，端口 465。在邮箱设置里开启 SMTP 服务，填写授权码，不是登录密码。</translation>
    </message>
    <message>
        <source>Add a push channel</source>
        <translation>添加提醒渠道</translation>
    </message>
    <message>
        <source>Change “{name}”</source>
        <translation>修改“{name}”</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>e.g. 售后群, 老板手机</source>
        <translation>例如：售后群、老板手机</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>SSL (port 465)</source>
        <translation>SSL（端口 465）</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS（端口 587）</translation>
    </message>
    <message>
        <source>one or more, separated by commas</source>
        <translation>一个或多个，用逗号分隔</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Webhook 地址</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>加签密钥</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>发信服务器</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>加密方式</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Authorisation code</source>
        <translation>授权码</translation>
    </message>
    <message>
        <source>From</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Gets</source>
        <translation>接收</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>commands</source>
        <extracomment>--within at most ten years: beyond that no date can be computed.</extracomment>
        <translation>命令</translation>
    </message>
    <message>
        <source>arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>{prog}: error: {message}
</source>
        <translation>{prog}：错误：{message}
</translation>
    </message>
    <message>
        <source>CaseWatch 售后盯单: after-sales cases and their platform clocks.</source>
        <translation>售后盯单 CaseWatch：售后单与平台时效。</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>显示本帮助并退出</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>显示版本号并退出</translation>
    </message>
    <message>
        <source>keep data in DIR, not the per-user folder (portable use, tests)</source>
        <translation>把数据放在 DIR，而不是用户数据文件夹（便携使用、测试）</translation>
    </message>
    <message>
        <source>language for this run (default: the setting, else the system's)</source>
        <translation>本次运行的语言（默认：设置中的语言，否则跟随系统）</translation>
    </message>
    <message>
        <source>start in the tray (used when starting at login)</source>
        <translation>启动后只在托盘中运行（开机自启时使用）</translation>
    </message>
    <message>
        <source>check database, rules, translations and window</source>
        <translation>检查数据库、规则、翻译和窗口</translation>
    </message>
    <message>
        <source>list cases overdue or due within a window</source>
        <translation>列出已超时或将在指定时间内到期的售后</translation>
    </message>
    <message>
        <source>import platform exports (xlsx, csv)</source>
        <translation>导入平台导出的售后单（xlsx、csv）</translation>
    </message>
    <message>
        <source>whose export it is: auto (from the headers), douyin, pinduoduo, taobao, wechat, kuaishou or generic</source>
        <translation>是哪个平台的导出：auto（按列名识别）、douyin、pinduoduo、taobao、wechat、kuaishou 或 generic</translation>
    </message>
    <message>
        <source>show what would change, change nothing</source>
        <translation>只显示会有哪些变化，不做任何修改</translation>
    </message>
    <message>
        <source>export cases as CSV for Excel/WPS</source>
        <translation>把售后单导出为 CSV，可用 Excel/WPS 打开</translation>
    </message>
    <message>
        <source>column names for people (label, in the language of this run) or CaseWatch's keys (key: the file imports back)</source>
        <translation>列名：label 为给人看的列名（使用本次运行的语言），key 为 CaseWatch 的键名（可再导入）</translation>
    </message>
    <message>
        <source>only cases still open</source>
        <translation>只导出未完结的售后</translation>
    </message>
    <message>
        <source>add photos and videos to a case as evidence</source>
        <translation>给售后单添加照片和视频作为证据</translation>
    </message>
    <message>
        <source>what the files show: {kinds}</source>
        <translation>文件内容类型：{kinds}</translation>
    </message>
    <message>
        <source>a caption for the files</source>
        <translation>文件说明</translation>
    </message>
    <message>
        <source>pack a case's evidence as a ZIP for a platform dispute</source>
        <translation>把售后单的证据打包为 ZIP，用于平台举证</translation>
    </message>
    <message>
        <source>the case's platform, when the id is on several</source>
        <translation>售后单号在多个平台都有时，指定平台</translation>
    </message>
    <message>
        <source>check every evidence file against its SHA-256</source>
        <translation>按 SHA-256 检查每个证据文件</translation>
    </message>
    <message>
        <source>{value} is not a number of hours from 0 to {max}</source>
        <translation>{value} 不是 0 到 {max} 之间的小时数</translation>
    </message>
    <message>
        <source>window in hours (default 24)</source>
        <translation>时间范围，单位小时（默认 24）</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>输出 JSON，供程序读取</translation>
    </message>
    <message>
        <source>%n case(s) written to {path}</source>
        <translation>%n 个售后已写入 {path}</translation>
    </message>
    <message>
        <source>Nothing was recorded:</source>
        <translation>未记录任何内容：</translation>
    </message>
    <message>
        <source>{field} ({option}): {problem}</source>
        <translation>{field}（{option}）：{problem}</translation>
    </message>
    <message>
        <source>Recorded “{event}” on {platform} {after_sale_id}: now “{stage}”.</source>
        <translation>已记录“{event}”：{platform} {after_sale_id}，当前“{stage}”。</translation>
    </message>
    <message>
        <source>Your next deadline: {time} ({countdown}).</source>
        <translation>你的下一个截止时间：{time}（{countdown}）。</translation>
    </message>
    <message>
        <source>Waiting for the buyer until {time}.</source>
        <translation>等待买家，截止 {time}。</translation>
    </message>
    <message>
        <source>Nothing is overdue or due within {span}.</source>
        <translation>没有已超时或 {span} 内到期的售后。</translation>
    </message>
    <message>
        <source>%n case(s) overdue or due within {span}:</source>
        <translation>%n 个售后已超时或将在 {span} 内到期：</translation>
    </message>
    <message>
        <source>push channels: team chat robots and email</source>
        <translation>提醒渠道：群机器人和邮件</translation>
    </message>
    <message>
        <source>add a channel</source>
        <translation>添加渠道</translation>
    </message>
    <message>
        <source>WeCom (企业微信) group robot: its webhook address</source>
        <translation>企业微信群机器人：它的 Webhook 地址</translation>
    </message>
    <message>
        <source>DingTalk (钉钉) group robot: its webhook address</source>
        <translation>钉钉群机器人：它的 Webhook 地址</translation>
    </message>
    <message>
        <source>Feishu (飞书) group robot: its webhook address</source>
        <translation>飞书群机器人：它的 Webhook 地址</translation>
    </message>
    <message>
        <source>the robot's signing secret (加签 / 签名校验), if it has one</source>
        <translation>机器人的加签 / 签名校验密钥（如果设置了）</translation>
    </message>
    <message>
        <source>email over SMTP</source>
        <translation>通过 SMTP 发邮件</translation>
    </message>
    <message>
        <source>the mail server, e.g. smtp.qq.com:465</source>
        <translation>发信服务器，例如 smtp.qq.com:465</translation>
    </message>
    <message>
        <source>TLS from the start (the default on ports 465 and 994)</source>
        <translation>SSL 加密连接（端口 465、994 的默认值）</translation>
    </message>
    <message>
        <source>STARTTLS (the default on other ports)</source>
        <translation>STARTTLS（其他端口的默认值）</translation>
    </message>
    <message>
        <source>the login, usually the mailbox address</source>
        <translation>登录名，通常就是邮箱地址</translation>
    </message>
    <message>
        <source>the mailbox's authorisation code (授权码); asked for when left out</source>
        <translation>邮箱的授权码；不填时会询问</translation>
    </message>
    <message>
        <source>the sender address</source>
        <translation>发件人地址</translation>
    </message>
    <message>
        <source>where the mail goes</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>a name for the channel (default: its kind)</source>
        <translation>渠道名称（默认为它的类型）</translation>
    </message>
    <message>
        <source>what it gets: every reminder (all), only the last one and overdue (urgent), or only the daily briefing; every channel gets the briefing</source>
        <translation>接收什么：每次提醒（all）、只收最后一次提醒和超时（urgent）、只收每日简报（briefing）；每个渠道都收每日简报</translation>
    </message>
    <message>
        <source>list the channels</source>
        <translation>列出渠道</translation>
    </message>
    <message>
        <source>send a test message now</source>
        <translation>立即发送一条测试消息</translation>
    </message>
    <message>
        <source>remove a channel</source>
        <translation>删除渠道</translation>
    </message>
    <message>
        <source>deliver reminders and pushes without a window (a PC, NAS, task)</source>
        <translation>不开窗口发送提醒和推送（电脑、NAS、计划任务）</translation>
    </message>
    <message>
        <source>one pass, then exit (for a scheduled task)</source>
        <translation>运行一次后退出（用于计划任务）</translation>
    </message>
    <message>
        <source>Channel “{name}” removed.</source>
        <translation>已删除渠道“{name}”。</translation>
    </message>
    <message>
        <source>Authorisation code (授权码) for {user}: </source>
        <translation>{user} 的授权码：</translation>
    </message>
    <message>
        <source>Channel “{name}” added: {kind}, {target}. It gets: {wants}.</source>
        <translation>已添加渠道“{name}”：{kind}，{target}。接收：{wants}。</translation>
    </message>
    <message>
        <source>Send a test message with: casewatch channel test {name}</source>
        <translation>发送测试消息：casewatch channel test {name}</translation>
    </message>
    <message>
        <source>No push channels yet. Add one with: casewatch channel add wecom URL</source>
        <translation>还没有提醒渠道。添加：casewatch channel add wecom URL</translation>
    </message>
    <message>
        <source>Gets: {wants}</source>
        <translation>接收：{wants}</translation>
    </message>
    <message>
        <source>Last delivered: {time}</source>
        <translation>上次送达：{time}</translation>
    </message>
    <message>
        <source>Last failure ({time}): {reason}</source>
        <translation>上次失败（{time}）：{reason}</translation>
    </message>
    <message>
        <source>Waiting to be sent: {n}</source>
        <translation>等待发送：{n}</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>The test message to “{name}” did not go out: {reason}</source>
        <translation>发往“{name}”的测试消息没有发出：{reason}</translation>
    </message>
    <message>
        <source>Test message sent to “{name}”: check that it arrived.</source>
        <translation>已向“{name}”发送测试消息：请确认已收到。</translation>
    </message>
    <message>
        <source>No push channels: reminders are recorded for the window's card only. Add one with: casewatch channel add …</source>
        <translation>没有提醒渠道：提醒只会记在窗口的提醒卡片上。添加渠道：casewatch channel add …</translation>
    </message>
    <message>
        <source>Nothing came due; nothing was sent.</source>
        <translation>没有到期的提醒；本次没有发送。</translation>
    </message>
    <message>
        <source>CaseWatch watches {path} (Ctrl+C stops).</source>
        <translation>售后盯单正在看守 {path}（Ctrl+C 停止）。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>CaseWatch's window delivers reminders for this data folder (process {pid}): nothing to do.</source>
        <translation>售后盯单窗口正在为这个数据文件夹发送提醒（进程 {pid}）：本次无事可做。</translation>
    </message>
    <message>
        <source>Another watcher delivers reminders for this data folder (process {pid}): nothing to do.</source>
        <translation>另一个后台看守进程正在为这个数据文件夹发送提醒（进程 {pid}）：本次无事可做。</translation>
    </message>
    <message>
        <source>Another CaseWatch delivers reminders for this data folder: nothing to do.</source>
        <translation>另一个售后盯单正在为这个数据文件夹发送提醒：本次无事可做。</translation>
    </message>
    <message>
        <source>Delivering reminders for this data folder.</source>
        <translation>正在为这个数据文件夹发送提醒。</translation>
    </message>
    <message>
        <source>CaseWatch's window took over; waiting until it closes.</source>
        <translation>售后盯单窗口已接手；等它关闭后再继续。</translation>
    </message>
    <message>
        <source>Another CaseWatch delivers reminders for this data folder; waiting until it stops.</source>
        <translation>另一个售后盯单正在为这个数据文件夹发送提醒；等它停止后接手。</translation>
    </message>
    <message>
        <source>%n case(s) came due:</source>
        <translation>%n 个售后到了提醒时间：</translation>
    </message>
    <message>
        <source>… and %n more</source>
        <translation>……还有 %n 个</translation>
    </message>
    <message>
        <source>Daily briefing made.</source>
        <translation>已生成每日简报。</translation>
    </message>
    <message>
        <source>daily briefing</source>
        <translation>每日简报</translation>
    </message>
    <message>
        <source>%n case(s)</source>
        <translation>%n 个售后</translation>
    </message>
    <message>
        <source>Pushed to “{name}”: {what}</source>
        <translation>已推送到“{name}”：{what}</translation>
    </message>
    <message>
        <source>Push to “{name}” failed: {reason} Next try {time}; {n} waiting.</source>
        <translation>推送到“{name}”失败：{reason} 下次重试 {time}；{n} 条等待。</translation>
    </message>
    <message>
        <source>%n push(es) dropped: their cases were handled meanwhile.</source>
        <translation>%n 条推送已取消：这些售后在此期间已处理。</translation>
    </message>
    <message>
        <source>{countdown} · {platform} {after_sale_id} · {action}</source>
        <translation>{countdown} · {platform} {after_sale_id} · {action}</translation>
    </message>
    <message>
        <source>record what happened on a case (the timeline's events)</source>
        <extracomment>Which option fills which field of the event, and the events each applies to. The option that carries each field of the service, for messages.</extracomment>
        <translation>记录售后单上发生的事（时间线事件）</translation>
    </message>
    <message>
        <source>what happened: {events}</source>
        <translation>发生了什么：{events}</translation>
    </message>
    <message>
        <source>when it happened, local time “YYYY-MM-DD HH:MM[:SS]” (default: now)</source>
        <translation>发生时间，本地时间“YYYY-MM-DD HH:MM[:SS]”（默认：现在）</translation>
    </message>
    <message>
        <source>courier of the parcel (return_shipped, resend_shipped)</source>
        <translation>包裹的快递公司（return_shipped、resend_shipped）</translation>
    </message>
    <message>
        <source>tracking number (return_shipped, resend_shipped)</source>
        <translation>运单号（return_shipped、resend_shipped）</translation>
    </message>
    <message>
        <source>amount paid in yuan (compensation_paid)</source>
        <translation>打款金额，单位元（compensation_paid）</translation>
    </message>
    <message>
        <source>the platform's new deadline, local time “YYYY-MM-DD HH:MM” (deadline_changed)</source>
        <translation>平台的新截止时间，本地时间“YYYY-MM-DD HH:MM”（deadline_changed）</translation>
    </message>
    <message>
        <source>a note on the event (the whole text of a note)</source>
        <translation>事件备注（记录备注时即备注全文）</translation>
    </message>
    <message>
        <source>{option} does not apply to “{event}” ({key}).</source>
        <translation>{option} 不适用于“{event}”（{key}）。</translation>
    </message>
    <message>
        <source>{option} “{value}” is not a time: write it as “YYYY-MM-DD HH:MM[:SS]”.</source>
        <translation>{option}“{value}”不是有效时间：请写成“YYYY-MM-DD HH:MM[:SS]”。</translation>
    </message>
</context>
<context>
    <name>Compensation</name>
    <message>
        <source>up to ¥{high}</source>
        <translation>最多 ¥{high}</translation>
    </message>
    <message>
        <source>¥{low} – ¥{high}</source>
        <translation>¥{low} – ¥{high}</translation>
    </message>
    <message>
        <source>Small compensation follows one-way postage: within the same city that is up to 10 元.</source>
        <translation>小额补偿以单程运费为标准：同城一般 10 元以内。</translation>
    </message>
    <message>
        <source>Small compensation follows one-way postage: to another province that is 10–15 元.</source>
        <translation>小额补偿以单程运费为标准：外省一般 10–15 元。</translation>
    </message>
    <message>
        <source>For high-value goods 20–50 元, depending on the margin: the shop must still earn something on the order.</source>
        <translation>商品价值较高时 20–50 元，看利润而定：底线是这一单店铺仍有部分利润。</translation>
    </message>
    <message>
        <source>Small compensation</source>
        <translation>小额补偿</translation>
    </message>
    <message>
        <source>Same city</source>
        <translation>同城</translation>
    </message>
    <message>
        <source>Another province</source>
        <translation>外省</translation>
    </message>
    <message>
        <source>The buyer is in</source>
        <translation>买家在</translation>
    </message>
    <message>
        <source>High-value goods (¥{from_} or more)</source>
        <translation>高价值商品（¥{from_} 及以上）</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>实付</translation>
    </message>
    <message>
        <source>What to send (the reason first, then the amount):</source>
        <translation>发给买家的话术（先讲原因，再说金额）：</translation>
    </message>
    <message>
        <source>In the buyer's language. It says: sorry for the trouble; since sending the goods back means another parcel, we would like to compensate one-way postage; you keep the goods.</source>
        <translation>买家的语言（中文）。大意：抱歉给您带来不便；退回还要再寄一次快递，我们按一单运费给您补偿，商品您可以继续使用。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Lowered to what the buyer paid for the goods.</source>
        <translation>已降到买家实付金额以内。</translation>
    </message>
    <message>
        <source>If the buyer asks for much more, decline politely; as a last resort, take the return and pay the postage.</source>
        <translation>买家要求过高时委婉拒绝；实在不行，承担运费接受退货。</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>已复制 ✓</translation>
    </message>
</context>
<context>
    <name>Confidence</name>
    <message>
        <source>Official documentation</source>
        <translation>平台官方文档</translation>
    </message>
    <message>
        <source>Merchant article quoting the rule</source>
        <translation>引用平台规则的商家文章</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>未核实</translation>
    </message>
    <message>
        <source>Shop promise</source>
        <translation>店铺承诺</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>then: {action}</source>
        <translation>到期后：{action}</translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation>{d}天{h}小时</translation>
    </message>
    <message>
        <source>{d} d</source>
        <translation>{d}天</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h}小时{m}分</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h}小时</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m}分钟</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>无截止时间</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>刚刚到期</translation>
    </message>
    <message>
        <source>overdue {span}</source>
        <translation>已超时 {span}</translation>
    </message>
    <message>
        <source>under 1 min left</source>
        <translation>不到1分钟</translation>
    </message>
    <message>
        <source>{span} left</source>
        <translation>还剩 {span}</translation>
    </message>
</context>
<context>
    <name>DataFile</name>
    <message>
        <source>the file's TOML syntax</source>
        <translation>文件的 TOML 语法</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>文件本身</translation>
    </message>
    <message>
        <source>not valid TOML: {detail}</source>
        <translation>不是有效的 TOML：{detail}</translation>
    </message>
    <message>
        <source>cannot be read: {detail}</source>
        <translation>无法读取：{detail}</translation>
    </message>
    <message>
        <source>“{id}” is used twice</source>
        <translation>“{id}”用了两次</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>未知的字段</translation>
    </message>
    <message>
        <source>must be lower-case letters, digits, _ or -</source>
        <translation>只能由小写字母、数字、_ 或 - 组成</translation>
    </message>
    <message>
        <source>must be a whole number from 1</source>
        <translation>必须是从 1 起的整数</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>a scenario needs at least one step</source>
        <translation>一个场景至少要有一个步骤</translation>
    </message>
    <message>
        <source>two steps share an id</source>
        <translation>有两个步骤的 id 相同</translation>
    </message>
    <message>
        <source>two scripts share an id</source>
        <translation>有两条话术的 id 相同</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>必须是文字列表</translation>
    </message>
    <message>
        <source>a shipped scenario cites its seed</source>
        <translation>内置场景必须注明来源文章</translation>
    </message>
    <message>
        <source>must be a list of [[{key}]] tables</source>
        <translation>必须是 [[{key}]] 表的列表</translation>
    </message>
    <message>
        <source>must be a table of texts by language (zh_CN = …, en = …)</source>
        <translation>必须是按语言分的文字表（zh_CN = …，en = …）</translation>
    </message>
    <message>
        <source>unknown language {languages}</source>
        <translation>未知的语言 {languages}</translation>
    </message>
    <message>
        <source>texts must be strings</source>
        <translation>文字必须是字符串</translation>
    </message>
    <message>
        <source>a shipped text needs zh_CN and en</source>
        <translation>内置文字需要 zh_CN 和 en 两种</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>必须是一个表</translation>
    </message>
    <message>
        <source>must list evidence kinds</source>
        <translation>必须列出证据类型</translation>
    </message>
    <message>
        <source>unknown kind {kinds}; known: {known}</source>
        <translation>未知的证据类型 {kinds}；可用的有：{known}</translation>
    </message>
    <message>
        <source>braces do not pair: {detail}</source>
        <translation>花括号不成对：{detail}</translation>
    </message>
    <message>
        <source>unknown placeholder {name}; known: {known}</source>
        <translation>未知的占位符 {name}；可用的有：{known}</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
    <message>
        <source>one of: {known}</source>
        <translation>必须是以下之一：{known}</translation>
    </message>
    <message>
        <source>must be a list of words</source>
        <translation>必须是词语列表</translation>
    </message>
</context>
<context>
    <name>DuePanel</name>
    <message>
        <source>Push channels…</source>
        <translation>提醒渠道…</translation>
    </message>
    <message>
        <source>Recent reminders</source>
        <translation>最近的提醒</translation>
    </message>
    <message>
        <source>Overdue: {overdue} · Due within 24 h: {soon}</source>
        <translation>已超时：{overdue} · 24小时内到期：{soon}</translation>
    </message>
    <message>
        <source>{countdown} · {platform} {after_sale_id} · {action}</source>
        <translation>{countdown} · {platform} {after_sale_id} · {action}</translation>
    </message>
    <message>
        <source>Nothing is overdue or due within 24 hours.</source>
        <translation>没有已超时或24小时内到期的售后。</translation>
    </message>
    <message>
        <source>Reminders are on.</source>
        <translation>提醒已开启。</translation>
    </message>
    <message>
        <source>Pause 1 hour</source>
        <translation>暂停1小时</translation>
    </message>
    <message>
        <source>Reminders paused until {time}.</source>
        <translation>提醒已暂停，至 {time}。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复提醒</translation>
    </message>
    <message>
        <source>The CaseWatch watcher (process {pid}) delivers reminders for this data folder; this window takes over as soon as it lets go.</source>
        <translation>售后盯单后台看守进程（进程 {pid}）正在为这个数据文件夹发送提醒；它一放手，本窗口就接手。</translation>
    </message>
    <message>
        <source>Another CaseWatch delivers reminders for this data folder; this window takes over as soon as it lets go.</source>
        <translation>另一个售后盯单正在为这个数据文件夹发送提醒；它一放手，本窗口就接手。</translation>
    </message>
    <message>
        <source>Push to “{name}” failed: {reason}</source>
        <translation>推送到“{name}”失败：{reason}</translation>
    </message>
    <message>
        <source>(%n waiting)</source>
        <translation>（%n 条等待发送）</translation>
    </message>
    <message>
        <source>{lead} before the deadline {due}</source>
        <translation>截止前 {lead}（截止 {due}）</translation>
    </message>
    <message>
        <source>deadline {due} passed</source>
        <translation>截止时间 {due} 已过</translation>
    </message>
    <message>
        <source>{time}  {platform} {after_sale_id}: {what}</source>
        <translation>{time}  {platform} {after_sale_id}：{what}</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>请修改标出的内容。</translation>
    </message>
    <message>
        <source>The database {path} cannot be read ({detail}). A copy may be in the backups folder next to it.</source>
        <translation>无法读取数据库 {path}（{detail}）。旁边的 backups 文件夹里可能有备份。</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of CaseWatch (schema {revision}). Install the newer version, or start with another data folder (--data-dir).</source>
        <translation>数据库 {path} 由更新版本的售后盯单写入（结构版本 {revision}）。请安装新版本，或使用其他数据文件夹启动（--data-dir）。</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be used: {detail}</source>
        <translation>无法使用数据文件夹 {path}：{detail}</translation>
    </message>
    <message>
        <source>The rule file {file} is broken at {where}: {detail}</source>
        <translation>规则文件 {file} 有错误（{where}）：{detail}</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space on the drive of {path} and try again.</source>
        <translation>磁盘已满，没有保存任何内容。请在 {path} 所在的磁盘上腾出空间后重试。</translation>
    </message>
    <message>
        <source>The database is busy with another program (an import or a backup?): nothing was saved. Try again in a moment.</source>
        <translation>数据库正被其他程序占用（导入或备份？），没有保存任何内容。请稍后重试。</translation>
    </message>
    <message>
        <source>The database {path} cannot be written (read-only file or folder): nothing was saved.</source>
        <translation>无法写入数据库 {path}（文件或文件夹只读），没有保存任何内容。</translation>
    </message>
    <message>
        <source>The disk reported an error while saving to {path}: nothing was saved. Check the drive, then try again.</source>
        <translation>保存到 {path} 时磁盘报错，没有保存任何内容。请检查磁盘后重试。</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>没有文件 {path}。</translation>
    </message>
    <message>
        <source>{path} cannot be read: {detail}</source>
        <translation>无法读取 {path}：{detail}</translation>
    </message>
    <message>
        <source>{path} cannot be written: {detail}</source>
        <translation>无法写入 {path}：{detail}</translation>
    </message>
    <message>
        <source>{path} is empty.</source>
        <translation>{path} 是空文件。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>There is no case with the after-sales id {after_sale_id}.</source>
        <translation>没有售后单号为 {after_sale_id} 的售后单。</translation>
    </message>
    <message>
        <source>The after-sales id {after_sale_id} is on several platforms ({platforms}): say which with --platform.</source>
        <translation>售后单号 {after_sale_id} 在多个平台都有（{platforms}）：请用 --platform 指定。</translation>
    </message>
    <message>
        <source>{path}: the file is gone (moved or deleted?).</source>
        <translation>{path}：文件不见了（被移动或删除了？）。</translation>
    </message>
    <message>
        <source>{path} could not be copied into CaseWatch's data folder: {detail}</source>
        <translation>无法把 {path} 复制到售后盯单的数据文件夹：{detail}</translation>
    </message>
    <message>
        <source>{path} is named like a photo but is not one (its content is something else). Nothing was kept.</source>
        <translation>{path} 的文件名像照片，但内容不是照片。未保存。</translation>
    </message>
    <message>
        <source>{path}: CaseWatch keeps photos (JPG, PNG, GIF, WebP, BMP, HEIC, AVIF), videos (MP4, MOV, 3GP, AVI, MKV, WebM) and PDFs.</source>
        <translation>{path}：CaseWatch 可保存照片（JPG、PNG、GIF、WebP、BMP、HEIC、AVIF）、视频（MP4、MOV、3GP、AVI、MKV、WebM）和 PDF。</translation>
    </message>
    <message>
        <source>{path} is damaged: the picture is cut short (an interrupted copy or transfer?). Copy it from the phone again.</source>
        <translation>{path} 已损坏：图片不完整（复制或传输中断？）。请从手机重新复制。</translation>
    </message>
    <message>
        <source>{path} changed while it was being copied: nothing was kept. Try again.</source>
        <translation>{path} 在复制过程中发生了变化：未保存。请重试。</translation>
    </message>
    <message>
        <source>The stored copy of {name} is missing from the data folder: check the evidence files (Tools → Check evidence files).</source>
        <translation>数据文件夹中找不到 {name} 的存档：请检查证据文件（工具 → 检查证据文件）。</translation>
    </message>
    <message>
        <source>The stored copy of {name} no longer matches its fingerprint (SHA-256): it was changed outside CaseWatch. Nothing was packed.</source>
        <translation>{name} 的存档与其指纹（SHA-256）不再一致：文件在售后盯单之外被改动过。未生成举证包。</translation>
    </message>
    <message>
        <source>This case has no evidence to pack.</source>
        <translation>这个售后单还没有可打包的证据。</translation>
    </message>
    <message>
        <source>That evidence file is not on the case any more.</source>
        <translation>该证据文件已不在这个售后单上。</translation>
    </message>
    <message>
        <source>The playbook library has no scenario “{scenario}” (any more).</source>
        <translation>场景库中没有（或已不再有）场景“{scenario}”。</translation>
    </message>
    <message>
        <source>{path}: some of these cases were added elsewhere while you checked the file. Nothing was imported: check the rows again, then import.</source>
        <translation>{path}：检查文件期间，其中一些售后单已在别处添加。这次没有导入任何数据：请重新检查后再导入。</translation>
    </message>
    <message>
        <source>{path} is not a table: it holds binary data. Choose the .xlsx or .csv the platform's back-end downloaded.</source>
        <translation>{path} 不是表格文件（内容是二进制数据）。请选择从平台后台下载的 .xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <source>{path}: the text is neither UTF-8, GB18030/GBK nor UTF-16. Save it again from Excel or WPS as “CSV UTF-8” and import that file.</source>
        <translation>{path}：文本既不是 UTF-8、GB18030/GBK，也不是 UTF-16。请用 Excel 或 WPS 另存为“CSV UTF-8”后再导入。</translation>
    </message>
    <message>
        <source>{path}: line {line} cannot be read as a table row (a quotation mark that is never closed?). Open the file in Excel or WPS, save it again as CSV and import that file.</source>
        <translation>{path}：第 {line} 行无法按表格行读取（可能有未闭合的引号）。请用 Excel 或 WPS 打开，重新另存为 CSV 后再导入。</translation>
    </message>
    <message>
        <source>{path}: near line {line} the text is not {encoding} like the rest of the file. Save it again from Excel or WPS as “CSV UTF-8” and import that file.</source>
        <translation>{path}：第 {line} 行附近的文字编码与文件其他部分（{encoding}）不一致。请用 Excel 或 WPS 另存为“CSV UTF-8”后再导入。</translation>
    </message>
    <message>
        <source>{path}: CaseWatch reads .xlsx, .xls, .csv and .txt exports.</source>
        <translation>{path}：CaseWatch 只能读取 .xlsx、.xls、.csv 和 .txt 格式的导出文件。</translation>
    </message>
    <message>
        <source>{path} is not a spreadsheet CaseWatch can read (damaged, or not Excel): {detail}</source>
        <translation>{path} 不是 CaseWatch 能读取的表格（文件已损坏，或不是 Excel 文件）：{detail}</translation>
    </message>
    <message>
        <source>{path}: the columns ({headers}…) are not from an export CaseWatch knows. Choose the platform (--platform, or in the import window) and match the columns.</source>
        <translation>{path}：这些列（{headers}…）不是 CaseWatch 认识的导出格式。请选择平台（命令行用 --platform，或在导入窗口中选择），并对应好各列。</translation>
    </message>
    <message>
        <source>There is no import source “{source}”.</source>
        <translation>没有导入来源“{source}”。</translation>
    </message>
    <message>
        <source>{path}: no column for {fields}. Match the columns in the import window, or check that the file is the platform's after-sales export.</source>
        <translation>{path}：找不到 {fields} 对应的列。请在导入窗口中对应各列，或确认文件是平台的售后单导出。</translation>
    </message>
    <message>
        <source>{path} has column names but no cases.</source>
        <translation>{path} 只有列名，没有售后单。</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>没有可以撤销的导入。</translation>
    </message>
    <message>
        <source>The last import cannot be undone: {count} of the cases it created were worked on since ({cases}). Undoing would lose that work.</source>
        <translation>无法撤销上一次导入：它新建的售后中有 {count} 个之后已被处理过（{cases}）。撤销会丢失这些处理记录。</translation>
    </message>
    <message>
        <source>Case {case_id} no longer exists.</source>
        <translation>售后单 {case_id} 已不存在。</translation>
    </message>
    <message>
        <source>There is no push channel named “{name}”. The channels: {known}</source>
        <translation>没有名为“{name}”的提醒渠道。现有渠道：{known}</translation>
    </message>
    <message>
        <source>The system's keychain cannot be used ({detail}). On a machine without one, set CASEWATCH_SECRET_STORE=file to keep channel secrets in a file only you can read.</source>
        <translation>无法使用系统钥匙串（{detail}）。在没有钥匙串的机器上，请设置 CASEWATCH_SECRET_STORE=file，把渠道密钥保存在只有你能读的文件里。</translation>
    </message>
    <message>
        <source>The channel's key or password is no longer in the keychain or the secrets file: remove the channel and add it again.</source>
        <translation>钥匙串或密钥文件里已没有这个渠道的密钥或密码：请删除该渠道后重新添加。</translation>
    </message>
    <message>
        <source>The channel secrets file {path} cannot be read: {detail}</source>
        <translation>无法读取渠道密钥文件 {path}：{detail}</translation>
    </message>
    <message>
        <source>The channel secrets file {path} cannot be written: {detail}</source>
        <translation>无法写入渠道密钥文件 {path}：{detail}</translation>
    </message>
    <message>
        <source>Event {event_id} no longer exists.</source>
        <translation>事件 {event_id} 已不存在。</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>A rejection counts in the shop's rejection rate (售后拒绝率) and the buyer can ask the platform to step in. Talk to the buyer first where you can.</source>
        <translation>拒绝会计入店铺的售后拒绝率，买家还可以申请平台介入。能协商的，先与买家沟通协商。</translation>
    </message>
    <message>
        <source>Record this after using 延长收货 in the platform's back-end. It adds the rule's extension to the deadline.</source>
        <translation>请先在平台后台操作【延长收货】，再在这里记录。截止时间会按规则顺延。</translation>
    </message>
    <message>
        <source>Enter the deadline exactly as the platform's back-end shows it. It replaces the rule's deadline until the case moves to another stage.</source>
        <translation>请按平台后台显示的时间准确录入。在售后进入下一阶段之前，它会取代规则计算的截止时间。</translation>
    </message>
    <message>
        <source>For a case the platform refunded or closed by itself because a deadline ran out. The case is finished honestly and counts as a missed clock in the shop's figures.</source>
        <translation>用于平台因时效到期而自动退款或关闭的售后单。售后单如实结束，并在店铺统计中计为一次超时。</translation>
    </message>
    <message>
        <source>Record a payment made to the buyer (小额打款 in the back-end, or otherwise). It does not finish the case: record the refund or close it when the buyer withdraws.</source>
        <translation>记录给买家的打款（后台小额打款或其他方式）。它不会结束售后单：买家撤销后再记录退款或关闭。</translation>
    </message>
    <message>
        <source>Record: {event}</source>
        <translation>记录：{event}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>New tracking number</source>
        <translation>新运单号</translation>
    </message>
    <message>
        <source>for example 5 or 12.50</source>
        <translation>例如 5 或 12.50</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Refunded the buyer</source>
        <translation>已退款给买家</translation>
    </message>
    <message>
        <source>Closed the request</source>
        <translation>已关闭售后申请</translation>
    </message>
    <message>
        <source>What the platform did</source>
        <translation>平台的处理</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>新的截止时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <source>Withdraw an event</source>
        <translation>撤销事件</translation>
    </message>
    <message>
        <source>Withdraw “{event}” of {time}? It stays on the timeline, marked as withdrawn, and the case's clocks are worked out again without it.</source>
        <translation>撤销 {time} 的“{event}”？它仍保留在时间线上并标记为已撤销，时效会不计这条事件重新计算。</translation>
    </message>
    <message>
        <source>Why (optional)</source>
        <translation>原因（可选）</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <source>Buyer applied</source>
        <translation>买家申请售后</translation>
    </message>
    <message>
        <source>Merchant agreed</source>
        <translation>商家同意</translation>
    </message>
    <message>
        <source>Buyer shipped the return</source>
        <translation>买家已寄回</translation>
    </message>
    <message>
        <source>Return signed for</source>
        <translation>退货已签收</translation>
    </message>
    <message>
        <source>Receipt extended</source>
        <translation>延长收货</translation>
    </message>
    <message>
        <source>Merchant rejected</source>
        <translation>商家拒绝</translation>
    </message>
    <message>
        <source>Platform stepped in</source>
        <translation>平台介入</translation>
    </message>
    <message>
        <source>Buyer applied again</source>
        <translation>买家重新申请</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Closed / cancelled</source>
        <translation>关闭 / 撤销</translation>
    </message>
    <message>
        <source>Platform deadline changed</source>
        <translation>平台截止时间变更</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Details corrected</source>
        <translation>信息已修改</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤销事件</translation>
    </message>
    <message>
        <source>Status from the platform's export</source>
        <translation>导入：平台状态</translation>
    </message>
    <message>
        <source>Outbound parcel intercepted</source>
        <translation>已拦截发货包裹</translation>
    </message>
    <message>
        <source>Replacement sent</source>
        <translation>补寄/换货已发出</translation>
    </message>
    <message>
        <source>Compensation paid</source>
        <translation>小额打款/补偿已付</translation>
    </message>
    <message>
        <source>Settled by the platform</source>
        <translation>平台已自动退款/关闭</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Add evidence</source>
        <translation>添加证据</translation>
    </message>
    <message>
        <source>%n file(s): {names}</source>
        <translation>%n 个文件：{names}</translation>
    </message>
    <message>
        <source>What it shows</source>
        <translation>证据类型</translation>
    </message>
    <message>
        <source>e.g. 外箱压痕, 左下角</source>
        <translation>例如：外箱压痕、左下角</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Paste image</source>
        <translation>粘贴图片</translation>
    </message>
    <message>
        <source>A screenshot from the clipboard (Ctrl+V), e.g. a chat</source>
        <translation>粘贴剪贴板中的截图（Ctrl+V），例如聊天记录</translation>
    </message>
    <message>
        <source>Dispute pack…</source>
        <translation>生成举证包…</translation>
    </message>
    <message>
        <source>One ZIP for the platform's 举证 step: the files in order, a summary page and their SHA-256 fingerprints</source>
        <translation>生成一个 ZIP 用于平台举证：按顺序命名的文件、汇总页和各文件的 SHA-256 指纹</translation>
    </message>
    <message>
        <source>Drop photos and videos here, or paste a screenshot. Files are copied into CaseWatch's data folder and never changed.</source>
        <translation>把照片和视频拖到这里，或粘贴截图。文件会复制到售后盯单的数据文件夹，永不修改。</translation>
    </message>
    <message>
        <source>What the case's scenarios ask for:</source>
        <translation>处理场景要求的证据：</translation>
    </message>
    <message>
        <source>taken {time}</source>
        <translation>拍摄于 {time}</translation>
    </message>
    <message>
        <source>added {time}</source>
        <translation>添加于 {time}</translation>
    </message>
    <message>
        <source>Copying %n file(s)…</source>
        <translation>正在复制 %n 个文件…</translation>
    </message>
    <message>
        <source>The clipboard holds no image to paste.</source>
        <translation>剪贴板里没有可粘贴的图片。</translation>
    </message>
    <message>
        <source>pasted {time}.png</source>
        <translation>粘贴 {time}.png</translation>
    </message>
    <message>
        <source>%n file(s) added.</source>
        <translation>已添加 %n 个文件。</translation>
    </message>
    <message>
        <source>Already on this case: {names}.</source>
        <translation>这个售后单已有：{names}。</translation>
    </message>
    <message>
        <source>The stored copy of {names} no longer matched its fingerprint: it was replaced by the file just added.</source>
        <translation>{names} 的存档与其指纹不再一致：已用刚添加的文件替换。</translation>
    </message>
    <message>
        <source>Cancelled: the other files were not added.</source>
        <translation>已取消：其余文件未添加。</translation>
    </message>
    <message>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Open in another program</source>
        <translation>用其他程序打开</translation>
    </message>
    <message>
        <source>Change what it shows…</source>
        <translation>修改类型和说明…</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>%n file(s) moved to the trash.</source>
        <translation>已将 %n 个文件移到回收站。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>已恢复。</translation>
    </message>
    <message>
        <source>This case has no evidence to pack yet.</source>
        <translation>这个售后单还没有可打包的证据。</translation>
    </message>
    <message>
        <source>Pack what there is?</source>
        <translation>按现有证据打包？</translation>
    </message>
    <message>
        <source>The case's scenarios still ask for: {kinds}. Pack the evidence there is anyway?</source>
        <translation>处理场景还要求：{kinds}。仍然按现有证据打包吗？</translation>
    </message>
    <message>
        <source>Evidence {platform} {after_sale_id}.zip</source>
        <translation>举证 {platform} {after_sale_id}.zip</translation>
    </message>
    <message>
        <source>Save the dispute pack</source>
        <translation>保存举证包</translation>
    </message>
    <message>
        <source>Packing…</source>
        <translation>正在打包…</translation>
    </message>
    <message>
        <source>Open its folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <source>Dispute pack saved: {path} ({size}).</source>
        <translation>举证包已保存：{path}（{size}）。</translation>
    </message>
    <message>
        <source>added: {name} ({kind}, {size}, SHA-256 {sha})</source>
        <translation>已添加：{name}（{kind}，{size}，SHA-256 {sha}）</translation>
    </message>
    <message>
        <source>already on this case: {name}</source>
        <translation>这个售后单已有：{name}</translation>
    </message>
    <message>
        <source>Dispute pack {path}: %n file(s), {size}.</source>
        <translation>举证包 {path}：%n 个文件，{size}。</translation>
    </message>
    <message>
        <source>CaseWatch could not read {names} to make a JPG copy for uploading: it is in the pack only as it is. Convert it on the phone or computer it came from.</source>
        <translation>CaseWatch 无法读取 {names}，未能生成供上传的 JPG 副本：举证包中只有原文件。请在拍摄它的手机或电脑上转换为 JPG。</translation>
    </message>
    <message>
        <source>All %n evidence file(s) are there and unchanged ({size} read).</source>
        <translation>全部 %n 个证据文件都在且未被改动（读取 {size}）。</translation>
    </message>
    <message>
        <source>Some evidence files are not as they were added:</source>
        <translation>部分证据文件与添加时不一致：</translation>
    </message>
    <message>
        <source>missing: {name} (case {case}, SHA-256 {sha})</source>
        <translation>缺失：{name}（售后单 {case}，SHA-256 {sha}）</translation>
    </message>
    <message>
        <source>changed: {name} (case {case}, SHA-256 {sha})</source>
        <translation>已改动：{name}（售后单 {case}，SHA-256 {sha}）</translation>
    </message>
    <message>
        <source>CaseWatch repairs nothing by itself: restore the evidence folder from a backup, or add the original files again.</source>
        <translation>售后盯单不会自行修复：请从备份恢复证据文件夹，或重新添加原始文件。</translation>
    </message>
    <message>
        <source>%n file(s) in the evidence folder belong to no case (an interrupted copy, or trash emptied minutes ago): left as they are; emptying the trash later removes them.</source>
        <translation>证据文件夹中有 %n 个文件不属于任何售后单（复制中断，或几分钟前清空了回收站）：已保留原样；稍后清空回收站时会删除。</translation>
    </message>
    <message>
        <source>Evidence trash</source>
        <translation>证据回收站</translation>
    </message>
    <message>
        <source>Files removed from cases stay here until the trash is emptied: restore them if one went by mistake. Emptying deletes their bytes for good (unless another case still holds the same file).</source>
        <translation>从售后单移除的文件会留在这里，直到清空回收站；误删的可以恢复。清空后文件将被永久删除（其他售后单仍在使用的同一文件除外）。</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>售后单</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Shows</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>移除时间</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Empty the trash…</source>
        <translation>清空回收站…</translation>
    </message>
    <message>
        <source>Empty the trash?</source>
        <translation>清空回收站？</translation>
    </message>
    <message>
        <source>The %n file(s) in the trash are deleted for good. This cannot be undone.</source>
        <translation>回收站中的 %n 个文件将被永久删除，无法撤销。</translation>
    </message>
    <message>
        <source>%n file(s) deleted, {size} freed.</source>
        <translation>已删除 %n 个文件，释放 {size}。</translation>
    </message>
    <message>
        <source>Checking the evidence files…</source>
        <translation>正在检查证据文件…</translation>
    </message>
    <message>
        <source>&lt; Previous</source>
        <translation>&lt; 上一张</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>下一张 &gt;</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>A {what}: it opens in the system's own program.</source>
        <translation>这是{what}：会用系统自带的程序打开。</translation>
    </message>
    <message>
        <source>CaseWatch cannot draw this photo: it may be damaged, or in a form CaseWatch does not read. Its stored copy is unchanged.</source>
        <translation>CaseWatch 无法显示这张照片：文件可能已损坏，或是 CaseWatch 不支持的格式。已保存的文件没有改动。</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>{n} GB</source>
        <translation>{n} GB</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>After-sales id</source>
        <translation>售后单号</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>售后类型</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Agreed at</source>
        <translation>同意时间</translation>
    </message>
    <message>
        <source>Return courier</source>
        <translation>退货快递公司</translation>
    </message>
    <message>
        <source>Return tracking no.</source>
        <translation>退货运单号</translation>
    </message>
    <message>
        <source>Return shipped at</source>
        <translation>买家寄回时间</translation>
    </message>
    <message>
        <source>Return signed for at</source>
        <translation>退货签收时间</translation>
    </message>
    <message>
        <source>Receipt extended at</source>
        <translation>延长收货时间</translation>
    </message>
    <message>
        <source>Rejected at</source>
        <translation>拒绝时间</translation>
    </message>
    <message>
        <source>Refunded at</source>
        <translation>退款时间</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <source>Platform deadline</source>
        <translation>平台截止时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Outbound courier</source>
        <translation>发货快递公司</translation>
    </message>
    <message>
        <source>Outbound tracking no.</source>
        <translation>发货运单号</translation>
    </message>
    <message>
        <source>Logistics status</source>
        <translation>物流状态</translation>
    </message>
    <message>
        <source>Intercepted at</source>
        <translation>拦截时间</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Merchant deadline</source>
        <translation>商家截止时间</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>到期后</translation>
    </message>
    <message>
        <source>Deadline from</source>
        <translation>截止时间来源</translation>
    </message>
    <message>
        <source>Buyer deadline</source>
        <translation>买家截止时间</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>After-sales id</source>
        <translation>售后单号</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>售后类型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Platform deadline</source>
        <translation>平台截止时间</translation>
    </message>
    <message>
        <source>When</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>新的截止时间</translation>
    </message>
    <message>
        <source>What the platform did</source>
        <translation>平台的处理</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation>提醒时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Reply scripts</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Webhook 地址</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>加签密钥</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>发信服务器</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Authorisation code</source>
        <translation>授权码</translation>
    </message>
    <message>
        <source>From</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>Overdue cases come back every</source>
        <translation>已超时的售后每隔多久再提醒</translation>
    </message>
    <message>
        <source>Data counts as stale after</source>
        <translation>数据多久未更新算过期</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>After-sales exports ({patterns})</source>
        <translation>售后导出文件（{patterns}）</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Import platform exports</source>
        <translation>导入平台导出的售后单</translation>
    </message>
    <message>
        <source>CSV for Excel/WPS (*.csv)</source>
        <translation>CSV，可用 Excel/WPS 打开 (*.csv)</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>添加证据</translation>
    </message>
    <message>
        <source>Photos, videos and PDFs ({patterns})</source>
        <translation>照片、视频和 PDF（{patterns}）</translation>
    </message>
    <message>
        <source>ZIP archive (*.zip)</source>
        <translation>ZIP 压缩包 (*.zip)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Export from</source>
        <translation>导出来源</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>CaseWatch field</source>
        <translation>售后盯单字段</translation>
    </message>
    <message>
        <source>Column in your file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>前几行的值</translation>
    </message>
    <message>
        <source>{name} · sheet “{sheet}” · headers in row {row}</source>
        <translation>{name} · 工作表“{sheet}” · 表头在第 {row} 行</translation>
    </message>
    <message>
        <source>{name} · {encoding} · separated by “{delimiter}” · headers in row {row}</source>
        <translation>{name} · {encoding} · 分隔符“{delimiter}” · 表头在第 {row} 行</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>CaseWatch does not recognise these columns. Choose which export this is, then match the columns.</source>
        <translation>售后盯单认不出这些列。请选择这是哪个平台的导出文件，再对应各列。</translation>
    </message>
    <message>
        <source>Recognised as {source}. Check that each field has the right column: the first values are shown beside it. Corrections are remembered for this export.</source>
        <translation>已识别为{source}。请核对每个字段对应的列（旁边显示前几行的值）。你的修改会记住，下次导入同类文件时沿用。</translation>
    </message>
    <message>
        <source>Read as {source}. Check that each field has the right column: the first values are shown beside it. Corrections are remembered for this export.</source>
        <translation>按{source}读取。请核对每个字段对应的列（旁边显示前几行的值）。你的修改会记住，下次导入同类文件时沿用。</translation>
    </message>
    <message>
        <source>— not in this file —</source>
        <translation>— 文件中没有 —</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Columns CaseWatch does not read: {columns}</source>
        <translation>不读取的列：{columns}</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>撤销这次导入</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <source>Check rows &gt;</source>
        <translation>检查数据 &gt;</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Next file &gt;</source>
        <translation>下一个文件 &gt;</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>导入 {file}</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <source>Checking the rows of {file}…</source>
        <translation>正在检查 {file} 的数据…</translation>
    </message>
    <message>
        <source>Importing %n case(s) from {file}…</source>
        <translation>正在从 {file} 导入 %n 个售后单…</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing changed.</source>
        <translation>已取消导入，没有做任何更改。</translation>
    </message>
    <message>
        <source>{file} is imported: {new} new cases, {updated} updated, {unchanged} unchanged, {rejected} rows rejected.</source>
        <translation>{file} 已导入：新增 {new} 个售后单，更新 {updated} 个，{unchanged} 个无变化，{rejected} 行未导入。</translation>
    </message>
    <message>
        <source>Undo this import?</source>
        <translation>撤销这次导入？</translation>
    </message>
    <message>
        <source>The cases it added are removed, and what it changed in other cases is withdrawn (their timelines keep a note of it).</source>
        <translation>这次导入新增的售后单会被删除；对其他售后单的更改会被撤回（时间线上保留记录）。</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>正在撤销导入…</translation>
    </message>
    <message>
        <source>The import of {file} is undone.</source>
        <translation>{file} 的导入已撤销。</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <source>Checking the rows of {file}: {rows} read…</source>
        <translation>正在检查 {file}：已读取 {rows} 行…</translation>
    </message>
    <message>
        <source>Cancelled: nothing changed.</source>
        <translation>已取消，没有做任何更改。</translation>
    </message>
    <message>
        <source>Choose a column for: {fields}</source>
        <translation>请为以下字段选择列：{fields}</translation>
    </message>
    <message>
        <source>Import %n case(s)</source>
        <translation>导入 %n 个售后单</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>New cases</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>Rows rejected</source>
        <translation>未导入的行</translation>
    </message>
    <message>
        <source>Save this list…</source>
        <translation>保存此列表…</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Imported?</source>
        <translation>是否导入</translation>
    </message>
    <message>
        <source>{rows} rows read from {file} ({source}). Nothing has been saved yet: check the numbers, then import.</source>
        <translation>已从 {file}（{source}）读取 {rows} 行。尚未保存任何数据：请核对数字后再导入。</translation>
    </message>
    <message>
        <source>No problems found in the file.</source>
        <translation>文件中没有发现问题。</translation>
    </message>
    <message>
        <source>{total} problems; the first {shown} are listed (save the list to see them all):</source>
        <translation>共 {total} 个问题，下面列出前 {shown} 个（保存列表可查看全部）：</translation>
    </message>
    <message>
        <source>{total} problems:</source>
        <translation>共 {total} 个问题：</translation>
    </message>
    <message>
        <source>{name} problems.csv</source>
        <translation>{name} 问题行.csv</translation>
    </message>
    <message>
        <source>Save the list of problems</source>
        <translation>保存问题列表</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>no: fix the row and import again</source>
        <translation>否：改正后重新导入</translation>
    </message>
    <message>
        <source>yes: check the case</source>
        <translation>是：请核对该售后单</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <source>抖店 售后单 export</source>
        <translation>抖店 售后单导出</translation>
    </message>
    <message>
        <source>千牛 退款明细 export</source>
        <translation>千牛 退款明细导出</translation>
    </message>
    <message>
        <source>拼多多 售后 export</source>
        <translation>拼多多 售后导出</translation>
    </message>
    <message>
        <source>视频号/微信小店 export</source>
        <translation>视频号/微信小店导出</translation>
    </message>
    <message>
        <source>快手 export</source>
        <translation>快手导出</translation>
    </message>
    <message>
        <source>CaseWatch CSV</source>
        <translation>CaseWatch 通用 CSV</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>售后状态</translation>
    </message>
    <message>
        <source>Return needed (yes/no)</source>
        <translation>是否需要退货</translation>
    </message>
    <message>
        <source>Evidence deadline</source>
        <translation>举证截止时间</translation>
    </message>
    <message>
        <source>Return parcel status</source>
        <translation>退货物流状态</translation>
    </message>
    <message>
        <source>Product SKU / spec</source>
        <translation>商品规格 / SKU</translation>
    </message>
    <message>
        <source>empty, but required</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>“{value}” was turned into a number by Excel and its last digits are lost. Export again from the platform and import that file directly, or format the column as Text in Excel before saving.</source>
        <translation>“{value}”被 Excel 转成了数字，末尾几位已经丢失。请重新从平台导出并直接导入该文件，或先在 Excel 里把这一列设为“文本”格式再保存。</translation>
    </message>
    <message>
        <source>“{value}” is not an id</source>
        <translation>“{value}”不是有效的单号</translation>
    </message>
    <message>
        <source>“{value}” is not an amount in yuan</source>
        <translation>“{value}”不是以元为单位的金额</translation>
    </message>
    <message>
        <source>“{value}” is not a time (YYYY-MM-DD HH:MM:SS)</source>
        <translation>“{value}”不是时间（应为 YYYY-MM-DD HH:MM:SS）</translation>
    </message>
    <message>
        <source>“{value}” is not a platform (douyin, pinduoduo, taobao, wechat, kuaishou, other)</source>
        <translation>“{value}”不是平台（douyin、pinduoduo、taobao、wechat、kuaishou、other）</translation>
    </message>
    <message>
        <source>the same after-sales id as row {value}, with different contents: row {value} was imported, this one was not (export again, or delete the older row)</source>
        <translation>售后单号与第 {value} 行相同但内容不同：已导入第 {value} 行，这一行未导入（请重新导出，或删除较旧的那一行）</translation>
    </message>
    <message>
        <source>the same row as row {value}: read once</source>
        <translation>与第 {value} 行完全相同：只读取一次</translation>
    </message>
    <message>
        <source>unknown status: imported as “needs review”, please check the case</source>
        <translation>未知的售后状态：已按“待核对”导入，请检查这个售后</translation>
    </message>
    <message>
        <source>unknown after-sales type: imported as “other”, please check the case</source>
        <translation>未知的售后类型：已按“其他”导入，请检查这个售后</translation>
    </message>
    <message>
        <source>row {row}, column “{column}”: {problem}</source>
        <translation>第 {row} 行，“{column}”列：{problem}</translation>
    </message>
    <message>
        <source>row {row} ({case}): {problem}</source>
        <translation>第 {row} 行（{case}）：{problem}</translation>
    </message>
    <message>
        <source>{file} ({source}): {rows} rows read, {new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected</source>
        <translation>{file}（{source}）：读取 {rows} 行，新增 {new}，更新 {updated}，未变 {unchanged}，拒绝 {rejected}</translation>
    </message>
    <message>
        <source>(dry run: nothing was changed)</source>
        <translation>（试运行：没有做任何修改）</translation>
    </message>
</context>
<context>
    <name>Intercept</name>
    <message>
        <source>Courier not recognised · {start}…</source>
        <translation>未识别快递 · {start}…</translation>
    </message>
    <message>
        <source>Courier not recognised</source>
        <translation>未识别快递</translation>
    </message>
    <message>
        <source>{courier} ({count})</source>
        <translation>{courier}（{count}）</translation>
    </message>
    <message>
        <source>Intercept outbound parcels</source>
        <translation>拦截发货包裹</translation>
    </message>
    <message>
        <source>{cases} cases chosen; {numbers} outbound tracking numbers.</source>
        <translation>已选 {cases} 个售后单，共 {numbers} 个发货运单号。</translation>
    </message>
    <message>
        <source>%n of the cases have no outbound tracking number.</source>
        <translation>其中 %n 个没有发货运单号。</translation>
    </message>
    <message>
        <source>Mark %n case(s) intercepted</source>
        <translation>标记 %n 个售后单为已拦截</translation>
    </message>
    <message>
        <source>%n case(s) marked intercepted.</source>
        <translation>已将 %n 个售后单标记为已拦截。</translation>
    </message>
    <message>
        <source>%n were marked before.</source>
        <translation>%n 个之前已标记。</translation>
    </message>
    <message>
        <source>%n are finished and were left alone.</source>
        <translation>%n 个已完结，未做更改。</translation>
    </message>
    <message>
        <source>Copy each courier's numbers into that courier's group, then mark those cases intercepted so everyone sees it.</source>
        <translation>把每家快递的单号分别复制到对应的快递群里拦截，然后把这些售后单标记为已拦截，方便大家跟进。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy all, with courier headings</source>
        <translation>全部复制（带快递名称）</translation>
    </message>
    <message>
        <source>Mark the cases with a tracking number intercepted</source>
        <translation>把有发货运单号的售后单标记为已拦截</translation>
    </message>
    <message>
        <source>Intercepted on</source>
        <translation>拦截时间</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>已复制 ✓</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CaseWatch — after-sales clocks</source>
        <translation>CaseWatch 售后盯单 — 平台时效</translation>
    </message>
    <message>
        <source>Due soon / overdue</source>
        <translation>即将到期 / 已超时</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>新建售后…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Clock rules…</source>
        <translation>时效规则…</translation>
    </message>
    <message>
        <source>Scenario playbooks…</source>
        <translation>场景与话术库…</translation>
    </message>
    <message>
        <source>Evidence trash…</source>
        <translation>证据回收站…</translation>
    </message>
    <message>
        <source>Check evidence files…</source>
        <translation>检查证据文件…</translation>
    </message>
    <message>
        <source>Quit CaseWatch</source>
        <translation>退出售后盯单</translation>
    </message>
    <message>
        <source>Due soon / overdue panel</source>
        <translation>到期提醒面板</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <source>About CaseWatch</source>
        <translation>关于售后盯单</translation>
    </message>
    <message>
        <source>Import platform export…</source>
        <translation>导入平台导出…</translation>
    </message>
    <message>
        <source>Export shown cases…</source>
        <translation>导出当前列表…</translation>
    </message>
    <message>
        <source>The cases and columns shown, as CSV for Excel/WPS</source>
        <translation>把当前显示的售后单和列导出为 CSV，可用 Excel/WPS 打开</translation>
    </message>
    <message>
        <source>Undo last import…</source>
        <translation>撤销上次导入…</translation>
    </message>
    <message>
        <source>Intercept parcels…</source>
        <translation>拦截包裹…</translation>
    </message>
    <message>
        <source>The chosen cases' outbound tracking numbers by courier, and marking them intercepted</source>
        <translation>按快递列出所选售后单的发货运单号，并标记为已拦截</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>售后单(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>No cases are shown: nothing to export.</source>
        <translation>当前列表没有售后单，无可导出。</translation>
    </message>
    <message>
        <source>After-sales cases {date}.csv</source>
        <translation>售后单 {date}.csv</translation>
    </message>
    <message>
        <source>Export the cases shown</source>
        <translation>导出当前列表</translation>
    </message>
    <message>
        <source>Exporting %n case(s)…</source>
        <translation>正在导出 %n 个售后单…</translation>
    </message>
    <message>
        <source>%n case(s) exported to {path}</source>
        <translation>已导出 %n 个售后单到 {path}</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>没有可以撤销的导入。</translation>
    </message>
    <message>
        <source>Undo the last import?</source>
        <translation>撤销上次导入？</translation>
    </message>
    <message>
        <source>Undo the import of {file} ({time})? Its {new} new cases are removed, and what it changed in {updated} other cases is withdrawn (their timelines keep a note of it).</source>
        <translation>撤销 {file}（{time}）的导入？它新增的 {new} 个售后单会被删除，对另外 {updated} 个售后单的更改会被撤回（时间线上保留记录）。</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>正在撤销导入…</translation>
    </message>
    <message>
        <source>The import of {file} is undone.</source>
        <translation>{file} 的导入已撤销。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Data: {path}</source>
        <translation>数据：{path}</translation>
    </message>
    <message>
        <source>Reminders paused until {time}</source>
        <translation>提醒已暂停，至 {time}</translation>
    </message>
    <message>
        <source>{app} {version}
An offline desk for after-sales cases: every platform clock visible, a reminder before each deadline.
Data folder: {path}</source>
        <translation>{app} {version}
离线的售后工作台：每个平台时效都看得见，每个截止时间前都有提醒。
数据文件夹：{path}</translation>
    </message>
    <message>
        <source>Quit CaseWatch?</source>
        <translation>退出售后盯单？</translation>
    </message>
    <message>
        <source>This computer shows no tray icon, so CaseWatch cannot remind you while it is closed. When you start it again it lists what came due in the meantime.</source>
        <translation>这台电脑没有托盘图标，关闭后售后盯单无法提醒你。下次启动时，会列出期间到期的售后。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>CaseWatch</source>
        <translation>售后盯单</translation>
    </message>
    <message>
        <source>Something went wrong. Your data is safe.</source>
        <translation>出了点问题。你的数据是安全的。</translation>
    </message>
    <message>
        <source>The details are in the log file:
{path}</source>
        <translation>详细信息在日志文件中：
{path}</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>¥{amount}</source>
        <translation>¥{amount}</translation>
    </message>
</context>
<context>
    <name>Notify</name>
    <message>
        <source>{platform} {after_sale_id}</source>
        <translation>{platform} {after_sale_id}</translation>
    </message>
    <message>
        <source>· {countdown}: {case}</source>
        <translation>· {countdown}：{case}</translation>
    </message>
    <message>
        <source>the platform acts</source>
        <translation>平台自动处理</translation>
    </message>
    <message>
        <source>Overdue: {case}</source>
        <translation>已超时：{case}</translation>
    </message>
    <message>
        <source>The deadline {due} has passed. Then: {action}.</source>
        <translation>截止时间 {due} 已过。到期后：{action}。</translation>
    </message>
    <message>
        <source>{countdown}: {case}</source>
        <translation>{countdown}：{case}</translation>
    </message>
    <message>
        <source>Deadline {due}. Then: {action}.</source>
        <translation>截止 {due}。到期后：{action}。</translation>
    </message>
    <message>
        <source>%n case(s) need you</source>
        <translation>%n 个售后需要处理</translation>
    </message>
    <message>
        <source>, %n overdue</source>
        <translation>，%n 个已超时</translation>
    </message>
    <message>
        <source>Since CaseWatch last ran:</source>
        <translation>自上次运行售后盯单以来：</translation>
    </message>
    <message>
        <source>While the computer slept (or its clock moved ahead):</source>
        <translation>电脑睡眠期间（或时钟被调快）：</translation>
    </message>
    <message>
        <source>The computer's clock was set back:</source>
        <translation>电脑时钟被调慢：</translation>
    </message>
    <message>
        <source>Still not acknowledged: their platforms may act on them. See the card.</source>
        <translation>仍未确认：平台可能会自动处理。请看提醒卡片。</translation>
    </message>
    <message>
        <source>… and %n more</source>
        <extracomment>Windows' NOTIFYICONDATA: szInfoTitle[64] and szInfo[256] UTF-16 units, ending in a NUL.</extracomment>
        <translation>……还有 %n 个</translation>
    </message>
</context>
<context>
    <name>Pack</name>
    <message>
        <source>After-sales evidence: {platform} {after_sale_id}</source>
        <translation>售后举证材料：{platform} {after_sale_id}</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>After-sales id</source>
        <translation>售后单号</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>售后类型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>售后原因</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>当前阶段</translation>
    </message>
    <message>
        <source>Return parcel</source>
        <translation>退货包裹</translation>
    </message>
    <message>
        <source>Outbound parcel</source>
        <translation>发货包裹</translation>
    </message>
    <message>
        <source>JPG copy for uploading: {name}</source>
        <translation>供上传的 JPG 副本：{name}</translation>
    </message>
    <message>
        <source>Made by {app} {version} on {time}.</source>
        <translation>由 {app} {version} 于 {time} 生成。</translation>
    </message>
    <message>
        <source>Each file's SHA-256 is also in SHA256SUMS.txt: the same fingerprint proves the file was not changed since it was added.</source>
        <translation>各文件的 SHA-256 同时列在 SHA256SUMS.txt 中：指纹一致即证明文件自添加以来未被改动。</translation>
    </message>
    <message>
        <source>HEIC photos (iPhone), which the platforms' upload forms do not take, are also in the pack as JPG copies; the table gives the originals' fingerprints, SHA256SUMS.txt those of both.</source>
        <translation>平台举证上传不支持 HEIC 照片（iPhone 拍摄），因此包内另附 JPG 副本；上表为原文件的指纹，SHA256SUMS.txt 中两者都有。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Shows</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>拍摄时间</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>en</source>
        <translation>zh-CN</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>售后单信息</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>处理经过</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
</context>
<context>
    <name>Party</name>
    <message>
        <source>Merchant</source>
        <translation>商家</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>Douyin</source>
        <translation>抖音/抖店</translation>
    </message>
    <message>
        <source>Pinduoduo</source>
        <translation>拼多多</translation>
    </message>
    <message>
        <source>Taobao/Tmall</source>
        <translation>淘宝/天猫</translation>
    </message>
    <message>
        <source>WeChat Channels</source>
        <translation>视频号/微信小店</translation>
    </message>
    <message>
        <source>Kuaishou</source>
        <translation>快手</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Playbook</name>
    <message>
        <source> (edited)</source>
        <translation>（已修改）</translation>
    </message>
    <message>
        <source> (your own)</source>
        <translation>（自建）</translation>
    </message>
    <message>
        <source>Choose a scenario</source>
        <translation>选择场景</translation>
    </message>
    <message>
        <source>Search scenarios</source>
        <translation>搜索场景</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>按此处理</translation>
    </message>
    <message>
        <source>Choose a scenario…</source>
        <translation>选择其他场景…</translation>
    </message>
    <message>
        <source>Compensation…</source>
        <translation>补偿建议…</translation>
    </message>
    <message>
        <source>How much small compensation to offer, and how to explain it</source>
        <translation>小额补偿给多少、怎么跟买家说</translation>
    </message>
    <message>
        <source>This case followed the scenario “{id}”, which the library no longer has.</source>
        <translation>此售后单曾按场景“{id}”处理，但场景库中已没有这个场景。</translation>
    </message>
    <message>
        <source>No scenario fits this case by its type, reason and stage. Choose one if it helps.</source>
        <translation>按类型、原因和阶段没有找到合适的场景。需要的话可以手动选择。</translation>
    </message>
    <message>
        <source>Intercept…</source>
        <translation>拦截包裹…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Change this scenario's steps and scripts</source>
        <translation>修改这个场景的步骤和话术</translation>
    </message>
    <message>
        <source>Stop following</source>
        <translation>不再按此处理</translation>
    </message>
    <message>
        <source>Evidence to collect</source>
        <translation>需要收集的证据</translation>
    </message>
    <message>
        <source>{mark} {text} ({kinds}: {have} of at least {n})</source>
        <translation>{mark} {text}（{kinds}：已有 {have}，至少 {n}）</translation>
    </message>
    <message>
        <source>Reply scripts</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Usual outcomes</source>
        <translation>常见结果</translation>
    </message>
    <message>
        <source>Suggested for this case</source>
        <translation>建议的处理场景</translation>
    </message>
    <message>
        <source>the case mentions “{words}”</source>
        <translation>售后单中提到“{words}”</translation>
    </message>
    <message>
        <source>fits its type and stage</source>
        <translation>符合类型和阶段</translation>
    </message>
    <message>
        <source>Stop following this scenario?</source>
        <translation>不再按这个场景处理？</translation>
    </message>
    <message>
        <source>The {n} ticked steps of “{title}” on this case are forgotten.</source>
        <translation>此售后单在“{title}”中已勾选的 {n} 个步骤将被清除。</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>已复制 ✓</translation>
    </message>
    <message>
        <source>The return is still on its way and the deadline is {deadline}. Use 延长收货 now (+{adds}, once) in the platform's back-end, then record it here; talk to the buyer too.</source>
        <translation>退货还在路上，截止时间是 {deadline}。现在就可以在平台后台使用延长收货（+{adds}，仅一次），再在这里记录；同时与买家沟通。</translation>
    </message>
    <message>
        <source>The return is still on its way and the deadline is {deadline}, but 延长收货 opens only at {available} (5 days after the tracking upload). Talk to the buyer now: if they agree, they can withdraw the request for the time being.</source>
        <translation>退货还在路上，截止时间是 {deadline}，但延长收货要到 {available}（上传运单号 5 天后）才能使用。请现在就与买家沟通：买家同意的话，可以先撤销这次售后申请。</translation>
    </message>
    <message>
        <source>The return is still on its way and the deadline is {deadline}. 延长收货 (+{adds}, once) opens at {available}: use it then if the parcel has not arrived.</source>
        <translation>退货还在路上，截止时间是 {deadline}。延长收货（+{adds}，仅一次）在 {available} 开放：到时包裹仍未到就使用。</translation>
    </message>
    <message>
        <source>Refund only, and the parcel we sent ({courier} {tracking_no}) is still on its way: have the courier intercept it, then mark the case intercepted.</source>
        <translation>仅退款，而我们发出的包裹（{courier} {tracking_no}）还在路上：请快递拦截，然后把售后单标记为已拦截。</translation>
    </message>
    <message>
        <source>Past the after-sales period: 视频号/微信小店 lets the shop re-open it (延长售后) within a year of payment, up to {times} times, {days} days each, once the order is settled — where that is fair to the buyer.</source>
        <translation>已过售后期：视频号/微信小店允许商家在付款后一年内、订单结算后延长售后，最多 {times} 次，每次 {days} 天——对买家公平时可以使用。</translation>
    </message>
</context>
<context>
    <name>PlaybookEditor</name>
    <message>
        <source>Scenario playbooks</source>
        <translation>场景与话术库</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Restore the shipped version</source>
        <translation>恢复出厂版本</translation>
    </message>
    <message>
        <source>Delete this scenario</source>
        <translation>删除这个场景</translation>
    </message>
    <message>
        <source>Copy as a new scenario</source>
        <translation>复制为新场景</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>新建场景</translation>
    </message>
    <message>
        <source>Show the shipped version…</source>
        <translation>查看出厂版本…</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>These files of yours could not be used:</source>
        <translation>以下自定义文件无法使用：</translation>
    </message>
    <message>
        <source>Your version of a shipped scenario.</source>
        <translation>这是你修改过的出厂场景。</translation>
    </message>
    <message>
        <source>⟳ CaseWatch has since shipped a newer version of it: restore the shipped version to see it (yours is then gone).</source>
        <translation>⟳ 售后盯单之后发布了这个场景的新版本：恢复出厂版本即可查看（你的修改将被删除）。</translation>
    </message>
    <message>
        <source>Your own scenario.</source>
        <translation>这是你自建的场景。</translation>
    </message>
    <message>
        <source>As CaseWatch ships it. Saving a change keeps it as your version.</source>
        <translation>售后盯单出厂版本。保存修改后会另存为你的版本。</translation>
    </message>
    <message>
        <source>From: {sources}</source>
        <translation>来源：{sources}</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <source>The changes to this scenario are not saved.</source>
        <translation>对这个场景的修改尚未保存。</translation>
    </message>
    <message>
        <source>Delete this scenario?</source>
        <translation>删除这个场景？</translation>
    </message>
    <message>
        <source>“{title}” is deleted; cases that followed it keep their note of it.</source>
        <translation>将删除“{title}”；曾按它处理的售后单会保留记录。</translation>
    </message>
    <message>
        <source>Restore the shipped version?</source>
        <translation>恢复出厂版本？</translation>
    </message>
    <message>
        <source>Your changes to “{title}” are deleted; steps ticked on cases stay ticked where the step still exists.</source>
        <translation>你对“{title}”的修改将被删除；售后单上已勾选的步骤，若步骤仍在则保持勾选。</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title}（副本）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概述</translation>
    </message>
    <message>
        <source>Suggested for</source>
        <translation>适用于</translation>
    </message>
    <message>
        <source>Nothing ticked in a row means any.</source>
        <translation>某一行都不勾选表示不限。</translation>
    </message>
    <message>
        <source>e.g. 寄错、退错</source>
        <translation>例如：寄错、退错</translation>
    </message>
    <message>
        <source>Words in the reason</source>
        <translation>售后原因中的关键词</translation>
    </message>
    <message>
        <source>Words in the parcel's status</source>
        <translation>发货物流状态中的关键词</translation>
    </message>
    <message>
        <source>Suggest whenever the ticked rows match, without a word</source>
        <translation>只要勾选的条件符合就建议（不需要关键词）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Steps (double-click to edit)</source>
        <translation>步骤（双击修改）</translation>
    </message>
    <message>
        <source>In Chinese: these are the words the buyer receives</source>
        <translation>请用中文：这是发给买家的话</translation>
    </message>
    <message>
        <source>Add a script</source>
        <translation>添加话术</translation>
    </message>
    <message>
        <source>Filled from the case: {names}</source>
        <translation>可自动填入售后单信息：{names}</translation>
    </message>
    <message>
        <source>Reply scripts</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>{text} ({kinds}, at least {minimum})</source>
        <translation>{text}（{kinds}，至少 {minimum} 个）</translation>
    </message>
    <message>
        <source>Usual outcomes (one a line)</source>
        <translation>常见结果（每行一条）</translation>
    </message>
    <message>
        <source>Cautions (one a line)</source>
        <translation>注意事项（每行一条）</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>新步骤</translation>
    </message>
    <message>
        <source>New script</source>
        <translation>新话术</translation>
    </message>
    <message>
        <source>Evidence to collect</source>
        <translation>要收集的证据</translation>
    </message>
    <message>
        <source>Change the evidence to collect</source>
        <translation>修改要收集的证据</translation>
    </message>
    <message>
        <source>e.g. the label photographed with the returned goods</source>
        <translation>例如：快递面单与退回商品的合照</translation>
    </message>
    <message>
        <source>What to collect</source>
        <translation>收集什么</translation>
    </message>
    <message>
        <source>Files of these kinds count</source>
        <translation>计入的证据类型</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>至少</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>“{value}” was turned into a number by Excel and its last digits are lost. Copy the id from the platform again (format the Excel column as Text first).</source>
        <translation>“{value}”被 Excel 转成了数字，末尾几位已经丢失。请从平台重新复制单号（先把 Excel 这一列设为“文本”格式）。</translation>
    </message>
    <message>
        <source>At most {max} characters.</source>
        <translation>最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>“{value}” has characters an id cannot have (spaces or punctuation).</source>
        <translation>“{value}”含有单号中不能有的字符（空格或标点）。</translation>
    </message>
    <message>
        <source>Lies in the future.</source>
        <translation>是将来的时间。</translation>
    </message>
    <message>
        <source>“{value}” is not one of the choices.</source>
        <translation>“{value}”不是可选的值。</translation>
    </message>
    <message>
        <source>“{value}” is not an amount in yuan (for example 88 or 88.50).</source>
        <translation>“{value}”不是以元为单位的金额（例如 88 或 88.50）。</translation>
    </message>
    <message>
        <source>Must be later than the request.</source>
        <translation>必须晚于买家申请时间。</translation>
    </message>
    <message>
        <source>This after-sales id is already in CaseWatch for this platform.</source>
        <translation>这个平台的此售后单号已经录入过了。</translation>
    </message>
    <message>
        <source>“{kind}” does not apply to a “{case_type}” case.</source>
        <translation>“{case_type}”售后不适用“{kind}”。</translation>
    </message>
    <message>
        <source>“{kind}” cannot be recorded while the case is “{stage}”.</source>
        <translation>售后处于“{stage}”时，不能记录“{kind}”。</translation>
    </message>
    <message>
        <source>“{kind}” cannot be recorded by hand.</source>
        <translation>“{kind}”不能手动记录。</translation>
    </message>
    <message>
        <source>Is earlier than the buyer's request.</source>
        <translation>早于买家申请时间。</translation>
    </message>
    <message>
        <source>Is earlier than the buyer's request of case {case}.</source>
        <translation>早于售后单 {case} 的买家申请时间。</translation>
    </message>
    <message>
        <source>Is earlier than “{kind}” of {time}: later events cannot be dated before it. Withdraw that event first if it was wrong.</source>
        <translation>早于 {time} 的“{kind}”：之后的事件不能早于它。如果那条事件记错了，请先撤销它。</translation>
    </message>
    <message>
        <source>CaseWatch knows no receipt extension for {platform}: enter the platform's new deadline instead.</source>
        <translation>售后盯单没有{platform}的延长收货规则：请改为录入平台显示的新截止时间。</translation>
    </message>
    <message>
        <source>The receipt extension has already been used for this return.</source>
        <translation>这单退货已经使用过延长收货。</translation>
    </message>
    <message>
        <source>The receipt extension can be used from {available_at}.</source>
        <translation>从 {available_at} 起才能使用延长收货。</translation>
    </message>
    <message>
        <source>The buyer's request and corrections of details cannot be withdrawn.</source>
        <translation>买家申请和信息修改记录不能撤销。</translation>
    </message>
    <message>
        <source>This event has already been withdrawn.</source>
        <translation>这条事件已经撤销过了。</translation>
    </message>
    <message>
        <source>At most {max} reminder times.</source>
        <translation>最多 {max} 个提醒时间。</translation>
    </message>
    <message>
        <source>Must be more than zero and at most {max_days} days.</source>
        <translation>必须大于零且不超过 {max_days} 天。</translation>
    </message>
    <message>
        <source>There is no rule “{rule_id}”.</source>
        <translation>没有规则“{rule_id}”。</translation>
    </message>
    <message>
        <source>A step has no text.</source>
        <translation>有步骤没有内容。</translation>
    </message>
    <message>
        <source>Two steps are the same.</source>
        <translation>有两个步骤重复。</translation>
    </message>
    <message>
        <source>{name} is not a placeholder CaseWatch can fill. These are: {known}</source>
        <translation>{name} 不是售后盯单能自动填写的占位符。可用的有：{known}</translation>
    </message>
    <message>
        <source>A {{ has no matching }} (placeholders look like {{order_id}}).</source>
        <translation>有 {{ 没有对应的 }}（占位符的写法如 {{order_id}}）。</translation>
    </message>
    <message>
        <source>{where}: {detail}</source>
        <translation>{where}：{detail}</translation>
    </message>
    <message>
        <source>Tick at least one.</source>
        <translation>请至少勾选一项。</translation>
    </message>
    <message>
        <source>From {min} to {max} minutes.</source>
        <translation>{min} 到 {max} 分钟。</translation>
    </message>
    <message>
        <source>“{value}” is not a time: type it as 2026-12-04 15:10.</source>
        <translation>“{value}”不是时间：请按 2026-12-04 15:10 的格式填写。</translation>
    </message>
    <message>
        <source>From {min} to {max} hours.</source>
        <translation>{min} 到 {max} 小时。</translation>
    </message>
    <message>
        <source>The end must be later than the start ({start}).</source>
        <translation>结束时间必须晚于开始时间（{start}）。</translation>
    </message>
    <message>
        <source>At most {max} characters, without line breaks or tabs.</source>
        <translation>最多 {max} 个字，不能有换行或制表符。</translation>
    </message>
    <message>
        <source>There is a channel named “{name}” already.</source>
        <translation>已有名为“{name}”的渠道。</translation>
    </message>
    <message>
        <source>“{value}” is not a web address: copy the robot's whole webhook address, starting with https://</source>
        <translation>“{value}”不是网址：请复制机器人完整的 Webhook 地址，以 https:// 开头</translation>
    </message>
    <message>
        <source>The address lacks its “{part}” part: copy the robot's whole webhook address.</source>
        <translation>地址缺少“{part}”部分：请复制机器人完整的 Webhook 地址。</translation>
    </message>
    <message>
        <source>The service's address starts with https://</source>
        <translation>这个服务的地址以 https:// 开头</translation>
    </message>
    <message>
        <source>DingTalk's signing secret starts with SEC: copy it from the robot's security settings (加签).</source>
        <translation>钉钉的加签密钥以 SEC 开头：请从机器人的安全设置（加签）里复制。</translation>
    </message>
    <message>
        <source>WeCom robots have no signing secret: the key is in the address.</source>
        <translation>企业微信机器人没有加签密钥：密钥就在地址里。</translation>
    </message>
    <message>
        <source>“{value}” is not a mail server with its port, like smtp.qq.com:465.</source>
        <translation>“{value}”不是带端口的发信服务器，应类似 smtp.qq.com:465。</translation>
    </message>
    <message>
        <source>The login and the authorisation code (授权码) go together: give both, or neither.</source>
        <translation>登录名和授权码要一起填：要么都填，要么都不填。</translation>
    </message>
    <message>
        <source>{host} only sends mail after a login: give the mailbox address and its authorisation code (授权码).</source>
        <translation>{host} 需要登录后才能发信：请填写邮箱地址和它的授权码。</translation>
    </message>
    <message>
        <source>“{value}” is not an email address.</source>
        <translation>“{value}”不是邮箱地址。</translation>
    </message>
    <message>
        <source>At most {max} addresses.</source>
        <translation>最多 {max} 个地址。</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
</context>
<context>
    <name>Push</name>
    <message>
        <source>WeCom group robot</source>
        <translation>企业微信群机器人</translation>
    </message>
    <message>
        <source>DingTalk group robot</source>
        <translation>钉钉群机器人</translation>
    </message>
    <message>
        <source>Feishu group robot</source>
        <translation>飞书群机器人</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Every reminder and the daily briefing</source>
        <translation>每次提醒和每日简报</translation>
    </message>
    <message>
        <source>Only the last reminder, overdue and the daily briefing</source>
        <translation>只收最后一次提醒、超时和每日简报</translation>
    </message>
    <message>
        <source>Only the daily briefing</source>
        <translation>只收每日简报</translation>
    </message>
    <message>
        <source>The service refused the robot's address: the key in it is wrong, or the robot was removed from the group. Copy the webhook address from the group's robot settings again.</source>
        <translation>服务拒绝了机器人地址：地址里的密钥不对，或机器人已被移出群。请从群机器人设置里重新复制 Webhook 地址。</translation>
    </message>
    <message>
        <source>The robot is switched off or no longer in the group: check the group's robots.</source>
        <translation>机器人已停用或已不在群里：请检查群机器人。</translation>
    </message>
    <message>
        <source>The signature does not match: the signing secret (加签 / 签名校验) is not the robot's. Copy it from the robot's security settings again.</source>
        <translation>签名不匹配：加签 / 签名校验密钥不是这个机器人的。请从机器人的安全设置里重新复制。</translation>
    </message>
    <message>
        <source>The service refused the signature's time: this computer's clock is off by more than an hour. Set the clock right.</source>
        <translation>服务拒绝了签名的时间：这台电脑的时钟差了一个多小时。请校准时钟。</translation>
    </message>
    <message>
        <source>The robot only takes messages with its keywords: add the keyword 售后 in the robot's security settings, or use signing instead.</source>
        <translation>机器人只接收含关键词的消息：请在机器人安全设置里添加关键词“售后”，或改用加签。</translation>
    </message>
    <message>
        <source>The robot only takes messages from listed IP addresses: add this network's public address in the robot's security settings, or use signing instead.</source>
        <translation>机器人只接收白名单 IP 发来的消息：请在机器人安全设置里加上本网络的公网地址，或改用加签。</translation>
    </message>
    <message>
        <source>The service says too many messages at once: CaseWatch waits and sends again.</source>
        <translation>服务提示发送太频繁：售后盯单会稍等后重发。</translation>
    </message>
    <message>
        <source>The message was too long for the service.</source>
        <translation>消息超过了服务允许的长度。</translation>
    </message>
    <message>
        <source>The service refused the message: {detail}</source>
        <translation>服务拒绝了这条消息：{detail}</translation>
    </message>
    <message>
        <source>The service is not answering properly ({detail}): CaseWatch tries again.</source>
        <translation>服务响应异常（{detail}）：售后盯单会重试。</translation>
    </message>
    <message>
        <source>The address answered, but not like the service ({detail}): check the webhook address.</source>
        <translation>这个地址有回应，但不像该服务（{detail}）：请检查 Webhook 地址。</translation>
    </message>
    <message>
        <source>No connection to the service ({detail}): the pushes wait and go when the network is back.</source>
        <translation>连不上服务（{detail}）：推送会等待，网络恢复后发出。</translation>
    </message>
    <message>
        <source>The server refused the connection: check the address and port. The pushes wait.</source>
        <translation>服务器拒绝连接：请检查地址和端口。推送会等待。</translation>
    </message>
    <message>
        <source>The service did not answer in time: CaseWatch tries again.</source>
        <translation>服务没有及时响应：售后盯单会重试。</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted by this computer ({detail}): check the address (a proxy in between?).</source>
        <translation>这台电脑不信任服务器的证书（{detail}）：请检查地址（中间有代理？）。</translation>
    </message>
    <message>
        <source>The secure connection failed ({detail}).</source>
        <translation>加密连接失败（{detail}）。</translation>
    </message>
    <message>
        <source>The mail server refused the login: use the mailbox's authorisation code (授权码), not its password, and check that SMTP is switched on in the mailbox's settings. ({detail})</source>
        <translation>发信服务器拒绝登录：请填写邮箱的授权码（不是登录密码），并确认邮箱设置里已开启 SMTP 服务。（{detail}）</translation>
    </message>
    <message>
        <source>The mail server refused the sender address: {detail}</source>
        <translation>发信服务器拒绝了发件人地址：{detail}</translation>
    </message>
    <message>
        <source>The mail server refused the recipients: {detail}</source>
        <translation>发信服务器拒绝了收件人：{detail}</translation>
    </message>
    <message>
        <source>The mail server refused the message: {detail}</source>
        <translation>发信服务器拒绝了这封邮件：{detail}</translation>
    </message>
    <message>
        <source>The mail server offers no STARTTLS on this port: use SSL (port 465) instead.</source>
        <translation>发信服务器在这个端口不支持 STARTTLS：请改用 SSL（端口 465）。</translation>
    </message>
    <message>
        <source>The channel's key or password cannot be read from the system's keychain ({detail}): unlock the keychain, or enter the channel again.</source>
        <translation>无法从系统钥匙串读取渠道的密钥或密码（{detail}）：请解锁钥匙串，或重新填写该渠道。</translation>
    </message>
    <message>
        <source>Delivery failed ({code}): {detail}</source>
        <translation>发送失败（{code}）：{detail}</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>Time left</source>
        <extracomment>Columns shown as the case holds them. Columns holding ids: exported so that Excel keeps them as text. (background, text) per urgency; readable on light and dark palettes.</extracomment>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Merchant deadline</source>
        <translation>商家截止时间</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>After-sales id</source>
        <translation>售后单号</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Whose turn</source>
        <translation>待谁处理</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>到期后</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Return tracking no.</source>
        <translation>退货运单号</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Outbound tracking no.</source>
        <translation>发货运单号</translation>
    </message>
    <message>
        <source>Outbound parcel</source>
        <translation>发货物流状态</translation>
    </message>
    <message>
        <source>Intercepted</source>
        <translation>已拦截</translation>
    </message>
    <message>
        <source>Platform status</source>
        <translation>平台状态</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>deadline unknown</source>
        <translation>时效未知</translation>
    </message>
    <message>
        <source>buyer: {countdown}</source>
        <translation>买家：{countdown}</translation>
    </message>
    <message>
        <source>{stage} · check: platform differs</source>
        <translation>{stage} · 待核对：与平台不一致</translation>
    </message>
    <message>
        <source>{party} · {countdown}</source>
        <translation>{party} · {countdown}</translation>
    </message>
    <message>
        <source>No clock is known for this platform and stage: enter the deadline shown in the platform's back-end.</source>
        <translation>此平台在这个阶段没有已知的时效：请录入平台后台显示的截止时间。</translation>
    </message>
    <message>
        <source>{deadline}
Then: {action}
From: {source}</source>
        <translation>{deadline}
到期后：{action}
依据：{source}</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>全部平台</translation>
    </message>
    <message>
        <source>Outbound parcel</source>
        <translation>发货物流状态</translation>
    </message>
    <message>
        <source>The outbound parcel's logistics status, from the platform's export (发货物流状态)</source>
        <translation>发货包裹的物流状态，来自平台导出（发货物流状态）</translation>
    </message>
    <message>
        <source>Search after-sales id, order id, tracking number, product or buyer</source>
        <translation>搜索售后单号、订单号、运单号、商品或买家</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Import an export…</source>
        <translation>导入平台导出…</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>{platform} data not updated for {hours} h: deadlines may have changed.</source>
        <translation>{platform}数据已 {hours} 小时未更新，截止时间可能已变。</translation>
    </message>
    <message>
        <source>Daily briefing, {weekday} {date}: overdue {overdue} · due today {today} · due tomorrow {tomorrow} · {amount} at stake</source>
        <translation>每日简报 {date} {weekday}：已超时 {overdue} · 今天到期 {today} · 明天到期 {tomorrow} · 涉及 {amount}</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>from the return's tracking upload</source>
        <translation>自买家上传退货运单号起</translation>
    </message>
    <message>
        <source>from signing for the return</source>
        <translation>自退货签收起</translation>
    </message>
    <message>
        <source>from “{event}”</source>
        <translation>自“{event}”起</translation>
    </message>
    <message>
        <source>from the start of the stage</source>
        <translation>自进入该阶段起</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>全部平台</translation>
    </message>
    <message>
        <source>{party}: {duration} {anchor}, then {action}</source>
        <translation>{party}：{anchor} {duration}，到期{action}</translation>
    </message>
    <message>
        <source>{types} · {stages}</source>
        <translation>{types} · {stages}</translation>
    </message>
    <message>
        <source>{confidence}: {source}, checked {date}</source>
        <translation>{confidence}：{source}，核实于 {date}</translation>
    </message>
    <message>
        <source>The platform's own deadline (entered {time}).</source>
        <translation>平台自己的截止时间（录入于 {time}）。</translation>
    </message>
    <message>
        <source>A rule no longer shipped ({id}).</source>
        <translation>已不再提供的规则（{id}）。</translation>
    </message>
    <message>
        <source>Rule: {duration} {anchor} · {source}</source>
        <translation>规则：{anchor} {duration} · {source}</translation>
    </message>
    <message>
        <source>(changed by you: default {duration})</source>
        <translation>（已由你修改：默认 {duration}）</translation>
    </message>
    <message>
        <source>Not confirmed by the platform: check the deadline in its back-end.</source>
        <translation>未经平台确认：请以平台后台显示的截止时间为准。</translation>
    </message>
    <message>
        <source>You (merchant)</source>
        <translation>你（商家）</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>The platform's own deadline always wins. These rules fill in where there is none. Platforms change their clocks around holidays: a change here applies to every running clock at once and is kept in the list of your changes below.</source>
        <translation>平台自己的截止时间永远优先；没有时才用这些规则计算。平台在节假日前后会调整时效：在这里的修改会立即用于所有正在计时的售后，并记录在下方“你的修改记录”中。</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用于</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时效</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>核实日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Change duration…</source>
        <translation>修改时长…</translation>
    </message>
    <message>
        <source>Restore default</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>Your changes</source>
        <translation>你的修改记录</translation>
    </message>
    <message>
        <source>off</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>changed (default {duration})</source>
        <translation>已修改（默认 {duration}）</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>restored the default</source>
        <translation>恢复为默认</translation>
    </message>
    <message>
        <source>on</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>{time}  {rule}: {what}</source>
        <translation>{time}  {rule}：{what}</translation>
    </message>
    <message>
        <source>a rule no longer shipped ({id})</source>
        <translation>已不再提供的规则（{id}）</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Change a clock</source>
        <translation>修改时效</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Why, e.g. “春节物流延长”</source>
        <translation>原因，例如“春节物流延长”</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>data folder is writable</source>
        <extracomment>A 1x1 PNG for the evidence check.</extracomment>
        <translation>数据文件夹可写</translation>
    </message>
    <message>
        <source>schema {revision}, journal {mode}, {path}</source>
        <translation>结构版本 {revision}，日志模式 {mode}，{path}</translation>
    </message>
    <message>
        <source>database opens and is migrated</source>
        <translation>数据库可打开并已升级</translation>
    </message>
    <message>
        <source>{n} rules</source>
        <translation>{n} 条规则</translation>
    </message>
    <message>
        <source>clock rules load</source>
        <translation>时效规则已加载</translation>
    </message>
    <message>
        <source>{n} scenarios</source>
        <translation>{n} 个场景</translation>
    </message>
    <message>
        <source>scenario playbooks load</source>
        <translation>场景话术库可加载</translation>
    </message>
    <message>
        <source>evidence files can be stored and checked</source>
        <translation>证据文件可保存并校验</translation>
    </message>
    <message>
        <source>evidence photos of every kind can be drawn</source>
        <translation>各种格式的凭证照片都能显示</translation>
    </message>
    <message>
        <source>translations load</source>
        <translation>翻译已加载</translation>
    </message>
    <message>
        <source>time zone data</source>
        <translation>时区数据</translation>
    </message>
    <message>
        <source>push channels: TLS and a push to a loopback robot</source>
        <translation>提醒渠道：TLS 可用，能推送到本机的模拟机器人</translation>
    </message>
    <message>
        <source>{w}×{h} px, {rows} cases in the queue, scheduler ran</source>
        <translation>{w}×{h} 像素，队列中 {rows} 个售后，提醒调度已运行</translation>
    </message>
    <message>
        <source>main window renders offscreen</source>
        <translation>主窗口可在后台绘制</translation>
    </message>
    <message>
        <source>· tray available here: {answer}</source>
        <translation>· 本机托盘可用：{answer}</translation>
    </message>
    <message>
        <source>self-test passed</source>
        <translation>自检通过</translation>
    </message>
    <message>
        <source>self-test FAILED</source>
        <translation>自检失败</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>{span} before the deadline</source>
        <translation>截止前 {span}</translation>
    </message>
    <message>
        <source>0 before the deadline is the deadline itself: CaseWatch always reminds you then. Type how long before it.</source>
        <translation>截止前 0 就是截止时间本身：到时一定会提醒。请填写提前多久。</translation>
    </message>
    <message>
        <source>This reminder time is in the list already.</source>
        <translation>这个提醒时间已在列表中。</translation>
    </message>
    <message>
        <source>At most {max} reminder times.</source>
        <translation>最多 {max} 个提醒时间。</translation>
    </message>
    <message>
        <source>A deadline outside working hours is also announced as the working day ends (a 03:00 deadline at 18:00 the day before)</source>
        <translation>截止时间在工作时间之外的，下班前再提醒一次（凌晨 03:00 截止的，前一天 18:00 提醒）</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>No sound from</source>
        <translation>免打扰：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>(pushes to phones still go)</source>
        <translation>（只静音提醒卡片，推送照常）</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>免打扰时段</translation>
    </message>
    <message>
        <source>never</source>
        <translation>不重复</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Overdue and not acknowledged: bring the card back every</source>
        <translation>已超时且未确认的：每隔</translation>
    </message>
    <message>
        <source>until someone acknowledges it</source>
        <translation>重新弹出提醒卡片，直到有人确认</translation>
    </message>
    <message>
        <source>Play a sound when the card comes up</source>
        <translation>提醒卡片弹出时播放提示音</translation>
    </message>
    <message>
        <source>Reminder card</source>
        <translation>提醒卡片</translation>
    </message>
    <message>
        <source>Every day at</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>overdue, due today and tomorrow, the money at stake, stale data: on the card and to every push channel</source>
        <translation>已超时、今明两天到期、涉及金额、过期数据：显示在提醒卡片上，并发到每个提醒渠道</translation>
    </message>
    <message>
        <source>Daily briefing</source>
        <translation>每日简报</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>without a new export of a platform with open cases: the queue and the briefing say its deadlines may have changed</source>
        <translation>某平台有未完结售后却一直没有导入新导出：队列和简报会提示它的截止时间可能已变</translation>
    </message>
    <message>
        <source>Data is stale after</source>
        <translation>数据过期时长</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <source>CaseWatch also reminds you when a deadline passes.</source>
        <translation>截止时间到了也会提醒。</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>提醒时间</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Check evidence files…</source>
        <translation>检查证据文件…</translation>
    </message>
    <message>
        <source>Hash every stored photo and video again and report any that are missing or changed</source>
        <translation>重新计算每个已保存照片和视频的指纹，报告缺失或被改动的文件</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Start CaseWatch in the tray when I sign in</source>
        <translation>登录电脑后在托盘中启动售后盯单</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>开机自启</translation>
    </message>
    <message>
        <source>Could not change this: {error}</source>
        <translation>无法更改：{error}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Push channels</source>
        <translation>提醒渠道</translation>
    </message>
    <message>
        <source>Clock rules</source>
        <translation>时效规则</translation>
    </message>
    <message>
        <source>Reminders also go to these channels, so they reach you away from the PC. Without a network they wait and go later; nothing is sent twice. Keys and passwords are kept in the system's keychain, never in exports or backups.</source>
        <translation>提醒也会发到这些渠道，人不在电脑前也能收到。断网时推送会排队，联网后再发；同一条提醒不会重复发送。密钥和密码保存在系统钥匙串里，不会出现在导出或备份中。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Sends to</source>
        <translation>发送到</translation>
    </message>
    <message>
        <source>Gets</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>Last delivered</source>
        <translation>上次送达</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>{name} (off)</source>
        <translation>{name}（已停用）</translation>
    </message>
    <message>
        <source>%n waiting</source>
        <translation>%n 条等待发送</translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Remove the channel “{name}”? Pushes waiting for it are dropped.</source>
        <translation>删除渠道“{name}”？等待发往它的推送会被丢弃。</translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation>删除渠道</translation>
    </message>
    <message>
        <source>Sending a test message to “{name}”…</source>
        <translation>正在向“{name}”发送测试消息…</translation>
    </message>
    <message>
        <source>Test message sent to “{name}”: check that it arrived.</source>
        <translation>已向“{name}”发送测试消息：请确认已收到。</translation>
    </message>
    <message>
        <source>“{name}”: {reason}</source>
        <translation>“{name}”：{reason}</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <source>Platform deadline</source>
        <translation>平台截止时间</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Awaiting merchant</source>
        <translation>待商家处理</translation>
    </message>
    <message>
        <source>Awaiting buyer's return</source>
        <translation>待买家退货</translation>
    </message>
    <message>
        <source>Return in transit</source>
        <translation>退货在途</translation>
    </message>
    <message>
        <source>Return signed for</source>
        <translation>退货已签收</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Platform arbitration</source>
        <translation>平台介入中</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>待核对</translation>
    </message>
</context>
<context>
    <name>TimeEdit</name>
    <message>
        <source>e.g. 2026-12-04 15:10</source>
        <translation>例如 2026-12-04 15:10</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Choose the day</source>
        <translation>选择日期</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>CaseWatch</source>
        <translation>售后盯单</translation>
    </message>
    <message>
        <source>Overdue: {n}</source>
        <translation>已超时：{n}</translation>
    </message>
    <message>
        <source>Due within 24 h: {n}</source>
        <translation>24小时内到期：{n}</translation>
    </message>
    <message>
        <source>Reminders paused until {time}</source>
        <translation>提醒已暂停，至 {time}</translation>
    </message>
    <message>
        <source>Open CaseWatch</source>
        <translation>打开售后盯单</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Pause reminders for 1 hour</source>
        <translation>暂停提醒1小时</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>恢复提醒</translation>
    </message>
    <message>
        <source>Quit CaseWatch</source>
        <translation>退出售后盯单</translation>
    </message>
    <message>
        <source>{countdown} · {platform} {after_sale_id}</source>
        <translation>{countdown} · {platform} {after_sale_id}</translation>
    </message>
    <message>
        <source>Nothing due within 24 hours</source>
        <translation>24小时内没有到期的售后</translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Due within 24 h</source>
        <translation>24小时内到期</translation>
    </message>
    <message>
        <source>My turn</source>
        <translation>待我处理</translation>
    </message>
    <message>
        <source>My turn, no deadline known</source>
        <translation>待我处理·时效未知</translation>
    </message>
    <message>
        <source>Waiting for buyer</source>
        <translation>等待买家</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完结</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <source>Monday</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>周日</translation>
    </message>
</context>
</TS>
