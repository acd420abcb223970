<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Errors</name>
    <message>
        <location filename="../../salon_crm/ui/excel/messages.py" line="8"/>
        <source>The file {file} does not exist.</source>
        <translation>文件 {file} 不存在。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/messages.py" line="9"/>
        <source>The file {file} cannot be read: {reason}.</source>
        <translation>无法读取文件 {file}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/messages.py" line="10"/>
        <source>The file {file} is empty.</source>
        <translation>文件 {file} 是空的。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/messages.py" line="11"/>
        <source>The file {file} is damaged or not a workbook (was it copied completely?).</source>
        <translation>文件 {file} 已损坏或不是工作簿（是否完整复制？）。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/messages.py" line="14"/>
        <source>The file {file} is not an .xlsx workbook or a CSV file.</source>
        <translation>文件 {file} 不是 .xlsx 工作簿或 CSV 文件。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/messages.py" line="15"/>
        <source>The file {file} is an old-style .xls workbook: open it in Excel or WPS and save it as .xlsx, then import that.</source>
        <translation>文件 {file} 是旧版 .xls 工作簿：请在 Excel 或 WPS 中打开并另存为 .xlsx，再导入该文件。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/messages.py" line="20"/>
        <source>The file {file} is protected by a password: open it in Excel or WPS, remove the password, save, and import again.</source>
        <translation>文件 {file} 设有密码：请在 Excel 或 WPS 中打开、取消密码并保存后再导入。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/messages.py" line="25"/>
        <source>The file {file} is larger than {megabytes} MB unpacked.</source>
        <translation>文件 {file} 解压后超过 {megabytes} MB。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/messages.py" line="26"/>
        <source>The sheet in {file} has more than {max} rows; split it into smaller files.</source>
        <translation>{file} 的工作表超过 {max} 行，请拆分成较小的文件。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/messages.py" line="29"/>
        <source>Row {row} of {file} has values after {empty} empty rows: delete that row or move it up, then import again.</source>
        <translation>{file} 的第 {row} 行在 {empty} 个空行之后还有内容：请删除该行或把它移到上面，再重新导入。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/messages.py" line="33"/>
        <source>Row {line} is not a possible duplicate: there is nothing to decide for it.</source>
        <translation>第 {line} 行不是可能重复的客户，无需选择。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/messages.py" line="36"/>
        <source>Row {row} of {file} has values after its first {max} columns, which are all that is read: move or delete them, then import again.</source>
        <translation>{file} 的第 {row} 行在前 {max} 列之后还有内容（只读取前 {max} 列）：请移动或删除这些内容后再导入。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/messages.py" line="41"/>
        <source>The sheet in {file} has {cells} cells, more than {max}; split it into smaller files.</source>
        <translation>{file} 的工作表有 {cells} 个单元格，超过 {max} 个，请拆分成较小的文件。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/messages.py" line="44"/>
        <source>The file {file} could not be read within {megabytes} MB of memory: open it in Excel or WPS, save it again as .xlsx (or CSV UTF-8), and import that.</source>
        <translation>无法在 {megabytes} MB 内存内读取文件 {file}：请在 Excel 或 WPS 中打开，另存为 .xlsx（或 CSV UTF-8）后再导入。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/messages.py" line="49"/>
        <source>The file {file} has no rows to import.</source>
        <translation>文件 {file} 中没有可导入的行。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/messages.py" line="50"/>
        <source>The file {file} has no sheet named {sheet}.</source>
        <translation>文件 {file} 中没有名为 {sheet} 的工作表。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/messages.py" line="51"/>
        <source>The text encoding of {file} is not UTF-8 or GB18030/GBK; save it again as CSV UTF-8.</source>
        <translation>{file} 的编码既不是 UTF-8 也不是 GB18030/GBK，请另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/messages.py" line="54"/>
        <source>The text of {file} looks like {seen}, not Chinese or UTF-8: save it again as CSV UTF-8 and import that.</source>
        <translation>{file} 的文字看来是 {seen} 编码，不是中文或 UTF-8：请另存为 “CSV UTF-8” 后再导入。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/messages.py" line="58"/>
        <source>No customer columns (a name, a phone…) were found in {file}: is it a customer list?</source>
        <translation>在 {file} 中找不到客户信息列（姓名、手机等），这是客户名单吗？</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/messages.py" line="61"/>
        <source>Choose whether to skip or update existing customers.</source>
        <translation>请选择跳过还是更新已有客户。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/messages.py" line="62"/>
        <source>There is no membership level named {level}: it is kept in the notes.</source>
        <translation>没有名为“{level}”的会员等级：已记入备注。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/messages.py" line="65"/>
        <source>The phone {phone} is too short to be anyone&apos;s number: imported as written, check it.</source>
        <translation>电话 {phone} 太短，不像真实号码：已按原样导入，请核对。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/messages.py" line="68"/>
        <source>A customer named {name} with the same birthday is already on file: imported as a new customer; merge the two if they are one person.</source>
        <translation>已有同名同生日的客户 {name}：已作为新客户导入；如是同一人请合并。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/messages.py" line="73"/>
        <source>Same name and birthday as row {line}: imported as a separate customer; merge them if they are one person.</source>
        <translation>与第 {line} 行同名同生日：已作为另一位客户导入；如是同一人请合并。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/messages.py" line="77"/>
        <source>The date {value} cannot be read.</source>
        <translation>无法识别日期 {value}。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/messages.py" line="78"/>
        <source>The gender {value} cannot be read.</source>
        <translation>无法识别性别 {value}。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/messages.py" line="79"/>
        <source>The amount {value} is negative.</source>
        <translation>金额 {value} 为负数。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/messages.py" line="80"/>
        <source>The number {value} is not a whole number of at least 0.</source>
        <translation>{value} 不是非负整数。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/messages.py" line="81"/>
        <source>A text of {length} characters is longer than an Excel cell holds ({max}); nothing was written.</source>
        <translation>有一段文字长 {length} 字，超过 Excel 单元格上限（{max}），未写入文件。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/messages.py" line="84"/>
        <source>A customer being imported already has balance entries; nothing was written.</source>
        <translation>要导入的客户已有余额记录，未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/messages.py" line="87"/>
        <source>No service-record columns (a date, a service, an amount, and a name or mobile) were found in {file}.</source>
        <translation>在 {file} 中找不到消费记录列（日期、项目、金额，以及姓名或手机）。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/messages.py" line="91"/>
        <source>The date of the visit is missing.</source>
        <translation>缺少消费日期。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/messages.py" line="92"/>
        <source>No single customer matches {name} {phone}: import the customers first.</source>
        <translation>找不到唯一对应 {name} {phone} 的客户，请先导入客户。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/messages.py" line="95"/>
        <source>There is no service item named {item}.</source>
        <translation>没有名为“{item}”的服务项目。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/messages.py" line="96"/>
        <source>There is no member of staff named {name}.</source>
        <translation>没有名为“{name}”的员工。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/messages.py" line="97"/>
        <source>The month {month} is not a month like 2026-10.</source>
        <translation>月份 {month} 无效，应写作 2026-10。</translation>
    </message>
</context>
<context>
    <name>ExportList</name>
    <message>
        <location filename="../../salon_crm/ui/excel/export.py" line="86"/>
        <location filename="../../salon_crm/ui/excel/export.py" line="94"/>
        <location filename="../../salon_crm/ui/excel/export.py" line="127"/>
        <source>Export list</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/export.py" line="87"/>
        <source>This tab has no list to export.</source>
        <translation>此标签页没有可导出的列表。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/export.py" line="96"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/export.py" line="121"/>
        <source>{count} rows exported to {path}</source>
        <translation>已导出 {count} 行到 {path}</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="127"/>
        <source>Choose the customer list</source>
        <translation>选择客户名单</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="128"/>
        <source>An .xlsx workbook from Excel, WPS or LibreOffice, or a .csv file.</source>
        <translation>Excel、WPS 或 LibreOffice 保存的 .xlsx 工作簿，或 .csv 文件。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="130"/>
        <source>Path of the file</source>
        <translation>文件路径</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="132"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="142"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="143"/>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="150"/>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="152"/>
        <source>Workbooks and CSV files (*.xlsx *.xlsm *.csv);;All files (*)</source>
        <translation>工作簿和 CSV 文件 (*.xlsx *.xlsm *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="170"/>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="192"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="179"/>
        <source>(CSV file)</source>
        <translation>（CSV 文件）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="199"/>
        <source>Rows under the header in row {header}: {rows}; columns recognised: {columns}.</source>
        <translation>表头在第 {header} 行，其下 {rows} 行，识别出 {columns} 列。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="68"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="69"/>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="70"/>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="71"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="72"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="73"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="74"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="75"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="76"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="77"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="78"/>
        <source>Membership level</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="79"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="80"/>
        <source>Skin type</source>
        <translation>肤质</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="81"/>
        <source>Hair type</source>
        <translation>发质</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="82"/>
        <source>Allergies</source>
        <translation>过敏史</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="83"/>
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="84"/>
        <source>Stored value (principal)</source>
        <translation>储值余额（本金）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="85"/>
        <source>Bonus balance</source>
        <translation>赠送金</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="86"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="87"/>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="90"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="91"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="92"/>
        <source>Already in the shop (skipped)</source>
        <translation>店内已有（跳过）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="93"/>
        <source>Repeated in the file (skipped)</source>
        <translation>文件内重复（跳过）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="94"/>
        <source>Possible duplicate (skipped)</source>
        <translation>可能重复（已跳过）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="95"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="560"/>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="223"/>
        <source>Match the columns</source>
        <translation>核对列</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="224"/>
        <source>Check which customer field each column of the sheet fills.</source>
        <translation>请核对工作表的每一列对应客户的哪一项。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="226"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="226"/>
        <source>First value</source>
        <translation>首行数值</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="226"/>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="229"/>
        <source>Skip customers already in the shop</source>
        <translation>跳过店内已有的客户</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="231"/>
        <source>Update customers already in the shop with the file&apos;s values</source>
        <translation>用文件中的数值更新店内已有的客户</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="282"/>
        <source>Choose the column that holds the customer&apos;s name.</source>
        <translation>请选择包含客户姓名的列。</translation>
    </message>
</context>
<context>
    <name>MonthlyReportDialog</name>
    <message>
        <location filename="../../salon_crm/ui/excel/report_dialog.py" line="40"/>
        <source>Monthly report</source>
        <translation>月度报表</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/report_dialog.py" line="46"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/report_dialog.py" line="51"/>
        <source>Write report</source>
        <translation>生成报表</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/report_dialog.py" line="58"/>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/report_dialog.py" line="59"/>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/report_dialog.py" line="72"/>
        <source>monthly-report-{month}.xlsx</source>
        <translation>月度报表-{month}.xlsx</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/report_dialog.py" line="76"/>
        <source>Save the monthly report</source>
        <translation>保存月度报表</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/report_dialog.py" line="76"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/report_dialog.py" line="84"/>
        <source>Choose where to save the report.</source>
        <translation>请选择报表的保存位置。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/report_dialog.py" line="90"/>
        <source>Writing the report for {month}…</source>
        <translation>正在生成 {month} 的报表…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/report_dialog.py" line="100"/>
        <source>Report saved to {path}</source>
        <translation>报表已保存到 {path}</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="303"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="303"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="303"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="303"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="303"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="319"/>
        <source>Possible duplicate (imported)</source>
        <translation>可能重复（仍导入）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="332"/>
        <source>Same customer as row {line}</source>
        <translation>与第 {line} 行是同一客户</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="336"/>
        <source>Same mobile as a customer in the shop</source>
        <translation>与店内客户手机号相同</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="338"/>
        <source>Same name and birthday as a customer in the shop</source>
        <translation>与店内客户姓名和生日相同</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="348"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="349"/>
        <source>Nothing has been written yet. Import writes all of this at once, or nothing.</source>
        <translation>尚未写入任何数据。导入会一次全部写入，或全部不写入。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="360"/>
        <source>Save rejected rows…</source>
        <translation>保存未导入的行…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="363"/>
        <source>S&amp;kip these rows</source>
        <translation>跳过这些行(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="364"/>
        <source>Do not import the selected possible duplicates</source>
        <translation>不导入所选的可能重复行</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="365"/>
        <source>Import &amp;anyway</source>
        <translation>仍然导入(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="366"/>
        <source>Import the selected possible duplicates as new customers</source>
        <translation>将所选的可能重复行作为新客户导入</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="380"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="395"/>
        <source>Checking every row…</source>
        <translation>正在检查每一行…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="423"/>
        <source>{rows} rows: {new} new, {update} to update, {existing} already in the shop, {repeated} repeated in the file, {errors} with errors (not imported).</source>
        <translation>共 {rows} 行：新增 {new}，更新 {update}，店内已有 {existing}，文件内重复 {repeated}，有错误 {errors}（不导入）。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="435"/>
        <source>{flagged} possible duplicates ({skipped} skipped): select them to skip or import them anyway.</source>
        <translation>{flagged} 行可能重复（已跳过 {skipped} 行）：选中后可跳过或仍然导入。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="482"/>
        <source>Save rejected rows</source>
        <translation>保存未导入的行</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="482"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="490"/>
        <source>Rejected rows saved to {path}</source>
        <translation>未导入的行已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="505"/>
        <source>Importing customers…</source>
        <translation>正在导入客户…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="505"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="544"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/excel/import_wizard.py" line="546"/>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
</context>
</TS>
