"""Schools, universities, hospitals and public services (round q95-probe-services): pupils, students and teachers
killed are counted; a directorate's sector after «مديرية» (education, health ...) names an office, no district."""
from __future__ import annotations

import pytest

from helpers import one_at, records_at

one = one_at("2024-05-01")
records = records_at("2024-05-01")


@pytest.mark.parametrize("text, killed", [
    ("قتلت طالبة وأصيبت ممرضة بقذيفة هاون سقطت على مدرسة في مدينة كادقلي", 1),
    ("قتل تلميذان بقصف صاروخي على مدرسة ابتدائية في بلدة معرة مصرين", 2),
    ("أسفر القصف عن مقتل تلميذين وإصابة أربعة آخرين في قرية كفرلاتة", 2),
    ("قتل أستاذ جامعي برصاص مسلحين مجهولين في حي الجزائر بمدينة البصرة", 1),
    ("استشهد أستاذ وطالبتان في غارة على منزل في مدينة دير البلح", 3),
    ("قتلت معلمة وتلميذتان بقذيفة سقطت على مدرستهن في بلدة سرمين", 3),
])
def test_pupils_students_and_teachers_are_counted(text, killed):
    assert one(text).fatalities == killed


@pytest.mark.parametrize("text, office", [
    ("قتل ثلاثة مدنيين بقصف على مبنى مديرية التربية في مدينة الرقة", "التربي"),
    ("أعلنت مديرية صحة تعز مقتل رجل بقذيفة سقطت على سوق في مديرية المعافر", "صحه"),
    ("أفادت مديرية الزراعة في إدلب بمقتل مزارع بقذيفة على أرضه", "الزراع"),
])
def test_a_directorates_sector_is_no_district(text, office):
    rs = records(text)
    assert rs
    assert not any(office in (r.location or "") for r in rs)


@pytest.mark.parametrize("text, place", [
    ("أعلنت مديرية صحة تعز مقتل رجل بقذيفة سقطت على سوق في مديرية المعافر", "Al Ma'afer"),
    ("قالت مديرية الصحة في الحديدة إن امرأة قتلت بقذيفة سقطت على منزل في مديرية التحيتا", "At Tuhayta"),
])
def test_a_directorates_town_is_not_where_it_happened(text, place):
    assert [r.location for r in records(text)] == [place]


def test_a_toll_told_by_a_source_in_the_office_stays_with_the_blast():
    # (guard: the directorate's town after "وفق مصدر في" takes no toll from the sentence before it)
    rs = records("انفجرت سيارة مفخخة في سوق بلدة الرياض غرب كركوك، وارتفعت حصيلة التفجير إلى 9 قتلى وفق مصدر في "
                 "مديرية صحة كركوك. وفي حي الواسطي اشتبكت الشرطة مع مسلحين.")
    assert [(r.location, r.fatalities) for r in rs if r.fatalities] == [("Ar Riyad", 9)]
