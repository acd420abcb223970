<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Errors</name>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="19"/>
        <source>Choose whether it is a complaint, a suggestion or a question.</source>
        <translation>请选择是投诉、建议还是咨询。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="20"/>
        <source>Choose how the feedback reached the shop.</source>
        <translation>请选择反馈渠道。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="21"/>
        <source>Choose the customer, or enter the name of the person giving the feedback.</source>
        <translation>请选择顾客，或填写反馈人的姓名。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="24"/>
        <source>Write down the feedback in the customer&apos;s words.</source>
        <translation>请按顾客原话记录反馈内容。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="25"/>
        <source>The text can have at most {max} characters.</source>
        <translation>内容最多 {max} 个字。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="26"/>
        <source>The time it was received cannot be in the future.</source>
        <translation>接收时间不能晚于现在。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="27"/>
        <source>Choose both a category and a severity, or neither (classify later).</source>
        <translation>分类和严重程度须同时选择，或都不选（稍后分类）。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="30"/>
        <source>The related visit is not this customer&apos;s.</source>
        <translation>所关联的消费记录不属于该顾客。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="31"/>
        <source>The related booking is not this customer&apos;s.</source>
        <translation>所关联的预约不属于该顾客。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="32"/>
        <source>This member of staff no longer exists.</source>
        <translation>该员工已不存在。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="33"/>
        <source>This ticket no longer exists.</source>
        <translation>该工单已不存在。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="35"/>
        <source>A ticket that is “{status}” cannot take the step “{step}”.</source>
        <translation>处于“{status}”的工单不能执行“{step}”。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="38"/>
        <source>A complaint cannot be closed with an answer alone: classify and handle it first.</source>
        <translation>投诉不能仅凭答复关闭：请先分类评估并处理。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="41"/>
        <source>This ticket has already been escalated to the owner.</source>
        <translation>该工单已上报店长。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="42"/>
        <source>A ticket of severity “{severity}” must be escalated to the owner before a solution is proposed.</source>
        <translation>严重程度为“{severity}”的工单须先上报店长，才能制定方案。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="45"/>
        <source>A ticket of severity “{severity}” cannot be closed before it was escalated to the owner.</source>
        <translation>严重程度为“{severity}”的工单未上报店长，不能关闭。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="48"/>
        <source>A compensation above ¥{amount} or {points} points must be escalated to the owner first.</source>
        <translation>补偿超过 ¥{amount} 或 {points} 积分，须先上报店长。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="52"/>
        <source>Choose the category.</source>
        <translation>请选择分类。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="53"/>
        <source>Choose the severity.</source>
        <translation>请选择严重程度。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="54"/>
        <source>Say why the ticket goes to the owner.</source>
        <translation>请说明上报店长的原因。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="55"/>
        <source>Describe the proposed solution.</source>
        <translation>请填写处理方案。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="56"/>
        <source>Enter who agreed to the solution.</source>
        <translation>请填写同意方案的人。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="57"/>
        <source>Enter how the customer agreed (phone, in person…).</source>
        <translation>请填写顾客同意的方式（电话、面谈…）。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="58"/>
        <source>The customer&apos;s satisfaction must be from 1 to 5 (not {score}).</source>
        <translation>顾客满意度须为 1 到 5（不是 {score}）。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="61"/>
        <source>Note what the customer said on the follow-up call.</source>
        <translation>请记录回访时顾客的反馈。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="62"/>
        <source>Write the answer given to the customer.</source>
        <translation>请填写给顾客的答复。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="63"/>
        <source>Say why the ticket is reopened.</source>
        <translation>请说明重新打开的原因。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="65"/>
        <source>Choose a kind of compensation.</source>
        <translation>请选择补偿方式。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="66"/>
        <source>A compensation cannot be negative.</source>
        <translation>补偿不能为负数。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="67"/>
        <source>Enter how many points the customer gets.</source>
        <translation>请填写赠送的积分数。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="68"/>
        <source>Enter the amount of the compensation.</source>
        <translation>请填写补偿金额。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="69"/>
        <source>Describe the free service (the voucher).</source>
        <translation>请说明赠送的服务（券）。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="70"/>
        <source>This kind of compensation takes no amount (or no points): clear it.</source>
        <translation>此补偿方式不含金额（或积分），请清空。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="73"/>
        <source>A refund needs the related visit on the ticket.</source>
        <translation>退款须在工单上关联消费记录。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="74"/>
        <source>A refund of ¥{amount} is more than is left of the ¥{paid} paid for the visit (¥{left}).</source>
        <translation>退款 ¥{amount} 超过该次消费 ¥{paid} 中尚可退的金额（¥{left}）。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="78"/>
        <source>Every severity needs its deadlines.</source>
        <translation>每个严重程度都需要设置时限。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="79"/>
        <source>The deadlines for “{severity}” must be between one minute and a year.</source>
        <translation>“{severity}”的时限须在一分钟到一年之间。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="82"/>
        <source>For “{severity}” the resolution deadline cannot be shorter than the response deadline.</source>
        <translation>“{severity}”的解决时限不能短于响应时限。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="85"/>
        <source>“{severity}” is not a severity.</source>
        <translation>“{severity}”不是有效的严重程度。</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../salon_crm/ui/tickets/step_dialogs.py" line="77"/>
        <source>{step} — ticket {number}</source>
        <translation>{step} — 工单 {number}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/step_dialogs.py" line="91"/>
        <source>&amp;Why:</source>
        <translation>原因(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/step_dialogs.py" line="92"/>
        <source>What the customer &amp;said:</source>
        <translation>顾客反馈(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/step_dialogs.py" line="93"/>
        <source>&amp;Answer given:</source>
        <translation>答复内容(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/step_dialogs.py" line="94"/>
        <source>&amp;Why reopened:</source>
        <translation>重新打开原因(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/step_dialogs.py" line="95"/>
        <source>&amp;Findings:</source>
        <translation>调查核实(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/step_dialogs.py" line="96"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/step_dialogs.py" line="111"/>
        <location filename="../../salon_crm/ui/tickets/step_dialogs.py" line="112"/>
        <location filename="../../salon_crm/ui/tickets/step_dialogs.py" line="194"/>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/step_dialogs.py" line="113"/>
        <source>Nobody yet</source>
        <translation>暂不指定</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/step_dialogs.py" line="114"/>
        <source>&amp;Category:</source>
        <translation>分类(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/step_dialogs.py" line="115"/>
        <source>&amp;Severity:</source>
        <translation>严重程度(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/step_dialogs.py" line="116"/>
        <source>&amp;Handled by:</source>
        <translation>负责人(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/step_dialogs.py" line="122"/>
        <source>Keep as it is</source>
        <translation>保持不变</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/step_dialogs.py" line="123"/>
        <source>&amp;Hand over to:</source>
        <translation>转交给(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/step_dialogs.py" line="134"/>
        <source>e.g. one free scalp treatment</source>
        <translation>例如：免费头疗一次</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/step_dialogs.py" line="135"/>
        <source>&amp;Solution:</source>
        <translation>处理方案(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/step_dialogs.py" line="136"/>
        <source>&amp;Compensation:</source>
        <translation>补偿方式(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/step_dialogs.py" line="137"/>
        <source>&amp;Amount (¥):</source>
        <translation>金额（¥）(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/step_dialogs.py" line="138"/>
        <source>&amp;Points:</source>
        <translation>积分(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/step_dialogs.py" line="139"/>
        <source>&amp;Voucher for:</source>
        <translation>赠送服务(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/step_dialogs.py" line="163"/>
        <source>By phone</source>
        <translation>电话确认</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/step_dialogs.py" line="163"/>
        <source>In person</source>
        <translation>到店面谈</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/step_dialogs.py" line="163"/>
        <source>On WeChat</source>
        <translation>微信确认</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/step_dialogs.py" line="164"/>
        <source>Agreed &amp;by:</source>
        <translation>同意人(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/step_dialogs.py" line="165"/>
        <source>Agreed &amp;how:</source>
        <translation>同意方式(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/step_dialogs.py" line="177"/>
        <source>{points} points will be credited to {customer}.</source>
        <translation>将为{customer}赠送 {points} 积分。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/step_dialogs.py" line="181"/>
        <source>¥{amount} will be added to {customer}&apos;s stored value as a bonus.</source>
        <translation>将向{customer}的储值卡赠送金 ¥{amount}。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/step_dialogs.py" line="185"/>
        <source>¥{amount} is refunded: to the card if the visit was paid by card, else in cash.</source>
        <translation>退款 ¥{amount}：储值卡支付的退回卡内本金，其他方式现场退还。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/step_dialogs.py" line="188"/>
        <source>Nothing is written to the customer&apos;s account.</source>
        <translation>不涉及顾客账户变动。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/step_dialogs.py" line="196"/>
        <source>1 — very dissatisfied</source>
        <translation>1 — 非常不满意</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/step_dialogs.py" line="197"/>
        <source>2 — dissatisfied</source>
        <translation>2 — 不满意</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/step_dialogs.py" line="198"/>
        <source>3 — neutral</source>
        <translation>3 — 一般</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/step_dialogs.py" line="199"/>
        <source>4 — satisfied</source>
        <translation>4 — 满意</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/step_dialogs.py" line="200"/>
        <source>5 — very satisfied</source>
        <translation>5 — 非常满意</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/step_dialogs.py" line="204"/>
        <source>&amp;Satisfaction with the outcome:</source>
        <translation>对处理结果的满意度(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>TicketIntakeDialog</name>
    <message>
        <location filename="../../salon_crm/ui/tickets/intake_dialog.py" line="34"/>
        <source>New feedback</source>
        <translation>登记反馈</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/intake_dialog.py" line="39"/>
        <source>Not in the customer files yet</source>
        <translation>尚未建档（新顾客）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/intake_dialog.py" line="47"/>
        <location filename="../../salon_crm/ui/tickets/intake_dialog.py" line="48"/>
        <source>Classify later</source>
        <translation>稍后分类</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/intake_dialog.py" line="50"/>
        <location filename="../../salon_crm/ui/tickets/intake_dialog.py" line="52"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/intake_dialog.py" line="54"/>
        <source>What the customer said, in their own words</source>
        <translation>按顾客原话记录</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/intake_dialog.py" line="59"/>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/intake_dialog.py" line="61"/>
        <source>C&amp;ustomer:</source>
        <translation>顾客(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/intake_dialog.py" line="63"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/intake_dialog.py" line="64"/>
        <source>&amp;Mobile:</source>
        <translation>手机(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/intake_dialog.py" line="65"/>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/intake_dialog.py" line="66"/>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/intake_dialog.py" line="67"/>
        <source>&amp;Category:</source>
        <translation>分类(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/intake_dialog.py" line="68"/>
        <source>&amp;Severity:</source>
        <translation>严重程度(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/intake_dialog.py" line="69"/>
        <source>About the &amp;visit:</source>
        <translation>相关消费(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/intake_dialog.py" line="70"/>
        <source>About the &amp;booking:</source>
        <translation>相关预约(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/intake_dialog.py" line="71"/>
        <source>&amp;Feedback:</source>
        <translation>反馈内容(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/intake_dialog.py" line="72"/>
        <source>&amp;Received at:</source>
        <translation>接收时间(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/intake_dialog.py" line="73"/>
        <source>Received &amp;by:</source>
        <translation>接收人(&amp;B)：</translation>
    </message>
</context>
<context>
    <name>TicketSettingsDialog</name>
    <message>
        <location filename="../../salon_crm/ui/tickets/settings_dialog.py" line="31"/>
        <source>Complaint deadlines</source>
        <translation>投诉处理时限</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/settings_dialog.py" line="35"/>
        <source>Respond within</source>
        <translation>响应时限</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/settings_dialog.py" line="36"/>
        <source>Resolve within</source>
        <translation>解决时限</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/settings_dialog.py" line="49"/>
        <source>Escalate a compensation above (¥):</source>
        <translation>补偿超过此金额须上报（¥）：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/settings_dialog.py" line="50"/>
        <source>…or above (points):</source>
        <translation>…或超过此积分：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/settings_dialog.py" line="62"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
</context>
<context>
    <name>TicketStep</name>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="89"/>
        <source>Classify</source>
        <translation>分类评估</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="90"/>
        <source>Escalate to the owner</source>
        <translation>上报店长</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="91"/>
        <source>Investigate</source>
        <translation>调查核实</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="92"/>
        <source>Propose a solution</source>
        <translation>制定方案</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="93"/>
        <source>Customer agrees</source>
        <translation>顾客同意方案</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="94"/>
        <source>Implement</source>
        <translation>实施方案</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="95"/>
        <source>Follow up</source>
        <translation>跟进回访</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="96"/>
        <source>Close the ticket</source>
        <translation>关闭工单</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="97"/>
        <source>Answer and close</source>
        <translation>答复并关闭</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/messages.py" line="98"/>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <location filename="../../salon_crm/ui/tickets/table_model.py" line="50"/>
        <source>{days} d {hours} h</source>
        <translation>{days}天{hours}小时</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/table_model.py" line="52"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours}小时{minutes}分</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/table_model.py" line="56"/>
        <source>{minutes} min</source>
        <translation>{minutes}分钟</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/table_model.py" line="58"/>
        <source>overdue {span}</source>
        <translation>已超时{span}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/table_model.py" line="59"/>
        <source>{span} left</source>
        <translation>剩余{span}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/table_model.py" line="91"/>
        <source>to classify</source>
        <translation>待分类</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/table_model.py" line="101"/>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/table_model.py" line="102"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/table_model.py" line="103"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/table_model.py" line="104"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/table_model.py" line="105"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/table_model.py" line="106"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/table_model.py" line="107"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/table_model.py" line="108"/>
        <source>Handled by</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/table_model.py" line="109"/>
        <source>Resolve by</source>
        <translation>处理期限</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/table_model.py" line="110"/>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/table_model.py" line="111"/>
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/table_model.py" line="139"/>
        <source>Overdue: it should have been resolved by {due}</source>
        <translation>已超时：应在 {due} 前处理完毕</translation>
    </message>
</context>
<context>
    <name>TicketTimeline</name>
    <message>
        <location filename="../../salon_crm/ui/tickets/timeline.py" line="52"/>
        <source>Reopened → {status}</source>
        <translation>重新打开 → {status}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/timeline.py" line="60"/>
        <source>Satisfaction {score}/5</source>
        <translation>满意度 {score}/5</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/timeline.py" line="62"/>
        <source>Compensation booked to the customer&apos;s account</source>
        <translation>补偿已记入顾客账户</translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <location filename="../../salon_crm/ui/tickets/ticket_view.py" line="50"/>
        <source>Ticket {number}</source>
        <translation>工单 {number}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/ticket_view.py" line="63"/>
        <source>Facts</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/ticket_view.py" line="70"/>
        <source>History</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/ticket_view.py" line="115"/>
        <source>&lt;h3&gt;{kind} {number} · {status}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;{kind} {number} · {status}&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/ticket_view.py" line="117"/>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/ticket_view.py" line="141"/>
        <source>{when} by {who}</source>
        <translation>{when}，{who}接收</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/ticket_view.py" line="145"/>
        <source>Visit of {day}, {amount}</source>
        <translation>{day} 的消费，{amount}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/ticket_view.py" line="150"/>
        <source>Booking at {when}</source>
        <translation>{when} 的预约</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/ticket_view.py" line="155"/>
        <source>Customer:</source>
        <translation>顾客：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/ticket_view.py" line="156"/>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/ticket_view.py" line="157"/>
        <source>In their words:</source>
        <translation>顾客原话：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/ticket_view.py" line="158"/>
        <source>Received:</source>
        <translation>接收：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/ticket_view.py" line="159"/>
        <source>About:</source>
        <translation>相关记录：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/ticket_view.py" line="163"/>
        <source>Category · severity:</source>
        <translation>分类 · 严重程度：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/ticket_view.py" line="164"/>
        <source>Handled by:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/ticket_view.py" line="165"/>
        <source>Respond by:</source>
        <translation>响应时限：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/ticket_view.py" line="166"/>
        <source>First response:</source>
        <translation>首次响应：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/ticket_view.py" line="167"/>
        <source>Resolve by:</source>
        <translation>解决时限：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/ticket_view.py" line="168"/>
        <source>Escalated:</source>
        <translation>上报时间：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/ticket_view.py" line="169"/>
        <source>Solution:</source>
        <translation>处理方案：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/ticket_view.py" line="170"/>
        <source>Compensation:</source>
        <translation>补偿：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/ticket_view.py" line="172"/>
        <source>Agreed by:</source>
        <translation>同意方案：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/ticket_view.py" line="176"/>
        <source>Follow-up:</source>
        <translation>跟进回访：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/ticket_view.py" line="177"/>
        <source>Closed:</source>
        <translation>关闭时间：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/ticket_view.py" line="184"/>
        <source>{kind}: {points}</source>
        <translation>{kind}：{points}</translation>
    </message>
</context>
<context>
    <name>TicketsTab</name>
    <message>
        <location filename="../../salon_crm/ui/tickets/tab.py" line="48"/>
        <source>&amp;New feedback…</source>
        <translation>登记反馈(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/tab.py" line="49"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/tab.py" line="51"/>
        <source>Search text, customer, mobile</source>
        <translation>搜索内容、顾客、手机</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/tab.py" line="53"/>
        <source>Any type</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/tab.py" line="54"/>
        <source>Any category</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/tab.py" line="55"/>
        <source>Any severity</source>
        <translation>全部严重程度</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/tab.py" line="56"/>
        <source>Anyone</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/tab.py" line="57"/>
        <source>Overdue only</source>
        <translation>仅超时</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/tab.py" line="58"/>
        <source>Received</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/tab.py" line="70"/>
        <source>&amp;Deadlines…</source>
        <translation>处理时限(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/tab.py" line="71"/>
        <source>Response and resolution deadlines per severity, escalation amounts</source>
        <translation>各严重程度的响应与解决时限、上报金额</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/tab.py" line="106"/>
        <source>No complaints or suggestions here — New feedback… records one; other filters show more.</source>
        <translation>这里没有投诉或建议 — 点“登记反馈…”记录一条；换个筛选可看到更多。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/tab.py" line="186"/>
        <source>Open</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/tab.py" line="188"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/tab.py" line="197"/>
        <source>Tickets shown: {count}, overdue: {overdue}</source>
        <translation>显示工单：{count}，已超时：{overdue}</translation>
    </message>
</context>
</TS>
