<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>SatisfactionTab</name>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/tab.py" line="16"/>
        <source>Scores from 1 (poor) to 5 (excellent); newest first.</source>
        <translation>评分 1（很差）至 5（很好）；最新的在前。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/tab.py" line="20"/>
        <source>Answers shown: {count}</source>
        <translation>显示答卷：{count}</translation>
    </message>
</context>
<context>
    <name>SurveyTableModel</name>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/table_model.py" line="56"/>
        <source>Answered</source>
        <translation>答复时间</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/table_model.py" line="57"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/table_model.py" line="58"/>
        <source>Stylist</source>
        <translation>技师</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/table_model.py" line="59"/>
        <source>Overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/table_model.py" line="60"/>
        <source>Skill</source>
        <translation>技术</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/table_model.py" line="61"/>
        <source>Attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/table_model.py" line="62"/>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/table_model.py" line="63"/>
        <source>Waiting</source>
        <translation>等待时间</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/table_model.py" line="64"/>
        <source>Value</source>
        <translation>性价比</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/table_model.py" line="65"/>
        <source>Recommend (0-10)</source>
        <translation>推荐意愿 (0-10)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/satisfaction/table_model.py" line="66"/>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
</context>
</TS>
