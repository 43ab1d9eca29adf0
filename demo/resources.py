"""Demo content: filled in by this app's loader."""


def load(stdout) -> None:
    pass
