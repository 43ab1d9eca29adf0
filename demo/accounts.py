"""The demo's accounts (demo/data/accounts.yaml): the addresses tests and load_demo's output
name, and the staff account of a development machine."""

from demo.load import account, read

ACCOUNTS = read("accounts")
PASSWORD = ACCOUNTS["password"]
STAFF_EMAIL = ACCOUNTS["staff"]["email"]
STAFF_PASSWORD = OFFICIAL_PASSWORD = PASSWORD
OFFICIAL_EMAIL = ACCOUNTS["officials"][0]["email"]
JURY_EMAIL = ACCOUNTS["jury"][0]["email"]


def load(stdout) -> None:
    account(ACCOUNTS["staff"], PASSWORD, is_staff=True, is_superuser=True)
    stdout.write(f"Staff account: {STAFF_EMAIL} / {STAFF_PASSWORD} (sign in at /en/admin/)")
