<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../salon_crm/ui/backup/actions.py" line="37"/>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/actions.py" line="38"/>
        <source>Copy the shop&apos;s data into the backups folder and check the copy</source>
        <translation>把店铺数据复制到备份文件夹并检查副本</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/actions.py" line="40"/>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/actions.py" line="41"/>
        <source>Replace the shop&apos;s data with a backup (owner only)</source>
        <translation>用一个备份替换店铺数据（仅店主）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/actions.py" line="68"/>
        <location filename="../../salon_crm/ui/backup/actions.py" line="97"/>
        <location filename="../../salon_crm/ui/backup/actions.py" line="119"/>
        <source>Salon CRM</source>
        <translation>美业客户管理</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/actions.py" line="76"/>
        <source>Backing up the shop&apos;s data…</source>
        <translation>正在备份店铺数据…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/actions.py" line="79"/>
        <source>The backup was written and checked: {path}
{counts}</source>
        <translation>备份已写入并通过检查：{path}
{counts}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/actions.py" line="83"/>
        <source>Also copied to the second backup folder: {path}</source>
        <translation>也已复制到第二备份文件夹：{path}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/actions.py" line="86"/>
        <source>Backup written to {path}</source>
        <translation>备份已写入 {path}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/actions.py" line="88"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/actions.py" line="108"/>
        <source>Checking and restoring the backup…</source>
        <translation>正在检查并恢复备份…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/actions.py" line="125"/>
        <source>The data it replaced was kept as {path}.</source>
        <translation>被替换的数据保存为 {path}。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/actions.py" line="128"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/actions.py" line="129"/>
        <source>The shop now holds the data of {path}:
{counts}
{kept}</source>
        <translation>店铺现在的数据来自 {path}：
{counts}
{kept}</translation>
    </message>
</context>
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
        <source>The second backup folder {folder} is not there (is the USB stick plugged in, or the drive connected?). The backup in the data folder was written; no second copy was made.</source>
        <translation>第二备份文件夹 {folder} 不存在（U 盘插好了吗？驱动器连接了吗？）。数据文件夹中的备份已写入；没有制作第二份副本。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/messages.py" line="43"/>
        <source>The disk holding the second backup folder {folder} is full. The backup in the data folder was written; no second copy was made.</source>
        <translation>第二备份文件夹 {folder} 所在的磁盘已满。数据文件夹中的备份已写入；没有制作第二份副本。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/messages.py" line="48"/>
        <source>The second backup folder {folder} cannot be written to. The backup in the data folder was written; no second copy was made.</source>
        <translation>无法写入第二备份文件夹 {folder}。数据文件夹中的备份已写入；没有制作第二份副本。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/messages.py" line="53"/>
        <source>Copying the backup into the second backup folder {folder} failed ({reason}). The backup in the data folder was written.</source>
        <translation>把备份复制到第二备份文件夹 {folder} 失败（{reason}）。数据文件夹中的备份已写入。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/messages.py" line="58"/>
        <source>Choose the second backup folder with its full path (not {folder}).</source>
        <translation>请用完整路径选择第二备份文件夹（而不是 {folder}）。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/messages.py" line="61"/>
        <source>The folder {folder} is not there: plug in the USB stick or connect the drive, then choose it.</source>
        <translation>文件夹 {folder} 不存在：请插好 U 盘或连接驱动器，然后再选择它。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/messages.py" line="64"/>
        <source>The folder {folder} cannot be written to ({reason}): choose another one for the second backups.</source>
        <translation>无法写入文件夹 {folder}（{reason}）：请为第二备份另选一个文件夹。</translation>
    </message>
</context>
<context>
    <name>ExitBackup</name>
    <message>
        <location filename="../../salon_crm/ui/backup/exit_backup.py" line="25"/>
        <source>Backing up the shop&apos;s data before closing…</source>
        <translation>关闭前正在备份店铺数据…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/exit_backup.py" line="27"/>
        <source>Salon CRM</source>
        <translation>美业客户管理</translation>
    </message>
</context>
<context>
    <name>PlaceWarning</name>
    <message>
        <location filename="../../salon_crm/ui/backup/place_warning.py" line="19"/>
        <source>The shop&apos;s data folder {folder} is inside a {service} folder.</source>
        <translation>店铺的数据文件夹 {folder} 位于 {service} 同步文件夹中。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/place_warning.py" line="23"/>
        <source>The shop&apos;s data folder {folder} is on a network drive.</source>
        <translation>店铺的数据文件夹 {folder} 位于网络驱动器上。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/place_warning.py" line="26"/>
        <source>The shop&apos;s data folder {folder} holds unfinished changes left by the computer “{computer}”: the data file is being used from more than one computer.</source>
        <translation>店铺的数据文件夹 {folder} 中有电脑“{computer}”留下的未完成更改：这个数据文件正被多台电脑使用。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/place_warning.py" line="47"/>
        <source>Backup at start</source>
        <translation>启动时的备份</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/place_warning.py" line="55"/>
        <source>SQLite data files in synced folders, on network drives or shared between computers can be damaged. Keep the data folder on this computer, and send backups to the shared place instead (Settings → Shop… → Second backup folder).</source>
        <translation>放在同步文件夹、网络驱动器上或由多台电脑共用的 SQLite 数据文件可能会损坏。请把数据文件夹放在本机上，改为把备份发送到共享位置（设置 → 门店… → 第二备份文件夹）。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/place_warning.py" line="61"/>
        <source>Where the shop&apos;s data is kept</source>
        <translation>店铺数据的存放位置</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../salon_crm/ui/backup/restore_dialog.py" line="27"/>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/restore_dialog.py" line="28"/>
        <source>{customers} customers · {records} bills · {appointments} appointments · {tickets} tickets</source>
        <translation>{customers} 位客户 · {records} 张账单 · {appointments} 个预约 · {tickets} 张工单</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/restore_dialog.py" line="40"/>
        <source>first start of the day</source>
        <translation>当天首次启动</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/restore_dialog.py" line="41"/>
        <source>on exit</source>
        <translation>退出时</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/restore_dialog.py" line="42"/>
        <source>by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/restore_dialog.py" line="43"/>
        <source>before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/restore_dialog.py" line="44"/>
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/restore_dialog.py" line="45"/>
        <source>before a merge</source>
        <translation>合并前</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/restore_dialog.py" line="46"/>
        <source>before an erasure</source>
        <translation>清除前</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/restore_dialog.py" line="49"/>
        <source>before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/restore_dialog.py" line="64"/>
        <location filename="../../salon_crm/ui/backup/restore_dialog.py" line="125"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/restore_dialog.py" line="69"/>
        <source>The shop&apos;s data will be replaced by the backup you choose. The current data is backed up first, and a backup that fails its check changes nothing.</source>
        <translation>店铺数据将被您选择的备份替换。当前数据会先备份；未通过检查的备份不会改变任何内容。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/restore_dialog.py" line="76"/>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/restore_dialog.py" line="76"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/restore_dialog.py" line="76"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/restore_dialog.py" line="76"/>
        <source>Holds</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/restore_dialog.py" line="83"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/restore_dialog.py" line="104"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/restore_dialog.py" line="113"/>
        <source>There is no backup in {folder} yet.</source>
        <translation>{folder} 中还没有备份。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/restore_dialog.py" line="126"/>
        <source>Replace the shop&apos;s data with the backup taken {taken} ({counts})?</source>
        <translation>用 {taken} 的备份（{counts}）替换店铺数据吗？</translation>
    </message>
</context>
<context>
    <name>SecondFolderField</name>
    <message>
        <location filename="../../salon_crm/ui/backup/second_folder.py" line="12"/>
        <source>Second &amp;backup folder:</source>
        <translation>第二备份文件夹(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/second_folder.py" line="28"/>
        <source>None: backups stay in the data folder only</source>
        <translation>无：备份只保存在数据文件夹中</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/second_folder.py" line="31"/>
        <source>Each backup is also copied here and checked: a USB stick, or a synced folder such as OneDrive. Keep the shop&apos;s data itself on this computer.</source>
        <translation>每个备份也会复制到这里并经过检查：可以是 U 盘，或 OneDrive 之类的同步文件夹。店铺数据本身请保存在本机上。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/second_folder.py" line="35"/>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/second_folder.py" line="36"/>
        <source>Clea&amp;r</source>
        <translation>清除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/backup/second_folder.py" line="59"/>
        <source>Second backup folder</source>
        <translation>第二备份文件夹</translation>
    </message>
</context>
</TS>
