"""Text in another language than the page's wraps by its own rules: a case study written in
Chinese fits a phone's width on the Korean page, whose words must not be broken."""

import pytest
from django.utils import translation

from awards.models import ApplicationStatus, Phase
from tests.factories import ApplicationFactory, CategoryFactory, EditionFactory

# One sentence of a Chinese case study: no spaces, only the punctuation of Chinese.
CHINESE = (
    "北京市城市管理委员会为中心城区采购了三百二十辆纯电动和氢燃料电池环卫车替换老旧柴油洗扫车"
    "和垃圾收集车新车辆每年可减少二氧化碳当量排放约两千七百吨并显著降低夜间作业噪声"
)


@pytest.fixture
def written_in_chinese(beijing):
    category = CategoryFactory(edition=EditionFactory(year=2019, phase=Phase.ANNOUNCED))
    return ApplicationFactory(
        category=category,
        government=beijing,
        status=ApplicationStatus.WINNER,
        language="zh-hans",
        title_en="",
        title_zh_hans="北京市新能源环卫车辆采购",
        summary_en="",
        summary_zh_hans=CHINESE,
    )


@pytest.mark.parametrize("language", ["ko", "ja", "en"])
def test_a_chinese_case_study_fits_a_phone_on_a_page_in_another_language(
    new_page, written_in_chinese, language
):
    page = new_page(language, viewport={"width": 390, "height": 800})

    with translation.override(language):
        page.goto(written_in_chinese.get_absolute_url())

    lead = page.locator("p.lead")
    assert lead.get_attribute("lang") == "zh-hans"
    assert lead.inner_text() == CHINESE
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
