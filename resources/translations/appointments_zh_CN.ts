<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppointmentListPage</name>
    <message>
        <location filename="../../salon_crm/ui/appointments/list_page.py" line="32"/>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/list_page.py" line="30"/>
        <source>Show &amp;bookings from:</source>
        <translation>预约日期从(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/list_page.py" line="34"/>
        <source>Next two wee&amp;ks</source>
        <translation>未来两周(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/list_page.py" line="35"/>
        <source>Today and the next 14 days</source>
        <translation>今天及之后 14 天</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/list_page.py" line="45"/>
        <source>No bookings between these dates — choose other dates, or click New booking…</source>
        <translation>这段日期没有预约 — 换个日期，或点“新建预约…”。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/list_page.py" line="73"/>
        <source>Appointments: {count}</source>
        <translation>预约：{count}</translation>
    </message>
</context>
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
        <location filename="../../salon_crm/ui/appointments/tab.py" line="82"/>
        <source>&amp;Day</source>
        <translation>日视图(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/tab.py" line="83"/>
        <source>&amp;Week</source>
        <translation>周视图(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/tab.py" line="84"/>
        <source>&amp;List</source>
        <translation>列表(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/tab.py" line="110"/>
        <source>◀ &amp;Previous</source>
        <translation>◀ 向前(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/tab.py" line="111"/>
        <source>The day (or week) before (PgUp)</source>
        <translation>前一天（或前一周）（PgUp）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/tab.py" line="112"/>
        <source>Toda&amp;y</source>
        <translation>今天(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/tab.py" line="113"/>
        <source>Back to today (T)</source>
        <translation>回到今天（T）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/tab.py" line="114"/>
        <source>Ne&amp;xt ▶</source>
        <translation>向后(&amp;X) ▶</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/tab.py" line="115"/>
        <source>The day (or week) after (PgDn)</source>
        <translation>后一天（或后一周）（PgDn）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/tab.py" line="119"/>
        <source>&amp;New booking…</source>
        <translation>新建预约(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/tab.py" line="120"/>
        <source>&amp;Reminders…</source>
        <translation>预约提醒(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/tab.py" line="121"/>
        <source>Tomorrow&apos;s bookings to call, with phone and time</source>
        <translation>明天需要电话提醒的预约，含电话和时间</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/tab.py" line="141"/>
        <location filename="../../salon_crm/ui/appointments/tab.py" line="368"/>
        <source>All stylists</source>
        <translation>全部技师</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/tab.py" line="142"/>
        <source>S&amp;tylist:</source>
        <translation>技师(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/tab.py" line="457"/>
        <source>Arrived</source>
        <translation>已到店</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/tab.py" line="458"/>
        <source>Complete…</source>
        <translation>完成…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/tab.py" line="459"/>
        <source>Move…</source>
        <translation>调整…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/tab.py" line="461"/>
        <source>No-show</source>
        <translation>爽约</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/tab.py" line="462"/>
        <source>Cancel…</source>
        <translation>取消…</translation>
    </message>
</context>
<context>
    <name>ArrivalsModel</name>
    <message>
        <location filename="../../salon_crm/ui/appointments/arrivals.py" line="61"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/arrivals.py" line="62"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/arrivals.py" line="63"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/arrivals.py" line="64"/>
        <source>Stylist</source>
        <translation>技师</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/arrivals.py" line="65"/>
        <source>Services</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/arrivals.py" line="66"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ArrivalsPanel</name>
    <message>
        <location filename="../../salon_crm/ui/appointments/arrivals.py" line="108"/>
        <source>&lt;b&gt;Today&apos;s arrivals&lt;/b&gt;</source>
        <translation>&lt;b&gt;今日到店&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/arrivals.py" line="111"/>
        <source>No bookings today — double-click a time in the day view to book.</source>
        <translation>今天没有预约 — 在日视图里双击一个时间即可预约。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/arrivals.py" line="113"/>
        <source>&amp;Arrived</source>
        <translation>已到店(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/arrivals.py" line="115"/>
        <source>Co&amp;mplete…</source>
        <translation>完成(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/arrivals.py" line="116"/>
        <source>N&amp;o-show</source>
        <translation>爽约(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/arrivals.py" line="117"/>
        <source>&amp;Cancel…</source>
        <translation>取消(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/arrivals.py" line="182"/>
        <source>&lt;b&gt;Today&apos;s arrivals&lt;/b&gt; — {waiting} expected, {here} in the shop</source>
        <translation>&lt;b&gt;今日到店&lt;/b&gt; — 待到 {waiting} 位，在店 {here} 位</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../salon_crm/ui/appointments/booking_dialog.py" line="81"/>
        <source>New booking</source>
        <translation>新建预约</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/booking_dialog.py" line="90"/>
        <source>&amp;Customer:</source>
        <translation>客户(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/booking_dialog.py" line="92"/>
        <source>Walk-in:</source>
        <translation>散客：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/booking_dialog.py" line="94"/>
        <source>Ser&amp;vices:</source>
        <translation>项目(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/booking_dialog.py" line="96"/>
        <source>W&amp;hen:</source>
        <translation>时间(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/booking_dialog.py" line="97"/>
        <source>S&amp;tylist:</source>
        <translation>技师(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/booking_dialog.py" line="99"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/booking_dialog.py" line="136"/>
        <source>&amp;Walk-in (not on file yet)</source>
        <translation>散客（尚未建档）(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/booking_dialog.py" line="138"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/booking_dialog.py" line="140"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/booking_dialog.py" line="156"/>
        <source>Any free stylist</source>
        <translation>任一空闲技师</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/booking_dialog.py" line="162"/>
        <source>&amp;Repeat every</source>
        <translation>重复(&amp;R)：每</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/booking_dialog.py" line="166"/>
        <source> weeks</source>
        <translation> 周</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/booking_dialog.py" line="170"/>
        <source> times</source>
        <translation> 次</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/booking_dialog.py" line="182"/>
        <source>Find: name or pinyin initials (jf), Enter ticks the first</source>
        <translation>查找：名称或拼音首字母（jf），回车勾选第一项</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/booking_dialog.py" line="191"/>
        <source>15, 1530 or +15 for tomorrow</source>
        <translation>15、1530，或 +15 表示明天</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/booking_dialog.py" line="193"/>
        <source>15 = 15:00 today · 1530 = 15:30 · +15 = tomorrow 15:00 · +2 9:30 = in two days, 9:30</source>
        <translation>15 = 今天 15:00 · 1530 = 15:30 · +15 = 明天 15:00 · +2 9:30 = 两天后 9:30</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/booking_dialog.py" line="226"/>
        <source>{name} · {minutes} min · {price}</source>
        <translation>{name} · {minutes} 分钟 · {price}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/booking_dialog.py" line="293"/>
        <source>★ {service} (usual)</source>
        <translation>★ {service}（常做）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/booking_dialog.py" line="353"/>
        <source>⚠ This customer missed {count} booking(s) without coming (no-show).</source>
        <translation>⚠ 该客户已爽约 {count} 次。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/booking_dialog.py" line="404"/>
        <source>✓ Free: {stylist}</source>
        <translation>✓ 有空：{stylist}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/booking_dialog.py" line="411"/>
        <source>{minutes} minutes, until {end}</source>
        <translation>共 {minutes} 分钟，至 {end}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/booking_dialog.py" line="443"/>
        <source>Every date clashes; nothing can be booked.</source>
        <translation>所有日期都有冲突，无法预约。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/booking_dialog.py" line="452"/>
        <source>Some dates clash</source>
        <translation>部分日期有冲突</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/booking_dialog.py" line="453"/>
        <source>{count} of the {total} dates cannot be booked:

{lines}

Book the other {free}?</source>
        <translation>{total} 个日期中有 {count} 个无法预约：

{lines}

是否预约其余 {free} 个？</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../../salon_crm/ui/appointments/dialogs.py" line="36"/>
        <source>Cancel booking</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/dialogs.py" line="42"/>
        <source>What the customer said</source>
        <translation>客户说明的原因</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/dialogs.py" line="43"/>
        <source>Booking:</source>
        <translation>预约：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/dialogs.py" line="44"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>Completion</name>
    <message>
        <location filename="../../salon_crm/ui/appointments/complete.py" line="92"/>
        <source>Satisfaction survey</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/complete.py" line="93"/>
        <source>The visit is completed. Ask the customer for a satisfaction survey now?</source>
        <translation>本次服务已完成。现在请客户填写满意度调查吗？</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="9"/>
        <source>Choose a customer, or enter the walk-in&apos;s name.</source>
        <translation>请选择客户，或填写散客姓名。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="10"/>
        <source>Choose at least one service.</source>
        <translation>请至少选择一个项目。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="11"/>
        <source>“{item}” is no longer offered.</source>
        <translation>“{item}”已停止提供。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="12"/>
        <source>{stylist} no longer works here.</source>
        <translation>{stylist}已不在本店工作。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="13"/>
        <source>A booking cannot start on a day that is over ({start}).</source>
        <translation>预约不能开始于已经过去的日期（{start}）。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="14"/>
        <source>The booking must end after it starts ({start}–{end}).</source>
        <translation>预约的结束时间必须晚于开始时间（{start}–{end}）。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="15"/>
        <source>A booking lasts at least {minutes} minutes.</source>
        <translation>预约至少需要 {minutes} 分钟。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="16"/>
        <source>A booking must end on the day it starts.</source>
        <translation>预约必须在开始当天结束。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="17"/>
        <source>The note can have at most {max} characters.</source>
        <translation>备注最多 {max} 个字。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="19"/>
        <source>The shop is closed on {day}.</source>
        <translation>本店 {day} 不营业。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="20"/>
        <source>The shop is open from {opens} to {closes}; the booking must fit in those hours.</source>
        <translation>本店营业时间为 {opens} 至 {closes}，预约须在营业时间内。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="23"/>
        <source>{stylist} does not work on {day}.</source>
        <translation>{stylist} {day} 不上班。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="24"/>
        <source>{stylist} works from {start} to {end} that day; the booking must fit in the shift.</source>
        <translation>{stylist}当天的班次是 {start} 至 {end}，预约须在班次内。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="27"/>
        <source>{stylist} is off from {start} to {end} ({reason}).</source>
        <translation>{stylist}在 {start} 至 {end} 请假（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="28"/>
        <source>{stylist} is already booked from {start} to {end} (with {customer}).</source>
        <translation>{stylist}在 {start} 至 {end} 已有预约（{customer}）。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="31"/>
        <source>{customer} is already booked from {start} to {end} (with {stylist}).</source>
        <translation>{customer}在 {start} 至 {end} 已有预约（{stylist}）。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="34"/>
        <source>No stylist who does these services is free from {start} to {end}.</source>
        <translation>{start} 至 {end} 没有能做这些项目的空闲技师。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="36"/>
        <source>Only a booked or arrived appointment can be moved.</source>
        <translation>只有已预约或已到店的预约可以调整。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="37"/>
        <source>The customer has already arrived.</source>
        <translation>客户已经到店。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="38"/>
        <source>This appointment is already completed.</source>
        <translation>该预约已完成。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="39"/>
        <source>This appointment was cancelled.</source>
        <translation>该预约已取消。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="40"/>
        <source>This appointment was marked as a no-show.</source>
        <translation>该预约已记为爽约。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="41"/>
        <source>The customer can only arrive on the day of the booking ({day}).</source>
        <translation>客户只能在预约当天（{day}）到店。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="42"/>
        <source>Say why the appointment is cancelled.</source>
        <translation>请填写取消原因。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="43"/>
        <source>A no-show can only be marked once the booked time has begun ({start}).</source>
        <translation>预约时间（{start}）开始后才能记为爽约。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="46"/>
        <source>A visit can only be completed on its day ({day}) or later.</source>
        <translation>服务只能在预约当天（{day}）或之后完成。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="47"/>
        <source>The bill must be for the customer of the appointment.</source>
        <translation>消费记录必须属于该预约的客户。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="49"/>
        <source>Repeat every {low} to {high} weeks.</source>
        <translation>请每 {low} 至 {high} 周重复一次。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="50"/>
        <source>Repeat {low} to {high} times.</source>
        <translation>请重复 {low} 至 {high} 次。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="51"/>
        <source>{count} of the {total} dates clash; nothing was booked.</source>
        <translation>{total} 个日期中有 {count} 个冲突，未做任何预约。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="52"/>
        <source>All {total} dates clash; nothing was booked.</source>
        <translation>全部 {total} 个日期都冲突，未做任何预约。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="54"/>
        <source>A shift must end after it starts ({start}–{end}).</source>
        <translation>班次的结束时间必须晚于开始时间（{start}–{end}）。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="55"/>
        <source>Each weekday can have one shift only.</source>
        <translation>每个工作日只能有一个班次。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="56"/>
        <source>This shift change no longer exists.</source>
        <translation>该排班调整已不存在。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="57"/>
        <source>Time off must end after it starts ({start}–{end}).</source>
        <translation>请假的结束时间必须晚于开始时间（{start}–{end}）。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="58"/>
        <source>This time off no longer exists.</source>
        <translation>该请假记录已不存在。</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../salon_crm/ui/appointments/dialogs.py" line="76"/>
        <source>Move booking</source>
        <translation>调整预约</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/dialogs.py" line="87"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/dialogs.py" line="89"/>
        <source>Booking:</source>
        <translation>预约：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/dialogs.py" line="90"/>
        <source>&amp;Start:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/dialogs.py" line="91"/>
        <source>&amp;Length:</source>
        <translation>时长(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/dialogs.py" line="92"/>
        <source>S&amp;tylist:</source>
        <translation>技师(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ReminderModel</name>
    <message>
        <location filename="../../salon_crm/ui/appointments/reminders.py" line="51"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/reminders.py" line="51"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/reminders.py" line="51"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/reminders.py" line="51"/>
        <source>Stylist</source>
        <translation>技师</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/reminders.py" line="51"/>
        <source>Services</source>
        <translation>项目</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <location filename="../../salon_crm/ui/appointments/reminders.py" line="74"/>
        <source>Reminder calls</source>
        <translation>预约提醒</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/reminders.py" line="79"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/reminders.py" line="80"/>
        <source>Copy the list to paste into Excel or a message</source>
        <translation>复制名单，可粘贴到 Excel 或消息中</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/reminders.py" line="95"/>
        <source>&lt;b&gt;{day}&lt;/b&gt;: {count} booking(s) to remind</source>
        <translation>&lt;b&gt;{day}&lt;/b&gt;：需提醒 {count} 个预约</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../salon_crm/ui/appointments/shift_dialog.py" line="77"/>
        <source>Shifts and time off</source>
        <translation>排班与请假</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/shift_dialog.py" line="102"/>
        <source>Every week</source>
        <translation>每周排班</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/shift_dialog.py" line="129"/>
        <source>Save the &amp;week</source>
        <translation>保存每周排班(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/shift_dialog.py" line="139"/>
        <source>Single days (other hours or a day off)</source>
        <translation>单日调整（改时间或休息）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/shift_dialog.py" line="140"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/shift_dialog.py" line="140"/>
        <source>Hours</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/shift_dialog.py" line="140"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/shift_dialog.py" line="144"/>
        <location filename="../../salon_crm/ui/appointments/shift_dialog.py" line="219"/>
        <source>Day off</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/shift_dialog.py" line="152"/>
        <source>Why (training, swapped day…)</source>
        <translation>原因（培训、调休…）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/shift_dialog.py" line="153"/>
        <source>Set &amp;day</source>
        <translation>设置该日(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/shift_dialog.py" line="154"/>
        <location filename="../../salon_crm/ui/appointments/shift_dialog.py" line="182"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/shift_dialog.py" line="171"/>
        <source>Time off</source>
        <translation>请假</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/shift_dialog.py" line="172"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/shift_dialog.py" line="172"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/shift_dialog.py" line="172"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/shift_dialog.py" line="180"/>
        <source>Reason (leave, training…)</source>
        <translation>原因（年假、培训…）</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/shift_dialog.py" line="181"/>
        <source>Add &amp;time off</source>
        <translation>添加请假(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/shift_dialog.py" line="207"/>
        <source>Shifts and time off: {name}</source>
        <translation>排班与请假：{name}</translation>
    </message>
</context>
<context>
    <name>TimeGrid</name>
    <message>
        <location filename="../../salon_crm/ui/appointments/time_grid.py" line="385"/>
        <source>Day off</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/time_grid.py" line="500"/>
        <source>Note: {note}</source>
        <translation>备注：{note}</translation>
    </message>
</context>
<context>
    <name>WeekCountsModel</name>
    <message>
        <location filename="../../salon_crm/ui/appointments/week_counts.py" line="104"/>
        <source>1 booking</source>
        <translation>1 个预约</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/week_counts.py" line="106"/>
        <source>{count} bookings</source>
        <translation>{count} 个预约</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/week_counts.py" line="108"/>
        <source>Day off</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/week_counts.py" line="109"/>
        <source>No bookings</source>
        <translation>无预约</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/week_counts.py" line="112"/>
        <location filename="../../salon_crm/ui/appointments/week_counts.py" line="139"/>
        <source>All stylists</source>
        <translation>全部技师</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/week_counts.py" line="116"/>
        <source>Shift: {start}–{end}</source>
        <translation>班次：{start}–{end}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/week_counts.py" line="122"/>
        <source>No-shows: {count}</source>
        <translation>爽约：{count}</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/week_counts.py" line="123"/>
        <source>Click or press Enter to open the day</source>
        <translation>单击或按回车键打开这一天</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/week_counts.py" line="133"/>
        <source>{weekday} · today</source>
        <translation>{weekday} · 今天</translation>
    </message>
</context>
<context>
    <name>WeekCountsView</name>
    <message>
        <location filename="../../salon_crm/ui/appointments/week_counts.py" line="181"/>
        <source>No stylist works this week: set their shifts in Settings → Staff.</source>
        <translation>本周没有技师排班：请在“设置 → 员工”中设置排班。</translation>
    </message>
</context>
</TS>
