"""Staff maintain product groups, emission factors and exchange rates in the admin."""

import pytest

from impact.models import EmissionFactor, ExchangeRate
from tests.helpers import visible_text

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("model", ["productgroup", "emissionfactor", "exchangerate", "report"])
def test_the_lists_in_each_language(client, stella, factor, rates, model, language):
    client.force_login(stella)

    response = client.get(f"/{language}/admin/impact/{model}/")

    assert response.status_code == 200


def test_a_factor_in_a_unit_the_group_is_not_counted_in_is_refused(client, stella, it_equipment):
    client.force_login(stella)

    response = client.post(
        "/en/admin/impact/emissionfactor/add/",
        {
            "product_group": it_equipment.pk,
            "country": "CN",
            "year": "2020",
            "unit": "t",
            "co2e_per_unit": "1",
            "energy_per_unit": "0",
            "source": "A study",
            "source_year": "2019",
        },
    )

    assert response.status_code == 200
    assert "IT equipment is counted in piece." in visible_text(response)
    assert not EmissionFactor.objects.exists()


def test_an_exchange_rate_needs_a_known_currency(client, stella):
    client.force_login(stella)

    response = client.post(
        "/en/admin/impact/exchangerate/add/",
        {"currency": "ABC", "year": "2023", "rate_to_usd": "1", "source": "A bank"},
    )

    assert response.status_code == 200
    assert "ABC is not a currency code of ISO 4217" in visible_text(response)
    assert not ExchangeRate.objects.exists()
