"""The public figures: sums of the validated lines, grouped in the database, so that a page
makes the same few queries whatever the number of reports."""

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Case, Count, DecimalField, F, Q, Sum, When

from impact.models import CommitmentTarget, Indicator, ProductGroup, ReportLine

MONEY = DecimalField(max_digits=30, decimal_places=10)
BOTH_SPENDS = Q(green_spend__isnull=False, total_spend__isnull=False)


def sums(in_usd: bool) -> dict:
    """The aggregates of a group of lines. Shares only count lines that give both spends; in
    US dollars, only those whose currency has a rate for the year."""
    green, total = (
        ("green_spend_usd", "total_spend_usd") if in_usd else ("green_spend", "total_spend")
    )
    return {
        "members": Count("report__government", distinct=True),
        "green": Sum(Case(When(BOTH_SPENDS, then=F(green)), output_field=MONEY)),
        "total": Sum(Case(When(BOTH_SPENDS, then=F(total)), output_field=MONEY)),
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

    @property
    def share(self) -> Decimal | None:
        if self.green is None or not self.total:
            return None
        return self.green / self.total


def rows(queryset, key: str, in_usd: bool) -> list[Row]:
    grouped = queryset.values(key).annotate(**sums(in_usd)).order_by(key)
    return [Row(key=item.pop(key), **item) for item in grouped]


def total_row(queryset, in_usd: bool) -> Row:
    return Row(key=None, **queryset.aggregate(**sums(in_usd)))


def network() -> dict:
    """The network's figures per year, per product group and per country, and in all."""
    lines = ReportLine.objects.public().with_usd()
    groups = {group.pk: group for group in ProductGroup.objects.all()}
    by_group = rows(lines, "product_group", in_usd=True)
    for row in by_group:
        row.label = groups[row.key].name
    by_country = rows(lines, "report__government__country", in_usd=True)
    return {
        "by_year": rows(lines, "report__year", in_usd=True),
        "by_group": by_group,
        "by_country": by_country,
        "total": total_row(lines, in_usd=True),
    }


def of_government(government) -> dict:
    """A government's figures per year and per product group, and its measured commitments."""
    lines = ReportLine.objects.public().filter(report__government=government)
    cells = list(
        lines.values("report__year", "product_group")
        .annotate(**sums(in_usd=False))
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
