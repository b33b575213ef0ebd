"""Errors found on unseen SHORT reports of round 56 (Syria, Iraq, Yemen, Sudan, Libya): breaking-news
urgents, one-line wire items, Telegram-style posts, corrections and updates.
Each test is a sentence written for it, not a report of the batch."""
from __future__ import annotations

import rasd


def test_a_correction_that_states_the_toll_with_huwa_gives_the_figure():
    text = ("تصحيح: عدد قتلى انفجار السيارة المفخخة في سوق بلدة الراعي بريف حلب أمس "
            "هو 12 وليس 21 كما ورد في الخبر السابق.")
    recs = rasd.extract(text, published="2017-01-09")
    assert recs
    assert recs[0].fatalities == 12


def test_an_urgent_in_the_present_tense_says_the_assassinated_man_was_killed():
    text = "عاجل | مسلحون مجهولون يغتالون مختار قرية في ريف الحسكة الجنوبي."
    recs = rasd.extract(text, published="2021-04-03")
    assert recs
    assert recs[0].fatalities == 1
