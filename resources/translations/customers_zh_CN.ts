<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
</TS>
