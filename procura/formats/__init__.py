"""Locale formats that differ from Django's defaults."""
