<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Action</name>
    <message>
        <source>Automatic refund</source>
        <translation>Automatic refund</translation>
    </message>
    <message>
        <source>Automatically agreed</source>
        <translation>Automatically agreed</translation>
    </message>
    <message>
        <source>Refund without return</source>
        <translation>Refund without return</translation>
    </message>
    <message>
        <source>Request lapses</source>
        <translation>Request lapses</translation>
    </message>
    <message>
        <source>Case closes</source>
        <translation>Case closes</translation>
    </message>
    <message>
        <source>Arbitration window closes</source>
        <translation>Arbitration window closes</translation>
    </message>
    <message>
        <source>Platform acts automatically</source>
        <translation>Platform acts automatically</translation>
    </message>
    <message>
        <source>Shop promise broken</source>
        <translation>Shop promise broken</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>{count} of your playbook files could not be used: see Tools → Scenario playbooks.</source>
        <extracomment>How long quitting waits for background work to stop (it checks for Cancel every 2,000 rows). How often a window waiting for the watcher to hand over tries the delivery lock again.</extracomment>
        <translation>{count} of your playbook files could not be used: see Tools → Scenario playbooks.</translation>
    </message>
    <message>
        <source>CaseWatch keeps running</source>
        <translation>CaseWatch keeps running</translation>
    </message>
    <message>
        <source>Reminders go on from the tray. Quit from the tray menu.</source>
        <translation>Reminders go on from the tray. Quit from the tray menu.</translation>
    </message>
    <message>
        <source>CaseWatch is saving an import. Try again when it is done.</source>
        <translation>CaseWatch is saving an import. Try again when it is done.</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>In 15 minutes</source>
        <translation>In 15 minutes</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>In 1 hour</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <source>When work starts ({day} {time})</source>
        <translation>When work starts ({day} {time})</translation>
    </message>
    <message>
        <source>{countdown} · {platform} {after_sale_id}</source>
        <translation>{countdown} · {platform} {after_sale_id}</translation>
    </message>
    <message>
        <source> (before work ends)</source>
        <translation> (before work ends)</translation>
    </message>
    <message>
        <source>Deadline {due}: {action}</source>
        <translation>Deadline {due}: {action}</translation>
    </message>
    <message>
        <source> · {amount}</source>
        <translation> · {amount}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Got it</translation>
    </message>
    <message>
        <source>CaseWatch reminders</source>
        <translation>CaseWatch reminders</translation>
    </message>
    <message>
        <source>Show all in CaseWatch</source>
        <translation>Show all in CaseWatch</translation>
    </message>
    <message>
        <source>Got it, all</source>
        <translation>Got it, all</translation>
    </message>
    <message numerus="yes">
        <source>%n after-sales case(s) need you</source>
        <translation><numerusform>%n after-sales case needs you</numerusform><numerusform>%n after-sales cases need you</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> · %n overdue</source>
        <translation><numerusform> · %n overdue</numerusform><numerusform> · %n overdue</numerusform></translation>
    </message>
    <message>
        <source> · {amount} at stake</source>
        <translation> · {amount} at stake</translation>
    </message>
    <message>
        <source>CaseWatch daily briefing</source>
        <translation>CaseWatch daily briefing</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: Show all in CaseWatch</source>
        <translation><numerusform>… and %n more: Show all in CaseWatch</numerusform><numerusform>… and %n more: Show all in CaseWatch</numerusform></translation>
    </message>
    <message>
        <source>Remind me later, all</source>
        <translation>Remind me later, all</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>No clock is known for this platform and stage. Enter the deadline shown in the platform's back-end (Platform deadline changed), so that CaseWatch can warn you.</source>
        <translation>No clock is known for this platform and stage. Enter the deadline shown in the platform's back-end (Platform deadline changed), so that CaseWatch can warn you.</translation>
    </message>
    <message>
        <source>The return's shipping was not recorded: the clock counts from a later event, so the real deadline may be earlier.</source>
        <translation>The return's shipping was not recorded: the clock counts from a later event, so the real deadline may be earlier.</translation>
    </message>
    <message>
        <source>More receipt extensions were recorded than the platform allows.</source>
        <translation>More receipt extensions were recorded than the platform allows.</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>Choose a case on the left to see its clocks and timeline.</source>
        <translation>Choose a case on the left to see its clocks and timeline.</translation>
    </message>
    <message>
        <source>Correct details…</source>
        <translation>Correct details…</translation>
    </message>
    <message>
        <source>Clocks</source>
        <translation>Clocks</translation>
    </message>
    <message>
        <source>Record what happened</source>
        <translation>Record what happened</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Check: the platform's export (its data as of {as_of}) still says “{status}” ({platform_stage}), but you recorded “{recorded}” at {recorded_at}. Your record stands and the clocks follow it; if the platform has not registered it yet, do it there, or withdraw your entry if it was a mistake.</source>
        <translation>Check: the platform's export (its data as of {as_of}) still says “{status}” ({platform_stage}), but you recorded “{recorded}” at {recorded_at}. Your record stands and the clocks follow it; if the platform has not registered it yet, do it there, or withdraw your entry if it was a mistake.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Withdraw selected event…</source>
        <translation>Withdraw selected event…</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Order id</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>Applied at</translation>
    </message>
    <message>
        <source>Return parcel</source>
        <translation>Return parcel</translation>
    </message>
    <message>
        <source>Outbound parcel</source>
        <translation>Outbound parcel</translation>
    </message>
    <message>
        <source>Intercepted</source>
        <translation>Intercepted</translation>
    </message>
    <message>
        <source>Platform status</source>
        <translation>Platform status</translation>
    </message>
    <message>
        <source>Evidence ({n})</source>
        <translation>Evidence ({n})</translation>
    </message>
    <message>
        <source>What to do ({done}/{total})</source>
        <translation>What to do ({done}/{total})</translation>
    </message>
    <message>
        <source>Next step: {step}</source>
        <translation>Next step: {step}</translation>
    </message>
    <message>
        <source>No clock is running: the case is finished.</source>
        <translation>No clock is running: the case is finished.</translation>
    </message>
    <message>
        <source>No clock is running in this stage.</source>
        <translation>No clock is running in this stage.</translation>
    </message>
    <message>
        <source>until {time}</source>
        <translation>until {time}</translation>
    </message>
    <message>
        <source>Replaced by the platform's own deadline.</source>
        <translation>Replaced by the platform's own deadline.</translation>
    </message>
    <message>
        <source>Receipt extension used.</source>
        <translation>Receipt extension used.</translation>
    </message>
    <message numerus="yes">
        <source>Receipt extension (延长收货, +{adds}) from {time}; %n left.</source>
        <translation><numerusform>Receipt extension (延长收货, +{adds}) from {time}; %n left.</numerusform><numerusform>Receipt extension (延长收货, +{adds}) from {time}; %n left.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Receipt extension (延长收货, +{adds}) can be used now; %n left.</source>
        <translation><numerusform>Receipt extension (延长收货, +{adds}) can be used now; %n left.</numerusform><numerusform>Receipt extension (延长收货, +{adds}) can be used now; %n left.</numerusform></translation>
    </message>
    <message>
        <source>Recorded {time}</source>
        <translation>Recorded {time}</translation>
    </message>
    <message>
        <source>refunded by the platform; a missed clock</source>
        <translation>refunded by the platform; a missed clock</translation>
    </message>
    <message>
        <source>closed by the platform; a missed clock</source>
        <translation>closed by the platform; a missed clock</translation>
    </message>
    <message>
        <source>new deadline {time}</source>
        <translation>new deadline {time}</translation>
    </message>
    <message>
        <source>still “{status}”</source>
        <translation>still “{status}”</translation>
    </message>
    <message>
        <source>withdraws “{event}” of {time}</source>
        <translation>withdraws “{event}” of {time}</translation>
    </message>
    <message>
        <source>(imported; the platform's data as of {time})</source>
        <translation>(imported; the platform's data as of {time})</translation>
    </message>
    <message>
        <source>(imported)</source>
        <translation>(imported)</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>New after-sales case</source>
        <translation>New after-sales case</translation>
    </message>
    <message>
        <source>Correct case details</source>
        <translation>Correct case details</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>The platform's after-sales / refund number</source>
        <translation>The platform's after-sales / refund number</translation>
    </message>
    <message>
        <source>After-sales id</source>
        <translation>After-sales id</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Order id</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Refund amount in yuan, e.g. 88.50</source>
        <translation>Refund amount in yuan, e.g. 88.50</translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation>Amount (¥)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>商品名称 / 宝贝标题, and the SKU</source>
        <translation>商品名称 / 宝贝标题, and the SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>Applied at</translation>
    </message>
    <message>
        <source>The platform shows a deadline for this case</source>
        <translation>The platform shows a deadline for this case</translation>
    </message>
    <message>
        <source>Platform deadline</source>
        <translation>Platform deadline</translation>
    </message>
</context>
<context>
    <name>CaseType</name>
    <message>
        <source>Refund only</source>
        <translation>Refund only</translation>
    </message>
    <message>
        <source>Return and refund</source>
        <translation>Return and refund</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Resend</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>In the WeCom group: ⋯ → 消息推送 / 群机器人 → 添加机器人, then copy its webhook address.</source>
        <translation>In the WeCom group: ⋯ → 消息推送 / 群机器人 → 添加机器人, then copy its webhook address.</translation>
    </message>
    <message>
        <source>In the DingTalk group: 设置 → 机器人 → 添加机器人 → 自定义. Choose 加签 and copy the secret (SEC…) and the webhook address. With keywords instead, add 售后.</source>
        <translation>In the DingTalk group: 设置 → 机器人 → 添加机器人 → 自定义. Choose 加签 and copy the secret (SEC…) and the webhook address. With keywords instead, add 售后.</translation>
    </message>
    <message>
        <source>In the Feishu group: 设置 → 群机器人 → 添加机器人 → 自定义机器人. Switch on 签名校验 and copy the secret and the webhook address.</source>
        <translation>In the Feishu group: 设置 → 群机器人 → 添加机器人 → 自定义机器人. Switch on 签名校验 and copy the secret and the webhook address.</translation>
    </message>
    <message>
        <source>QQ邮箱: smtp.qq.com, port 465; 163: smtp.163.com, port 465. Switch on SMTP in the mailbox's settings and use its authorisation code (授权码), not the password.</source>
        <translation>QQ邮箱: smtp.qq.com, port 465; 163: smtp.163.com, port 465. Switch on SMTP in the mailbox's settings and use its authorisation code (授权码), not the password.</translation>
    </message>
    <message>
        <source>Add a push channel</source>
        <translation>Add a push channel</translation>
    </message>
    <message>
        <source>Change “{name}”</source>
        <translation>Change “{name}”</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>e.g. 售后群, 老板手机</source>
        <translation>e.g. 售后群, 老板手机</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>SSL (port 465)</source>
        <translation>SSL (port 465)</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <source>one or more, separated by commas</source>
        <translation>one or more, separated by commas</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Webhook address</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Signing secret</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Mail server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Authorisation code</source>
        <translation>Authorisation code</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Gets</source>
        <translation>Gets</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>commands</source>
        <extracomment>--within at most ten years: beyond that no date can be computed.</extracomment>
        <translation>commands</translation>
    </message>
    <message>
        <source>arguments</source>
        <translation>arguments</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>{prog}: error: {message}
</source>
        <translation>{prog}: error: {message}
</translation>
    </message>
    <message>
        <source>CaseWatch 售后盯单: after-sales cases and their platform clocks.</source>
        <translation>CaseWatch 售后盯单: after-sales cases and their platform clocks.</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>show this help and exit</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>show the version and exit</translation>
    </message>
    <message>
        <source>keep data in DIR, not the per-user folder (portable use, tests)</source>
        <translation>keep data in DIR, not the per-user folder (portable use, tests)</translation>
    </message>
    <message>
        <source>language for this run (default: the setting, else the system's)</source>
        <translation>language for this run (default: the setting, else the system's)</translation>
    </message>
    <message>
        <source>start in the tray (used when starting at login)</source>
        <translation>start in the tray (used when starting at login)</translation>
    </message>
    <message>
        <source>check database, rules, translations and window</source>
        <translation>check database, rules, translations and window</translation>
    </message>
    <message>
        <source>list cases overdue or due within a window</source>
        <translation>list cases overdue or due within a window</translation>
    </message>
    <message>
        <source>import platform exports (xlsx, csv)</source>
        <translation>import platform exports (xlsx, csv)</translation>
    </message>
    <message>
        <source>whose export it is: auto (from the headers), douyin, pinduoduo, taobao, wechat, kuaishou or generic</source>
        <translation>whose export it is: auto (from the headers), douyin, pinduoduo, taobao, wechat, kuaishou or generic</translation>
    </message>
    <message>
        <source>show what would change, change nothing</source>
        <translation>show what would change, change nothing</translation>
    </message>
    <message>
        <source>export cases as CSV for Excel/WPS</source>
        <translation>export cases as CSV for Excel/WPS</translation>
    </message>
    <message>
        <source>column names for people (label, in the language of this run) or CaseWatch's keys (key: the file imports back)</source>
        <translation>column names for people (label, in the language of this run) or CaseWatch's keys (key: the file imports back)</translation>
    </message>
    <message>
        <source>only cases still open</source>
        <translation>only cases still open</translation>
    </message>
    <message>
        <source>add photos and videos to a case as evidence</source>
        <translation>add photos and videos to a case as evidence</translation>
    </message>
    <message>
        <source>what the files show: {kinds}</source>
        <translation>what the files show: {kinds}</translation>
    </message>
    <message>
        <source>a caption for the files</source>
        <translation>a caption for the files</translation>
    </message>
    <message>
        <source>pack a case's evidence as a ZIP for a platform dispute</source>
        <translation>pack a case's evidence as a ZIP for a platform dispute</translation>
    </message>
    <message>
        <source>the case's platform, when the id is on several</source>
        <translation>the case's platform, when the id is on several</translation>
    </message>
    <message>
        <source>check every evidence file against its SHA-256</source>
        <translation>check every evidence file against its SHA-256</translation>
    </message>
    <message>
        <source>{value} is not a number of hours from 0 to {max}</source>
        <translation>{value} is not a number of hours from 0 to {max}</translation>
    </message>
    <message>
        <source>window in hours (default 24)</source>
        <translation>window in hours (default 24)</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>machine-readable output</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) written to {path}</source>
        <translation><numerusform>%n case written to {path}</numerusform><numerusform>%n cases written to {path}</numerusform></translation>
    </message>
    <message>
        <source>Nothing was recorded:</source>
        <translation>Nothing was recorded:</translation>
    </message>
    <message>
        <source>{field} ({option}): {problem}</source>
        <translation>{field} ({option}): {problem}</translation>
    </message>
    <message>
        <source>Recorded “{event}” on {platform} {after_sale_id}: now “{stage}”.</source>
        <translation>Recorded “{event}” on {platform} {after_sale_id}: now “{stage}”.</translation>
    </message>
    <message>
        <source>Your next deadline: {time} ({countdown}).</source>
        <translation>Your next deadline: {time} ({countdown}).</translation>
    </message>
    <message>
        <source>Waiting for the buyer until {time}.</source>
        <translation>Waiting for the buyer until {time}.</translation>
    </message>
    <message>
        <source>Nothing is overdue or due within {span}.</source>
        <translation>Nothing is overdue or due within {span}.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) overdue or due within {span}:</source>
        <translation><numerusform>%n case overdue or due within {span}:</numerusform><numerusform>%n cases overdue or due within {span}:</numerusform></translation>
    </message>
    <message>
        <source>push channels: team chat robots and email</source>
        <translation>push channels: team chat robots and email</translation>
    </message>
    <message>
        <source>add a channel</source>
        <translation>add a channel</translation>
    </message>
    <message>
        <source>WeCom (企业微信) group robot: its webhook address</source>
        <translation>WeCom (企业微信) group robot: its webhook address</translation>
    </message>
    <message>
        <source>DingTalk (钉钉) group robot: its webhook address</source>
        <translation>DingTalk (钉钉) group robot: its webhook address</translation>
    </message>
    <message>
        <source>Feishu (飞书) group robot: its webhook address</source>
        <translation>Feishu (飞书) group robot: its webhook address</translation>
    </message>
    <message>
        <source>the robot's signing secret (加签 / 签名校验), if it has one</source>
        <translation>the robot's signing secret (加签 / 签名校验), if it has one</translation>
    </message>
    <message>
        <source>email over SMTP</source>
        <translation>email over SMTP</translation>
    </message>
    <message>
        <source>the mail server, e.g. smtp.qq.com:465</source>
        <translation>the mail server, e.g. smtp.qq.com:465</translation>
    </message>
    <message>
        <source>TLS from the start (the default on ports 465 and 994)</source>
        <translation>TLS from the start (the default on ports 465 and 994)</translation>
    </message>
    <message>
        <source>STARTTLS (the default on other ports)</source>
        <translation>STARTTLS (the default on other ports)</translation>
    </message>
    <message>
        <source>the login, usually the mailbox address</source>
        <translation>the login, usually the mailbox address</translation>
    </message>
    <message>
        <source>the mailbox's authorisation code (授权码); asked for when left out</source>
        <translation>the mailbox's authorisation code (授权码); asked for when left out</translation>
    </message>
    <message>
        <source>the sender address</source>
        <translation>the sender address</translation>
    </message>
    <message>
        <source>where the mail goes</source>
        <translation>where the mail goes</translation>
    </message>
    <message>
        <source>a name for the channel (default: its kind)</source>
        <translation>a name for the channel (default: its kind)</translation>
    </message>
    <message>
        <source>what it gets: every reminder (all), only the last one and overdue (urgent), or only the daily briefing; every channel gets the briefing</source>
        <translation>what it gets: every reminder (all), only the last one and overdue (urgent), or only the daily briefing; every channel gets the briefing</translation>
    </message>
    <message>
        <source>list the channels</source>
        <translation>list the channels</translation>
    </message>
    <message>
        <source>send a test message now</source>
        <translation>send a test message now</translation>
    </message>
    <message>
        <source>remove a channel</source>
        <translation>remove a channel</translation>
    </message>
    <message>
        <source>deliver reminders and pushes without a window (a PC, NAS, task)</source>
        <translation>deliver reminders and pushes without a window (a PC, NAS, task)</translation>
    </message>
    <message>
        <source>one pass, then exit (for a scheduled task)</source>
        <translation>one pass, then exit (for a scheduled task)</translation>
    </message>
    <message>
        <source>Channel “{name}” removed.</source>
        <translation>Channel “{name}” removed.</translation>
    </message>
    <message>
        <source>Authorisation code (授权码) for {user}: </source>
        <translation>Authorisation code (授权码) for {user}: </translation>
    </message>
    <message>
        <source>Channel “{name}” added: {kind}, {target}. It gets: {wants}.</source>
        <translation>Channel “{name}” added: {kind}, {target}. It gets: {wants}.</translation>
    </message>
    <message>
        <source>Send a test message with: casewatch channel test {name}</source>
        <translation>Send a test message with: casewatch channel test {name}</translation>
    </message>
    <message>
        <source>No push channels yet. Add one with: casewatch channel add wecom URL</source>
        <translation>No push channels yet. Add one with: casewatch channel add wecom URL</translation>
    </message>
    <message>
        <source>Gets: {wants}</source>
        <translation>Gets: {wants}</translation>
    </message>
    <message>
        <source>Last delivered: {time}</source>
        <translation>Last delivered: {time}</translation>
    </message>
    <message>
        <source>Last failure ({time}): {reason}</source>
        <translation>Last failure ({time}): {reason}</translation>
    </message>
    <message>
        <source>Waiting to be sent: {n}</source>
        <translation>Waiting to be sent: {n}</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Switched off</translation>
    </message>
    <message>
        <source>The test message to “{name}” did not go out: {reason}</source>
        <translation>The test message to “{name}” did not go out: {reason}</translation>
    </message>
    <message>
        <source>Test message sent to “{name}”: check that it arrived.</source>
        <translation>Test message sent to “{name}”: check that it arrived.</translation>
    </message>
    <message>
        <source>No push channels: reminders are recorded for the window's card only. Add one with: casewatch channel add …</source>
        <translation>No push channels: reminders are recorded for the window's card only. Add one with: casewatch channel add …</translation>
    </message>
    <message>
        <source>Nothing came due; nothing was sent.</source>
        <translation>Nothing came due; nothing was sent.</translation>
    </message>
    <message>
        <source>CaseWatch watches {path} (Ctrl+C stops).</source>
        <translation>CaseWatch watches {path} (Ctrl+C stops).</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <source>CaseWatch's window delivers reminders for this data folder (process {pid}): nothing to do.</source>
        <translation>CaseWatch's window delivers reminders for this data folder (process {pid}): nothing to do.</translation>
    </message>
    <message>
        <source>Another watcher delivers reminders for this data folder (process {pid}): nothing to do.</source>
        <translation>Another watcher delivers reminders for this data folder (process {pid}): nothing to do.</translation>
    </message>
    <message>
        <source>Another CaseWatch delivers reminders for this data folder: nothing to do.</source>
        <translation>Another CaseWatch delivers reminders for this data folder: nothing to do.</translation>
    </message>
    <message>
        <source>Delivering reminders for this data folder.</source>
        <translation>Delivering reminders for this data folder.</translation>
    </message>
    <message>
        <source>CaseWatch's window took over; waiting until it closes.</source>
        <translation>CaseWatch's window took over; waiting until it closes.</translation>
    </message>
    <message>
        <source>Another CaseWatch delivers reminders for this data folder; waiting until it stops.</source>
        <translation>Another CaseWatch delivers reminders for this data folder; waiting until it stops.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) came due:</source>
        <translation><numerusform>%n case came due:</numerusform><numerusform>%n cases came due:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation><numerusform>… and %n more</numerusform><numerusform>… and %n more</numerusform></translation>
    </message>
    <message>
        <source>Daily briefing made.</source>
        <translation>Daily briefing made.</translation>
    </message>
    <message>
        <source>daily briefing</source>
        <translation>daily briefing</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation><numerusform>%n case</numerusform><numerusform>%n cases</numerusform></translation>
    </message>
    <message>
        <source>Pushed to “{name}”: {what}</source>
        <translation>Pushed to “{name}”: {what}</translation>
    </message>
    <message>
        <source>Push to “{name}” failed: {reason} Next try {time}; {n} waiting.</source>
        <translation>Push to “{name}” failed: {reason} Next try {time}; {n} waiting.</translation>
    </message>
    <message numerus="yes">
        <source>%n push(es) dropped: their cases were handled meanwhile.</source>
        <translation><numerusform>%n push dropped: its case was handled meanwhile.</numerusform><numerusform>%n pushes dropped: their cases were handled meanwhile.</numerusform></translation>
    </message>
    <message>
        <source>{countdown} · {platform} {after_sale_id} · {action}</source>
        <translation>{countdown} · {platform} {after_sale_id} · {action}</translation>
    </message>
    <message>
        <source>record what happened on a case (the timeline's events)</source>
        <extracomment>Which option fills which field of the event, and the events each applies to. The option that carries each field of the service, for messages.</extracomment>
        <translation>record what happened on a case (the timeline's events)</translation>
    </message>
    <message>
        <source>what happened: {events}</source>
        <translation>what happened: {events}</translation>
    </message>
    <message>
        <source>when it happened, local time “YYYY-MM-DD HH:MM[:SS]” (default: now)</source>
        <translation>when it happened, local time “YYYY-MM-DD HH:MM[:SS]” (default: now)</translation>
    </message>
    <message>
        <source>courier of the parcel (return_shipped, resend_shipped)</source>
        <translation>courier of the parcel (return_shipped, resend_shipped)</translation>
    </message>
    <message>
        <source>tracking number (return_shipped, resend_shipped)</source>
        <translation>tracking number (return_shipped, resend_shipped)</translation>
    </message>
    <message>
        <source>amount paid in yuan (compensation_paid)</source>
        <translation>amount paid in yuan (compensation_paid)</translation>
    </message>
    <message>
        <source>the platform's new deadline, local time “YYYY-MM-DD HH:MM” (deadline_changed)</source>
        <translation>the platform's new deadline, local time “YYYY-MM-DD HH:MM” (deadline_changed)</translation>
    </message>
    <message>
        <source>a note on the event (the whole text of a note)</source>
        <translation>a note on the event (the whole text of a note)</translation>
    </message>
    <message>
        <source>{option} does not apply to “{event}” ({key}).</source>
        <translation>{option} does not apply to “{event}” ({key}).</translation>
    </message>
    <message>
        <source>{option} “{value}” is not a time: write it as “YYYY-MM-DD HH:MM[:SS]”.</source>
        <translation>{option} “{value}” is not a time: write it as “YYYY-MM-DD HH:MM[:SS]”.</translation>
    </message>
</context>
<context>
    <name>Compensation</name>
    <message>
        <source>up to ¥{high}</source>
        <translation>up to ¥{high}</translation>
    </message>
    <message>
        <source>¥{low} – ¥{high}</source>
        <translation>¥{low} – ¥{high}</translation>
    </message>
    <message>
        <source>Small compensation follows one-way postage: within the same city that is up to 10 元.</source>
        <translation>Small compensation follows one-way postage: within the same city that is up to 10 元.</translation>
    </message>
    <message>
        <source>Small compensation follows one-way postage: to another province that is 10–15 元.</source>
        <translation>Small compensation follows one-way postage: to another province that is 10–15 元.</translation>
    </message>
    <message>
        <source>For high-value goods 20–50 元, depending on the margin: the shop must still earn something on the order.</source>
        <translation>For high-value goods 20–50 元, depending on the margin: the shop must still earn something on the order.</translation>
    </message>
    <message>
        <source>Small compensation</source>
        <translation>Small compensation</translation>
    </message>
    <message>
        <source>Same city</source>
        <translation>Same city</translation>
    </message>
    <message>
        <source>Another province</source>
        <translation>Another province</translation>
    </message>
    <message>
        <source>The buyer is in</source>
        <translation>The buyer is in</translation>
    </message>
    <message>
        <source>High-value goods (¥{from_} or more)</source>
        <translation>High-value goods (¥{from_} or more)</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>What to send (the reason first, then the amount):</source>
        <translation>What to send (the reason first, then the amount):</translation>
    </message>
    <message>
        <source>In the buyer's language. It says: sorry for the trouble; since sending the goods back means another parcel, we would like to compensate one-way postage; you keep the goods.</source>
        <translation>In the buyer's language. It says: sorry for the trouble; since sending the goods back means another parcel, we would like to compensate one-way postage; you keep the goods.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Lowered to what the buyer paid for the goods.</source>
        <translation>Lowered to what the buyer paid for the goods.</translation>
    </message>
    <message>
        <source>If the buyer asks for much more, decline politely; as a last resort, take the return and pay the postage.</source>
        <translation>If the buyer asks for much more, decline politely; as a last resort, take the return and pay the postage.</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>Copied ✓</translation>
    </message>
</context>
<context>
    <name>Confidence</name>
    <message>
        <source>Official documentation</source>
        <translation>Official documentation</translation>
    </message>
    <message>
        <source>Merchant article quoting the rule</source>
        <translation>Merchant article quoting the rule</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Unverified</translation>
    </message>
    <message>
        <source>Shop promise</source>
        <translation>Shop promise</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>then: {action}</source>
        <translation>then: {action}</translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation>{d} d {h} h</translation>
    </message>
    <message>
        <source>{d} d</source>
        <translation>{d} d</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>no deadline</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>due now</translation>
    </message>
    <message>
        <source>overdue {span}</source>
        <translation>overdue {span}</translation>
    </message>
    <message>
        <source>under 1 min left</source>
        <translation>under 1 min left</translation>
    </message>
    <message>
        <source>{span} left</source>
        <translation>{span} left</translation>
    </message>
</context>
<context>
    <name>DataFile</name>
    <message>
        <source>the file's TOML syntax</source>
        <translation>the file's TOML syntax</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>the file</translation>
    </message>
    <message>
        <source>not valid TOML: {detail}</source>
        <translation>not valid TOML: {detail}</translation>
    </message>
    <message>
        <source>cannot be read: {detail}</source>
        <translation>cannot be read: {detail}</translation>
    </message>
    <message>
        <source>“{id}” is used twice</source>
        <translation>“{id}” is used twice</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unknown field</translation>
    </message>
    <message>
        <source>must be lower-case letters, digits, _ or -</source>
        <translation>must be lower-case letters, digits, _ or -</translation>
    </message>
    <message>
        <source>must be a whole number from 1</source>
        <translation>must be a whole number from 1</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <source>a scenario needs at least one step</source>
        <translation>a scenario needs at least one step</translation>
    </message>
    <message>
        <source>two steps share an id</source>
        <translation>two steps share an id</translation>
    </message>
    <message>
        <source>two scripts share an id</source>
        <translation>two scripts share an id</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>must be a list of texts</translation>
    </message>
    <message>
        <source>a shipped scenario cites its seed</source>
        <translation>a shipped scenario cites its seed</translation>
    </message>
    <message>
        <source>must be a list of [[{key}]] tables</source>
        <translation>must be a list of [[{key}]] tables</translation>
    </message>
    <message>
        <source>must be a table of texts by language (zh_CN = …, en = …)</source>
        <translation>must be a table of texts by language (zh_CN = …, en = …)</translation>
    </message>
    <message>
        <source>unknown language {languages}</source>
        <translation>unknown language {languages}</translation>
    </message>
    <message>
        <source>texts must be strings</source>
        <translation>texts must be strings</translation>
    </message>
    <message>
        <source>a shipped text needs zh_CN and en</source>
        <translation>a shipped text needs zh_CN and en</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>must be a table</translation>
    </message>
    <message>
        <source>must list evidence kinds</source>
        <translation>must list evidence kinds</translation>
    </message>
    <message>
        <source>unknown kind {kinds}; known: {known}</source>
        <translation>unknown kind {kinds}; known: {known}</translation>
    </message>
    <message>
        <source>braces do not pair: {detail}</source>
        <translation>braces do not pair: {detail}</translation>
    </message>
    <message>
        <source>unknown placeholder {name}; known: {known}</source>
        <translation>unknown placeholder {name}; known: {known}</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>must be a list</translation>
    </message>
    <message>
        <source>one of: {known}</source>
        <translation>one of: {known}</translation>
    </message>
    <message>
        <source>must be a list of words</source>
        <translation>must be a list of words</translation>
    </message>
</context>
<context>
    <name>DuePanel</name>
    <message>
        <source>Push channels…</source>
        <translation>Push channels…</translation>
    </message>
    <message>
        <source>Recent reminders</source>
        <translation>Recent reminders</translation>
    </message>
    <message>
        <source>Overdue: {overdue} · Due within 24 h: {soon}</source>
        <translation>Overdue: {overdue} · Due within 24 h: {soon}</translation>
    </message>
    <message>
        <source>{countdown} · {platform} {after_sale_id} · {action}</source>
        <translation>{countdown} · {platform} {after_sale_id} · {action}</translation>
    </message>
    <message>
        <source>Nothing is overdue or due within 24 hours.</source>
        <translation>Nothing is overdue or due within 24 hours.</translation>
    </message>
    <message>
        <source>Reminders are on.</source>
        <translation>Reminders are on.</translation>
    </message>
    <message>
        <source>Pause 1 hour</source>
        <translation>Pause 1 hour</translation>
    </message>
    <message>
        <source>Reminders paused until {time}.</source>
        <translation>Reminders paused until {time}.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>The CaseWatch watcher (process {pid}) delivers reminders for this data folder; this window takes over as soon as it lets go.</source>
        <translation>The CaseWatch watcher (process {pid}) delivers reminders for this data folder; this window takes over as soon as it lets go.</translation>
    </message>
    <message>
        <source>Another CaseWatch delivers reminders for this data folder; this window takes over as soon as it lets go.</source>
        <translation>Another CaseWatch delivers reminders for this data folder; this window takes over as soon as it lets go.</translation>
    </message>
    <message>
        <source>Push to “{name}” failed: {reason}</source>
        <translation>Push to “{name}” failed: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>(%n waiting)</source>
        <translation><numerusform>(%n waiting)</numerusform><numerusform>(%n waiting)</numerusform></translation>
    </message>
    <message>
        <source>{lead} before the deadline {due}</source>
        <translation>{lead} before the deadline {due}</translation>
    </message>
    <message>
        <source>deadline {due} passed</source>
        <translation>deadline {due} passed</translation>
    </message>
    <message>
        <source>{time}  {platform} {after_sale_id}: {what}</source>
        <translation>{time}  {platform} {after_sale_id}: {what}</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Please correct the marked fields.</translation>
    </message>
    <message>
        <source>The database {path} cannot be read ({detail}). A copy may be in the backups folder next to it.</source>
        <translation>The database {path} cannot be read ({detail}). A copy may be in the backups folder next to it.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of CaseWatch (schema {revision}). Install the newer version, or start with another data folder (--data-dir).</source>
        <translation>The database {path} was written by a newer version of CaseWatch (schema {revision}). Install the newer version, or start with another data folder (--data-dir).</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be used: {detail}</source>
        <translation>The data folder {path} cannot be used: {detail}</translation>
    </message>
    <message>
        <source>The rule file {file} is broken at {where}: {detail}</source>
        <translation>The rule file {file} is broken at {where}: {detail}</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space on the drive of {path} and try again.</source>
        <translation>The disk is full: nothing was saved. Free some space on the drive of {path} and try again.</translation>
    </message>
    <message>
        <source>The database is busy with another program (an import or a backup?): nothing was saved. Try again in a moment.</source>
        <translation>The database is busy with another program (an import or a backup?): nothing was saved. Try again in a moment.</translation>
    </message>
    <message>
        <source>The database {path} cannot be written (read-only file or folder): nothing was saved.</source>
        <translation>The database {path} cannot be written (read-only file or folder): nothing was saved.</translation>
    </message>
    <message>
        <source>The disk reported an error while saving to {path}: nothing was saved. Check the drive, then try again.</source>
        <translation>The disk reported an error while saving to {path}: nothing was saved. Check the drive, then try again.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>There is no file {path}.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {detail}</source>
        <translation>{path} cannot be read: {detail}</translation>
    </message>
    <message>
        <source>{path} cannot be written: {detail}</source>
        <translation>{path} cannot be written: {detail}</translation>
    </message>
    <message>
        <source>{path} is empty.</source>
        <translation>{path} is empty.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} is a folder, not a file.</translation>
    </message>
    <message>
        <source>There is no case with the after-sales id {after_sale_id}.</source>
        <translation>There is no case with the after-sales id {after_sale_id}.</translation>
    </message>
    <message>
        <source>The after-sales id {after_sale_id} is on several platforms ({platforms}): say which with --platform.</source>
        <translation>The after-sales id {after_sale_id} is on several platforms ({platforms}): say which with --platform.</translation>
    </message>
    <message>
        <source>{path}: the file is gone (moved or deleted?).</source>
        <translation>{path}: the file is gone (moved or deleted?).</translation>
    </message>
    <message>
        <source>{path} could not be copied into CaseWatch's data folder: {detail}</source>
        <translation>{path} could not be copied into CaseWatch's data folder: {detail}</translation>
    </message>
    <message>
        <source>{path} is named like a photo but is not one (its content is something else). Nothing was kept.</source>
        <translation>{path} is named like a photo but is not one (its content is something else). Nothing was kept.</translation>
    </message>
    <message>
        <source>{path}: CaseWatch keeps photos (JPG, PNG, GIF, WebP, BMP, HEIC, AVIF), videos (MP4, MOV, 3GP, AVI, MKV, WebM) and PDFs.</source>
        <translation>{path}: CaseWatch keeps photos (JPG, PNG, GIF, WebP, BMP, HEIC, AVIF), videos (MP4, MOV, 3GP, AVI, MKV, WebM) and PDFs.</translation>
    </message>
    <message>
        <source>{path} is damaged: the picture is cut short (an interrupted copy or transfer?). Copy it from the phone again.</source>
        <translation>{path} is damaged: the picture is cut short (an interrupted copy or transfer?). Copy it from the phone again.</translation>
    </message>
    <message>
        <source>{path} changed while it was being copied: nothing was kept. Try again.</source>
        <translation>{path} changed while it was being copied: nothing was kept. Try again.</translation>
    </message>
    <message>
        <source>The stored copy of {name} is missing from the data folder: check the evidence files (Tools → Check evidence files).</source>
        <translation>The stored copy of {name} is missing from the data folder: check the evidence files (Tools → Check evidence files).</translation>
    </message>
    <message>
        <source>The stored copy of {name} no longer matches its fingerprint (SHA-256): it was changed outside CaseWatch. Nothing was packed.</source>
        <translation>The stored copy of {name} no longer matches its fingerprint (SHA-256): it was changed outside CaseWatch. Nothing was packed.</translation>
    </message>
    <message>
        <source>This case has no evidence to pack.</source>
        <translation>This case has no evidence to pack.</translation>
    </message>
    <message>
        <source>That evidence file is not on the case any more.</source>
        <translation>That evidence file is not on the case any more.</translation>
    </message>
    <message>
        <source>The playbook library has no scenario “{scenario}” (any more).</source>
        <translation>The playbook library has no scenario “{scenario}” (any more).</translation>
    </message>
    <message>
        <source>{path}: some of these cases were added elsewhere while you checked the file. Nothing was imported: check the rows again, then import.</source>
        <translation>{path}: some of these cases were added elsewhere while you checked the file. Nothing was imported: check the rows again, then import.</translation>
    </message>
    <message>
        <source>{path} is not a table: it holds binary data. Choose the .xlsx or .csv the platform's back-end downloaded.</source>
        <translation>{path} is not a table: it holds binary data. Choose the .xlsx or .csv the platform's back-end downloaded.</translation>
    </message>
    <message>
        <source>{path}: the text is neither UTF-8, GB18030/GBK nor UTF-16. Save it again from Excel or WPS as “CSV UTF-8” and import that file.</source>
        <translation>{path}: the text is neither UTF-8, GB18030/GBK nor UTF-16. Save it again from Excel or WPS as “CSV UTF-8” and import that file.</translation>
    </message>
    <message>
        <source>{path}: line {line} cannot be read as a table row (a quotation mark that is never closed?). Open the file in Excel or WPS, save it again as CSV and import that file.</source>
        <translation>{path}: line {line} cannot be read as a table row (a quotation mark that is never closed?). Open the file in Excel or WPS, save it again as CSV and import that file.</translation>
    </message>
    <message>
        <source>{path}: near line {line} the text is not {encoding} like the rest of the file. Save it again from Excel or WPS as “CSV UTF-8” and import that file.</source>
        <translation>{path}: near line {line} the text is not {encoding} like the rest of the file. Save it again from Excel or WPS as “CSV UTF-8” and import that file.</translation>
    </message>
    <message>
        <source>{path}: CaseWatch reads .xlsx, .xls, .csv and .txt exports.</source>
        <translation>{path}: CaseWatch reads .xlsx, .xls, .csv and .txt exports.</translation>
    </message>
    <message>
        <source>{path} is not a spreadsheet CaseWatch can read (damaged, or not Excel): {detail}</source>
        <translation>{path} is not a spreadsheet CaseWatch can read (damaged, or not Excel): {detail}</translation>
    </message>
    <message>
        <source>{path}: the columns ({headers}…) are not from an export CaseWatch knows. Choose the platform (--platform, or in the import window) and match the columns.</source>
        <translation>{path}: the columns ({headers}…) are not from an export CaseWatch knows. Choose the platform (--platform, or in the import window) and match the columns.</translation>
    </message>
    <message>
        <source>There is no import source “{source}”.</source>
        <translation>There is no import source “{source}”.</translation>
    </message>
    <message>
        <source>{path}: no column for {fields}. Match the columns in the import window, or check that the file is the platform's after-sales export.</source>
        <translation>{path}: no column for {fields}. Match the columns in the import window, or check that the file is the platform's after-sales export.</translation>
    </message>
    <message>
        <source>{path} has column names but no cases.</source>
        <translation>{path} has column names but no cases.</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>There is no import to undo.</translation>
    </message>
    <message>
        <source>The last import cannot be undone: {count} of the cases it created were worked on since ({cases}). Undoing would lose that work.</source>
        <translation>The last import cannot be undone: {count} of the cases it created were worked on since ({cases}). Undoing would lose that work.</translation>
    </message>
    <message>
        <source>Case {case_id} no longer exists.</source>
        <translation>Case {case_id} no longer exists.</translation>
    </message>
    <message>
        <source>There is no push channel named “{name}”. The channels: {known}</source>
        <translation>There is no push channel named “{name}”. The channels: {known}</translation>
    </message>
    <message>
        <source>The system's keychain cannot be used ({detail}). On a machine without one, set CASEWATCH_SECRET_STORE=file to keep channel secrets in a file only you can read.</source>
        <translation>The system's keychain cannot be used ({detail}). On a machine without one, set CASEWATCH_SECRET_STORE=file to keep channel secrets in a file only you can read.</translation>
    </message>
    <message>
        <source>The channel's key or password is no longer in the keychain or the secrets file: remove the channel and add it again.</source>
        <translation>The channel's key or password is no longer in the keychain or the secrets file: remove the channel and add it again.</translation>
    </message>
    <message>
        <source>The channel secrets file {path} cannot be read: {detail}</source>
        <translation>The channel secrets file {path} cannot be read: {detail}</translation>
    </message>
    <message>
        <source>The channel secrets file {path} cannot be written: {detail}</source>
        <translation>The channel secrets file {path} cannot be written: {detail}</translation>
    </message>
    <message>
        <source>Event {event_id} no longer exists.</source>
        <translation>Event {event_id} no longer exists.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>A rejection counts in the shop's rejection rate (售后拒绝率) and the buyer can ask the platform to step in. Talk to the buyer first where you can.</source>
        <translation>A rejection counts in the shop's rejection rate (售后拒绝率) and the buyer can ask the platform to step in. Talk to the buyer first where you can.</translation>
    </message>
    <message>
        <source>Record this after using 延长收货 in the platform's back-end. It adds the rule's extension to the deadline.</source>
        <translation>Record this after using 延长收货 in the platform's back-end. It adds the rule's extension to the deadline.</translation>
    </message>
    <message>
        <source>Enter the deadline exactly as the platform's back-end shows it. It replaces the rule's deadline until the case moves to another stage.</source>
        <translation>Enter the deadline exactly as the platform's back-end shows it. It replaces the rule's deadline until the case moves to another stage.</translation>
    </message>
    <message>
        <source>For a case the platform refunded or closed by itself because a deadline ran out. The case is finished honestly and counts as a missed clock in the shop's figures.</source>
        <translation>For a case the platform refunded or closed by itself because a deadline ran out. The case is finished honestly and counts as a missed clock in the shop's figures.</translation>
    </message>
    <message>
        <source>Record a payment made to the buyer (小额打款 in the back-end, or otherwise). It does not finish the case: record the refund or close it when the buyer withdraws.</source>
        <translation>Record a payment made to the buyer (小额打款 in the back-end, or otherwise). It does not finish the case: record the refund or close it when the buyer withdraws.</translation>
    </message>
    <message>
        <source>Record: {event}</source>
        <translation>Record: {event}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Courier</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <source>New tracking number</source>
        <translation>New tracking number</translation>
    </message>
    <message>
        <source>for example 5 or 12.50</source>
        <translation>for example 5 or 12.50</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>Refunded the buyer</source>
        <translation>Refunded the buyer</translation>
    </message>
    <message>
        <source>Closed the request</source>
        <translation>Closed the request</translation>
    </message>
    <message>
        <source>What the platform did</source>
        <translation>What the platform did</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>New deadline</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>Withdraw an event</source>
        <translation>Withdraw an event</translation>
    </message>
    <message>
        <source>Withdraw “{event}” of {time}? It stays on the timeline, marked as withdrawn, and the case's clocks are worked out again without it.</source>
        <translation>Withdraw “{event}” of {time}? It stays on the timeline, marked as withdrawn, and the case's clocks are worked out again without it.</translation>
    </message>
    <message>
        <source>Why (optional)</source>
        <translation>Why (optional)</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <source>Buyer applied</source>
        <translation>Buyer applied</translation>
    </message>
    <message>
        <source>Merchant agreed</source>
        <translation>Merchant agreed</translation>
    </message>
    <message>
        <source>Buyer shipped the return</source>
        <translation>Buyer shipped the return</translation>
    </message>
    <message>
        <source>Return signed for</source>
        <translation>Return signed for</translation>
    </message>
    <message>
        <source>Receipt extended</source>
        <translation>Receipt extended</translation>
    </message>
    <message>
        <source>Merchant rejected</source>
        <translation>Merchant rejected</translation>
    </message>
    <message>
        <source>Platform stepped in</source>
        <translation>Platform stepped in</translation>
    </message>
    <message>
        <source>Buyer applied again</source>
        <translation>Buyer applied again</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Closed / cancelled</source>
        <translation>Closed / cancelled</translation>
    </message>
    <message>
        <source>Platform deadline changed</source>
        <translation>Platform deadline changed</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Details corrected</source>
        <translation>Details corrected</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Status from the platform's export</source>
        <translation>Status from the platform's export</translation>
    </message>
    <message>
        <source>Outbound parcel intercepted</source>
        <translation>Outbound parcel intercepted</translation>
    </message>
    <message>
        <source>Replacement sent</source>
        <translation>Replacement sent</translation>
    </message>
    <message>
        <source>Compensation paid</source>
        <translation>Compensation paid</translation>
    </message>
    <message>
        <source>Settled by the platform</source>
        <translation>Settled by the platform</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Add evidence</source>
        <translation>Add evidence</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s): {names}</source>
        <translation><numerusform>%n file: {names}</numerusform><numerusform>%n files: {names}</numerusform></translation>
    </message>
    <message>
        <source>What it shows</source>
        <translation>What it shows</translation>
    </message>
    <message>
        <source>e.g. 外箱压痕, 左下角</source>
        <translation>e.g. 外箱压痕, 左下角</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>Paste image</source>
        <translation>Paste image</translation>
    </message>
    <message>
        <source>A screenshot from the clipboard (Ctrl+V), e.g. a chat</source>
        <translation>A screenshot from the clipboard (Ctrl+V), e.g. a chat</translation>
    </message>
    <message>
        <source>Dispute pack…</source>
        <translation>Dispute pack…</translation>
    </message>
    <message>
        <source>One ZIP for the platform's 举证 step: the files in order, a summary page and their SHA-256 fingerprints</source>
        <translation>One ZIP for the platform's 举证 step: the files in order, a summary page and their SHA-256 fingerprints</translation>
    </message>
    <message>
        <source>Drop photos and videos here, or paste a screenshot. Files are copied into CaseWatch's data folder and never changed.</source>
        <translation>Drop photos and videos here, or paste a screenshot. Files are copied into CaseWatch's data folder and never changed.</translation>
    </message>
    <message>
        <source>What the case's scenarios ask for:</source>
        <translation>What the case's scenarios ask for:</translation>
    </message>
    <message>
        <source>taken {time}</source>
        <translation>taken {time}</translation>
    </message>
    <message>
        <source>added {time}</source>
        <translation>added {time}</translation>
    </message>
    <message numerus="yes">
        <source>Copying %n file(s)…</source>
        <translation><numerusform>Copying %n file…</numerusform><numerusform>Copying %n files…</numerusform></translation>
    </message>
    <message>
        <source>The clipboard holds no image to paste.</source>
        <translation>The clipboard holds no image to paste.</translation>
    </message>
    <message>
        <source>pasted {time}.png</source>
        <translation>pasted {time}.png</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added.</source>
        <translation><numerusform>%n file added.</numerusform><numerusform>%n files added.</numerusform></translation>
    </message>
    <message>
        <source>Already on this case: {names}.</source>
        <translation>Already on this case: {names}.</translation>
    </message>
    <message>
        <source>The stored copy of {names} no longer matched its fingerprint: it was replaced by the file just added.</source>
        <translation>The stored copy of {names} no longer matched its fingerprint: it was replaced by the file just added.</translation>
    </message>
    <message>
        <source>Cancelled: the other files were not added.</source>
        <translation>Cancelled: the other files were not added.</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Open in another program</source>
        <translation>Open in another program</translation>
    </message>
    <message>
        <source>Change what it shows…</source>
        <translation>Change what it shows…</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>Move to the trash</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) moved to the trash.</source>
        <translation><numerusform>%n file moved to the trash.</numerusform><numerusform>%n files moved to the trash.</numerusform></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>Restored.</translation>
    </message>
    <message>
        <source>This case has no evidence to pack yet.</source>
        <translation>This case has no evidence to pack yet.</translation>
    </message>
    <message>
        <source>Pack what there is?</source>
        <translation>Pack what there is?</translation>
    </message>
    <message>
        <source>The case's scenarios still ask for: {kinds}. Pack the evidence there is anyway?</source>
        <translation>The case's scenarios still ask for: {kinds}. Pack the evidence there is anyway?</translation>
    </message>
    <message>
        <source>Evidence {platform} {after_sale_id}.zip</source>
        <translation>Evidence {platform} {after_sale_id}.zip</translation>
    </message>
    <message>
        <source>Save the dispute pack</source>
        <translation>Save the dispute pack</translation>
    </message>
    <message>
        <source>Packing…</source>
        <translation>Packing…</translation>
    </message>
    <message>
        <source>Open its folder</source>
        <translation>Open its folder</translation>
    </message>
    <message>
        <source>Dispute pack saved: {path} ({size}).</source>
        <translation>Dispute pack saved: {path} ({size}).</translation>
    </message>
    <message>
        <source>added: {name} ({kind}, {size}, SHA-256 {sha})</source>
        <translation>added: {name} ({kind}, {size}, SHA-256 {sha})</translation>
    </message>
    <message>
        <source>already on this case: {name}</source>
        <translation>already on this case: {name}</translation>
    </message>
    <message numerus="yes">
        <source>Dispute pack {path}: %n file(s), {size}.</source>
        <translation><numerusform>Dispute pack {path}: %n file, {size}.</numerusform><numerusform>Dispute pack {path}: %n files, {size}.</numerusform></translation>
    </message>
    <message>
        <source>CaseWatch could not read {names} to make a JPG copy for uploading: it is in the pack only as it is. Convert it on the phone or computer it came from.</source>
        <translation>CaseWatch could not read {names} to make a JPG copy for uploading: it is in the pack only as it is. Convert it on the phone or computer it came from.</translation>
    </message>
    <message numerus="yes">
        <source>All %n evidence file(s) are there and unchanged ({size} read).</source>
        <translation><numerusform>The %n evidence file is there and unchanged ({size} read).</numerusform><numerusform>All %n evidence files are there and unchanged ({size} read).</numerusform></translation>
    </message>
    <message>
        <source>Some evidence files are not as they were added:</source>
        <translation>Some evidence files are not as they were added:</translation>
    </message>
    <message>
        <source>missing: {name} (case {case}, SHA-256 {sha})</source>
        <translation>missing: {name} (case {case}, SHA-256 {sha})</translation>
    </message>
    <message>
        <source>changed: {name} (case {case}, SHA-256 {sha})</source>
        <translation>changed: {name} (case {case}, SHA-256 {sha})</translation>
    </message>
    <message>
        <source>CaseWatch repairs nothing by itself: restore the evidence folder from a backup, or add the original files again.</source>
        <translation>CaseWatch repairs nothing by itself: restore the evidence folder from a backup, or add the original files again.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the evidence folder belong to no case (an interrupted copy, or trash emptied minutes ago): left as they are; emptying the trash later removes them.</source>
        <translation><numerusform>%n file in the evidence folder belongs to no case (an interrupted copy, or trash emptied minutes ago): left as it is; emptying the trash later removes it.</numerusform><numerusform>%n files in the evidence folder belong to no case (an interrupted copy, or trash emptied minutes ago): left as they are; emptying the trash later removes them.</numerusform></translation>
    </message>
    <message>
        <source>Evidence trash</source>
        <translation>Evidence trash</translation>
    </message>
    <message>
        <source>Files removed from cases stay here until the trash is emptied: restore them if one went by mistake. Emptying deletes their bytes for good (unless another case still holds the same file).</source>
        <translation>Files removed from cases stay here until the trash is emptied: restore them if one went by mistake. Emptying deletes their bytes for good (unless another case still holds the same file).</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Shows</source>
        <translation>Shows</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Empty the trash…</source>
        <translation>Empty the trash…</translation>
    </message>
    <message>
        <source>Empty the trash?</source>
        <translation>Empty the trash?</translation>
    </message>
    <message numerus="yes">
        <source>The %n file(s) in the trash are deleted for good. This cannot be undone.</source>
        <translation><numerusform>The %n file in the trash is deleted for good. This cannot be undone.</numerusform><numerusform>The %n files in the trash are deleted for good. This cannot be undone.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) deleted, {size} freed.</source>
        <translation><numerusform>%n file deleted, {size} freed.</numerusform><numerusform>%n files deleted, {size} freed.</numerusform></translation>
    </message>
    <message>
        <source>Checking the evidence files…</source>
        <translation>Checking the evidence files…</translation>
    </message>
    <message>
        <source>&lt; Previous</source>
        <translation>&lt; Previous</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>A {what}: it opens in the system's own program.</source>
        <translation>A {what}: it opens in the system's own program.</translation>
    </message>
    <message>
        <source>CaseWatch cannot draw this photo: it may be damaged, or in a form CaseWatch does not read. Its stored copy is unchanged.</source>
        <translation>CaseWatch cannot draw this photo: it may be damaged, or in a form CaseWatch does not read. Its stored copy is unchanged.</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>photo</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
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
        <translation>Platform</translation>
    </message>
    <message>
        <source>After-sales id</source>
        <translation>After-sales id</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Order id</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>Applied at</translation>
    </message>
    <message>
        <source>Agreed at</source>
        <translation>Agreed at</translation>
    </message>
    <message>
        <source>Return courier</source>
        <translation>Return courier</translation>
    </message>
    <message>
        <source>Return tracking no.</source>
        <translation>Return tracking no.</translation>
    </message>
    <message>
        <source>Return shipped at</source>
        <translation>Return shipped at</translation>
    </message>
    <message>
        <source>Return signed for at</source>
        <translation>Return signed for at</translation>
    </message>
    <message>
        <source>Receipt extended at</source>
        <translation>Receipt extended at</translation>
    </message>
    <message>
        <source>Rejected at</source>
        <translation>Rejected at</translation>
    </message>
    <message>
        <source>Refunded at</source>
        <translation>Refunded at</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Closed at</translation>
    </message>
    <message>
        <source>Platform deadline</source>
        <translation>Platform deadline</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Outbound courier</source>
        <translation>Outbound courier</translation>
    </message>
    <message>
        <source>Outbound tracking no.</source>
        <translation>Outbound tracking no.</translation>
    </message>
    <message>
        <source>Logistics status</source>
        <translation>Logistics status</translation>
    </message>
    <message>
        <source>Intercepted at</source>
        <translation>Intercepted at</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Merchant deadline</source>
        <translation>Merchant deadline</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Then</translation>
    </message>
    <message>
        <source>Deadline from</source>
        <translation>Deadline from</translation>
    </message>
    <message>
        <source>Buyer deadline</source>
        <translation>Buyer deadline</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>After-sales id</source>
        <translation>After-sales id</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Order id</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>Applied at</translation>
    </message>
    <message>
        <source>Platform deadline</source>
        <translation>Platform deadline</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Courier</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>New deadline</translation>
    </message>
    <message>
        <source>What the platform did</source>
        <translation>What the platform did</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation>Reminder times</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Reply scripts</source>
        <translation>Reply scripts</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Webhook address</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Signing secret</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Mail server</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Authorisation code</source>
        <translation>Authorisation code</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Working hours</translation>
    </message>
    <message>
        <source>Overdue cases come back every</source>
        <translation>Overdue cases come back every</translation>
    </message>
    <message>
        <source>Data counts as stale after</source>
        <translation>Data counts as stale after</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>After-sales exports ({patterns})</source>
        <translation>After-sales exports ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Import platform exports</source>
        <translation>Import platform exports</translation>
    </message>
    <message>
        <source>CSV for Excel/WPS (*.csv)</source>
        <translation>CSV for Excel/WPS (*.csv)</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Add evidence</translation>
    </message>
    <message>
        <source>Photos, videos and PDFs ({patterns})</source>
        <translation>Photos, videos and PDFs ({patterns})</translation>
    </message>
    <message>
        <source>ZIP archive (*.zip)</source>
        <translation>ZIP archive (*.zip)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Export from</source>
        <translation>Export from</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>CaseWatch field</source>
        <translation>CaseWatch field</translation>
    </message>
    <message>
        <source>Column in your file</source>
        <translation>Column in your file</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>First values</translation>
    </message>
    <message>
        <source>{name} · sheet “{sheet}” · headers in row {row}</source>
        <translation>{name} · sheet “{sheet}” · headers in row {row}</translation>
    </message>
    <message>
        <source>{name} · {encoding} · separated by “{delimiter}” · headers in row {row}</source>
        <translation>{name} · {encoding} · separated by “{delimiter}” · headers in row {row}</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>CaseWatch does not recognise these columns. Choose which export this is, then match the columns.</source>
        <translation>CaseWatch does not recognise these columns. Choose which export this is, then match the columns.</translation>
    </message>
    <message>
        <source>Recognised as {source}. Check that each field has the right column: the first values are shown beside it. Corrections are remembered for this export.</source>
        <translation>Recognised as {source}. Check that each field has the right column: the first values are shown beside it. Corrections are remembered for this export.</translation>
    </message>
    <message>
        <source>Read as {source}. Check that each field has the right column: the first values are shown beside it. Corrections are remembered for this export.</source>
        <translation>Read as {source}. Check that each field has the right column: the first values are shown beside it. Corrections are remembered for this export.</translation>
    </message>
    <message>
        <source>— not in this file —</source>
        <translation>— not in this file —</translation>
    </message>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>Columns CaseWatch does not read: {columns}</source>
        <translation>Columns CaseWatch does not read: {columns}</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Undo this import</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>Check rows &gt;</source>
        <translation>Check rows &gt;</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Next file &gt;</source>
        <translation>Next file &gt;</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Import {file}</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <source>Checking the rows of {file}…</source>
        <translation>Checking the rows of {file}…</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n case(s) from {file}…</source>
        <translation><numerusform>Importing %n case from {file}…</numerusform><numerusform>Importing %n cases from {file}…</numerusform></translation>
    </message>
    <message>
        <source>The import was cancelled: nothing changed.</source>
        <translation>The import was cancelled: nothing changed.</translation>
    </message>
    <message>
        <source>{file} is imported: {new} new cases, {updated} updated, {unchanged} unchanged, {rejected} rows rejected.</source>
        <translation>{file} is imported: {new} new cases, {updated} updated, {unchanged} unchanged, {rejected} rows rejected.</translation>
    </message>
    <message>
        <source>Undo this import?</source>
        <translation>Undo this import?</translation>
    </message>
    <message>
        <source>The cases it added are removed, and what it changed in other cases is withdrawn (their timelines keep a note of it).</source>
        <translation>The cases it added are removed, and what it changed in other cases is withdrawn (their timelines keep a note of it).</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Undoing the import…</translation>
    </message>
    <message>
        <source>The import of {file} is undone.</source>
        <translation>The import of {file} is undone.</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} of {total}</translation>
    </message>
    <message>
        <source>Checking the rows of {file}: {rows} read…</source>
        <translation>Checking the rows of {file}: {rows} read…</translation>
    </message>
    <message>
        <source>Cancelled: nothing changed.</source>
        <translation>Cancelled: nothing changed.</translation>
    </message>
    <message>
        <source>Choose a column for: {fields}</source>
        <translation>Choose a column for: {fields}</translation>
    </message>
    <message numerus="yes">
        <source>Import %n case(s)</source>
        <translation><numerusform>Import %n case</numerusform><numerusform>Import %n cases</numerusform></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>New cases</source>
        <translation>New cases</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Rows rejected</source>
        <translation>Rows rejected</translation>
    </message>
    <message>
        <source>Save this list…</source>
        <translation>Save this list…</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Imported?</source>
        <translation>Imported?</translation>
    </message>
    <message>
        <source>{rows} rows read from {file} ({source}). Nothing has been saved yet: check the numbers, then import.</source>
        <translation>{rows} rows read from {file} ({source}). Nothing has been saved yet: check the numbers, then import.</translation>
    </message>
    <message>
        <source>No problems found in the file.</source>
        <translation>No problems found in the file.</translation>
    </message>
    <message>
        <source>{total} problems; the first {shown} are listed (save the list to see them all):</source>
        <translation>{total} problems; the first {shown} are listed (save the list to see them all):</translation>
    </message>
    <message>
        <source>{total} problems:</source>
        <translation>{total} problems:</translation>
    </message>
    <message>
        <source>{name} problems.csv</source>
        <translation>{name} problems.csv</translation>
    </message>
    <message>
        <source>Save the list of problems</source>
        <translation>Save the list of problems</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>no: fix the row and import again</source>
        <translation>no: fix the row and import again</translation>
    </message>
    <message>
        <source>yes: check the case</source>
        <translation>yes: check the case</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <source>抖店 售后单 export</source>
        <translation>抖店 售后单 export</translation>
    </message>
    <message>
        <source>千牛 退款明细 export</source>
        <translation>千牛 退款明细 export</translation>
    </message>
    <message>
        <source>拼多多 售后 export</source>
        <translation>拼多多 售后 export</translation>
    </message>
    <message>
        <source>视频号/微信小店 export</source>
        <translation>视频号/微信小店 export</translation>
    </message>
    <message>
        <source>快手 export</source>
        <translation>快手 export</translation>
    </message>
    <message>
        <source>CaseWatch CSV</source>
        <translation>CaseWatch CSV</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Return needed (yes/no)</source>
        <translation>Return needed (yes/no)</translation>
    </message>
    <message>
        <source>Evidence deadline</source>
        <translation>Evidence deadline</translation>
    </message>
    <message>
        <source>Return parcel status</source>
        <translation>Return parcel status</translation>
    </message>
    <message>
        <source>Product SKU / spec</source>
        <translation>Product SKU / spec</translation>
    </message>
    <message>
        <source>empty, but required</source>
        <translation>empty, but required</translation>
    </message>
    <message>
        <source>“{value}” was turned into a number by Excel and its last digits are lost. Export again from the platform and import that file directly, or format the column as Text in Excel before saving.</source>
        <translation>“{value}” was turned into a number by Excel and its last digits are lost. Export again from the platform and import that file directly, or format the column as Text in Excel before saving.</translation>
    </message>
    <message>
        <source>“{value}” is not an id</source>
        <translation>“{value}” is not an id</translation>
    </message>
    <message>
        <source>“{value}” is not an amount in yuan</source>
        <translation>“{value}” is not an amount in yuan</translation>
    </message>
    <message>
        <source>“{value}” is not a time (YYYY-MM-DD HH:MM:SS)</source>
        <translation>“{value}” is not a time (YYYY-MM-DD HH:MM:SS)</translation>
    </message>
    <message>
        <source>“{value}” is not a platform (douyin, pinduoduo, taobao, wechat, kuaishou, other)</source>
        <translation>“{value}” is not a platform (douyin, pinduoduo, taobao, wechat, kuaishou, other)</translation>
    </message>
    <message>
        <source>the same after-sales id as row {value}, with different contents: row {value} was imported, this one was not (export again, or delete the older row)</source>
        <translation>the same after-sales id as row {value}, with different contents: row {value} was imported, this one was not (export again, or delete the older row)</translation>
    </message>
    <message>
        <source>the same row as row {value}: read once</source>
        <translation>the same row as row {value}: read once</translation>
    </message>
    <message>
        <source>unknown status: imported as “needs review”, please check the case</source>
        <translation>unknown status: imported as “needs review”, please check the case</translation>
    </message>
    <message>
        <source>unknown after-sales type: imported as “other”, please check the case</source>
        <translation>unknown after-sales type: imported as “other”, please check the case</translation>
    </message>
    <message>
        <source>row {row}, column “{column}”: {problem}</source>
        <translation>row {row}, column “{column}”: {problem}</translation>
    </message>
    <message>
        <source>row {row} ({case}): {problem}</source>
        <translation>row {row} ({case}): {problem}</translation>
    </message>
    <message>
        <source>{file} ({source}): {rows} rows read, {new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected</source>
        <translation>{file} ({source}): {rows} rows read, {new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected</translation>
    </message>
    <message>
        <source>(dry run: nothing was changed)</source>
        <translation>(dry run: nothing was changed)</translation>
    </message>
</context>
<context>
    <name>Intercept</name>
    <message>
        <source>Courier not recognised · {start}…</source>
        <translation>Courier not recognised · {start}…</translation>
    </message>
    <message>
        <source>Courier not recognised</source>
        <translation>Courier not recognised</translation>
    </message>
    <message>
        <source>{courier} ({count})</source>
        <translation>{courier} ({count})</translation>
    </message>
    <message>
        <source>Intercept outbound parcels</source>
        <translation>Intercept outbound parcels</translation>
    </message>
    <message>
        <source>{cases} cases chosen; {numbers} outbound tracking numbers.</source>
        <translation>{cases} cases chosen; {numbers} outbound tracking numbers.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the cases have no outbound tracking number.</source>
        <translation><numerusform>%n of the cases has no outbound tracking number.</numerusform><numerusform>%n of the cases have no outbound tracking number.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Mark %n case(s) intercepted</source>
        <translation><numerusform>Mark %n case intercepted</numerusform><numerusform>Mark %n cases intercepted</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) marked intercepted.</source>
        <translation><numerusform>%n case marked intercepted.</numerusform><numerusform>%n cases marked intercepted.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n were marked before.</source>
        <translation><numerusform>%n was marked before.</numerusform><numerusform>%n were marked before.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n are finished and were left alone.</source>
        <translation><numerusform>%n is finished and was left alone.</numerusform><numerusform>%n are finished and were left alone.</numerusform></translation>
    </message>
    <message>
        <source>Copy each courier's numbers into that courier's group, then mark those cases intercepted so everyone sees it.</source>
        <translation>Copy each courier's numbers into that courier's group, then mark those cases intercepted so everyone sees it.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy all, with courier headings</source>
        <translation>Copy all, with courier headings</translation>
    </message>
    <message>
        <source>Mark the cases with a tracking number intercepted</source>
        <translation>Mark the cases with a tracking number intercepted</translation>
    </message>
    <message>
        <source>Intercepted on</source>
        <translation>Intercepted on</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>Copied ✓</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CaseWatch — after-sales clocks</source>
        <translation>CaseWatch — after-sales clocks</translation>
    </message>
    <message>
        <source>Due soon / overdue</source>
        <translation>Due soon / overdue</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Clock rules…</source>
        <translation>Clock rules…</translation>
    </message>
    <message>
        <source>Scenario playbooks…</source>
        <translation>Scenario playbooks…</translation>
    </message>
    <message>
        <source>Evidence trash…</source>
        <translation>Evidence trash…</translation>
    </message>
    <message>
        <source>Check evidence files…</source>
        <translation>Check evidence files…</translation>
    </message>
    <message>
        <source>Quit CaseWatch</source>
        <translation>Quit CaseWatch</translation>
    </message>
    <message>
        <source>Due soon / overdue panel</source>
        <translation>Due soon / overdue panel</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Open data folder</translation>
    </message>
    <message>
        <source>About CaseWatch</source>
        <translation>About CaseWatch</translation>
    </message>
    <message>
        <source>Import platform export…</source>
        <translation>Import platform export…</translation>
    </message>
    <message>
        <source>Export shown cases…</source>
        <translation>Export shown cases…</translation>
    </message>
    <message>
        <source>The cases and columns shown, as CSV for Excel/WPS</source>
        <translation>The cases and columns shown, as CSV for Excel/WPS</translation>
    </message>
    <message>
        <source>Undo last import…</source>
        <translation>Undo last import…</translation>
    </message>
    <message>
        <source>Intercept parcels…</source>
        <translation>Intercept parcels…</translation>
    </message>
    <message>
        <source>The chosen cases' outbound tracking numbers by courier, and marking them intercepted</source>
        <translation>The chosen cases' outbound tracking numbers by courier, and marking them intercepted</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Cases</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>No cases are shown: nothing to export.</source>
        <translation>No cases are shown: nothing to export.</translation>
    </message>
    <message>
        <source>After-sales cases {date}.csv</source>
        <translation>After-sales cases {date}.csv</translation>
    </message>
    <message>
        <source>Export the cases shown</source>
        <translation>Export the cases shown</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n case(s)…</source>
        <translation><numerusform>Exporting %n case…</numerusform><numerusform>Exporting %n cases…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) exported to {path}</source>
        <translation><numerusform>%n case exported to {path}</numerusform><numerusform>%n cases exported to {path}</numerusform></translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>There is no import to undo.</translation>
    </message>
    <message>
        <source>Undo the last import?</source>
        <translation>Undo the last import?</translation>
    </message>
    <message>
        <source>Undo the import of {file} ({time})? Its {new} new cases are removed, and what it changed in {updated} other cases is withdrawn (their timelines keep a note of it).</source>
        <translation>Undo the import of {file} ({time})? Its {new} new cases are removed, and what it changed in {updated} other cases is withdrawn (their timelines keep a note of it).</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Undoing the import…</translation>
    </message>
    <message>
        <source>The import of {file} is undone.</source>
        <translation>The import of {file} is undone.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Data: {path}</source>
        <translation>Data: {path}</translation>
    </message>
    <message>
        <source>Reminders paused until {time}</source>
        <translation>Reminders paused until {time}</translation>
    </message>
    <message>
        <source>{app} {version}
An offline desk for after-sales cases: every platform clock visible, a reminder before each deadline.
Data folder: {path}</source>
        <translation>{app} {version}
An offline desk for after-sales cases: every platform clock visible, a reminder before each deadline.
Data folder: {path}</translation>
    </message>
    <message>
        <source>Quit CaseWatch?</source>
        <translation>Quit CaseWatch?</translation>
    </message>
    <message>
        <source>This computer shows no tray icon, so CaseWatch cannot remind you while it is closed. When you start it again it lists what came due in the meantime.</source>
        <translation>This computer shows no tray icon, so CaseWatch cannot remind you while it is closed. When you start it again it lists what came due in the meantime.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>CaseWatch</source>
        <translation>CaseWatch</translation>
    </message>
    <message>
        <source>Something went wrong. Your data is safe.</source>
        <translation>Something went wrong. Your data is safe.</translation>
    </message>
    <message>
        <source>The details are in the log file:
{path}</source>
        <translation>The details are in the log file:
{path}</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Open log folder</translation>
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
        <translation>· {countdown}: {case}</translation>
    </message>
    <message>
        <source>the platform acts</source>
        <translation>the platform acts</translation>
    </message>
    <message>
        <source>Overdue: {case}</source>
        <translation>Overdue: {case}</translation>
    </message>
    <message>
        <source>The deadline {due} has passed. Then: {action}.</source>
        <translation>The deadline {due} has passed. Then: {action}.</translation>
    </message>
    <message>
        <source>{countdown}: {case}</source>
        <translation>{countdown}: {case}</translation>
    </message>
    <message>
        <source>Deadline {due}. Then: {action}.</source>
        <translation>Deadline {due}. Then: {action}.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) need you</source>
        <translation><numerusform>%n case needs you</numerusform><numerusform>%n cases need you</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation><numerusform>, %n overdue</numerusform><numerusform>, %n overdue</numerusform></translation>
    </message>
    <message>
        <source>Since CaseWatch last ran:</source>
        <translation>Since CaseWatch last ran:</translation>
    </message>
    <message>
        <source>While the computer slept (or its clock moved ahead):</source>
        <translation>While the computer slept (or its clock moved ahead):</translation>
    </message>
    <message>
        <source>The computer's clock was set back:</source>
        <translation>The computer's clock was set back:</translation>
    </message>
    <message>
        <source>Still not acknowledged: their platforms may act on them. See the card.</source>
        <translation>Still not acknowledged: their platforms may act on them. See the card.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <extracomment>Windows' NOTIFYICONDATA: szInfoTitle[64] and szInfo[256] UTF-16 units, ending in a NUL.</extracomment>
        <translation><numerusform>… and %n more</numerusform><numerusform>… and %n more</numerusform></translation>
    </message>
</context>
<context>
    <name>Pack</name>
    <message>
        <source>After-sales evidence: {platform} {after_sale_id}</source>
        <translation>After-sales evidence: {platform} {after_sale_id}</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>After-sales id</source>
        <translation>After-sales id</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Order id</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>Applied at</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Return parcel</source>
        <translation>Return parcel</translation>
    </message>
    <message>
        <source>Outbound parcel</source>
        <translation>Outbound parcel</translation>
    </message>
    <message>
        <source>JPG copy for uploading: {name}</source>
        <translation>JPG copy for uploading: {name}</translation>
    </message>
    <message>
        <source>Made by {app} {version} on {time}.</source>
        <translation>Made by {app} {version} on {time}.</translation>
    </message>
    <message>
        <source>Each file's SHA-256 is also in SHA256SUMS.txt: the same fingerprint proves the file was not changed since it was added.</source>
        <translation>Each file's SHA-256 is also in SHA256SUMS.txt: the same fingerprint proves the file was not changed since it was added.</translation>
    </message>
    <message>
        <source>HEIC photos (iPhone), which the platforms' upload forms do not take, are also in the pack as JPG copies; the table gives the originals' fingerprints, SHA256SUMS.txt those of both.</source>
        <translation>HEIC photos (iPhone), which the platforms' upload forms do not take, are also in the pack as JPG copies; the table gives the originals' fingerprints, SHA256SUMS.txt those of both.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Shows</source>
        <translation>Shows</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>en</source>
        <translation>en</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>The case</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>Party</name>
    <message>
        <source>Merchant</source>
        <translation>Merchant</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
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
        <translation>Douyin</translation>
    </message>
    <message>
        <source>Pinduoduo</source>
        <translation>Pinduoduo</translation>
    </message>
    <message>
        <source>Taobao/Tmall</source>
        <translation>Taobao/Tmall</translation>
    </message>
    <message>
        <source>WeChat Channels</source>
        <translation>WeChat Channels</translation>
    </message>
    <message>
        <source>Kuaishou</source>
        <translation>Kuaishou</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>Playbook</name>
    <message>
        <source> (edited)</source>
        <translation> (edited)</translation>
    </message>
    <message>
        <source> (your own)</source>
        <translation> (your own)</translation>
    </message>
    <message>
        <source>Choose a scenario</source>
        <translation>Choose a scenario</translation>
    </message>
    <message>
        <source>Search scenarios</source>
        <translation>Search scenarios</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Follow</translation>
    </message>
    <message>
        <source>Choose a scenario…</source>
        <translation>Choose a scenario…</translation>
    </message>
    <message>
        <source>Compensation…</source>
        <translation>Compensation…</translation>
    </message>
    <message>
        <source>How much small compensation to offer, and how to explain it</source>
        <translation>How much small compensation to offer, and how to explain it</translation>
    </message>
    <message>
        <source>This case followed the scenario “{id}”, which the library no longer has.</source>
        <translation>This case followed the scenario “{id}”, which the library no longer has.</translation>
    </message>
    <message>
        <source>No scenario fits this case by its type, reason and stage. Choose one if it helps.</source>
        <translation>No scenario fits this case by its type, reason and stage. Choose one if it helps.</translation>
    </message>
    <message>
        <source>Intercept…</source>
        <translation>Intercept…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Change this scenario's steps and scripts</source>
        <translation>Change this scenario's steps and scripts</translation>
    </message>
    <message>
        <source>Stop following</source>
        <translation>Stop following</translation>
    </message>
    <message>
        <source>Evidence to collect</source>
        <translation>Evidence to collect</translation>
    </message>
    <message>
        <source>{mark} {text} ({kinds}: {have} of at least {n})</source>
        <translation>{mark} {text} ({kinds}: {have} of at least {n})</translation>
    </message>
    <message>
        <source>Reply scripts</source>
        <translation>Reply scripts</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Usual outcomes</source>
        <translation>Usual outcomes</translation>
    </message>
    <message>
        <source>Suggested for this case</source>
        <translation>Suggested for this case</translation>
    </message>
    <message>
        <source>the case mentions “{words}”</source>
        <translation>the case mentions “{words}”</translation>
    </message>
    <message>
        <source>fits its type and stage</source>
        <translation>fits its type and stage</translation>
    </message>
    <message>
        <source>Stop following this scenario?</source>
        <translation>Stop following this scenario?</translation>
    </message>
    <message>
        <source>The {n} ticked steps of “{title}” on this case are forgotten.</source>
        <translation>The {n} ticked steps of “{title}” on this case are forgotten.</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>Copied ✓</translation>
    </message>
    <message>
        <source>The return is still on its way and the deadline is {deadline}. Use 延长收货 now (+{adds}, once) in the platform's back-end, then record it here; talk to the buyer too.</source>
        <translation>The return is still on its way and the deadline is {deadline}. Use 延长收货 now (+{adds}, once) in the platform's back-end, then record it here; talk to the buyer too.</translation>
    </message>
    <message>
        <source>The return is still on its way and the deadline is {deadline}, but 延长收货 opens only at {available} (5 days after the tracking upload). Talk to the buyer now: if they agree, they can withdraw the request for the time being.</source>
        <translation>The return is still on its way and the deadline is {deadline}, but 延长收货 opens only at {available} (5 days after the tracking upload). Talk to the buyer now: if they agree, they can withdraw the request for the time being.</translation>
    </message>
    <message>
        <source>The return is still on its way and the deadline is {deadline}. 延长收货 (+{adds}, once) opens at {available}: use it then if the parcel has not arrived.</source>
        <translation>The return is still on its way and the deadline is {deadline}. 延长收货 (+{adds}, once) opens at {available}: use it then if the parcel has not arrived.</translation>
    </message>
    <message>
        <source>Refund only, and the parcel we sent ({courier} {tracking_no}) is still on its way: have the courier intercept it, then mark the case intercepted.</source>
        <translation>Refund only, and the parcel we sent ({courier} {tracking_no}) is still on its way: have the courier intercept it, then mark the case intercepted.</translation>
    </message>
    <message>
        <source>Past the after-sales period: 视频号/微信小店 lets the shop re-open it (延长售后) within a year of payment, up to {times} times, {days} days each, once the order is settled — where that is fair to the buyer.</source>
        <translation>Past the after-sales period: 视频号/微信小店 lets the shop re-open it (延长售后) within a year of payment, up to {times} times, {days} days each, once the order is settled — where that is fair to the buyer.</translation>
    </message>
</context>
<context>
    <name>PlaybookEditor</name>
    <message>
        <source>Scenario playbooks</source>
        <translation>Scenario playbooks</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Restore the shipped version</source>
        <translation>Restore the shipped version</translation>
    </message>
    <message>
        <source>Delete this scenario</source>
        <translation>Delete this scenario</translation>
    </message>
    <message>
        <source>Copy as a new scenario</source>
        <translation>Copy as a new scenario</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>New scenario</translation>
    </message>
    <message>
        <source>Show the shipped version…</source>
        <translation>Show the shipped version…</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <source>These files of yours could not be used:</source>
        <translation>These files of yours could not be used:</translation>
    </message>
    <message>
        <source>Your version of a shipped scenario.</source>
        <translation>Your version of a shipped scenario.</translation>
    </message>
    <message>
        <source>⟳ CaseWatch has since shipped a newer version of it: restore the shipped version to see it (yours is then gone).</source>
        <translation>⟳ CaseWatch has since shipped a newer version of it: restore the shipped version to see it (yours is then gone).</translation>
    </message>
    <message>
        <source>Your own scenario.</source>
        <translation>Your own scenario.</translation>
    </message>
    <message>
        <source>As CaseWatch ships it. Saving a change keeps it as your version.</source>
        <translation>As CaseWatch ships it. Saving a change keeps it as your version.</translation>
    </message>
    <message>
        <source>From: {sources}</source>
        <translation>From: {sources}</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Discard your changes?</translation>
    </message>
    <message>
        <source>The changes to this scenario are not saved.</source>
        <translation>The changes to this scenario are not saved.</translation>
    </message>
    <message>
        <source>Delete this scenario?</source>
        <translation>Delete this scenario?</translation>
    </message>
    <message>
        <source>“{title}” is deleted; cases that followed it keep their note of it.</source>
        <translation>“{title}” is deleted; cases that followed it keep their note of it.</translation>
    </message>
    <message>
        <source>Restore the shipped version?</source>
        <translation>Restore the shipped version?</translation>
    </message>
    <message>
        <source>Your changes to “{title}” are deleted; steps ticked on cases stay ticked where the step still exists.</source>
        <translation>Your changes to “{title}” are deleted; steps ticked on cases stay ticked where the step still exists.</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (copy)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Suggested for</source>
        <translation>Suggested for</translation>
    </message>
    <message>
        <source>Nothing ticked in a row means any.</source>
        <translation>Nothing ticked in a row means any.</translation>
    </message>
    <message>
        <source>e.g. 寄错、退错</source>
        <translation>e.g. 寄错、退错</translation>
    </message>
    <message>
        <source>Words in the reason</source>
        <translation>Words in the reason</translation>
    </message>
    <message>
        <source>Words in the parcel's status</source>
        <translation>Words in the parcel's status</translation>
    </message>
    <message>
        <source>Suggest whenever the ticked rows match, without a word</source>
        <translation>Suggest whenever the ticked rows match, without a word</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Steps (double-click to edit)</source>
        <translation>Steps (double-click to edit)</translation>
    </message>
    <message>
        <source>In Chinese: these are the words the buyer receives</source>
        <translation>In Chinese: these are the words the buyer receives</translation>
    </message>
    <message>
        <source>Add a script</source>
        <translation>Add a script</translation>
    </message>
    <message>
        <source>Filled from the case: {names}</source>
        <translation>Filled from the case: {names}</translation>
    </message>
    <message>
        <source>Reply scripts</source>
        <translation>Reply scripts</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>{text} ({kinds}, at least {minimum})</source>
        <translation>{text} ({kinds}, at least {minimum})</translation>
    </message>
    <message>
        <source>Usual outcomes (one a line)</source>
        <translation>Usual outcomes (one a line)</translation>
    </message>
    <message>
        <source>Cautions (one a line)</source>
        <translation>Cautions (one a line)</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>New step</translation>
    </message>
    <message>
        <source>New script</source>
        <translation>New script</translation>
    </message>
    <message>
        <source>Evidence to collect</source>
        <translation>Evidence to collect</translation>
    </message>
    <message>
        <source>Change the evidence to collect</source>
        <translation>Change the evidence to collect</translation>
    </message>
    <message>
        <source>e.g. the label photographed with the returned goods</source>
        <translation>e.g. the label photographed with the returned goods</translation>
    </message>
    <message>
        <source>What to collect</source>
        <translation>What to collect</translation>
    </message>
    <message>
        <source>Files of these kinds count</source>
        <translation>Files of these kinds count</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>At least</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>Required.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <source>“{value}” was turned into a number by Excel and its last digits are lost. Copy the id from the platform again (format the Excel column as Text first).</source>
        <translation>“{value}” was turned into a number by Excel and its last digits are lost. Copy the id from the platform again (format the Excel column as Text first).</translation>
    </message>
    <message>
        <source>At most {max} characters.</source>
        <translation>At most {max} characters.</translation>
    </message>
    <message>
        <source>“{value}” has characters an id cannot have (spaces or punctuation).</source>
        <translation>“{value}” has characters an id cannot have (spaces or punctuation).</translation>
    </message>
    <message>
        <source>Lies in the future.</source>
        <translation>Lies in the future.</translation>
    </message>
    <message>
        <source>“{value}” is not one of the choices.</source>
        <translation>“{value}” is not one of the choices.</translation>
    </message>
    <message>
        <source>“{value}” is not an amount in yuan (for example 88 or 88.50).</source>
        <translation>“{value}” is not an amount in yuan (for example 88 or 88.50).</translation>
    </message>
    <message>
        <source>Must be later than the request.</source>
        <translation>Must be later than the request.</translation>
    </message>
    <message>
        <source>This after-sales id is already in CaseWatch for this platform.</source>
        <translation>This after-sales id is already in CaseWatch for this platform.</translation>
    </message>
    <message>
        <source>“{kind}” does not apply to a “{case_type}” case.</source>
        <translation>“{kind}” does not apply to a “{case_type}” case.</translation>
    </message>
    <message>
        <source>“{kind}” cannot be recorded while the case is “{stage}”.</source>
        <translation>“{kind}” cannot be recorded while the case is “{stage}”.</translation>
    </message>
    <message>
        <source>“{kind}” cannot be recorded by hand.</source>
        <translation>“{kind}” cannot be recorded by hand.</translation>
    </message>
    <message>
        <source>Is earlier than the buyer's request.</source>
        <translation>Is earlier than the buyer's request.</translation>
    </message>
    <message>
        <source>Is earlier than the buyer's request of case {case}.</source>
        <translation>Is earlier than the buyer's request of case {case}.</translation>
    </message>
    <message>
        <source>Is earlier than “{kind}” of {time}: later events cannot be dated before it. Withdraw that event first if it was wrong.</source>
        <translation>Is earlier than “{kind}” of {time}: later events cannot be dated before it. Withdraw that event first if it was wrong.</translation>
    </message>
    <message>
        <source>CaseWatch knows no receipt extension for {platform}: enter the platform's new deadline instead.</source>
        <translation>CaseWatch knows no receipt extension for {platform}: enter the platform's new deadline instead.</translation>
    </message>
    <message>
        <source>The receipt extension has already been used for this return.</source>
        <translation>The receipt extension has already been used for this return.</translation>
    </message>
    <message>
        <source>The receipt extension can be used from {available_at}.</source>
        <translation>The receipt extension can be used from {available_at}.</translation>
    </message>
    <message>
        <source>The buyer's request and corrections of details cannot be withdrawn.</source>
        <translation>The buyer's request and corrections of details cannot be withdrawn.</translation>
    </message>
    <message>
        <source>This event has already been withdrawn.</source>
        <translation>This event has already been withdrawn.</translation>
    </message>
    <message>
        <source>At most {max} reminder times.</source>
        <translation>At most {max} reminder times.</translation>
    </message>
    <message>
        <source>Must be more than zero and at most {max_days} days.</source>
        <translation>Must be more than zero and at most {max_days} days.</translation>
    </message>
    <message>
        <source>There is no rule “{rule_id}”.</source>
        <translation>There is no rule “{rule_id}”.</translation>
    </message>
    <message>
        <source>A step has no text.</source>
        <translation>A step has no text.</translation>
    </message>
    <message>
        <source>Two steps are the same.</source>
        <translation>Two steps are the same.</translation>
    </message>
    <message>
        <source>{name} is not a placeholder CaseWatch can fill. These are: {known}</source>
        <translation>{name} is not a placeholder CaseWatch can fill. These are: {known}</translation>
    </message>
    <message>
        <source>A {{ has no matching }} (placeholders look like {{order_id}}).</source>
        <translation>A {{ has no matching }} (placeholders look like {{order_id}}).</translation>
    </message>
    <message>
        <source>{where}: {detail}</source>
        <translation>{where}: {detail}</translation>
    </message>
    <message>
        <source>Tick at least one.</source>
        <translation>Tick at least one.</translation>
    </message>
    <message>
        <source>From {min} to {max} minutes.</source>
        <translation>From {min} to {max} minutes.</translation>
    </message>
    <message>
        <source>“{value}” is not a time: type it as 2026-12-04 15:10.</source>
        <translation>“{value}” is not a time: type it as 2026-12-04 15:10.</translation>
    </message>
    <message>
        <source>From {min} to {max} hours.</source>
        <translation>From {min} to {max} hours.</translation>
    </message>
    <message>
        <source>The end must be later than the start ({start}).</source>
        <translation>The end must be later than the start ({start}).</translation>
    </message>
    <message>
        <source>At most {max} characters, without line breaks or tabs.</source>
        <translation>At most {max} characters, without line breaks or tabs.</translation>
    </message>
    <message>
        <source>There is a channel named “{name}” already.</source>
        <translation>There is a channel named “{name}” already.</translation>
    </message>
    <message>
        <source>“{value}” is not a web address: copy the robot's whole webhook address, starting with https://</source>
        <translation>“{value}” is not a web address: copy the robot's whole webhook address, starting with https://</translation>
    </message>
    <message>
        <source>The address lacks its “{part}” part: copy the robot's whole webhook address.</source>
        <translation>The address lacks its “{part}” part: copy the robot's whole webhook address.</translation>
    </message>
    <message>
        <source>The service's address starts with https://</source>
        <translation>The service's address starts with https://</translation>
    </message>
    <message>
        <source>DingTalk's signing secret starts with SEC: copy it from the robot's security settings (加签).</source>
        <translation>DingTalk's signing secret starts with SEC: copy it from the robot's security settings (加签).</translation>
    </message>
    <message>
        <source>WeCom robots have no signing secret: the key is in the address.</source>
        <translation>WeCom robots have no signing secret: the key is in the address.</translation>
    </message>
    <message>
        <source>“{value}” is not a mail server with its port, like smtp.qq.com:465.</source>
        <translation>“{value}” is not a mail server with its port, like smtp.qq.com:465.</translation>
    </message>
    <message>
        <source>The login and the authorisation code (授权码) go together: give both, or neither.</source>
        <translation>The login and the authorisation code (授权码) go together: give both, or neither.</translation>
    </message>
    <message>
        <source>{host} only sends mail after a login: give the mailbox address and its authorisation code (授权码).</source>
        <translation>{host} only sends mail after a login: give the mailbox address and its authorisation code (授权码).</translation>
    </message>
    <message>
        <source>“{value}” is not an email address.</source>
        <translation>“{value}” is not an email address.</translation>
    </message>
    <message>
        <source>At most {max} addresses.</source>
        <translation>At most {max} addresses.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
</context>
<context>
    <name>Push</name>
    <message>
        <source>WeCom group robot</source>
        <translation>WeCom group robot</translation>
    </message>
    <message>
        <source>DingTalk group robot</source>
        <translation>DingTalk group robot</translation>
    </message>
    <message>
        <source>Feishu group robot</source>
        <translation>Feishu group robot</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Every reminder and the daily briefing</source>
        <translation>Every reminder and the daily briefing</translation>
    </message>
    <message>
        <source>Only the last reminder, overdue and the daily briefing</source>
        <translation>Only the last reminder, overdue and the daily briefing</translation>
    </message>
    <message>
        <source>Only the daily briefing</source>
        <translation>Only the daily briefing</translation>
    </message>
    <message>
        <source>The service refused the robot's address: the key in it is wrong, or the robot was removed from the group. Copy the webhook address from the group's robot settings again.</source>
        <translation>The service refused the robot's address: the key in it is wrong, or the robot was removed from the group. Copy the webhook address from the group's robot settings again.</translation>
    </message>
    <message>
        <source>The robot is switched off or no longer in the group: check the group's robots.</source>
        <translation>The robot is switched off or no longer in the group: check the group's robots.</translation>
    </message>
    <message>
        <source>The signature does not match: the signing secret (加签 / 签名校验) is not the robot's. Copy it from the robot's security settings again.</source>
        <translation>The signature does not match: the signing secret (加签 / 签名校验) is not the robot's. Copy it from the robot's security settings again.</translation>
    </message>
    <message>
        <source>The service refused the signature's time: this computer's clock is off by more than an hour. Set the clock right.</source>
        <translation>The service refused the signature's time: this computer's clock is off by more than an hour. Set the clock right.</translation>
    </message>
    <message>
        <source>The robot only takes messages with its keywords: add the keyword 售后 in the robot's security settings, or use signing instead.</source>
        <translation>The robot only takes messages with its keywords: add the keyword 售后 in the robot's security settings, or use signing instead.</translation>
    </message>
    <message>
        <source>The robot only takes messages from listed IP addresses: add this network's public address in the robot's security settings, or use signing instead.</source>
        <translation>The robot only takes messages from listed IP addresses: add this network's public address in the robot's security settings, or use signing instead.</translation>
    </message>
    <message>
        <source>The service says too many messages at once: CaseWatch waits and sends again.</source>
        <translation>The service says too many messages at once: CaseWatch waits and sends again.</translation>
    </message>
    <message>
        <source>The message was too long for the service.</source>
        <translation>The message was too long for the service.</translation>
    </message>
    <message>
        <source>The service refused the message: {detail}</source>
        <translation>The service refused the message: {detail}</translation>
    </message>
    <message>
        <source>The service is not answering properly ({detail}): CaseWatch tries again.</source>
        <translation>The service is not answering properly ({detail}): CaseWatch tries again.</translation>
    </message>
    <message>
        <source>The address answered, but not like the service ({detail}): check the webhook address.</source>
        <translation>The address answered, but not like the service ({detail}): check the webhook address.</translation>
    </message>
    <message>
        <source>No connection to the service ({detail}): the pushes wait and go when the network is back.</source>
        <translation>No connection to the service ({detail}): the pushes wait and go when the network is back.</translation>
    </message>
    <message>
        <source>The server refused the connection: check the address and port. The pushes wait.</source>
        <translation>The server refused the connection: check the address and port. The pushes wait.</translation>
    </message>
    <message>
        <source>The service did not answer in time: CaseWatch tries again.</source>
        <translation>The service did not answer in time: CaseWatch tries again.</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted by this computer ({detail}): check the address (a proxy in between?).</source>
        <translation>The server's certificate is not trusted by this computer ({detail}): check the address (a proxy in between?).</translation>
    </message>
    <message>
        <source>The secure connection failed ({detail}).</source>
        <translation>The secure connection failed ({detail}).</translation>
    </message>
    <message>
        <source>The mail server refused the login: use the mailbox's authorisation code (授权码), not its password, and check that SMTP is switched on in the mailbox's settings. ({detail})</source>
        <translation>The mail server refused the login: use the mailbox's authorisation code (授权码), not its password, and check that SMTP is switched on in the mailbox's settings. ({detail})</translation>
    </message>
    <message>
        <source>The mail server refused the sender address: {detail}</source>
        <translation>The mail server refused the sender address: {detail}</translation>
    </message>
    <message>
        <source>The mail server refused the recipients: {detail}</source>
        <translation>The mail server refused the recipients: {detail}</translation>
    </message>
    <message>
        <source>The mail server refused the message: {detail}</source>
        <translation>The mail server refused the message: {detail}</translation>
    </message>
    <message>
        <source>The mail server offers no STARTTLS on this port: use SSL (port 465) instead.</source>
        <translation>The mail server offers no STARTTLS on this port: use SSL (port 465) instead.</translation>
    </message>
    <message>
        <source>The channel's key or password cannot be read from the system's keychain ({detail}): unlock the keychain, or enter the channel again.</source>
        <translation>The channel's key or password cannot be read from the system's keychain ({detail}): unlock the keychain, or enter the channel again.</translation>
    </message>
    <message>
        <source>Delivery failed ({code}): {detail}</source>
        <translation>Delivery failed ({code}): {detail}</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>Time left</source>
        <extracomment>Columns shown as the case holds them. Columns holding ids: exported so that Excel keeps them as text. (background, text) per urgency; readable on light and dark palettes.</extracomment>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Merchant deadline</source>
        <translation>Merchant deadline</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>After-sales id</source>
        <translation>After-sales id</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Order id</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Whose turn</source>
        <translation>Whose turn</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Then</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Return tracking no.</source>
        <translation>Return tracking no.</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>Applied at</translation>
    </message>
    <message>
        <source>Outbound tracking no.</source>
        <translation>Outbound tracking no.</translation>
    </message>
    <message>
        <source>Outbound parcel</source>
        <translation>Outbound parcel</translation>
    </message>
    <message>
        <source>Intercepted</source>
        <translation>Intercepted</translation>
    </message>
    <message>
        <source>Platform status</source>
        <translation>Platform status</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>deadline unknown</source>
        <translation>deadline unknown</translation>
    </message>
    <message>
        <source>buyer: {countdown}</source>
        <translation>buyer: {countdown}</translation>
    </message>
    <message>
        <source>{stage} · check: platform differs</source>
        <translation>{stage} · check: platform differs</translation>
    </message>
    <message>
        <source>{party} · {countdown}</source>
        <translation>{party} · {countdown}</translation>
    </message>
    <message>
        <source>No clock is known for this platform and stage: enter the deadline shown in the platform's back-end.</source>
        <translation>No clock is known for this platform and stage: enter the deadline shown in the platform's back-end.</translation>
    </message>
    <message>
        <source>{deadline}
Then: {action}
From: {source}</source>
        <translation>{deadline}
Then: {action}
From: {source}</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <source>Outbound parcel</source>
        <translation>Outbound parcel</translation>
    </message>
    <message>
        <source>The outbound parcel's logistics status, from the platform's export (发货物流状态)</source>
        <translation>The outbound parcel's logistics status, from the platform's export (发货物流状态)</translation>
    </message>
    <message>
        <source>Search after-sales id, order id, tracking number, product or buyer</source>
        <translation>Search after-sales id, order id, tracking number, product or buyer</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Import an export…</source>
        <translation>Import an export…</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>{platform} data not updated for {hours} h: deadlines may have changed.</source>
        <translation>{platform} data not updated for {hours} h: deadlines may have changed.</translation>
    </message>
    <message>
        <source>Daily briefing, {weekday} {date}: overdue {overdue} · due today {today} · due tomorrow {tomorrow} · {amount} at stake</source>
        <translation>Daily briefing, {weekday} {date}: overdue {overdue} · due today {today} · due tomorrow {tomorrow} · {amount} at stake</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>from the return's tracking upload</source>
        <translation>from the return's tracking upload</translation>
    </message>
    <message>
        <source>from signing for the return</source>
        <translation>from signing for the return</translation>
    </message>
    <message>
        <source>from “{event}”</source>
        <translation>from “{event}”</translation>
    </message>
    <message>
        <source>from the start of the stage</source>
        <translation>from the start of the stage</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <source>{party}: {duration} {anchor}, then {action}</source>
        <translation>{party}: {duration} {anchor}, then {action}</translation>
    </message>
    <message>
        <source>{types} · {stages}</source>
        <translation>{types} · {stages}</translation>
    </message>
    <message>
        <source>{confidence}: {source}, checked {date}</source>
        <translation>{confidence}: {source}, checked {date}</translation>
    </message>
    <message>
        <source>The platform's own deadline (entered {time}).</source>
        <translation>The platform's own deadline (entered {time}).</translation>
    </message>
    <message>
        <source>A rule no longer shipped ({id}).</source>
        <translation>A rule no longer shipped ({id}).</translation>
    </message>
    <message>
        <source>Rule: {duration} {anchor} · {source}</source>
        <translation>Rule: {duration} {anchor} · {source}</translation>
    </message>
    <message>
        <source>(changed by you: default {duration})</source>
        <translation>(changed by you: default {duration})</translation>
    </message>
    <message>
        <source>Not confirmed by the platform: check the deadline in its back-end.</source>
        <translation>Not confirmed by the platform: check the deadline in its back-end.</translation>
    </message>
    <message>
        <source>You (merchant)</source>
        <translation>You (merchant)</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>The platform's own deadline always wins. These rules fill in where there is none. Platforms change their clocks around holidays: a change here applies to every running clock at once and is kept in the list of your changes below.</source>
        <translation>The platform's own deadline always wins. These rules fill in where there is none. Platforms change their clocks around holidays: a change here applies to every running clock at once and is kept in the list of your changes below.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Change duration…</source>
        <translation>Change duration…</translation>
    </message>
    <message>
        <source>Restore default</source>
        <translation>Restore default</translation>
    </message>
    <message>
        <source>Your changes</source>
        <translation>Your changes</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>changed (default {duration})</source>
        <translation>changed (default {duration})</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>restored the default</source>
        <translation>restored the default</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>{time}  {rule}: {what}</source>
        <translation>{time}  {rule}: {what}</translation>
    </message>
    <message>
        <source>a rule no longer shipped ({id})</source>
        <translation>a rule no longer shipped ({id})</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>Switch off</translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation>Switch on</translation>
    </message>
    <message>
        <source>Change a clock</source>
        <translation>Change a clock</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Why, e.g. “春节物流延长”</source>
        <translation>Why, e.g. “春节物流延长”</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>data folder is writable</source>
        <extracomment>A 1x1 PNG for the evidence check.</extracomment>
        <translation>data folder is writable</translation>
    </message>
    <message>
        <source>schema {revision}, journal {mode}, {path}</source>
        <translation>schema {revision}, journal {mode}, {path}</translation>
    </message>
    <message>
        <source>database opens and is migrated</source>
        <translation>database opens and is migrated</translation>
    </message>
    <message>
        <source>{n} rules</source>
        <translation>{n} rules</translation>
    </message>
    <message>
        <source>clock rules load</source>
        <translation>clock rules load</translation>
    </message>
    <message>
        <source>{n} scenarios</source>
        <translation>{n} scenarios</translation>
    </message>
    <message>
        <source>scenario playbooks load</source>
        <translation>scenario playbooks load</translation>
    </message>
    <message>
        <source>evidence files can be stored and checked</source>
        <translation>evidence files can be stored and checked</translation>
    </message>
    <message>
        <source>evidence photos of every kind can be drawn</source>
        <translation>evidence photos of every kind can be drawn</translation>
    </message>
    <message>
        <source>translations load</source>
        <translation>translations load</translation>
    </message>
    <message>
        <source>time zone data</source>
        <translation>time zone data</translation>
    </message>
    <message>
        <source>push channels: TLS and a push to a loopback robot</source>
        <translation>push channels: TLS and a push to a loopback robot</translation>
    </message>
    <message>
        <source>{w}×{h} px, {rows} cases in the queue, scheduler ran</source>
        <translation>{w}×{h} px, {rows} cases in the queue, scheduler ran</translation>
    </message>
    <message>
        <source>main window renders offscreen</source>
        <translation>main window renders offscreen</translation>
    </message>
    <message>
        <source>· tray available here: {answer}</source>
        <translation>· tray available here: {answer}</translation>
    </message>
    <message>
        <source>self-test passed</source>
        <translation>self-test passed</translation>
    </message>
    <message>
        <source>self-test FAILED</source>
        <translation>self-test FAILED</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>{span} before the deadline</source>
        <translation>{span} before the deadline</translation>
    </message>
    <message>
        <source>0 before the deadline is the deadline itself: CaseWatch always reminds you then. Type how long before it.</source>
        <translation>0 before the deadline is the deadline itself: CaseWatch always reminds you then. Type how long before it.</translation>
    </message>
    <message>
        <source>This reminder time is in the list already.</source>
        <translation>This reminder time is in the list already.</translation>
    </message>
    <message>
        <source>At most {max} reminder times.</source>
        <translation>At most {max} reminder times.</translation>
    </message>
    <message>
        <source>A deadline outside working hours is also announced as the working day ends (a 03:00 deadline at 18:00 the day before)</source>
        <translation>A deadline outside working hours is also announced as the working day ends (a 03:00 deadline at 18:00 the day before)</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Working hours</translation>
    </message>
    <message>
        <source>No sound from</source>
        <translation>No sound from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>(pushes to phones still go)</source>
        <translation>(pushes to phones still go)</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Quiet hours</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Overdue and not acknowledged: bring the card back every</source>
        <translation>Overdue and not acknowledged: bring the card back every</translation>
    </message>
    <message>
        <source>until someone acknowledges it</source>
        <translation>until someone acknowledges it</translation>
    </message>
    <message>
        <source>Play a sound when the card comes up</source>
        <translation>Play a sound when the card comes up</translation>
    </message>
    <message>
        <source>Reminder card</source>
        <translation>Reminder card</translation>
    </message>
    <message>
        <source>Every day at</source>
        <translation>Every day at</translation>
    </message>
    <message>
        <source>overdue, due today and tomorrow, the money at stake, stale data: on the card and to every push channel</source>
        <translation>overdue, due today and tomorrow, the money at stake, stale data: on the card and to every push channel</translation>
    </message>
    <message>
        <source>Daily briefing</source>
        <translation>Daily briefing</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>without a new export of a platform with open cases: the queue and the briefing say its deadlines may have changed</source>
        <translation>without a new export of a platform with open cases: the queue and the briefing say its deadlines may have changed</translation>
    </message>
    <message>
        <source>Data is stale after</source>
        <translation>Data is stale after</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>CaseWatch also reminds you when a deadline passes.</source>
        <translation>CaseWatch also reminds you when a deadline passes.</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Remind me</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Check evidence files…</source>
        <translation>Check evidence files…</translation>
    </message>
    <message>
        <source>Hash every stored photo and video again and report any that are missing or changed</source>
        <translation>Hash every stored photo and video again and report any that are missing or changed</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Start CaseWatch in the tray when I sign in</source>
        <translation>Start CaseWatch in the tray when I sign in</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Start at login</translation>
    </message>
    <message>
        <source>Could not change this: {error}</source>
        <translation>Could not change this: {error}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>Push channels</source>
        <translation>Push channels</translation>
    </message>
    <message>
        <source>Clock rules</source>
        <translation>Clock rules</translation>
    </message>
    <message>
        <source>Reminders also go to these channels, so they reach you away from the PC. Without a network they wait and go later; nothing is sent twice. Keys and passwords are kept in the system's keychain, never in exports or backups.</source>
        <translation>Reminders also go to these channels, so they reach you away from the PC. Without a network they wait and go later; nothing is sent twice. Keys and passwords are kept in the system's keychain, never in exports or backups.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Sends to</source>
        <translation>Sends to</translation>
    </message>
    <message>
        <source>Gets</source>
        <translation>Gets</translation>
    </message>
    <message>
        <source>Last delivered</source>
        <translation>Last delivered</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>{name} (off)</source>
        <translation>{name} (off)</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation><numerusform>%n waiting</numerusform><numerusform>%n waiting</numerusform></translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation>Switch on</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>Switch off</translation>
    </message>
    <message>
        <source>Remove the channel “{name}”? Pushes waiting for it are dropped.</source>
        <translation>Remove the channel “{name}”? Pushes waiting for it are dropped.</translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation>Remove channel</translation>
    </message>
    <message>
        <source>Sending a test message to “{name}”…</source>
        <translation>Sending a test message to “{name}”…</translation>
    </message>
    <message>
        <source>Test message sent to “{name}”: check that it arrived.</source>
        <translation>Test message sent to “{name}”: check that it arrived.</translation>
    </message>
    <message>
        <source>“{name}”: {reason}</source>
        <translation>“{name}”: {reason}</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <source>Platform deadline</source>
        <translation>Platform deadline</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Awaiting merchant</source>
        <translation>Awaiting merchant</translation>
    </message>
    <message>
        <source>Awaiting buyer's return</source>
        <translation>Awaiting buyer's return</translation>
    </message>
    <message>
        <source>Return in transit</source>
        <translation>Return in transit</translation>
    </message>
    <message>
        <source>Return signed for</source>
        <translation>Return signed for</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Platform arbitration</source>
        <translation>Platform arbitration</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Needs review</translation>
    </message>
</context>
<context>
    <name>TimeEdit</name>
    <message>
        <source>e.g. 2026-12-04 15:10</source>
        <translation>e.g. 2026-12-04 15:10</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Choose the day</source>
        <translation>Choose the day</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>CaseWatch</source>
        <translation>CaseWatch</translation>
    </message>
    <message>
        <source>Overdue: {n}</source>
        <translation>Overdue: {n}</translation>
    </message>
    <message>
        <source>Due within 24 h: {n}</source>
        <translation>Due within 24 h: {n}</translation>
    </message>
    <message>
        <source>Reminders paused until {time}</source>
        <translation>Reminders paused until {time}</translation>
    </message>
    <message>
        <source>Open CaseWatch</source>
        <translation>Open CaseWatch</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Pause reminders for 1 hour</source>
        <translation>Pause reminders for 1 hour</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Resume reminders</translation>
    </message>
    <message>
        <source>Quit CaseWatch</source>
        <translation>Quit CaseWatch</translation>
    </message>
    <message>
        <source>{countdown} · {platform} {after_sale_id}</source>
        <translation>{countdown} · {platform} {after_sale_id}</translation>
    </message>
    <message>
        <source>Nothing due within 24 hours</source>
        <translation>Nothing due within 24 hours</translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due within 24 h</source>
        <translation>Due within 24 h</translation>
    </message>
    <message>
        <source>My turn</source>
        <translation>My turn</translation>
    </message>
    <message>
        <source>My turn, no deadline known</source>
        <translation>My turn, no deadline known</translation>
    </message>
    <message>
        <source>Waiting for buyer</source>
        <translation>Waiting for buyer</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
</context>
</TS>
