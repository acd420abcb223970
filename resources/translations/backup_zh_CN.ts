<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Errors</name>
    <message>
        <location filename="../../salon_crm/ui/backup/messages.py" line="8"/>
        <source>The data file {path} is empty (0 bytes). It was not opened and not replaced by an empty shop: restore a backup, or move the file away to start a new shop.</source>
        <translation>数据文件 {path} 是空的（0 字节）。它没有被打开，也没有被一个空店铺替换：请恢复一个备份，或把该文件移走以新建店铺。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/messages.py" line="13"/>
        <source>The file {path} is not a Salon CRM data file. It was not opened and not changed.</source>
        <translation>文件 {path} 不是本软件的数据文件。它没有被打开，也没有被更改。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/messages.py" line="16"/>
        <source>The data file {path} is damaged ({detail}). Nothing was opened and nothing was written to it. The newest backup that passes the check is {backup}: restore it with “salon-crm restore {backup}”.</source>
        <translation>数据文件 {path} 已损坏（{detail}）。没有打开任何内容，也没有向它写入任何内容。通过检查的最新备份是 {backup}：请用“salon-crm restore {backup}”恢复它。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/messages.py" line="22"/>
        <source>The data file {path} is damaged ({detail}). Nothing was opened and nothing was written to it. No backup passes the check; keep a copy of the file and ask for help.</source>
        <translation>数据文件 {path} 已损坏（{detail}）。没有打开任何内容，也没有向它写入任何内容。没有能通过检查的备份；请保留该文件的副本并寻求帮助。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/messages.py" line="27"/>
        <source>The disk holding {folder} is full. Nothing was written.</source>
        <translation>{folder} 所在的磁盘已满。没有写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/messages.py" line="28"/>
        <source>The folder {folder} cannot be written to. Nothing was written.</source>
        <translation>无法写入文件夹 {folder}。没有写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/messages.py" line="29"/>
        <source>Writing to {folder} failed ({reason}). Nothing was written.</source>
        <translation>写入 {folder} 失败（{reason}）。没有写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/messages.py" line="30"/>
        <source>The copy {path} failed its check ({detail}) and was removed.</source>
        <translation>副本 {path} 未通过检查（{detail}），已删除。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/messages.py" line="31"/>
        <source>The data file {path} cannot be backed up: it is damaged ({detail}).</source>
        <translation>数据文件 {path} 无法备份：它已损坏（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/messages.py" line="34"/>
        <source>The backup {path} no longer exists.</source>
        <translation>备份 {path} 已不存在。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/messages.py" line="35"/>
        <source>The backup {path} fails the check ({detail}). The shop&apos;s data was not changed.</source>
        <translation>备份 {path} 未通过检查（{detail}）。店铺数据没有被更改。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/messages.py" line="38"/>
        <source>Only the owner may restore a backup.</source>
        <translation>只有店主可以恢复备份。</translation>
    </message>
</context>
</TS>
