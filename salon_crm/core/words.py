"""The words for the codes the database stores, in English and in Chinese (no Qt here).

One table serves every reader of a code: the window (``ui.vocabulary`` picks the
language the UI runs in), the command line's exports and the monthly workbook (which
are written in the language asked for). Chinese follows PRODUCT.md's vocabulary.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from salon_crm.core import enums
from salon_crm.core.holidays import Festival
from salon_crm.core.permissions import Action

# vocabulary -> code -> (English, Chinese)
WORDS: dict[type[StrEnum], dict[str, tuple[str, str]]] = {
    enums.Gender: {
        "female": ("Female", "女"),
        "male": ("Male", "男"),
        "unknown": ("Not given", "未填写"),
    },
    enums.SourceChannel: {
        "walk_in": ("Walk-in", "到店"),
        "referral": ("Referral", "转介绍"),
        "social_media": ("Social media", "社交媒体"),
        "group_buy": ("Group-buy", "团购"),
        "other": ("Other", "其他"),
    },
    enums.StaffRole: {
        "owner": ("Owner", "店主"),
        "manager": ("Manager", "店长"),
        "stylist": ("Stylist", "发型师"),
        "assistant": ("Assistant", "助理"),
        "beautician": ("Beautician", "美容师"),
        "nail_technician": ("Nail technician", "美甲师"),
        "front_desk": ("Front desk", "前台"),
    },
    Festival: {
        "spring_festival": ("Spring Festival", "春节"),
        "womens_day": ("Women's Day", "妇女节"),
        "qixi": ("Qixi", "七夕"),
        "mid_autumn": ("Mid-Autumn Festival", "中秋节"),
    },
    enums.LevelBasis: {
        "spent": ("total spent", "累计消费"),
        "top_up": ("total topped up", "累计充值"),
    },
    enums.ServiceCategory: {
        "cut": ("Cut", "剪发"),
        "colour": ("Colour", "染发"),
        "perm": ("Perm", "烫发"),
        "care": ("Hair care", "护发"),
        "skin": ("Skin care", "美容护肤"),
        "nails": ("Nails", "美甲"),
        "other": ("Other", "其他"),
    },
    enums.PaymentMethod: {
        "cash": ("Cash", "现金"),
        "card": ("Card", "银行卡"),
        "wechat_pay": ("WeChat Pay", "微信支付"),
        "alipay": ("Alipay", "支付宝"),
        "stored_value": ("Stored value", "储值"),
        "package": ("Package", "次卡"),
    },
    enums.AppointmentStatus: {
        "booked": ("Booked", "已预约"),
        "arrived": ("Arrived", "已到店"),
        "completed": ("Completed", "已完成"),
        "cancelled": ("Cancelled", "已取消"),
        "no_show": ("No-show", "爽约"),
    },
    enums.TicketKind: {
        "complaint": ("Complaint", "投诉"),
        "suggestion": ("Suggestion", "建议"),
        "consultation": ("Consultation", "咨询"),
    },
    enums.TicketChannel: {
        "in_person": ("In person", "当面"),
        "phone": ("Phone", "电话"),
        "wechat": ("WeChat", "微信"),
        "review_site": ("Review site", "点评网站"),
        "other": ("Other", "其他"),
    },
    enums.TicketCategory: {
        "service_quality": ("Service quality", "服务质量"),
        "staff_attitude": ("Staff attitude", "服务态度"),
        "product_quality": ("Product quality", "产品质量"),
        "environment": ("Environment and hygiene", "环境卫生"),
        "price": ("Price", "价格"),
        "waiting_time": ("Waiting time", "等待时间"),
        "other": ("Other", "其他"),
    },
    enums.Severity: {
        "low": ("Low", "低"),
        "medium": ("Medium", "中"),
        "high": ("High", "高"),
        "critical": ("Critical", "紧急"),
    },
    enums.TicketStatus: {
        "received": ("Received", "接收"),
        "classified": ("Classified", "分类评估"),
        "escalated": ("Escalated", "上报"),
        "investigating": ("Investigating", "调查核实"),
        "solution_proposed": ("Solution proposed", "制定方案"),
        "solution_agreed": ("Solution agreed", "方案已认可"),
        "implemented": ("Implemented", "实施"),
        "followed_up": ("Followed up", "跟进回访"),
        "closed": ("Closed", "关闭"),
    },
    enums.SurveyChannel: {
        "in_shop": ("In the shop", "店内"),
        "phone": ("Phone", "电话"),
        "wechat": ("WeChat", "微信"),
    },
    enums.SurveyRequestStatus: {
        "asked": ("Asked", "已邀请"),
        "answered": ("Answered", "已答复"),
        "declined": ("Declined", "已拒绝"),
    },
    enums.CompensationKind: {
        "none": ("None", "无"),
        "apology": ("Apology", "致歉"),
        "refund": ("Refund", "退款"),
        "points": ("Points", "赠送积分"),
        "stored_value": ("Stored value", "储值补偿"),
        "free_service": ("Free service", "免费服务"),
    },
    enums.LedgerKind: {
        "top_up": ("Top-up", "充值"),
        "spend": ("Spend", "消费"),
        "refund": ("Card refund", "退卡"),
        "points_earn": ("Points earned", "积分获得"),
        "points_redeem": ("Points redeemed", "积分兑换"),
        "adjust": ("Adjustment", "调整"),
        "compensation": ("Compensation", "补偿"),
        "void": ("Void", "作废"),
        "import": ("Import", "导入"),
    },
    enums.TagKind: {
        "manual": ("Manual", "手动"),
        "auto": ("Automatic", "自动"),
    },
    Action: {
        "edit_customers": ("change customer files", "修改客户档案"),
        "merge_customers": ("merge customers", "合并客户"),
        "erase_customers": ("erase a customer's personal data", "删除客户个人信息"),
        "import_data": ("import data", "导入数据"),
        "export_personal_data": ("export customers' personal data", "导出客户个人信息"),
        "book": ("make or change appointments", "新建或修改预约"),
        "bill": ("enter bills", "录入消费"),
        "change_past_bills": ("edit or void a bill", "修改或作废消费记录"),
        "top_up": ("top up stored value", "储值充值"),
        "top_up_over_limit": ("take a top-up above the limit the owner set", "办理超过店主设定限额的充值"),
        "redeem_points": ("redeem points", "积分兑换"),
        "refund_card": ("refund a stored-value card", "办理退卡"),
        "adjust_balances": ("adjust balances or points by hand", "手动调整余额或积分"),
        "care_calls": ("record care calls", "记录关怀回访"),
        "surveys": ("record surveys", "录入满意度调查"),
        "tickets": ("handle complaint tickets", "处理投诉工单"),
        "change_catalogue": ("change services and prices", "修改服务项目和价格"),
        "change_staff": ("change staff, shifts or time off", "修改员工、排班或请假"),
        "change_settings": ("change the shop's settings", "修改店铺设置"),
        "manage_users": ("manage users", "管理用户"),
        "restore_backup": ("restore a backup", "从备份恢复"),
        "see_audit_log": ("see the audit log", "查看操作日志"),
        "see_phones": ("see customers' whole phone numbers", "查看客户完整手机号"),
        "reveal_phone": ("show a customer's whole phone number", "查看客户的完整手机号"),
        "see_money": ("see balances, points and takings", "查看储值、积分和营业额"),
        "see_commission": ("see the stylists' commission", "查看技师提成"),
    },
    enums.UserRole: {
        "owner": ("Owner", "店主"),
        "front_desk": ("Front desk", "前台"),
        "stylist": ("Stylist", "技师"),
    },
    enums.CareKind: {
        "follow_up": ("Follow-up call", "服务回访"),
        "birthday": ("Birthday", "生日关怀"),
        "win_back": ("Win-back", "沉睡唤醒"),
        "holiday": ("Holiday greeting", "节日问候"),
        "reminder": ("Reminder", "预约提醒"),
    },
    enums.AuditAction: {
        "create": ("Created", "新建"),
        "update": ("Changed", "修改"),
        "delete": ("Deleted", "删除"),
        "anonymise": ("Anonymised", "匿名化"),
        "import": ("Imported", "导入"),
        "reveal": ("Phone shown", "查看了手机号"),
    },
    enums.AutoTag: {
        "high_spender": ("Big spender", "高消费"),
        "regular": ("Regular", "常客"),
        "new_customer": ("New customer", "新客"),
        "colour": ("Colour client", "染发客"),
        "perm": ("Perm client", "烫发客"),
        "skin": ("Skin-care client", "护肤客"),
        "absent": ("Long absent", "久未到店"),
        "birthday_month": ("Birthday this month", "生日本月"),
    },
    enums.Lifecycle: {
        "potential": ("Potential", "潜在"),
        "new": ("New", "新客"),
        "active": ("Active", "活跃"),
        "dormant": ("Dormant", "沉睡"),
        "lost": ("Lost", "流失"),
    },
}


def word(vocabulary: type[StrEnum], code: str | None, *, chinese: bool) -> str:
    """The word for ``code`` of ``vocabulary``; the code itself when it has none (an old or foreign value)."""
    if code is None:
        return ""
    pair = WORDS[vocabulary].get(code)
    if pair is None:
        return code
    return pair[1] if chinese else pair[0]


def tag_words(manual: Sequence[str], automatic: Sequence[str], *, chinese: bool) -> list[str]:
    """A customer's tags as shown and exported: the manual ones as typed, then the automatic ones
    (stored by ``AutoTag`` code) in words."""
    return [*manual, *(word(enums.AutoTag, code, chinese=chinese) for code in automatic)]


def codes_called(vocabulary: type[StrEnum], text: str) -> list[str]:
    """The codes whose word, in either language, contains ``text`` (case-blind): a search for 常客 or "regular"."""
    needle = text.strip().casefold()
    if not needle:
        return []
    return [code for code, pair in WORDS[vocabulary].items() if any(needle in each.casefold() for each in pair)]
