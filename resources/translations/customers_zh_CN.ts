<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CareContactDialog</name>
    <message>
        <location filename="../../salon_crm/ui/customers/ledger_dialogs.py" line="214"/>
        <source>Care contact — {name}</source>
        <translation>客户关怀 — {name}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/ledger_dialogs.py" line="221"/>
        <source>What the customer said</source>
        <translation>客户的反馈</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/ledger_dialogs.py" line="223"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/ledger_dialogs.py" line="224"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>CareModel</name>
    <message>
        <location filename="../../salon_crm/ui/customers/care_panel.py" line="71"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/care_panel.py" line="72"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/care_panel.py" line="73"/>
        <source>Due</source>
        <translation>应联系日期</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/care_panel.py" line="74"/>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/care_panel.py" line="75"/>
        <source>About</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/care_panel.py" line="76"/>
        <source>Stylist</source>
        <translation>技师</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/care_panel.py" line="77"/>
        <source>Allergies</source>
        <translation>过敏史</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/care_panel.py" line="107"/>
        <source>Birthday on {day}</source>
        <translation>生日：{day}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/care_panel.py" line="109"/>
        <source>{left} × {service} unused; the package ends {day}</source>
        <translation>{service} 还剩 {left} 次未用，次卡 {day} 到期</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/care_panel.py" line="115"/>
        <source>{festival} on {day}</source>
        <translation>{festival}（{day}）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/care_panel.py" line="94"/>
        <source>Follow up on {services}</source>
        <translation>回访：{services}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/care_panel.py" line="97"/>
        <source>{days} days away; usually every {gap} days</source>
        <translation>已 {days} 天未到店；平时约每 {gap} 天一次</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/care_panel.py" line="101"/>
        <source>{days} days since the last visit</source>
        <translation>已 {days} 天未到店</translation>
    </message>
</context>
<context>
    <name>CarePanel</name>
    <message>
        <location filename="../../salon_crm/ui/customers/care_panel.py" line="164"/>
        <source>Follow-up calls due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/care_panel.py" line="165"/>
        <source>Birthdays this week</source>
        <translation>本周生日</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/care_panel.py" line="166"/>
        <source>Birthdays this month</source>
        <translation>本月生日</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/care_panel.py" line="167"/>
        <source>Dormant customers to win back</source>
        <translation>沉睡客户召回</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/care_panel.py" line="168"/>
        <source>At-risk customers</source>
        <translation>流失预警客户</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/care_panel.py" line="169"/>
        <source>Holiday greetings</source>
        <translation>节日问候</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/care_panel.py" line="171"/>
        <source>Packages ending within 30 days</source>
        <translation>30 天内到期的次卡</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/care_panel.py" line="176"/>
        <source>Call don&amp;e…</source>
        <translation>已联系(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/care_panel.py" line="178"/>
        <source>O&amp;pen file</source>
        <translation>打开档案(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/care_panel.py" line="180"/>
        <source>Cop&amp;y list</source>
        <translation>复制名单(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/care_panel.py" line="192"/>
        <source>Lis&amp;t:</source>
        <translation>名单(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/care_panel.py" line="181"/>
        <source>Copy the list as tab-separated text, to paste into Excel or WPS</source>
        <translation>将名单复制为制表符分隔的文本，可粘贴到 Excel 或 WPS</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/care_panel.py" line="185"/>
        <source>Nobody is due on this list — nothing to do here today.</source>
        <translation>这份名单上没有要联系的客户 — 今天这里没有事要做。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/care_panel.py" line="217"/>
        <source>Customers on this list: {count}</source>
        <translation>名单人数：{count}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/care_panel.py" line="256"/>
        <source>Rows copied: {count}</source>
        <translation>已复制 {count} 行</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="83"/>
        <source>New customer</source>
        <translation>新建客户档案</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="83"/>
        <source>Edit customer file</source>
        <translation>编辑客户档案</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="148"/>
        <source>year not given</source>
        <translation>年份未填</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="151"/>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="159"/>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="271"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="121"/>
        <source>138 0013 8000, +86…, or a landline</source>
        <translation>138 0013 8000、+86…或座机</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="125"/>
        <source>Show n&amp;umber</source>
        <translation>显示号码(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="126"/>
        <source>Show the whole phone number (noted in the audit log)</source>
        <translation>显示完整手机号（会记入操作记录）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="178"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="179"/>
        <source>&amp;Gender:</source>
        <translation>性别(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="180"/>
        <source>&amp;Birthday:</source>
        <translation>生日(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="181"/>
        <source>&amp;Mobile:</source>
        <translation>手机(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="183"/>
        <source>&amp;WeChat:</source>
        <translation>微信(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="185"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="186"/>
        <source>&amp;Occupation:</source>
        <translation>职业(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="184"/>
        <source>Ema&amp;il:</source>
        <translation>邮箱(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="187"/>
        <source>Sour&amp;ce:</source>
        <translation>来源(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="188"/>
        <source>&amp;Referred by:</source>
        <translation>介绍人(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="189"/>
        <source>Preferred s&amp;tylist:</source>
        <translation>指定技师(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="190"/>
        <source>Membership &amp;level:</source>
        <translation>会员等级(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="195"/>
        <source>for example sensitive, oily</source>
        <translation>例如 敏感肌, 油性</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="197"/>
        <source>for example fine, damaged</source>
        <translation>例如 细软, 受损</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="199"/>
        <source>Shown as a warning wherever the customer appears</source>
        <translation>凡出现该客户处都会显示警示</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="201"/>
        <source>Hair-colour formula, products liked</source>
        <translation>染发配方、喜欢的产品</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="204"/>
        <source>Agrees to keeping allergy and skin notes (health &amp;data)</source>
        <translation>同意保存过敏和肤质记录（健康资料）(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="205"/>
        <source>Without this consent the allergy and skin notes are removed on saving.</source>
        <translation>没有这项同意，保存时会删除过敏和肤质记录。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="208"/>
        <source>Agrees to marketing messages, since</source>
        <translation>同意接收营销信息，日期</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="223"/>
        <source>Health data:</source>
        <translation>健康资料：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="225"/>
        <source>S&amp;kin type:</source>
        <translation>肤质(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="226"/>
        <source>&amp;Hair type:</source>
        <translation>发质(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="227"/>
        <source>All&amp;ergies:</source>
        <translation>过敏史(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="228"/>
        <source>&amp;Preferences:</source>
        <translation>偏好(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="229"/>
        <source>Note&amp;s:</source>
        <translation>备注(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="230"/>
        <source>Marketing:</source>
        <translation>营销同意：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="253"/>
        <source>&amp;Open that customer</source>
        <translation>打开该客户档案(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="255"/>
        <source>Save &amp;anyway</source>
        <translation>仍然保存(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="274"/>
        <source>No level</source>
        <translation>无等级</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="399"/>
        <source>Saved as {phone}</source>
        <translation>将保存为 {phone}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="432"/>
        <source>This looks like a customer already on file:</source>
        <translation>该客户可能已有档案：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="442"/>
        <source>The phone {phone} is too short to be anyone&apos;s number. Save it anyway?</source>
        <translation>电话 {phone} 太短，不像真实号码。仍要保存吗？</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="453"/>
        <source>{name} ({phone}): the same mobile</source>
        <translation>{name}（{phone}）：手机号相同</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="456"/>
        <source>{name} ({phone}): the same name and birthday</source>
        <translation>{name}（{phone}）：姓名和生日相同</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="457"/>
        <source>no phone</source>
        <translation>无手机</translation>
    </message>
</context>
<context>
    <name>CustomerFileView</name>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="84"/>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="390"/>
        <source>Customer file</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="147"/>
        <source>Stored value</source>
        <translation>储值余额</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="148"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="149"/>
        <source>Visits</source>
        <translation>到店次数</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="150"/>
        <source>Total spent</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="151"/>
        <source>Average ticket</source>
        <translation>客单价</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="152"/>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="153"/>
        <source>Segment</source>
        <translation>客户分群</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="154"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="155"/>
        <source>Preferred stylist</source>
        <translation>指定技师</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="156"/>
        <source>Packages</source>
        <translation>次卡/套餐</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="161"/>
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="179"/>
        <source>S&amp;how number</source>
        <translation>显示号码(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="180"/>
        <source>Show the whole phone number (noted in the audit log)</source>
        <translation>显示完整手机号（会记入操作记录）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="201"/>
        <source>New tag</source>
        <translation>新标签</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="206"/>
        <source>Add &amp;tag</source>
        <translation>添加标签(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="211"/>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="217"/>
        <source>Automatic:</source>
        <translation>自动标签：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="224"/>
        <source>&amp;Edit profile…</source>
        <translation>编辑档案(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="226"/>
        <source>&amp;Book…</source>
        <translation>预约(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="228"/>
        <source>A new booking for this customer, at the next quarter hour</source>
        <translation>为该客户新建预约，默认下一个整刻钟</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="230"/>
        <source>&amp;New service record…</source>
        <translation>新增消费记录(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="232"/>
        <source>Edit &amp;record…</source>
        <translation>修改消费记录(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="234"/>
        <source>&amp;Void record…</source>
        <translation>作废消费记录(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="236"/>
        <source>Top &amp;up…</source>
        <translation>储值充值(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="238"/>
        <source>Redeem &amp;points…</source>
        <translation>积分兑换(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="240"/>
        <source>Sell pac&amp;kage…</source>
        <translation>售卖次卡(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="242"/>
        <source>Refund p&amp;ackage…</source>
        <translation>次卡退款(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="244"/>
        <source>Log &amp;care call…</source>
        <translation>记录关怀(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="246"/>
        <source>Erase personal data…</source>
        <translation>清除个人信息…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="247"/>
        <source>On the customer&apos;s request: the bills stay, anonymous</source>
        <translation>应客户要求：消费记录匿名保留</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="249"/>
        <source>Re&amp;fund card…</source>
        <translation>退卡(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="250"/>
        <source>Give back the unspent principal; the bonus lapses</source>
        <translation>退还未消费的本金；赠送金作废</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="252"/>
        <source>E&amp;xport all their data…</source>
        <translation>导出其全部数据(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="253"/>
        <source>On the customer&apos;s request: every record about them in one workbook</source>
        <translation>应客户要求：将与其相关的全部记录导出到一个工作簿</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="323"/>
        <source>Customer file — {name}</source>
        <translation>客户档案 — {name}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="356"/>
        <source>birthday {month}-{day}</source>
        <translation>生日 {month}-{day}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="358"/>
        <source>born {year}-{month}-{day}</source>
        <translation>生于 {year}-{month}-{day}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="361"/>
        <source>WeChat {id}</source>
        <translation>微信 {id}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="363"/>
        <source>· {level}</source>
        <translation>【{level}】</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="366"/>
        <source>also {phones}</source>
        <translation>另有 {phones}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="395"/>
        <source>⚠ Allergies: {allergies}</source>
        <translation>⚠ 过敏史：{allergies}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="398"/>
        <source>⚠ Follow-up call due since {day}</source>
        <translation>⚠ 回访已到期（{day} 起）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="403"/>
        <source>⚠ At risk: {days} days since the last visit; usually every {gap} days</source>
        <translation>⚠ 流失预警：已 {days} 天未到店，平时约每 {gap} 天一次</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="408"/>
        <source>⚠ Open complaints or feedback: {count}</source>
        <translation>⚠ 未关闭的投诉或反馈：{count}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="417"/>
        <source>No-shows: {count}</source>
        <translation>爽约次数：{count}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="419"/>
        <source>Agrees to marketing</source>
        <translation>已同意营销信息</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="426"/>
        <source>(bonus {bonus})</source>
        <translation>（含赠送金 {bonus}）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="429"/>
        <source>grade {grade}</source>
        <translation>{grade} 类</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="434"/>
        <source>{service} ×{left}</source>
        <translation>{service} 剩 {left} 次</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="437"/>
        <source>none (history)</source>
        <translation>无（查看记录）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="444"/>
        <source>never</source>
        <translation>从未到店</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="471"/>
        <source>Remove the tag “{name}”</source>
        <translation>移除标签“{name}”</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="480"/>
        <source>Set by the shop&apos;s rules from the records</source>
        <translation>系统根据消费记录按规则自动设置</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="663"/>
        <source>Erase personal data</source>
        <translation>清除个人信息</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="665"/>
        <source>Erase the personal data of {name}? Name, phone, WeChat, address, birthday, notes and tags are cleared for good; the bills stay in the shop&apos;s figures, anonymous.</source>
        <translation>确定清除 {name} 的个人信息吗？姓名、手机、微信、地址、生日、备注和标签将被永久清除；消费记录以匿名方式保留在店铺统计中。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="694"/>
        <source>Export all their data</source>
        <translation>导出其全部数据</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="694"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/file_view.py" line="710"/>
        <source>{rows} records written to {path}</source>
        <translation>已将 {rows} 条记录写入 {path}</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../salon_crm/ui/customers/table_model.py" line="88"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/table_model.py" line="89"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/table_model.py" line="90"/>
        <source>Level</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/table_model.py" line="91"/>
        <source>Segment</source>
        <translation>客户分群</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/table_model.py" line="92"/>
        <source>Grade</source>
        <translation>贡献等级</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/table_model.py" line="93"/>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/table_model.py" line="94"/>
        <source>Visits</source>
        <translation>到店次数</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/table_model.py" line="95"/>
        <source>Total spent</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/table_model.py" line="96"/>
        <source>Balance</source>
        <translation>储值余额</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/table_model.py" line="97"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/table_model.py" line="98"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/table_model.py" line="184"/>
        <location filename="../../salon_crm/ui/customers/table_model.py" line="189"/>
        <location filename="../../salon_crm/ui/customers/table_model.py" line="190"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/table_model.py" line="191"/>
        <source>Manual: {manual}
Automatic: {auto}</source>
        <translation>手动：{manual}
自动：{auto}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/table_model.py" line="193"/>
        <source>At risk: away well beyond their usual visit rhythm</source>
        <translation>流失预警：未到店时间远超其平时的到店周期</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/table_model.py" line="196"/>
        <source>Allergies: {allergies}</source>
        <translation>过敏史：{allergies}</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <location filename="../../salon_crm/ui/customers/tab.py" line="74"/>
        <source>Search by name, pinyin initials (zs), mobile, WeChat or tag</source>
        <translation>按姓名、拼音首字母（zs）、手机、微信或标签搜索</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/tab.py" line="79"/>
        <source>&amp;New customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/tab.py" line="81"/>
        <source>&amp;Open file</source>
        <translation>打开档案(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/tab.py" line="88"/>
        <source>&amp;Duplicates</source>
        <translation>重复客户(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/tab.py" line="90"/>
        <source>&amp;Merge two customers…</source>
        <translation>合并两位客户(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/tab.py" line="92"/>
        <source>Find &amp;possible duplicates…</source>
        <translation>查找可能重复的客户(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/tab.py" line="128"/>
        <source>Any segment</source>
        <translation>全部分群</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/tab.py" line="131"/>
        <source>Any grade</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/tab.py" line="133"/>
        <source>Grade {grade}</source>
        <translation>{grade} 类客户</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/tab.py" line="134"/>
        <source>Any birthday</source>
        <translation>全部生日</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/tab.py" line="136"/>
        <source>Birthday in month {month}</source>
        <translation>{month} 月生日</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/tab.py" line="77"/>
        <source>Se&amp;arch:</source>
        <translation>搜索(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/tab.py" line="139"/>
        <source>Clea&amp;r filters</source>
        <translation>清除筛选(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/tab.py" line="142"/>
        <source>Filters:</source>
        <translation>筛选：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/tab.py" line="147"/>
        <source>Last visit from</source>
        <translation>最近到店 从</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/tab.py" line="149"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/tab.py" line="165"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/tab.py" line="192"/>
        <source>&lt;span style=&quot;color:{red}&quot;&gt;Red segment&lt;/span&gt;: away well beyond their usual rhythm (at risk) · ⚠ beside a name: allergies noted</source>
        <translation>&lt;span style=&quot;color:{red}&quot;&gt;红色分群&lt;/span&gt;：远超平时到店间隔未来（流失预警） · 名字旁 ⚠：有过敏记录</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/tab.py" line="203"/>
        <source>Customer &amp;list</source>
        <translation>客户列表(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/tab.py" line="204"/>
        <source>&amp;Care lists</source>
        <translation>关怀名单(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/tab.py" line="221"/>
        <source>Any tag</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/tab.py" line="222"/>
        <source>Any level</source>
        <translation>全部会员等级</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/tab.py" line="223"/>
        <source>Any stylist</source>
        <translation>全部技师</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/tab.py" line="236"/>
        <source>No customer matches — try fewer letters, or Clear filters.</source>
        <translation>没有符合的客户 — 少输几个字，或点“清除筛选”。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/tab.py" line="238"/>
        <source>No customers yet — click New customer… to add one, or File → Import customers… to bring in an Excel list.</source>
        <translation>还没有客户 — 点“新建客户…”添加，或用“文件 → 导入客户…”导入 Excel 名单。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/tab.py" line="386"/>
        <source>Customers found: {count}</source>
        <translation>找到客户：{count}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/tab.py" line="388"/>
        <source>Customers: {count}</source>
        <translation>客户：{count}</translation>
    </message>
</context>
<context>
    <name>DuplicatePairsModel</name>
    <message>
        <location filename="../../salon_crm/ui/customers/duplicates_window.py" line="40"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/duplicates_window.py" line="40"/>
        <source>Older file (kept)</source>
        <translation>较早的档案（保留）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/duplicates_window.py" line="40"/>
        <source>Newer file</source>
        <translation>较新的档案</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/duplicates_window.py" line="55"/>
        <source>Same mobile</source>
        <translation>手机相同</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/duplicates_window.py" line="55"/>
        <source>Same name and birthday</source>
        <translation>姓名和生日相同</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/duplicates_window.py" line="69"/>
        <source>file #{id}</source>
        <translation>档案 #{id}</translation>
    </message>
</context>
<context>
    <name>DuplicatesWindow</name>
    <message>
        <location filename="../../salon_crm/ui/customers/duplicates_window.py" line="84"/>
        <source>Possible duplicates</source>
        <translation>可能重复的客户</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/duplicates_window.py" line="91"/>
        <source>Looking for files that may be one person…</source>
        <translation>正在查找可能是同一人的档案…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/duplicates_window.py" line="93"/>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/duplicates_window.py" line="94"/>
        <source>&amp;Skip</source>
        <translation>跳过(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/duplicates_window.py" line="96"/>
        <source>Not the same person, or not now: go to the next pair</source>
        <translation>不是同一人，或暂不处理：转到下一对</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/duplicates_window.py" line="97"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/duplicates_window.py" line="130"/>
        <source>No two files share a mobile, or a name and a birthday.</source>
        <translation>没有手机相同、或姓名和生日都相同的两个档案。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/duplicates_window.py" line="133"/>
        <source>Pairs of files that may be one person: {count}. Merge each that is, skip the others.</source>
        <translation>可能是同一人的档案共 {count} 对。是同一人的请合并，其余跳过。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../salon_crm/ui/customers/messages.py" line="8"/>
        <source>Enter the tag&apos;s name.</source>
        <translation>请输入标签名称。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/messages.py" line="9"/>
        <source>A tag can have at most {max} characters.</source>
        <translation>标签最多 {max} 个字。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/messages.py" line="10"/>
        <source>“{name}” is an automatic tag; the shop sets it from the customer&apos;s records.</source>
        <translation>“{name}”是自动标签，由系统根据客户记录设置。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/messages.py" line="13"/>
        <source>This tag no longer exists.</source>
        <translation>该标签已不存在。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/messages.py" line="14"/>
        <source>Choose what kind of care contact this was.</source>
        <translation>请选择关怀类型。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/messages.py" line="15"/>
        <source>Choose the file to keep and its duplicate.</source>
        <translation>请选择要保留的档案及其重复档案。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/messages.py" line="16"/>
        <source>Choose two different customers to merge.</source>
        <translation>请选择两个不同的客户进行合并。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/messages.py" line="17"/>
        <source>“{field}” is not a field of the customer file.</source>
        <translation>“{field}”不是客户档案的字段。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/messages.py" line="18"/>
        <source>The note can have at most {max} characters.</source>
        <translation>备注最多 {max} 个字。</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../salon_crm/ui/customers/merge_dialog.py" line="23"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/merge_dialog.py" line="24"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/merge_dialog.py" line="25"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/merge_dialog.py" line="26"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/merge_dialog.py" line="27"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/merge_dialog.py" line="28"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/merge_dialog.py" line="29"/>
        <source>Allergies</source>
        <translation>过敏史</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/merge_dialog.py" line="30"/>
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/merge_dialog.py" line="31"/>
        <source>Skin type</source>
        <translation>肤质</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/merge_dialog.py" line="32"/>
        <source>Hair type</source>
        <translation>发质</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/merge_dialog.py" line="33"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/merge_dialog.py" line="45"/>
        <source>Merge duplicate customers</source>
        <translation>合并重复客户</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/merge_dialog.py" line="53"/>
        <source>&amp;Keep:</source>
        <translation>保留(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/merge_dialog.py" line="54"/>
        <source>&amp;Merge into it:</source>
        <translation>并入的重复档案(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/merge_dialog.py" line="58"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/merge_dialog.py" line="83"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/merge_dialog.py" line="84"/>
        <source>Kept file</source>
        <translation>保留的档案</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/merge_dialog.py" line="85"/>
        <source>Duplicate</source>
        <translation>重复档案</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/merge_dialog.py" line="103"/>
        <source>The two files agree on every field shown.</source>
        <translation>两份档案在所示字段上完全一致。</translation>
    </message>
</context>
<context>
    <name>PackageHistoryDialog</name>
    <message>
        <location filename="../../salon_crm/ui/customers/package_dialogs.py" line="172"/>
        <source>Packages — {name}</source>
        <translation>次卡 — {name}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/package_dialogs.py" line="175"/>
        <source>Package / when</source>
        <translation>次卡 / 时间</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/package_dialogs.py" line="175"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/package_dialogs.py" line="175"/>
        <source>Sessions</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/package_dialogs.py" line="175"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/package_dialogs.py" line="175"/>
        <source>By</source>
        <translation>经办</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/package_dialogs.py" line="179"/>
        <source>No packages sold to this customer yet.</source>
        <translation>这位顾客还没有买过次卡。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/package_dialogs.py" line="193"/>
        <source>sold</source>
        <translation>售出</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/package_dialogs.py" line="194"/>
        <source>used on a bill</source>
        <translation>消费使用</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/package_dialogs.py" line="195"/>
        <source>given back (bill changed)</source>
        <translation>退回（单据修改或作废）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/package_dialogs.py" line="196"/>
        <source>refunded</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/package_dialogs.py" line="211"/>
        <source>{left} of {total} left</source>
        <translation>剩 {left} / 共 {total} 次</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/package_dialogs.py" line="214"/>
        <source>until {day}</source>
        <translation>有效至 {day}</translation>
    </message>
</context>
<context>
    <name>RedeemPointsDialog</name>
    <message>
        <location filename="../../salon_crm/ui/customers/ledger_dialogs.py" line="139"/>
        <source>Redeem points</source>
        <translation>积分兑换</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/ledger_dialogs.py" line="140"/>
        <source>Points now: {points}</source>
        <translation>当前积分：{points}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/ledger_dialogs.py" line="145"/>
        <source>What the points paid for</source>
        <translation>兑换内容</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/ledger_dialogs.py" line="147"/>
        <source>&amp;Points:</source>
        <translation>积分(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/ledger_dialogs.py" line="148"/>
        <source>&amp;For:</source>
        <translation>用于(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../salon_crm/ui/customers/ledger_dialogs.py" line="100"/>
        <source>Refund the stored-value card</source>
        <translation>退卡</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/ledger_dialogs.py" line="102"/>
        <source>Unspent principal {principal}; bonus {bonus} lapses if all the principal is refunded.</source>
        <translation>未消费本金 {principal}；全部本金退还后，赠送金 {bonus} 作废。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/ledger_dialogs.py" line="111"/>
        <source>Why, and how the money was paid back</source>
        <translation>原因及退款方式</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/ledger_dialogs.py" line="113"/>
        <source>&amp;Refund (¥):</source>
        <translation>退还金额（¥）(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/ledger_dialogs.py" line="114"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>RefundPackageDialog</name>
    <message>
        <location filename="../../salon_crm/ui/customers/package_dialogs.py" line="116"/>
        <source>Refund a package — {name}</source>
        <translation>次卡退款 — {name}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/package_dialogs.py" line="120"/>
        <source>&amp;Package:</source>
        <translation>次卡(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/package_dialogs.py" line="132"/>
        <source>{service}: {left} of {total} left</source>
        <translation>{service}：剩 {left}/{total} 次</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/package_dialogs.py" line="148"/>
        <source>{left} unused sessions of {service}: pay back {amount}. The package then ends.</source>
        <translation>{service} 还有 {left} 次未用：退还 {amount}。退款后该次卡结束。</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <location filename="../../salon_crm/ui/customers/segment_words.py" line="12"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/segment_words.py" line="13"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/segment_words.py" line="14"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/segment_words.py" line="16"/>
        <source>No surveys yet</source>
        <translation>暂无调查</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/segment_words.py" line="19"/>
        <source>long away</source>
        <translation>久未到店</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/segment_words.py" line="19"/>
        <source>seen a while ago</source>
        <translation>有段时间没来</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/segment_words.py" line="20"/>
        <source>seen lately</source>
        <translation>最近来过</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/segment_words.py" line="21"/>
        <source>comes rarely</source>
        <translation>来得少</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/segment_words.py" line="21"/>
        <source>comes now and then</source>
        <translation>偶尔来</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/segment_words.py" line="22"/>
        <source>comes often</source>
        <translation>常来</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/segment_words.py" line="23"/>
        <source>spends little</source>
        <translation>消费少</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/segment_words.py" line="23"/>
        <source>spends some</source>
        <translation>消费中等</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/segment_words.py" line="24"/>
        <source>spends much</source>
        <translation>消费高</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/segment_words.py" line="26"/>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>SellPackageDialog</name>
    <message>
        <location filename="../../salon_crm/ui/customers/package_dialogs.py" line="40"/>
        <source>Sell a package — {name}</source>
        <translation>售卖次卡 — {name}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/package_dialogs.py" line="51"/>
        <source>&amp;Package:</source>
        <translation>次卡(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/package_dialogs.py" line="52"/>
        <source>Paid &amp;by:</source>
        <translation>付款方式(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/package_dialogs.py" line="53"/>
        <source>&amp;Sold by:</source>
        <translation>销售人(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/package_dialogs.py" line="78"/>
        <source>valid {days} days from today</source>
        <translation>自今天起 {days} 天内有效</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/package_dialogs.py" line="80"/>
        <source>never expires</source>
        <translation>永久有效</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/package_dialogs.py" line="83"/>
        <source>{sessions} × {service} for {price} ({unit} a session), {lasts}.</source>
        <translation>{sessions} 次 {service}，共 {price}（每次 {unit}），{lasts}。</translation>
    </message>
</context>
<context>
    <name>ServiceRecordDialog</name>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="86"/>
        <source>New service record</source>
        <translation>新增消费记录</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="86"/>
        <source>Edit service record</source>
        <translation>修改消费记录</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="128"/>
        <source>Service item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="129"/>
        <source>Stylist</source>
        <translation>技师</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="130"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="131"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="132"/>
        <source>Line discount</source>
        <translation>单项优惠</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="133"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="134"/>
        <source>Package</source>
        <translation>次卡</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="135"/>
        <source>Requested</source>
        <translation>指定</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="150"/>
        <source>&amp;Add line</source>
        <translation>添加项目(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="152"/>
        <source>&amp;Remove line</source>
        <translation>删除项目(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="155"/>
        <source>Sell pac&amp;kage…</source>
        <translation>售次卡(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="188"/>
        <source>Colour formula, products used</source>
        <translation>染膏配方、所用产品</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="194"/>
        <source>Discount on the &amp;bill (¥):</source>
        <translation>整单优惠（¥）(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="196"/>
        <source>&amp;Payment:</source>
        <translation>付款方式(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="198"/>
        <source>&amp;Visited at:</source>
        <translation>到店时间(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="199"/>
        <source>Pro&amp;ducts used:</source>
        <translation>所用产品(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="200"/>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="218"/>
        <source>Customer: {facts}</source>
        <translation>客户：{facts}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="222"/>
        <source>{level}: {percent}% off the bill, unless you type another discount</source>
        <translation>{level}：整单优惠 {percent}%（手动输入其他折扣则以输入为准）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="228"/>
        <source>⚠ Allergies: {allergies}</source>
        <translation>⚠ 过敏史：{allergies}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="258"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="266"/>
        <source>session</source>
        <translation>次卡</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="267"/>
        <source>A session of the customer&apos;s package pays for this line</source>
        <translation>用顾客的次卡抵扣这一项（次卡）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="269"/>
        <source>The customer asked for this stylist: paid at the requested rate</source>
        <translation>顾客点名这位技师（指定）：按指定提成比例计</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="365"/>
        <source>session ({left} left)</source>
        <translation>次卡 余{left}次</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="461"/>
        <source>Card balance: {balance}</source>
        <translation>储值余额：{balance}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="468"/>
        <source>Subtotal {subtotal} − discount {discount} = total {total}  ·  earns {points} points</source>
        <translation>小计 {subtotal} − 折扣 {discount} = 合计 {total}  ·  积分 +{points}</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../salon_crm/ui/customers/timeline_model.py" line="116"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/timeline_model.py" line="117"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/timeline_model.py" line="118"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/timeline_model.py" line="119"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/timeline_model.py" line="120"/>
        <source>Points / score</source>
        <translation>积分 / 评分</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/timeline_model.py" line="121"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/timeline_model.py" line="122"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/timeline_model.py" line="149"/>
        <source>Visit</source>
        <translation>到店消费</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/timeline_model.py" line="150"/>
        <source>{event} (voided)</source>
        <translation>{event}（已作废）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/timeline_model.py" line="153"/>
        <source>Appointment: {status}</source>
        <translation>预约：{status}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/timeline_model.py" line="158"/>
        <source>{kind}: {status}</source>
        <translation>{kind}：{status}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/timeline_model.py" line="160"/>
        <source>Survey ({channel})</source>
        <translation>满意度调查（{channel}）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/timeline_model.py" line="163"/>
        <source>Care: {kind}</source>
        <translation>关怀：{kind}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/timeline_model.py" line="167"/>
        <source>{score}/5, recommend {recommend}/10</source>
        <translation>{score}/5，推荐 {recommend}/10</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/timeline_model.py" line="184"/>
        <source>(balance {balance})</source>
        <translation>（余额 {balance}）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/timeline_model.py" line="192"/>
        <source>Voided: {reason}</source>
        <translation>已作废：{reason}</translation>
    </message>
</context>
<context>
    <name>TopUpDialog</name>
    <message>
        <location filename="../../salon_crm/ui/customers/ledger_dialogs.py" line="33"/>
        <source>Top up stored value — {name}</source>
        <translation>储值充值 — {name}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/ledger_dialogs.py" line="35"/>
        <source>for example 1000</source>
        <translation>例如 1000</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/ledger_dialogs.py" line="37"/>
        <source>for example 200 (pay 1,000, get 200)</source>
        <translation>例如 200（充 1000 送 200）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/ledger_dialogs.py" line="40"/>
        <source>&amp;Paid (¥):</source>
        <translation>实付金额（¥）(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/ledger_dialogs.py" line="41"/>
        <source>&amp;Bonus (¥):</source>
        <translation>赠送金（¥）(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/ledger_dialogs.py" line="42"/>
        <source>&amp;Sold by:</source>
        <translation>销售人(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/ledger_dialogs.py" line="43"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>VoidRecordDialog</name>
    <message>
        <location filename="../../salon_crm/ui/customers/ledger_dialogs.py" line="172"/>
        <source>Void service record</source>
        <translation>作废消费记录</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/ledger_dialogs.py" line="174"/>
        <source>The record stays in the history, marked void; its stored-value payment and points are returned.</source>
        <translation>该记录仍保留在历史中并标记为作废；其储值支付和积分将退回。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/ledger_dialogs.py" line="181"/>
        <source>for example entered twice, wrong customer</source>
        <translation>例如 重复录入、客户选错</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/ledger_dialogs.py" line="184"/>
        <source>Record:</source>
        <translation>记录：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/ledger_dialogs.py" line="185"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
</context>
</TS>
