"""Precision round q81-places: place/split mismatches and places rasd could not find, pooled over every gold set.

* an administrative unit named by its type word ("قضاء X", "مديرية X") is written as the place's own name X in
  `location_text`, as a coder names it (place_types.tsv, written=no);

Every report here is written for these tests."""
import pytest

import rasd

# --------------------------------------------------------------------------- the district's type word


@pytest.mark.parametrize("text, written", [
    ("بغداد - قتل ثلاثة مدنيين بانفجار عبوة ناسفة في قضاء المقدادية شمال شرقي بعقوبة يوم الثلاثاء.", "المقدادية"),
    ("الحديدة - قتلت امرأة وأصيب طفلان بقصف مدفعي حوثي على مديرية حيس جنوبي محافظة الحديدة.", "حيس"),
    ("قتل جندي وأصيب آخران في هجوم مسلح على نقطة تفتيش في قضاء تلعفر غرب الموصل.", "تلعفر"),
], ids=["qada-muqdadiya", "mudiriya-hays", "qada-telafar"])
def test_a_district_is_written_without_its_type_word(text, written):
    out = rasd.extract(text, "2021-03-02")
    assert [r.location_text for r in out] == [written]
