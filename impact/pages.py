"""The charts of the public pages: the network's on /impact/, a government's on its profile."""

from django.utils.translation import gettext as _

from impact.charts import Chart, bar_chart
from impact.figures import Row, of_government
from members.models import Country, MemberGovernment
from procura.numbers import number, percent

COUNTRIES = dict(Country.choices)


def by_year_charts(rows: list[Row], prefix: str, *, members: bool) -> list[Chart]:
    """The charts of figures per year: green share, CO2e avoided, energy saved."""
    years = [str(row.key) for row in rows]
    charts = []
    if members:
        charts.append(
            bar_chart(
                f"{prefix}-members",
                _("Members reporting"),
                _("The number of member governments with a validated report, per year."),
                _("Members"),
                list(zip(years, [row.members for row in rows], strict=True)),
                lambda value: number(value, 0),
            )
        )
    charts += [
        bar_chart(
            f"{prefix}-share",
            _("Green share of spend"),
            _("Green spend as a share of total spend in the reported product groups, per year."),
            _("Green share"),
            list(zip(years, [row.share for row in rows], strict=True)),
            percent,
        ),
        bar_chart(
            f"{prefix}-co2e",
            _("CO2e avoided (t)"),
            _("Tonnes of CO2 equivalent avoided by green purchases, per year."),
            _("CO2e avoided (t)"),
            list(zip(years, [row.co2e for row in rows], strict=True)),
            number,
        ),
        bar_chart(
            f"{prefix}-energy",
            _("Energy saved (MWh)"),
            _("Megawatt hours of energy saved by green purchases, per year."),
            _("Energy saved (MWh)"),
            list(zip(years, [row.energy for row in rows], strict=True)),
            number,
        ),
    ]
    return charts


def network_charts(figures: dict) -> dict:
    for row in figures["by_country"]:
        row.label = COUNTRIES.get(row.key, row.key)
    return {
        "by_year": by_year_charts(figures["by_year"], "network", members=True),
        "by_group": bar_chart(
            "group-co2e",
            _("CO2e avoided by product group (t)"),
            _("Tonnes of CO2 equivalent avoided in all reported years, by product group."),
            _("CO2e avoided (t)"),
            [(row.label, row.co2e) for row in figures["by_group"]],
            number,
        ),
        "by_country": bar_chart(
            "country-share",
            _("Green share of spend by country or region"),
            _("Green spend as a share of total spend in all reported years, by country or region."),
            _("Green share"),
            [(row.label, row.share) for row in figures["by_country"]],
            percent,
        ),
    }


def profile_section(government: MemberGovernment) -> dict:
    """The profile's section: the government's charts and its measured commitments."""
    figures = of_government(government)
    return {
        **figures,
        "government": government,
        "charts": by_year_charts(figures["by_year"], "member", members=False)
        if figures["by_year"]
        else [],
    }
