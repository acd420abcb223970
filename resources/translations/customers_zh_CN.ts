<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="79"/>
        <source>New customer</source>
        <translation>新建客户档案</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="79"/>
        <source>Edit customer file</source>
        <translation>编辑客户档案</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="119"/>
        <source>year not given</source>
        <translation>年份未填</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="122"/>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="127"/>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="229"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="135"/>
        <source>138 0013 8000, +86…, or a landline</source>
        <translation>138 0013 8000、+86…或座机</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="149"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="150"/>
        <source>&amp;Gender:</source>
        <translation>性别(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="151"/>
        <source>&amp;Birthday:</source>
        <translation>生日(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="152"/>
        <source>&amp;Mobile:</source>
        <translation>手机(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="154"/>
        <source>&amp;WeChat:</source>
        <translation>微信(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="155"/>
        <source>E&amp;mail:</source>
        <translation>邮箱(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="156"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="157"/>
        <source>&amp;Occupation:</source>
        <translation>职业(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="158"/>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="159"/>
        <source>&amp;Referred by:</source>
        <translation>介绍人(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="160"/>
        <source>Preferred s&amp;tylist:</source>
        <translation>指定技师(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="161"/>
        <source>Membership &amp;level:</source>
        <translation>会员等级(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="166"/>
        <source>for example 敏感肌, 油性</source>
        <translation>例如 敏感肌、油性</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="168"/>
        <source>for example 细软, 受损</source>
        <translation>例如 细软、受损</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="170"/>
        <source>Shown as a warning wherever the customer appears</source>
        <translation>凡出现该客户处都会显示警示</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="172"/>
        <source>Hair-colour formula, products liked</source>
        <translation>染发配方、喜欢的产品</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="174"/>
        <source>Agrees to marketing messages, since</source>
        <translation>同意接收营销信息，日期</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="187"/>
        <source>S&amp;kin type:</source>
        <translation>肤质(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="188"/>
        <source>&amp;Hair type:</source>
        <translation>发质(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="189"/>
        <source>All&amp;ergies:</source>
        <translation>过敏史(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="190"/>
        <source>&amp;Preferences:</source>
        <translation>偏好(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="191"/>
        <source>Note&amp;s:</source>
        <translation>备注(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="192"/>
        <source>Marketing:</source>
        <translation>营销同意：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="213"/>
        <source>&amp;Open that customer</source>
        <translation>打开该客户档案(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="215"/>
        <source>Save &amp;anyway</source>
        <translation>仍然保存(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="232"/>
        <source>No level</source>
        <translation>无等级</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="306"/>
        <source>Saved as {phone}</source>
        <translation>将保存为 {phone}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="338"/>
        <source>This looks like a customer already on file:</source>
        <translation>该客户可能已有档案：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="345"/>
        <source>{name} ({phone}): the same mobile</source>
        <translation>{name}（{phone}）：手机号相同</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="346"/>
        <source>{name} ({phone}): the same name and birthday</source>
        <translation>{name}（{phone}）：姓名和生日相同</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/profile_dialog.py" line="347"/>
        <source>no phone</source>
        <translation>无手机</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../salon_crm/ui/customers/table_model.py" line="75"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/table_model.py" line="76"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/table_model.py" line="77"/>
        <source>Level</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/table_model.py" line="78"/>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/table_model.py" line="79"/>
        <source>Visits</source>
        <translation>到店次数</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/table_model.py" line="80"/>
        <source>Total spent</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/table_model.py" line="81"/>
        <source>Balance</source>
        <translation>储值余额</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/table_model.py" line="82"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/table_model.py" line="83"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/table_model.py" line="130"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/table_model.py" line="138"/>
        <source>Allergies: {allergies}</source>
        <translation>过敏史：{allergies}</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <location filename="../../salon_crm/ui/customers/tab.py" line="24"/>
        <source>Search by name, pinyin initials (zs), mobile or WeChat</source>
        <translation>按姓名、拼音首字母（zs）、手机或微信搜索</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/tab.py" line="27"/>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/tab.py" line="75"/>
        <source>Customers found: {count}</source>
        <translation>找到客户：{count}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/tab.py" line="77"/>
        <source>Customers: {count}</source>
        <translation>客户：{count}</translation>
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
        <source>The note can have at most {max} characters.</source>
        <translation>备注最多 {max} 个字。</translation>
    </message>
</context>
<context>
    <name>ServiceRecordDialog</name>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="85"/>
        <source>New service record</source>
        <translation>新增消费记录</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="85"/>
        <source>Edit service record</source>
        <translation>修改消费记录</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="127"/>
        <source>Service item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="128"/>
        <source>Stylist</source>
        <translation>技师</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="129"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="130"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="131"/>
        <source>Line discount</source>
        <translation>单项优惠</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="132"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="145"/>
        <source>&amp;Add line</source>
        <translation>添加项目(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="147"/>
        <source>&amp;Remove line</source>
        <translation>删除项目(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="175"/>
        <source>Colour formula, products used</source>
        <translation>染膏配方、所用产品</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="181"/>
        <source>Discount on the &amp;bill (¥):</source>
        <translation>整单优惠（¥）(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="182"/>
        <source>&amp;Payment:</source>
        <translation>付款方式(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="184"/>
        <source>&amp;Visited at:</source>
        <translation>到店时间(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="185"/>
        <source>P&amp;roducts used:</source>
        <translation>所用产品(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="186"/>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="203"/>
        <source>Customer: {facts}</source>
        <translation>客户：{facts}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="205"/>
        <source>⚠ Allergies: {allergies}</source>
        <translation>⚠ 过敏史：{allergies}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="235"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="354"/>
        <source>Card balance: {balance}</source>
        <translation>储值余额：{balance}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/customers/record_dialog.py" line="365"/>
        <source>Subtotal {subtotal} − discount {discount} = total {total}</source>
        <translation>小计 {subtotal} − 优惠 {discount} = 实收 {total}</translation>
    </message>
</context>
</TS>
