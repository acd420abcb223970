<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>TicketTableModel</name>
    <message>
        <location filename="../../salon_crm/ui/tickets/table_model.py" line="63"/>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/table_model.py" line="64"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/table_model.py" line="65"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/table_model.py" line="66"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/table_model.py" line="67"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/table_model.py" line="68"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/table_model.py" line="69"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/table_model.py" line="70"/>
        <source>Resolve by</source>
        <translation>处理期限</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/table_model.py" line="71"/>
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/table_model.py" line="92"/>
        <source>Overdue: it should have been resolved by {due}</source>
        <translation>已超时：应在 {due} 前处理完毕</translation>
    </message>
</context>
<context>
    <name>TicketsTab</name>
    <message>
        <location filename="../../salon_crm/ui/tickets/tab.py" line="16"/>
        <source>Open tickets first, the most urgent on top.</source>
        <translation>未关闭的工单在前，最紧急的在最上面。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/tickets/tab.py" line="23"/>
        <source>Tickets shown: {count}, overdue: {overdue}</source>
        <translation>显示工单：{count}，已超时：{overdue}</translation>
    </message>
</context>
</TS>
