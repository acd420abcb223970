"""Issue 15, defect 6: domain words in the UI's language — the segment in words, not "RFM 555"; the
level without Chinese brackets in English; a service's name is 名称, not a person's 姓名; the day view
steps back and forth in time, not through pages; placeholders in the language of the window."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QApplication

from salon_crm.ui import app
from salon_crm.ui.customers import segment_words

CJK = re.compile(r"[\u4e00-\u9fff【】]")
UI = Path(__file__).resolve().parents[2] / "salon_crm" / "ui"


def test_the_segment_reads_in_words_in_both_languages(qapp: QApplication) -> None:
    assert segment_words.rfm("535") == "seen lately, comes now and then, spends much"
    assert segment_words.rfm("112") == "long away, comes rarely, spends little"
    assert segment_words.rfm("") == ""
    translators = app.install_translators(qapp, chinese=True)
    try:
        assert segment_words.rfm("535") == "最近来过，偶尔来，消费高"
        assert qapp.translate("CustomerFileView", "· {level}") == "【{level}】"
        assert qapp.translate("ServiceTableModel", "Name") == "名称"  # a service's name
        assert qapp.translate("StaffTableModel", "Name") == "姓名"  # a person's name
        assert "页" not in qapp.translate("AppointmentsTab", "◀ &Previous")
        assert "页" not in qapp.translate("AppointmentsTab", "Ne&xt ▶")
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        app.install_translators(qapp, chinese=False)


def test_no_placeholder_or_label_source_is_chinese() -> None:
    # the English window shows the source text: a Chinese example there is Chinese in the English UI
    pattern = re.compile(r"self\.tr\(\s*\"([^\"]*)\"")
    offenders = [
        f"{path.relative_to(UI)}: {text}"
        for path in UI.rglob("*.py")
        for text in pattern.findall(path.read_text(encoding="utf-8"))
        if CJK.search(text)
    ]
    assert offenders == []
