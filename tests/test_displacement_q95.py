"""Round q95-probe-displace: displacement reports and displaced people's accounts.  Where the displaced went
(«نزح ... إلى مخيم X»، «وصلت أسر نازحة إلى X») and where one of them now lives («وهو نازح من ... يقيم في مدرسة
في X») are no event places; a flight for fear of an attack («خوفاً من هجوم») tells no attack; strikes told as
repeated («مراراً») are no one day's strike; an account of weeks or months before («قبل أسابيع»، «قبل شهرين») is
not dated to the interview's day."""
from __future__ import annotations

from helpers import only, records_at

records = records_at("2024-06-03")


def test_where_the_displaced_went_is_no_event_place():
    r = only(records("نزح مئات المدنيين من مدينة معرة النعمان إلى مخيمات سرمدا بعد غارات روسية على المدينة "
                     "فجر اليوم أسفرت عن مقتل خمسة مدنيين."))
    assert r.location == "Maarrat an Numan"
    assert r.fatalities == 5
    rs = records("وصلت 75 عائلة نازحة إلى مدينة عدن، إثر اشتباكات بين القوات الحكومية والحوثيين أمس.")
    assert all(r.location != "Aden" for r in rs)
    rs = records("نزح آلاف المدنيين إلى الطويلة بعد قصف عنيف استهدف مخيم زمزم.", "2024-06-01")
    assert [r.location_text for r in rs] == ["مخيم زمزم"]


def test_a_displaced_persons_shelter_is_no_event_place():
    rs = records("قال أبو سامر، وهو نازح من حي الزيتون يقيم في خيمة بمدينة رفح، إن غارة إسرائيلية دمرت منزله "
                 "صباح اليوم.")
    assert all(r.location != "Rafah" for r in rs)


def test_a_flight_for_fear_of_an_attack_tells_no_attack():
    assert records("نزحت عشرات الأسر من مدينة سنجة خوفاً من هجوم لقوات الدعم السريع.") == []


def test_strikes_told_as_repeated_are_no_days_strike():
    assert records("قالت نازحة في مخيم الركبان إن الطائرات قصفت بلدتها القريتين مراراً قبل أن تغادرها.") == []


def test_an_account_of_weeks_before_is_not_dated_today():
    for text in ("روى نازحون أن مسلحين نهبوا ممتلكاتهم على طريق مليط قبل أسابيع.",
                 "قال نازح إن قذيفة سقطت على منزله في بلدة التمانعة قبل شهرين."):
        assert all(r.event_date != "2024-06-03" for r in records(text))
