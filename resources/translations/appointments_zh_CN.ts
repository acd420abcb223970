<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppointmentTableModel</name>
    <message>
        <location filename="../../salon_crm/ui/appointments/table_model.py" line="75" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/table_model.py" line="76" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/table_model.py" line="77" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/table_model.py" line="78" />
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/table_model.py" line="79" />
        <source>Stylist</source>
        <translation>技师</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/table_model.py" line="80" />
        <source>Services</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/table_model.py" line="81" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/table_model.py" line="82" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>AppointmentsTab</name>
    <message>
        <location filename="../../salon_crm/ui/appointments/tab.py" line="29" />
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/tab.py" line="31" />
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/tab.py" line="33" />
        <source>&amp;Next two weeks</source>
        <translation>今后两周(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/tab.py" line="34" />
        <source>Today and the next 14 days</source>
        <translation>今天及之后 14 天</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/tab.py" line="69" />
        <source>Appointments: {count}</source>
        <translation>预约：{count}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="9" />
        <source>Choose a customer, or enter the walk-in's name.</source>
        <translation>请选择客户，或填写散客姓名。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="10" />
        <source>Choose at least one service.</source>
        <translation>请至少选择一个项目。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="11" />
        <source>“{item}” is no longer offered.</source>
        <translation>“{item}”已停止提供。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="12" />
        <source>{stylist} no longer works here.</source>
        <translation>{stylist}已不在本店工作。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="13" />
        <source>A booking cannot start on a day that is over ({start}).</source>
        <translation>预约不能开始于已经过去的日期（{start}）。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="14" />
        <source>The booking must end after it starts ({start}–{end}).</source>
        <translation>预约的结束时间必须晚于开始时间（{start}–{end}）。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="15" />
        <source>A booking lasts at least {minutes} minutes.</source>
        <translation>预约至少需要 {minutes} 分钟。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="16" />
        <source>A booking must end on the day it starts.</source>
        <translation>预约必须在开始当天结束。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="17" />
        <source>The note can have at most {max} characters.</source>
        <translation>备注最多 {max} 个字。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="19" />
        <source>The shop is closed on {day}.</source>
        <translation>本店 {day} 不营业。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="20" />
        <source>The shop is open from {opens} to {closes}; the booking must fit in those hours.</source>
        <translation>本店营业时间为 {opens} 至 {closes}，预约须在营业时间内。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="23" />
        <source>{stylist} does not work on {day}.</source>
        <translation>{stylist} {day} 不上班。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="24" />
        <source>{stylist} works from {start} to {end} that day; the booking must fit in the shift.</source>
        <translation>{stylist}当天的班次是 {start} 至 {end}，预约须在班次内。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="27" />
        <source>{stylist} is off from {start} to {end} ({reason}).</source>
        <translation>{stylist}在 {start} 至 {end} 请假（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="28" />
        <source>{stylist} is already booked from {start} to {end} (with {customer}).</source>
        <translation>{stylist}在 {start} 至 {end} 已有预约（{customer}）。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="31" />
        <source>{customer} is already booked from {start} to {end} (with {stylist}).</source>
        <translation>{customer}在 {start} 至 {end} 已有预约（{stylist}）。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="34" />
        <source>No stylist who does these services is free from {start} to {end}.</source>
        <translation>{start} 至 {end} 没有能做这些项目的空闲技师。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="36" />
        <source>Only a booked or arrived appointment can be moved.</source>
        <translation>只有已预约或已到店的预约可以调整。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="37" />
        <source>The customer has already arrived.</source>
        <translation>客户已经到店。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="38" />
        <source>This appointment is already completed.</source>
        <translation>该预约已完成。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="39" />
        <source>This appointment was cancelled.</source>
        <translation>该预约已取消。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="40" />
        <source>This appointment was marked as a no-show.</source>
        <translation>该预约已记为爽约。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="41" />
        <source>The customer can only arrive on the day of the booking ({day}).</source>
        <translation>客户只能在预约当天（{day}）到店。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="42" />
        <source>Say why the appointment is cancelled.</source>
        <translation>请填写取消原因。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="43" />
        <source>A no-show can only be marked once the booked time has begun ({start}).</source>
        <translation>预约时间（{start}）开始后才能记为爽约。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="46" />
        <source>The bill must be for the customer of the appointment.</source>
        <translation>消费记录必须属于该预约的客户。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="48" />
        <source>Repeat every {low} to {high} weeks.</source>
        <translation>请每 {low} 至 {high} 周重复一次。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="49" />
        <source>Repeat {low} to {high} times.</source>
        <translation>请重复 {low} 至 {high} 次。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="50" />
        <source>{count} of the {total} dates clash; nothing was booked.</source>
        <translation>{total} 个日期中有 {count} 个冲突，未做任何预约。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="51" />
        <source>All {total} dates clash; nothing was booked.</source>
        <translation>全部 {total} 个日期都冲突，未做任何预约。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="53" />
        <source>A shift must end after it starts ({start}–{end}).</source>
        <translation>班次的结束时间必须晚于开始时间（{start}–{end}）。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="54" />
        <source>Each weekday can have one shift only.</source>
        <translation>每个工作日只能有一个班次。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="55" />
        <source>This shift change no longer exists.</source>
        <translation>该排班调整已不存在。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="56" />
        <source>Time off must end after it starts ({start}–{end}).</source>
        <translation>请假的结束时间必须晚于开始时间（{start}–{end}）。</translation>
    </message>
    <message>
        <location filename="../../salon_crm/ui/appointments/messages.py" line="57" />
        <source>This time off no longer exists.</source>
        <translation>该请假记录已不存在。</translation>
    </message>
</context>
</TS>