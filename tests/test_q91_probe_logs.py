"""Round q91-probe-logs (stop 30): security-incident logs and regional round-ups.

Every report here is written for the test and names other places, sides and numbers than the probes.
"""
from __future__ import annotations

import pytest

import rasd
from helpers import extract as recs
from rasd.text.normalize import normalize
from rasd.text.segment import item_line


def at(rs, place_key: str):
    return [r for r in rs if place_key in (r.location_text or "")]


# --- a short town labelling a timed log line ------------------------------------------------------

@pytest.mark.parametrize("mark", ["- 07:20 | ", "• 16:05 ", "- 23:10 – ", "09:45 | "])
def test_a_short_town_after_a_logs_time_is_its_label(mark):
    text = ("سجل الحوادث الأمنية – ريف درعا – 12 آب\n"
            f"{mark}نوى: مقتل رجل برصاص مسلحين مجهولين أمام منزله.\n"
            "- 18:30 | الصنمين: اعتقال ثلاثة شبان على حاجز للأمن العسكري.\n")
    rs = recs(text, "2021-08-13")
    nawa = at(rs, "نوى")
    assert nawa, [(r.sub_event_type, r.location_text) for r in rs]
    assert nawa[0].sub_event_type == "Attack" and nawa[0].fatalities == 1
    # the killing is not folded into the arrest line's town
    assert not [r for r in at(rs, "الصنمين") if r.sub_event_type == "Attack"]


def test_a_short_name_after_a_time_without_a_colon_is_no_label():
    # (a number and a time before a short common word in prose: nothing read as a town)
    text = "قال المصدر إنه في الساعة 10:15 نوى المسلحون مهاجمة الحاجز لكنهم انسحبوا."
    rs = recs(text, "2021-08-13")
    assert not at(rs, "نوى")


# --- a numbered incident opens an item of its own --------------------------------------------------

@pytest.mark.parametrize("label", ["الحادثة 2: ", "الحادث رقم 2 - ", "الواقعة 2 (21:40): ", "حادثة 2. "])
def test_an_incident_label_opens_a_list_item(label):
    text = normalize("تقرير\n" + label + "اشتباك قرب الحاجز.\n").text
    ls = text.index("\n") + 1
    assert item_line(text, text.index("اشتباك") + 3) == ls


def test_a_sentence_opened_by_the_word_incident_is_no_item():
    text = normalize("تقرير\nالحادثة وقعت مساء أمس قرب الحاجز 3 مرات.\n").text
    assert item_line(text, text.index("وقعت")) is None


def test_a_numbered_incident_takes_no_place_from_the_incident_before():
    text = ("نشرة الحوادث اليومية – مكتب السلامة – ريف دير الزور\n"
            "الحادثة 1: الساعة 21:15، هجوم مسلحين مجهولين على نقطة لقوات سوريا الديمقراطية في بلدة الطيانة، "
            "ومقتل عنصر.\n"
            "الحادثة 2: الساعة 23:50، حملة مداهمات واعتقالات لقسد في بلدة الحوايج، واعتقال 5 أشخاص.\n")
    rs = recs(text, "2020-05-11")
    arrests = [r for r in rs if r.sub_event_type == "Arrests"]
    assert arrests and all("الطيانه" not in (r.location_text or "").replace("ة", "ه") for r in arrests), \
        [(r.sub_event_type, r.location_text) for r in rs]
    assert at(rs, "الحوايج")


def test_a_placeless_incident_borrows_no_place_from_the_incident_before():
    text = ("تقرير الحوادث – محافظة غزة\n"
            "الحادثة 1: الساعة 08:40، غارة جوية إسرائيلية على شقة سكنية في حي الصبرة، ما أدى إلى استشهاد 3 أشخاص.\n"
            "الحادثة 2: الساعة 13:10، إطلاق نار من آليات عسكرية باتجاه المزارعين، دون إصابات.\n")
    rs = recs(text, "2024-09-21")
    sabra = at(rs, "الصبرة") + at(rs, "الصبره")
    assert [r.sub_event_type for r in sabra] == ["Air/drone strike"], \
        [(r.sub_event_type, r.location_text) for r in rs]
