"""Settings: base (every environment, from environment variables) and test."""
