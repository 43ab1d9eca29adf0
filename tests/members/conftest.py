"""Personas of the members tests.

Beijing and Seoul are member governments. Li speaks for Beijing and reads mail in
Chinese; Minji speaks for Seoul, in Korean. Sam is on ICLEI's staff but may not
review profile revisions; Stella (see the top conftest) may do everything.
"""

import pytest

from tests.conftest import verified_user
from tests.factories import CommitmentFactory, GovernmentFactory, OfficialFactory


@pytest.fixture
def beijing(db):
    government = GovernmentFactory(
        slug="beijing",
        name_en="Beijing",
        name_ko="베이징",
        name_ja="北京市",
        name_zh_hans="北京市",
        summary_en="The capital buys green.",
        summary_zh_hans="首都实行绿色采购。",
        country="CN",
    )
    CommitmentFactory(
        government=government,
        title_en="Green office paper",
        title_zh_hans="绿色办公用纸",
        target_year=2025,
        target_value=100,
        unit="%",
    )
    return government


@pytest.fixture
def seoul(db):
    government = GovernmentFactory(
        slug="seoul", name_en="Seoul", name_ko="서울특별시", country="KR", summary_en="Seoul."
    )
    CommitmentFactory(government=government, title_en="Electric buses")
    return government


@pytest.fixture
def li(beijing):
    user = verified_user(email="li@beijing.example", first_name="Li", last_name="Wei")
    OfficialFactory(user=user, government=beijing, language="zh-hans")
    return user


@pytest.fixture
def minji(seoul):
    user = verified_user(email="minji@seoul.example", first_name="Minji", last_name="Kim")
    OfficialFactory(user=user, government=seoul, language="ko")
    return user


@pytest.fixture
def sam(db):
    return verified_user(email="sam@iclei.example", first_name="Sam", is_staff=True)


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    """Uploaded logos go to a fresh folder."""
    settings.MEDIA_ROOT = tmp_path
