"""Pages fit a phone's width. Text in another language than the page's wraps by its own
rules: a case study written in Chinese fits on the Korean page, whose words must not be
broken; a table wider than the phone scrolls by itself."""

from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation

from awards.models import ApplicationStatus, Phase
from impact.models import EmissionFactor, ExchangeRate, ProductGroup
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


@pytest.fixture
def factor_table(db):
    group = ProductGroup.objects.create(
        slug="street-lighting",
        name_en="Street lighting",
        name_ko="가로등",
        name_ja="街路灯",
        name_zh_hans="道路照明",
        units=["luminaire"],
        order=1,
    )
    for country in ("CN", "JP", "KR"):
        EmissionFactor.objects.create(
            product_group=group,
            country=country,
            year=2016,
            unit="luminaire",
            co2e_per_unit=Decimal("2.25"),
            energy_per_unit=Decimal("5"),
            source="Sample derivation from the national grid emission factor and the GPP 2020 "
            "calculator",
            source_year=2016,
        )
    ExchangeRate.objects.create(
        currency="KRW", year=2024, rate_to_usd=Decimal("0.000734"), source="IMF, yearly average"
    )


@pytest.mark.parametrize("language", ["en", "ko", "ja", "zh-hans"])
def test_the_tables_of_the_methodology_scroll_by_themselves_on_a_phone(
    new_page, factor_table, language
):
    page = new_page(language, viewport={"width": 390, "height": 800})

    with translation.override(language):
        page.goto(reverse("impact:methodology"))

    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    factors = page.locator("table.figures").nth(1)
    assert factors.evaluate("table => table.scrollWidth > table.clientWidth")
    # A name keeps its words on one line: 道路照明, not 道路 above 照明.
    name = factors.locator("tbody td").first
    lines = "cell => { const r = document.createRange(); r.selectNodeContents(cell); "
    assert name.evaluate(lines + "return r.getClientRects().length; }") == 1
