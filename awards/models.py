"""Procura+ Awards: editions, categories, applications and judging."""
