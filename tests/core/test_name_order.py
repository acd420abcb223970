"""The list's order by name, as a phone book: syllable by syllable (all 陈 chen before 程 cheng), and
a surname a dictionary reads otherwise by its own reading (曾 zēng under Z with 张, not under C).
Search still finds everyone by every reading. Schema 14 rewrites the search text a shop has."""

from __future__ import annotations

from salon_crm.core import customers, erasure, migrations, profiles
from salon_crm.core.context import OWNER
from salon_crm.core.db import Shop
from salon_crm.core.models import Customer, OtherPhone, database_proxy
from salon_crm.core.profiles import CustomerInput
from salon_crm.core.search_text import customer_search_text


def add(name: str, phone: str) -> int:
    return profiles.create_customer(OWNER, CustomerInput(name=name, phone=phone), allow_duplicate=True).id


def test_the_list_files_a_surname_under_its_own_reading(shop: Shop) -> None:
    ids = {name: add(name, f"1390000000{n}") for n, name in enumerate(["张三", "曾小明", "陈红", "蔡琳", "单田芳"])}
    by_name = [row.name for row in customers.list_customers(sort="name")]
    # cai, chen, shan(tian fang), zeng, zhang: a dictionary's first readings put 曾 (ceng) before 陈
    # and 单 (dan) before 蔡's neighbours
    assert by_name == ["蔡琳", "陈红", "单田芳", "曾小明", "张三"]
    for typed in ("zxm", "cxm", "zengxiaoming", "cengxiaoming"):  # whichever reading the desk hears
        assert [row.id for row in customers.list_customers(typed)] == [ids["曾小明"]]
    assert [row.id for row in customers.list_customers("dtf")] == [ids["单田芳"]]


def test_the_list_keeps_a_surnames_files_together(shop: Shop) -> None:
    for n, name in enumerate(["陈红霞", "程若曦", "陈芳芳", "程霞", "陈彩霞"]):
        add(name, f"1380000000{n}")
    # run together, "chenhongxia" sorted after "chengruoxi": the 陈 files were split around the 程 ones
    assert [row.name for row in customers.list_customers(sort="name")] == [
        "陈彩霞",
        "陈芳芳",
        "陈红霞",
        "程若曦",
        "程霞",
    ]
    assert [row.name for row in customers.list_customers("chx", sort="name")] == ["陈红霞"]
    assert [row.name for row in customers.list_customers("chenhong", sort="name")] == ["陈红霞"]


def test_the_upgrade_writes_every_listed_customers_search_text_again(shop: Shop) -> None:
    zeng, zhang, erased = add("曾小明", "13900000001"), add("张三", "13900000002"), add("曾大伟", "13900000003")
    OtherPhone.create(customer=zeng, phone="13600000009")
    erasure.erase_personal_data(OWNER, erased)
    # as a file written before schema 14 held them: pinyin run together, the dictionary's reading first
    written_before = {
        zeng: "曾小明 cengxiaoming cxm zengxiaoming zxm 13900000001 13600000009",
        zhang: "张三 zhangsan zs 13900000002",
    }
    for customer_id, text in written_before.items():
        Customer.update(search_text=text).where(Customer.id == customer_id).execute()
    [step] = [step for step in migrations.STEPS if step.version == 14]
    step.apply(database_proxy.obj)
    after = {row.id: row.search_text for row in Customer.select(Customer.id, Customer.search_text)}
    assert after[zeng] == customer_search_text("曾小明", "13900000001", "", ["13600000009"])
    assert after[zeng] == "曾小明 zeng xiao ming zengxiaoming zxm cengxiaoming cxm 13900000001 13600000009"
    assert after[zhang] == "张三 zhang san zhangsan zs 13900000002"
    assert after[erased] == ""  # an erased customer stays unfindable
