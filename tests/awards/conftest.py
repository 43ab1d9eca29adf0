"""The awards' cast, on top of the suite's personas.

This year's call is open, with one category of two criteria. Last year's edition is in
judging: Beijing and Seoul applied to it. Jae sits on last year's jury and works for Seoul,
so he is recused from Seoul's application; Kenji, on the same jury, is from no government.
"""

import pytest

from awards.models import Phase
from tests.conftest import verified_user
from tests.factories import (
    ApplicationFactory,
    CategoryFactory,
    EditionFactory,
    JuryMemberFactory,
    in_days,
)


@pytest.fixture
def call(db):
    """This year's open call and its category."""
    edition = EditionFactory(year=2031, title_ko="2031 Procura+ 어워드")
    return CategoryFactory(
        edition=edition,
        slug="sustainable",
        name_en="Sustainable Procurement of the Year",
        name_ko="올해의 지속가능 조달",
    )


@pytest.fixture
def judged(db):
    """Last year's edition, in judging, with one category."""
    edition = EditionFactory(
        year=2030, phase=Phase.JUDGING, opens=in_days(-200), closes=in_days(-100)
    )
    return CategoryFactory(edition=edition, slug="innovation", name_en="Innovation of the Year")


@pytest.fixture
def beijing_entry(judged, beijing):
    return ApplicationFactory(category=judged, government=beijing, title_en="Electric buses")


@pytest.fixture
def seoul_entry(judged, seoul):
    return ApplicationFactory(category=judged, government=seoul, title_en="Green offices")


@pytest.fixture
def jae(judged, seoul):
    user = verified_user(email="jae@seoul.example", first_name="Jae")
    JuryMemberFactory(edition=judged.edition, user=user, government=seoul)
    return user


@pytest.fixture
def kenji(judged):
    user = verified_user(email="kenji@igpn.example", first_name="Kenji")
    JuryMemberFactory(edition=judged.edition, user=user)
    return user
