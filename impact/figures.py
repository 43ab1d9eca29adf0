"""The public figures: sums of the validated lines, grouped in the database, so that a page
makes the same few queries whatever the number of reports."""

from dataclasses import dataclass
from decimal import Decimal

from django.db import connection
from django.db.models import Case, Count, DecimalField, F, Q, Sum, When

from impact.models import CommitmentTarget, Indicator, ProductGroup, ReportLine

MONEY = DecimalField(max_digits=30, decimal_places=10)
BOTH_SPENDS = Q(green_spend__isnull=False, total_spend__isnull=False)


def sums() -> dict:
    """The aggregates of a government's lines. Shares only count lines that give both spends."""
    return {
        "members": Count("report__government", distinct=True),
        "green": Sum(Case(When(BOTH_SPENDS, then=F("green_spend")), output_field=MONEY)),
        "total": Sum(Case(When(BOTH_SPENDS, then=F("total_spend")), output_field=MONEY)),
        "co2e": Sum("co2e_avoided"),
        "energy": Sum("energy_saved"),
    }


@dataclass
class Row:
    key: object
    members: int
    green: Decimal | None
    total: Decimal | None
    co2e: Decimal | None
    energy: Decimal | None
    label: str = ""
    order: tuple = ()

    @property
    def share(self) -> Decimal | None:
        if self.green is None or not self.total:
            return None
        return self.green / self.total


# One pass over the validated lines gives the four groupings at once; spend is added up in
# US dollars through a join on the yearly rates, which the ORM would write as a subquery per
# line and per sum.
NETWORK_SQL = """
    SELECT r.year, l.product_group_id, g.country,
           GROUPING(r.year), GROUPING(l.product_group_id), GROUPING(g.country),
           COUNT(DISTINCT r.government_id),
           SUM(CASE WHEN l.total_spend IS NOT NULL THEN l.green_spend * x.rate_to_usd END),
           SUM(CASE WHEN l.green_spend IS NOT NULL THEN l.total_spend * x.rate_to_usd END),
           SUM(l.co2e_avoided),
           SUM(l.energy_saved)
    FROM impact_reportline l
    JOIN impact_report r ON r.id = l.report_id
    JOIN members_membergovernment g ON g.id = r.government_id
    LEFT JOIN impact_exchangerate x ON x.currency = r.currency AND x.year = r.year
    WHERE r.published AND g.published
    GROUP BY GROUPING SETS ((r.year), (l.product_group_id), (g.country), ())
"""


def network() -> dict:
    """The network's figures per year, per product group and per country, and in all."""
    figures = {"by_year": [], "by_group": [], "by_country": [], "total": Row(None, 0, *[None] * 4)}
    with connection.cursor() as cursor:
        cursor.execute(NETWORK_SQL)
        for year, group, country, no_year, no_group, no_country, *values in cursor.fetchall():
            if not no_year:
                figures["by_year"].append(Row(year, *values))
            elif not no_group:
                figures["by_group"].append(Row(group, *values))
            elif not no_country:
                figures["by_country"].append(Row(country, *values))
            else:
                figures["total"] = Row(None, *values)
    groups = {group.pk: group for group in ProductGroup.objects.all()}
    for row in figures["by_group"]:
        row.label, row.order = groups[row.key].name, (groups[row.key].order, groups[row.key].slug)
    figures["by_year"].sort(key=lambda row: row.key)
    figures["by_group"].sort(key=lambda row: row.order)
    figures["by_country"].sort(key=lambda row: row.key)
    return figures


def of_government(government) -> dict:
    """A government's figures per year and per product group, and its measured commitments."""
    lines = ReportLine.objects.public().filter(report__government=government)
    cells = list(
        lines.values("report__year", "product_group")
        .annotate(**sums())
        .order_by("report__year", "product_group")
    )
    by_year = per_year(cells)
    targets = CommitmentTarget.objects.filter(commitment__government=government).select_related(
        "commitment", "product_group"
    )
    return {
        "by_year": list(by_year.values()),
        "targets": [progress(target, cells) for target in targets],
    }


def per_year(cells: list[dict]) -> dict[int, Row]:
    """The (year, product group) cells of one government added up per year."""
    years: dict[int, Row] = {}
    for cell in cells:
        year = cell["report__year"]
        row = years.setdefault(year, Row(year, 1, None, None, None, None))
        for name in ["green", "total", "co2e", "energy"]:
            if cell[name] is not None:
                setattr(row, name, (getattr(row, name) or 0) + cell[name])
    return years


INDICATOR_FIELD = {Indicator.CO2E: "co2e", Indicator.ENERGY: "energy"}


def progress(target: CommitmentTarget, cells: list[dict]) -> dict:
    """The commitment's indicator per year, from the validated reports, and how far the latest
    value is from the target."""
    chosen = [
        cell
        for cell in cells
        if not target.product_group_id or cell["product_group"] == target.product_group_id
    ]
    values = []
    for year, row in sorted(per_year(chosen).items()):
        if target.indicator == Indicator.GREEN_SHARE:
            value = row.share * 100 if row.share is not None else None
        else:
            value = getattr(row, INDICATOR_FIELD[target.indicator])
        if value is not None:
            values.append((year, value))
    latest = values[-1][1] if values else None
    return {
        "target": target,
        "commitment": target.commitment,
        "values": values,
        "latest": latest,
        "achieved": latest is not None and latest >= target.target_value,
        "ratio": min(latest / target.target_value, 1) if latest and target.target_value else 0,
        "trend": trend(values),
    }


def trend(values: list[tuple[int, Decimal]]) -> str:
    """up, down or flat: the latest value against the one before it."""
    if len(values) < 2:
        return ""
    before, latest = values[-2][1], values[-1][1]
    return "up" if latest > before else "down" if latest < before else "flat"


def co2e_avoided(_page=None) -> dict:
    """The home page's figure: tonnes of CO2e avoided in all the public reports."""
    return ReportLine.objects.public().aggregate(co2e=Sum("co2e_avoided"))
