<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Action</name>
    <message>
        <source>Automatic refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatically agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund without return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request lapses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbitration window closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform acts automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop promise broken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>CaseWatch keeps running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders go on from the tray. Quit from the tray menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>No clock is known for this platform and stage. Enter the deadline shown in the platform&apos;s back-end (Platform deadline changed), so that CaseWatch can warn you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return&apos;s shipping was not recorded: the clock counts from a later event, so the real deadline may be earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More receipt extensions were recorded than the platform allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a case on the left to see its clocks and timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw selected event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clock is running: the case is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clock is running in this stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by the platform&apos;s own deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Receipt extension (延长收货) available from {time}, %n time(s) left.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Receipt extension used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new deadline {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdraws “{event}” of {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(imported)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>New after-sales case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct case details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s after-sales / refund number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-sales id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund amount in yuan, e.g. 88.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform shows a deadline for this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseType</name>
    <message>
        <source>Refund only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return and refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Nothing is overdue or due within {span}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) overdue or due within {span}:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Confidence</name>
    <message>
        <source>Official documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant article quoting the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop promise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>then: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{d} d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under 1 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{span} left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuePanel</name>
    <message>
        <source>Recent reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: {overdue} · Due within 24 h: {soon}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{countdown} · {platform} {after_sale_id} · {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is overdue or due within 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders are on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders paused until {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>Please correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} cannot be read ({detail}). A copy may be in the backups folder next to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of CaseWatch (schema {revision}). Install the newer version, or start with another data folder (--data-dir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {path} cannot be used: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule file {file} is broken at {where}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {case_id} no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event {event_id} no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>A rejection counts in the shop&apos;s rejection rate (售后拒绝率) and the buyer can ask the platform to step in. Talk to the buyer first where you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record this after using 延长收货 in the platform&apos;s back-end. It adds the rule&apos;s extension to the deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the deadline exactly as the platform&apos;s back-end shows it. It replaces the rule&apos;s deadline until the case moves to another stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record: {event}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw “{event}” of {time}? It stays on the timeline, marked as withdrawn, and the case&apos;s clocks are worked out again without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <source>Buyer applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer shipped the return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return signed for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform stepped in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer applied again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed / cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform deadline changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-sales id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CaseWatch — after-sales clocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon / overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit CaseWatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon / overdue panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CaseWatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders paused until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} {version}
An offline desk for after-sales cases: every platform clock visible, a reminder before each deadline.
Data folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit CaseWatch?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer shows no tray icon, so CaseWatch cannot remind you while it is closed. When you start it again it lists what came due in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>CaseWatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Your data is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details are in the log file:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>¥{amount}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notify</name>
    <message>
        <source>{platform} {after_sale_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: {case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline {due} has passed. Then: {action}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{countdown}: {case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline {due}. Then: {action}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since CaseWatch last ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While the computer was asleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer&apos;s clock changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{intro}: %n case(s) came due</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>· {case}: {countdown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already overdue.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Party</name>
    <message>
        <source>Merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>Douyin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinduoduo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taobao/Tmall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kuaishou</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” was turned into a number by Excel and its last digits are lost. Copy the id from the platform again (format the Excel column as Text first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” has characters an id cannot have (spaces or punctuation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not one of the choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not an amount in yuan (for example 88 or 88.50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be later than the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This after-sales id is already in CaseWatch for this platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{kind}” does not apply to a “{case_type}” case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{kind}” cannot be recorded while the case is “{stage}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{kind}” cannot be recorded by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is earlier than the buyer&apos;s request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CaseWatch knows no receipt extension for {platform}: enter the platform&apos;s new deadline instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt extension has already been used for this return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt extension can be used from {available_at}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer&apos;s request and corrections of details cannot be withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event has already been withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {max} reminder times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be more than zero and at most {max_days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no rule “{rule_id}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>Time left</source>
        <extracomment>(background, text) per urgency; readable on light and dark palettes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-sales id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return tracking no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{party} · {countdown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clock is known for this platform and stage: enter the deadline shown in the platform&apos;s back-end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{deadline}
Then: {action}
From: {source}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search after-sales id, order id, tracking number or buyer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>from the return&apos;s tracking upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from signing for the return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from “{event}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the start of the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{party}: {duration} {anchor}, then {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{types} · {stages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{confidence}: {source}, checked {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s own deadline (entered {time}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: {summary}. {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(changed by you: default {duration})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed by the platform: check the deadline in its back-end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You (merchant)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>The platform&apos;s own deadline always wins. These rules fill in where there is none. Platforms change their clocks around holidays: change a duration here and every running clock follows at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change duration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed (default {duration})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, e.g. “春节物流延长”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>data folder is writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema {revision}, journal {mode}, {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database opens and is migrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clock rules load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>translations load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time zone data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w}×{h} px, {rows} cases in the queue, scheduler ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main window renders offscreen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· tray available here: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-test passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-test FAILED</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{span} before the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CaseWatch also reminds you when a deadline passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <source>Platform deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Awaiting merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting buyer&apos;s return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return in transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return signed for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform arbitration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>CaseWatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within 24 h: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders paused until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open CaseWatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause reminders for 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit CaseWatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{countdown} · {platform} {after_sale_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due within 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
