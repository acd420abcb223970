<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CampaignPage</name>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/campaign.py" line="101"/>
        <source>Quarter:</source>
        <translation>季度：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/campaign.py" line="105"/>
        <source>Visited this quarter, no survey in the last 90 days.</source>
        <translation>本季度到店、近 90 天未做过调查的客户。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/campaign.py" line="108"/>
        <source>Copy list</source>
        <translation>复制名单</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/campaign.py" line="109"/>
        <source>Copy name, phone and last visit of everyone due, to paste into a sheet</source>
        <translation>复制所有待调查客户的姓名、手机和最近到店日期，可粘贴到表格</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/campaign.py" line="114"/>
        <source>Mark asked</source>
        <translation>标记为已询问</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/campaign.py" line="115"/>
        <source>Mark answered</source>
        <translation>标记为已答复</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/campaign.py" line="116"/>
        <source>Mark declined</source>
        <translation>标记为已拒绝</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/campaign.py" line="124"/>
        <source>Nobody is due for a survey call this quarter.</source>
        <translation>本季度没有需要电话回访调查的客户。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/campaign.py" line="139"/>
        <source>Due: {due} · marked: {marked}</source>
        <translation>待调查：{due} · 已标记：{marked}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/campaign.py" line="154"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/campaign.py" line="154"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/campaign.py" line="154"/>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/campaign.py" line="165"/>
        <source>Copied {count} customers</source>
        <translation>已复制 {count} 位客户</translation>
    </message>
</context>
<context>
    <name>CampaignTableModel</name>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/campaign.py" line="55"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/campaign.py" line="56"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/campaign.py" line="57"/>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/campaign.py" line="58"/>
        <source>Visits this quarter</source>
        <translation>本季度到店次数</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/campaign.py" line="59"/>
        <source>Last survey</source>
        <translation>最近调查</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/campaign.py" line="60"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/campaign.py" line="78"/>
        <source>Due</source>
        <translation>待调查</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/chart_panel.py" line="61"/>
        <source>Save as PNG…</source>
        <translation>保存为 PNG…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/chart_panel.py" line="62"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/chart_panel.py" line="63"/>
        <source>Copy the chart as a picture, to paste into a message or document</source>
        <translation>将图表复制为图片，可粘贴到消息或文档中</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/chart_panel.py" line="66"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/chart_panel.py" line="123"/>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/chart_panel.py" line="123"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/chart_panel.py" line="137"/>
        <source>Saved {name}</source>
        <translation>已保存 {name}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/chart_panel.py" line="147"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="160"/>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="387"/>
        <source>Average overall (1–5)</source>
        <translation>平均总体评分（1–5）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="161"/>
        <source>NPS</source>
        <translation>净推荐值 NPS</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="162"/>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="388"/>
        <source>Responses</source>
        <translation>回复数</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="163"/>
        <source>Response rate</source>
        <translation>回复率</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="164"/>
        <source>Open complaints</source>
        <translation>未结投诉</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="166"/>
        <source>Surveys per visit in the period</source>
        <translation>本期调查数 / 到店次数</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="168"/>
        <source>Complaints not closed yet, whatever the period</source>
        <translation>尚未关闭的投诉（不限期间）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="194"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="195"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="196"/>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="197"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="198"/>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="209"/>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="283"/>
        <source>All stylists</source>
        <translation>全部技师</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="211"/>
        <source>All services</source>
        <translation>全部项目</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="220"/>
        <source>Compare stylists from </source>
        <translation>技师对比至少 </translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="221"/>
        <source> answers</source>
        <translation> 份答复</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="222"/>
        <source>Stylists with fewer answers in the period are shown grey and hatched</source>
        <translation>本期答复少于此数的技师以灰色斜纹显示</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="227"/>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="238"/>
        <source>First day of the period</source>
        <translation>期间第一天</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="239"/>
        <source>Last day of the period</source>
        <translation>期间最后一天</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="287"/>
        <source>{name} (left)</source>
        <translation>{name}（已离职）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="316"/>
        <source>The period must end on or after its first day.</source>
        <translation>期间的结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="320"/>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="322"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="356"/>
        <source>{first} to {last}: {responses} surveys, {visits} visits. Stylists under {min} answers are grey.</source>
        <translation>{first} 至 {last}：{responses} 份调查，{visits} 次到店。答复少于 {min} 份的技师显示为灰色。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="372"/>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="374"/>
        <source>Not classified</source>
        <translation>未分类</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="377"/>
        <source>Overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="378"/>
        <source>Stylist skill</source>
        <translation>技师技术</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="379"/>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="380"/>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="381"/>
        <source>Waiting time</source>
        <translation>等待时间</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="382"/>
        <source>Value for money</source>
        <translation>性价比</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="386"/>
        <source>Monthly satisfaction trend</source>
        <translation>月度满意度趋势</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="389"/>
        <source>Scores by dimension</source>
        <translation>各维度评分</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="390"/>
        <source>Average overall by stylist</source>
        <translation>各技师平均总体评分</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="391"/>
        <source>Too few answers</source>
        <translation>答复太少</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="392"/>
        <source>{name}
(n={count})</source>
        <translation>{name}
（{count} 份）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="393"/>
        <source>Net Promoter Score by month</source>
        <translation>月度净推荐值（NPS）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="394"/>
        <source>Distribution of overall scores</source>
        <translation>总体评分分布</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="395"/>
        <source>{score} stars</source>
        <translation>{score} 星</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="396"/>
        <source>Complaints by category (Pareto)</source>
        <translation>投诉类别（帕累托图）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="397"/>
        <source>Complaints</source>
        <translation>投诉数</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="398"/>
        <source>Cumulative share</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="399"/>
        <source>Days to close a complaint, by severity</source>
        <translation>各严重程度投诉的处理天数</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="400"/>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="401"/>
        <source>No surveys in this period</source>
        <translation>本期没有满意度调查</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="402"/>
        <source>No complaints in this period</source>
        <translation>本期没有投诉</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/dashboard.py" line="403"/>
        <source>No complaints closed in this period</source>
        <translation>本期没有关闭的投诉</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/messages.py" line="8"/>
        <source>Every score must be a whole number from 1 to 5 (got {value}).</source>
        <translation>每项评分必须是 1 到 5 的整数（收到 {value}）。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/messages.py" line="11"/>
        <source>“Would you recommend us” must be a whole number from 0 to 10 (got {value}).</source>
        <translation>“推荐意愿”必须是 0 到 10 的整数（收到 {value}）。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/messages.py" line="14"/>
        <source>“{channel}” is not a way of asking for a survey.</source>
        <translation>“{channel}”不是有效的调查方式。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/messages.py" line="15"/>
        <source>The comment can have at most {limit} characters.</source>
        <translation>意见最多 {limit} 个字。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/messages.py" line="16"/>
        <source>The visit {record_id} does not exist (any more).</source>
        <translation>消费记录 {record_id} 不存在（或已删除）。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/messages.py" line="17"/>
        <source>The visit {record_id} was voided; it takes no survey.</source>
        <translation>消费记录 {record_id} 已作废，不能做满意度调查。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/messages.py" line="18"/>
        <source>This visit already has a survey; open it to change the answers instead.</source>
        <translation>这次消费已有满意度调查，请打开它修改答复。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/messages.py" line="21"/>
        <source>A survey is answered after the visit ({visited_at}) and not in the future.</source>
        <translation>调查时间须在到店（{visited_at}）之后，且不能是将来。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/messages.py" line="24"/>
        <source>The survey {survey_id} does not exist (any more).</source>
        <translation>满意度调查 {survey_id} 不存在（或已删除）。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/messages.py" line="25"/>
        <location filename="../../salon_crm/ui/satisfaction/messages.py" line="26"/>
        <source>The period must end on or after its first day.</source>
        <translation>期间的结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/messages.py" line="27"/>
        <source>“{quarter}” is not a quarter such as 2026-Q4.</source>
        <translation>“{quarter}”不是有效的季度（例如 2026-Q4）。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/messages.py" line="28"/>
        <source>“{status}” is not asked, answered or declined.</source>
        <translation>“{status}”不是已询问、已答复或已拒绝。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/messages.py" line="29"/>
        <source>The customer {customer_id} does not exist (any more).</source>
        <translation>客户 {customer_id} 不存在（或已删除）。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/messages.py" line="31"/>
        <source>Reading the visit…</source>
        <translation>正在读取消费记录…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/messages.py" line="32"/>
        <source>Give every row 1 to 5 stars (type 1–5 on a row).</source>
        <translation>请为每一项打 1 到 5 星（在该行按数字键 1–5）。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/messages.py" line="33"/>
        <source>Choose how likely the customer is to recommend us, 0 to 10.</source>
        <translation>请选择客户的推荐意愿（0 到 10）。</translation>
    </message>
</context>
<context>
    <name>SatisfactionTab</name>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/tab.py" line="67"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/tab.py" line="68"/>
        <source>Survey answers</source>
        <translation>调查答复</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/tab.py" line="69"/>
        <source>Quarterly campaign</source>
        <translation>季度调查</translation>
    </message>
</context>
<context>
    <name>StarRating</name>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/stars.py" line="34"/>
        <source>{count} of 5</source>
        <translation>{count} 星（满分 5）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/stars.py" line="57"/>
        <source>not chosen</source>
        <translation>未选择</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/survey_dialog.py" line="61"/>
        <source>Satisfaction survey</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/survey_dialog.py" line="68"/>
        <source>Choose 0–10</source>
        <translation>请选择 0–10</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/survey_dialog.py" line="74"/>
        <source>In the customer&apos;s words</source>
        <translation>记录客户的原话</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/survey_dialog.py" line="79"/>
        <source>Visit:</source>
        <translation>消费：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/survey_dialog.py" line="85"/>
        <source>Would &amp;recommend us (0–10):</source>
        <translation>推荐意愿(&amp;R)（0–10）：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/survey_dialog.py" line="86"/>
        <source>Channel:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/survey_dialog.py" line="87"/>
        <source>Comment:</source>
        <translation>意见：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/survey_dialog.py" line="88"/>
        <source>Type 1–5 on a row of stars; the next row takes the focus.</source>
        <translation>在星级行按 1–5 打分，焦点自动移到下一行。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/survey_dialog.py" line="105"/>
        <source>&amp;Overall:</source>
        <translation>总体(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/survey_dialog.py" line="106"/>
        <source>Stylist &amp;skill:</source>
        <translation>技师技术(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/survey_dialog.py" line="107"/>
        <source>Service &amp;attitude:</source>
        <translation>服务态度(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/survey_dialog.py" line="108"/>
        <source>&amp;Environment:</source>
        <translation>环境(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/survey_dialog.py" line="109"/>
        <source>&amp;Waiting time:</source>
        <translation>等待时间(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/survey_dialog.py" line="110"/>
        <source>&amp;Value for money:</source>
        <translation>性价比(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/survey_dialog.py" line="125"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/survey_dialog.py" line="127"/>
        <source>{customer} · {visited} · {services} · {stylist}</source>
        <translation>{customer} · {visited} · {services} · {stylist}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/survey_dialog.py" line="131"/>
        <source>no stylist</source>
        <translation>无技师</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/survey_dialog.py" line="136"/>
        <source>Change satisfaction survey</source>
        <translation>修改满意度调查</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/survey_dialog.py" line="195"/>
        <source>Low score</source>
        <translation>评分偏低</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/survey_dialog.py" line="196"/>
        <source>{customer} gave {score} of 5 overall. Open a complaint ticket about this visit?</source>
        <translation>{customer} 的总体评分只有 {score} 分（满分 5）。要为这次消费登记投诉工单吗？</translation>
    </message>
</context>
<context>
    <name>SurveyListPage</name>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/tab.py" line="26"/>
        <source>Scores from 1 (poor) to 5 (excellent); newest first.</source>
        <translation>评分 1（差）到 5（很好）；最新的在前。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/tab.py" line="27"/>
        <source>Change survey…</source>
        <translation>修改调查…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/tab.py" line="32"/>
        <source>No survey answers yet — the survey opens when a visit is completed.</source>
        <translation>还没有调查答复 — 完成一次到店服务时会打开满意度调查。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/tab.py" line="35"/>
        <source>Answers shown: {count}</source>
        <translation>显示答复：{count}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/tab.py" line="51"/>
        <source>This answer came from a campaign call, not a visit.</source>
        <translation>这条答复来自季度回访电话，没有对应的消费记录。</translation>
    </message>
</context>
<context>
    <name>SurveyTableModel</name>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/table_model.py" line="54"/>
        <source>Answered</source>
        <translation>答复时间</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/table_model.py" line="55"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/table_model.py" line="56"/>
        <source>Stylist</source>
        <translation>技师</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/table_model.py" line="57"/>
        <source>Overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/table_model.py" line="58"/>
        <source>Skill</source>
        <translation>技术</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/table_model.py" line="59"/>
        <source>Attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/table_model.py" line="60"/>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/table_model.py" line="61"/>
        <source>Waiting</source>
        <translation>等待时间</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/table_model.py" line="62"/>
        <source>Value</source>
        <translation>性价比</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/table_model.py" line="63"/>
        <source>Recommend (0-10)</source>
        <translation>推荐意愿 (0-10)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/table_model.py" line="64"/>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
</context>
</TS>
