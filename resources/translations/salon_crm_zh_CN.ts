<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../salon_crm/ui/settings/audit_dialog.py" line="38"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/audit_dialog.py" line="39"/>
        <source>Customer tag</source>
        <translation>客户标签</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/audit_dialog.py" line="40"/>
        <source>Bill</source>
        <translation>消费记录</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/audit_dialog.py" line="41"/>
        <source>Stored value / points</source>
        <translation>储值/积分</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/audit_dialog.py" line="42"/>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/audit_dialog.py" line="43"/>
        <source>Complaint ticket</source>
        <translation>投诉工单</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/audit_dialog.py" line="44"/>
        <source>Survey</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/audit_dialog.py" line="45"/>
        <source>Survey request</source>
        <translation>调查邀请</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/audit_dialog.py" line="46"/>
        <source>Care call</source>
        <translation>关怀回访</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/audit_dialog.py" line="47"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/audit_dialog.py" line="48"/>
        <source>Shift</source>
        <translation>排班</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/audit_dialog.py" line="49"/>
        <source>Shift change</source>
        <translation>排班调整</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/audit_dialog.py" line="50"/>
        <source>Time off</source>
        <translation>请假</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/audit_dialog.py" line="51"/>
        <source>Service item</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/audit_dialog.py" line="52"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/audit_dialog.py" line="53"/>
        <source>Login</source>
        <translation>登录账号</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/audit_dialog.py" line="54"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/audit_dialog.py" line="55"/>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/audit_dialog.py" line="83"/>
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/audit_dialog.py" line="95"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/audit_dialog.py" line="96"/>
        <source>&amp;Record type:</source>
        <translation>记录类型(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/audit_dialog.py" line="97"/>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/audit_dialog.py" line="98"/>
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/audit_dialog.py" line="108"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/audit_dialog.py" line="108"/>
        <source>Who</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/audit_dialog.py" line="108"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/audit_dialog.py" line="108"/>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/audit_dialog.py" line="108"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/audit_dialog.py" line="121"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/audit_dialog.py" line="121"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/audit_dialog.py" line="127"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/audit_dialog.py" line="151"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/audit_dialog.py" line="184"/>
        <source> (the newest {count}; narrow the filters for older ones)</source>
        <translation>（最新 {count} 条；缩小筛选范围可查看更早的记录）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/audit_dialog.py" line="186"/>
        <source>{count} entries</source>
        <translation>{count} 条记录</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/audit_dialog.py" line="203"/>
        <source>Export the audit log</source>
        <translation>导出操作日志</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/audit_dialog.py" line="203"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/audit_dialog.py" line="229"/>
        <source>{count} entries written to {path}</source>
        <translation>已将 {count} 条记录写入 {path}</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../salon_crm/ui/widgets/customer_picker.py" line="40"/>
        <source>Name, pinyin initials (zs), mobile or WeChat</source>
        <translation>姓名、拼音首字母（zs）、手机或微信</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/widgets/customer_picker.py" line="111"/>
        <source>Allergies: {allergies}</source>
        <translation>过敏史：{allergies}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/widgets/customer_picker.py" line="114"/>
        <source>No customer matches “{text}”</source>
        <translation>没有与“{text}”相符的客户</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/widgets/customer_picker.py" line="159"/>
        <source>⚠ Allergies: {allergies}</source>
        <translation>⚠ 过敏史：{allergies}</translation>
    </message>
</context>
<context>
    <name>DemoOffer</name>
    <message>
        <location filename="../../salon_crm/ui/demo_offer.py" line="31"/>
        <location filename="../../salon_crm/ui/demo_offer.py" line="45"/>
        <location filename="../../salon_crm/ui/demo_offer.py" line="60"/>
        <source>Demo shop</source>
        <translation>演示门店</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/demo_offer.py" line="32"/>
        <source>This data folder is empty. Load the demo shop to try things out?</source>
        <translation>这个数据文件夹是空的。要载入演示门店来试用吗？</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/demo_offer.py" line="44"/>
        <source>Loading the demo shop…</source>
        <translation>正在载入演示门店…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="26"/>
        <source>The user name or the password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="27"/>
        <source>Too many wrong tries: wait {seconds} seconds, then try again.</source>
        <translation>错误次数过多：请等待 {seconds} 秒后再试。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="28"/>
        <source>The login “{username}” is disabled; ask the owner.</source>
        <translation>账号“{username}”已停用，请联系店主。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="29"/>
        <source>PINs are turned off in this shop: ask the owner for a new password for your login.</source>
        <translation>本店已关闭数字密码登录：请让店主为你的账号设置新密码。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="32"/>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="33"/>
        <source>A password needs at least {minimum} characters.</source>
        <translation>密码至少需要 {minimum} 个字符。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="34"/>
        <source>Enter a login name.</source>
        <translation>请输入登录名。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="35"/>
        <source>A login name has at most {maximum} characters.</source>
        <translation>登录名最多 {maximum} 个字符。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="36"/>
        <source>The login name “{username}” is taken.</source>
        <translation>登录名“{username}”已被使用。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="37"/>
        <source>This shop already has an owner&apos;s login.</source>
        <translation>本店已有店主账号。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="38"/>
        <source>The last owner&apos;s login cannot be disabled.</source>
        <translation>不能停用最后一个店主账号。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="39"/>
        <source>Choose a role for the login.</source>
        <translation>请选择账号的角色。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="40"/>
        <source>This login no longer exists.</source>
        <translation>该账号已不存在。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="41"/>
        <source>The role “{user_role}” may not {action}; ask the owner.</source>
        <translation>“{user_role}”角色无权{action}，请店主操作。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="43"/>
        <source>The data folder is already open in Salon CRM on the computer “{computer}” (process {pid}) since {since}. Close it there first.</source>
        <translation>数据文件夹已在电脑“{computer}”上的美业客户管理中打开（进程 {pid}，自 {since} 起）。请先在那里关闭。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="48"/>
        <source>This data file was written by a newer version of Salon CRM (schema {file_version}; this version knows up to {app_version}). Please update the app. The file was not changed.</source>
        <translation>这个数据文件由更新版本的美业客户管理写入（结构版本 {file_version}；本版本最高支持 {app_version}）。请先升级软件。文件没有被改动。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="54"/>
        <source>The data file {path} cannot be read: {reason}. It was not changed.</source>
        <translation>无法读取数据文件 {path}：{reason}。文件没有被改动。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="58"/>
        <source>This data folder already holds a shop; the demo shop is only loaded into an empty folder.</source>
        <translation>这个数据文件夹里已有门店数据；演示门店只能载入空文件夹。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="63"/>
        <source>{field} “{value}” is not an amount of money.</source>
        <translation>{field}“{value}”不是有效的金额。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="64"/>
        <source>{field} “{value}” has more than two decimal places.</source>
        <translation>{field}“{value}”的小数超过两位。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="65"/>
        <source>{field} “{value}” is too large.</source>
        <translation>{field}“{value}”太大了。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="66"/>
        <source>A price cannot be negative.</source>
        <translation>价格不能为负数。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="67"/>
        <source>Enter the price.</source>
        <translation>请输入价格。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="69"/>
        <source>Enter the staff member&apos;s name.</source>
        <translation>请输入员工姓名。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="70"/>
        <location filename="../../salon_crm/ui/errors.py" line="88"/>
        <source>A name can have at most {max} characters.</source>
        <translation>姓名最多 {max} 个字。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="71"/>
        <source>Choose a role.</source>
        <translation>请选择职位。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="72"/>
        <source>“{skill}” is not a skill.</source>
        <translation>“{skill}”不是有效的技能。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="73"/>
        <source>This staff member no longer exists.</source>
        <translation>该员工已不存在。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="74"/>
        <source>The phone number {phone} is not valid.</source>
        <translation>电话号码 {phone} 无效。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="75"/>
        <source>A phone number can have at most {max} characters.</source>
        <translation>电话号码最多 {max} 个字符。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="77"/>
        <source>Enter the service&apos;s name.</source>
        <translation>请输入项目名称。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="78"/>
        <source>A service name can have at most {max} characters.</source>
        <translation>项目名称最多 {max} 个字。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="79"/>
        <source>There is already a service called “{name}”.</source>
        <translation>已有名为“{name}”的服务项目。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="80"/>
        <source>Choose a category.</source>
        <translation>请选择类别。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="81"/>
        <source>This service no longer exists.</source>
        <translation>该服务项目已不存在。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="82"/>
        <source>The duration must be between {low} and {high} minutes, in steps of 5.</source>
        <translation>时长必须在 {low} 到 {high} 分钟之间，以 5 分钟为单位。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="87"/>
        <source>Enter the customer&apos;s name.</source>
        <translation>请输入客户姓名。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="89"/>
        <source>This customer file no longer exists.</source>
        <translation>该客户档案已不存在。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="90"/>
        <source>Search with at most {max} characters and {words} words: type less and search again.</source>
        <translation>搜索最多 {max} 个字、{words} 个词：请少输入一些再搜索。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="93"/>
        <source>The phone {phone} is too short to be anyone&apos;s number. Save it anyway?</source>
        <translation>电话 {phone} 太短，不像真实号码。仍要保存吗？</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="96"/>
        <source>This looks like a customer already on file: {matches}. Open that file instead?</source>
        <translation>这位客户似乎已有档案：{matches}。要改为打开那份档案吗？</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="99"/>
        <source>Choose a gender.</source>
        <translation>请选择性别。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="100"/>
        <source>Choose how the customer came to the shop.</source>
        <translation>请选择客户来源。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="101"/>
        <source>This birthday is not a real date.</source>
        <translation>生日不是有效的日期。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="102"/>
        <source>A birthday cannot be in the future.</source>
        <translation>生日不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="103"/>
        <source>The birth year {year} is too early.</source>
        <translation>出生年份 {year} 太早了。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="104"/>
        <source>“{email}” is not an email address.</source>
        <translation>“{email}”不是有效的电子邮箱。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="105"/>
        <source>{field} has {length} characters; at most {max} are allowed.</source>
        <translation>{field}有 {length} 个字，最多 {max} 个。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="106"/>
        <source>The consent date cannot be in the future.</source>
        <translation>同意日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="107"/>
        <source>Allergy and skin notes are health data: tick the customer&apos;s consent to keeping them, or clear them.</source>
        <translation>过敏和肤质记录属于健康资料：请勾选客户的同意，或清空这些记录。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="111"/>
        <source>Choose another customer as the referrer.</source>
        <translation>请选择另一位客户作为介绍人。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="112"/>
        <source>This stylist no longer exists.</source>
        <translation>该技师已不存在。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="113"/>
        <source>This membership level no longer exists.</source>
        <translation>该会员等级已不存在。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="114"/>
        <source>Enter the level&apos;s name.</source>
        <translation>请输入等级名称。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="115"/>
        <source>A level&apos;s name has at most {max} characters.</source>
        <translation>等级名称最多 {max} 个字。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="116"/>
        <source>There is already a level called “{name}”.</source>
        <translation>已经有名为“{name}”的等级。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="117"/>
        <source>The discount “{value}” must be a percentage from 0 to 99.9, for example 12 for 12% off.</source>
        <translation>折扣“{value}”必须是 0 到 99.9 之间的百分数，例如 12 表示优惠 12%。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="120"/>
        <source>Points per yuan “{value}” must be a number from 0 to 100.</source>
        <translation>每元积分“{value}”必须是 0 到 100 之间的数。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="121"/>
        <source>Choose what the threshold counts.</source>
        <translation>请选择门槛的计算依据。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="122"/>
        <source>Enter the package&apos;s name.</source>
        <translation>请输入次卡名称。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="123"/>
        <source>The commission percentage {value} ({field}) must be from 0 to 100, with at most two decimals.</source>
        <translation>提成比例 {value}（{field}）必须在 0 到 100 之间，最多两位小数。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="126"/>
        <source>Choose a service category or one service for the rule.</source>
        <translation>请为规则选择一个服务类别或一个服务项目。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="127"/>
        <source>There is already a rule for this; edit that one.</source>
        <translation>已经有针对它的规则，请编辑那一条。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="128"/>
        <source>This commission rule no longer exists.</source>
        <translation>这条提成规则已不存在。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="129"/>
        <source>Choose which part of the card is spent first.</source>
        <translation>请选择储值卡先扣哪一部分。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="130"/>
        <source>At most {max} top-up bonus steps.</source>
        <translation>充值赠送最多 {max} 档。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="131"/>
        <source>Top-up bonus {pay}:{bonus}: pay more than 0, and a bonus no larger than what is paid.</source>
        <translation>充值赠送 {pay}:{bonus}：充值金额须大于 0，赠送不能超过充值金额。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="134"/>
        <source>Each top-up amount may have one bonus only.</source>
        <translation>每个充值金额只能有一档赠送。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="135"/>
        <source>“{text}” is not pay:bonus; write the top-up bonus as 1000:200, 3000:800.</source>
        <translation>“{text}”不是“充值:赠送”的格式；请写成 1000:200, 3000:800。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="138"/>
        <source>A grade&apos;s share must be from {low}% to {high}%.</source>
        <translation>分级占比必须在 {low}% 到 {high}% 之间。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="139"/>
        <source>The grade shares must rise from A to C ({shares}).</source>
        <translation>分级占比必须从 A 到 C 递增（{shares}）。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="140"/>
        <source>Follow-up days must be from {low} to {high}.</source>
        <translation>回访天数必须在 {low} 到 {high} 之间。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="141"/>
        <source>Idle minutes must be from {low} to {high}.</source>
        <translation>无操作锁定分钟数必须在 {low} 到 {high} 之间。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="142"/>
        <source>The RFM window must be from {low} to {high} days.</source>
        <translation>RFM 统计天数必须在 {low} 到 {high} 天之间。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="143"/>
        <source>Points per yuan “{value}”: a number from 0 to 100 with at most 3 decimals.</source>
        <translation>每元积分“{value}”：应为 0 到 100 之间的数，最多 3 位小数。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="146"/>
        <source>“{value}” is not a time: type 15 for 15:00, 1530 for 15:30, or +15 for tomorrow at 15:00.</source>
        <translation>“{value}”不是时间：输入 15 表示 15:00，1530 表示 15:30，+15 表示明天 15:00。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="149"/>
        <source>A big spender&apos;s amount must be more than ¥0 and at most ¥{high} (not {value}).</source>
        <translation>高消费的金额必须大于 ¥0 且不超过 ¥{high}（不能是 {value}）。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="152"/>
        <source>A regular&apos;s visits must be from {low} to {high}.</source>
        <translation>常客的到店次数必须在 {low} 到 {high} 之间。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="153"/>
        <source>Days without a visit must be from {low} to {high}.</source>
        <translation>未到店天数必须在 {low} 到 {high} 之间。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="154"/>
        <source>A new customer&apos;s days must be from {low} to {high}.</source>
        <translation>新客的天数必须在 {low} 到 {high} 之间。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="155"/>
        <source>The days back for colour, perm and skin care must be from {low} to {high}.</source>
        <translation>染发、烫发、护肤的回溯天数必须在 {low} 到 {high} 之间。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="158"/>
        <source>“{text}” is not a name and a date; write the shop&apos;s days as Anniversary 05-18, Members&apos; day 11-11.</source>
        <translation>“{text}”不是名称加日期；请写成 店庆 05-18，会员日 11-11。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="161"/>
        <source>At most {max} days of the shop&apos;s own.</source>
        <translation>本店自己的日子最多 {max} 个。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="162"/>
        <source>A day&apos;s name has from 1 to {max} characters.</source>
        <translation>日子的名称为 1 到 {max} 个字。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="163"/>
        <source>{name}: there is no {month}-{day} in the calendar.</source>
        <translation>{name}：日历上没有 {month}-{day} 这一天。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="164"/>
        <source>A package covers at most {max} services.</source>
        <translation>一种次卡最多可用于 {max} 个项目。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="165"/>
        <source>A package&apos;s name has at most {max} characters.</source>
        <translation>次卡名称最多 {max} 个字。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="166"/>
        <source>There is already a package called “{name}”.</source>
        <translation>已经有名为“{name}”的次卡。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="167"/>
        <source>A package has from 1 to {max} sessions.</source>
        <translation>次卡的次数为 1 到 {max} 次。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="168"/>
        <source>A package is valid for at most {max} days.</source>
        <translation>次卡有效期最多 {max} 天。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="169"/>
        <source>This package is no longer in the list.</source>
        <translation>这张次卡已不在列表中。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="170"/>
        <source>The package “{name}” is no longer sold.</source>
        <translation>次卡“{name}”已停售。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="171"/>
        <source>No package with unused sessions to refund.</source>
        <translation>没有可退款的次卡（没有未用次数）。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="172"/>
        <source>This package no longer exists.</source>
        <translation>这张次卡已不存在。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="173"/>
        <source>Choose a package (Settings → Packages lists them).</source>
        <translation>请选择次卡（在 设置 → 次卡 中设置）。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="174"/>
        <source>The customer has no package session left for “{item}”: untick “session” or sell a package.</source>
        <translation>客户没有可用于“{item}”的次卡次数：请取消勾选“次卡”，或先售卖次卡。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="178"/>
        <source>{field} must be more than zero.</source>
        <translation>{field}必须大于零。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="179"/>
        <source>The stored-value balance is ¥{balance}, not enough for ¥{amount}.</source>
        <translation>储值余额为 ¥{balance}，不足 ¥{amount}。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="182"/>
        <source>Only the unspent principal, ¥{principal}, can be refunded, not ¥{amount}.</source>
        <translation>只能退还未消费的本金 ¥{principal}，不能退 ¥{amount}。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="185"/>
        <source>The number of points must be more than zero.</source>
        <translation>积分数必须大于零。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="186"/>
        <source>The customer has {points} points, not enough for {wanted}.</source>
        <translation>客户有 {points} 积分，不足 {wanted}。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="187"/>
        <source>Say why the balance is adjusted.</source>
        <translation>请说明调整余额的原因。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="188"/>
        <source>The adjustment changes nothing.</source>
        <translation>这次调整没有任何变化。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="190"/>
        <source>Add at least one service item to the bill.</source>
        <translation>账单上至少要有一个服务项目。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="191"/>
        <source>The quantity must be between 1 and 99.</source>
        <translation>数量必须在 1 到 99 之间。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="192"/>
        <source>The discount on “{item}” must be between ¥0 and ¥{gross}.</source>
        <translation>“{item}”的折扣必须在 ¥0 到 ¥{gross} 之间。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="193"/>
        <source>The discount on the bill must be between ¥0 and ¥{subtotal}.</source>
        <translation>整单折扣必须在 ¥0 到 ¥{subtotal} 之间。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="196"/>
        <source>Choose how the customer paid.</source>
        <translation>请选择付款方式。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="197"/>
        <source>Only a bill whose every service a package session covers is paid by package; ¥{total} is left to pay.</source>
        <translation>只有每个项目都由次卡抵扣的账单才能选择次卡支付；还需支付 ¥{total}。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="201"/>
        <source>A visit cannot be later than now ({visited_at}).</source>
        <translation>消费时间不能晚于现在（{visited_at}）。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="202"/>
        <source>This appointment no longer exists.</source>
        <translation>该预约已不存在。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="203"/>
        <source>This service record no longer exists.</source>
        <translation>该消费记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="204"/>
        <source>This service record was voided and cannot be changed.</source>
        <translation>该消费记录已作废，不能修改。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="205"/>
        <source>A service record cannot be moved to another customer; void it and enter it again.</source>
        <translation>消费记录不能转到另一位客户名下；请作废后重新录入。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="208"/>
        <source>Say why the service record is voided.</source>
        <translation>请说明作废消费记录的原因。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="210"/>
        <source>Enter the shop&apos;s name.</source>
        <translation>请输入店名。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="211"/>
        <source>The shop&apos;s name can have at most {max} characters.</source>
        <translation>店名最多 {max} 个字。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="212"/>
        <source>Give both the opening and the closing time for {weekday}.</source>
        <translation>请填写{weekday}的开门和关门时间。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="215"/>
        <source>On {weekday} the closing time must be after the opening time.</source>
        <translation>{weekday}的关门时间必须晚于开门时间。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="221"/>
        <source>The amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="222"/>
        <source>The price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="223"/>
        <source>The bonus</source>
        <translation>赠送金</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="224"/>
        <source>The principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="225"/>
        <source>The unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="226"/>
        <source>The discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="227"/>
        <source>The amount paid</source>
        <translation>实付金额</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="228"/>
        <source>The WeChat id</source>
        <translation>微信号</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="229"/>
        <source>The email address</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="230"/>
        <source>The address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="231"/>
        <source>The occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="232"/>
        <source>The skin type</source>
        <translation>肤质</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="233"/>
        <source>The hair type</source>
        <translation>发质</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="234"/>
        <source>The note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="235"/>
        <source>The allergy note</source>
        <translation>过敏史</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="236"/>
        <source>The preferences note</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="237"/>
        <source>The products-used note</source>
        <translation>所用产品</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="238"/>
        <source>The threshold</source>
        <translation>升级门槛</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="239"/>
        <source>The limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="240"/>
        <source>The top-up amount</source>
        <translation>充值金额</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="241"/>
        <source>The fixed amount</source>
        <translation>固定金额</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="242"/>
        <source>requested</source>
        <translation>指定</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="243"/>
        <source>in turn</source>
        <translation>轮牌</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="244"/>
        <source>package session</source>
        <translation>次卡消耗</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="247"/>
        <source>The change was refused ({code}).</source>
        <translation>操作未执行（{code}）。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="248"/>
        <source>Something went wrong: {error}</source>
        <translation>出错了：{error}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/errors.py" line="284"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>FirstOwnerDialog</name>
    <message>
        <location filename="../../salon_crm/ui/login.py" line="95"/>
        <source>Create the owner&apos;s login — Salon CRM</source>
        <translation>创建店主账号 — 美业客户管理</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/login.py" line="98"/>
        <source>This login can do everything, including adding logins for the front desk and the stylists. Choose a password of at least {minimum} characters and keep it safe: nobody can read it back.</source>
        <translation>店主账号拥有全部权限，包括为前台和技师添加账号。请设置至少 {minimum} 个字符的密码并妥善保管：任何人都无法查看已设置的密码。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/login.py" line="109"/>
        <source>&amp;Login name:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/login.py" line="110"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/login.py" line="111"/>
        <source>Password &amp;again:</source>
        <translation>再次输入密码(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../salon_crm/ui/idle_lock.py" line="59"/>
        <source>Locked — log in to carry on</source>
        <translation>已锁定 — 请登录后继续</translation>
    </message>
</context>
<context>
    <name>LevelDialog</name>
    <message>
        <location filename="../../salon_crm/ui/settings/levels_dialog.py" line="65"/>
        <source>Add level</source>
        <translation>添加等级</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/levels_dialog.py" line="65"/>
        <source>Edit level</source>
        <translation>编辑等级</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/levels_dialog.py" line="69"/>
        <source>for example Silver, Gold</source>
        <translation>例如 银卡, 金卡</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/levels_dialog.py" line="72"/>
        <source>12 means 12% off</source>
        <translation>12 表示优惠 12%（八八折）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/levels_dialog.py" line="82"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/levels_dialog.py" line="83"/>
        <source>&amp;Discount (%):</source>
        <translation>折扣（%）(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/levels_dialog.py" line="84"/>
        <source>&amp;Points per yuan:</source>
        <translation>每元积分(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/levels_dialog.py" line="85"/>
        <source>Reached at (¥):</source>
        <translation>升级门槛（¥）：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/levels_dialog.py" line="86"/>
        <source>&amp;Counting:</source>
        <translation>计算依据(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/levels_dialog.py" line="115"/>
        <source>Members pay {rate}% of the list price; a customer moves up when {basis} reaches ¥{amount}.</source>
        <translation>会员按标价的 {rate}% 付款；客户的{basis}达到 ¥{amount} 时自动升级。</translation>
    </message>
</context>
<context>
    <name>LevelListDialog</name>
    <message>
        <location filename="../../salon_crm/ui/settings/levels_dialog.py" line="214"/>
        <location filename="../../salon_crm/ui/settings/levels_dialog.py" line="273"/>
        <source>Membership levels</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/levels_dialog.py" line="219"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/levels_dialog.py" line="220"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/levels_dialog.py" line="221"/>
        <source>&amp;Retire / bring back</source>
        <translation>停用 / 恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/levels_dialog.py" line="231"/>
        <source>A member pays the level&apos;s share of the list price on every bill. Customers move up on their own when they reach a higher level; a retired level is not reached any more, and its members keep it.</source>
        <translation>会员每次消费按所在等级的折扣付款。客户达到更高等级的门槛时自动升级；停用的等级不再有人升入，已有会员保留该等级。</translation>
    </message>
</context>
<context>
    <name>LevelTableModel</name>
    <message>
        <location filename="../../salon_crm/ui/settings/levels_dialog.py" line="167"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/levels_dialog.py" line="168"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/levels_dialog.py" line="169"/>
        <source>Points per yuan</source>
        <translation>每元积分</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/levels_dialog.py" line="170"/>
        <source>Reached at</source>
        <translation>升级门槛</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/levels_dialog.py" line="171"/>
        <source>Members</source>
        <translation>会员数</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/levels_dialog.py" line="172"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/levels_dialog.py" line="193"/>
        <source>{percent}% off</source>
        <translation>优惠 {percent}%</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/levels_dialog.py" line="206"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/levels_dialog.py" line="206"/>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../salon_crm/ui/login.py" line="63"/>
        <source>Login — Salon CRM</source>
        <translation>登录 — 美业客户管理</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/login.py" line="72"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/login.py" line="73"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../salon_crm/ui/main_window.py" line="77"/>
        <source>Customers</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/main_window.py" line="78"/>
        <source>Appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/main_window.py" line="79"/>
        <source>Complaints</source>
        <translation>投诉与反馈</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/main_window.py" line="80"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/main_window.py" line="98"/>
        <source>Data file: {path}</source>
        <translation>数据文件：{path}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/main_window.py" line="110"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/main_window.py" line="112"/>
        <source>&amp;New customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/main_window.py" line="115"/>
        <source>New boo&amp;king…</source>
        <translation>新建预约(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/main_window.py" line="119"/>
        <source>&amp;Import customers…</source>
        <translation>导入客户(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/main_window.py" line="121"/>
        <source>&amp;Export list…</source>
        <translation>导出列表(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/main_window.py" line="122"/>
        <source>Save the list on the current tab, as filtered, to an Excel workbook</source>
        <translation>将当前标签页的列表（按当前筛选）保存为 Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/main_window.py" line="124"/>
        <source>&amp;Monthly report…</source>
        <translation>月度报表(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/main_window.py" line="126"/>
        <source>&amp;Commission statement…</source>
        <translation>提成明细(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/main_window.py" line="128"/>
        <source>S&amp;witch user…</source>
        <translation>切换用户(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/main_window.py" line="130"/>
        <source>Another member of staff takes the desk: log in as them</source>
        <translation>换另一位员工使用前台：以其账号登录</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/main_window.py" line="134"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/main_window.py" line="142"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/main_window.py" line="143"/>
        <source>&amp;Staff…</source>
        <translation>员工(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/main_window.py" line="145"/>
        <source>S&amp;ervices…</source>
        <translation>服务项目(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/main_window.py" line="147"/>
        <source>Membership &amp;levels…</source>
        <translation>会员等级(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/main_window.py" line="149"/>
        <source>&amp;Packages…</source>
        <translation>次卡(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/main_window.py" line="151"/>
        <source>&amp;Rules…</source>
        <translation>规则(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/main_window.py" line="153"/>
        <source>Automatic &amp;tags…</source>
        <translation>自动标签(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/main_window.py" line="155"/>
        <source>&amp;Commission rules…</source>
        <translation>提成规则(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/main_window.py" line="157"/>
        <source>S&amp;hop…</source>
        <translation>门店(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/main_window.py" line="159"/>
        <source>&amp;Users…</source>
        <translation>用户账号(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/main_window.py" line="161"/>
        <source>&amp;Audit log…</source>
        <translation>操作日志(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/main_window.py" line="165"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/main_window.py" line="166"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>键盘快捷键(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/main_window.py" line="169"/>
        <source>&amp;About Salon CRM…</source>
        <translation>关于美业客户管理(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/main_window.py" line="226"/>
        <source>&lt;h3&gt;Salon CRM {version}&lt;/h3&gt;&lt;p&gt;Customer files, appointments, complaints and satisfaction for one salon, on this computer only.&lt;/p&gt;&lt;p&gt;Data folder: {folder}&lt;br&gt;Data file schema version: {schema}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;美业客户管理 {version}&lt;/h3&gt;&lt;p&gt;一家美容美发店的客户档案、预约、投诉与满意度管理，数据只保存在这台电脑上。&lt;/p&gt;&lt;p&gt;数据文件夹：{folder}&lt;br&gt;数据文件结构版本：{schema}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/main_window.py" line="237"/>
        <source>About Salon CRM</source>
        <translation>关于美业客户管理</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/main_window.py" line="259"/>
        <source>Salon CRM</source>
        <translation>美业客户管理</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/main_window.py" line="306"/>
        <source>Customers {customers} · Visits {visits} · Appointments {appointments} · Tickets {tickets} ({open_tickets} open) · Surveys {surveys}</source>
        <translation>客户 {customers} · 到店 {visits} · 预约 {appointments} · 工单 {tickets}（未关闭 {open_tickets}） · 满意度调查 {surveys}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../salon_crm/ui/settings/users_dialog.py" line="90"/>
        <source>New password for {name}</source>
        <translation>为 {name} 设置新密码</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/users_dialog.py" line="95"/>
        <source>&amp;Password or PIN:</source>
        <translation>密码或 PIN(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/users_dialog.py" line="96"/>
        <source>Password &amp;again:</source>
        <translation>再次输入密码(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../salon_crm/ui/settings/packages_dialog.py" line="62"/>
        <source>Add package</source>
        <translation>添加次卡</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/packages_dialog.py" line="62"/>
        <source>Edit package</source>
        <translation>编辑次卡</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/packages_dialog.py" line="66"/>
        <source>for example Wash x10</source>
        <translation>例如 洗吹十次卡</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/packages_dialog.py" line="77"/>
        <source>for example 300</source>
        <translation>例如 300</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/packages_dialog.py" line="82"/>
        <source>never expires</source>
        <translation>永久有效</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/packages_dialog.py" line="83"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/packages_dialog.py" line="84"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/packages_dialog.py" line="85"/>
        <source>&amp;Service:</source>
        <translation>服务项目(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/packages_dialog.py" line="86"/>
        <source>&amp;Also covers:</source>
        <translation>也可用于(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/packages_dialog.py" line="87"/>
        <source>S&amp;essions:</source>
        <translation>次数(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/packages_dialog.py" line="88"/>
        <source>&amp;Price (¥):</source>
        <translation>价格（¥）(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/packages_dialog.py" line="89"/>
        <source>&amp;Valid for:</source>
        <translation>有效期(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/packages_dialog.py" line="124"/>
        <source>{name} (retired)</source>
        <translation>{name}（已停用）</translation>
    </message>
</context>
<context>
    <name>PlanListDialog</name>
    <message>
        <location filename="../../salon_crm/ui/settings/packages_dialog.py" line="208"/>
        <location filename="../../salon_crm/ui/settings/packages_dialog.py" line="267"/>
        <source>Packages</source>
        <translation>次卡</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/packages_dialog.py" line="213"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/packages_dialog.py" line="214"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/packages_dialog.py" line="215"/>
        <source>&amp;Retire / sell again</source>
        <translation>停售 / 恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/packages_dialog.py" line="225"/>
        <source>A package is sold from the customer&apos;s file and paid at once; each visit of its service then uses a session on the bill. Changing a package here does not change what was already sold.</source>
        <translation>次卡在客户档案中售卖并当场付清；之后每次做该项目时在消费单上抵扣一次。在这里修改次卡不会改变已售出的次卡。</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <location filename="../../salon_crm/ui/settings/packages_dialog.py" line="168"/>
        <source>Package</source>
        <translation>次卡</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/packages_dialog.py" line="169"/>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/packages_dialog.py" line="170"/>
        <source>Sessions</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/packages_dialog.py" line="171"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/packages_dialog.py" line="172"/>
        <source>A session</source>
        <translation>每次</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/packages_dialog.py" line="173"/>
        <source>Valid for</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/packages_dialog.py" line="174"/>
        <source>On sale</source>
        <translation>在售</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/packages_dialog.py" line="189"/>
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/packages_dialog.py" line="189"/>
        <source>never expires</source>
        <translation>永久有效</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/packages_dialog.py" line="198"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/packages_dialog.py" line="198"/>
        <source>Retired</source>
        <translation>已停售</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="50"/>
        <source>Commission rule</source>
        <translation>提成规则</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="55"/>
        <source>Category: {name}</source>
        <translation>类别：{name}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="61"/>
        <source>Service: {name}</source>
        <translation>项目：{name}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="67"/>
        <source>blank: pay by the percentages</source>
        <translation>留空：按比例计算</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="68"/>
        <source>&amp;For:</source>
        <translation>适用于(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="69"/>
        <source>&amp;Requested stylist %:</source>
        <translation>指定技师提成 %(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="70"/>
        <source>Stylist &amp;in turn %:</source>
        <translation>轮牌技师提成 %(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="71"/>
        <source>&amp;Package session %:</source>
        <translation>次卡消耗 %(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="72"/>
        <source>Or a fi&amp;xed ¥ per service:</source>
        <translation>或每次固定金额 ¥(&amp;X)：</translation>
    </message>
</context>
<context>
    <name>RuleListDialog</name>
    <message>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="146"/>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="228"/>
        <source>Commission rules</source>
        <translation>提成规则</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="150"/>
        <source>For</source>
        <translation>适用于</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="150"/>
        <source>Requested</source>
        <translation>指定</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="150"/>
        <source>In turn</source>
        <translation>轮牌</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="150"/>
        <source>Package session</source>
        <translation>次卡消耗</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="150"/>
        <source>Fixed</source>
        <translation>固定金额</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="157"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="158"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="159"/>
        <source>&amp;Retire</source>
        <translation>停用(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="160"/>
        <source>&amp;Sale commission…</source>
        <translation>售卡提成(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="171"/>
        <source>A service&apos;s own rule comes before its category&apos;s. A requested stylist is the customer&apos;s preferred stylist. What a bill earned is kept with it: changing a rule changes bills to come.</source>
        <translation>项目自己的规则优先于所属类别的规则。“指定”指客户的指定技师。每张消费单的提成随单保存：修改规则只影响之后的消费单。</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../salon_crm/ui/settings/rules_dialog.py" line="27"/>
        <source>Shop rules</source>
        <translation>店铺规则</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/rules_dialog.py" line="29"/>
        <source>Principal first, then the bonus</source>
        <translation>先扣本金，再扣赠送金</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/rules_dialog.py" line="30"/>
        <source>Bonus first, then the principal</source>
        <translation>先扣赠送金，再扣本金</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/rules_dialog.py" line="32"/>
        <source>A larger top-up needs the owner&apos;s login</source>
        <translation>超过这个金额的充值需要店主登录</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/rules_dialog.py" line="34"/>
        <source>pay : bonus, for example 1000:200, 3000:800</source>
        <translation>充值 : 赠送，例如 1000:200, 3000:800</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/rules_dialog.py" line="37"/>
        <source> days after the visit</source>
        <translation> 天（到店后）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/rules_dialog.py" line="40"/>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/rules_dialog.py" line="41"/>
        <source> minutes without use</source>
        <translation> 分钟无操作</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/rules_dialog.py" line="44"/>
        <location filename="../../salon_crm/ui/settings/rules_dialog.py" line="89"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/rules_dialog.py" line="52"/>
        <source>{grade} up to </source>
        <translation>{grade} 类至 </translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/rules_dialog.py" line="56"/>
        <source>Card payments &amp;use:</source>
        <translation>储值卡消费(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/rules_dialog.py" line="57"/>
        <source>Front desk top-up &amp;limit (¥):</source>
        <translation>前台充值上限（¥）(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/rules_dialog.py" line="58"/>
        <source>Top-up &amp;bonus:</source>
        <translation>充值赠送(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/rules_dialog.py" line="60"/>
        <source>A membership level&apos;s own rate comes first</source>
        <translation>会员等级有自己的积分比例时以等级为准</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/rules_dialog.py" line="63"/>
        <source>name and month-day, for example Anniversary 05-18</source>
        <translation>名称和月-日，例如 店庆 05-18</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/rules_dialog.py" line="64"/>
        <source>Greeted like the festivals, two weeks before</source>
        <translation>和节日一样，提前两周列入问候名单</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/rules_dialog.py" line="65"/>
        <source>Points per yuan wit&amp;hout a level:</source>
        <translation>无等级顾客每元积分(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/rules_dialog.py" line="66"/>
        <source>&amp;Follow-up call:</source>
        <translation>回访(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/rules_dialog.py" line="67"/>
        <source>…or by ca&amp;tegory:</source>
        <translation>…或按项目类别(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/rules_dialog.py" line="68"/>
        <source>The shop&apos;s &amp;own days:</source>
        <translation>本店自己的日子(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/rules_dialog.py" line="69"/>
        <source>Lock the &amp;window after:</source>
        <translation>锁定窗口(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/rules_dialog.py" line="70"/>
        <source>RFM &amp;counts the last:</source>
        <translation>RFM 统计最近(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/rules_dialog.py" line="71"/>
        <source>&amp;Grades by spend share:</source>
        <translation>按消费占比分级(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/rules_dialog.py" line="88"/>
        <source>as above</source>
        <translation>同上</translation>
    </message>
</context>
<context>
    <name>SaleRatesDialog</name>
    <message>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="116"/>
        <source>Sale commission</source>
        <translation>售卡提成</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="121"/>
        <source>Card &amp;top-up sold %:</source>
        <translation>储值卡充值提成 %(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="122"/>
        <source>&amp;Package sold %:</source>
        <translation>售次卡提成 %(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="124"/>
        <source>Paid to the staff member named as the seller, on the money taken (not the bonus).</source>
        <translation>付给登记为销售人的员工，按实收金额计算（不含赠送金）。</translation>
    </message>
</context>
<context>
    <name>SealWarning</name>
    <message>
        <location filename="../../salon_crm/ui/seal_warning.py" line="22"/>
        <source>The audit log&apos;s entry {detail} was changed.</source>
        <translation>操作记录 {detail} 被改动过。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/seal_warning.py" line="23"/>
        <source>Audit log entries were deleted before {detail}.</source>
        <translation>操作记录 {detail} 之前有条目被删除。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/seal_warning.py" line="24"/>
        <source>The audit log&apos;s entry {detail} was added.</source>
        <translation>操作记录 {detail} 是在软件之外添加的。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/seal_warning.py" line="25"/>
        <source>The newest audit log entries were deleted (the log now ends at {detail}).</source>
        <translation>最新的操作记录被删除了（记录现在止于 {detail}）。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/seal_warning.py" line="28"/>
        <source>A stored value or points row was changed: {detail}.</source>
        <translation>一条储值或积分记录被改动过：{detail}。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/seal_warning.py" line="29"/>
        <source>A stored value or points row was deleted: {detail}.</source>
        <translation>一条储值或积分记录被删除了：{detail}。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/seal_warning.py" line="43"/>
        <source>The data file was edited outside Salon CRM, for example with a database tool:</source>
        <translation>数据文件曾在本软件之外被修改（例如用数据库工具）：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/seal_warning.py" line="46"/>
        <source>The shop opens as usual; check the audit log.</source>
        <translation>店铺照常打开；请查看操作记录。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/seal_warning.py" line="47"/>
        <source>If money was altered, restore a backup from before the change (File → Restore from backup).</source>
        <translation>如果金额被改动，请恢复改动之前的备份（文件 → 从备份恢复）。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/seal_warning.py" line="58"/>
        <source>Salon CRM</source>
        <translation>美业客户管理</translation>
    </message>
</context>
<context>
    <name>SellerBox</name>
    <message>
        <location filename="../../salon_crm/ui/widgets/seller_box.py" line="16"/>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>ServiceItemDialog</name>
    <message>
        <location filename="../../salon_crm/ui/settings/service_dialogs.py" line="53"/>
        <source>Add service</source>
        <translation>新增服务项目</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/service_dialogs.py" line="53"/>
        <source>Edit service</source>
        <translation>编辑服务项目</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/service_dialogs.py" line="63"/>
        <source>for example 68 or 68.50</source>
        <translation>例如 68 或 68.50</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/service_dialogs.py" line="70"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/service_dialogs.py" line="71"/>
        <source>Can be &amp;booked (active)</source>
        <translation>可预约（在用）(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/service_dialogs.py" line="75"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/service_dialogs.py" line="76"/>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/service_dialogs.py" line="77"/>
        <source>&amp;Price (¥):</source>
        <translation>价格（¥）(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/service_dialogs.py" line="78"/>
        <source>&amp;Duration:</source>
        <translation>时长(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>ServiceListDialog</name>
    <message>
        <location filename="../../salon_crm/ui/settings/service_dialogs.py" line="150"/>
        <source>Services</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/service_dialogs.py" line="156"/>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/service_dialogs.py" line="157"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/service_dialogs.py" line="158"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/service_dialogs.py" line="201"/>
        <location filename="../../salon_crm/ui/settings/service_dialogs.py" line="213"/>
        <location filename="../../salon_crm/ui/settings/service_dialogs.py" line="226"/>
        <source>Remove service</source>
        <translation>移除服务项目</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/service_dialogs.py" line="203"/>
        <source>Remove “{name}”? If past visits, bookings or packages use it, it is retired instead: it stays in their history but can no longer be booked.</source>
        <translation>移除“{name}”吗？如果已有消费记录、预约或次卡用到它，它会被停用而不是删除：历史记录中仍保留，但不能再预约。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/service_dialogs.py" line="221"/>
        <source>“{name}” is used by past visits, bookings or packages, so it was retired: it stays in their history but can no longer be booked.</source>
        <translation>“{name}”已被消费记录、预约或次卡使用，因此已停用：历史记录中仍保留，但不能再预约。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/service_dialogs.py" line="225"/>
        <source>“{name}” was deleted.</source>
        <translation>“{name}”已删除。</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <location filename="../../salon_crm/ui/settings/service_model.py" line="40"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/service_model.py" line="41"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/service_model.py" line="42"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/service_model.py" line="43"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/service_model.py" line="44"/>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/service_model.py" line="45"/>
        <source>In use</source>
        <translation>已使用</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/service_model.py" line="72"/>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/service_model.py" line="74"/>
        <location filename="../../salon_crm/ui/settings/service_model.py" line="76"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/service_model.py" line="74"/>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/service_model.py" line="76"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ShopDialog</name>
    <message>
        <location filename="../../salon_crm/ui/settings/shop_dialog.py" line="64"/>
        <source>Shop settings</source>
        <translation>门店设置</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/shop_dialog.py" line="70"/>
        <source>Open on</source>
        <translation>营业日</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/shop_dialog.py" line="71"/>
        <source>Opens</source>
        <translation>开门</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/shop_dialog.py" line="72"/>
        <source>Closes</source>
        <translation>关门</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/shop_dialog.py" line="81"/>
        <source>Shop &amp;name:</source>
        <translation>店名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/shop_dialog.py" line="82"/>
        <source>Opening hours:</source>
        <translation>营业时间：</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../salon_crm/ui/shortcuts.py" line="13"/>
        <source>Anywhere in the window</source>
        <translation>主窗口任意位置</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/shortcuts.py" line="14"/>
        <source>In every form</source>
        <translation>所有表单中</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/shortcuts.py" line="15"/>
        <source>In the booking form</source>
        <translation>预约表单中</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/shortcuts.py" line="16"/>
        <source>In lists and a customer&apos;s history</source>
        <translation>列表和客户历史中</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/shortcuts.py" line="41"/>
        <source>Find a customer: Enter opens the first match</source>
        <translation>查找客户：回车打开第一个结果</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/shortcuts.py" line="42"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/shortcuts.py" line="43"/>
        <source>New booking, from any tab</source>
        <translation>新建预约（任意标签页）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/shortcuts.py" line="44"/>
        <source>Read every list again</source>
        <translation>刷新所有列表</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/shortcuts.py" line="46"/>
        <source>Ctrl+1 … Ctrl+4</source>
        <translation>Ctrl+1 … Ctrl+4</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/shortcuts.py" line="47"/>
        <source>Customers, Appointments, Complaints, Satisfaction tab</source>
        <translation>客户、预约、投诉、满意度标签页</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/shortcuts.py" line="51"/>
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/shortcuts.py" line="52"/>
        <source>This list of shortcuts</source>
        <translation>本快捷键列表</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/shortcuts.py" line="53"/>
        <source>Save the form (as OK does)</source>
        <translation>保存表单（同“确定”）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/shortcuts.py" line="55"/>
        <location filename="../../salon_crm/ui/shortcuts.py" line="84"/>
        <source>Enter</source>
        <translation>回车</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/shortcuts.py" line="56"/>
        <source>Save, once OK is ready</source>
        <translation>保存（“确定”可用时）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/shortcuts.py" line="61"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/shortcuts.py" line="61"/>
        <source>Close without saving</source>
        <translation>关闭且不保存</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/shortcuts.py" line="64"/>
        <source>Alt + underlined letter</source>
        <translation>Alt + 带下划线的字母</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/shortcuts.py" line="65"/>
        <source>Go to that field or press that button</source>
        <translation>跳到该输入框或按下该按钮</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/shortcuts.py" line="70"/>
        <source>jf  Enter</source>
        <translation>jf  回车</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/shortcuts.py" line="71"/>
        <source>Services box: type a name or its pinyin initials, Enter ticks the first shown (usual ones first)</source>
        <translation>项目框：输入名称或拼音首字母，回车勾选显示的第一项（常做项目排在前面）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/shortcuts.py" line="78"/>
        <source>15 · 1530 · +15 · +2 9:30</source>
        <translation>15 · 1530 · +15 · +2 9:30</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/shortcuts.py" line="79"/>
        <source>When box: 15:00, 15:30, tomorrow 15:00, in two days 9:30</source>
        <translation>时间框：15:00、15:30、明天 15:00、两天后 9:30</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/shortcuts.py" line="85"/>
        <source>Open the chosen customer, booking or ticket</source>
        <translation>打开选中的客户、预约或工单</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/shortcuts.py" line="90"/>
        <source>→ or Space  /  ←</source>
        <translation>→ 或空格  /  ←</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/shortcuts.py" line="91"/>
        <source>A customer&apos;s history: open / close a visit&apos;s own rows</source>
        <translation>客户历史：展开 / 收起一次到店的明细</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../salon_crm/ui/shortcuts_dialog.py" line="25"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/shortcuts_dialog.py" line="27"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/shortcuts_dialog.py" line="27"/>
        <source>What they do</source>
        <translation>作用</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../salon_crm/ui/settings/staff_dialogs.py" line="52"/>
        <source>Add staff member</source>
        <translation>新增员工</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/staff_dialogs.py" line="52"/>
        <source>Edit staff member</source>
        <translation>编辑员工</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/staff_dialogs.py" line="74"/>
        <source>Still works &amp;here</source>
        <translation>在职(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/staff_dialogs.py" line="77"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/staff_dialogs.py" line="78"/>
        <source>&amp;Role:</source>
        <translation>职位(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/staff_dialogs.py" line="79"/>
        <source>Skills:</source>
        <translation>技能：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/staff_dialogs.py" line="80"/>
        <source>&amp;Mobile:</source>
        <translation>手机(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>StaffListDialog</name>
    <message>
        <location filename="../../salon_crm/ui/settings/staff_dialogs.py" line="146"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/staff_dialogs.py" line="151"/>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/staff_dialogs.py" line="153"/>
        <source>S&amp;hifts…</source>
        <translation>排班(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/staff_dialogs.py" line="156"/>
        <source>Weekly shifts, single-day changes and time off</source>
        <translation>每周排班、单日调整和请假</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/staff_dialogs.py" line="152"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <location filename="../../salon_crm/ui/settings/staff_model.py" line="35"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/staff_model.py" line="36"/>
        <source>Role</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/staff_model.py" line="37"/>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/staff_model.py" line="38"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/staff_model.py" line="39"/>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/staff_model.py" line="54"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/staff_model.py" line="58"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/staff_model.py" line="58"/>
        <source>No (left)</source>
        <translation>否（已离职）</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="246"/>
        <source>Commission statement</source>
        <translation>提成明细</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="253"/>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="257"/>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="338"/>
        <source>Stylist</source>
        <translation>技师</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="257"/>
        <source>Services</source>
        <translation>服务次数</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="257"/>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="339"/>
        <source>Counted on</source>
        <translation>计提基数</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="257"/>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="340"/>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="357"/>
        <source>Commission</source>
        <translation>提成</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="264"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="315"/>
        <source>No commission this month: a bill earns it when a commission rule covers its service.</source>
        <translation>本月没有提成：消费单的项目有提成规则时才会计提。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="318"/>
        <source>Total commission: {total}</source>
        <translation>提成合计：{total}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="323"/>
        <source>Card top-up sold</source>
        <translation>售储值卡充值</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="324"/>
        <source>Package sold</source>
        <translation>售次卡</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="332"/>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="370"/>
        <source>Export commission</source>
        <translation>导出提成</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="332"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="338"/>
        <source>Visited</source>
        <translation>到店时间</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="338"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="339"/>
        <source>Service</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="339"/>
        <source>Requested</source>
        <translation>指定</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="365"/>
        <source>{count} lines written to {path}</source>
        <translation>已写入 {count} 行：{path}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/commission_dialogs.py" line="373"/>
        <source>Writing {path}…</source>
        <translation>正在写入 {path}…</translation>
    </message>
</context>
<context>
    <name>TagRulesDialog</name>
    <message>
        <location filename="../../salon_crm/ui/settings/tag_rules_dialog.py" line="26"/>
        <source>Automatic tags</source>
        <translation>自动标签</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/tag_rules_dialog.py" line="29"/>
        <source>The shop sets these tags from each customer&apos;s bills; they cannot be set by hand. Saving works them out again for every customer.</source>
        <translation>这些标签由系统根据每位客户的消费记录自动设置，不能手动添加。保存后会为所有客户重新计算。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/tag_rules_dialog.py" line="37"/>
        <source>Spent in the last 365 days, in yuan</source>
        <translation>最近 365 天内的消费金额（元）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/tag_rules_dialog.py" line="39"/>
        <source> visits in 180 days</source>
        <translation> 次（180 天内到店）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/tag_rules_dialog.py" line="40"/>
        <source> days without a visit</source>
        <translation> 天未到店</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/tag_rules_dialog.py" line="41"/>
        <source> days since the first visit</source>
        <translation> 天内首次到店</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/tag_rules_dialog.py" line="42"/>
        <source> days of such a service</source>
        <translation> 天内做过该类项目</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/tag_rules_dialog.py" line="48"/>
        <source>{colour}, {perm}, {skin} — within:</source>
        <translation>{colour}、{perm}、{skin} —— 时间范围：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/tag_rules_dialog.py" line="43"/>
        <source>spent at least (¥):</source>
        <translation>消费至少（¥）：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/tag_rules_dialog.py" line="44"/>
        <source>at least:</source>
        <translation>至少：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/tag_rules_dialog.py" line="45"/>
        <source>after:</source>
        <translation>超过：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/tag_rules_dialog.py" line="46"/>
        <source>for:</source>
        <translation>首次到店后：</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../salon_crm/ui/settings/users_dialog.py" line="38"/>
        <source>Add login</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/users_dialog.py" line="49"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/users_dialog.py" line="59"/>
        <source>&amp;Login name:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/users_dialog.py" line="60"/>
        <source>&amp;Shown as:</source>
        <translation>显示名称(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/users_dialog.py" line="61"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/users_dialog.py" line="62"/>
        <source>S&amp;taff member:</source>
        <translation>对应员工(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/users_dialog.py" line="63"/>
        <source>&amp;Password or PIN:</source>
        <translation>密码或 PIN(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/users_dialog.py" line="64"/>
        <source>Password &amp;again:</source>
        <translation>再次输入密码(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../salon_crm/ui/settings/users_dialog.py" line="110"/>
        <location filename="../../salon_crm/ui/settings/users_dialog.py" line="226"/>
        <source>Users</source>
        <translation>用户账号</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/users_dialog.py" line="114"/>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/users_dialog.py" line="114"/>
        <source>Shown as</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/users_dialog.py" line="114"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/users_dialog.py" line="114"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/users_dialog.py" line="122"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/users_dialog.py" line="125"/>
        <location filename="../../salon_crm/ui/settings/users_dialog.py" line="176"/>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/users_dialog.py" line="127"/>
        <source>New &amp;password…</source>
        <translation>新密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/users_dialog.py" line="134"/>
        <source>Stylists may log in with a 4–6 digit P&amp;IN instead of a password</source>
        <translation>技师可以用 4–6 位数字密码(&amp;I)代替密码登录</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/users_dialog.py" line="161"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/users_dialog.py" line="161"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/settings/users_dialog.py" line="176"/>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../salon_crm/ui/app.py" line="123"/>
        <source>Salon CRM</source>
        <translation>美业客户管理</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../salon_crm/ui/tasks.py" line="151"/>
        <source>Salon CRM</source>
        <translation>美业客户管理</translation>
    </message>
</context>
</TS>
