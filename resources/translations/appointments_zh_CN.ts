<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppointmentTableModel</name>
    <message>
        <location filename="../../salon_crm/ui/appointments/table_model.py" line="75"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/table_model.py" line="76"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/table_model.py" line="77"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/table_model.py" line="78"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/table_model.py" line="79"/>
        <source>Stylist</source>
        <translation>技师</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/table_model.py" line="80"/>
        <source>Services</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/table_model.py" line="81"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/table_model.py" line="82"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>AppointmentsTab</name>
    <message>
        <location filename="../../salon_crm/ui/appointments/tab.py" line="29"/>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/tab.py" line="31"/>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/tab.py" line="33"/>
        <source>&amp;Next two weeks</source>
        <translation>今后两周(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/tab.py" line="34"/>
        <source>Today and the next 14 days</source>
        <translation>今天及之后 14 天</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/tab.py" line="69"/>
        <source>Appointments: {count}</source>
        <translation>预约：{count}</translation>
    </message>
</context>
</TS>
