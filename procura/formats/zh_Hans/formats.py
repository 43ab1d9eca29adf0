"""Chinese numbers grouped by thousands, as Babel's locale data and Chinese official
documents write them: 21,850,000 (Django's own Chinese formats leave them ungrouped)."""

NUMBER_GROUPING = 3
THOUSAND_SEPARATOR = ","
